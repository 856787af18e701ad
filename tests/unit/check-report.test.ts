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
});
