/**
 * Public-sector essentials on the real site: the open-data files against the
 * collections, the security headers, and the statements' content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/lib/headers-file.ts';
import { CONTENT_SECURITY_POLICY, nginxSnippet, SECURITY_HEADERS } from '../../src/lib/security-headers.ts';
import { projectRoot } from '../helpers/build.ts';
import { publishedEntries } from '../helpers/content-index.ts';
import { builtPages, page, siteDir, text } from '../helpers/dist.ts';

const read = (file: string) => readFileSync(path.join(siteDir(), file), 'utf8');

describe('open data', () => {
  it('projecten.csv has one row per key figure, parses with Dutch settings and matches the collection', async () => {
    const raw = read('data/projecten.csv');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(raw, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    const projects = (await publishedEntries()).of('projects');
    const expected = projects.flatMap((p) => (p.data.figures ?? []).map((f: any) => ({ id: p.id, f })));
    expect(rows).toHaveLength(expected.length);
    for (const { id, f } of expected) {
      const row = rows.find((r) => r['Project-id'] === id && r.Kerncijfer === f.label && r.Soort === f.kind);
      expect(row, `${id}/${f.label}`).toBeDefined();
      expect(Number(row!.Waarde!.replace(',', '.'))).toBe(f.value);
      expect(row!.Eenheid).toBe(f.unit ?? '');
      expect(row!.Webadres).toBe(`https://zorgwelzijn-rotterdam.nl/projecten/${id}/`);
      expect(row!.Licentie).toBe('CC BY 4.0');
    }
    const zorgThuis = rows.find((r) => r['Project-id'] === 'zorg-thuis-en-in-de-buurt')!;
    expect(zorgThuis.Netwerken).toBe('Delfshaven');
    expect(zorgThuis.Status).toBe('afgerond');
    // A running status is never given undated (issue 22): the note from the page goes with it.
    const voortraject = rows.find((r) => r['Project-id'] === 'voortraject')!;
    expect(voortraject.Status).toBe('lopend');
    expect(voortraject['Stand volgens']).toContain('2022–2023');
    expect(Object.keys(rows[0]!)).toEqual(['Project-id', 'Project', 'Thema', 'Netwerken', 'Status', 'Stand volgens', 'Kerncijfer', 'Waarde', 'Eenheid', 'Soort', 'Peildatum', 'Webadres', 'Licentie']);
    expect(raw).toContain('\r\n');
  });
  it('quotes fields that hold a semicolon or quote', async () => {
    const { figuresCsv } = await import('../../src/lib/open-data.ts');
    const csv = figuresCsv([{ project_id: 'a', project_title: 'Een; twee "drie"', theme: '', networks: 'Delfshaven, Pernis', status: 'lopend', statusNote: '', label: 'x', value: 12.5, unit: '', kind: 'doel', asOf: '', url: 'u', license: 'CC BY 4.0' }]);
    const [row] = parseCsv(csv, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(row!.Project).toBe('Een; twee "drie"');
    expect(row!.Waarde).toBe('12,5');
  });
  it('projecten.json lists every project with its figures and the licence', async () => {
    const data = JSON.parse(read('data/projecten.json'));
    expect(data.license.name).toBe('CC BY 4.0');
    const projects = (await publishedEntries()).of('projects');
    expect(data.projects.map((p: any) => p.id).sort()).toEqual(projects.map((p) => p.id).sort());
    for (const p of projects) expect(data.projects.find((x: any) => x.id === p.id).figures).toHaveLength(p.data.figures?.length ?? 0);
  });
  it('netwerken.json has the fourteen areas with their counts', async () => {
    const data = JSON.parse(read('data/netwerken.json'));
    expect(data.license.name).toBe('CC BY 4.0');
    expect(data.networks).toHaveLength(14);
    const delfshaven = data.networks.find((n: any) => n.id === 'delfshaven');
    const news = (await publishedEntries()).of('news').filter((n) => n.data.networks?.some((r: any) => r === 'delfshaven' || r?.id === 'delfshaven'));
    expect(delfshaven.newsCount).toBe(news.length);
    // As the page splits them (helper-26: the page said 1 nieuwsbericht, the data 2): the area's own, and the signing about all fourteen.
    expect(delfshaven.news).toEqual(['vws-op-werkbezoek-bij-laurens-delfshaven']);
    expect(delfshaven.newsAboutAll).toEqual(['veertien-cooperatieve-netwerken-ondertekend']);
    expect(page('/netwerken/delfshaven/').querySelector('.meta')!.textContent).toContain('1 nieuwsbericht');
    expect(data.networks.find((n: any) => n.id === 'centrum')).toMatchObject({ newsCount: 1, news: [], newsAboutAll: ['veertien-cooperatieve-netwerken-ondertekend'] });
    expect(delfshaven.projects).toEqual(['zorg-thuis-en-in-de-buurt']);
    expect(delfshaven.signed).toBe('2016-09-28');
  });
  it('is linked, with its licence, from the projects page', () => {
    const section = page('/projecten/').querySelector('#open-data')!;
    expect(section.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/data/projecten.csv', '/data/projecten.json', '/data/netwerken.json']));
    expect(text(section)).toContain('CC BY 4.0');
  });
});

describe('security headers', () => {
  it('ships a _headers file with every header and the site\'s own policy, once, for every page and file but the web editor', () => {
    const rules = parseHeadersFile(read('_headers'));
    const dir = siteDir();
    const files = globSync('**/*', { cwd: dir, ignore: ['beheer/**', '_headers'] }).map((f) => `/${f}`);
    for (const pathname of [...builtPages(), ...files]) {
      const headers = rules.filter((r) => r.matches(pathname)).flatMap((r) => r.headers);
      expect(headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value), pathname).toEqual([CONTENT_SECURITY_POLICY]);
      expect(headers.map(([name]) => name).sort(), pathname).toEqual(SECURITY_HEADERS.map(([name]) => name).sort());
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
  it('documents the same headers for nginx in the README', () => {
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    expect(readme).toContain(nginxSnippet());
  });
  it('puts a CSP meta element on every page, with no inline style attributes', () => {
    for (const url of builtPages()) {
      const doc = page(url);
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(doc.querySelectorAll('[style]'), url).toHaveLength(0);
    }
  });
});

describe('standing pages', () => {
  it('the accessibility statement follows the model: standard, checks, limitations, reporting; and claims no check on the day of the build', () => {
    const main = text(page('/toegankelijkheid/').querySelector('main'));
    expect(main).toContain('WCAG 2.1 op niveau AA');
    expect(main).toContain('EN 301 549');
    expect(main).toContain('WCAG 2.2 op niveau AA');
    expect(main).toContain('Die testreeks draait bij elk wijzigingsvoorstel');
    // The build (also the nightly one) tests nothing: a "checked on" date of the build day was a claim no check stood behind (helper-45).
    expect(main).not.toMatch(/gecontroleerd: \d/i);
    expect(page('/toegankelijkheid/').querySelectorAll('main h2').map(text)).toEqual(expect.arrayContaining(['Welke norm', 'Hoe wij dat controleren', 'Bekende beperkingen', 'Een probleem melden']));
  });
  it('the privacy statement says no cookies, no tracking, no third parties, and how contacts are handled', () => {
    const main = text(page('/privacy/').querySelector('main'));
    for (const phrase of ['Geen cookies', 'Geen tracking', 'Geen verzoeken aan andere partijen', 'contactpersoon']) expect(main).toContain(phrase);
  });
  it('the privacy statement tells the truth about search: the header form puts the term in the address the server receives', () => {
    const form = page('/nieuws/').querySelector('header form[role="search"]')!;
    expect(form.getAttribute('method')?.toLowerCase() ?? 'get').toBe('get'); // a GET form: /zoeken/?q=… reaches the web server
    const main = text(page('/privacy/').querySelector('main'));
    expect(main).not.toMatch(/volledig in je eigen browser|niet naar een server gestuurd/);
    expect(main).toMatch(/zoekterm in het webadres/);
    expect(main).toMatch(/logbestanden van de hostingpartij/);
    expect(main).toMatch(/zoekpagina zelf[^.]*eigen browser/);
  });
});
