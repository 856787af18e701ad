/**
 * Two pages of one kind with the same title look like one page shown twice: in lists, in search results,
 * in the web editor's list of entries. Told as advice (a title may stay the same on purpose), on the title
 * line of each later file, naming the first. Drafts are left out: a draft is often a rewrite of a page.
 */
import type { CheckedEntry } from './check-entries.ts';
import type { Problem } from './problem.ts';

/** The field that names an entry: organisations have a name, everything else a title. */
const nameField = (entry: CheckedEntry) => (entry.collection === 'organisations' ? 'name' : 'title');

/** Titles that differ only in capitals or spaces read the same in a list. */
const folded = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

export function sameTitleWarnings(entries: readonly CheckedEntry[]): Problem[] {
  const first = new Map<string, CheckedEntry>();
  const warnings: Problem[] = [];
  for (const entry of [...entries].sort((a, b) => a.path.localeCompare(b.path, 'en'))) {
    const field = nameField(entry);
    const title = entry.fields[field];
    if (entry.draft || typeof title !== 'string') continue;
    const key = `${entry.collection}\n${folded(title)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry);
      continue;
    }
    const what = field === 'name' ? 'naam' : 'titel';
    warnings.push({
      file: entry.path,
      line: entry.source.lineOf([field]),
      field,
      message: `gevonden: dezelfde ${what} als ${earlier.path} ("${title.trim()}"); verwacht een ${what} die deze pagina van de andere onderscheidt, want lezers zien ze naast elkaar in lijsten en zoekresultaten`,
    });
  }
  return warnings;
}
