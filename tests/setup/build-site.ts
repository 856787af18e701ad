/**
 * Builds what the site tests read, once: the real site from content/ into
 * tests/.tmp/site, and a fixture site with enough news to paginate into
 * tests/.tmp/fixture-site.
 */
import path from 'node:path';
import { runBuild, tmpDir } from '../helpers/build.ts';
import { baseline, FIXTURE_OWNER, validNews, writeTree } from '../helpers/content.ts';

function build(out: string, content?: string, env: NodeJS.ProcessEnv = {}) {
  const { status, output } = runBuild(out, content, env);
  if (status !== 0) throw new Error(`De build is mislukt:\n${output}`);
}

export default function setup() {
  const site = tmpDir('site');
  build(site);
  process.env.SITE_DIR = site;

  const fixture = tmpDir('fixture-site');
  const news = Array.from({ length: 24 }, (_, i) => ({
    collection: 'news' as const,
    name: `bericht-${i + 1}.md`,
    data: validNews({ title: `Bericht nummer ${i + 1} uit de wijk`, date: `2022-02-${String(i + 1).padStart(2, '0')}` }),
  }));
  const statements = ['toegankelijkheid', 'privacy'].map((id) => ({
    collection: 'pages' as const,
    name: `${id}.md`,
    data: { title: `Verklaring ${id}`, description: 'Een verklaring met een beschrijving die lang genoeg is.' },
  }));
  const content = writeTree(path.join(tmpDir('fixture-content'), 'content'), [...baseline(), ...news, ...statements]);
  // Built as the deploy build, with who runs it set: the footer and statements show it (tests/site/reader.test.ts).
  build(fixture, content, { SITE_DEPLOY: '1', ...FIXTURE_OWNER });
  process.env.FIXTURE_SITE_DIR = fixture;
}
