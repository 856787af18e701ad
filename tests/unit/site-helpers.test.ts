import { describe, expect, it, vi } from 'vitest';
import { editUrl } from '../../src/lib/edit-link.ts';
import { lastUpdated, parseGitLog, readGitDates } from '../../src/lib/git-dates.ts';
import { parseHeadersFile } from '../../src/lib/headers-file.ts';
import { ADMIN_CONTENT_SECURITY_POLICY, ADMIN_HEADERS, CONTENT_SECURITY_POLICY, headersFile, META_CSP_DIRECTIVES, nginxSnippet, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { administrativeArea, breadcrumbList, newsArticle, project, serializeJsonLd } from '../../src/lib/structured-data.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('git dates', () => {
  const log = '\u00002024-03-01T10:00:00+01:00\n\ncontent/news/a.md\ncontent/news/b.md\n\u00002023-01-01T09:00:00+01:00\n\ncontent/news/a.md\ncontent/news/c.md\n';
  it('takes the newest commit per file from one git log', () => {
    const dates = parseGitLog(log);
    expect(dates.get('content/news/a.md')?.toISOString()).toBe('2024-03-01T09:00:00.000Z');
    expect(dates.get('content/news/c.md')?.toISOString()).toBe('2023-01-01T08:00:00.000Z');
    expect(dates.size).toBe(3);
  });
  it('gives no dates in a shallow clone, and none without git', () => {
    const shallow = (args: string[]) => (args[0] === 'rev-parse' ? 'true\n' : log);
    expect(readGitDates('.', 'content', shallow)).toBeUndefined();
    const noGit = () => {
      throw new Error('git: command not found');
    };
    expect(readGitDates('.', 'content', noGit)).toBeUndefined();
    const full = (args: string[]) => (args[0] === 'rev-parse' ? 'false\n' : log);
    expect(readGitDates('.', 'content', full)?.size).toBe(3);
  });
  it('prefers frontmatter `updated`, then git, then the entry’s own date', () => {
    expect(lastUpdated(day('2024-05-05'), day('2024-06-06'), day('2020-01-01'))).toEqual(day('2024-05-05'));
    expect(lastUpdated(undefined, day('2024-06-06'), day('2020-01-01'))).toEqual(day('2024-06-06'));
    expect(lastUpdated(undefined, undefined, day('2020-01-01'))).toEqual(day('2020-01-01'));
    expect(lastUpdated(undefined, undefined, undefined)).toBeUndefined();
  });
});

describe('edit links', () => {
  it('point at the file in the repository’s editor, only for files inside it', () => {
    expect(editUrl('https://github.com/o/r', 'main', 'content/news/a.md')).toBe('https://github.com/o/r/edit/main/content/news/a.md');
    expect(editUrl('https://github.com/o/r', 'main', '/tmp/x/content/news/a.md')).toBeUndefined();
    expect(editUrl('https://github.com/o/r', 'main', '../elders/a.md')).toBeUndefined();
    expect(editUrl('https://github.com/o/r', 'main', undefined)).toBeUndefined();
  });
});

