/** The real Pagefind index of a built site, served on 127.0.0.1 and queried with its own pagefind.js. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, type Served } from './serve.ts';
import type { SearchEngine } from '../../src/lib/search/answer.ts';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/ranking.ts';

export interface Hit {
  url: string;
  /** Pagefind's excerpt (HTML with <mark>) and the whole text it indexed, as the index holds them. */
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface SearchIndex {
  /** Results with their data; `limit` loads only the first ones, as the search page does. */
  search(query: string | null, options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> }, limit?: number): Promise<Hit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Pagefind's own API with the search page's options, for the search page's logic (src/lib/search/answer.ts). */
  engine: SearchEngine;
  close(): Promise<void>;
}

export async function openIndex(siteDir: string): Promise<SearchIndex> {
  const served: Served = await serve(siteDir);
  const pagefind = await import(pathToFileURL(path.join(siteDir, 'pagefind/pagefind.js')).href);
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: `${served.url}/pagefind/`, baseUrl: '/', noWorker: true });
  await pagefind.init();
  return {
    async search(query, options = {}, limit = Infinity) {
      const response = await pagefind.search(query, options);
      const data = await Promise.all(response.results.slice(0, limit).map((r: { data(): Promise<Hit> }) => r.data()));
      return data.map((d) => ({ url: d.url, excerpt: d.excerpt, content: d.content, meta: d.meta, filters: d.filters }));
    },
    filters: () => pagefind.filters(),
    engine: pagefind,
    async close() {
      await pagefind.destroy?.();
      await served.close();
    },
  };
}

/** The index's engine, noting which results' data are loaded and how many loads wait for the network at the same time. */
export function countingLoads(engine: SearchEngine) {
  const seen = { loaded: [] as string[], pending: 0, most: 0 };
  const counted: SearchEngine = {
    async search(term, options) {
      const response = await engine.search(term, options);
      const results = response.results.map((r) => ({
        ...r,
        data: async () => {
          seen.loaded.push(r.id);
          seen.most = Math.max(seen.most, ++seen.pending);
          try {
            return await r.data();
          } finally {
            seen.pending--;
          }
        },
      }));
      return { ...response, results };
    },
  };
  return { counted, seen };
}
