/** robots.txt: everything but the web editor may be crawled; the sitemap says what there is. */
import type { APIRoute } from 'astro';
import { ADMIN_PATH } from '../lib/security-headers.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${ADMIN_PATH}\n\nSitemap: ${new URL('/sitemap-index.xml', site ?? SITE.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
