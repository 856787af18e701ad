/**
 * Writes a synthetic content tree of N entries across all collections, for
 * benchmarks and scale tests: news dominates, the fourteen networks are fixed,
 * every reference resolves, and the Dutch text has headings, lists, tables,
 * links, footnotes and compound words. Deterministic: the same seed gives the
 * same files.
 *
 * Usage: node scripts/generate-corpus.ts --count 10000 --out bench-out/corpus-10000 [--seed 42]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import {
  AREAS,
  NEWS_CATEGORIES,
  ORGANISATION_KINDS,
  PROJECT_STATUSES,
  TARGET_GROUPS,
} from '../src/lib/content-model.ts';
import { slugify } from '../src/lib/slug.ts';
import { TAGS_FILE } from '../src/lib/tags.ts';

/** Mulberry32: a tiny, well-known seeded PRNG, so corpora are reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  subjects: ['De zorgorganisatie', 'Het wijkteam', 'De welzijnsorganisatie', 'Het netwerk', 'De gemeente', 'Het opleidingstraject', 'De werkgever', 'De arbeidsmarktregio'],
  verbs: ['start', 'breidt uit met', 'evalueert', 'investeert in', 'zoekt partners voor', 'presenteert', 'versterkt', 'rondt af'],
  objects: ['een leerwerktraject', 'de samenwerking in de wijk', 'nieuwe werkervaringsplekken', 'de zorgopleidingen', 'het vrijwilligerswerk', 'de arbeidsmarktcommunicatie', 'een inclusieve werkomgeving', 'de thuiszorg'],
  compounds: ['arbeidsmarkt', 'zorgorganisatie', 'welzijnsorganisaties', 'wijkteam', 'zorgopleiding', 'werkervaringsplek', 'huishoudelijke hulp', 'leerwerkbaan', 'personeelstekort', 'zorgmedewerkers'],
  places: [...AREAS],
};

/** The corpus's tags with their Dutch labels (content/trefwoorden.yaml). */
const TAG_LABELS: Record<string, string> = {
  arbeidsmarkt: 'Arbeidsmarkt',
  opleiding: 'Opleiding',
  inclusie: 'Inclusie',
  wijk: 'Wijk',
  vrijwilligers: 'Vrijwilligers',
  thuiszorg: 'Thuiszorg',
  jongeren: 'Jongeren',
};

function sentence(rnd: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  return `${pick(WORDS.subjects)} in ${pick(WORDS.places)} ${pick(WORDS.verbs)} ${pick(WORDS.objects)}, met aandacht voor ${pick(WORDS.compounds)} en ${pick(WORDS.compounds)}.`;
}

function body(rnd: () => number, links: string[]): string {
  const para = () => Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd)).join(' ');
  return `${para()}

## Aanleiding

${para()} Lees ook [meer over dit onderwerp](${links[0] ?? '/nieuws/'}).[^1]

- ${sentence(rnd)}
- ${sentence(rnd)}
- ~~Eerder plan~~ ${sentence(rnd)}

## Resultaten

| Onderdeel | Aantal |
| --- | ---: |
| Deelnemers | ${10 + Math.floor(rnd() * 90)} |
| Werkplekken | ${Math.floor(rnd() * 40)} |

${para()} Meer informatie: https://www.rotterdam.nl/

## Vervolg

${para()}

[^1]: Bron: eigen verslaglegging.
`;
}

