/**
 * The Dutch list of the stopword package, imported on its own: its main module also lists every language's digits,
 * which the search page's bundle kept (the package does not declare itself free of side effects).
 */
declare module 'stopword/src/stopwords_nld.js' {
  export const nld: string[];
}
