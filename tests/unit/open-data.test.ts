/** The open-data CSV as a spreadsheet reads it: separators, quoting, decimal comma, and no formula from content. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { figureRows, figuresCsv, neutraliseFormula, projectJson, type ProjectInput } from '../../src/lib/open-data.ts';

const project = (over: Partial<ProjectInput> = {}): ProjectInput => ({
  id: 'wep-trein',
  title: 'WEP-trein',
  networks: ['Delfshaven', 'Pernis'],
  status: 'lopend',
  statusNote: 'volgens het plan voor 2022–2023',
  url: 'https://example.org/projecten/wep-trein/',
  figures: [{ label: 'Deelnemers', value: 12.5, unit: 'personen', kind: 'resultaat', asOf: new Date(Date.UTC(2023, 5, 1)) }],
  ...over,
});
const rows = (csv: string) => parseCsv(csv, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];

describe('the figures CSV', () => {
  it('has a BOM, Dutch headers, semicolons, CRLF lines and a decimal comma', () => {
    const csv = figuresCsv(figureRows([project()]));
    expect(csv.startsWith('\uFEFFProject-id;Project;Thema;Netwerken;Status;Stand volgens;Kerncijfer;Waarde;Eenheid;Soort;Peildatum;Webadres;Licentie\r\n')).toBe(true);
    expect(csv).toContain('wep-trein;WEP-trein;;Delfshaven, Pernis;lopend;volgens het plan voor 2022–2023;Deelnemers;12,5;personen;resultaat;2023-06-01;https://example.org/projecten/wep-trein/;CC BY 4.0\r\n');
  });
  it('quotes a field with a semicolon, a quote or a line break, so it stays one cell', () => {
    const csv = figuresCsv(figureRows([project({ title: 'Een; twee "drie"\nvier' })]));
    expect(csv).toContain('"Een; twee ""drie""\nvier"');
    expect(rows(csv)[0]!.Project).toBe('Een; twee "drie"\nvier');
  });
  it('quotes a field whose only special character is a line break, a carriage return or a quote', () => {
    const csv = figuresCsv(figureRows([project({ title: 'Regel een\nregel twee', theme: 'Zorg\rWelzijn', status: 'lopend "bijna"' })]));
    expect(csv).toContain(';"Regel een\nregel twee";"Zorg\rWelzijn";Delfshaven, Pernis;"lopend ""bijna""";');
    expect(rows(csv)[0]).toMatchObject({ Project: 'Regel een\nregel twee', Thema: 'Zorg\rWelzijn', Status: 'lopend "bijna"' });
  });
  it('writes every figure as one CRLF line, numbers with a decimal comma and no thousands separator', () => {
    const figures = [
      { label: 'Banen', value: 1500, kind: 'doel' },
      { label: 'Groei', value: -0.25, unit: '%', kind: 'resultaat' },
      { label: 'Uren', value: 1234.5, kind: 'resultaat' },
    ];
    const csv = figuresCsv(figureRows([project({ figures }), project({ id: 'tweede', figures: [{ label: 'Deelnemers', value: 7, kind: 'resultaat' }] })]));
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(6); // the header, four figures, and nothing after the last CRLF
    expect(lines.at(-1)).toBe('');
    const cells = (line: string) => line.split(';');
    expect(lines.slice(1, 5).map((line) => [cells(line)[0], ...cells(line).slice(6, 11)] /* after Status and Stand volgens */)).toEqual([
      ['wep-trein', 'Banen', '1500', '', 'doel', ''],
      ['wep-trein', 'Groei', '-0,25', '%', 'resultaat', ''],
      ['wep-trein', 'Uren', '1234,5', '', 'resultaat', ''],
      ['tweede', 'Deelnemers', '7', '', 'resultaat', ''],
    ]);
  });
  it.each([
    ['=HYPERLINK("https://evil.example","klik")'],
    ['+31 10 123'],
    ['-1+1'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('writes %j as text, never as a formula', (title) => {
    const cell = rows(figuresCsv(figureRows([project({ title, theme: title, networks: [title], status: title, figures: [{ label: title, value: -3, unit: title, kind: title }] })])))[0]!;
    for (const column of ['Thema', 'Netwerken', 'Status', 'Soort']) expect(cell[column], column).toBe(`'${title}`);
    expect(cell.Project).toBe(`'${title}`);
    expect(cell.Kerncijfer).toBe(`'${title}`);
    expect(cell.Eenheid).toBe(`'${title}`);
    expect(cell.Waarde).toBe('-3'); // a number we write ourselves stays a number
  });
  it('guards text after a comma or line break too, so a spreadsheet that splits there never starts a cell with =', () => {
    const csv = figuresCsv(figureRows([project({ figures: [{ label: 'Deelnemers,=cmd|\' /C calc\'!A0', value: 1, kind: 'resultaat' }] })]));
    expect(csv).toContain(`;Deelnemers,'=cmd|' /C calc'!A0;`);
    expect(neutraliseFormula('x\n=1+1')).toBe("x\n'=1+1");
    expect((parseCsv(csv, { bom: true, delimiter: ',', relax_quotes: true, relax_column_count: true }) as string[][]).flat().some((cell) => cell.startsWith('='))).toBe(false);
  });
  it('guards text after a comma past spaces and quote marks, which a reader of the comma-split line drops (helper-35)', () => {
    for (const label of ['a,"=1+1,b', 'Zorg, "=HYPERLINK(""http://x.example"";""klik""),b', 'a,  =1+1', 'a;"@SUM(A1)', '"=1+1']) {
      const csv = figuresCsv(figureRows([project({ figures: [{ label, value: 1, kind: 'resultaat' }] })]));
      for (const delimiter of [',', ';']) {
        const cells = (parseCsv(csv, { bom: true, delimiter, relax_quotes: true, relax_column_count: true }) as string[][]).flat();
        expect(cells.filter((cell) => /^[=+\-@]/.test(cell.trim())), `${label} split at ${delimiter}`).toEqual([]);
      }
    }
    expect(neutraliseFormula('a, "=1+1')).toBe('a, "\'=1+1');
  });
  it('guards text after a tab and past no-break or ideographic spaces, for a reader that splits on tabs (helper-38)', () => {
    expect(neutraliseFormula('Deelnemers\t=HYPERLINK("http://x.example")')).toBe('Deelnemers\t\'=HYPERLINK("http://x.example")');
    expect(neutraliseFormula('a,\u00A0=1+1')).toBe("a,\u00A0'=1+1");
    expect(neutraliseFormula('a;\u3000@SUM(A1)')).toBe("a;\u3000'@SUM(A1)");
    const csv = figuresCsv(figureRows([project({ figures: [{ label: 'Deelnemers\t=1+1', value: 1, kind: 'resultaat' }] })]));
    const cells = csv.split(/[\t;\r\n]/).map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
  it('leaves ordinary text alone, a hyphen or = inside it included', () => {
    expect(neutraliseFormula('Zorg-thuis = beter')).toBe('Zorg-thuis = beter');
    expect(neutraliseFormula('')).toBe('');
  });
  it('the JSON keeps the text as written', () => {
    expect(projectJson(project({ title: '=1+1' })).title).toBe('=1+1');
  });
  it('the JSON gives dates as YYYY-MM-DD and leaves out the ones a project does not have', () => {
    const json = projectJson(project({ start: new Date(Date.UTC(2023, 0, 9)), figures: [{ label: 'A', value: 1, kind: 'doel', asOf: new Date(Date.UTC(2024, 11, 31)) }, { label: 'B', value: 2, kind: 'doel' }] }));
    expect(JSON.parse(JSON.stringify(json))).toEqual({
      id: 'wep-trein',
      title: 'WEP-trein',
      networks: ['Delfshaven', 'Pernis'],
      status: 'lopend',
      statusNote: 'volgens het plan voor 2022–2023',
      url: 'https://example.org/projecten/wep-trein/',
      start: '2023-01-09',
      figures: [{ label: 'A', value: 1, kind: 'doel', asOf: '2024-12-31' }, { label: 'B', value: 2, kind: 'doel' }],
    });
  });
});

describe('a project status in the open data', () => {
  it('carries when and according to whom it held, as the page does', () => {
    expect(rows(figuresCsv(figureRows([project()])))[0]!['Stand volgens']).toBe('volgens het plan voor 2022–2023');
    expect(projectJson(project()).statusNote).toBe('volgens het plan voor 2022–2023');
  });
  it('leaves the cell empty where no note goes with the status (a finished project without one)', () => {
    expect(rows(figuresCsv(figureRows([project({ status: 'afgerond', statusNote: undefined })])))[0]!['Stand volgens']).toBe('');
  });
});
