/**
 * Small content trees for tests: a valid baseline with every collection
 * (all fourteen networks included), and helpers to change one file and to
 * write a tree to disk for build tests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { AREAS, type CollectionName } from '../../src/lib/content-model.ts';
import type { ContentFile } from '../../src/lib/validation/check-entries.ts';
import { slugify } from '../../src/lib/slug.ts';

export type Frontmatter = Record<string, unknown>;

export interface FixtureFile {
  collection: CollectionName;
  name: string;
  /** Frontmatter (Markdown) or data (YAML); or the raw file text. */
  data: Frontmatter | string;
  body?: string;
}

export function markdown(data: Frontmatter, body = 'Tekst van het bericht.\n'): string {
  return `---\n${stringify(data)}---\n\n${body}`;
}

export function fileText(file: FixtureFile): string {
  if (typeof file.data === 'string') return file.data;
  return file.name.endsWith('.yaml') ? stringify(file.data) : markdown(file.data, file.body);
}

export const validNews = (over: Frontmatter = {}): Frontmatter => ({
  title: 'Een bericht uit Delfshaven',
  description: 'Een samenvatting van minstens twintig tekens.',
  date: '2023-11-29',
  category: 'netwerk',
  networks: ['delfshaven'],
  organisations: ['laurens'],
  ...over,
});

export const validProject = (over: Frontmatter = {}): Frontmatter => ({
  title: 'Proefproject',
  description: 'Een project met een beschrijving die lang genoeg is.',
  status: 'lopend',
  start: '2023-01-01',
  end: '2023-12-31',
  lead: 'laurens',
  networks: ['delfshaven'],
  theme: 'iedereen-doet-mee',
  targetGroups: ['jongeren'],
  figures: [{ label: 'Deelnemers', value: 30, unit: 'personen', kind: 'resultaat' }],
  ...over,
});

/** Who runs the fixture site (tests/setup/build-site.ts): an example for the tests, never shown on the real site. */
export const FIXTURE_OWNER = { SITE_OWNER_NAME: 'Stichting Voorbeeld', SITE_OWNER_EMAIL: 'redactie@voorbeeld.example', SITE_OWNER_CONTACT_URL: '' };

export function baseline(): FixtureFile[] {
  return [
    { collection: 'organisations', name: 'laurens.yaml', data: { name: 'Laurens', kind: 'zorgaanbieder', city: 'Rotterdam' } },
    { collection: 'news', name: 'bericht.md', data: validNews(), body: '## Kop\n\nTekst over [het netwerk in Delfshaven](/netwerken/delfshaven/).\n' },
    { collection: 'projects', name: 'proefproject.md', data: validProject() },
    {
      collection: 'pacts',
      name: 'pact-flevoland.md',
      data: {
        title: 'Zorgpact Flevoland',
        region: 'Flevoland',
        description: 'Een pact met een beschrijving die lang genoeg is.',
        chair: { name: 'Jan Krol', organisation: 'laurens' },
        members: ['laurens'],
      },
    },
    {
      collection: 'themes',
      name: 'iedereen-doet-mee.md',
      data: { title: 'Iedereen doet mee', description: 'Een actielijn met een beschrijving.', theme: 'Inclusiviteit' },
    },
    { collection: 'pages', name: 'over.md', data: { title: 'Over deze site', description: 'Wat deze site is en wie hem maakt.' } },
    // The footer of every page links to these two as well (FOOTER_PAGES): the check wants them there.
    { collection: 'pages', name: 'toegankelijkheid.md', data: { title: 'Toegankelijkheid', description: 'Hoe toegankelijk deze site is, en waar je een probleem meldt.' } },
    { collection: 'pages', name: 'privacy.md', data: { title: 'Privacy', description: 'Welke gegevens deze site van bezoekers verwerkt: geen.' } },
    ...AREAS.map((area) => ({
      collection: 'networks' as const,
      name: `${slugify(area)}.md`,
      data: { title: area, area, description: `Het netwerk van zorg en welzijn in ${area}.`, signed: '2016-09-28' },
    })),
  ];
}

/** The baseline with one file replaced (same collection and name), added or removed. */
export function withFile(files: FixtureFile[], change: FixtureFile, remove = false): FixtureFile[] {
  const rest = files.filter((f) => !(f.collection === change.collection && f.name === change.name));
  return remove ? rest : [...rest, change];
}

export function toContentFiles(files: FixtureFile[], root = 'content'): ContentFile[] {
  return files.map((f) => ({ collection: f.collection, path: `${root}/${f.collection}/${f.name}`, text: fileText(f) }));
}

export function writeTree(dir: string, files: FixtureFile[]): string {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const file = path.join(dir, f.collection, f.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, fileText(f));
  }
  return dir;
}
