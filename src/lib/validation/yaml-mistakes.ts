/**
 * The mistakes editors make in the lines between the two `---`, each told in
 * Dutch with its own tip, on the line where it is. Read from the lines
 * themselves, because the YAML parser's own words ("Nested mappings are not
 * allowed in compact mappings") say nothing to an editor, and because some
 * mistakes are valid YAML with a meaning nobody wanted: curly quotes that end
 * up in a title, or "Nummer #1" that YAML cuts off at the #.
 */
import { LineCounter, type YAMLError } from 'yaml';
import { parseAsAstro } from './astro-yaml.ts';
import { HARD_SPACE, plainSpaces } from './hard-space.ts';
import { ownComputerFileName } from './site-root-image.ts';
import { shorten } from './markup.ts';

export interface YamlMistake {
  /** 1-based line in the YAML text (the file's own line numbers appear in the messages). */
  line: number;
  message: string;
  /**
   * Lines as they would read with the mistake mended (a value quoted, a tab made spaces, a second
   * occurrence left out: '' blanks a line, so line numbers stay), to check the rest of the file.
   */
  repair?: Map<number, string>;
  /** Told by a later check that reads the mended value (a photo's path on the editor's computer): not told here, but mended. */
  silent?: boolean;
  /** Read as mended also where the parser did not stumble: "-title:" is a field of its own, and title would be told missing. */
  readMended?: boolean;
}

/** A key line or list item with its value put between straight double quotes: `title: "Let op: dit"`. */
/**
 * Text as a quoted YAML value an editor can type: between double quotes, or between single quotes when it holds a
 * double quote itself (helper-37 followed `"… in "Feijenoord""` and broke the line), a ' in it then written twice.
 */
export function yamlQuoted(inner: string): string {
  return inner.includes('"') ? `'${inner.replaceAll("'", "''")}'` : JSON.stringify(inner);
}

/** yamlQuoted as advice: where it writes a ' twice, it says so (helper-73: "Rotterdam''s" read as a typo). */
function quotedAdvice(inner: string): string {
  const quoted = yamlQuoted(inner);
  return quoted.startsWith("'") && inner.includes("'") ? `${quoted} (een ' tussen '…' schrijf je twee keer: '')` : quoted;
}

function quoteValue(text: string, value: string, inner = value.trim()): string {
  return `${text.slice(0, text.length - value.length)}${yamlQuoted(inner)}`;
}

const one = (line: number, text: string) => new Map([[line, text]]);

/** Fields whose value is a web address (an organisation's website, a source's url). */
const WEB_ADDRESS_FIELDS = new Set(['website', 'url']);

const UNCLOSED_QUOTE = 'gevonden: een aanhalingsteken zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel';

