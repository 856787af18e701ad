/** The search query table: used by the search tests and by `npm run bench:search`. */

/** [what it shows, query, page expected in the top three] */
export const QUERIES: [string, string, string][] = [
  ['organisation name', 'Laurens', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/'],
  ['person: pact chair', 'Jan Krol', '/pacten/zorg-en-welzijnspact-flevoland/'],
  ['person: theme lead', 'Frank Kodden', '/themas/iedereen-doet-mee/'],
  ['person: quoted project lead', 'Haso Korajlic', '/projecten/zorg-thuis-en-in-de-buurt/'],
  ['place of an event', 'Boijmans', '/nieuws/veertien-cooperatieve-netwerken-ondertekend/'],
  ['region', 'Flevoland', '/pacten/zorg-en-welzijnspact-flevoland/'],
  ['area', 'Delfshaven', '/netwerken/delfshaven/'],
  ['area with IJ', 'IJsselmonde', '/netwerken/ijsselmonde/'],
  ['area of three words', 'Hoek van Holland', '/netwerken/hoek-van-holland/'],
  ['project name with hyphen', 'WEP-trein', '/projecten/wep-trein/'],
  ['project name', 'Brugbanen', '/projecten/brugbanen/'],
  ['project name', 'Taakbrigades', '/projecten/taakbrigades/'],
  ['project name', 'Voortraject', '/projecten/voortraject/'],
  ['organisation of two words', 'wmo radar', '/organisaties/wmo-radar/'],
  ['stemming: plural finds singular', 'opleidingen', '/projecten/zorg-thuis-en-in-de-buurt/'],
  ['stemming: verb finds noun', 'samenwerken', '/nieuws/veertien-cooperatieve-netwerken-ondertekend/'],
  ['stemming: singular finds plural', 'vacature', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/'],
  ['compound: markt in arbeidsmarkt', 'markt', '/themas/iedereen-doet-mee/'],
  ['compound: tekort in personeelstekorten', 'tekorten', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/'],
  ['compound: beperking in arbeidsbeperking', 'beperking', '/themas/iedereen-doet-mee/'],
  ['compound: verzuim in ziekteverzuim', 'verzuim', '/nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/'],
  ['diacritics: cooperatief finds coöperatief', 'cooperatief', '/nieuws/veertien-cooperatieve-netwerken-ondertekend/'],
  ['diacritics: carriereswitchers', 'carriereswitchers', '/themas/iedereen-doet-mee/'],
  ['target group', 'statushouders', '/themas/iedereen-doet-mee/'],
  ['concept from a quote', 'Triple Aim', '/nieuws/veertien-cooperatieve-netwerken-ondertekend/'],
  ['type of organisation', 'ministerie', '/organisaties/ministerie-van-vws/'],
];

/** Ordinary Dutch queries whose excerpts a reader reads: every word shown must stand on the page itself. */
export const EXCERPT_QUERIES = ['markt', 'zorg', 'organisaties', 'wijk', 'opleiding', 'werk', 'vrijwilligers', 'Delfshaven', 'samenwerken', 'arbeidsmarkt', 'statushouders', 'onderwijs', 'partners', 'status'];
