/** One thing an editor has to fix, and how the check prints it. */
import { UNSEEN_FORMAT } from '../markdown-text.ts';

export interface Problem {
  /** Path relative to the repository, with forward slashes. */
  file: string;
  /** 1-based line in that file (1 when the problem is the file as a whole). */
  line: number;
  /** The frontmatter field, e.g. "date" or "figures[2].value"; or "bestand". */
  field: string;
  /** What was found and what is expected, in plain Dutch. */
  message: string;
}

/** `path:line  field — what was found, what is expected` */
/**
 * One line a problem: a line end, another control character or a line separator in a file name, a field or an echoed
 * value becomes a space, so no part of it starts a line of its own (on GitHub Actions a line that starts with "::" is a
 * workflow command: helper-40 wrote one through a quoted key, a file name and a tab row).
 */
export function formatProblem(problem: Problem): string {
  return printable(`${problem.file}:${problem.line}  ${problem.field} — ${problem.message}`);
}

const UNSEEN = new RegExp(`[${UNSEEN_FORMAT}]`, 'g');

/**
 * Text for one line of a terminal or a workflow log: control characters (C0, DEL and C1, among them the terminal's
 * one-byte command U+009B) and line separators become a space; characters that turn the line around or hide in it
 * (a right-to-left override in a file name) are shown as ⟨U+202E⟩ (helper-55).
 */
export const printable = (text: string): string => text.replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g, ' ').replace(UNSEEN, (c) => `⟨${codePoint(c)}⟩`);

/** A character by its code point, as the messages name one: U+202E. */
export const codePoint = (character: string): string => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** All problems, one a line, then a count; '' when there are none. */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const lines = sortProblems(problems).map(formatProblem);
  const files = new Set(problems.map((p) => p.file)).size;
  const count = problems.length === 1 ? '1 probleem' : `${problems.length} problemen`;
  const inFiles = files === 1 ? 'in 1 bestand' : `in ${files} bestanden`;
  return `${lines.join('\n')}\n\n${count} gevonden ${inFiles}.`;
}

/** A value as an editor wrote it, short enough for one line. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'niets (het veld ontbreekt)';
  if (value === null) return 'een leeg veld';
  if (typeof value === 'string') return value.trim() === '' ? 'lege tekst' : `"${shorten(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // An unquoted date, as written: 2023-11-29 (with its time only when it has one).
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'een ongeldige datum' : value.toISOString().replace(/T00:00:00\.000Z$/, '').replace(/\.000Z$/, 'Z');
  if (Array.isArray(value)) return value.length === 0 ? 'een lege lijst' : `een lijst: ${shorten(JSON.stringify(value))}`;
  return shorten(JSON.stringify(value));
}

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
