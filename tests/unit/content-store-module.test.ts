import { describe, expect, it } from 'vitest';
import { splitContentStoreModule } from '../../src/lib/content-store-module.ts';

/** The module's value, by running it as Node runs the build's modules. */
const valueOf = async (code: string) => (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
/** Astro's module for a store: its JSON text as one string literal (astro/dist/content/vite-plugin-content-virtual-mod.js). */
const astroModule = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;

describe('the content store module in pieces', () => {
  // Dutch punctuation, quotes, backslashes, a control character (written \u0001) and an emoji, whose two halves a cut can part.
  const store = [['news', [['één', { title: 'Zorg “dichtbij” in IJsselmonde – 2026’s plan 🙂', body: 'regel\nmet "aanhalingstekens", \\ schuine strepen\u0001 en \\u0041' }]]]];
  const literalsOf = (code: string) => code.match(/"(?:[^"\\]|\\.)*"/g)!;

  it('gives the same value as Astro’s module wherever the cuts fall, never inside an escape', async () => {
    const code = astroModule(store);
    for (let pieceLength = 1; pieceLength <= 12; pieceLength++) {
      const split = splitContentStoreModule(code, pieceLength)!;
      expect(await valueOf(split.code), `pieces of ${pieceLength}`).toEqual(store);
      // Every piece is a literal of its own that JSON reads: no escape was cut in two.
      for (const literal of literalsOf(split.code)) expect(() => JSON.parse(literal), `${pieceLength}: ${literal}`).not.toThrow();
      expect(split.pieces, `pieces of ${pieceLength}`).toBe(literalsOf(split.code).length);
    }
  });

  it('writes no literal longer than a piece, and cuts where it may', () => {
    const text = 'ĳ’'.repeat(5_000);
    const split = splitContentStoreModule(astroModule(text), 1_000)!;
    const literals = literalsOf(split.code);
    // The source between the quotes: \" + 10,000 letters + \" = 10,004 characters, ten pieces of 1,000 and one of 4.
    expect(split.length).toBe(10_004);
    expect(literals.map((l) => l.length - 2)).toEqual([...Array(10).fill(1_000), 4]);
  });

  it('leaves any other module alone: an empty store, a changed shape, code around the literal', () => {
    expect(splitContentStoreModule('export default new Map()')).toBeUndefined();
    expect(splitContentStoreModule('export default JSON.parse(x)')).toBeUndefined();
    expect(splitContentStoreModule('export default JSON.parse("a" + "b")')).toBeUndefined();
    expect(splitContentStoreModule('export default JSON.parse(123)')).toBeUndefined();
    expect(splitContentStoreModule('const x = 1; export default JSON.parse("[]")')).toBeUndefined();
    expect(splitContentStoreModule('export default JSON.parse("[]"); sideEffect()')).toBeUndefined();
  });
});
