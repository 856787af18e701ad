/**
 * Reads one content file's YAML (frontmatter, or the whole file) while keeping
 * positions, so every problem can name the line an editor has to change.
 * Dates stay text here, unlike in Astro's reader (js-yaml turns 2023-02-30 into
 * 2 March): the check sees exactly what the editor wrote.
 */
import { LineCounter, parseDocument, isMap, isNode, visit, type Document } from 'yaml';

export interface SourceFile {
  /** Frontmatter (Markdown) or the whole document (YAML), as plain data. */
  data: unknown;
  /** The Markdown body below the frontmatter ('' for YAML files). */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** A YAML syntax error, already placed on a line: the data could not be read. */
  syntaxError?: { line: number; message: string };
  /** Problems in YAML that could still be read: explicit tags (!!js/function, !foo), each on its line. */
  problems: { line: number; field: string; message: string }[];
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Frontmatter that multiplies through aliases (&a … *a) past this many is refused, not expanded. */
const MAX_ALIAS_COUNT = 50;

export function readSourceFile(original: string, isYaml: boolean): SourceFile {
  // Windows Notepad starts UTF-8 files with a byte-order mark; Astro reads past it, and so does the check.
  const text = original.startsWith('\uFEFF') ? original.slice(1) : original;
  let yamlText = text;
  let yamlFirstLine = 1;
  let body = '';
  let bodyLine = 1;
  if (!isYaml) {
    const match = text.startsWith('---') ? FRONTMATTER.exec(text) : null;
    if (!match || match.index !== 0) {
      return {
        data: undefined,
        body: text,
        bodyLine: 1,
        lineOf: () => 1,
        syntaxError: { line: 1, message: 'geen frontmatter gevonden; verwacht dat het bestand begint met een regel "---"' },
        problems: [],
      };
    }
    yamlText = match[1] ?? '';
    yamlFirstLine = 2;
    body = text.slice(match[0].length);
    bodyLine = countLines(match[0]) + 1;
  }

  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + yamlFirstLine - 1;

  const firstError = doc.errors[0];
  const syntaxError = firstError
    ? {
        line: toLine(firstError.pos[0]),
        message: `de frontmatter is niet leesbaar (${firstError.message.split('\n')[0]}); verwacht "veld: waarde" per regel, tip: zet tekst met een dubbele punt of # tussen aanhalingstekens`,
      }
    : undefined;

  // An explicit tag asks the reader to make something other than text, a number, a date or a list of
  // them: a function, a binary, a type of its own. Astro's reader fails on most; none belongs in content.
  const problems: SourceFile['problems'] = [];
  visit(doc, {
    Node(_key, node) {
      if (!node.tag || !node.range) return;
      const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      problems.push({ line: toLine(node.range[0]), field: 'frontmatter', message: `gevonden: ${shown} voor een waarde (een YAML-label); verwacht de waarde zelf, zonder ${shown} ervoor` });
    },
  });

  let data: unknown;
  let dataError: { line: number; message: string } | undefined;
  if (!syntaxError) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
    } catch {
      // The yaml package refuses a document whose aliases would expand without bound (a "billion laughs").
      dataError = {
        line: yamlFirstLine,
        message: 'de frontmatter herhaalt stukken via verwijzingen (&naam en *naam) zo vaak dat hij niet te lezen is; verwacht gewone "veld: waarde"-regels zonder & en *',
      };
    }
  }

  return {
    data,
    body,
    bodyLine,
    syntaxError: syntaxError ?? dataError,
    problems,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return toLine(node.range[0]);
        // A key with an empty value has no node: use the key's own position.
        const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1) as unknown[], true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[depth - 1]);
          if (pair && isNode(pair.key) && pair.key.range) return toLine(pair.key.range[0]);
        }
      }
      // A missing top-level field: point at the start of the frontmatter.
      return 1;
    },
  };
}

function countLines(text: string): number {
  let lines = 0;
  for (const char of text) if (char === '\n') lines++;
  return lines;
}
