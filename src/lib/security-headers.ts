/**
 * The site's security headers, defined once: written to `_headers` for static
 * hosts, mirrored in Astro's <meta http-equiv> CSP for hosts that cannot set
 * headers, and documented for nginx in the README (a test keeps them equal).
 *
 * Everything comes from the site's own origin. 'wasm-unsafe-eval' lets the
 * search page run Pagefind's WebAssembly; nothing allows inline script or style.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
] as const;

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

export const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/** The `_headers` file (Netlify, Cloudflare Pages and others read it). */
export function headersFile(): string {
  return `/*\n${SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

/** The same headers as nginx `add_header` lines, for the README. */
export function nginxSnippet(): string {
  return SECURITY_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n');
}

/**
 * Directives for Astro's meta CSP. Astro adds script-src and style-src itself
 * (with hashes of anything it inlines); frame-ancestors
 * is left out because browsers ignore it in a <meta> element.
 */
export const META_CSP_DIRECTIVES = CSP_DIRECTIVES.filter(
  (d) => !/^(script-src|style-src|frame-ancestors)\b/.test(d),
);
