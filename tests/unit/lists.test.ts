import { describe, expect, it } from 'vitest';
import { buildBackrefs, keyOf, referrersIn } from '../../src/lib/backrefs.ts';
import { currentSection } from '../../src/lib/navigation.ts';
import { PAGE_SIZE, pageCount, pageUrl, pageWindow } from '../../src/lib/pagination.ts';
import { neighbours, relatedItems } from '../../src/lib/related.ts';
import { slugify } from '../../src/lib/slug.ts';
import { entryUrl, newsCategoryUrl, searchUrl } from '../../src/lib/urls.ts';

describe('pagination', () => {
  it('has one page size and page URLs like /nieuws/2/', () => {
    expect(PAGE_SIZE).toBeGreaterThan(0);
    expect(pageUrl('/nieuws/', 1)).toBe('/nieuws/');
    expect(pageUrl('/nieuws/', 2)).toBe('/nieuws/2/');
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
  });
  it('shows first, last and neighbours, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 20)).toEqual([1, null, 4, 5, 6, null, 20]);
    expect(pageWindow(3, 20)).toEqual([1, 2, 3, 4, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });
});

describe('back-references', () => {
  it('lists, for each target, who refers to it, once and in order', () => {
    const back = buildBackrefs([
      { key: keyOf('news', 'a'), refs: [keyOf('networks', 'delfshaven'), keyOf('organisations', 'laurens'), keyOf('networks', 'delfshaven')] },
      { key: keyOf('projects', 'p'), refs: [keyOf('organisations', 'laurens')] },
      { key: keyOf('news', 'b'), refs: [keyOf('organisations', 'laurens')] },
    ]);
    expect(back.get('networks/delfshaven')).toEqual(['news/a']);
    expect(referrersIn(back, 'organisations/laurens', 'news')).toEqual(['a', 'b']);
    expect(referrersIn(back, 'organisations/laurens', 'projects')).toEqual(['p']);
    expect(referrersIn(back, 'organisations/niemand', 'news')).toEqual([]);
  });
});

describe('related news', () => {
  const day = (d: number) => new Date(Date.UTC(2023, 0, d));
  const items = [
    { id: 'a', date: day(1), keys: ['networks/delfshaven', 'tag/zorg'] },
    { id: 'b', date: day(2), keys: ['networks/delfshaven'] },
    { id: 'c', date: day(3), keys: ['networks/delfshaven', 'tag/zorg'] },
    { id: 'd', date: day(4), keys: ['networks/pernis'] },
    { id: 'e', date: day(5), keys: ['tag/zorg'] },
  ];
  it('ranks by keys shared, then newest first, never the item itself', () => {
    const related = relatedItems(items, 3);
    expect(related.get('a')).toEqual(['c', 'e', 'b']);
    expect(related.get('d')).toEqual([]);
  });
  it('stays linear: a key on every item only scans its newest items, so an old item beyond them is never compared', () => {
    // 5,000 items share tag/zorg; "n0" and the oldest, "oud", also share a network: two keys in common.
    const many = [
      ...Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, date: day(2 + (i % 27)), keys: i === 0 ? ['tag/zorg', 'networks/pernis'] : ['tag/zorg'] })),
      { id: 'oud', date: day(1), keys: ['tag/zorg', 'networks/pernis'] },
    ];
    const related = relatedItems(many, 3, 10);
    // Comparing every pair would rank "oud" first for "n0"; scanning ten per key meets it once only (through pernis), so the newest win.
    expect(related.get('n0')).toEqual(['n1025', 'n1052', 'n107']);
    expect(related.get('oud')).toEqual(['n1025', 'n1052', 'n107']);
    // Every item of the archive is related to the same few newest items: none was compared with its thousands of peers.
    expect(new Set([...related.values()].flat()).size).toBe(4);
  });
  it('gives each item its older and newer neighbour', () => {
    const n = neighbours(items.map(({ id, date }) => ({ id, date })));
    expect(n.get('a')).toEqual({ older: undefined, newer: 'b' });
    expect(n.get('c')).toEqual({ older: 'b', newer: 'd' });
    expect(n.get('e')).toEqual({ older: 'd', newer: undefined });
  });
});

describe('slugs, URLs and navigation', () => {
  it('makes slugs from Dutch names', () => {
    expect(slugify('Prins Alexander')).toBe('prins-alexander');
    expect(slugify('IJsselmonde')).toBe('ijsselmonde');
    expect(slugify('Coöperatief samenwerken!')).toBe('cooperatief-samenwerken');
    expect(slugify('Zorg Thuis & In de Buurt')).toBe('zorg-thuis-en-in-de-buurt');
  });
  it('follows the URL contract', () => {
    expect(entryUrl('news', 'x')).toBe('/nieuws/x/');
    expect(entryUrl('networks', 'delfshaven')).toBe('/netwerken/delfshaven/');
    expect(entryUrl('projects', 'wep-trein')).toBe('/projecten/wep-trein/');
    expect(entryUrl('organisations', 'laurens')).toBe('/organisaties/laurens/');
    expect(entryUrl('themes', 't')).toBe('/themas/t/');
    expect(entryUrl('pacts', 'p')).toBe('/pacten/p/');
    expect(entryUrl('pages', 'privacy')).toBe('/privacy/');
    expect(newsCategoryUrl('netwerk')).toBe('/nieuws/categorie/netwerk/');
    expect(searchUrl('wijk team')).toBe('/zoeken/?q=wijk%20team');
  });
  it('marks the section a page is in', () => {
    expect(currentSection('/nieuws/2/')).toBe('/nieuws/');
    expect(currentSection('/netwerken/delfshaven/')).toBe('/netwerken/');
    expect(currentSection('/')).toBeUndefined();
    expect(currentSection('/privacy/')).toBeUndefined();
  });
});
