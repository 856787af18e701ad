/**
 * Which Chromium or Chrome the browser tests, the audit and the benchmarks
 * drive: CHROMIUM_PATH when set, else the first one this machine has: Debian's
 * chromium, Ubuntu's chromium-browser or its snap, Google Chrome on Linux,
 * macOS or Windows, or Chromium on macOS. Nothing is ever downloaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where each platform keeps its browsers, in the order they are tried. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.map((root) => path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
}

/** The browser to use, or undefined when the machine has none (CHROMIUM_PATH is taken as given, even when wrong, so its error names it). */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return browserCandidates(platform, env).find((file) => exists(file));
}

/** Is this Debian or Ubuntu (or a derivative), where `apt-get install chromium` works? */
export function isDebianLike(osRelease = (() => {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
})()): boolean {
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
}

/** What to tell someone whose machine has no browser the tests can use. */
export function installAdvice(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin' || platform === 'win32') return 'Installeer Google Chrome (https://www.google.com/chrome/), of zet CHROMIUM_PATH op het pad van een Chromium of Chrome.';
  return 'Installeer Chromium, op Debian of Ubuntu met: sudo apt-get update && sudo apt-get install -y chromium (Ubuntu: chromium-browser), of zet CHROMIUM_PATH op het pad van een Chromium of Chrome.';
}
