/**
 * The check reads frontmatter values as the build does: Astro's own frontmatter reader (js-yaml) is the measure, on
 * the values where the yaml package's core schema alone read otherwise (helper-55: author: 2023-11-29 passed the check
 * as text and stopped the build with Astro's English error).
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src/lib/validation/source-file.ts';

const VALUES = [
  '2023-11-29', '2023-11-29T10:30:00', '2023-11-29 10:30:00 +01:00', '2023-1-2', '2023-1-2T10:30:00',
  '2023-11-29T12:00:00.', '0b1010101', '-0b101', '0b1_01', '1_000', '0o17', '+0o17', '-0o17', '017', '0x1F', '-0x1F', '+0x1f', '1e3', '.5', '+12', 'yes', 'on', '~', 'null', '12:30', 'true', 'Delfshaven', '"2023-11-29"',
];

describe('frontmatter values, read as Astro reads them', () => {
  it.each(VALUES)('value: %s', (written) => {
    const file = `---\nvalue: ${written}\n---\n\nTekst.\n`;
    const astro = (parseFrontmatter(file).frontmatter as { value: unknown }).value;
    const check = (readSourceFile(file, false).data as { value: unknown }).value;
    expect(check).toEqual(astro);
    expect(check instanceof Date).toBe(astro instanceof Date);
  });

  it('keeps a day that does not exist as text, which the date rule then names, where Astro would roll it on', () => {
    for (const written of ['2023-13-01', '2023-02-30', '2023-04-31T10:00:00']) {
      const file = `---\nvalue: ${written}\n---\n`;
      expect((readSourceFile(file, false).data as { value: unknown }).value, written).toBe(written);
      expect((parseFrontmatter(file).frontmatter as { value: unknown }).value, written).toBeInstanceOf(Date);
    }
  });
});

describe('where the fields end, as Astro reads it', () => {
  it('tells a line that begins with --- or +++ inside the fields, where Astro ends them (helper-58: +++ stopped the build in English)', () => {
    for (const [sign, line] of [['+++', '+++ in Rotterdam", description: "Een samenvatting van het bericht."}'], ['---', '--- nog meer']] as const) {
      const file = `---\n{title: "Een titel over de zorg\n${line}\n---\n\nTekst.\n`;
      // Astro ends the fields on that line: what stands above it is cut off.
      expect(() => parseFrontmatter(file)).toThrow();
      const source = readSourceFile(file, false);
      expect(source.readable).toBe(false);
      expect(source.problems).toEqual([{ line: 3, field: 'opmaak', message: `gevonden: een regel die met ${sign} begint ("${line.slice(0, 40)}"), waar de site de velden laat eindigen; verwacht op deze plek alleen --- als de velden hier eindigen, of haal de ${sign} aan het begin van de regel weg` }]);
    }
  });
});
