/**
 * Reads a Netlify/Cloudflare-style `_headers` file: a path pattern on its own
 * line, then indented `Name: value` lines. Used to serve the same headers in
 * tests as the host will.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
  matches(pathname: string): boolean;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const regex = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
      rules.push({ pattern, headers: [], matches: (pathname) => regex.test(pathname) });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers: regel zonder pad of zonder dubbele punt: "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
