/** The spaces a word processor puts in that do not break a line, and the text as it should have been typed. */
import { describe, expect, it } from 'vitest';
import { HARD_SPACE, plainSpaces } from '../../src/lib/validation/hard-space.ts';

describe('no-break spaces', () => {
  it('are the no-break, figure and narrow no-break space, not a plain space or a tab', () => {
    expect(['\u00A0', '\u2007', '\u202F'].every((c) => HARD_SPACE.test(c))).toBe(true);
    expect([' ', '\t', 'a'].some((c) => HARD_SPACE.test(c))).toBe(false);
  });
  it('become plain spaces, every one of them', () => {
    expect(plainSpaces('-\u00A0Eerste\u2007punt\u202Fhier\u00A0')).toBe('- Eerste punt hier ');
  });
});
