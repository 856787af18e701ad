/**
 * The W3C Nu Html Checker (npm `vnu-jar`, run on the machine's Java): every
 * file in one run, since each start of the Java checker costs seconds.
 * Returns its errors (fatal ones included) per file; warnings are left out.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The checker itself, as the npm package ships it (its own Java download is not run: the machine's Java is used). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

export function nuCheckerErrors(files: readonly string[]): Map<string, string[]> {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error || run.status !== 0) {
    throw new Error(`De W3C-validator (vnu.jar) draait op Java, en dat lukte niet: ${run.error?.message ?? run.stderr}. Installeer Java met: apt-get install -y default-jre-headless`);
  }
  const errors = new Map<string, string[]>(files.map((file) => [path.resolve(file), []]));
  for (const m of (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages) {
    if (m.type === 'info') continue;
    const file = m.url ? path.resolve(decodeURIComponent(new URL(m.url).pathname)) : '';
    const list = errors.get(file) ?? [];
    list.push(`${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.subType === 'fatal' ? 'fatal: ' : ''}${m.message}`);
    errors.set(file, list);
  }
  return errors;
}
