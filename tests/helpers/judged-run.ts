/**
 * Runs the judged set through the search page's own logic (answer.ts, rows.ts)
 * on a built site's Pagefind index: the rows a reader sees, and the correction
 * searched instead or offered.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answer, type Answer } from '../../src/lib/search/answer.ts';
import { fillRows, type Row } from '../../src/lib/search/rows.ts';
import { parseVocabulary, VOCABULARY_URL } from '../../src/lib/search/suggest.ts';
import type { SearchIndex } from './pagefind.ts';

export interface Outcome {
  answer: Answer;
  /** The first screen of rows: the URL of each row's first result. */
  rows: string[];
  all: Row[];
}

/** The first screen of rows for a query, as the search page shows them (ten rows, near-duplicates folded). */
export async function searchAsReader(index: SearchIndex, siteDir: string, query: string, options: { literal?: boolean; filters?: Record<string, { any: string[] }> } = {}): Promise<Outcome> {
  const vocabulary = async () => parseVocabulary(readFileSync(path.join(siteDir, VOCABULARY_URL), 'utf8'));
  const found = await answer(index.engine, query, { ...options, vocabulary });
  const rows: Row[] = [];
  await fillRows(found.results, 0, rows, 10);
  return { answer: found, rows: rows.map((r) => r.result.url), all: rows };
}

/** Did a misspelt query get the reader to the meant word: searched instead, offered first, or found by Pagefind's stem (the same first row as the meant word)? */
export async function reachesMeant(index: SearchIndex, siteDir: string, { answer, rows }: Outcome, meant: string): Promise<boolean> {
  const same = (a?: string) => a?.toLowerCase() === meant.toLowerCase();
  if (same(answer.corrected) || same(answer.offers[0])) return true;
  if (answer.missing.length > 0 || rows.length === 0) return false;
  return rows[0] === (await searchAsReader(index, siteDir, meant)).rows[0];
}
