/**
 * Builds what the site tests read, once: the real site from content/ into
 * tests/.tmp/site, and a fixture site into tests/.tmp/fixture-site with enough
 * news to paginate and the synthetic search cases (tests/helpers/search-fixture.ts).
 */
import path from 'node:path';
import { runBuild, tmpDir } from '../helpers/build.ts';
import { baseline, FIXTURE_OWNER, validProject, writeTree } from '../helpers/content.ts';
import { fixtureNews, searchFixtureFiles } from '../helpers/search-fixture.ts';

function build(out: string, content?: string, env: NodeJS.ProcessEnv = {}) {
  const { status, output } = runBuild(out, content, env);
  if (status !== 0) throw new Error(`De build is mislukt:\n${output}`);
}

export default function setup() {
  const site = tmpDir('site');
  build(site);
  process.env.SITE_DIR = site;

  const fixture = tmpDir('fixture-site');
  const synthetic = searchFixtureFiles();
  const replaced = (f: { collection: string; name: string }) => synthetic.some((s) => s.collection === f.collection && s.name === f.name);
  const statements = ['toegankelijkheid', 'privacy'].map((id) => ({
    collection: 'pages' as const,
    name: `${id}.md`,
    data: { title: `Verklaring ${id}`, description: 'Een verklaring met een beschrijving die lang genoeg is.' },
  }));
  // A project with a result beside its target, so a chart with a hatched bar is built (the real projects have one figure each).
  const target = {
    collection: 'projects' as const,
    name: 'doel-en-resultaat.md',
    data: validProject({ title: 'Project met een doel', figures: [{ label: 'Deelnemers gestart', value: 12, unit: 'personen', kind: 'resultaat' }, { label: 'Deelnemers', value: 20, unit: 'personen', kind: 'doel' }] }),
    // A table with its number column aligned right, as Markdown writes it: a style attribute the policy allows by its hash.
    body: 'Per jaar:\n\n| Jaar | Deelnemers |\n| :--- | ---: |\n| 2023 | 12 |\n| 2024 | 20 |\n',
  };
  const files = [...baseline().filter((f) => !replaced(f)), ...synthetic, ...fixtureNews(24), ...statements, target];
  const content = writeTree(path.join(tmpDir('fixture-content'), 'content'), files);
  // Built as the deploy build, with who runs it set: the footer and statements show it (tests/site/reader.test.ts).
  build(fixture, content, { SITE_DEPLOY: '1', ...FIXTURE_OWNER });
  process.env.FIXTURE_SITE_DIR = fixture;
}
