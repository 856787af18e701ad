/**
 * The security headers as SECURITY.md promises them, written out here as
 * literal text: never compared with the constants that produce them, so a
 * weakened value (SAMEORIGIN, max-age=0, a dropped base-uri) fails even when
 * the README's copy is updated along with it.
 */
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/lib/headers-file.ts';
import { ADMIN_META_CSP, headersFile, META_CSP_DIRECTIVES, nginxSnippet } from '../../src/lib/security-headers.ts';

/** SECURITY.md: everything from the site itself, no inline script or style, no plugins, base-uri and form-action limited to the site, no framing. */
const SITE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-hashes' 'sha256-6l+tpow5lGPV0MHWZlDv8nD7HrL77FGFldqQ7zc5gxY=' 'sha256-Y9v1MZrln1N8aPBY5lmpxYKwFkcp/nyBMMEnn7WFjuw=' 'sha256-i0JPB0qmRu5AViJTxOIzqXnfGoiWFw+oNAm4uJd7ZQk='; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
/** The editor at /beheer/: inline style only, GitHub's API, status page and avatars; otherwise as strict. */
const EDITOR_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; font-src 'self'; connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** The headers every path gets, site and editor alike. */
const SHARED = [
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
];

describe('security headers, as the policy writes them', () => {
  const file = headersFile(['nieuws/', 'rss.xml', 'beheer/', '_headers']);
  const rules = parseHeadersFile(file);
  const headersFor = (pathname: string) => Object.fromEntries(rules.filter((r) => r.matches(pathname)).flatMap((r) => r.headers));

  it('gives a page of the site every header with the site\'s values', () => {
    for (const pathname of ['/', '/nieuws/', '/nieuws/x/', '/rss.xml']) {
      expect(headersFor(pathname), pathname).toEqual({
        ...Object.fromEntries(SHARED),
        'Content-Security-Policy': SITE_CSP,
        'Cross-Origin-Opener-Policy': 'same-origin',
      });
    }
  });

  it('gives the editor its own policy and a popup that keeps its opener (GitHub sign-in), the rest the same', () => {
    for (const pathname of ['/beheer/', '/beheer/config.yml']) {
      expect(headersFor(pathname), pathname).toEqual({
        ...Object.fromEntries(SHARED),
        'Content-Security-Policy': EDITOR_CSP,
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      });
    }
  });

  it('writes _headers exactly so: shared headers on /*, each policy once per path', () => {
    const pageRules = (pattern: string) => `${pattern}\n  Content-Security-Policy: ${SITE_CSP}\n  Cross-Origin-Opener-Policy: same-origin\n`;
    expect(file).toBe(
      `/*\n${SHARED.map(([name, value]) => `  ${name}: ${value}\n`).join('')}` +
        pageRules('/') +
        pageRules('/nieuws/*') +
        pageRules('/rss.xml') +
        `/beheer/*\n  Content-Security-Policy: ${EDITOR_CSP}\n  Cross-Origin-Opener-Policy: same-origin-allow-popups\n`,
    );
  });

  it('documents the same values for nginx, the editor\'s location repeating them all', () => {
    const lines = (csp: string, coop: string, indent = '') =>
      [['Content-Security-Policy', csp], ...SHARED.slice(0, 4), ['Cross-Origin-Opener-Policy', coop], SHARED[4]!].map(([name, value]) => `${indent}add_header ${name} "${value}" always;`).join('\n');
    expect(nginxSnippet()).toBe(`${lines(SITE_CSP, 'same-origin')}\n\nlocation /beheer/ {\n${lines(EDITOR_CSP, 'same-origin-allow-popups', '    ')}\n}`);
  });

  it('puts in the <meta> policies what a meta element can carry: no frame-ancestors, and script/style left to Astro on the site', () => {
    expect(META_CSP_DIRECTIVES).toEqual(["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]);
    expect(ADMIN_META_CSP).toBe(EDITOR_CSP.replace("; frame-ancestors 'none'", ''));
  });
});

describe('reading a _headers file as a host does', () => {
  it('skips blank lines and comments, indented or not, reads CRLF files, and trims paths and names', () => {
    const rules = parseHeadersFile('# de regels\r\n\r\n   \r\n/nieuws/*  \r\n  # uitleg\r\n  X-A: 1\r\n\tX-B : een: twee \r\n/rss.xml\n  X-C: 3\n');
    expect(rules.map((r) => [r.pattern, r.headers])).toEqual([
      ['/nieuws/*', [['X-A', '1'], ['X-B', 'een: twee']]],
      ['/rss.xml', [['X-C', '3']]],
    ]);
  });
  it('refuses a header line without a colon, or before any path', () => {
    expect(() => parseHeadersFile('/a\n  X-A 1\n')).toThrow('_headers: regel zonder pad of zonder dubbele punt: "X-A 1"');
    expect(() => parseHeadersFile('  X-A: 1\n/a\n')).toThrow('_headers: regel zonder pad of zonder dubbele punt: "X-A: 1"');
  });
  it('matches a pattern against the whole path, * standing for any rest, dots and other signs literally', () => {
    const [rule] = parseHeadersFile('/rss.xml\n  X: y\n');
    expect(rule!.matches('/rss.xml')).toBe(true);
    expect(rule!.matches('/rssaxml')).toBe(false);
    expect(rule!.matches('/rss.xml/x')).toBe(false);
    const [all] = parseHeadersFile('/beheer/*\n  X: y\n');
    expect(all!.matches('/beheer/')).toBe(true);
    expect(all!.matches('/beheer/a/b.js')).toBe(true);
    expect(all!.matches('/x/beheer/')).toBe(false);
  });
  it('leaves the editor and the _headers file itself out of the site\'s paths, whatever order the entries come in', () => {
    expect(parseHeadersFile(headersFile(['_headers', 'zoeken/', 'beheer/', 'a.txt'])).map((r) => r.pattern)).toEqual(['/*', '/', '/a.txt', '/zoeken/*', '/beheer/*']);
  });
});
