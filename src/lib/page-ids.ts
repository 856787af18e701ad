/**
 * The ids the site's templates give parts of a page (the skip link's target, a project's key figures, the contact
 * block). A heading or an element in an entry's text with the same id would take over the page's own: a link to
 * #contact or a section's aria-labelledby would then point into the text (helper-50). The content check refuses
 * them; tests/unit/page-ids.test.ts keeps this list equal to the ids written in src/**\/*.astro.
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  'alle-veertien', 'contact', 'hatch', 'inhoud', 'kaart', 'kerncijfers', 'lijst', 'netwerken', 'nieuws', 'op-de-kaart', 'open-data',
  'pacten', 'projecten', 'search-404', 'site-search', 'themas', 'toc-title', 'zoek-fout', 'zoek-filterknop', 'zoek-filterpaneel',
  'zoek-filters', 'zoek-meer', 'zoek-melding', 'zoek-onderdelen', 'zoek-overzichten', 'zoek-resultaten', 'zoek-sortering',
  'zoek-status', 'zoek-suggesties', 'zoekformulier', 'zoekterm',
]);
