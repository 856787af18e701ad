/**
 * Pagefind's search options, the same for the search page and the tests:
 * excerpt length and the ranking weights, tuned on the judged set
 * (tests/helpers/judged-queries.ts; the grid and its numbers are in BENCHMARKS.md).
 *
 * - termSimilarity 3 (default 1): the word as typed counts clearly more than a
 *   longer word it begins ("zorgrobot" above "zorgrobots"), which keeps pages
 *   that only hold extensions of the query below the page with the word itself;
 * - pageLength 0.3 (default 0.75): short pages (an organisation, a network)
 *   get less of a lift just for being short, so a longer page about the
 *   subject is not pushed down by one that mentions it in passing;
 * - termFrequency 1 and termSaturation 1.4 are Pagefind's defaults (1.0–2.0 all scored the same).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 30,
  ranking: { termSimilarity: 3, pageLength: 0.3, termFrequency: 1, termSaturation: 1.4 },
};
