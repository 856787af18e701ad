/**
 * Checks the Markdown and MDX bodies of entries, on an mdast with line numbers
 * from Sätteri, the parser that renders them, so the check sees what readers get:
 * - links to pages of this site that do not exist;
 * - images that are missing, come from another site, or have no alt text;
 * - unsafe markup: <script>, <iframe>, <style>, on…= attributes, javascript: URLs;
 * - MDX code: imports only from src/components/content/, no exports, no expressions;
 * - placeholders left by `npm run new`.
 */
import path from 'node:path';
import { parse as parseJs } from 'acorn';
import { parse as parseHtml } from 'node-html-parser';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';
import { PLACEHOLDER } from './placeholder.ts';

/** Where MDX may import components from: they are reviewed code, the rest of the repository is not for content. */
export const CONTENT_COMPONENTS = 'src/components/content/';

const UNSAFE_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'frame', 'frameset', 'base']);
// As astro.config.mjs renders: GFM on; the frontmatter has already been cut off.
const PARSE_OPTIONS = { features: { gfm: true, frontmatter: false } };

export interface BodyInput {
  /** Path relative to the repository, for messages and relative images. */
  path: string;
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
  /** Receives the prose of the body (text nodes, not code or URLs) with its line, for the spelling advice. */
  onText?: (text: string, line: number) => void;
}

export interface BodyContext {
  /** Every URL path the site has ("/netwerken/delfshaven/"). */
  urls: ReadonlySet<string>;
  /** Does a file exist at this path relative to the repository ("public/x.png")? */
  fileExists(repoPath: string): boolean;
  /** The host of the site, so absolute links to it are checked too. */
  siteHost?: string;
}

interface Node {
  type: string;
  url?: string;
  alt?: string | null;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

export function checkBody(input: BodyInput, context: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const isMdx = input.path.endsWith('.mdx');
  const at = (node: Node | undefined, message: string) =>
    problems.push({ file: input.path, line: (node?.position?.start.line ?? 1) + input.bodyLine - 1, field: 'inhoud', message });

  let tree;
  try {
    tree = (isMdx ? mdxToMdast : markdownToMdast)(input.body, PARSE_OPTIONS);
  } catch (error) {
    // Sätteri's messages start with the place: "3:1: Unexpected character …".
    const [, line, reason] = /^(?:(\d+):\d+: )?(.*)/.exec((error as Error).message.split('\n')[0]!)!;
    problems.push({ file: input.path, line: Number(line ?? 1) + input.bodyLine - 1, field: 'inhoud', message: `de MDX is niet leesbaar (${reason}); verwacht geldige Markdown, of < en { als tekst geschreven als \\< en \\{` });
    return problems;
  }

  visit(tree, (visited) => {
    const node = visited as unknown as Node;
    switch (node.type) {
      case 'text':
        input.onText?.(node.value ?? '', (node.position?.start.line ?? 1) + input.bodyLine - 1);
        break;
      case 'link':
      case 'definition':
        checkLink(node.url ?? '', context, (m) => at(node, m));
        break;
      case 'image':
        if (!node.alt?.trim()) at(node, `gevonden: een afbeelding zonder beschrijving (${node.url}); verwacht een alt-tekst: ![wat er te zien is](${node.url})`);
        checkImageSource(node.url ?? '', input, context, (m) => at(node, m));
        break;
      case 'html':
        for (const issue of unsafeHtml(node.value ?? '')) at(node, issue);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const issue of unsafeJsx(node)) at(node, issue);
        break;
      case 'mdxjsEsm':
        for (const issue of esmIssues(node, input.path)) at(node, issue);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) at(node, `gevonden: code tussen accolades {${shorten(node.value ?? '')}}; verwacht gewone tekst (schrijf een accolade als \\{)`);
        break;
    }
  });

  return [...problems, ...placeholderProblems(input)];
}

function placeholderProblems(input: BodyInput): Problem[] {
  return input.body.split('\n').flatMap((line, i) =>
    line.includes(PLACEHOLDER)
      ? [{ file: input.path, line: input.bodyLine + i, field: 'inhoud', message: `nog niet ingevuld: "${shorten(line.trim())}"; verwacht je eigen tekst` }]
      : [],
  );
}

