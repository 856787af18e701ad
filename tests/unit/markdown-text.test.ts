/** Untrusted names and values in the pull-request comment and the job summary: nothing in them may change how they read. */
import { describe, expect, it } from 'vitest';
import { codeSpan, markdownText } from '../../src/lib/markdown-text.ts';

describe('characters that change how a name reads without being seen (helper-44)', () => {
  it('are shown as � in a code span: a right-to-left mark, zero-width spaces and joiners, a byte-order mark', () => {
    expect(codeSpan('content/news/x\u202edm.md')).toBe('` content/news/x�dm.md `');
    for (const unseen of ['\u200b', '\u200d', '\u200f', '\u2066', '\u2069', '\u2060', '\ufeff']) expect(codeSpan(`a${unseen}b`), `U+${unseen.codePointAt(0)!.toString(16)}`).toBe('` a�b `');
  });

  it('become spaces in plain text, while a soft hyphen, which only marks where a word may break, stays', () => {
    expect(markdownText('Zorg\u202eteam')).toBe('Zorg team');
    expect(markdownText('zorg\u00admedewerker')).toBe('zorg\u00admedewerker');
  });
});