describe('structured data', () => {
  it('builds a breadcrumb list with positions from 1', () => {
    expect(breadcrumbList([{ name: 'Home', url: 'https://x/' }, { name: 'Nieuws', url: 'https://x/nieuws/' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x/' },
      { '@type': 'ListItem', position: 2, name: 'Nieuws', item: 'https://x/nieuws/' },
    ]);
  });
  it('builds a NewsArticle with ISO dates, the publisher as author when there is none', () => {
    const a = newsArticle({ url: 'u', headline: 'Kop', description: 'd', datePublished: day('2023-11-29'), image: 'i', publisher: { name: 'P', url: 'p', logo: 'l' } });
    expect(a).toMatchObject({ '@type': 'NewsArticle', datePublished: '2023-11-29', dateModified: '2023-11-29', author: { '@type': 'Organization', name: 'P' } });
  });
  it('builds a Place for an area and a Project with its organisations', () => {
    expect(administrativeArea({ url: 'u', name: 'Pernis', description: 'd' }).containedInPlace).toMatchObject({ name: 'Rotterdam' });
    const p = project({ url: 'u', name: 'n', description: 'd', status: 'Lopend', start: day('2023-01-01'), lead: { name: 'L', url: 'l' } });
    expect(p).toMatchObject({ '@type': 'Project', foundingDate: '2023-01-01', parentOrganization: { name: 'L' } });
  });
  it('escapes "<" so a title can never close the script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});

describe('security headers', () => {
  it('gives every top-level path the site\'s policy and /beheer/ the editor\'s, each exactly once, with the other headers everywhere', () => {
    const rules = parseHeadersFile(headersFile(['nieuws/', 'rss.xml', 'beheer/', '_headers']));
    const headersFor = (pathname: string) => rules.filter((r) => r.matches(pathname)).flatMap((r) => r.headers);
    const policies = (pathname: string) => headersFor(pathname).filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value);
    for (const pathname of ['/', '/nieuws/', '/nieuws/x/', '/rss.xml']) expect(policies(pathname), pathname).toEqual([CONTENT_SECURITY_POLICY]);
    expect(policies('/beheer/')).toEqual([ADMIN_CONTENT_SECURITY_POLICY]);
    expect(policies('/beheer/config.yml')).toEqual([ADMIN_CONTENT_SECURITY_POLICY]);
    // Every header once per path: the site's set on its pages, the editor's on /beheer/.
    const sorted = (headers: [string, string][]) => [...headers].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(headersFor('/nieuws/x/'))).toEqual(sorted(SECURITY_HEADERS));
    expect(sorted(headersFor('/beheer/'))).toEqual(sorted(ADMIN_HEADERS));
    expect(ADMIN_HEADERS).toContainEqual(['Cross-Origin-Opener-Policy', 'same-origin-allow-popups']);
    expect(rules.map((r) => r.pattern)).not.toContain('/_headers');
  });
  it('documents a /beheer/ location for nginx that repeats every header with the editor\'s policy', () => {
    const location = nginxSnippet().split('location /beheer/ {')[1]!;
    expect(location).toContain(`add_header Content-Security-Policy "${ADMIN_CONTENT_SECURITY_POLICY}" always;`);
    expect(location.match(/add_header /g)).toHaveLength(ADMIN_HEADERS.length);
  });
  it('matches path patterns exactly', () => {
    const [rule] = parseHeadersFile('/pagefind/*\n  Cache-Control: max-age=60\n');
    expect(rule!.matches('/pagefind/pagefind.js')).toBe(true);
    expect(rule!.matches('/nieuws/')).toBe(false);
    expect(() => parseHeadersFile('  X: y')).toThrow(/zonder pad/);
  });
  it('leaves out of the meta CSP what Astro sets or browsers ignore there', () => {
    expect(META_CSP_DIRECTIVES.some((d) => d.startsWith('frame-ancestors') || d.startsWith('script-src'))).toBe(false);
    expect(nginxSnippet()).toMatch(/^add_header Content-Security-Policy "default-src 'self';/);
  });
});

describe('page titles', async () => {
  const { pageTitle } = await import('../../src/lib/page-title.ts');
  it('always ends with the site name; only a page title over 70 characters is shortened, at a word', () => {
    expect(pageTitle('Nieuws', 'Zorg en Welzijn Rotterdam')).toBe('Nieuws | Zorg en Welzijn Rotterdam');
    const long = 'Veertien coöperatieve netwerken van zorg en welzijn ondertekend';
    expect(pageTitle(long, 'Zorg en Welzijn Rotterdam')).toBe(`${long} | Zorg en Welzijn Rotterdam`);
    const tooLong = 'Een heel lange titel die echt veel langer is dan zeventig tekens, zoals deze hier';
    expect(pageTitle(tooLong, 'Zorg en Welzijn Rotterdam')).toBe('Een heel lange titel die echt veel langer is dan zeventig tekens… | Zorg en Welzijn Rotterdam');
  });
});

describe('page weight', async () => {
  const { kindOf, overBudget, sumWeights, weightTable } = await import('../../src/lib/weight.ts');
  it('sorts responses into kinds by content type', () => {
    expect(kindOf('text/html; charset=utf-8', '/')).toBe('html');
    expect(kindOf('text/css', '/a.css')).toBe('css');
    expect(kindOf('application/javascript', '/a.js')).toBe('js');
    expect(kindOf('application/octet-stream', '/pagefind/wasm.nl.pagefind')).toBe('other');
    expect(kindOf('application/wasm', '/x')).toBe('js');
    expect(kindOf('font/woff2', '/f.woff2')).toBe('font');
    expect(kindOf('image/svg+xml', '/favicon.svg')).toBe('image');
  });
  it('sums and checks against a budget', () => {
    const w = sumWeights([{ contentType: 'text/html', url: '/', bytes: 1000 }, { contentType: 'text/javascript', url: '/a.js', bytes: 500 }]);
    expect(w).toMatchObject({ html: 1000, js: 500, total: 1500, requests: 2 });
    expect(overBudget(w, { js: 0, html: 2000 })).toEqual(['js 500 B > 0 B']);
    expect(weightTable([{ type: 'home', weights: w }]).split('\n')[1]).toMatch(/^home\s+1\.0\s+0\.0\s+0\.5/);
  });
});

describe('the project’s own Node', async () => {
  const { readFileSync } = await import('node:fs');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  it('pins the node package to 24.x and lets its install script run, so npm scripts run on Node ≥ 22.12', () => {
    expect(pkg.devDependencies.node).toMatch(/^\^?24\./);
    expect(pkg.allowScripts).toMatchObject({ node: true, esbuild: true });
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});

describe('browser helper', () => {
  // Loading playwright-core afresh takes 1-6 s on a busy machine (5.9 s beside a mutation run, 2 December): an import, not a wait.
  it('says how to install Chromium when it is missing, and downloads nothing', { timeout: 30_000 }, async () => {
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/geen/chromium/hier';
    try {
      vi.resetModules();
      const { launchBrowser } = await import('../helpers/browser.ts');
      await expect(launchBrowser()).rejects.toThrow('Geen Chromium of Chrome gevonden op /geen/chromium/hier. Installeer Chromium, op Debian of Ubuntu met: sudo apt-get update && sudo apt-get install -y chromium');
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });
});

describe('finding a browser', () => {
  it('takes CHROMIUM_PATH, else the first browser the platform has, in a fixed order', async () => {
    const { findBrowser } = await import('../../scripts/browser-path.ts');
    const has = (...files: string[]) => (file: string) => files.includes(file);
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, has(), 'linux')).toBe('/opt/chrome');
    expect(findBrowser({}, has('/usr/bin/chromium', '/usr/bin/google-chrome'), 'linux')).toBe('/usr/bin/chromium');
    expect(findBrowser({}, has('/usr/bin/google-chrome-stable'), 'linux')).toBe('/usr/bin/google-chrome-stable');
    expect(findBrowser({}, has('/snap/bin/chromium'), 'linux')).toBe('/snap/bin/chromium');
    expect(findBrowser({}, has('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'), 'darwin')).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const windows = 'C:\\Users\\ed\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\ed\\AppData\\Local' }, has(windows), 'win32')).toBe(windows);
    expect(findBrowser({}, has(), 'linux')).toBeUndefined();
  });
  it('knows Debian and Ubuntu, where npm test installs Chromium itself', async () => {
    const { isDebianLike, installAdvice } = await import('../../scripts/browser-path.ts');
    expect(isDebianLike('ID=debian\nVERSION_ID="12"')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"')).toBe(true);
    expect(isDebianLike('ID=fedora')).toBe(false);
    expect(installAdvice('darwin')).toContain('Google Chrome');
  });
  it('npm test first makes sure there is one', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.scripts.pretest).toBe('node scripts/ensure-browser.ts');
  });
});
