/**
 * Scores a search against the judged set (judged-queries.ts): the rank of the
 * first right page in the rows a reader sees, success@1, success@3 and the
 * mean reciprocal rank. A query whose right answer is "nothing" succeeds
 * only when no row is listed; '*' accepts any page, as long as one is listed.
 */
import type { JudgedQuery } from './judged-queries.ts';

/** 1-based rank of the first right row; 0 when none is right. For "nothing": 1 when no row is listed. */
export function rankOf(judged: JudgedQuery, rows: readonly string[]): number {
  if (judged.first.length === 0) return rows.length === 0 ? 1 : 0;
  const at = rows.findIndex((url) => judged.first.includes('*') || judged.first.includes(url));
  return at + 1;
}

export interface JudgedScore {
  queries: number;
  successAt1: number;
  successAt3: number;
  mrr: number;
}

export function scoreRanks(ranks: readonly number[]): JudgedScore {
  const share = (ok: (rank: number) => boolean) => ranks.filter(ok).length / ranks.length;
  return {
    queries: ranks.length,
    successAt1: share((r) => r === 1),
    successAt3: share((r) => r >= 1 && r <= 3),
    mrr: ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / ranks.length,
  };
}
