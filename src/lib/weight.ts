/**
 * Page weight: what a cold load of a page fetches, by kind, against a budget
 * per page type. The browser tests assert the budgets; `npm run audit` prints
 * the same numbers as a table.
 */
export const KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Weights = Record<Kind, number> & { total: number; requests: number };

/** The kind of a response, from its content type (and URL for WebAssembly and index files). */
export function kindOf(contentType: string, url: string): Kind {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'text/css') return 'css';
  if (type.includes('javascript') || type === 'application/wasm' || /\.(m?js|wasm)(\?|$)/.test(url)) return 'js';
  if (type.startsWith('font/') || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

export function sumWeights(responses: readonly { contentType: string; url: string; bytes: number }[]): Weights {
  const weights = Object.fromEntries(KINDS.map((k) => [k, 0])) as Weights;
  weights.total = 0;
  weights.requests = responses.length;
  for (const r of responses) {
    weights[kindOf(r.contentType, r.url)] += r.bytes;
    weights.total += r.bytes;
  }
  return weights;
}

const KB = 1024;

/** Budgets in bytes per page type: content pages carry no script and no web fonts. */
export const BUDGETS: Record<string, Partial<Weights>> = {
  home: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  nieuws: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  netwerk: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  project: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  pact: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  thema: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  organisatie: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  pagina: { html: 40 * KB, css: 25 * KB, js: 0, font: 0, image: 20 * KB, total: 90 * KB },
  // Search loads Pagefind (UI, WebAssembly, index chunks) on this page only.
  // Search: our module, pagefind.js and its worker (about 110 KB raw, 90 of them Pagefind's); the WebAssembly and index chunks
  // count in the total. 111 KB since 2 December: compounds searched as their parts, words written apart and phrases told,
  // each word alone offered (+2.2 KB raw), the answering logic in the page's own script, without Vite's loader of a
  // chunk (−1.7 KB): ours 22.4 → 22.8 KB raw, 9.7 → 9.0 KB gzipped. 112 KB since 2 December, 13:00: a word the site has only
  // inside a longer one searched as that word and said so (+1.0 KB raw: 113,429 → 114,407 B). 113 KB since 2 December,
  // 16:40: filter values from an address matched to the site's own, the count read out once typing pauses, the filters
  // loaded when the keyboard reaches them (helper-43; +0.6 KB raw: 114,407 → 115,002 B). 114 KB since 3 December: a typed
  // word found only in another spelling is named with the site's ("gevonden als ‘vrijwilligers’", helper-54; our script
  // 25,294 → 25,910 B raw, the page 116,066 B). 115 KB since 3 December, evening: a word of the site that begins as a
  // missing word does for two thirds of it offered ("werkervaringsplaats": werkervaringsplek, helper-61; the page 117,059 B).
  zoeken: { html: 30 * KB, css: 25 * KB, js: 115 * KB, font: 0, image: 20 * KB, total: 260 * KB },
};

/** One page of each type, for the budgets, the audit and the screenshots. */
export const SAMPLE_PAGES: Record<string, string> = {
  home: '/',
  nieuws: '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/',
  netwerk: '/netwerken/delfshaven/',
  project: '/projecten/zorg-thuis-en-in-de-buurt/',
  pact: '/pacten/zorg-en-welzijnspact-flevoland/',
  thema: '/themas/iedereen-doet-mee/',
  organisatie: '/organisaties/wmo-radar/',
  pagina: '/toegankelijkheid/',
  zoeken: '/zoeken/?q=zorg',
};

/** Budget lines a page goes over: "js 1.204 B > 0 B". */
export function overBudget(weights: Weights, budget: Partial<Weights>): string[] {
  return (Object.entries(budget) as [keyof Weights, number][])
    .filter(([key, limit]) => weights[key] > limit)
    .map(([key, limit]) => `${key} ${weights[key]} B > ${limit} B`);
}

/** A plain-text table: one row per page type, sizes in KB. */
export function weightTable(rows: readonly { type: string; weights: Weights }[]): string {
  const columns = ['html', 'css', 'js', 'font', 'image', 'other', 'total'] as const;
  const kb = (n: number) => (n / KB).toFixed(1);
  const header = ['pagina', ...columns.map((c) => `${c} KB`), 'verzoeken'];
  const body = rows.map((r) => [r.type, ...columns.map((c) => kb(r.weights[c])), String(r.weights.requests)]);
  return formatTable([header, ...body]);
}

export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}
