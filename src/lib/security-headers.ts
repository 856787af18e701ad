/**
 * The site's security headers, defined once: written to `_headers` for static
 * hosts, mirrored in Astro's <meta http-equiv> CSP for hosts that cannot set
 * headers, and documented for nginx in the README (a test keeps them equal).
 *
 * Everything comes from the site's own origin. 'wasm-unsafe-eval' lets the
 * search page run Pagefind's WebAssembly; nothing allows inline script, nor inline style but a table's alignment.
 */
import { createHash } from 'node:crypto';

/**
 * The style attributes Markdown writes for a table column's alignment (|--:| gives style="text-align: right"): allowed
 * by their hashes with 'unsafe-hashes', and no other inline style (helper-58: the numbers stood left, with a CSP error
 * in every reader's console). An editor's own style attribute is refused by the content check.
 */
export const ALIGNMENT_STYLES = ['text-align: left', 'text-align: center', 'text-align: right'] as const;
export const ALIGNMENT_STYLE_HASHES = ALIGNMENT_STYLES.map((style) => `sha256-${createHash('sha256').update(style).digest('base64')}`);

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  `style-src 'self' 'unsafe-hashes' ${ALIGNMENT_STYLE_HASHES.map((hash) => `'${hash}'`).join(' ')}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** Where the web editor lives (src/lib/cms/): the one path with its own policy. */
export const ADMIN_PATH = '/beheer/';

/**
 * The web editor's policy (Sveltia CMS), as narrow as it runs under. Measured
 * by running it under a stricter one: its script comes from the site itself
 * (no eval, no inline script); its components put their styles in <style>
 * elements and style attributes ('unsafe-inline' for style only); it reads
 * files as blob: and data: URLs, shows images as data: and blob:, talks to GitHub's
 * API and status page and shows GitHub avatars. The browser test
 * (tests/site/cms.test.ts) fails on any violation.
 */
export const ADMIN_CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

export const ADMIN_CONTENT_SECURITY_POLICY = ADMIN_CSP_DIRECTIVES.join('; ');

/** The same policy in a <meta> element (hosts without headers): frame-ancestors is ignored there. */
export const ADMIN_META_CSP = ADMIN_CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/**
 * The editor's headers: its own policy, and popups that keep their opener, because
 * GitHub sign-in runs in a popup that hands the token back to the editor.
 */
export const ADMIN_HEADERS: [string, string][] = SECURITY_HEADERS.map(([name, value]): [string, string] => {
  if (name === 'Content-Security-Policy') return [name, ADMIN_CONTENT_SECURITY_POLICY];
  if (name === 'Cross-Origin-Opener-Policy') return [name, 'same-origin-allow-popups'];
  return [name, value];
});

/** Headers the site and the editor share, and those each sets its own way. */
const isShared = ([name, value]: [string, string]) =>
  [SECURITY_HEADERS, ADMIN_HEADERS].every((headers) => headers.some(([n, v]) => n === name && v === value));

/**
 * The `_headers` file (Netlify, Cloudflare Pages and others read it). Hosts add
 * up the headers of every rule a path matches, and two policies both apply, so
 * only the headers the editor shares sit on `/*`; the site's policy goes on every
 * top-level entry of the built site (`topLevel`: "nieuws/", "rss.xml") but the editor.
 */
export function headersFile(topLevel: readonly string[]): string {
  const block = (pattern: string, headers: [string, string][]) => `${pattern}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  const publicPaths = ['/', ...[...topLevel].sort().filter((entry) => `/${entry}` !== ADMIN_PATH && entry !== '_headers').map((entry) => (entry.endsWith('/') ? `/${entry}*` : `/${entry}`))];
  return [
    block('/*', SECURITY_HEADERS.filter(isShared)),
    ...publicPaths.map((pattern) => block(pattern, SECURITY_HEADERS.filter((h) => !isShared(h)))),
    block(`${ADMIN_PATH}*`, ADMIN_HEADERS.filter((h) => !isShared(h))),
  ].join('');
}

/** The same headers as nginx `add_header` lines, for the README; the editor's location repeats them all, as nginx wants. */
export function nginxSnippet(): string {
  const lines = (headers: [string, string][], indent = '') => headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');
  return `${lines(SECURITY_HEADERS)}\n\nlocation ${ADMIN_PATH} {\n${lines(ADMIN_HEADERS, '    ')}\n}`;
}

/**
 * Directives for Astro's meta CSP. Astro adds script-src and style-src itself
 * (with hashes of anything it inlines); frame-ancestors
 * is left out because browsers ignore it in a <meta> element.
 */
export const META_CSP_DIRECTIVES = CSP_DIRECTIVES.filter(
  (d) => !/^(script-src|style-src|frame-ancestors)\b/.test(d),
);
