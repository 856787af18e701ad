/**
 * What the search page needs to answer, in one module: answering a search,
 * its result rows, what the page says about it, and the vocabulary for
 * corrections. It comes with the page's script; Pagefind loads on focus.
 */
export { answer, filterCounts } from './answer.ts';
export { findsAsTyped, searchTitle, statusText, writtenApart } from './messages.ts';
export { fillRows } from './rows.ts';
export { parseVocabulary, VOCABULARY_URL } from './suggest.ts';
