/**
 * The mistakes editors make in the lines between the two `---`, each told in
 * Dutch with its own tip, on the line where it is. Read from the lines
 * themselves, because the YAML parser's own words ("Nested mappings are not
 * allowed in compact mappings") say nothing to an editor, and because some
 * mistakes are valid YAML with a meaning nobody wanted: curly quotes that end
 * up in a title, or "Nummer #1" that YAML cuts off at the #.
 */
import type { YAMLError } from 'yaml';

export interface YamlMistake {
  /** 1-based line in the YAML text (the file's own line numbers appear in the messages). */
  line: number;
  message: string;
}

const CURLY = /[“”„‘’‚]/;
const KEY_LINE = /^(\s*)([^\s#:"'-][^:#]*?):(?:\s+(.*))?$/;

/** A key line's parts: indentation, key and the value as written (without a trailing comment's space). */
function keyLine(text: string) {
  const match = KEY_LINE.exec(text);
  return match ? { indent: match[1]!.length, key: match[2]!.trim(), value: match[3] ?? '' } : undefined;
}

const isBlank = (text: string) => text.trim() === '' || text.trim().startsWith('#');

/** What each line says about itself: the mistakes a person can see on the line. */
function lineMistake(lines: readonly string[], i: number): { message: string; fatalOnly?: boolean } | undefined {
  const text = lines[i]!;
  if (/^ *\t/.test(text)) return { message: 'gevonden: een tab om in te springen; verwacht spaties (twee per niveau), want de tab telt niet als inspringen' };
  if (isBlank(text)) return undefined;
  if (/^\s*-[^\s-]/.test(text)) return { message: `gevonden: "${text.trim()}" zonder spatie na het streepje; verwacht "- ${text.trim().slice(1)}"` };
  const parsed = keyLine(text);
  const item = /^\s*-\s+(.*)$/.exec(text);
  const value = parsed?.value ?? item?.[1] ?? '';
  const key = parsed?.key;
  if (CURLY.test(value.charAt(0))) {
    return { message: `gevonden: ${value.trim()} tussen gekrulde aanhalingstekens (zoals een tekstverwerker ze zet); verwacht rechte aanhalingstekens "…" of helemaal geen` };
  }
  if (/^'.*'.*'/.test(value.trim())) {
    // Only where the reader stumbled: 'Rotterdam''s' (a doubled apostrophe) is valid and means what it says.
    return { message: `gevonden: een apostrof binnen enkele aanhalingstekens (${value.trim()}); verwacht dubbele aanhalingstekens om tekst met een apostrof: "${value.trim().slice(1, -1)}"`, fatalOnly: true };
  }
  if (/^["']/.test(value) && !new RegExp(`^(${value[0]}).*\\1\\s*(#.*)?$`).test(value.trim())) {
    return { message: `gevonden: een aanhalingsteken aan het begin van de waarde zonder aanhalingsteken aan het eind; verwacht ${value[0]}…${value[0]} om de hele tekst, op één regel`, fatalOnly: true };
  }
  if (parsed && /^#/.test(value)) {
    return { message: `gevonden: een waarde die met # begint (${value.trim()}); de site leest alles vanaf # als opmerking, dus ${key} blijft leeg; verwacht de tekst tussen aanhalingstekens: ${key}: "${value.trim()}"` };
  }
  if (parsed && /^[^"'[{|>]/.test(value) && /\S\s+#\S/.test(value)) {
    const [kept] = value.split(/\s+#(?=\S)/);
    return { message: `gevonden: "${value.trim()}", waarvan de site alles vanaf # weglaat (er blijft "${kept!.trim()}" over); verwacht de tekst tussen aanhalingstekens: ${key}: "${value.trim()}"` };
  }
  if (parsed && /^[^"'[{|>]/.test(value) && /:\s/.test(value)) {
    return { message: `gevonden: een dubbele punt midden in de waarde van ${key}; verwacht de tekst tussen aanhalingstekens: ${key}: "${value.trim()}"`, fatalOnly: true };
  }
  // A line that is no field and no list item, under a field left empty: the value went to the next line.
  if (!parsed && !item) {
    const above = lines.slice(0, i).findLastIndex((l) => !isBlank(l));
    const field = above >= 0 ? keyLine(lines[above]!) : undefined;
    if (field && field.value === '') return { message: `gevonden: de waarde van ${field.key} op de volgende regel; verwacht veld en waarde op één regel: ${field.key}: ${text.trim()}`, fatalOnly: true };
    return { message: `gevonden: "${text.trim()}", een regel zonder "veld:" ervoor; verwacht "veld: waarde" per regel, of een lijstregel die begint met "- "`, fatalOnly: true };
  }
  // Indented under a field that already has a value: it reads as part of that value.
  if (parsed) {
    const above = lines.slice(0, i).findLastIndex((l) => !isBlank(l));
    const previous = above >= 0 ? keyLine(lines[above]!) : undefined;
    if (previous && previous.value !== '' && parsed.indent > previous.indent) {
      return { message: `gevonden: ${parsed.key} verder ingesprongen dan ${previous.key} op de regel erboven, dat al een waarde heeft; verwacht ${parsed.key} precies onder ${previous.key}, met evenveel spaties ervoor`, fatalOnly: true };
    }
  }
  return undefined;
}

/** The line of the earlier occurrence of a key at the same depth, for a duplicate. */
function firstOccurrence(lines: readonly string[], i: number): number | undefined {
  const own = keyLine(lines[i]!);
  if (!own) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const other = keyLine(lines[j]!);
    if (other && other.indent < own.indent) return undefined;
    if (other && other.indent === own.indent && other.key === own.key) return j;
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
  const failedLines = new Set(errors.map((e) => lineOf(e.pos[0])));
  lines.forEach((_, i) => {
    const found = lineMistake(lines, i);
    // Some shapes are only a mistake where the parser also stumbled: "Let op: dit" is fine in a quoted value.
    if (found && (!found.fatalOnly || [...failedLines].some((l) => Math.abs(l - (i + 1)) <= 1))) mistakes.set(i + 1, { line: i + 1, message: found.message });
  });
  for (const error of errors) {
    const line = lineOf(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const first = firstOccurrence(lines, line - 1);
      const key = keyLine(lines[line - 1] ?? '')?.key ?? 'dit veld';
      mistakes.set(line, { line, message: `gevonden: ${key} voor de tweede keer${first !== undefined ? ` (ook op regel ${first + firstLine})` : ''}; verwacht elk veld één keer: haal een van de twee weg` });
      continue;
    }
    // Explained by a line near it (the parser often stops a line before or after the real mistake).
    if ([line - 1, line, line + 1].some((l) => mistakes.has(l))) continue;
    mistakes.set(line, {
      line,
      message:
        error.code === 'MISSING_CHAR' && /quote/i.test(error.message)
          ? 'gevonden: een aanhalingsteken zonder aanhalingsteken aan het eind; verwacht "…" om de hele tekst, op één regel'
          : 'gevonden: een regel die niet als "veld: waarde" te lezen is; verwacht per regel een veld, een dubbele punt en een spatie, en tekst met : of # tussen aanhalingstekens',
    });
  }
  return [...mistakes.values()].sort((a, b) => a.line - b.line);
}
