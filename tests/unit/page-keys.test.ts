/**
 * Cache keys for the incremental build: a key changes with anything the page
 * shows from the content, and a page without digests gets no key (it is always
 * rendered). The end-to-end proof is tests/incremental (npm run test:incremental).
 */
import { describe, expect, it } from 'vitest';
import { keyedPages, pageKey, referencesIn } from '../../src/lib/page-keys.ts';

const entry = (id: string, digest?: string) => ({ id, digest, data: {} });
const listPage = (ids: string[], total: number, currentPage = 1, lastPage = 1, digest = (id: string) => `d-${id}`) => ({
  params: { page: currentPage === 1 ? undefined : String(currentPage) },
  props: { page: { data: ids.map((id) => entry(id, digest(id))), total, currentPage, lastPage } },
});

describe('page keys', () => {
  it('finds every reference in an entry’s data, however deep, and nothing else', () => {
    const data = {
      title: 'Een project',
      lead: { collection: 'organisations', id: 'laurens' },
      networks: [{ collection: 'networks', id: 'delfshaven' }, { collection: 'networks', id: 'charlois' }],
      contact: { name: 'Fien', organisation: { collection: 'organisations', id: 'wmo-radar' } },
      figures: [{ label: 'Deelnemers', value: 30, kind: 'resultaat', asOf: new Date('2024-01-01') }],
      image: { src: { src: '/_astro/foto.jpg', width: 1600, height: 1067, format: 'jpg' }, alt: 'Foto' },
    };
    expect(referencesIn(data)).toEqual(['organisations/laurens', 'networks/delfshaven', 'networks/charlois', 'organisations/wmo-radar']);
  });

  it('changes with any value shown, a date included, and keeps order', () => {
    const key = pageKey('news/a', ['d1', 'd2'], new Date('2024-05-01'));
    expect(pageKey('news/a', ['d1', 'd2'], new Date('2024-05-01'))).toBe(key);
    expect(pageKey('news/a', ['d1', 'd2'], new Date('2024-05-02'))).not.toBe(key);
    expect(pageKey('news/a', ['d2', 'd1'], new Date('2024-05-01'))).not.toBe(key);
  });

  it('keys a list page by its entries, its place and the list’s length', () => {
    const [key] = keyedPages([listPage(['a', 'b'], 12)]).map((p) => p.cacheKey);
    expect(key).toBeTypeOf('string');
    expect(keyedPages([listPage(['a', 'b'], 12)])[0]!.cacheKey).toBe(key);
    expect(keyedPages([listPage(['a', 'b'], 13)])[0]!.cacheKey).not.toBe(key); // "13 berichten in totaal"
    expect(keyedPages([listPage(['a', 'b'], 12, 1, 2)])[0]!.cacheKey).not.toBe(key); // the pager
    expect(keyedPages([listPage(['a', 'b'], 12, 1, 1, (id) => `changed-${id}`)])[0]!.cacheKey).not.toBe(key); // an edited entry
    expect(keyedPages([listPage(['a', 'b'], 12)], 'Arbeidsmarkt')[0]!.cacheKey).not.toBe(key); // a tag's label
  });

  it('leaves a list page without a key when one of its entries has no digest', () => {
    const page = listPage(['a', 'b'], 2, 1, 1, (id) => (id === 'b' ? (undefined as unknown as string) : id));
    expect(keyedPages([page])[0]).not.toHaveProperty('cacheKey');
  });
});
