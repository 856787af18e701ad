/**
 * Every built HTML page is valid HTML (html-validate, recommended rules), and
 * every internal link and asset resolves to a built file, every #fragment to an id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, fileOf, page } from '../helpers/dist.ts';

/**
 * html-validate's recommended rules, with these choices:
 * - no-inline-style stays on: the CSP allows no inline style anyway;
 * - require-sri is off: every script and stylesheet comes from the site's own origin;
 * - no-trailing-whitespace and attribute quoting are left to Astro's output.
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
