/** Builds the real site once for the build-output tests, into tests/.tmp/site. */
import { runBuild, tmpDir } from '../helpers/build.ts';

export default function setup() {
  const out = tmpDir('site');
  const { status, output } = runBuild(out);
  if (status !== 0) throw new Error(`De build van de site is mislukt:\n${output}`);
  process.env.SITE_DIR = out;
}