const CURLY = /[“”„‘’‚]/;
const KEY_LINE = /^(\s*)([^\s#:"'-][^:#]*?):(?:\s+(.*))?$/;

/** A key line's parts: indentation, key and the value as written (without a trailing comment's space). */
function keyLine(text: string) {
  const match = KEY_LINE.exec(text);
  return match ? { indent: match[1]!.length, key: match[2]!.trim(), value: match[3] ?? '' } : undefined;
}

const isBlank = (text: string) => text.trim() === '' || text.trim().startsWith('#');

/**
 * The field whose value line `i` goes on with: the lines from that field down to `i` have no blank line, no field and
 * no list item between them, the field's value is plain text that does not end a sentence, and line `i` starts with a
 * small letter or a digit. Its 0-based line, for the message.
 */
function wrappedFrom(lines: readonly string[], i: number): { key: string; line: number } | undefined {
  if (!/^\s*[\p{Ll}\d]/u.test(lines[i]!)) return undefined;
  for (let above = i - 1; above >= 0; above--) {
    const text = lines[above]!;
    if (isBlank(text) || isListItem(text)) return undefined;
    const field = keyLine(text);
    if (!field) continue;
    const value = field.value.trim();
    return value !== '' && /^[^"'[{|>&*!]/.test(value) && !/[.!?]$/.test(value) ? { key: field.key, line: above } : undefined;
  }
  return undefined;
}
/**
 * The list item above line `i` in the same list: the nearest line with a dash, passing over the fields of that item
 * (lines further in than line `i`'s own dash would be told otherwise); none where a field at the start of a line comes
 * first, or where an item further up has the same indentation as line `i` (a list inside an item, then the outer list).
 */
function itemAbove(lines: readonly string[], i: number): { line: number; indent: number } | undefined {
  const own = indentOf(lines[i]!);
  let nearest: { line: number; indent: number } | undefined;
  for (let j = i - 1; j >= 0; j--) {
    const text = lines[j]!;
    if (isBlank(text)) continue;
    if (isListItem(text)) {
      if (indentOf(text) === own) return nearest ? undefined : { line: j, indent: own };
      nearest ??= { line: j, indent: indentOf(text) };
    } else if (indentOf(text) === 0) break;
  }
  return nearest;
}

/** How many spaces a line starts with. */
const indentOf = (text: string) => /^\s*/.exec(text)![0].length;
/** A list item's line: a dash, then a space or nothing. */
const isListItem = (text: string) => /^\s*-(\s|$)/.test(text);

/** Lines from `line` (1-based) on, each moved `shift` spaces in (or out, when negative): a list item with its own fields. */
const shifted = (block: readonly string[], line: number, shift: number) =>
  new Map(block.map((l, j) => [line + j, isBlank(l) ? l : `${' '.repeat(Math.max(0, indentOf(l) + shift))}${l.trimStart()}`]));

/**
 * "- contact:" level with "figures:", after that list's items further in, with a name none of them has: a field of the
 * file with a dash too many (helper-73: told as an item out of line, whose mending made the contact a key figure). The
 * list's name and its first item, for the message.
 */
function fieldAfterList(lines: readonly string[], i: number, field: { indent: number; key: string }): { list: string; item: string } | undefined {
  const holderLine = lines.findLastIndex((l, j) => j < i && !isBlank(l) && indentOf(l) <= field.indent);
  const holder = holderLine < 0 ? undefined : keyLine(lines[holderLine]!);
  if (!holder || holder.value !== '' || holder.indent !== field.indent) return undefined;
  const inside = lines.slice(holderLine + 1, i).filter((l) => !isBlank(l));
  const first = inside[0];
  if (first === undefined || !isListItem(first)) return undefined;
  const names = inside.map((l) => keyLine(l.replace(/^(\s*)-\s+/, '$1'))?.key);
  return names.includes(field.key) ? undefined : { list: holder.key, item: first.trim() };
}

/**
 * The list item whose field line `i` is meant to be: the nearest item above that opens with a field ("- label: …"),
 * passing over that item's other lines, with the column its first field stands in. None under a field left empty or
 * with a block value (a level further in is meant there), nor at or left of the list's own field.
 */
function itemOf(lines: readonly string[], i: number): { line: number; key: string; column: number } | undefined {
  const own = indentOf(lines[i]!);
  for (let j = i - 1; j >= 0; j--) {
    const text = lines[j]!;
    if (isBlank(text)) continue;
    if (isListItem(text)) {
      const [, dash = '', rest = ''] = /^(\s*-\s+)(.*)$/.exec(text) ?? [];
      const first = keyLine(`${' '.repeat(dash.length)}${rest}`);
      // The list's own field may stand as far in as its dashes ("figures:" over "- label:"): its items' fields are further in.
      const holder = lines.findLast((l, k) => k < j && !isBlank(l) && !isListItem(l) && indentOf(l) <= indentOf(text));
      const inList = (l: string) => isBlank(l) || indentOf(l) > (holder === undefined ? -1 : indentOf(holder));
      return first && own >= indentOf(text) && lines.slice(j + 1, i + 1).every(inList) ? { line: j, key: first.key, column: first.indent } : undefined;
    }
    const field = keyLine(text);
    if (!field || (indentOf(text) < own && (field.value === '' || /^[|>]/.test(field.value.trim())))) return undefined;
  }
  return undefined;
}

/**
 * A field out of line with the fields around it, where the fields below show where it belongs: the first field under
 * one left empty (" name:" under "contact:", over "  role:" and "  organisation:"), or a key figure's field between "- label: …" and that
 * item's other fields ("value: 30" at the start of the line). The column it belongs in, and the field below, for the
 * message (helper-74: the right line below it was blamed). Not under a first field of its own ("- source:" over "    name:").
 */
function outOfLine(lines: readonly string[], i: number): { column: number; below: string } | undefined {
  const field = keyLine(lines[i]!);
  const aboveLine = lines.findLastIndex((l, j) => j < i && !isBlank(l));
  // The next two fields: under a field left empty, the column is the one they agree on (with one, the first field sets it).
  const [below, further] = lines
    .slice(i + 1)
    .filter((l) => !isBlank(l))
    .slice(0, 2)
    .map((l) => (isListItem(l) ? undefined : keyLine(l)));
  if (!field || isListItem(lines[i]!) || aboveLine < 0 || !below || below.indent === field.indent) return undefined;
  const aboveText = lines[aboveLine]!;
  const above = keyLine(aboveText);
  const opensBlock = above !== undefined && !isListItem(aboveText) && above.value === '' && above.indent < Math.min(below.indent, field.indent) && further?.indent === below.indent;
  const [, dash = '', rest = ''] = /^(\s*-\s+)(.*)$/.exec(aboveText) ?? [];
  const itemField = dash ? keyLine(`${' '.repeat(dash.length)}${rest}`) : undefined;
  const inItem = itemField !== undefined && itemField.value !== '' && itemField.indent === below.indent;
  return opensBlock || inItem ? { column: below.indent, below: below.key } : undefined;
}

/** How far in the field stands whose list holds the item on line `i` (-1 where none does). */
function listFieldIndent(lines: readonly string[], i: number): number {
  const owner = lines.slice(0, i).findLast((l) => !isBlank(l) && !isListItem(l) && indentOf(l) < indentOf(lines[i]!));
  return owner === undefined ? -1 : indentOf(owner);
}

/** The 1-based last line of the list whose item is on line `i`: the line before the first one no further in than the list's field. */
function listEnd(lines: readonly string[], i: number): number {
  const ownerIndent = listFieldIndent(lines, i);
  const end = lines.findIndex((l, j) => j > i && !isBlank(l) && indentOf(l) <= ownerIndent);
  return end < 0 ? lines.length : end;
}

/**
 * The indentation every other item of a list shares, where its first item (line `i`) has another: "   - a" over
 * "  - b" and "  - c" has the first one out of line, not the rest. Undefined where the others differ among themselves,
 * or there are fewer than two. Items no further in than the list's field belong to another list.
 */
function othersIndent(lines: readonly string[], i: number): number | undefined {
  const own = indentOf(lines[i]!);
  const ownerIndent = listFieldIndent(lines, i);
  let others: number | undefined;
  let count = 0;
  for (const text of lines.slice(i + 1)) {
    if (isBlank(text)) continue;
    const indent = indentOf(text);
    if (indent <= ownerIndent || (!isListItem(text) && indent < Math.min(own, others ?? own))) break;
    if (!isListItem(text)) continue;
    if (others !== undefined && others !== indent) return undefined;
    others = indent;
    count++;
  }
  // With one item under it, either may be the one out of line: the lower one is told, as for any item.
  return count < 2 || others === own ? undefined : others;
}

/** Whether the field on line `i` has lines under it: further in, or list items at its own depth. */
function hasLinesUnder(lines: readonly string[], i: number, indent: number): boolean {
  const next = lines.slice(i + 1).find((l) => !isBlank(l));
  const depth = next === undefined ? -1 : indentOf(next);
  return depth > indent || (depth === indent && isListItem(next!));
}

/** A line like `author:Jan`, a field without the space after its colon, as it reads with that space; or undefined. */
const withColonSpace = (text: string) => (/^\s*[A-Za-z][\w-]*:[^\s/]/.test(text) ? text.replace(':', ': ') : undefined);

/**
 * Where a quote opens an item of a `[ ]` list or `{ }` and is not closed on the line, or -1.
 * Only a quote at an item's start opens quoted text (after `[`, `{`, a comma or a key's colon): `[Rotterdam's]` is fine.
 */
function unclosedFlowQuote(value: string): number {
  let itemStart = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (itemStart && (char === '"' || char === "'")) {
      // Quoted text as YAML reads it: \" inside "…", '' inside '…' (so 'Rijnmond''s is not closed).
      const closing = char === '"' ? /"(?:[^"\\]|\\.)*"/y : /'(?:[^']|'')*'(?!')/y;
      closing.lastIndex = i;
      if (!closing.test(value)) return i;
      i = closing.lastIndex - 1;
      itemStart = false;
    } else if ('[{,'.includes(char) || (char === ':' && /\s/.test(value.charAt(i + 1)))) itemStart = true;
    else if (!/\s/.test(char)) itemStart = false;
  }
  return -1;
}

