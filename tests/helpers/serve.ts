/**
 * Serves a built site on 127.0.0.1 (a free port), as a static host would:
 * directory URLs, the 404 page for unknown paths, and the security headers
 * of public/_headers, so browser tests see what readers will see.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile } from '../../src/lib/headers-file.ts';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** `headers: false` serves as GitHub Pages does: the files only, none of the headers of `_headers`. */
export async function serve(dir: string, options: { headers?: boolean } = {}): Promise<Served> {
  const headersFile = path.join(dir, '_headers');
  const rules = options.headers !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundFile = path.join(dir, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from('Not found');
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const rule of rules) if (rule.matches(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
