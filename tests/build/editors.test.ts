/**
 * The editors' tools end to end on content folders: the scaffolder, the check
 * command, git dates in a shallow clone, and drafts.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, scaffold } from '../../src/lib/scaffold.ts';
import { readGitDates } from '../../src/lib/git-dates.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { childEnv, projectRoot, runBuild, tmpDir } from '../helpers/build.ts';
import { baseline, validNews, withFile, writeTree } from '../helpers/content.ts';
import { makePhoto } from '../helpers/photos.ts';

const FILL: Record<string, string> = {
  description: 'Een samenvatting die lang genoeg is voor de check.',
  category: 'netwerk',
  region: 'Flevoland',
  signed: '2016-09-28',
  status: 'lopend',
  kind: 'welzijn',
};

function fill(text: string): string {
  return text
    .replace(/^(\w+): "\[VUL IN[^\]]*\]"$/gm, (_, field: string) => `${field}: ${JSON.stringify(FILL[field] ?? 'x')}`)
    .replace(/^\[VUL IN.*$/gm, 'Gewone tekst van de redacteur.');
}

describe('npm run new', () => {
  it.each(Object.keys(KINDS))('writes a %s that fails the check until its placeholders are filled', async (kind) => {
    const root = path.join(tmpDir('scaffold'), kind);
    const title = kind === 'netwerk' ? 'Pernis' : 'Nieuwe leerwerkplekken in Charlois';
    const files = kind === 'netwerk' ? withFile(baseline(), { collection: 'networks', name: 'pernis.md', data: '' }, true) : baseline();
    writeTree(root, files);
    const entry = scaffold(kind, title, new Date('2026-11-22T10:00:00Z'));
    const file = path.join(root, entry.file);
    writeFileSync(file, entry.text);

    const before = (await validateContent(projectRoot, root)).problems;
    expect(before.length).toBeGreaterThan(0);
    for (const problem of before) {
      expect(problem.file.endsWith(entry.file), formatProblem(problem)).toBe(true);
      expect(problem.message, formatProblem(problem)).toContain('nog niet ingevuld');
    }
    writeFileSync(file, fill(entry.text));
    expect((await validateContent(projectRoot, root)).problems.map(formatProblem)).toEqual([]);
  });

  /** Each placeholder of a scaffold on its own: [kind, what is left, the scaffold with everything else filled]. */
  const ONE_LEFT = Object.keys(KINDS).flatMap((kind) => {
    const title = kind === 'netwerk' ? 'Pernis' : 'Nieuwe leerwerkplekken in Charlois';
    const entry = scaffold(kind, title, new Date('2026-11-22T10:00:00Z'));
    const lines = entry.text.split('\n');
    return lines.flatMap((line, i) => {
      if (!line.includes('[VUL IN')) return [];
      const field = /^(\w+):/.exec(line)?.[1] ?? 'inhoud';
      const text = lines.map((other, j) => (j === i ? other : fill(other))).join('\n');
      return [[kind, field, i + 1, entry.file, text] as const];
    });
  });

  it('leaves placeholders in every required field and the body of every collection', () => {
    expect(new Set(ONE_LEFT.map(([kind]) => kind))).toEqual(new Set(Object.keys(KINDS)));
    expect(ONE_LEFT.length).toBeGreaterThanOrEqual(14);
  });

  it.each(ONE_LEFT)('%s: a placeholder left in %s alone stops the check, by file, line and field', async (kind, field, line, file, text) => {
    const root = path.join(tmpDir('one-left'), kind, field);
    const files = kind === 'netwerk' ? withFile(baseline(), { collection: 'networks', name: 'pernis.md', data: '' }, true) : baseline();
    writeTree(root, files);
    writeFileSync(path.join(root, file), text);
    const problems = (await validateContent(projectRoot, root)).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`${file.replace('.', '\\.')}:${line}  ${field} — gevonden: "\\[VUL IN[^"]*", nog niet ingevuld`));
  });

  it('the build stops on a placeholder that is otherwise a valid value, and publishes nothing', () => {
    const [, , , file, text] = ONE_LEFT.find(([kind, field]) => kind === 'nieuws' && field === 'description')!;
    const root = tmpDir('one-left-build');
    const content = writeTree(path.join(root, 'content'), baseline());
    writeFileSync(path.join(content, file), text);
    const { status, output } = runBuild(path.join(root, 'dist'), content);
    expect(status).not.toBe(0);
    expect(output).toMatch(/news\/nieuwe-leerwerkplekken-in-charlois\.md:3  description — gevonden: "\[VUL IN: samenvatting van 20 tot 300 tekens\]", nog niet ingevuld/);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
    // No earlier version was there to keep (helper-29: it said "De vorige versie … is ongewijzigd gebleven").
    expect(output).toContain('Er is geen tests/.tmp/one-left-build/dist/ gemaakt.');
    expect(output).not.toContain('De vorige versie');
  });

  it('names the file from the title, dates news today, and refuses to overwrite', () => {
    const root = writeTree(path.join(tmpDir('scaffold-cli'), 'content'), baseline());
    const run = () => spawnSync(process.execPath, ['scripts/new-entry.ts', 'nieuws', 'Coöperatief samenwerken in IJsselmonde'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(root, 'news/cooperatief-samenwerken-in-ijsselmonde.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Coöperatief samenwerken in IJsselmonde"');
    expect(text).toMatch(/^date: \d{4}-\d{2}-\d{2}$/m);
    writeFileSync(file, `${text}\nEigen tekst.\n`);
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('news/cooperatief-samenwerken-in-ijsselmonde.md bestaat al; er is niets overschreven');
    expect(readFileSync(file, 'utf8')).toContain('Eigen tekst.');
  });

  it('refuses a fifteenth network and an unknown kind', () => {
    expect(() => scaffold('netwerk', 'Schiedam')).toThrow(/precies veertien netwerken/);
    expect(() => scaffold('blog', 'Titel')).toThrow(/Onbekende soort "blog"/);
  });
});

