/**
 * Files static hosts read, written into the built site: `_headers` with the
 * security headers, and `CNAME` with the site's domain (GitHub Pages), both
 * from their one source (src/lib/security-headers.ts, SITE.url).
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers.ts';

/** `_headers` for what the folder holds now; the build script writes it again once the search index is in. */
export async function writeHeadersFile(dir: string): Promise<void> {
  const topLevel = (await readdir(dir, { withFileTypes: true })).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
  await writeFile(path.join(dir, '_headers'), headersFile(topLevel));
}

export default function hostFiles(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir }) => {
        await writeHeadersFile(fileURLToPath(dir));
        if (site) await writeFile(new URL('CNAME', dir), `${site.hostname}\n`);
      },
    },
  };
}
