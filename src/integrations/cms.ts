/**
 * The web editor at /beheer/ (src/lib/cms/): written into the built site, and
 * served by `astro dev` so an editor can work on a local copy of the repository.
 * Not an Astro page on purpose: Astro would give it the site's policy.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFiles } from '../lib/cms/admin-files.ts';
import { ADMIN_HEADERS, ADMIN_PATH } from '../lib/security-headers.ts';
import { contentRoot } from '../lib/validation/load-content.ts';

export default function cms(): AstroIntegration {
  return {
    name: 'cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
          if (!pathname.startsWith(ADMIN_PATH)) return next();
          const file = adminFiles(contentRoot(process.cwd())).get(pathname.slice(ADMIN_PATH.length).replace(/^index\.html$/, ''));
          if (!file) return next();
          res.setHeader('Content-Type', file.type);
          for (const [name, value] of ADMIN_HEADERS) res.setHeader(name, value);
          res.end(file.body());
        });
      },
      'astro:build:done': async ({ dir }) => {
        const folder = path.join(fileURLToPath(dir), ADMIN_PATH);
        for (const [name, file] of adminFiles(contentRoot(process.cwd()))) {
          const target = path.join(folder, name || 'index.html');
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, file.body());
        }
      },
    },
  };
}
