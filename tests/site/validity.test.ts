/**
 * Every built HTML page is valid HTML (html-validate, recommended rules, and
 * the W3C's own Nu Html Checker), and every internal link and asset resolves
 * to a built file, every #fragment to an id.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/build.ts';
import { builtPages, fileOf, page } from '../helpers/dist.ts';
import { nuCheckerErrors } from '../helpers/nu-checker.ts';

/**
 * html-validate's recommended rules, with these choices:
 * - no-inline-style stays on: the CSP allows no inline style anyway;
 * - require-sri is off: every script and stylesheet comes from the site's own origin;
 * - no-trailing-whitespace and attribute quoting are left to Astro's output;
 * - long-title allows 100 characters: a page's own title is at most 70 (src/lib/page-title.ts), then " | " and the site name.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  elements: ['html5'],
  rules: {
    'require-sri': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'long-title': ['error', { maxlength: 100 }],
  },
};

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
const pages = builtPages();

describe('HTML validity', () => {
  it.each(pages)('%s has no html-validate errors', async (url) => {
    const report = await validator.validateString(readFileSync(fileOf(url), 'utf8'), url);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

describe('the W3C Nu Html Checker (vnu.jar)', () => {
  // A page with a script after </html>, as /zoeken/ once was: the checker must stop on it, or it checks nothing.
  const broken = path.join(tmpDir('nu-checker'), 'script-na-html.html');
  let errors: Map<string, string[]>;
  beforeAll(() => {
    mkdirSync(path.dirname(broken), { recursive: true });
    writeFileSync(broken, '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>x</title></head><body><p>x</p></body></html><script type="module" src="/x.js"></script>');
    errors = nuCheckerErrors([...pages.map((url) => fileOf(url)), broken]);
  }, 180_000);

  it('stops on a script written after </html>', () => {
    expect(errors.get(broken)!.join('\n')).toContain('Stray start tag “script”');
  });

  it.each(pages)('%s has no errors', (url) => {
    expect(errors.get(path.resolve(fileOf(url)))).toEqual([]);
  });
});

describe('internal links', () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let set = ids.get(path);
    if (!set) ids.set(path, (set = new Set(page(path).querySelectorAll('[id]').map((el) => el.id))));
    return set;
  };

  it('every href and src on every page resolves to a built file, every fragment to an id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const url of pages) {
      const doc = page(url);
      const refs = [
        ...doc.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
        ...doc.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
      ];
      for (const ref of refs) {
        if (/^(https?:|mailto:|tel:|data:)/.test(ref) && !ref.startsWith('https://zorgwelzijn-rotterdam.nl/')) continue;
        const target = new URL(ref, `https://zorgwelzijn-rotterdam.nl${url}`);
        const path = target.pathname;
        checked++;
        if (!existsSync(fileOf(path))) {
          broken.push(`${url} → ${ref}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && path.endsWith('/') && !idsOf(path).has(fragment)) broken.push(`${url} → ${ref} (geen id "${fragment}")`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });
});
