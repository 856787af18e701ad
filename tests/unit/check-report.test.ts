/** What `npm run check` prints last: the problems, then what to do next, in the words of the command that ran. */
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../src/lib/validation/report.ts';

const problem = { file: 'content/news/bericht.md', line: 4, field: 'date', message: 'gevonden: "29-11-2023"; verwacht een datum als 2023-11-29 (jaar-maand-dag)' };

describe('the check report', () => {
  it('ends with "Wat nu" that sends the editor back to the check, not to a build', () => {
    const report = checkReport({ problems: [problem], warnings: [], spelling: [], scheduled: [], files: 20 });
    expect(report.trimEnd().split('\n').slice(-3)).toEqual([
      '1 probleem gevonden in 1 bestand.',
      '',
      'Wat nu: verbeter elk bestand op de genoemde regel en het genoemde veld, sla het op en start de controle opnieuw (npm run check). Uitleg per veld staat in CONTRIBUTING.md.',
    ]);
    expect(report).not.toContain('build');
  });
  it('without problems says how many files were checked', () => {
    expect(checkReport({ problems: [], warnings: [], spelling: [], scheduled: [], files: 20 })).toBe('Inhoud: 20 bestanden gecontroleerd, geen problemen.\n');
  });
  it('puts the advice first (photos and headings, spelling, what is scheduled), each under its own heading, and the content last', () => {
    const advice = { file: 'content/news/bericht.md', line: 9, field: 'image.alt', message: 'gevonden: "foto"; verwacht een beschrijving' };
    const spelling = { file: 'content/news/bericht.md', line: 12, field: 'inhoud', message: 'gevonden: "welzjin"; verwacht welzijn' };
    const report = checkReport({ problems: [], warnings: [advice, { ...advice, line: 20 }], spelling: [spelling, { ...spelling, line: 30 }], scheduled: ['content/news/later.md: 1 december 2026', 'content/news/nog-later.md: 2 december 2026'], files: 3 });
    expect(report.split('\n\n').map((part) => part.split('\n')[0])).toEqual([
      'Advies (dit houdt niets tegen):',
      'content/news/bericht.md:9  image.alt — gevonden: "foto"; verwacht een beschrijving',
      'Spelling (advies; dit houdt niets tegen):',
      'content/news/bericht.md:12  inhoud — gevonden: "welzjin"; verwacht welzijn',
      'Gepland (gaat vanzelf online bij de dagelijkse build op die dag):',
      'Inhoud: 3 bestanden gecontroleerd, geen problemen.',
    ]);
    expect(report).toContain('Gepland (gaat vanzelf online bij de dagelijkse build op die dag):\n  content/news/later.md: 1 december 2026\n  content/news/nog-later.md: 2 december 2026\n\nInhoud:');
    expect(report).toContain('verwacht een beschrijving\ncontent/news/bericht.md:20  image.alt');
    expect(report).toContain('verwacht welzijn\ncontent/news/bericht.md:30  inhoud');
    expect(report.endsWith('geen problemen.\n')).toBe(true);
  });
});
