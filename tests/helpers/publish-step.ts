/**
 * A stand-in build for the crash test: makes a site that says `label` in a new
 * version folder and publishes it with the real publish-folder.ts, killing
 * itself (SIGKILL, no clean-up) at the step named in argv[3], if any.
 *   node tests/helpers/publish-step.ts <outDir> <label> [step]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prepareVersion, publishVersion, type Step } from '../../scripts/publish-folder.ts';

const [outDir, label, stopAt] = process.argv.slice(2) as [string, string, Step | 'gebouwd' | undefined];
const stop = (step: string) => {
  if (step === stopAt) process.kill(process.pid, 'SIGKILL');
};
const version = prepareVersion(outDir, stop);
mkdirSync(path.join(version, 'nieuws'), { recursive: true });
writeFileSync(path.join(version, 'nieuws/index.html'), `<p>nieuws ${label}</p>`);
stop('half-gebouwd');
writeFileSync(path.join(version, 'index.html'), `<p>${label}</p>`);
stop('gebouwd');
publishVersion(outDir, version, stop);