describe('npm run check', () => {
  it('explains itself on --help, and names an option it does not know instead of running without it (helper-46)', () => {
    const help = spawnSync(process.execPath, ['scripts/check.ts', '--help'], { cwd: projectRoot, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Gebruik: npm run check \[-- --alleen-inhoud\]\n/);
    expect(help.stdout).toContain('--alleen-inhoud   alleen de inhoud');
    const typo = spawnSync(process.execPath, ['scripts/check.ts', '--alleen-inhoudd'], { cwd: projectRoot, encoding: 'utf8' });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/^Onbekende optie: --alleen-inhoudd\n\nGebruik: npm run check/);
    expect(typo.stdout).toBe('');
  });
  it('reports every problem of several broken files in one run, then a count, and exits non-zero', () => {
    let files = withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ category: 'sport' }), body: 'Zie [x](/netwerken/atlantis/).\n\n<script>alert(1)</script>\n' });
    files = withFile(files, { collection: 'organisations', name: 'laurens.yaml', data: { name: 'Laurens', kind: 'ziekenhuis' } });
    files = withFile(files, { collection: 'news', name: 'tweede.mdx', data: validNews({ title: 'Een tweede bericht', date: 'gisteren' }), body: "import fs from 'node:fs';\n" });
    const root = writeTree(path.join(tmpDir('check-cli'), 'content'), files);
    writeFileSync(path.join(root, 'news', 'typfout.txt'), 'verkeerde extensie');
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--alleen-inhoud'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root } });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes(' — '));
    expect(lines).toEqual([
      expect.stringMatching(/content\/news\/bericht\.md:5 {2}category — gevonden: "sport"; verwacht één van/),
      expect.stringMatching(/content\/news\/bericht\.md:12 {2}inhoud — gevonden: een link naar \/netwerken\/atlantis\//),
      expect.stringMatching(/content\/news\/bericht\.md:14 {2}inhoud — gevonden: <script>/),
      expect.stringMatching(/content\/news\/tweede\.mdx:4 {2}date — gevonden: "gisteren"/),
      expect.stringMatching(/content\/news\/tweede\.mdx:12 {2}inhoud — gevonden: een import uit "node:fs"/),
      expect.stringMatching(/content\/news\/typfout\.txt:1 {2}bestand — gevonden: een bestand dat de site niet leest; verwacht een bestand \.md of \.mdx/),
      expect.stringMatching(/content\/organisations\/laurens\.yaml:2 {2}kind — gevonden: "ziekenhuis"/),
    ]);
    expect(result.stdout).toContain('7 problemen gevonden in 4 bestanden.');
  });

  it('with problems, ends with the report and what to do: nothing of Astro after it, also on GitHub', () => {
    const files = withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ date: '29-11-2023' }), body: '# Titel\n\nDe vrijwiligers werken mee.\n' });
    const root = writeTree(path.join(tmpDir('check-last'), 'content'), files);
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }]) {
      const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: root, ...env } });
      expect(result.status).toBe(1);
      let output = `${result.stdout}${result.stderr}`.trimEnd();
      if (env.GITHUB_ACTIONS) {
        // On GitHub the report sits between ::stop-commands::<token> and ::<token>::, which GitHub reads and does not show; the annotations come before it.
        const token = /^::stop-commands::([0-9a-f-]{36})$/m.exec(output)?.[1] ?? 'geen';
        expect(output.endsWith(`\n::${token}::`), output.slice(-300)).toBe(true);
        expect(output.lastIndexOf('::error ')).toBeGreaterThan(-1);
        expect(output.lastIndexOf('::error ')).toBeLessThan(output.indexOf(`::stop-commands::${token}`));
        output = output.slice(0, -`\n::${token}::`.length).trimEnd();
      }
      expect(output.endsWith('Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld, sla het op en start de controle opnieuw (npm run check). Uitleg per veld staat in CONTRIBUTING.md.'), output.slice(-300)).toBe(true);
      expect(output).not.toMatch(/astro check|Typen|InvalidContentEntryDataError|Stack trace|\n\s+at /);
      // Advice comes first; the problems and "Wat nu" are what stays on the screen.
      expect(output.indexOf('Spelling (advies')).toBeLessThan(output.indexOf('Inhoud:'));
      expect(output).toContain('content/news/bericht.md:4  date — gevonden: "29-11-2023"');
      expect(output).toContain('inhoud — gevonden: een kop met één #');
    }
  });

  it('passes on the real content, types included', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Inhoud: \d+ bestanden gecontroleerd, geen problemen/);
    // Astro's English report is for developers: on clean code the editor reads one Dutch line (helper-37).
    expect(result.stdout).toMatch(/\nCode van de site \(astro check, \d+ bestanden\): geen fouten\.\n$/);
    expect(result.stdout).not.toMatch(/Result \(|errors|Syncing/);
  }, 300_000); // astro check type-checks the whole project: about 30 s on a quiet machine, minutes on a busy one
});

