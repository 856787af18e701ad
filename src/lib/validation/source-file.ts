/**
 * Reads one content file's YAML (frontmatter, or the whole file) while keeping
 * positions, so every problem can name the line an editor has to change.
 * Dates stay text here, unlike in Astro's reader (js-yaml turns 2023-02-30 into
 * 2 March): the check sees exactly what the editor wrote. Every mistake in the
 * lines is found at once and told in Dutch (yaml-mistakes.ts); then the lines
 * are read again as each message says to mend them, so the fields below a
 * mistake are still checked (one round). Without a closing `---` the fields are
 * taken up to the first line that is no field; the body's own checks run
 * whenever it is found, even when a field above is broken.
 */
import { LineCounter, isCollection, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import { parseAsAstro } from './astro-yaml.ts';
import { fieldOfLine, repairedYaml, yamlMistakes } from './yaml-mistakes.ts';

export interface SourceFile {
  /** Frontmatter (Markdown) or the whole document (YAML), as plain data; undefined when unreadable. */
  data: unknown;
  /** The Markdown body below the frontmatter ('' for YAML files); undefined when the frontmatter's end is not found. */
  body: string | undefined;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The value at `path` exactly as the editor typed it (`1.200`, `"20"`), or undefined when there is none. */
  writtenAt(path: readonly PropertyKey[]): string | undefined;
  /** Could the fields be read at all? When not, `problems` says why, on each line. */
  readable: boolean;
  /** Mistakes in the lines: the ones that make the data unreadable, and the ones that change what it says (curly quotes, a cut-off #, tags). */
  problems: { line: number; field: string; message: string }[];
}

/** A line that opens or closes the fields: --- alone (spaces after it, and a Windows line end, allowed). */
const DELIMITER = /^---[ \t]*\r?$/;

/**
 * Where the fields end, read as Astro reads them, so the check never sees other fields or another text than the
 * build (helper-38): lines end at \n only (a U+2028 in a value is no line end), and Astro's fields end at the first
 * line that begins with --- or +++ (followed by anything: "----", "--- nog meer"). The check wants that line to be
 * --- alone; a line that only begins with --- is told where it stands.
 */
function frontmatterEnd(lines: readonly string[]): { end: number; astroEnd: number } {
  // Astro's reader ends them at +++ too, TOML's sign (helper-58: a title's second line "+++ in Rotterdam" stopped the build in English).
  const astroEnd = lines.findIndex((line, i) => i > 0 && (line.startsWith('---') || line.startsWith('+++')));
  const end = lines.findIndex((line, i) => i > 0 && DELIMITER.test(line));
  return { end, astroEnd };
}

/** Frontmatter that multiplies through aliases (&a … *a) past this many is refused, not expanded. */
const MAX_ALIAS_COUNT = 50;

const unreadable = (body: string | undefined, line: number, message: string): SourceFile => ({
  data: undefined,
  body,
  bodyLine: 1,
  lineOf: () => 1,
  writtenAt: () => undefined,
  readable: false,
  problems: [{ line, field: 'opmaak', message }],
});

/**
 * A line that reads as a field: one word and a colon (field names have no spaces), an indented line, or
 * a list item. Words with spaces before a colon are a sentence of the text ("Op donderdag … divers: hoe …").
 */
const FIELD_LIKE = /^(\s+\S|-\s|[^\s:#]+:(\s|$))/;

/** A line of dashes meant as the closing ---: two or one, long dashes from a word processor, or spaced out. */
const OTHER_DASHES = /^(?:-{1,2}|[–—]{1,3}|(?:-[ \t]+){2}-)[ \t]*\r?$/;

/**
 * The last line of a frontmatter whose closing --- is missing: the fields go on while lines look like
 * fields. A # line is passed over without ending or extending them: a comment among the fields, or the
 * text's first heading.
 */
function guessedFrontmatterEnd(lines: readonly string[]): number {
  let end = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!FIELD_LIKE.test(line) || OTHER_DASHES.test(line)) break;
    end = i;
  }
  return end;
}

/** Told at the end of a file whose lines could not be mended well enough to check its fields. */
export const MORE_AFTER_REPAIR =
  'gevonden: een vormfout waardoor de andere velden van dit bestand nog niet te lezen zijn; verwacht eerst de regels hierboven verbeterd. Na het verbeteren van deze regels kan de controle nog meer vinden.';

/**
 * The field a line of the file belongs to, as a problem names it (figures[2].label), "inhoud" in the text and "opmaak" on
 * a --- line: for what is found in the file as written, before its fields are read (an unseen character in a title).
 */
export function fieldAtLine(original: string, isYaml: boolean, line: number): string {
  // U+2028 and U+2029 end no line here, but a regular expression's . stops at them: read as spaces, for the name only.
  const text = (original.startsWith('\uFEFF') ? original.slice(1) : original).replace(/[\u2028\u2029]/g, ' ');
  if (isYaml) return fieldOfLine(text, line);
  const lines = text.split('\n');
  const { end } = DELIMITER.test(lines[0]!) ? frontmatterEnd(lines) : { end: -1 };
  if (end < 0 || line > end + 1) return 'inhoud';
  if (line === 1 || line === end + 1) return 'opmaak';
  return fieldOfLine(lines.slice(1, end).join('\n'), line - 1);
}

export function readSourceFile(original: string, isYaml: boolean): SourceFile {
  // Windows Notepad starts UTF-8 files with a byte-order mark; Astro reads past it, and so does the check.
  const text = original.startsWith('\uFEFF') ? original.slice(1) : original;
  let yamlText = text;
  let yamlFirstLine = 1;
  let body = '';
  let bodyLine = 1;
  const problems: SourceFile['problems'] = [];
  if (!isYaml) {
    const lines = text.split('\n');
    const { end: closing, astroEnd } = DELIMITER.test(lines[0]!) ? frontmatterEnd(lines) : { end: -1, astroEnd: -1 };
    // Both are -1 or both a line below the first (a --- line alone also begins with ---): they differ where a line only begins with it.
    if (astroEnd !== closing) {
      // The build would end the fields there and read the rest as text (or the other way round): the check must not guess.
      const sign = lines[astroEnd]!.slice(0, 3);
      return unreadable(undefined, astroEnd + 1, `gevonden: een regel die met ${sign} begint ("${lines[astroEnd]!.trim().slice(0, 40)}"), waar de site de velden laat eindigen; verwacht op deze plek alleen --- als de velden hier eindigen, of haal de ${sign} aan het begin van de regel weg`);
    }
    if (closing < 0) {
      if (!/^---[ \t]*\r?\n/.test(text)) {
        return unreadable(undefined, 1, 'gevonden: geen velden bovenaan het bestand; verwacht als eerste regel ---, dan de velden (title: …), dan weer een regel --- en daaronder de tekst');
      }
      // No closing ---: the fields are taken up to the first line that is no field, so they are still checked.
      const end = guessedFrontmatterEnd(lines);
      // Told where the --- belongs: line 1 would hide the fields that are missing (they point at line 1).
      // A line of other dashes there ("--", "—", "- - -") was meant as the ---: said as such (helper-39).
      const meant = OTHER_DASHES.exec(lines[end + 1] ?? '')?.[0].trim();
      problems.push({
        line: end + 2,
        field: 'opmaak',
        message: meant
          ? `gevonden: "${meant}" onder de velden; verwacht precies drie gewone streepjes: ---`
          : `gevonden: een regel --- bovenaan, maar geen tweede regel --- onder de velden; verwacht een regel met alleen --- direct onder het laatste veld (regel ${end + 1}), boven de tekst`,
      });
      yamlText = lines.slice(1, end + 1).join('\n');
      yamlFirstLine = 2;
      body = lines.slice(end + 1).join('\n');
      bodyLine = end + 2;
    } else {
      yamlText = lines.slice(1, closing).join('\n').replace(/\r$/, '');
      yamlFirstLine = 2;
      body = lines.slice(closing + 1).join('\n');
      bodyLine = closing + 2;
    }
  }

  let lineCounter = new LineCounter();
  let doc: Document = parseAsAstro(yamlText, lineCounter);
  const toLine = (offset: number) => lineCounter.linePos(offset).line + yamlFirstLine - 1;
  const mistakes = yamlMistakes(yamlText, doc.errors, (offset) => lineCounter.linePos(offset).line, yamlFirstLine);
  const fieldOf = (line: number) => fieldOfLine(yamlText, line);
  problems.push(...mistakes.filter((m) => !m.silent).map((m) => ({ line: m.line + yamlFirstLine - 1, field: fieldOf(m.line), message: m.message })));
  // A mistake told by a later check is mended before that check reads the value, also where the parser did not stumble.
  if (doc.errors.length > 0 || mistakes.some((m) => m.silent || m.readMended)) {
    // One round: the mistakes are told, then the fields are read with those lines mended (line numbers kept),
    // so a colon in the title hides no wrong date below it. What even that cannot read is said plainly.
    const repaired = repairedYaml(yamlText, mistakes);
    const secondLines = new LineCounter();
    const second = parseAsAstro(repaired, secondLines);
    if (second.errors.length > 0) {
      // Said last, on the closing --- (or the last line told), so it ends the report of the fields.
      const last = isYaml ? Math.max(...problems.map((p) => p.line)) : yamlFirstLine + yamlText.split('\n').length;
      return { ...unreadable(body, 1, ''), bodyLine, problems: [...problems, { line: last, field: 'opmaak', message: MORE_AFTER_REPAIR }] };
    }
    yamlText = repaired;
    doc = second;
    lineCounter = secondLines;
  }

  // An explicit tag asks the reader to make something other than text, a number, a date or a list of
  // them: a function, a binary, a type of its own. Astro's reader fails on most; none belongs in content.
  visit(doc, {
    Node(_key, node) {
      if (!node.tag || !node.range) return;
      const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      problems.push({ line: toLine(node.range[0]), field: fieldOf(lineCounter.linePos(node.range[0]).line), message: `gevonden: ${shown} voor een waarde (een label dat de waarde iets anders laat zijn dan tekst); verwacht de waarde zelf, zonder ${shown} ervoor` });
    },
  });

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch {
    // The yaml package refuses a document whose aliases would expand without bound (a "billion laughs"):
    // told on the first line that repeats a piece (*naam), where the editor starts to mend it.
    let firstAlias = 0;
    visit(doc, {
      Alias(_key, node) {
        firstAlias = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return {
      ...unreadable(body, toLine(firstAlias), 'gevonden: stukken die via verwijzingen (&naam en *naam) zo vaak herhaald worden dat ze niet te lezen zijn; verwacht gewone "veld: waarde"-regels zonder & en *'),
      bodyLine,
    };
  }

  return {
    data,
    body,
    bodyLine,
    readable: true,
    problems,
    writtenAt(path) {
      const node = doc.getIn(path as unknown[], true);
      return isScalar(node) && node.range ? yamlText.slice(node.range[0], node.range[1]).trim() : undefined;
    },
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
        const pair = isMap(parent) ? parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[depth - 1]) : undefined;
        const keyLine = pair && isNode(pair.key) && pair.key.range ? toLine(pair.key.range[0]) : undefined;
        // A field whose value is a block of fields or items below it (bron: with name: under it) is told on its own line,
        // not on the first line of that block (helper-39).
        if (isNode(node) && node.range) return isCollection(node) && keyLine !== undefined ? keyLine : toLine(node.range[0]);
        // A key with an empty value has no node: use the key's own position.
        if (keyLine !== undefined) return keyLine;
      }
      // A missing top-level field: point at the start of the frontmatter.
      return 1;
    },
  };
}

