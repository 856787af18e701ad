/**
 * Trefwoorden (tags): a news item names them by slug, which stays the URL
 * (/nieuws/tag/wijkgericht-werken/); readers see the Dutch label from
 * content/trefwoorden.yaml ("wijkgericht-werken: Wijkgericht werken"). A tag
 * without a label is a content problem, like a reference to a missing entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SLUG_PATTERN, TAGS_FILE } from './content-model.ts';
import type { CheckedEntry } from './validation/check-entries.ts';
import { closest } from './validation/field-messages.ts';
import { describeFound, type Problem } from './validation/problem.ts';
import { plain } from './schemas.ts';

/** A label: plain text, as long as a title may be. */
const LABEL = plain(2, 140);
import { readSourceFile } from './validation/source-file.ts';

export { TAGS_FILE };

export interface TagList {
  labels: ReadonlyMap<string, string>;
  problems: Problem[];
}

/** Reads and checks the tag list of a content root; a missing file is an empty list. */
export function readTags(root: string, shownPath = `content/${TAGS_FILE}`): TagList {
  const file = path.join(root, TAGS_FILE);
  if (!existsSync(file)) return { labels: new Map(), problems: [] };
  return parseTags(readFileSync(file, 'utf8'), shownPath);
}

export function parseTags(text: string, shownPath: string): TagList {
  const source = readSourceFile(text, true);
  const labels = new Map<string, string>();
  const problems: Problem[] = source.problems.map((p) => ({ file: shownPath, line: p.line, field: 'bestand', message: p.message }));
  if (!source.readable) return { labels, problems };
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { labels, problems: [{ file: shownPath, line: 1, field: 'bestand', message: `gevonden: ${describeFound(data)}; verwacht per regel een trefwoord met zijn label, zoals "wijkgericht-werken: Wijkgericht werken"` }] };
  }
  for (const [tag, label] of Object.entries(data)) {
    const line = source.lineOf([tag]);
    if (!SLUG_PATTERN.test(tag)) problems.push({ file: shownPath, line, field: tag, message: `gevonden: "${tag}"; verwacht een trefwoord in kleine letters, cijfers en streepjes` });
    else if (typeof label !== 'string' || label.trim().length < 2) problems.push({ file: shownPath, line, field: tag, message: `gevonden: ${describeFound(label)}; verwacht het label dat lezers zien, zoals "Wijkgericht werken"` });
    else {
      // Shown as the heading of the tag's page, in its title and in the feed: plain text, as a title is (helper-55).
      const markup = LABEL.safeParse(label);
      if (markup.success) labels.set(tag, label.trim());
      else problems.push({ file: shownPath, line, field: tag, message: `gevonden: ${describeFound(label)}; ${markup.error.issues[0]!.message}` });
    }
  }
  return { labels, problems };
}

/** Every tag a news item uses that the list gives no label, by file, line and field, with the line to add. */
export function unlabelledTags(entries: readonly CheckedEntry[], labels: ReadonlyMap<string, string>, shownPath: string): Problem[] {
  const known = [...labels.keys()];
  return entries.flatMap((entry) => {
    // The written list where an item of it is refused (Diversiteit in capitals), so the other tags are told in the same round (helper-39).
    const written = entry.collection === 'news' ? (entry.fields.tags ?? (entry.source.data as { tags?: unknown } | undefined)?.tags) : undefined;
    const used: unknown[] = Array.isArray(written) ? written : [];
    return used.flatMap((tag, i) => {
      if (typeof tag !== 'string' || !SLUG_PATTERN.test(tag) || labels.has(tag)) return [];
      // A typo of a tag the list has comes first, without an example line: added as told, that line made the typo a
      // tag page of its own (helper-29, helper-31).
      const meant = closest(tag, known);
      const message = meant
        ? `gevonden: "${tag}", een trefwoord zonder label; verwacht een trefwoord uit de lijst: bedoelde je "${meant}"? Is het echt een nieuw trefwoord, voeg het dan met zijn label toe aan ${shownPath}`
        : `gevonden: "${tag}", een trefwoord zonder label; verwacht een regel in ${shownPath} met het label dat lezers zien, zoals "${tag}: ${tag[0]!.toUpperCase()}${tag.slice(1).replaceAll('-', ' ')}"`;
      return [{ file: entry.path, line: entry.source.lineOf(['tags', i]), field: `tags[${i + 1}]`, message }];
    });
  });
}

/** The label readers see; the slug only where the list has none (the check reports that as a problem). */
export const tagLabel = (labels: ReadonlyMap<string, string>, tag: string): string => labels.get(tag) ?? tag;

/** The tags news items carry, each with its label and how many items carry it, A to Z by label (the overview /nieuws/tag/). */
export function tagsInUse(tagLists: readonly (readonly string[] | undefined)[], label: (tag: string) => string): { tag: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of new Set(tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, label: label(tag), count })).sort((a, b) => a.label.localeCompare(b.label, 'nl') || a.tag.localeCompare(b.tag));
}
