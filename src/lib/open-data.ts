/**
 * The open-data files: every key figure of every project as one row, and the
 * fourteen networks with their counts. Licence CC BY 4.0, stated in each file.
 * The CSV is meant for spreadsheets with Dutch settings: semicolons between
 * fields, a decimal comma, UTF-8 with a byte-order mark so Excel reads "ö" right.
 */
import { stringify } from 'csv-stringify/sync';
import { toIsoDate } from './dates.ts';

export const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' } as const;

export interface FigureRow {
  project_id: string;
  project_title: string;
  theme: string;
  networks: string;
  status: string;
  statusNote: string;
  label: string;
  value: number;
  unit: string;
  kind: string;
  asOf: string;
  url: string;
  license: string;
}

export interface ProjectInput {
  id: string;
  title: string;
  theme?: string;
  networks: string[];
  status: string;
  /** When and according to whom the status held (src/lib/project-status.ts). */
  statusNote?: string;
  start?: Date;
  end?: Date;
  url: string;
  figures: { label: string; value: number; unit?: string; kind: string; asOf?: Date }[];
}

/** A project for projecten.json: dates as YYYY-MM-DD. */
export function projectJson(p: ProjectInput) {
  const date = (d?: Date) => (d ? toIsoDate(d) : undefined);
  return { ...p, start: date(p.start), end: date(p.end), figures: p.figures.map((f) => ({ ...f, asOf: date(f.asOf) })) };
}

export function figureRows(projects: readonly ProjectInput[]): FigureRow[] {
  return projects.flatMap((p) =>
    p.figures.map((f) => ({
      project_id: p.id,
      project_title: p.title,
      theme: p.theme ?? '',
      networks: p.networks.join(', '),
      status: p.status,
      statusNote: p.statusNote ?? '',
      label: f.label,
      value: f.value,
      unit: f.unit ?? '',
      kind: f.kind,
      asOf: f.asOf ? toIsoDate(f.asOf) : '',
      url: p.url,
      license: LICENSE.name,
    })),
  );
}

/** The CSV's columns with their Dutch headers, in order; the JSON keeps the field names as keys. */
export const CSV_COLUMNS: { key: keyof FigureRow; header: string }[] = [
  { key: 'project_id', header: 'Project-id' },
  { key: 'project_title', header: 'Project' },
  { key: 'theme', header: 'Thema' },
  { key: 'networks', header: 'Netwerken' },
  { key: 'status', header: 'Status' },
  { key: 'statusNote', header: 'Stand volgens' },
  { key: 'label', header: 'Kerncijfer' },
  { key: 'value', header: 'Waarde' },
  { key: 'unit', header: 'Eenheid' },
  { key: 'kind', header: 'Soort' },
  { key: 'asOf', header: 'Peildatum' },
  { key: 'url', header: 'Webadres' },
  { key: 'license', header: 'Licentie' },
];

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, or a tab or
 * carriage return before one) gets a ' in front, as OWASP advises for CSV
 * injection: Excel and LibreOffice then show it as text. The same goes after a
 * comma, semicolon or line break inside the text, also past spaces and quote
 * marks (a,"=1+1 or a, =1+1, helper-35), and after a tab or a space of another
 * kind (a no-break or an ideographic space, helper-38): a spreadsheet with other
 * settings (comma or tab as separator) splits the line there, drops the quote
 * and spaces and would start a cell with it. Numbers are written by us, never taken from text, so the
 * value column needs no guard.
 */
export function neutraliseFormula(text: string): string {
  return text.replace(/(^|[,;\t\n\r])((?:[^\S\t\n\r]|")*)(?=[=+\-@\t\r])/g, "$1$2'");
}

/** Semicolon-separated, decimal comma, quoted where needed, CRLF lines, with BOM; no text cell is a formula. */
export function figuresCsv(rows: readonly FigureRow[]): string {
  const asText = (row: FigureRow) =>
    Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, typeof cell === 'string' ? neutraliseFormula(cell) : cell]));
  const body = stringify(
    rows.map((r) => ({ ...asText(r), value: String(r.value).replace('.', ',') })),
    { header: true, columns: CSV_COLUMNS, delimiter: ';', record_delimiter: 'windows', quoted_match: /[;"\n\r]/ },
  );
  return `\uFEFF${body}`;
}
