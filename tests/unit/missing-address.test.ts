/** The words of an address the site does not have, for the 404 page's search box (helper-61). */
import { describe, expect, it } from 'vitest';
import { searchWordsOf } from '../../src/lib/missing-address.ts';

describe('the words of a missing address', () => {
  it.each([
    ['/netwerken/feyenoord/', 'feyenoord'],
    ['/toegankelijkheidsverklaring/', 'toegankelijkheidsverklaring'],
    ['/pacten/zorg-en-welzijnspact-flevoland', 'zorg en welzijnspact flevoland'],
    ['/nieuws/vws_op_werkbezoek.html', 'vws op werkbezoek'],
    ['/nieuws/co%C3%B6peratie/2/', 'coöperatie'],
    ['/organisaties/vws/index.php', 'vws'],
    // Only letters, digits and spaces come through: the page sets them as the box's value and a link's text.
    ['/zoek/<script>alert(1)</script>/', 'script'],
    ['/zoek/"onmouseover=x"/', 'onmouseover x'],
    ['/nieuws/%E0%A4%A/', 'nieuws'],
  ])('%s gives "%s"', (pathname, words) => {
    expect(searchWordsOf(pathname)).toBe(words);
  });
  it.each(['/', '/2016/', '/123/index.html', '/%20/'])('%s gives nothing to search for', (pathname) => {
    expect(searchWordsOf(pathname)).toBeUndefined();
  });
  it('keeps at most as many characters as a search takes', () => {
    expect(searchWordsOf(`/${'a'.repeat(500)}/`)).toHaveLength(200);
  });
});
