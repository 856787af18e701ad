/** Reading a built site: its HTML pages, parsed with a real HTML parser. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { globSync } from 'tinyglobby';

export function siteDir(): string {
  const dir = process.env.SITE_DIR;
  if (!dir) throw new Error('SITE_DIR is not set: run these tests through `npm test`.');
  return dir;
}

/** URL paths of every built HTML page of the site ("/", "/nieuws/", "/404.html"); the web editor at /beheer/ has its own tests (cms.test.ts). */
export function builtPages(dir = siteDir()): string[] {
  return globSync('**/*.html', { cwd: dir, ignore: ['pagefind/**', 'beheer/**'] })
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}

/**
 * One page of each template: the first of the pages whose paths differ only after their first segment
 * ("/nieuws/a/" and "/nieuws/b/" share one; "/nieuws/" and each page at the top level have their own).
 */
export function onePerTemplate(pages: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const page of pages) {
    const [path, query] = page.split('?') as [string, string?];
    const template = path.replace(/^(\/[^/]+\/)(.+)$/, (_all, first: string, rest: string) => first + rest.replace(/[^/]+/g, '*')) + (query ? '?' : '');
    if (!seen.has(template)) seen.set(template, page);
  }
  return [...seen.values()];
}

export function fileOf(urlPath: string, dir = siteDir()): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return path.join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, HTMLElement>();
export function page(urlPath: string, dir = siteDir()): HTMLElement {
  const file = fileOf(urlPath, dir);
  let doc = cache.get(file);
  if (!doc) {
    doc = parse(readFileSync(file, 'utf8'), { comment: false });
    cache.set(file, doc);
  }
  return doc;
}

/** Visible text with block elements (dt, dd, td, p, li …) separated by spaces, as a reader sees it. */
export const text = (el: HTMLElement | null | undefined) => (el?.structuredText ?? '').replace(/\s+/g, ' ').trim();
export const hrefs = (el: HTMLElement, selector = 'a') => el.querySelectorAll(selector).map((a) => a.getAttribute('href') ?? '');
