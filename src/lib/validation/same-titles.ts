/**
 * Two pages of one kind with the same title look like one page shown twice: in lists, in search results,
 * in the web editor's list of entries. Told as advice (a title may stay the same on purpose), on the title
 * line of each of them, naming the others: which one is the copy only the editor knows. Drafts are left out:
 * a draft is often a rewrite of a page.
 */
import type { CheckedEntry } from './check-entries.ts';
import type { Problem } from './problem.ts';

/** The field that names an entry: organisations have a name, everything else a title. */
const nameField = (entry: CheckedEntry) => (entry.collection === 'organisations' ? 'name' : 'title');

/** Titles that differ only in capitals or spaces read the same in a list. */
const folded = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

/** How often each text value stands in the fields of the entries: an organisation's file name, where pages refer to it. */
function referenceCounts(entries: readonly CheckedEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(visit);
  };
  for (const entry of entries) visit(entry.fields);
  return counts;
}

export function sameTitleWarnings(entries: readonly CheckedEntry[]): Problem[] {
  const references = referenceCounts(entries);
  const groups = new Map<string, CheckedEntry[]>();
  for (const entry of entries) {
    const title = entry.fields[nameField(entry)];
    if (entry.draft || typeof title !== 'string') continue;
    const key = `${entry.collection}\n${folded(title)}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((entry) => {
        const field = nameField(entry);
        const what = field === 'name' ? 'naam' : 'titel';
        const others = group.filter((other) => other !== entry).map((other) => other.path);
        // Two organisations of one name are most often one organisation twice (helper-34 made a second Humanitas). Where pages
        // refer to one of them only, that one is the file to keep: the other is told to go, never it (helper-42).
        const referred = group.filter((other) => (references.get(other.id) ?? 0) > 0);
        const kept = referred.length === 1 ? referred[0] : undefined;
        const expected =
          entry.collection !== 'organisations'
            ? `verwacht een ${what} die deze pagina van de andere onderscheidt, want lezers zien ze naast elkaar in lijsten en zoekresultaten`
            : kept === entry
              ? `verwacht één bestand per organisatie: pagina's verwijzen naar dit bestand, laat het staan; is het dezelfde organisatie, haal dan ${others.join(' en ')} weg en verwijs naar ${entry.id}; anders een naam die ze onderscheidt`
              : kept
                ? `verwacht één bestand per organisatie: is het dezelfde, verwijs dan naar ${kept.id} (${kept.path}) en haal dit bestand weg; anders een naam die ze onderscheidt`
                : `verwacht één bestand per organisatie: is het dezelfde, verwijs dan naar het bestaande bestand en haal dit weg; anders een naam die ze onderscheidt`;
        return {
          file: entry.path,
          line: entry.source.lineOf([field]),
          field,
          message: `gevonden: de ${what} "${String(entry.fields[field]).trim()}", die ${others.join(' en ')} ook ${others.length > 1 ? 'hebben' : 'heeft'}; ${expected}`,
        };
      }),
    );
}
