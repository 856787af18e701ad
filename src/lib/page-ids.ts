/**
 * The ids the site's templates give parts of a page (the skip link's target, a project's key figures, the contact
 * block). A heading or an element in an entry's text with the same id would take over the page's own: a link to
 * #contact or a section's aria-labelledby would then point into the text (helper-50). The content check refuses
 * them, on the pages that have them (helper-53: "## Contact" in a news item, whose page has no contact block, was
 * refused). tests/unit/page-ids.test.ts keeps these lists equal to the ids written in src/**\/*.astro.
 */

/** On every page: the skip link's target, the header's search form, the table of contents. */
export const EVERY_PAGE_IDS = ['inhoud', 'site-search', 'toc-title'] as const;

/** Parts an entry's page shows beside its text, with when it shows them. */
export const ENTRY_PAGE_IDS: Record<string, { id: string; when: (entry: { id: string; data: Record<string, unknown> }) => boolean }[]> = {
  projects: [
    { id: 'kerncijfers', when: ({ data }) => Array.isArray(data.figures) && data.figures.length > 0 },
    { id: 'hatch', when: ({ data }) => Array.isArray(data.figures) && data.figures.length > 0 },
    { id: 'contact', when: ({ data }) => data.contact !== undefined },
  ],
  networks: [{ id: 'op-de-kaart', when: () => true }],
  pacts: [{ id: 'themas', when: ({ data }) => data.themes !== undefined }],
  // Whether a theme has projects is known only when every project is read: its headings' ids are kept free always.
  themes: [{ id: 'projecten', when: () => true }, { id: 'kerncijfers-per-project', when: () => true }],
  pages: [{ id: 'contact', when: ({ id }) => id === 'toegankelijkheid' || id === 'privacy' }],
};

/** Ids on pages that show no entry's text (home, overviews, search, 404): no content can meet them. */
export const OTHER_PAGE_IDS = [
  'alle-veertien', 'kaart', 'lijst', 'netwerken', 'nieuws', 'open-data', 'zoek-adres', 'pacten', 'per-onderwerp', 'projecten', 'search-404', 'zoek-fout', 'zoek-filterknop',
  'zoek-filterpaneel', 'zoek-filters', 'zoek-meer', 'zoek-melding', 'zoek-onderdelen', 'zoek-overzichten', 'zoek-resultaten', 'zoek-sortering',
  'zoek-status', 'zoek-suggesties', 'zoekformulier', 'zoekterm',
] as const;

/** The ids the page of this entry gives its own parts. */
export function pageIdsOf(collection: string, entry: { id: string; data: Record<string, unknown> }): Set<string> {
  return new Set([...EVERY_PAGE_IDS, ...(ENTRY_PAGE_IDS[collection] ?? []).filter(({ when }) => when(entry)).map(({ id }) => id)]);
}