describe('git dates', () => {
  it('come from the last commit per file, and are absent in a shallow clone', () => {
    const repo = tmpDir('git-repo');
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(path.join(repo, 'content/news'), { recursive: true });
    const git = (args: string[], cwd = repo, date?: string) =>
      execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git(['init', '-q', '-b', 'main']);
    writeFileSync(path.join(repo, 'content/news/a.md'), 'a');
    writeFileSync(path.join(repo, 'content/news/b.md'), 'b');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'een'], repo, '2024-01-10T12:00:00+01:00');
    writeFileSync(path.join(repo, 'content/news/a.md'), 'a2');
    git(['commit', '-q', '-am', 'twee'], repo, '2024-03-05T09:30:00+01:00');

    const dates = readGitDates(repo, 'content')!;
    expect(dates.get('content/news/a.md')?.toISOString()).toBe('2024-03-05T08:30:00.000Z');
    expect(dates.get('content/news/b.md')?.toISOString()).toBe('2024-01-10T11:00:00.000Z');

    const shallow = tmpDir('git-shallow');
    rmSync(shallow, { recursive: true, force: true });
    git(['clone', '-q', '--depth', '1', `file://${repo}`, shallow], projectRoot);
    expect(readGitDates(shallow, 'content')).toBeUndefined();
    expect(readGitDates(tmpDir('geen-git-hier'), 'content')).toBeUndefined();
  });
});

/** Every page of a built site's search index, as the text Pagefind stores for it (gzip-compressed JSON). */
const searchFragments = (out: string) => readdirSync(path.join(out, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(path.join(out, 'pagefind/fragment', f))).toString('utf8'));