/**
 * A value (or line) that opens a quote and does not close it on its line: the parser reads on below it.
 * Closed as YAML reads it (\" inside "…", '' inside '…'), whatever follows: `"label": 12` is a quoted name.
 */
const opensUnclosedQuote = (value: string) => /^["']/.test(value) && !(value[0] === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'(?!')/).test(value);

interface LineMistake {
  message: string;
  /** Only a mistake where the parser stumbled on this line or a neighbour. */
  fatalOnly?: boolean;
  /** Only a mistake where the parser stumbled on this line or any line below it. */
  fatalBelow?: boolean;
  /** Every parser error below it comes from it (mended, the lines below read as they stand). */
  explainsBelow?: boolean;
  /** Only a mistake where the parser stumbled from this line to this 1-based line, and every error there comes from it. */
  fatalThrough?: number;
  /** With fatalThrough: the 1-based line from which on (not this line), where the parser stumbles above the line meant (on the item's first line). */
  fatalFrom?: number;
  repair?: Map<number, string>;
  silent?: boolean;
  readMended?: boolean;
}

/**
 * How far a tab-indented line belongs, read from the field above it (helper-31: "twee per niveau" left the editor
 * to count, and two spaces under a key figure's four blamed the right line below): as far in as a field with a
 * value, or two spaces further than one that opens a block. Undefined where the line above says nothing.
 */
function tabPlace(lines: readonly string[], i: number): { depth: number; beside: string } | undefined {
  const aboveLine = lines.slice(0, i).findLastIndex((l) => !isBlank(l));
  if (aboveLine < 0) return undefined;
  let above = lines[aboveLine]!;
  // A line above indented with a tab too is read as its own message mends it ("twee per niveau" was all a second tab line got).
  if (/^ *\t/.test(above)) {
    const place = tabPlace(lines, aboveLine);
    if (!place) return undefined;
    above = above.replace(/^[ \t]+/, ' '.repeat(place.depth));
  }
  if (above.includes('\t')) return undefined;
  // A list item goes under the dash of the item above, not under that item's last field (helper-74: "\t- label:" below
  // "    asOf: …" was told to have 4 spaces, and its fields to have 3, the tab counted as one).
  const dash = isListItem(lines[i]!) ? itemAbove(lines, i) : undefined;
  if (dash) return { depth: dash.indent, beside: `zo ver als het streepje van "${lines[dash.line]!.trim()}" erboven` };
  const column = /^ *(?:- +)?/.exec(above)![0].length;
  const field = keyLine(above.slice(column));
  if (!field) return undefined;
  return field.value === ''
    ? { depth: column + 2, beside: `twee meer dan ${field.key} erboven` }
    : { depth: column, beside: `zo ver als ${field.key} erboven` };
}

/** What each line says about itself: the mistakes a person can see on the line, and how to mend it. */
function lineMistake(lines: readonly string[], i: number, firstLine: number): LineMistake | undefined {
  const text = lines[i]!;
  const line = i + 1;
  if (/^ *\t/.test(text)) {
    const place = tabPlace(lines, i);
    const repaired = text.replace(/^[ \t]+/, (indent) => (place ? ' '.repeat(place.depth) : indent.replaceAll('\t', '  ')));
    const where = place ? `${place.depth} spaties ervoor, ${place.beside}` : 'spaties (twee per niveau)';
    return { message: `gevonden: een tab om in te springen; verwacht ${where}, want de tab telt niet als inspringen`, repair: one(line, repaired) };
  }
  if (isBlank(text)) return undefined;
  // A no-break space (pasted from Word or a web page) looks like a space, but YAML does not read it as one where the
  // lines' shape depends on it: in the indentation, after a field's colon, after a list's dash. Inside a value it is text.
  const hardSpace = /^([ \u00A0\u2007\u202F]*)(-?)([ \u00A0\u2007\u202F]*)([^:]*?:)?([ \u00A0\u2007\u202F]*)/.exec(text)!;
  const [, indent = '', dash = '', afterDash = '', fieldName = '', afterColon = ''] = hardSpace;
  if (HARD_SPACE.test(indent + afterDash + afterColon)) {
    const place = HARD_SPACE.test(indent) ? 'om in te springen' : HARD_SPACE.test(afterDash) && dash ? 'na het streepje' : `na ${fieldName.trim()}`;
    const repaired = plainSpaces(indent) + dash + plainSpaces(afterDash) + fieldName + plainSpaces(afterColon) + text.slice(hardSpace[0].length);
    return { message: `gevonden: een harde spatie ${place} (zoals Word of een webpagina die meegeeft; ze ziet eruit als een spatie); verwacht een gewone spatie`, repair: one(line, repaired) };
  }
  if (/^\s*-[^\s-]/.test(text)) {
    // A field with a dash before it, where no list can be: on the first line, or below a field with a value no further in.
    const above = lines.slice(0, i).findLast((l) => !isBlank(l));
    // Its name may be quoted ("-"title": …"), as a field's may.
    const field = keyLine(text.replace('-', '').replace(/^(\s*)(["'])([^"']+)\2:/, '$1$3:'));
    const owner = above === undefined ? undefined : keyLine(above);
    if (field && (above === undefined || (owner && owner.value !== '' && owner.indent <= field.indent))) {
      return { message: `gevonden: "${text.trim()}" met een streepje ervoor; verwacht "${text.trim().slice(1)}"`, repair: one(line, text.replace('-', '')), readMended: true };
    }
    return { message: `gevonden: "${text.trim()}" zonder spatie na het streepje; verwacht "- ${text.trim().slice(1)}"`, repair: one(line, text.replace('-', '- ')) };
  }
  // "- description: …" under "title: …", level with it: a field, not a list (helper-73: "description ontbreekt" and the
  // general message). On the first line, fields written as a list are told as a whole.
  const dashed = /^(\s*)-\s+(.*)$/.exec(text);
  if (dashed) {
    const field = keyLine(`${dashed[1]}${dashed[2]}`);
    const above = lines.slice(0, i).findLast((l) => !isBlank(l));
    const owner = above === undefined ? undefined : keyLine(above);
    // Not a key figure copied two spaces deeper ("    - label:" under "    asOf:" of "  - label:"): a new item whose
    // dash is out of line, told below (helper-74: "haal - weg" made it part of the key figure above).
    const itemBefore = itemAbove(lines, i);
    const opensLikeItem = itemBefore !== undefined && itemBefore.indent < dashed[1]!.length && keyLine(lines[itemBefore.line]!.replace('-', ' '))?.key === field?.key;
    if (field && owner && owner.value !== '' && owner.indent === field.indent && !opensLikeItem) {
      const written = `${dashed[1]}${dashed[2]}`;
      return { message: `gevonden: "${text.trim()}" met een streepje ervoor, op de plaats van een veld; verwacht "${written.trim()}"`, repair: one(line, written), readMended: true };
    }
    const afterList = field && fieldAfterList(lines, i, field);
    if (afterList) {
      const written = `${dashed[1]}${dashed[2]}`;
      return {
        message: `gevonden: "${text.trim()}" met een streepje ervoor, na de lijst ${afterList.list} maar niet zo ver ingesprongen als de items ervan (en die hebben geen ${field!.key}); verwacht "${written.trim()}" zonder streepje als het een veld van het bestand zelf is, of het streepje precies onder dat van "${afterList.item}" als het een nieuw item van de lijst is`,
        repair: one(line, written),
        readMended: true,
      };
    }
  }
  const parsed = keyLine(text);
  const item = /^\s*-\s+(.*)$/.exec(text);
  // A list item that opens with a field ("- label: @Werk") has that field's value (helper-31: told in general terms).
  const opening = item ? keyLine(item[1]!) : undefined;
  const value = parsed?.value ?? opening?.value ?? item?.[1] ?? '';
  const key = parsed?.key ?? opening?.key;
  // Around the whole value they were meant as YAML's quotes; around a few words they are the text's own (“Nieuwe leerwerkplekken” in Charlois).
  const trimmedValue = value.trim();
  if (trimmedValue.length > 1 && CURLY.test(trimmedValue.charAt(0)) && CURLY.test(trimmedValue.at(-1)!)) {
    return {
      message: `gevonden: ${value.trim()} tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen`,
      repair: one(line, quoteValue(text, value, value.trim().replace(/^[“”„‘’‚]|[“”„‘’‚]$/g, ''))),
    };
  }
  // Between double quotes a \ and the letter after it are a code (\f a page break, \U an error): a Windows path or a
  // backslash in a title would lose letters or stop the file (helper-53: the parser's own words came first).
  const doubleQuoted = /^"(.*)"$/.exec(trimmedValue)?.[1];
  // Read pair by pair, as YAML does: \\ is one backslash, so the space after it starts no code.
  if (doubleQuoted !== undefined && [...doubleQuoted.matchAll(/\\(.?)/g)].some(([, next]) => next !== '"' && next !== '\\')) {
    // Single quotes read every \ as written: a \" or \\ that was meant becomes " or \ again.
    const single = `'${doubleQuoted.replace(/\\(["\\])/g, '$1').replaceAll("'", "''")}'`;
    const repair = one(line, `${text.slice(0, text.length - value.length)}${single}`);
    // A photo's path on the editor's computer: the photo check, reading it single-quoted, says what to write (./foto.jpg).
    if (key === 'src' && ownComputerFileName(doubleQuoted) !== undefined) return { message: '', silent: true, repair };
    return { message: `gevonden: ${trimmedValue}, met een \\ tussen dubbele aanhalingstekens, waar \\ en het teken erna als code gelezen worden; verwacht enkele aanhalingstekens: ${single}`, repair };
  }
  if (/^[%@`]/.test(value)) {
    // YAML keeps these signs for itself at the start of a value (which has no spaces before it here): unit: % is no text to it.
    const written = value.trim();
    return { message: `gevonden: ${written}, een waarde die met ${written[0]} begint, wat niet als tekst gelezen wordt; verwacht "${written}" tussen aanhalingstekens`, fatalOnly: true, repair: one(line, quoteValue(text, value, written)) };
  }
  // A quotation at the start of a value ("Samen sterker", zei de wethouder): YAML reads the quotes as its own, closed
  // after the quotation, and stumbles on the words after it. The whole value goes between quotes, the quotation's kept.
  // Not where it also ends with that quote (quotes inside quotes), nor in a web address's field (the label rule's).
  const quotation = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*[^\s#]/.test(trimmedValue) && trimmedValue.at(-1) !== trimmedValue[0];
  if (quotation && !WEB_ADDRESS_FIELDS.has(key ?? '')) {
    return { message: `gevonden: ${shorten(trimmedValue)}, een waarde die met een aanhalingsteken begint en na het sluitende aanhalingsteken verdergaat; verwacht de hele waarde tussen aanhalingstekens: ${quotedAdvice(trimmedValue)}`, fatalOnly: true, repair: one(line, quoteValue(text, value, trimmedValue)) };
  }
  // "De wethouder noemde het "een mijlpaal"." between double quotes: the inner ones close the value early (helper-73).
  if (/^".*".*"$/.test(trimmedValue) && !/^"(?:[^"\\]|\\.)*"$/.test(trimmedValue) && !WEB_ADDRESS_FIELDS.has(key ?? '')) {
    const inner = trimmedValue.slice(1, -1);
    return { message: `gevonden: aanhalingstekens binnen "…" (${shorten(trimmedValue)}), die de waarde te vroeg sluiten; verwacht enkele aanhalingstekens om de hele waarde: ${quotedAdvice(inner)}`, fatalOnly: true, repair: one(line, quoteValue(text, value, inner)) };
  }
  if (/^'.*'.*'/.test(value.trim())) {
    // Only where the reader stumbled: 'Rotterdam''s' (a doubled apostrophe) is valid and means what it says.
    return { message: `gevonden: een apostrof binnen enkele aanhalingstekens (${value.trim()}); verwacht dubbele aanhalingstekens om tekst met een apostrof: "${value.trim().slice(1, -1)}"`, fatalOnly: true, repair: one(line, quoteValue(text, value, value.trim().slice(1, -1))) };
  }
  if (opensUnclosedQuote(value)) {
    // The parser reads on past the line, looking for the closing quote: it stumbles further down, if at all.
    return { message: `gevonden: een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht ${value[0]}…${value[0]} om de hele tekst, op één regel`, fatalBelow: true, repair: one(line, quoteValue(text, value, value.trim().slice(1))) };
  }
  const flowQuote = parsed && /^[[{]/.test(value) ? unclosedFlowQuote(value) : -1;
  if (flowQuote >= 0) {
    // As above, the parser reads on past the line; mended, the quote is left out: [delfshaven, charlois].
    const at = text.length - value.length + flowQuote;
    return { message: UNCLOSED_QUOTE, fatalBelow: true, repair: one(line, `${text.slice(0, at)}${text.slice(at + 1)}`) };
  }
  if (parsed && /^\[[^\]]*$/.test(value.trim())) {
    return { message: `gevonden: een lijst die met [ begint zonder ] aan het eind (${value.trim()}); verwacht de hele lijst op één regel tussen [ en ]: ${key}: ${value.trim()}]`, fatalBelow: true, repair: one(line, `${text.trimEnd()}]`) };
  }
  // Not where the field has lines under it (`networks: # zuid` above its list): the # starts a comment then.
  if (parsed && /^#/.test(value) && !hasLinesUnder(lines, i, parsed.indent)) {
    return { message: `gevonden: een waarde die met # begint (${value.trim()}); de site leest alles vanaf # als opmerking, dus ${key} blijft leeg; verwacht de tekst tussen aanhalingstekens: ${key}: ${yamlQuoted(value.trim())}`, repair: one(line, quoteValue(text, value)) };
  }
  if (parsed && /^[^"'[{|>]/.test(value) && /\S\s+#\S/.test(value)) {
    const [kept] = value.split(/\s+#(?=\S)/);
    return { message: `gevonden: "${value.trim()}", waarvan de site alles vanaf # weglaat (er blijft "${kept}" over); verwacht de tekst tussen aanhalingstekens: ${key}: ${yamlQuoted(value.trim())}`, repair: one(line, quoteValue(text, value)) };
  }
  // A label before a web address ("website: Website: https://…"): the address alone is meant, not the text quoted (helper-39).
  const labelled = parsed && WEB_ADDRESS_FIELDS.has(parsed.key) ? /^[^"'[{|>:][^:]*:\s+(https?:\/\/\S+)\s*$/.exec(value) : null;
  if (labelled) {
    return { message: `gevonden: "${value.trim()}", met tekst voor het webadres; verwacht alleen het webadres: ${key}: ${labelled[1]}`, fatalOnly: true, repair: one(line, `${text.slice(0, text.length - value.length)}${labelled[1]}`) };
  }
  if (parsed && /^[^"'[{|>]/.test(value) && /:\s/.test(value)) {
    return { message: `gevonden: een dubbele punt midden in de waarde van ${key}; verwacht de tekst tussen aanhalingstekens: ${key}: ${yamlQuoted(value.trim())}`, fatalOnly: true, repair: one(line, quoteValue(text, value)) };
  }
  // A line that is no field and no list item, under a field left empty: the value went to the next line.
  if (!parsed && !item) {
    const above = lines.slice(0, i).findLastIndex((l) => !isBlank(l));
    const field = above >= 0 ? keyLine(lines[above]!) : undefined;
    if (field && field.value === '') {
      // Mended as meant: the value joins its field, and this line is left empty.
      const repair = new Map([[above + 1, `${lines[above]!.trimEnd()} ${JSON.stringify(text.trim())}`], [line, '']]);
      return { message: `gevonden: de waarde van ${field.key} op de volgende regel; verwacht veld en waarde op één regel: ${field.key}: ${text.trim()}`, fatalOnly: true, repair };
    }
    // A name further in right below a list item of one name, without a dash: YAML reads it as the rest of that item
    // ("delfshaven charlois") without an error, and the reference check's "bedoelde je delfshaven?" lost the second
    // (helper-74). Only single names: a label wrapped over two lines reads as meant.
    const plainItem = above === i - 1 ? /^(\s*)-\s+([\p{L}\d-]+)\s*$/u.exec(lines[above]!) : null;
    if (plainItem && indentOf(text) > plainItem[1]!.length && /^[\p{L}\d][\p{L}\d-]*$/u.test(text.trim())) {
      const written = `${plainItem[1]}- ${text.trim()}`;
      return {
        message: `gevonden: "${text.trim()}" zonder streepje ervoor, verder ingesprongen dan "- ${plainItem[2]}" erboven, zodat de site de twee als één waarde leest ("${plainItem[2]} ${text.trim()}"); verwacht een eigen lijstregel, met het streepje precies onder het vorige: "${written}"`,
        readMended: true,
        repair: one(line, written),
      };
    }
    const spaced = withColonSpace(text);
    if (spaced) return { message: `gevonden: "${text.trim()}" zonder spatie na de dubbele punt; verwacht "${spaced.trim()}"`, fatalOnly: true, repair: one(line, spaced) };
    // One that opens a quote took the lines below into its text: the parser stumbles further down.
    const where = opensUnclosedQuote(text.trim()) ? { fatalBelow: true } : { fatalOnly: true };
    // The rest of a value broken off mid-sentence (a description pasted with its line breaks, helper-39): told as the
    // rest of that field, not as text for below the fields. Only right under it, going on in small letters.
    const wrapped = wrappedFrom(lines, i);
    if (wrapped) {
      return { message: `gevonden: "${text.trim()}", het vervolg van ${wrapped.key} op een eigen regel; verwacht de hele waarde van ${wrapped.key} op één regel: zet deze tekst achter de rest, aan het eind van regel ${wrapped.line + firstLine}`, ...where, repair: one(line, '') };
    }
    // A sentence of running text (helper-34 typed a paragraph under description): it belongs below the second ---.
    const prose = text.trim().split(/\s+/).length >= 4 && /[.!?]$/.test(text.trim());
    const orText = prose ? '; lopende tekst hoort niet tussen de velden maar onder de tweede regel ---' : '';
    return { message: `gevonden: "${text.trim()}", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "${orText}`, ...where, repair: one(line, '') };
  }
  // A list item indented otherwise than the item above it, also below that item's own fields (helper-42: " - label:"
  // under "  - label:" and its value and kind got the general message). Mended with its own fields, which move along.
  if (item) {
    const above = itemAbove(lines, i);
    const indent = indentOf(text);
    // The list's first item alone out of line with the items under it: that one is told and mended, not each item below.
    const others = above ? undefined : othersIndent(lines, i);
    // The item with its own fields, which move along when it is mended.
    const block = () => {
      const end = lines.findIndex((l, j) => j > i && !isBlank(l) && indentOf(l) <= indent);
      return lines.slice(i, end < 0 ? lines.length : end);
    };
    if (others !== undefined) {
      const below = lines.findIndex((l, j) => j > i && isListItem(l));
      // The parser stumbles at the first line out of step with it, below this item's own fields: anywhere in the list.
      return {
        message: `gevonden: "${text.trim()}" ${others < indent ? 'verder' : 'minder ver'} ingesprongen dan "${lines[below]!.trim()}" eronder; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor`,
        fatalThrough: listEnd(lines, i),
        repair: shifted(block(), line, others - indent),
      };
    }
    if (above && above.indent !== indent && !(itemAbove(lines, above.line) === undefined && othersIndent(lines, above.line) === indent)) {
      const shift = above.indent - indent;
      // Right under an item of plain text, further in, it goes on with that text: no error, but one value of two ("charlois -
      // delfshaven"), whose "bedoelde je" advice lost the second (helper-73). Told, and read as mended, without the parser.
      const aboveText = /^\s*-\s+(.*)$/.exec(lines[above.line]!)?.[1] ?? '';
      const merges = shift < 0 && above.line === i - 1 && aboveText !== '' && !keyLine(aboveText) && !/^["'[{|>&*!]/.test(aboveText);
      const together = merges ? `, zodat de site de twee als één waarde leest ("${aboveText.trim()} ${text.trim()}")` : '';
      return {
        message: `gevonden: "${text.trim()}" ${shift < 0 ? 'verder' : 'minder ver'} ingesprongen dan "${lines[above.line]!.trim()}" ${above.line === i - 1 ? 'erboven' : `op regel ${above.line + firstLine}`}${together}; verwacht elk streepje van de lijst precies onder het vorige, met evenveel spaties ervoor`,
        ...(merges ? { readMended: true } : { fatalOnly: true }),
        repair: shifted(block(), line, shift),
      };
    }
  }
  // A field of a list item out of line with the item's first field ("- label: …" over "     value: 30", or level with the
  // dash): each such line told and mended in one round (helper-73: a round a line, the general message on a line that was fine).
  // Not an item where its dash is told as one too many ("- description:" under "title:"; "- contact:" after the list).
  const owner = parsed && !item ? itemOf(lines, i) : undefined;
  if (parsed && owner && !lineMistake(lines, owner.line, firstLine)?.readMended) {
    // In line with it, it is right: the rules below would blame it for a line above it that is out of line.
    if (parsed.indent === owner.column) return undefined;
    return {
      message: `gevonden: ${parsed.key} ${parsed.indent > owner.column ? 'verder' : 'minder ver'} ingesprongen dan ${owner.key} ${owner.line === i - 1 ? 'erboven' : `op regel ${owner.line + firstLine}`}; verwacht ${parsed.key} precies onder ${owner.key}, met ${owner.column} spaties ervoor`,
      fatalThrough: listEnd(lines, owner.line),
      fatalFrom: owner.line + 1,
      repair: one(line, `${' '.repeat(owner.column)}${text.trimStart()}`),
    };
  }
  const between = parsed && !item ? outOfLine(lines, i) : undefined;
  if (parsed && between) {
    return {
      message: `gevonden: ${parsed.key} ${parsed.indent > between.column ? 'verder' : 'minder ver'} ingesprongen dan ${between.below} eronder; verwacht ${parsed.key} precies boven ${between.below}, met ${between.column} spaties ervoor`,
      fatalOnly: true,
      repair: one(line, `${' '.repeat(between.column)}${text.trimStart()}`),
    };
  }
  // The line above told so: this one is right, where the rules below would blame it.
  const aboveLine = lines.findLastIndex((l, j) => j < i && !isBlank(l));
  if (parsed && aboveLine >= 0 && outOfLine(lines, aboveLine)) return undefined;
  // The first field further in than the field below it ("  title:" then "description:"): the reader stumbles on every field below.
  if (parsed && lines.slice(0, i).every(isBlank)) {
    const below = keyLine(lines.slice(i + 1).find((l) => !isBlank(l)) ?? '');
    if (below && below.indent < parsed.indent) {
      return {
        message: `gevonden: ${parsed.key} verder ingesprongen dan ${below.key} eronder; verwacht ${parsed.key} precies boven ${below.key}, met evenveel spaties ervoor`,
        fatalBelow: true,
        explainsBelow: true,
        repair: one(line, `${' '.repeat(below.indent)}${text.trimStart()}`),
      };
    }
  }
  // Under a field, but not as far in as the field's first sub-field: "  src:" then " alt:". Every line between
  // the field (the owner) and this one is further in than this one, or it would be the owner: so never "verder" here.
  if (parsed) {
    const owner = lines.slice(0, i).findLastIndex((l) => !isBlank(l) && indentOf(l) <= parsed.indent);
    const first = owner >= 0 ? lines.slice(owner + 1, i).find((l) => !isBlank(l)) : undefined;
    const sibling = first === undefined ? undefined : keyLine(first);
    if (sibling && indentOf(lines[owner]!) < parsed.indent) {
      return {
        message: `gevonden: ${parsed.key} minder ver ingesprongen dan ${sibling.key} erboven; verwacht ${parsed.key} precies onder ${sibling.key}, met evenveel spaties ervoor`,
        fatalOnly: true,
        repair: one(line, `${' '.repeat(sibling.indent)}${text.trimStart()}`),
      };
    }
  }
  // Indented under a field that already has a value: it reads as part of that value. Not under a line indented with a
  // tab: that line is told, and how deep its editor meant it is unknown (helper-29: the right line below was blamed).
  if (parsed) {
    const above = lines.slice(0, i).findLastIndex((l) => !isBlank(l));
    const previous = above >= 0 && !/^ *\t/.test(lines[above]!) ? keyLine(lines[above]!) : undefined;
    if (previous && previous.value !== '' && parsed.indent > previous.indent) {
      return {
        message: `gevonden: ${parsed.key} verder ingesprongen dan ${previous.key} op de regel erboven, dat al een waarde heeft; verwacht ${parsed.key} precies onder ${previous.key}, met evenveel spaties ervoor`,
        fatalOnly: true,
        repair: one(line, `${' '.repeat(previous.indent)}${text.trimStart()}`),
      };
    }
  }
  return undefined;
}

/** A field's second occurrence left out, with the lines indented under it, as blank lines. */
function withoutField(lines: readonly string[], line: number): Map<number, string> {
  const own = keyLine(lines[line - 1] ?? '');
  const repair = one(line, '');
  for (let j = line; own && j < lines.length && (isBlank(lines[j]!) || indentOf(lines[j]!) > own.indent); j++) repair.set(j + 1, '');
  return repair;
}

/** A line with the `name: value` at `column` inside { } left out, and its comma: `{name: a, name: b}` becomes `{name: a, }` (a comma before } is valid). */
function withoutPair(text: string, column: number): string {
  const pair = /^[^,}]*(,\s*)?/.exec(text.slice(column))![0];
  return `${text.slice(0, column)}${text.slice(column + pair.length)}`;
}

/** The YAML text with every mistake mended as its message suggests, line numbers kept. */
export function repairedYaml(yamlText: string, mistakes: readonly YamlMistake[]): string {
  const lines = yamlText.split(/\r?\n/);
  // A line left out stays out: a duplicate's removal takes the lines under it along, whatever a mistake on one of them mends.
  const leftOut = new Set(mistakes.flatMap((mistake) => [...(mistake.repair ?? [])].filter(([, text]) => text === '').map(([line]) => line)));
  for (const mistake of mistakes) for (const [line, text] of mistake.repair ?? []) lines[line - 1] = leftOut.has(line) ? '' : text;
  return lines.join('\n');
}

/**
 * The field a line belongs to, for the report's field column: `title`, `source.name`, `networks`
 * for a list item; `opmaak` where the line holds no field (a stray line, a missing ---).
 */
export function fieldOfLine(yamlText: string, line: number): string {
  const lines = yamlText.split(/\r?\n/).map((l) => l.replace(/^[ \t]+/, (indent) => indent.replaceAll('\t', '  ')));
  const text = lines[line - 1] ?? '';
  // A list item that opens with a field ("  - label: …") is that field, in that item.
  const opensItem = isListItem(text) && !/^\s*-\s*[[{]/.test(text) ? keyLine(text.replace('-', ' ')) : undefined;
  const own = opensItem ?? keyLine(text) ?? keyLine(withColonSpace(text) ?? '');
  const path: string[] = [];
  let indent: number;
  if (own) {
    path.push(own.key);
    indent = own.indent;
  } else if (/^\s*-/.test(text)) indent = indentOf(text) + 1;
  else {
    // A value on the next line belongs to the field left empty above it; an indented line goes on the value of the line
    // above it with less indentation (description: > and its text below, a long title over two lines).
    const above = lines.slice(0, line - 1).findLastIndex((l) => !isBlank(l));
    const field = above >= 0 ? keyLine(lines[above]!) : undefined;
    if (field && field.value === '') return fieldOfLine(yamlText, above + 1);
    const indent = indentOf(text);
    const owner = lines.slice(0, line - 1).findLastIndex((l) => !isBlank(l) && indentOf(l) < indent);
    return owner >= 0 ? fieldOfLine(yamlText, owner + 1) : 'opmaak';
  }
  // The number of the list item the path went through (figures[2].unit, as the schema's messages say), once its list is found.
  let item: number | undefined;
  let passedItem = false;
  for (let j = opensItem ? line - 1 : line - 2; j >= 0 && indent > 0; j--) {
    const dash = isListItem(lines[j]!) ? indentOf(lines[j]!) : undefined;
    if (own && !passedItem && dash !== undefined && dash < indent) {
      passedItem = true;
      item = itemNumber(lines, j, dash);
      // Items with dashes of other depths have no clear number: only the list is named, as the mistake is in its dashes.
      if (item === undefined) path.length = 0;
      indent = dash + 1;
      continue;
    }
    const parent = keyLine(lines[j]!);
    // A field whose lines below are list items holds a list: a field next to those items is not part of it.
    const holdsList = own !== undefined && !passedItem && isListItem(lines.slice(j + 1, line - 1).find((l) => !isBlank(l)) ?? '');
    if (parent && parent.indent < indent && parent.value === '' && !holdsList) {
      path.unshift(item === undefined ? parent.key : `${parent.key}[${item}]`);
      item = undefined;
      indent = parent.indent;
    }
  }
  return path.join('.') || 'opmaak';
}

/**
 * Which item (from 1) of its list the item on line `j` is: the items with the same dash above it, up to the list's
 * field; undefined where an item of that list has its dash further in or out.
 */
function itemNumber(lines: readonly string[], j: number, dash: number): number | undefined {
  let number = 0;
  for (let k = j; k >= 0; k--) {
    const text = lines[k]!;
    if (isBlank(text)) continue;
    if (isListItem(text)) {
      if (indentOf(text) !== dash) return undefined;
      number++;
    } else if (indentOf(text) <= dash) break;
  }
  return number;
}

/**
 * The line that opens the list item a field on line `j` belongs to (`  - label: …`), and its dash's indentation;
 * undefined when the field is no field of a list item.
 */
function itemOpening(lines: readonly string[], j: number, indent: number): { line: number; dash: number } | undefined {
  for (let k = j; k >= 0; k--) {
    if (isBlank(lines[k]!)) continue;
    const item = /^(\s*)-\s/.exec(lines[k]!);
    if (item && keyLine(lines[k]!.replace('-', ' '))?.indent === indent) return { line: k, dash: item[1]!.length };
    if (item || indentOf(lines[k]!) < indent) return undefined;
  }
  return undefined;
}

/** The line of the earlier occurrence of a key at the same depth, for a duplicate. */
function firstOccurrence(lines: readonly string[], i: number): number | undefined {
  const own = keyLine(lines[i]!);
  if (!own) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    // A list item's first field stands on the item's own line (`  - label: …`), where its map begins.
    const item = /^(\s*)-\s/.exec(lines[j]!);
    const other = keyLine(item ? lines[j]!.replace('-', ' ') : lines[j]!);
    if (other && other.indent === own.indent && other.key === own.key) return j;
    if ((item ? item[1]!.length : other?.indent ?? own.indent) < own.indent) return undefined;
  }
  return undefined;
}

/**
 * Every mistake in the YAML text: what the lines show, and each parser error
 * the lines do not explain, in Dutch. `lineOf` turns the parser's offsets into lines.
 */
export function yamlMistakes(yamlText: string, errors: readonly YAMLError[], lineOf: (offset: number) => number, firstLine = 1): YamlMistake[] {
  const lines = yamlText.split(/\r?\n/);
  const mistakes = new Map<number, YamlMistake>();
  // The parser may stop on a comment or an empty line above the line it could not read (helper-42: the comment above
  // " figures:" was told, and to be quoted): the first line below it with text is meant.
  const onText = (line: number) => {
    const next = lines.findIndex((l, j) => j >= line - 1 && !isBlank(l));
    return next < 0 ? line : next + 1;
  };
  const errorLine = (error: YAMLError) => onText(lineOf(error.pos[0]));
  const failed = [...new Set(errors.map(errorLine))];
  const isQuoteError = (error: YAMLError) => error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
  // Where the parser gave up looking for a closing quote: every error there comes from that quote.
  const quoteEnds = new Set(errors.filter(isQuoteError).map(errorLine));
  let explainedBelow = Infinity;
  const explainedSpans: [number, number][] = [];
  // The line told to open a new list item: the fields that follow it, twice in the item above, come with it.
  let newItem: number | undefined;
  // The other lines are read with each tab-indented line as its own message mends it: the fields under "\t- label:"
  // are measured against the label as it will stand, not against the tab counted as one space (helper-74).
  const isTabbed = (l: string) => /^ *\t/.test(l);
  const mended = lines.map((l, i) => (isTabbed(l) ? (lineMistake(lines, i, firstLine)?.repair?.get(i + 1) ?? l) : l));
  lines.forEach((_, i) => {
    const found = lineMistake(isTabbed(lines[i]!) ? lines : mended, i, firstLine);
    // Some shapes are only a mistake where the parser also stumbled: "Let op: dit" is fine in a quoted value.
    const counts =
      found &&
      (found.fatalBelow
        ? failed.some((l) => l >= i + 1)
        : found.fatalThrough !== undefined
          ? failed.some((l) => l >= (found.fatalFrom ?? i + 1) && l <= found.fatalThrough!)
          : !found.fatalOnly || failed.some((l) => Math.abs(l - (i + 1)) <= 1));
    if (found && counts) mistakes.set(i + 1, { line: i + 1, message: found.message, repair: found.repair, silent: found.silent, readMended: found.readMended });
    if (found?.explainsBelow && counts) explainedBelow = Math.min(explainedBelow, i + 1);
    if (found?.fatalThrough !== undefined && counts) explainedSpans.push([Math.min(i + 1, (found.fatalFrom ?? Infinity) - 1), found.fatalThrough]);
  });
  let failing: Set<number> | undefined;
  const failingWhenMended = () => {
    if (failing) return failing;
    const counter = new LineCounter();
    const mendedDoc = parseAsAstro(repairedYaml(yamlText, [...mistakes.values()]), counter);
    failing = new Set(mendedDoc.errors.map((error) => onText(counter.linePos(error.pos[0]).line)));
    return failing;
  };
  for (const error of errors) {
    const line = errorLine(error);
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyLine(lines[line - 1] ?? '')?.key;
      // The parser points at the second one: inside { } it is another name than the line's own field (source: {name: …, name: …}),
      // also when quoted (source: {"name": …, "name": …}), where its quote is no part of the name.
      const twice = /^["']?([^\s:{},[\]"']+)/.exec(yamlText.slice(error.pos[0]))?.[1];
      const inBraces = twice !== undefined && twice !== key;
      const named = inBraces ? (key === undefined ? twice : `${twice} in ${key}`) : (key ?? 'dit veld');
      const first = inBraces ? undefined : firstOccurrence(lines, line - 1);
      // In a list item, fields that all stand in the item already, from this one on, are the next item without its dash
      // (helper-33: "remove one" deleted a key figure); told once, on its first line.
      const indent = indentOf(lines[line - 1]!);
      const inItem = (l: string) => isBlank(l) || (!isListItem(l) && indentOf(l) >= indent);
      const keysAt = (from: number, to: number) => lines.slice(from, to).map((l) => keyLine(l.replace(/^(\s*)-\s/, '$1  '))).filter((k) => k?.indent === indent).map((k) => k!.key);
      // The other fields of the item just told come with it; its first field again opens the item after it (three items, two dashes missing).
      if (newItem !== undefined && lines.slice(newItem, line - 1).every(inItem) && !keysAt(newItem - 1, line - 1).includes(key ?? '')) continue;
      const opening = first === undefined ? undefined : itemOpening(lines, first, indent);
      // Twice in the item just told to be new (its dash missing): that item's fields are the ones to compare, not the item above's.
      const itemStart = newItem !== undefined && first! >= newItem - 1 ? newItem - 1 : opening?.line;
      const runEnd = lines.findIndex((l, j) => j >= line && !inItem(l));
      if (opening && keysAt(line - 1, runEnd < 0 ? lines.length : runEnd).every((k) => keysAt(itemStart!, line - 1).includes(k))) {
        newItem = line;
        const written = `${' '.repeat(opening.dash)}- ${lines[line - 1]!.trim()}`;
        mistakes.set(line, {
          line,
          message: `gevonden: ${named} voor de tweede keer in hetzelfde item van de lijst (ook op regel ${first! + firstLine}); verwacht een nieuw item, met een streepje ervoor zoals op regel ${opening.line + firstLine}: "${written}" (of, als het één item is, haal een van de twee weg)`,
          repair: one(line, written),
        });
        continue;
      }
      const column = error.pos[0] - (yamlText.lastIndexOf('\n', error.pos[0] - 1) + 1);
      const repair = inBraces ? one(line, withoutPair(lines[line - 1]!, column)) : withoutField(lines, line);
      mistakes.set(line, { line, message: `gevonden: ${named} voor de tweede keer${first !== undefined ? ` (ook op regel ${first + firstLine})` : ''}; verwacht elk veld één keer: haal een van de twee weg`, repair });
      continue;
    }
    // Explained by a line near it (the parser often stops a line before or after the real mistake),
    // or by a quote opened on a line told above it, which took the lines below into its text: one that opens a quote,
    // or one where the parser stumbled first (networks: ["delfshaven" "charlois]).
    if ([line - 1, line, line + 1].some((l) => mistakes.has(l))) continue;
    if (quoteEnds.has(line) && [...mistakes.keys()].some((l) => l < line && /["']/.test(lines[l - 1]!))) continue;
    if (line > explainedBelow || explainedSpans.some(([from, to]) => line > from && line <= to)) continue;
    // Or by the lines told so far, when with those mended the parser reads this line (helper-74: a tab or a hard space
    // in a key figure made it stumble on fields further down that were fine, each told as unreadable).
    if (mistakes.size > 0 && !failingWhenMended().has(line)) continue;
    const text = lines[line - 1] ?? '';
    const parsed = keyLine(text);
    mistakes.set(line, {
      line,
      message:
        isQuoteError(error)
          ? UNCLOSED_QUOTE
          : 'gevonden: een regel die niet als "veld: waarde" te lezen is; verwacht per regel een veld, een dubbele punt en een spatie, en tekst met : of # tussen aanhalingstekens',
      repair: one(line, parsed?.value ? quoteValue(text, parsed.value, parsed.value.trim().replace(/^["']|["']$/g, '')) : ''),
    });
  }
  return [...mistakes.values()].sort((a, b) => a.line - b.line);
}
