/**
 * Everything the search page loads once a reader turns to the search box, in
 * one module (one request): answering a search, its result rows and what the
 * page says about it, and the vocabulary for corrections.
 */
export { answer, filterCounts } from './answer.ts';
export { findsAsTyped, searchTitle, statusText, writtenApart } from './messages.ts';
export { fillRows } from './rows.ts';
export { parseVocabulary, VOCABULARY_URL } from './suggest.ts';
