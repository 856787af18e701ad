/**
 * "bedoelde je …?": the name an editor most likely meant, and none where
 * nothing is close (a wrong hint sends an editor further astray than none).
 */
import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from '../../src/lib/validation/field-messages.ts';

const organisations = ['laurens', 'gemeente-rotterdam', 'wmo-radar', 'zorg-en-welzijn-rotterdam-rijnmond'];

describe('closest name', () => {
  it('finds a typo, other capitals, and a name that holds or is held by whole words', () => {
    expect(closest('lauren', organisations)).toBe('laurens');
    expect(closest('Laurens', organisations)).toBe('laurens');
    expect(closest('laurens-zorg', organisations)).toBe('laurens');
    expect(closest('rotterdam', organisations)).toBe('gemeente-rotterdam');
    expect(closest('charlois', ['Delfshaven', 'Charlois', 'Pernis'])).toBe('Charlois');
  });
  it('gives no hint for a name far from all, nor for a shared short word or part of a word', () => {
    expect(closest('stichting-ooievaar', organisations)).toBeUndefined();
    expect(closest('radar-wmo-x', ['wmo'])).toBeUndefined();
    expect(closest('lauwersmeer', organisations)).toBeUndefined();
    expect(closest('dam', organisations)).toBeUndefined();
    expect(closest('xyz', [])).toBeUndefined();
  });
  it('finds a name typed in capitals however far the letters are, and a name of exactly four letters inside a longer one', () => {
    expect(didYouMean('KRALINGEN-CROOSWIJK', ['Delfshaven', 'Kralingen-Crooswijk', 'Charlois'])).toBe('; bedoelde je "Kralingen-Crooswijk"? (hoofdletters tellen)');
    expect(closest('dock', ['stichting-dock', 'laurens'])).toBe('stichting-dock');
  });
  it('finds whole words in a row, in the middle of a longer name too, and of several the one nearest in length', () => {
    expect(closest('welzijn-rotterdam', organisations)).toBe('zorg-en-welzijn-rotterdam-rijnmond');
    // One shared word of three is no hint.
    expect(closest('zorgcentrum-rotterdam-zuid', organisations)).toBeUndefined();
    expect(closest('rotterdam', ['zorg-en-welzijn-rotterdam-rijnmond', 'gemeente-rotterdam', 'wmo-radar'])).toBe('gemeente-rotterdam');
    expect(closest('rotterdam', ['gemeente-rotterdam', 'zorg-en-welzijn-rotterdam-rijnmond'])).toBe('gemeente-rotterdam');
  });
  it('finds the same words with other capitals and separators, and words beside a stray hyphen', () => {
    // Written as the organisation writes its name: five letters off, too many for a name of nine.
    expect(didYouMean('WMO Radar', organisations)).toBe('; bedoelde je "wmo-radar"?');
    expect(didYouMean('ZORG_EN_WELZIJN_ROTTERDAM_RIJNMOND', organisations)).toBe('; bedoelde je "zorg-en-welzijn-rotterdam-rijnmond"?');
    expect(closest('rotterdam-', organisations)).toBe('gemeente-rotterdam');
    expect(closest('-laurens-zorg', organisations)).toBe('laurens');
  });
  it('gives no hint for words shorter than four letters together, also when there are several', () => {
    expect(closest('p-o', ['p-o-raad-rotterdam', 'laurens'])).toBeUndefined();
    expect(closest('p-o-raad-rotterdam-zuid-oost', ['p-o'])).toBeUndefined();
  });
  it('says so when only capitals differ', () => {
    expect(didYouMean('charlois', ['Charlois'])).toBe('; bedoelde je "Charlois"? (hoofdletters tellen)');
    // The same letters in other capitals come before a name as near by a letter more.
    expect(closest('Lauren', ['Laurens', 'lauren'])).toBe('lauren');
    expect(didYouMean('lauren', organisations)).toBe('; bedoelde je "laurens"?');
    expect(didYouMean('stichting-ooievaar', organisations)).toBe('');
  });
});
