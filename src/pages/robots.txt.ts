/** robots.txt: everything may be crawled; the sitemap says what there is. */
import type { APIRoute } from 'astro';
import { SITE } from '../site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? SITE.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