function checkLink(url: string, context: BodyContext, report: (message: string) => void) {
  const trimmed = url.trim();
  if (/^javascript:/i.test(trimmed)) return report(`gevonden: een javascript:-link; verwacht een gewoon webadres`);
  let pathname: string | undefined;
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) pathname = trimmed;
  else if (context.siteHost && /^https?:\/\//i.test(trimmed)) {
    const parsed = new URL(trimmed);
    if (parsed.host === context.siteHost) pathname = parsed.pathname;
  }
  if (pathname === undefined) return;
  const clean = pathname.split(/[?#]/)[0]!;
  const withSlash = clean.endsWith('/') || path.posix.extname(clean) ? clean : `${clean}/`;
  if (!context.urls.has(withSlash) && !context.fileExists(`public${clean}`)) {
    report(`gevonden: een link naar ${clean}, maar die pagina bestaat niet op deze site; verwacht een bestaand adres, zoals /netwerken/delfshaven/`);
  }
}

function checkImageSource(src: string, input: BodyInput, context: BodyContext, report: (message: string) => void) {
  if (/^(https?:)?\/\//i.test(src)) {
    return report(`gevonden: een afbeelding van een andere website (${src}); verwacht een afbeelding in public/, want de site laadt niets van andere sites`);
  }
  if (/^javascript:/i.test(src)) return report('gevonden: een javascript:-adres; verwacht een afbeelding in public/');
  const file = src.startsWith('/') ? `public${src.split(/[?#]/)[0]}` : path.posix.join(path.posix.dirname(input.path), src.split(/[?#]/)[0]!);
  if (!context.fileExists(file)) report(`gevonden: ${src}, maar ${file} bestaat niet; verwacht een afbeelding die in de repository staat`);
}

/** Unsafe elements, event-handler attributes and javascript: URLs in raw HTML. */
export function unsafeHtml(html: string): string[] {
  const issues: string[] = [];
  const root = parseHtml(html, { comment: false, blockTextElements: { script: true, style: true } });
  for (const el of root.querySelectorAll('*')) {
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (UNSAFE_ELEMENTS.has(tag)) issues.push(`gevonden: <${tag}>; verwacht gewone tekst, zonder code of ingesloten pagina’s`);
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) issues.push(`gevonden: het attribuut ${name}= (code); verwacht HTML zonder on…-attributen`);
      else if (/^\s*javascript:/i.test(value)) issues.push(`gevonden: ${name}="${shorten(value)}"; verwacht een gewoon webadres`);
    }
  }
  return issues;
}

function unsafeJsx(node: Node): string[] {
  const issues: string[] = [];
  const tag = node.name?.toLowerCase() ?? '';
  if (UNSAFE_ELEMENTS.has(tag)) issues.push(`gevonden: <${tag}>; verwacht gewone tekst, zonder code of ingesloten pagina’s`);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      issues.push('gevonden: code in een attribuut ({...}); verwacht gewone waarden tussen aanhalingstekens');
      continue;
    }
    if (/^on/i.test(attribute.name ?? '')) issues.push(`gevonden: het attribuut ${attribute.name}= (code); verwacht geen on…-attributen`);
    else if (typeof attribute.value === 'string' && /^\s*javascript:/i.test(attribute.value)) issues.push(`gevonden: ${attribute.name}="${shorten(attribute.value)}"; verwacht een gewoon webadres`);
    else if (attribute.value && typeof attribute.value === 'object') issues.push(`gevonden: code in het attribuut ${attribute.name}={...}; verwacht een waarde tussen aanhalingstekens`);
  }
  return issues;
}

/** MDX imports run code at build time: only reviewed content components may be imported. */
function esmIssues(node: Node, file: string): string[] {
  let statements;
  try {
    statements = parseJs(node.value ?? '', { ecmaVersion: 'latest', sourceType: 'module' }).body;
  } catch (error) {
    return [`gevonden: ${shorten(node.value ?? '')}, dat is geen geldige import-regel (${(error as Error).message}); verwacht bijvoorbeeld import Kader from '../../src/components/content/Kader.astro';`];
  }
  return statements.flatMap((statement) => {
    if (statement.type !== 'ImportDeclaration') return [`gevonden: ${shorten(node.value ?? '')}; verwacht alleen import-regels, geen andere code`];
    const source = String(statement.source.value ?? '');
    const target = source.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), source)) : source;
    if (target.startsWith(CONTENT_COMPONENTS)) return [];
    return [`gevonden: een import uit "${source}"; verwacht alleen componenten uit ${CONTENT_COMPONENTS}`];
  });
}

function shorten(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
