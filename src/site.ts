/**
 * The site's identity, set in one place: name, public URL, source repository and
 * who runs it. astro.config.mjs, the layout, feeds, edit links and the workflows read it.
 */
export const SITE = {
  name: 'Zorg en Welzijn Rotterdam',
  tagline: 'Werken in zorg en welzijn in en rond Rotterdam',
  /** Public URL of the production site (canonical links, feed, sitemap); SITE_URL overrides it. */
  url: process.env.SITE_URL ?? 'https://zorgwelzijn-rotterdam.nl',
  /** Repository whose main branch holds the content, for "Bewerk deze pagina". */
  repository: 'https://github.com/zorgwelzijn-rotterdam/site',
  branch: 'main',
  /**
   * Who runs the site and how readers reach them: shown in the footer and in the
   * accessibility and privacy statements. Fill in the name of the organisation and an
   * e-mail address or the address of a contact page (or set SITE_OWNER_NAME,
   * SITE_OWNER_EMAIL, SITE_OWNER_CONTACT_URL). Never a made-up address: while this is
   * empty the pages say so, and a deploy build (SITE_DEPLOY=1) stops (src/lib/site-owner.ts).
   */
  owner: {
    name: process.env.SITE_OWNER_NAME ?? '',
    email: process.env.SITE_OWNER_EMAIL ?? '',
    contactUrl: process.env.SITE_OWNER_CONTACT_URL ?? '',
  },
  locale: 'nl-NL',
  timeZone: 'Europe/Amsterdam',
} as const;
