/**
 * Runs before `npm test`: the browser tests need a Chromium or Chrome. When the
 * machine has none and is Debian or Ubuntu, it is installed from the
 * distribution's packages (as root, or through sudo without a password);
 * elsewhere the tests stop here with what to install. Nothing is downloaded
 * from anywhere else.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser, installAdvice, isDebianLike } from './browser-path.ts';

const found = findBrowser();
if (found) process.exit(0);

if (process.platform === 'linux' && isDebianLike()) {
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  const run = (args: string[]) => {
    const [command, ...rest] = [...sudo, ...args];
    return spawnSync(command!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  console.log('Geen Chromium of Chrome gevonden voor de browsertests; installeren uit de pakketten van Debian/Ubuntu …');
  if (run(['apt-get', 'update', '-qq']) && (run(['apt-get', 'install', '-y', '-qq', 'chromium']) || run(['apt-get', 'install', '-y', '-qq', 'chromium-browser'])) && findBrowser()) {
    console.log(`Chromium geïnstalleerd: ${findBrowser()}`);
    process.exit(0);
  }
  console.error(`Chromium kon niet worden geïnstalleerd${asRoot ? '' : ' (sudo vroeg om een wachtwoord of ontbreekt)'}.`);
}
console.error(installAdvice());
process.exit(1);