describe('drafts', () => {
  const draftNews = { collection: 'news' as const, name: 'concept-bericht.md', data: validNews({ title: 'Een concept dat nog niet af is', draft: true, tags: ['geheim-concept'] }) };
  const PHOTO = { src: './geheimfoto.jpg', alt: 'Deelnemers bij een bijeenkomst die nog niet bekend is' };

  it('never reach the production build, sitemap, feed or search index, nor does the photo of one (helper-55)', async () => {
    const root = tmpDir('drafts');
    const withPhoto = { ...draftNews, name: 'concept-met-foto.md', data: validNews({ title: 'Een concept met een foto', draft: true, image: PHOTO }) };
    const content = writeTree(path.join(root, 'content'), [...baseline(), draftNews, withPhoto]);
    await makePhoto(path.join(content, 'news/geheimfoto.jpg'), 800);
    writeFileSync(path.join(content, 'trefwoorden.yaml'), 'geheim-concept: Geheim concept\n');
    const out = path.join(root, 'dist');
    const { status, output } = runBuild(out, content);
    expect(status, output).toBe(0);
    expect(existsSync(path.join(out, 'nieuws/concept-bericht/index.html'))).toBe(false);
    expect(existsSync(path.join(out, 'nieuws/tag/geheim-concept/index.html'))).toBe(false);
    expect(readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('concept-bericht');
    expect(readFileSync(path.join(out, 'rss.xml'), 'utf8')).not.toContain('Een concept');
    // Every page of the search index, read: the published news item is there, nothing of the draft is.
    const fragments = searchFragments(out);
    expect(fragments.filter((f) => f.includes('"url":"/nieuws/bericht/"'))).toHaveLength(1);
    expect(fragments.filter((f) => /concept-bericht|Een concept|geheim-concept|Geheim concept/.test(f))).toEqual([]);
    expect(readFileSync(path.join(out, 'nieuws/index.html'), 'utf8')).not.toContain('Een concept');
    // Loaded, the draft's photo was written to _astro/ as geheimfoto.<hash>.jpg, linked from nowhere.
    expect(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.includes('geheimfoto'))).toEqual([]);
  }, 180_000);

  it('show in astro dev with a visible "concept" banner', async () => {
    const content = writeTree(path.join(tmpDir('drafts-dev'), 'content'), [...baseline(), draftNews]);
    writeFileSync(path.join(content, 'trefwoorden.yaml'), 'geheim-concept: Geheim concept\n');
    const dev = startDev(content);
    try {
      const html = await dev.page('/nieuws/concept-bericht/');
      expect(html, dev.log()).toContain('Een concept dat nog niet af is');
      expect(html).toMatch(/class="draft-banner"[^>]*>Concept: deze pagina is nog niet gepubliceerd/);
    } finally {
      dev.stop();
    }
  });
});

describe('scheduled publishing (fixed clock: PUBLISH_AT)', () => {
  const scheduled = {
    collection: 'news' as const,
    name: 'later-bericht.md',
    data: validNews({ title: 'Een bericht voor december', date: '2026-12-01', tags: ['later'], networks: ['delfshaven'], image: { src: './decemberfoto.jpg', alt: 'Deelnemers bij de start van het nieuwe traject in december' } }),
  };
  const buildOn = async (moment: string) => {
    const root = tmpDir(`scheduled-${moment}`);
    const content = writeTree(path.join(root, 'content'), [...baseline(), scheduled]);
    await makePhoto(path.join(content, 'news/decemberfoto.jpg'), 800);
    writeFileSync(path.join(content, 'trefwoorden.yaml'), 'later: Later\n');
    const out = path.join(root, 'dist');
    return { content, out, ...runBuild(out, content, { PUBLISH_AT: moment }) };
  };
  const everywhere = (out: string) => {
    const index = searchFragments(out);
    return {
      page: existsSync(path.join(out, 'nieuws/later-bericht/index.html')),
      list: readFileSync(path.join(out, 'nieuws/index.html'), 'utf8').includes('Een bericht voor december'),
      network: readFileSync(path.join(out, 'netwerken/delfshaven/index.html'), 'utf8').includes('Een bericht voor december'),
      tag: existsSync(path.join(out, 'nieuws/tag/later/index.html')),
      feed: readFileSync(path.join(out, 'rss.xml'), 'utf8').includes('Een bericht voor december'),
      sitemap: readFileSync(path.join(out, 'sitemap-0.xml'), 'utf8').includes('later-bericht'),
      search: index.some((fragment) => fragment.includes('Een bericht voor december')),
      openData: (JSON.parse(readFileSync(path.join(out, 'data/netwerken.json'), 'utf8')) as { networks: { id: string; newsCount: number }[] }).networks.find((n) => n.id === 'delfshaven')!.newsCount,
      // Its photo, in any form the build writes it (helper-55: before its day too, as an unlinked file).
      photo: readdirSync(out, { recursive: true, encoding: 'utf8' }).some((file) => file.includes('decemberfoto')),
    };
  };

  it('a news item dated after today is absent everywhere until its day, and then present everywhere', async () => {
    const before = await buildOn('2026-11-30T12:00:00Z');
    expect(before.status, before.output).toBe(0);
    expect(before.output).toContain('Gepland: ');
    expect(before.output).toMatch(/later-bericht\.md verschijnt op 1 december 2026\./);
    const hidden = everywhere(before.out);
    const onDay = await buildOn('2026-12-01T06:00:00Z');
    expect(onDay.status, onDay.output).toBe(0);
    const shown = everywhere(onDay.out);
    for (const where of ['page', 'list', 'network', 'tag', 'feed', 'sitemap', 'search', 'photo'] as const) {
      expect(hidden[where], `${where} before its day`).toBe(false);
      expect(shown[where], `${where} on its day`).toBe(true);
    }
    expect(shown.openData).toBe(hidden.openData + 1); // the network's news count in the open data follows
  });

  it('npm run check says which items are scheduled and when they appear', async () => {
    const root = tmpDir('scheduled-check');
    const content = writeTree(path.join(root, 'content'), [...baseline(), scheduled]);
    await makePhoto(path.join(content, 'news/decemberfoto.jpg'), 800);
    writeFileSync(path.join(content, 'trefwoorden.yaml'), 'later: Later\n');
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--alleen-inhoud'], { cwd: projectRoot, encoding: 'utf8', env: childEnv({ CONTENT_DIR: content, PUBLISH_AT: '2026-11-23' }) });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('Gepland (gaat vanzelf online bij de dagelijkse build op die dag):\n  tests/.tmp/scheduled-check/content/news/later-bericht.md verschijnt op 1 december 2026.');
  });
});

