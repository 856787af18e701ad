/**
 * The suggestion table: misspellings of words that stand on the site, as
 * readers type them (swapped, doubled or dropped letters, ij/ei/y, dt, trema),
 * with the word that should be offered among the first three. And queries that
 * must get no suggestion: words the site has, and words nowhere near one.
 * Used by the search tests and by `npm run bench:search`.
 */
export const MISSPELLINGS: [typed: string, meant: string][] = [
  ['zorgaanbeider', 'zorgaanbieder'],
  ['Delfshafen', 'Delfshaven'],
  ['vrijwiligers', 'vrijwilligers'],
  ['arbiedsmarkt', 'arbeidsmarkt'],
  ['arbeidsmarket', 'arbeidsmarkt'],
  ['organisatsie', 'organisatie'],
  ['orgnisaties', 'organisaties'],
  ['welzein', 'welzijn'],
  ['welzyn', 'welzijn'],
  ['ondewijs', 'onderwijs'],
  ['onderweis', 'onderwijs'],
  ['bewooners', 'bewoners'],
  ['netwerkken', 'netwerken'],
  ['cooperatie', 'coöperatie'],
  ['cooperatief', 'coöperatief'],
  ['ondertekkend', 'ondertekend'],
  ['ondertekent', 'ondertekend'],
  ['samenwerkingsverbant', 'samenwerkingsverband'],
  ['samewerking', 'samenwerking'],
  ['wethoulder', 'wethouder'],
  ['Roterdam', 'Rotterdam'],
  ['Rotterdamm', 'Rotterdam'],
  ['kerncyfers', 'kerncijfers'],
  ['kernsijfers', 'kerncijfers'],
  ['actielein', 'actielijn'],
  ['deelnemmers', 'deelnemers'],
  ['opleidng', 'opleiding'],
  ['oppleiding', 'opleiding'],
  ['gemeennte', 'gemeente'],
  ['gemeete', 'gemeente'],
  ['Charloys', 'Charlois'],
  ['Feyenoord', 'Feijenoord'],
  ['Hoogvleit', 'Hoogvliet'],
  ['IJselmonde', 'IJsselmonde'],
  ['Kralinge', 'Kralingen'],
  ['Noorderbreete', 'Noorderbreedte'],
  ['Overchie', 'Overschie'],
  ['Rozenbrug', 'Rozenburg'],
  ['Flevolandd', 'Flevoland'],
  ['ministerei', 'ministerie'],
  ['jongren', 'jongeren'],
  ['thuiszorgg', 'thuiszorg'],
  ['thuisorg', 'thuiszorg'],
  ['huishoudeleke', 'huishoudelijke'],
  ['werkplekke', 'werkplekken'],
  ['beperkng', 'beperking'],
  // A slip in the singular of a word the site writes only as a plural (helper-57).
  ['personeelstekot', 'personeelstekorten'],
  ['personeeltekort', 'personeelstekorten'],
  ['Volksgezondhijd', 'Volksgezondheid'],
  ['afdelinghoofd', 'afdelingshoofd'],
];

/** Queries that get no suggestion: the site's own words, and nonsense far from any. */
export const NO_SUGGESTION = ['zorg', 'Delfshaven', 'arbeidsmarkt', 'vrijwilligers', 'opleiding', 'wmo radar', 'xylofoonbouwers', 'qqqq', 'zz'];