export function generateCorpus(outDir: string, count: number, seed = 42): Record<string, number> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const date = (fromYear: number) => {
    const d = new Date(Date.UTC(fromYear + Math.floor(rnd() * 8), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    return d.toISOString().slice(0, 10);
  };

  rmSync(outDir, { recursive: true, force: true });
  const write = (collection: string, name: string, text: string) => {
    const dir = path.join(outDir, collection);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, name), text);
  };
  const md = (data: Record<string, unknown>, text: string) => `---\n${stringify(data)}---\n\n${text}`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, TAGS_FILE), stringify(TAG_LABELS));

  // Shares of the non-network entries: news dominates.
  const rest = Math.max(0, count - AREAS.length);
  const n = {
    organisations: Math.max(5, Math.round(rest * 0.05)),
    themes: Math.max(2, Math.round(rest * 0.005)),
    pacts: Math.max(2, Math.round(rest * 0.005)),
    projects: Math.max(5, Math.round(rest * 0.08)),
    pages: 3,
  };
  const newsCount = Math.max(1, rest - n.organisations - n.themes - n.pacts - n.projects - n.pages);

  const orgs = Array.from({ length: n.organisations }, (_, i) => `organisatie-${i + 1}`);
  orgs.forEach((id, i) => write('organisations', `${id}.yaml`, stringify({ name: `Zorgorganisatie ${i + 1}`, kind: pick(ORGANISATION_KINDS), city: 'Rotterdam' })));

  const networks = AREAS.map((area) => slugify(area));
  AREAS.forEach((area, i) =>
    write('networks', `${networks[i]}.md`, md({ title: area, area, description: `Het coöperatieve netwerk van zorg en welzijn in ${area}.`, signed: '2016-09-28', partnerCount: 7 + Math.floor(rnd() * 17), partners: some(orgs, 6) }, body(rnd, []))),
  );

  const themes = Array.from({ length: n.themes }, (_, i) => `thema-${i + 1}`);
  themes.forEach((id, i) => write('themes', `${id}.md`, md({ title: `Actielijn ${i + 1}`, description: 'Een actielijn over instroom en behoud in zorg en welzijn.', theme: 'Inclusiviteit' }, body(rnd, []))));

  const pacts = Array.from({ length: n.pacts }, (_, i) => `pact-${i + 1}`);
  pacts.forEach((id, i) => write('pacts', `${id}.md`, md({ title: `Zorgpact regio ${i + 1}`, region: `Regio ${i + 1}`, description: 'Een regionaal pact van werkgevers, onderwijs en overheid.', members: some(orgs, 5) }, body(rnd, []))));

  const projects = Array.from({ length: n.projects }, (_, i) => `project-${i + 1}`);
  projects.forEach((id, i) => {
    const start = date(2016);
    write('projects', `${id}.md`, md({
      title: `Project ${i + 1}: ${pick(WORDS.objects)}`,
      description: 'Een project dat mensen naar werk in zorg en welzijn helpt.',
      status: pick(PROJECT_STATUSES),
      start,
      lead: pick(orgs),
      partners: some(orgs, 4),
      networks: some(networks, 2),
      theme: pick(themes),
      pact: pick(pacts),
      targetGroups: some(TARGET_GROUPS, 3),
      figures: [
        { label: 'Deelnemers', value: 5 + Math.floor(rnd() * 50), unit: 'personen', kind: 'resultaat' },
        { label: 'Deelnemers', value: 60, unit: 'personen', kind: 'doel' },
      ],
    }, body(rnd, [`/netwerken/${pick(networks)}/`])));
  });

  for (let i = 0; i < newsCount; i++) {
    const network = pick(networks);
    write('news', `bericht-${i + 1}.md`, md({
      title: `${pick(WORDS.subjects)} ${pick(WORDS.verbs)} ${pick(WORDS.objects)} (${i + 1})`,
      description: sentence(rnd),
      date: date(2016),
      category: pick(NEWS_CATEGORIES),
      tags: some(Object.keys(TAG_LABELS), 3),
      networks: [network],
      projects: rnd() < 0.3 ? [pick(projects)] : undefined,
      organisations: some(orgs, 3),
    }, body(rnd, [`/netwerken/${network}/`, `/projecten/${pick(projects)}/`])));
  }

  ['over', 'toegankelijkheid', 'privacy'].forEach((id) => write('pages', `${id}.md`, md({ title: `Pagina ${id}`, description: 'Een vaste pagina van de site, voor de benchmark.' }, body(rnd, []))));

  return { news: newsCount, networks: AREAS.length, ...n };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } } });
  const count = Number(values.count);
  const out = path.resolve(values.out ?? `bench-out/corpus-${count}`);
  const made = generateCorpus(out, count, Number(values.seed));
  console.log(`${Object.values(made).reduce((a, b) => a + b, 0)} bestanden in ${out}:`, made);
}