/** `astro dev` on a content folder, on a free port; `page` waits until the server answers with that page. */
function startDev(content: string) {
  const port = 4400 + Math.floor(Math.random() * 500);
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: childEnv({ CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }),
    stdio: 'pipe',
  });
  let log = '';
  dev.stdout.on('data', (d) => (log += d));
  dev.stderr.on('data', (d) => (log += d));
  const fetchPage = (urlPath: string) => fetch(`http://127.0.0.1:${port}${urlPath}`).then((r) => (r.ok ? r.text() : ''), () => '');
  return {
    log: () => log,
    stop: () => dev.kill(),
    fetch: fetchPage,
    /** Polls `done` for up to 30 s; whether it came true. */
    async until(done: () => Promise<boolean>): Promise<boolean> {
      for (let i = 0; i < 60; i++) {
        if (await done()) return true;
        await new Promise((r) => setTimeout(r, 500));
      }
      return false;
    },
    async page(urlPath: string): Promise<string> {
      let html = '';
      for (let i = 0; i < 120 && !html; i++) {
        await new Promise((r) => setTimeout(r, 500));
        html = await fetchPage(urlPath);
      }
      return html;
    },
  };
}

describe('on GitHub Actions', () => {
  it('npm run check prints each problem as an annotation on its line, changed files first, and writes the summary', () => {
    const root = tmpDir('github');
    let files = withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ date: '29-11-2023' }) });
    files = withFile(files, { collection: 'news', name: 'ander-bericht.md', data: validNews({ category: 'sport' }) });
    const content = writeTree(path.join(root, 'content'), files);
    const summary = path.join(root, 'samenvatting.md');
    writeFileSync(summary, '');
    const changed = 'tests/.tmp/github/content/news/bericht.md';
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--alleen-inhoud'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: childEnv({ CONTENT_DIR: content, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, CHANGED_FILES: changed }),
    });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '));
    expect(annotations).toEqual([
      `::error file=${changed},line=4,title=date::gevonden: "29-11-2023" (dag-maand-jaar); verwacht jaar-maand-dag: 2023-11-29`,
      expect.stringMatching(/^::error file=tests\/\.tmp\/github\/content\/news\/ander-bericht\.md,line=5,title=category::gevonden: "sport"; verwacht één van: /),
    ]);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('| ` tests/.tmp/github/content/news/bericht.md ` | 4 | ` date ` | "29-11-2023" (dag-maand-jaar) | verwacht jaar-maand-dag: 2023-11-29 |');
    expect(markdown).toContain('2 problemen in 2 bestanden.');
  });

  it('a likely misspelling is a warning with a suggestion, never an error; a known name is none', () => {
    const root = tmpDir('github-spelling');
    const content = writeTree(path.join(root, 'content'), withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ description: 'De vrijwiligers van Laurens in Delfshaven kregen een certificaat.' }) }));
    const summary = path.join(root, 'samenvatting.md');
    writeFileSync(summary, '');
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--alleen-inhoud'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: childEnv({ CONTENT_DIR: content, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary }),
    });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain('Spelling (advies; dit houdt niets tegen):');
    expect(run.stdout).toContain('::warning file=tests/.tmp/github-spelling/content/news/bericht.md,line=3,title=description::gevonden: "vrijwiligers", dat niet in het woordenboek staat; verwacht misschien "vrijwilligers"');
    expect(run.stdout).not.toMatch(/"(Laurens|Delfshaven)", dat niet/);
    expect(run.stdout).not.toContain('::error');
    expect(readFileSync(summary, 'utf8')).toContain('Advies: foto’s, koppen en spelling (dit houdt niets tegen)');
  });

  it('prints nothing of this outside GitHub Actions', () => {
    const content = writeTree(path.join(tmpDir('github-off'), 'content'), withFile(baseline(), { collection: 'news', name: 'bericht.md', data: validNews({ date: '29-11-2023' }) }));
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--alleen-inhoud'], { cwd: projectRoot, encoding: 'utf8', env: childEnv({ CONTENT_DIR: content, GITHUB_ACTIONS: '' }) });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('::error');
  });
});

