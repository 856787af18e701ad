/** Numbers in Dutch words, as a message asks "bedoel je twaalfhonderd of één komma twee?". */
import { describe, expect, it } from 'vitest';
import { decimalInWords, wholeInWords } from '../../src/lib/validation/number-words.ts';

describe('numbers in Dutch words', () => {
  it('spells whole numbers as people say them', () => {
    const spelled = Object.fromEntries([0, 1, 12, 21, 22, 23, 100, 101, 120, 1000, 1001, 1200, 1250, 2000, 12_500, 22_500, 999_999].map((n) => [n, wholeInWords(n)]));
    expect(spelled).toEqual({
      0: 'nul', 1: 'één', 12: 'twaalf', 21: 'eenentwintig', 22: 'tweeëntwintig', 23: 'drieëntwintig', 100: 'honderd', 101: 'honderdeen', 120: 'honderdtwintig',
      1000: 'duizend', 1001: 'duizend een', 1200: 'twaalfhonderd', 1250: 'twaalfhonderdvijftig', 2000: 'tweeduizend', 12500: 'twaalfduizend vijfhonderd',
      22500: 'tweeëntwintigduizend vijfhonderd', 999999: 'negenhonderdnegenennegentigduizend negenhonderdnegenennegentig',
    });
  });

  it('has a word for every number below twenty and every ten', () => {
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19].map(wholeInWords)).toEqual([
      'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien',
    ]);
    expect([20, 30, 40, 50, 60, 70, 80, 90].map(wholeInWords)).toEqual(['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']);
  });

  it('reads a decimal aloud, without trailing zeros', () => {
    expect([decimalInWords('1', '200'), decimalInWords('12', '500'), decimalInWords('1', '050'), decimalInWords('1', '000'), decimalInWords('1', '250')]).toEqual([
      'één komma twee', 'twaalf komma vijf', 'één komma nul vijf', 'één', 'één komma vijfentwintig',
    ]);
  });
  it('spells the edges as people say them, and leaves what it cannot spell in digits', () => {
    const spelled = [200, 1099, 1100, 1900, 2050, 10_000, 100_000, 110_000].map(wholeInWords);
    expect(spelled).toEqual(['tweehonderd', 'duizend negenennegentig', 'elfhonderd', 'negentienhonderd', 'tweeduizend vijftig', 'tienduizend', 'honderdduizend', 'honderdtienduizend']);
    expect([1_000_000, -5, 1.5].map(wholeInWords)).toEqual(['1000000', '-5', '1.5']);
    expect(decimalInWords('0', '5')).toBe('nul komma vijf');
  });
});
