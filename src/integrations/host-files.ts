/**
 * Files static hosts read, written into the built site: `_headers` with the
 * security headers, and `CNAME` with the site's domain (GitHub Pages), both
 * from their one source (src/lib/security-headers.ts, SITE.url).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers.ts';

export default function hostFiles(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        if (site) await writeFile(new URL('CNAME', dir), `${site.hostname}\n`);
      },
    },
  };
}