describe('astro dev with a content problem', () => {
  it('prints the problem list and what to do next, without machinery, and keeps previewing the rest', async () => {
    const broken = { collection: 'news' as const, name: 'kapot.md', data: validNews({ title: 'Kapot bericht', date: '29-11-2023' }) };
    const content = writeTree(path.join(tmpDir('dev-problem'), 'content'), [...baseline(), broken]);
    const dev = startDev(content);
    try {
      const html = await dev.page('/nieuws/');
      const log = dev.log();
      expect(html, log).toContain('Een bericht uit Delfshaven');
      expect(html).not.toContain('Kapot bericht');
      expect(log).toMatch(/content\/news\/kapot\.md:\d+  date — gevonden: "29-11-2023"/);
      expect(log).toContain('Wat nu: de preview draait door zonder deze bestanden.');
      for (const machinery of [/InvalidContentEntryDataError/, /Location:/, /Stack trace/, /\n\s+at [\w.<>]+ \(/]) expect(log, String(machinery)).not.toMatch(machinery);
    } finally {
      dev.stop();
    }
  });

  it('shows a saved change, tells a new mistake at once, and says when a file left out is right again (helper-37)', async () => {
    const broken = { collection: 'news' as const, name: 'kapot.md', data: validNews({ title: 'Kapot bericht', date: '29-11-2023' }) };
    const content = writeTree(path.join(tmpDir('dev-save'), 'content'), [...baseline(), broken]);
    const dev = startDev(content);
    const news = path.join(content, 'news');
    const [valid] = readdirSync(news).filter((name) => name !== 'kapot.md' && name.endsWith('.md'));
    const file = path.join(news, valid!);
    const urlPath = `/nieuws/${valid!.replace(/\.md$/, '')}/`;
    try {
      const before = await dev.page(urlPath);
      expect(before, dev.log()).toContain('<h1');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Een bewaarde nieuwe titel'));
      expect(await dev.until(async () => (await dev.fetch(urlPath)).includes('Een bewaarde nieuwe titel')), dev.log()).toBe(true);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 03-12-2026'));
      expect(await dev.until(async () => /news\/[\w-]+\.md:\d+  date — gevonden: "03-12-2026" \(dag-maand-jaar\); verwacht jaar-maand-dag: 2026-12-03/.test(dev.log())), dev.log()).toBe(true);
      expect(dev.log()).toContain('Tot dan toont de preview de vorige versie van het bestand.');
      writeFileSync(path.join(news, 'kapot.md'), readFileSync(path.join(news, 'kapot.md'), 'utf8').replace(/^date: .*$/m, 'date: 2023-11-29'));
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2023-11-29'));
      expect(await dev.until(async () => /Nu in orde: tests\/\.tmp\/dev-save\/content\/news\/kapot\.md\. De preview liet dit bestand bij de start weg; stop de preview/.test(dev.log())), dev.log()).toBe(true);
    } finally {
      dev.stop();
    }
  });
});
