/**
 * The site's identity, set in one place: name, public URL and source repository.
 * astro.config.mjs, the layout, feeds, edit links and the workflows read it.
 */
export const SITE = {
  name: 'Zorg en Welzijn Rotterdam',
  tagline: 'Werken in zorg en welzijn in en rond Rotterdam',
  /** Public URL of the production site (canonical links, feed, sitemap); SITE_URL overrides it. */
  url: process.env.SITE_URL ?? 'https://zorgwelzijn-rotterdam.nl',
  /** Repository whose main branch holds the content, for "Bewerk deze pagina". */
  repository: 'https://github.com/zorgwelzijn-rotterdam/site',
  branch: 'main',
  locale: 'nl-NL',
  timeZone: 'Europe/Amsterdam',
} as const;
