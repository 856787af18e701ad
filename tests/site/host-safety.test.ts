/**
 * What keeps a reader safe on a host that sends no headers at all (GitHub
 * Pages), read from the built site: no active SVG, every page's own CSP in a
 * meta tag, no page that redirects or posts, and no id of an entry that could
 * take one of the site's own addresses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, SECTION } from '../../src/lib/content-model.ts';
import { reservedIdReason } from '../../src/lib/validation/check-entries.ts';
import { publishedEntries } from '../helpers/content-index.ts';
import { builtPages, page, siteDir } from '../helpers/dist.ts';

describe('on any host', () => {
  it('every SVG the site publishes is a drawing only: no script, handler, foreignObject or outside reference', () => {
    const svgs = globSync('**/*.svg', { cwd: siteDir(), ignore: ['beheer/**'] });
    expect(svgs.length).toBeGreaterThan(0); // the favicon at least
    for (const file of svgs) {
      const svg = parse(readFileSync(path.join(siteDir(), file), 'utf8'));
      expect(svg.querySelectorAll('script, foreignObject, iframe, embed, object').map((e) => e.rawTagName), file).toEqual([]);
      for (const element of svg.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name, `${file}: <${element.rawTagName} ${name}>`).not.toMatch(/^on/i);
          if (/href$/i.test(name)) expect(value, `${file}: ${name}`).toMatch(/^#/);
        }
      }
    }
  });

  it('every page carries its own Content-Security-Policy, and none redirects, posts or embeds', () => {
    for (const url of builtPages()) {
      const doc = page(url);
      const csp = doc.querySelectorAll('meta').find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')?.getAttribute('content') ?? '';
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).toContain("base-uri 'self'");
      expect(doc.querySelectorAll('meta').filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'refresh'), url).toEqual([]);
      expect(doc.querySelectorAll('base, object, embed, iframe').length, url).toBe(0);
      for (const form of doc.querySelectorAll('form')) expect(form.getAttribute('action'), `${url}: a form posts only to the site's own search`).toBe('/zoeken/');
    }
  });

  it('no entry may take a name the built site uses itself: every such name is refused as an id', async () => {
    const site = siteDir();
    const own = new Set((await publishedEntries()).all().map((e) => `${e.collection}/${e.id}`));
    // Top level: the pages collection lives at /<id>/.
    for (const name of globSync('*', { cwd: site, onlyFiles: false, dot: true }).map((n) => n.replace(/\/$/, ''))) {
      const id = name.replace(/\.[^.]+$/, '').toLowerCase().replace(/^_+/, '');
      if (own.has(`pages/${id}`) || !/^[a-z0-9-]+$/.test(id)) continue;
      expect(reservedIdReason('pages', id), `a page named ${id} would collide with /${name}`).toBeDefined();
    }
    // Inside each section: what is not an entry of that collection is a list page of the site.
    for (const collection of COLLECTIONS.filter((c) => c !== 'pages')) {
      for (const name of globSync('*/', { cwd: path.join(site, SECTION[collection]), onlyDirectories: true }).map((n) => n.replace(/\/$/, ''))) {
        if (own.has(`${collection}/${name}`)) continue;
        expect(reservedIdReason(collection, name), `${collection}: an entry named ${name} would collide with /${SECTION[collection]}/${name}/`).toBeDefined();
      }
    }
  });
});
