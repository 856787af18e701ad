/**
 * Writes a synthetic content tree of N entries across all collections, for
 * benchmarks and scale tests: news dominates, the fourteen networks are fixed,
 * every reference resolves, and each body has headings, lists, a table, links,
 * a footnote and strikethrough. The words have the statistics of a real Dutch
 * archive (scripts/corpus-words.ts): tens of thousands of different words,
 * a few on nearly every page and most on a handful. Deterministic: the same
 * seed gives the same files.
 *
 * Usage: node scripts/generate-corpus.ts --count 10000 --out bench-out/corpus-10000 [--seed 42]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import {
  AREAS,
  NETWORK_FILES,
  NEWS_CATEGORIES,
  ORGANISATION_KINDS,
  PROJECT_STATUSES,
  TARGET_GROUPS,
} from '../src/lib/content-model.ts';
import { TAGS_FILE } from '../src/lib/tags.ts';
import { dutchText, random, type DutchText } from './corpus-words.ts';

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

/** A news-like body: paragraphs, headings, a list, a GFM table, links, a footnote, strikethrough. */
function body(text: DutchText, rnd: () => number, links: string[]): string {
  const para = () => Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => text.sentence()).join(' ');
  return `${para()}

## ${text.phrase(2, 5)}

${para()} Lees ook [${text.phrase(2, 4).toLowerCase()}](${links[0] ?? '/nieuws/'}).[^1]

- ${text.sentence(5, 12)}
- ${text.sentence(5, 12)}
- ~~${text.phrase(1, 3)}~~ ${text.sentence(5, 12)}

## ${text.phrase(2, 5)}

| Onderdeel | Aantal |
| --- | ---: |
| ${text.phrase(1, 3)} | ${10 + Math.floor(rnd() * 90)} |
| ${text.phrase(1, 3)} | ${Math.floor(rnd() * 40)} |

${para()} Meer informatie: https://www.rotterdam.nl/

## ${text.phrase(2, 5)}

${para()}

[^1]: Bron: ${text.phrase(2, 5).toLowerCase()}.
`;
}

/** Text of a field with a length range: cut at a word, never shorter than `min`. */
const fit = (make: () => string, min: number, max: number) => {
  for (;;) {
    const value = make();
    if (value.length >= min && value.length <= max) return value;
    if (value.length > max) {
      const cut = value.slice(0, max).replace(/[\s,]+\S*$/, '');
      if (cut.length >= min) return cut;
    }
  }
};

export function generateCorpus(outDir: string, count: number, seed = 42): Record<string, number> {
  const rnd = random(seed);
  const text = dutchText(rnd);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(list)))];
  const date = (fromYear: number) => {
    const d = new Date(Date.UTC(fromYear + Math.floor(rnd() * 8), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    return d.toISOString().slice(0, 10);
  };
  const title = (min = 3, max = 10) => fit(() => text.phrase(min, max), 5, 140);
  const description = () => fit(() => text.sentence(8, 30), 20, 300);

  rmSync(outDir, { recursive: true, force: true });
  const write = (collection: string, name: string, file: string) => {
    const dir = path.join(outDir, collection);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, name), file);
  };
  const md = (data: Record<string, unknown>, markdown: string) => `---\n${stringify(data)}---\n\n${markdown}`;
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
  orgs.forEach((id) => write('organisations', `${id}.yaml`, stringify({ name: title(1, 3), kind: pick(ORGANISATION_KINDS), city: 'Rotterdam' })));

  const networks = [...NETWORK_FILES.keys()];
  AREAS.forEach((area, i) =>
    write('networks', `${networks[i]}.md`, md({ title: area, area, description: description(), signed: '2016-09-28', partnerCount: 7 + Math.floor(rnd() * 17), partners: some(orgs, 6) }, body(text, rnd, []))),
  );

  const themes = Array.from({ length: n.themes }, (_, i) => `thema-${i + 1}`);
  themes.forEach((id) => write('themes', `${id}.md`, md({ title: title(), description: description(), theme: title(1, 2) }, body(text, rnd, []))));

  const pacts = Array.from({ length: n.pacts }, (_, i) => `pact-${i + 1}`);
  pacts.forEach((id) => write('pacts', `${id}.md`, md({ title: title(), region: fit(() => text.phrase(1, 2), 2, 80), description: description(), members: some(orgs, 5) }, body(text, rnd, []))));

  const projects = Array.from({ length: n.projects }, (_, i) => `project-${i + 1}`);
  projects.forEach((id) => {
    const start = date(2016);
    write('projects', `${id}.md`, md({
      title: title(2, 6),
      description: description(),
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
    }, body(text, rnd, [`/netwerken/${pick(networks)}/`])));
  });

  for (let i = 0; i < newsCount; i++) {
    const network = pick(networks);
    write('news', `bericht-${i + 1}.md`, md({
      title: title(),
      description: description(),
      date: date(2016),
      category: pick(NEWS_CATEGORIES),
      tags: some(Object.keys(TAG_LABELS), 3),
      networks: [network],
      projects: rnd() < 0.3 ? [pick(projects)] : undefined,
      organisations: some(orgs, 3),
    }, body(text, rnd, [`/netwerken/${network}/`, `/projecten/${pick(projects)}/`])));
  }

  ['over', 'toegankelijkheid', 'privacy'].forEach((id) => write('pages', `${id}.md`, md({ title: title(), description: description() }, body(text, rnd, []))));

  return { news: newsCount, networks: AREAS.length, ...n };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '42' } } });
  const count = Number(values.count);
  const out = path.resolve(values.out ?? `bench-out/corpus-${count}`);
  const made = generateCorpus(out, count, Number(values.seed));
  console.log(`${Object.values(made).reduce((a, b) => a + b, 0)} bestanden in ${out}:`, made);
}
