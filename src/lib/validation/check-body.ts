/**
 * Checks the Markdown and MDX bodies of entries, on an mdast with line numbers
 * from Sätteri, the parser that renders them, so the check sees what readers get:
 * - links to pages of this site that do not exist;
 * - images: alt text, and a path from the entry to a file in the content folder
 *   (the file itself is checked by check-image.ts: format from its bytes, size,
 *   pixels, no symlink); never from another site or as an absolute path;
 * - HTML outside the allowlist of markup.ts (code, redirects, forms, embeds);
 * - headings: `#` is the page's own title; skipped levels are advice;
 * - MDX code: imports only from src/components/content/, no exports, no expressions;
 * - placeholders left by `npm run new`;
 * - the name Astro gives the images of a body (`__ASTRO_IMAGE_`), which would put markup in the page.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { parse as parseJs, tokenizer } from 'acorn';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { markdownToHtml, markdownToMdast, mdxToHast, mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';
import { PLACEHOLDER } from './placeholder.ts';
import { SITE } from '../../site.ts';
import { elementIssues, shorten, tagAttributes, unsafeAddress } from './markup.ts';
import { BODY_MAX_CHARS } from '../content-model.ts';
import { deceptiveAddress, isMailAddress, mailtoAddresses, mailtoExtras, misleadingLinkText, slashlessWebLink, startsWithHost, telDialsCode, withWholeScheme } from '../web-address.ts';
import { altExpected, saysNothing } from '../alt-text.ts';
import { HARD_SPACE, plainSpaces } from './hard-space.ts';
import { ownComputerFileName, siteRootImageMessage } from './site-root-image.ts';
import { closest } from './field-messages.ts';
import { IMAGE_MARKER, IMAGE_MARKER_EXPECTED } from '../image-marker.ts';
import Slugger from 'github-slugger';

/** Where MDX may import components from: they are reviewed code, the rest of the repository is not for content. */
export const CONTENT_COMPONENTS = 'src/components/content/';

// As astro.config.mjs renders: GFM on; the frontmatter has already been cut off.
const PARSE_OPTIONS = { features: { gfm: true, frontmatter: false } };
/** Longer than this, a line after a # is a sentence with a hashtag, not a heading. */
const HEADING_MAX = 120;

export interface BodyInput {
  /** Path relative to the repository, for messages and relative images. */
  path: string;
  body: string;
  /** 1-based line where the body starts in the file. */
  bodyLine: number;
  /** Receives the prose of the body (text nodes, not code or URLs) with its line, for the spelling advice. */
  onText?: (text: string, line: number) => void;
  /** The summary the page shows above the text (description), where it does: the text should not begin by repeating it. */
  lead?: string;
  /** The ids the entry's page gives its own parts (page-ids.ts): a heading or element of the text may not take them. */
  pageIds?: ReadonlySet<string>;
}

export interface BodyContext {
  /** Every URL path the site has ("/netwerken/delfshaven/"). */
  urls: ReadonlySet<string>;
  /** Does a file exist at this path relative to the repository ("public/x.png")? */
  fileExists(repoPath: string): boolean;
  /** The host of the site, so absolute links to it are checked too. */
  siteHost?: string;
  /** Pages of entries that are not online (yet): why not, and what to write instead ("een concept …; verwacht …"). */
  notOnline?: ReadonlyMap<string, string>;
}

/** An image the body shows from the content folder, for the file check (check-image.ts). */
export interface BodyImage {
  src: string;
  line: number;
}

export interface BodyCheck {
  problems: Problem[];
  /** Advice: skipped heading levels, text indented into code. */
  warnings: Problem[];
  images: BodyImage[];
  /** The ids of the text's headings and elements: where a link with #… to this page may lead. */
  anchors?: string[];
  /** Links to a part of a page of this site (/over/#hergebruik, #kop), for the check once every page's anchors are known. */
  fragmentLinks?: { url: string; line: number }[];
}

interface Node {
  type: string;
  url?: string;
  alt?: string | null;
  value?: string;
  name?: string | null;
  depth?: number;
  identifier?: string;
  label?: string | null;
  title?: string | null;
  /** A list item written as a task, - [ ] or - [x]. */
  checked?: boolean | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end?: { line: number; offset?: number } };
  children?: Node[];
}

export function checkBody(input: BodyInput, context: BodyContext): BodyCheck {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const images: BodyImage[] = [];
  const isMdx = input.path.endsWith('.mdx');
  const lineOf = (node: Node | undefined) => (node?.position?.start.line ?? 1) + input.bodyLine - 1;
  const at = (node: Node | undefined, message: string, into = problems) => into.push({ file: input.path, line: lineOf(node), field: 'inhoud', message });

  if (input.body.length > BODY_MAX_CHARS) {
    problems.push({ file: input.path, line: input.bodyLine, field: 'inhoud', message: `gevonden: een tekst van ${input.body.length.toLocaleString('nl-NL')} tekens; verwacht hoogstens ${BODY_MAX_CHARS.toLocaleString('nl-NL')} (verdeel een lang stuk over meer berichten of pagina’s)` });
    return { problems, warnings, images };
  }
  const marker = IMAGE_MARKER.exec(input.body);
  if (marker) {
    problems.push({ file: input.path, line: input.bodyLine + lineAt(input.body, marker.index) - 1, field: 'inhoud', message: IMAGE_MARKER_MESSAGE });
    return { problems, warnings, images };
  }
  const nested = tooDeep(input.body);
  if (nested) {
    problems.push({ file: input.path, line: input.bodyLine + nested.line - 1, field: 'inhoud', message: nested.message });
    return { problems, warnings, images };
  }
  // Every { in MDX opens code, which the check refuses anyway; thousands of them cost the MDX parser seconds a file (helper-40: 59,000, 5.3 s).
  const braces = isMdx ? input.body.length - input.body.replaceAll(/(?<!\\)\{/g, '').length : 0;
  if (braces > MAX_MDX_BRACES) {
    problems.push({ file: input.path, line: input.bodyLine, field: 'inhoud', message: `gevonden: ${braces.toLocaleString('nl-NL')} accolades { in een .mdx-bestand; verwacht gewone tekst (schrijf een accolade als \\{), met hoogstens ${MAX_MDX_BRACES} onderdelen tussen accolades` });
    return { problems, warnings, images };
  }
  let tree;
  try {
    tree = (isMdx ? mdxToMdast : markdownToMdast)(input.body, PARSE_OPTIONS);
  } catch (error) {
    // Sätteri's messages start with the place: "3:1: Expected a closing tag for `<Kader>` …".
    const [, line, reason] = /^(?:(\d+):\d+: )?(.*)/.exec((error as Error).message.split('\n')[0]!)!;
    problems.push({ file: input.path, line: Number(line ?? 1) + input.bodyLine - 1, field: 'inhoud', message: mdxMistake(reason ?? '') });
    return { problems, warnings, images };
  }

  // Reference-style images (![alt][ref] with [ref]: ./x.png further down) take their address from the definition (and are refused below).
  // A page uses the first of two definitions of one name; a check that read the last let a javascript: address through
  // (helper-55). So each name is defined once, and the first is the one checked.
  const definitions = new Map<string, string>();
  const definedOn = new Map<string, number>();
  const unusedDefinitions = new Set<Node>();
  // The text's lines, split once when a heading, a code block (an Excel row pasted with an empty corner looks like code)
  // or a tag shown as text asks.
  let bodyLines: string[] | undefined;
  visit(tree, 'definition', (node) => {
    const definition = node as unknown as Node;
    const name = (definition.identifier ?? '').toLowerCase();
    if (definitions.has(name)) {
      unusedDefinitions.add(definition);
      at(definition, `gevonden: [${definition.label ?? name}] voor de tweede keer als verwijzing (ook op regel ${definedOn.get(name)! + input.bodyLine - 1}), terwijl de pagina alleen de eerste gebruikt; verwacht elke [naam]: adres één keer: haal er een weg of geef hem een andere naam`);
    } else {
      definitions.set(name, definition.url ?? '');
      definedOn.set(name, definition.position?.start.line ?? 1);
    }
  });
  // A definition used only by images is an image's address (a file beside the entry), not a link; one a link uses too is checked as a link.
  const imageDefinitions = new Set<string>();
  visit(tree, 'imageReference', (node) => void imageDefinitions.add(((node as unknown as Node).identifier ?? '').toLowerCase()));
  visit(tree, 'linkReference', (node) => void imageDefinitions.delete(((node as unknown as Node).identifier ?? '').toLowerCase()));

  // The names MDX imports: a component used without one stops the build with an English error.
  const imported = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of parsedImports((node as unknown as Node).value ?? '')) for (const specifier of statement.specifiers) imported.add(specifier.local.name);
  });

  // The summary pasted in again as the first paragraph: the page would show it twice, one under the other (helper-42).
  const repeated = input.lead === undefined ? undefined : repeatsLead(tree as unknown as Node, input.lead);
  if (repeated) at(repeated, 'gevonden: een eerste alinea die begint met de samenvatting (description), die de pagina al boven de tekst toont; verwacht een eerste alinea die verder vertelt: haal de herhaling weg', warnings);

  /** A link whose text shows another address than it opens (told once where the address itself deceives: deceptiveAddress). */
  const tellMisleading = (node: Node, text: string, url: string) => {
    const misleading = deceptiveAddress(url) === undefined ? misleadingLinkText(text, url, SITE.url) : undefined;
    if (misleading) at(node, `gevonden: de linktekst "${shorten(text)}", ${misleading} (${shorten(url)}); verwacht als linktekst het adres zelf of woorden die zeggen waarheen`);
  };

  // The text's pieces of HTML, in order: together they may change the page around the text (pageEffects).
  const htmlPieces: Node[] = [];
  // The ids Astro gives the text's headings, made as Astro makes them (github-slugger, in order, so a second "Contact" is contact-1).
  const headingIds = new Slugger();
  const headingSlugs = new Map<string, string>();
  const fragmentLinks: { url: string; line: number }[] = [];
  // The ids the text's HTML and JSX give elements, each with its node: one that repeats a heading's, or another, would take its links.
  const elementIds: { id: string; node: Node }[] = [];
  // Where a link goes, in Markdown or HTML: checked now, and its #part once every text is read (anchors.ts).
  const linkTo = (url: string, node: Node) => {
    // An HTML link's href="" opens the page itself (helper-73); Markdown's own empty links are told with their brackets.
    if (url.trim() === '') return at(node, 'gevonden: een link zonder adres (href=""); verwacht tussen de aanhalingstekens het adres, zoals href="/netwerken/charlois/", of de link in Markdown');
    checkLink(url, context, (m) => at(node, m));
    if (SITE_FRAGMENT.test(url.trim())) fragmentLinks.push({ url: url.trim(), line: lineOf(node) });
  };
  // Inside a block of HTML Markdown is not read: "<div>" over "**vet** en een [link](/over/)" shows the signs (helper-73).
  // Only a block holds text; an inline piece of HTML is one tag.
  const tellMarkdownInHtml = (node: Node) => {
    const value = node.value ?? '';
    if (/<(?:pre|code)\b/i.test(value)) return;
    const markdown = MARKDOWN_SIGNS.exec(value.replace(/<[^>]*>/g, ' '))?.[0].trim();
    const first = /^<([a-z][a-z0-9]*)/i.exec(value.trim())?.[1];
    if (markdown === undefined || first === undefined) return;
    at(node, `gevonden: Markdown (${shorten(markdown)}) in een blok HTML (<${first}>), dat de pagina als tekst toont; verwacht de tekst zonder <${first}> en </${first}> eromheen, of een witregel tussen <${first}> en de tekst en tussen de tekst en </${first}>`);
  };
  // A link read out of its sentence (a screen reader's list of links) must say where it goes (WCAG 2.4.4; helper-42).
  const tellSaysNotWhere = (node: Node, linkText: string, url: string) => {
    if (SAYS_NOT_WHERE.has(saidAs(linkText))) {
      at(node, `gevonden: de linktekst "${linkText}"; verwacht woorden die zeggen waar de link heen gaat, zoals [het verslag van het werkbezoek](${url}): wie de links los hoort, weet anders niet waarheen`, warnings);
    }
  };
  let previousDepth = 1; // the page's title is the h1
  let markerTold = false;
  visit(tree, (visited) => {
    const node = visited as unknown as Node;
    // The marker written with escapes or entities (\_\_ASTRO…, &#95;…) is whole once the parser has read them, and so in the page.
    if (!markerTold && [node.value, node.url, node.alt, node.title].some((text) => text && IMAGE_MARKER.test(text))) {
      markerTold = true;
      at(node, IMAGE_MARKER_MESSAGE);
    }
    switch (node.type) {
      case 'text':
        // A tag shown as text (TAG_AS_TEXT) is told as such, not spelled ("href").
        input.onText?.((node.value ?? '').replace(TAG_AS_TEXT, ''), lineOf(node));
        break;
      case 'paragraph': {
        // "##Kop" is read as text: Markdown wants a space after the #s, and the page would show "##Kop".
        const first = node.children?.[0];
        const text = first?.type === 'text' ? (first.value ?? '') : '';
        const line = text.split('\n')[0]!;
        const hashes = /^(#{2,6})(?=[^\s#])/.exec(text);
        if (hashes) {
          at(node, `gevonden: ${shorten(line)}, zonder spatie na ${hashes[1]}, zodat de pagina de #-tekens als tekst toont; verwacht een spatie ertussen: ${hashes[1]} ${shorten(line.slice(hashes[1]!.length))}`);
        } else if (text.length <= HEADING_MAX && /^#\p{Lu}\S*[ \t][^#\n]*$/u.test(text) && node.children?.length === 1) {
          // "#Kop" alone on its line, words after it: a heading without its space, or a hashtag that starts a sentence. Asked, as advice (helper-39).
          at(node, `gevonden: ${line} als losse regel, zonder spatie na de #, zodat de pagina het als tekst toont; verwacht ## ${line.slice(1)} als dit een tussenkop is (een hashtag mag zo blijven)`, warnings);
        }
        break;
      }
      case 'heading': {
        const depth = node.depth ?? 2;
        // A line of - or = under a line of text makes that text a heading: an e-mail signature's "--" under a name (helper-37).
        const underline = setextUnderline((bodyLines ??= input.body.split('\n')), node);
        if (underline !== undefined) {
          // Told on the line of dashes, which is what to mend, not on the name above it (helper-39).
          at({ type: 'underline', position: { start: { line: node.position!.end!.line } } }, `gevonden: een regel "${underline}" direct onder tekst, waardoor die tekst een kop wordt; verwacht een witregel tussen de tekst en "${underline}", of haal "${underline}" weg (een kop schrijf je met ## ervoor)`);
          break;
        }
        // "## " alone: an empty heading, which a screen reader announces with nothing to say (helper-46).
        if (!hasContent(node)) {
          at(node, `gevonden: een kop zonder tekst (${'#'.repeat(depth)} en verder niets); verwacht de tekst van de kop achter ${'#'.repeat(depth)}, of haal de regel weg`);
          break;
        }
        // A heading whose id is one the page gives its own parts: a link to #contact would land in the text (helper-50).
        const text = plainText(node);
        const id = headingIds.slug(text);
        headingSlugs.set(id, text);
        if (input.pageIds?.has(id)) at(node, `gevonden: de kop "${shorten(text)}", die als naam (id) ${id} krijgt, net als een onderdeel dat de pagina zelf toont; verwacht een kop met andere of meer woorden, zodat een link naar #${id} en schermlezers het onderdeel van de pagina zelf vinden`);
        if (depth === 1) at(node, 'gevonden: een kop met één # (zo groot als de titel van de pagina); verwacht ## voor een tussenkop, want de titel komt uit het veld title');
        // Above the first heading of the text stands only the page's title (helper-42: "na een kop met #" named a # never written).
        else if (depth > previousDepth + 1 && previousDepth === 1) at(node, `gevonden: ${'#'.repeat(depth)} voor de eerste tussenkop van de tekst; verwacht ##, zodat schermlezers de opbouw volgen (de titel van de pagina is de kop met #)`, warnings);
        else if (depth > previousDepth + 1) at(node, `gevonden: een kop met ${'#'.repeat(depth)} na een kop met ${'#'.repeat(previousDepth)}; verwacht ${'#'.repeat(previousDepth + 1)}, zodat schermlezers de opbouw volgen`, warnings);
        previousDepth = Math.max(depth, 2);
        break;
      }
      case 'link':
      case 'definition':
        if (node.type === 'definition' && (imageDefinitions.has((node.identifier ?? '').toLowerCase()) || unusedDefinitions.has(node))) break;
        // A link with nothing to read or see is an empty stop for a keyboard, and a screen reader says only "link" (helper-37).
        if (node.type === 'link' && !hasContent(node)) at(node, `gevonden: een link zonder tekst naar ${node.url || '(geen adres)'}; verwacht tussen [ en ] de tekst waarop lezers klikken, zoals [het netwerk Charlois](${node.url || '/netwerken/charlois/'})`);
        else if (node.type === 'link' && !node.url?.trim()) at(node, 'gevonden: een link zonder adres; verwacht tussen ( en ) het adres, zoals (/netwerken/charlois/) of (https://…)');
        // A reference to "[x]: <>" gives a link without an address too (helper-63).
        else if (!node.url?.trim()) at(node, `gevonden: de verwijzing [${node.label ?? node.identifier}]: zonder adres, zodat de link nergens heen gaat; verwacht het adres erachter, zoals [${node.label ?? node.identifier}]: /netwerken/charlois/`);
        else linkTo(node.url ?? '', node);
        // What it shows, as read out of its sentence (tellSaysNotWhere).
        const linkText = plainText(node).trim();
        // Nor may its text be an address of another site than it opens: [https://www.rotterdam.nl/](https://evil.example/) (helper-58).
        if (node.type === 'link') tellMisleading(node, linkText, node.url ?? '');
        tellSaysNotWhere(node, linkText, node.url ?? '');
        break;
      case 'linkReference':
        tellMisleading(node, plainText(node), definitions.get((node.identifier ?? '').toLowerCase()) ?? '');
        break;
      case 'image':
      case 'imageReference': {
        const src = node.type === 'image' ? (node.url ?? '') : (definitions.get((node.identifier ?? '').toLowerCase()) ?? '');
        const refused = imageSourceIssue(src, input.path, context);
        if (node.type === 'imageReference') {
          // Astro takes in only images whose address stands behind them: through a reference the page got ./x.png as it was, a broken image.
          const written = input.body.slice(node.position?.start.offset, node.position?.end?.offset);
          at(node, `gevonden: een afbeelding die haar adres uit een verwijzing haalt, ${shorten(written)}; verwacht het adres direct achter de beschrijving, ![${node.alt?.trim() ? shorten(node.alt) : 'wat er te zien is'}](${refused ? './grafiek.png' : src}), want alleen zo neemt de site de afbeelding op`);
        } else if (!node.alt?.trim()) at(node, `gevonden: een afbeelding zonder beschrijving (${src}); verwacht een alt-tekst: ![wat er te zien is](${src})`);
        else if (saysNothing(node.alt)) at(node, `gevonden: de beschrijving "${node.alt.trim()}" bij ${src}; verwacht ${altExpected(node.alt)}: ![wat er te zien is](${src})`);
        if (refused) at(node, refused);
        else images.push({ src, line: lineOf(node) });
        break;
      }
      case 'listItem':
        // A task list shows boxes nobody can tick, without a name for a screen reader (helper-58: unlabelled checkboxes).
        if (typeof node.checked === 'boolean') at(node, `gevonden: een lijstregel als taak, - [${node.checked ? 'x' : ' '}], die de pagina als een vakje toont dat niemand kan aanvinken en dat een schermlezer geen naam geeft; verwacht een gewone lijstregel: - ${node.checked ? 'gedaan: ' : ''}…`);
        break;
      case 'code':
        // Four spaces or a tab before a line (pasted from Word or an e-mail) make it code, in another typeface; a fence is meant.
        // Excel's row with an empty corner cell is told with the table it starts.
        if (!/^(```|~~~)/.test(input.body.slice(node.position?.start.offset ?? 0)) && !isEmptyCorner((bodyLines ??= input.body.split('\n')), (node.position?.start.line ?? 1) - 1)) {
          at(node, `gevonden: een regel die met vier spaties of een tab begint ("${shorten(node.value ?? '')}"), zodat de pagina die als code toont, in een ander lettertype; verwacht de tekst zonder spaties of tab ervoor`, warnings);
        }
        break;
      case 'html':
        const html = readHtml(node.value ?? '');
        for (const issue of html.issues) at(node, issue);
        tellMarkdownInHtml(node);
        for (const id of html.ids) elementIds.push({ id, node });
        for (const link of html.links) linkTo(link, node);
        htmlPieces.push(node);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const issue of jsxIssues(node, imported, context)) at(node, issue);
        for (const attribute of node.attributes ?? []) if (attribute.name === 'id' && typeof attribute.value === 'string') elementIds.push({ id: attribute.value.trim(), node });
        {
          const link = htmlLink(node.name ?? '', (node.attributes ?? []).map((a) => ({ name: a.name ?? '', value: typeof a.value === 'string' ? a.value : undefined })));
          if (link !== undefined) linkTo(link, node);
        }
        break;
      case 'mdxjsEsm':
        for (const { line, message } of esmIssues(node, input.path, context)) at({ type: 'mdxjsEsm', position: { start: { line: (node.position?.start.line ?? 1) + line - 1 } } }, message);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!onlyComments(node.value ?? '')) at(node, `gevonden: code tussen accolades {${shorten(node.value ?? '')}}; verwacht gewone tekst (schrijf een accolade als \\{)`);
        break;
    }
  });

  // An id a heading of the text has, or one given twice: the table of contents and links to #id would land on the other (helper-52).
  const seenIds = new Set<string>();
  for (const { id, node } of elementIds) {
    const heading = headingSlugs.get(id);
    if (input.pageIds?.has(id.toLowerCase())) at(node, `gevonden: id="${shorten(id)}", dezelfde naam als een onderdeel dat de pagina zelf toont; verwacht een andere id, of geen (een link naar #${id} of een schermlezer zou anders in de tekst uitkomen)`);
    else if (heading !== undefined) at(node, `gevonden: id="${shorten(id)}", dezelfde naam als de kop "${shorten(heading)}" in deze tekst; verwacht een andere id, of geen: de inhoudsopgave en links naar #${id} komen anders hier uit`);
    else if (seenIds.has(id)) at(node, `gevonden: id="${shorten(id)}" voor de tweede keer in deze tekst; verwacht elke id één keer, want een link naar #${id} vindt alleen de eerste`);
    seenIds.add(id);
  }

  // A tag the parser did not read as HTML: its quotes curly (from Word), missing or not closed. The page shows the code as
  // text; without quotes a web address in it is even made a link of its own, to an address that does not exist.
  const tellTagAsText = (text: Node, torn: boolean) => {
    if (!TAG_IN_TEXT.test(text.value ?? '')) return;
    // As written on its line, where a \ before it (\<a href=…>, meant as text) is no mistake.
    const line = (bodyLines ??= input.body.split('\n'))[(text.position?.start.line ?? 1) - 1] ?? '';
    const tag = [...line.matchAll(TAG_AS_TEXT)].find((m) => line[m.index - 1] !== '\\');
    if (!tag) return;
    const name = tag[1]!.toLowerCase();
    const written = tag[0];
    const attribute = name === 'a' ? 'href' : tag[2]!;
    const quoted = new RegExp(String.raw`\s${attribute}\s*=\s*(?:["'“”‘’]([^"'“”‘’<>]*)|([^\s"'“”‘’<>]+))`, 'i').exec(written);
    const value = (quoted?.[1] ?? quoted?.[2] ?? '').trim();
    const shown = name === 'a' ? /^([^<]*)<\/a\s*>/i.exec(line.slice(tag.index + written.length))?.[1]?.trim() : undefined;
    const found = `gevonden: ${shorten(written)}, dat de site niet als HTML leest (de aanhalingstekens zijn gekruld, ontbreken of sluiten niet), zodat de pagina de code als tekst toont${torn ? ' en een link maakt naar een adres dat niet bestaat' : ''}`;
    at(text, shown && value ? `${found}; verwacht de link in Markdown: [${shorten(shown)}](${meantAddress(value)})` : `${found}; verwacht rechte aanhalingstekens om elke waarde: ${attribute}="${value || '…'}"`);
  };

  // An HTML link in the text (<a href="…">…</a>, inline): what it shows is read as a Markdown link's is (helper-66: the
  // address it showed was not compared with the one it opens), and an address in it, which Markdown links as well, is a
  // link inside the link: the browser makes that an empty link to the HTML's address, a Tab stop without a name.
  if (!isMdx) {
    visit(tree, (parent) => {
      const children = (parent as unknown as Node).children ?? [];
      children.forEach((open, i) => {
        if (open.type === 'text') tellTagAsText(open, children[i + 1]?.type === 'link');
        if (open.type !== 'html' || !/^<a\b[^>]*>$/i.test(open.value ?? '')) return;
        const close = children.findIndex((node, j) => j > i && node.type === 'html' && /^<\/a\s*>$/i.test(node.value ?? ''));
        if (close < 0) return;
        const inside = children.slice(i + 1, close);
        const url = tagAttributes(open.value ?? '').find(({ name }) => name.toLowerCase() === 'href')?.value ?? '';
        const text = inside.map(plainText).join('');
        if (inside.some((node) => node.type === 'link')) {
          at(open, `gevonden: een HTML-link met een adres als tekst (${shorten(text)}), waarvan de site een tweede link maakt, in de eerste: een lege link voor wie met Tab door de pagina gaat; verwacht de link in Markdown: [${shorten(text)}](${shorten(meantAddress(url))})`);
        }
        tellMisleading(open, text, url);
        tellSaysNotWhere(open, text.trim(), url);
      });
    });
  }

  // What the text's HTML does to the page around it: MDX's elements pair, but not every pairing survives a browser's reading.
  if (!isMdx && htmlPieces.length > 0) {
    for (const { at: piece, message } of pageEffectProblems(input.body, htmlPieces)) at(piece, `gevonden: ${shorten(piece.value ?? '')}, ${message}`);
  } else if (isMdx) {
    for (const { line, message } of mdxPageEffectProblems(input.body)) at({ type: 'mdx', position: { start: { line } } }, `gevonden: ${message}`);
  }

  const lines = lineProblems(input);
  const anchors = [...headingSlugs.keys(), ...elementIds.map(({ id }) => id)];
  return { problems: [...problems, ...lines.problems], warnings: [...warnings, ...lines.warnings], images, anchors, fragmentLinks };
}

/** A heading's #s, a list's dash or number at the start of a line, and a no-break space after it. */
const HARD_SPACE_AFTER_MARKER = new RegExp(String.raw`^ {0,3}(#{1,6}|[-*+]|\d{1,3}[.)])` + HARD_SPACE.source);

/** A bullet from Word or a web page at the start of a line (•, ▪, ◦, ·; Word's second level o, pasted with a tab or spaces after it): Markdown reads it as text. */
const BULLET = /^\s*([•▪◦·●○■□‣⁃]|[–—](?=\s)|o(?=\t| {2,}))\s*/;

/**
 * A line with text on both sides of a tab or of three spaces or more: a row copied from Excel or a Word table (as tabs,
 * or as spaces when pasted as plain text), whose rows run together on the page. Two spaces are a sentence's old habit.
 */
const COLUMN_GAP = /\S(?:\t+| {3,})\S/;
/** A row of a Markdown table, with or without | at its ends (helper-51: "Tijd | Onderdeel" went unnoticed), and the row of dashes that must follow its first. */
const PIPE_ROW = /^ {0,3}[^\s>].*(?<!\\)\|/;
/** A row with a | at both ends: a table beyond doubt. */
const FRAMED_ROW = /^\s*\|.*\|\s*$/;
/** The cells of a row of a Markdown table: between the |s that are not escaped, the outer ones aside. */
const pipeCells = (line: string) => line.trim().replace(/^\||(?<!\\)\|$/g, '').split(/(?<!\\)\|/);
// Read on the line without its trailing spaces: a \s* before $ beside the last cell's took quadratic time (helper-40).
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;
/**
 * A link whose address has a space in it (not a title in quotes): Markdown shows it as text. From "](" on, and
 * bounded, so a line of thousands of [ or ]( takes no longer than one pass (helper-38's lesson: a body is untrusted).
 */
const LINK_WITH_SPACE = /(!?)\[[^\]]{0,300}\]\(\s*((?:https?:\/\/|\.{0,2}\/)[^\s)]{0,500}\s+[^\s)"'(][^)]{0,200})\)/;

/** A row copied from Excel or Word: not code (indented, told as such) nor a list item, Word bullet or lettered item (a)⇥…) with a tab after its sign. */
const isPastedRow = (line: string | undefined) => line !== undefined && COLUMN_GAP.test(line) && !/^( {4}|\t)/.test(line) && !BULLET.test(line) && !/^\s*([-*+]|\d{1,9}[.)]|\p{L}[.)])\s/u.test(line);
/** Excel's first row with an empty corner cell (a tab, then the column names), above pasted rows: the table's start, not code. */
const isEmptyCorner = (lines: readonly string[], i: number) => /^\t+\S/.test(lines[i] ?? '') && COLUMN_GAP.test(lines[i]!) && isPastedRow(lines[i + 1]);

/** The Markdown table row for cells. */
const tableRow = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/**
 * Problems a line shows on its own, found in one pass over the text's lines: a [VUL IN …] left in; a no-break space
 * after a dash or #s; a bullet from Word, whose items run together into one paragraph (helper-37), told once per run
 * of such lines, on its first.
 */
function lineProblems(input: BodyInput): { problems: Problem[]; warnings: Problem[] } {
  const lines = input.body.split('\n');
  const at = (i: number, message: string): Problem => ({ file: input.path, line: input.bodyLine + i, field: 'inhoud', message });
  // The open fence (its sign and line): ``` is closed by ``` or longer, ~~~ by ~~~.
  let fence: { sign: string; line: number } | undefined;
  const warnings: Problem[] = [];
  const problems = lines.flatMap((line, i) => {
    const found: Problem[] = [];
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && !fence) fence = { sign: marker, line: i };
    else if (marker && fence && marker[0] === fence.sign[0] && marker.length >= fence.sign.length && line.trim() === marker) fence = undefined;
    const inFence = fence !== undefined;
    if (!inFence) {
      const { problems: told, advice } = tableAndLinkProblems(lines, i);
      found.push(...told.map((message) => at(i, message)));
      warnings.push(...advice.map((message) => at(i, message)));
    }
    if (line.includes(PLACEHOLDER)) found.push(at(i, `gevonden: "${shorten(line)}", nog niet ingevuld; verwacht je eigen tekst in plaats van [VUL IN …]`));
    // A no-break space from Word after a list's dash or a heading's #s: Markdown wants a plain one (helper-34). Every
    // such line, as the items after the first run on as text of one item (helper-39: one told, the others missed).
    const hard = HARD_SPACE_AFTER_MARKER.exec(line);
    if (hard) {
      const what = hard[1]!.startsWith('#') ? 'kop' : 'lijstregel';
      found.push(at(i, `gevonden: een harde spatie na ${hard[1]} (zoals Word die zet), zodat de pagina "${shorten(plainSpaces(line))}" als gewone tekst toont en niet als ${what}; verwacht een gewone spatie na ${hard[1]}`));
    }
    const bullet = BULLET.exec(line);
    if (bullet && !BULLET.test(lines[i - 1] ?? '')) {
      found.push(at(i, `gevonden: een opsommingsteken ${bullet[1]} (uit Word of van een webpagina), dat de site als gewone tekst toont, zodat de punten aan elkaar vast staan; verwacht een streepje en een spatie voor elk punt: "- ${shorten(line.slice(bullet[0].length))}"`));
    }
    return found;
  });
  // A fence never closed makes the rest of the text code: headings, links and bold gone (helper-58).
  if (fence) problems.push(at(fence.line, `gevonden: ${fence.sign} zonder een tweede ${fence.sign} eronder, zodat de pagina alles vanaf hier als code toont, in een ander lettertype en zonder koppen, links of vet; verwacht een regel met alleen ${fence.sign} waar de code eindigt, of haal de ${fence.sign} weg`));
  return { problems, warnings };
}

/**
 * What pasted tables and links show broken on line `i` (helper-39): rows from Excel with tabs between the cells (told on
 * the first row), a Markdown table without its row of dashes, a link with a space in its address. Rows with | only
 * between their cells may be no table at all (a signature "Marieke | Communicatie"; helper-53): advice.
 */
function tableAndLinkProblems(lines: readonly string[], i: number): { problems: string[]; advice: string[] } {
  const line = lines[i]!;
  const found: string[] = [];
  const advice: string[] = [];
  if (((isPastedRow(line) && isPastedRow(lines[i + 1])) || isEmptyCorner(lines, i)) && !isPastedRow(lines[i - 1]) && !isEmptyCorner(lines, i - 1)) {
    // Pipes typed between the tabs are column marks too, not cells.
    const cells = line.split(/\t+| {2,}|\|/).map((cell) => shorten(cell, 30)).filter(Boolean).slice(0, 10);
    // A first row whose first cell is empty (Excel's corner above the row names) starts with a tab: one cell more.
    if (isEmptyCorner(lines, i)) cells.unshift('');
    found.push(`gevonden: regels met tabs of spaties tussen de kolommen (uit Excel of een tabel in Word), die de pagina achter elkaar als één alinea toont; verwacht een tabel met | tussen de kolommen en een regel streepjes onder de eerste: ${tableRow(cells)} en daaronder ${tableRow(cells.map(() => '---'))}`);
  }
  const next = lines[i + 1] ?? '';
  if (PIPE_ROW.test(line) && PIPE_ROW.test(next) && pipeCells(line).length === pipeCells(next).length && !DELIMITER_ROW.test(next.trimEnd()) && !PIPE_ROW.test(lines[i - 1] ?? '')) {
    const columns = pipeCells(line).length;
    const message = `gevonden: een tabel zonder regel streepjes onder de eerste regel, zodat de pagina de | als tekst toont; verwacht direct onder de eerste regel: ${tableRow(Array.from({ length: columns }, () => '---'))}`;
    if (FRAMED_ROW.test(line) && FRAMED_ROW.test(next)) found.push(message);
    else advice.push(`${message} (is het geen tabel, zet de regels dan los of vervang | door een komma)`);
  }
  const spaced = LINK_WITH_SPACE.exec(line);
  // An image's file name with a space (a photo as a phone names it) shows the Markdown itself on the page (helper-60).
  if (spaced?.[1]) found.push(`gevonden: een afbeelding met een spatie in de bestandsnaam (${shorten(spaced[2]!)}), zodat de pagina de tekst ![…](…) toont in plaats van de afbeelding; verwacht een bestandsnaam zonder spaties: hernoem het bestand, bijvoorbeeld met - in plaats van de spatie`);
  else if (spaced) found.push(`gevonden: een link met een spatie in het adres (${shorten(spaced[2]!)}), zodat de pagina de link als tekst toont; verwacht het adres zonder spatie, zoals het in de adresbalk van de browser staat`);
  return { problems: found, advice };
}

/** A link to a part of a page of this site: #kop on this page, or /pad/#kop. */
const SITE_FRAGMENT = /^(?:\/(?![/\\])[^#]*)?#./;

function checkLink(url: string, context: BodyContext, report: (message: string) => void) {
  // A browser trims only ASCII spaces and controls from an address: a no-break space from Word before it makes a path of this page (helper-69).
  if (/^[^\S\u0000-\u0020]|[^\S\u0000-\u0020]$/.test(url)) return report(`gevonden: een link met een harde spatie voor of na het adres (${shorten(url)}), zoals Word die meegeeft, zodat de link nergens heen gaat; verwacht het adres zonder spatie ervoor of erna`);
  const trimmed = url.trim();
  if (unsafeAddress(url)) return report(`gevonden: een link naar ${shorten(url)}; verwacht een gewoon webadres (https://…), een e-mailadres (mailto:…) of een pad op deze site`);
  const web = /^https?:\/\//i.test(trimmed) ? URL.parse(trimmed) : undefined;
  // A reader's browser cannot follow it either (and `new URL` would stop the check with its own English error).
  if (web === null) return report(`gevonden: een link naar ${shorten(trimmed)}, maar dat is geen geldig webadres; verwacht een volledig adres, zoals https://www.rotterdam.nl/`);
  // //host/… (or /\host) is a web address elsewhere to a browser, on the page's own scheme: no path of this site.
  if (/^[/\\]{2}/.test(trimmed)) return report(`gevonden: een link naar ${shorten(trimmed)} zonder https:; verwacht het volledige adres, https://${trimmed.replace(/^[/\\]+/, '')}`);
  const deceptive = deceptiveAddress(trimmed);
  if (deceptive) return report(`gevonden: een link naar ${shorten(trimmed)}; ${deceptive}`);
  const slashless = slashlessWebLink(trimmed);
  if (slashless) return report(`gevonden: een link naar ${shorten(trimmed)} ${slashless}`);
  // An e-mail address without a domain a mail program can send to (helper-58: mailto:info@voorbeeld passed).
  const addresses = mailtoAddresses(trimmed);
  if (addresses && !addresses.every(isMailAddress)) {
    const written = /^mailto:([^?]*)/i.exec(trimmed)![1];
    return report(`gevonden: een link naar ${shorten(trimmed)}, maar ${written || 'dat'} is geen volledig e-mailadres; verwacht mailto: met een adres als naam@organisatie.nl`);
  }
  const extras = mailtoExtras(trimmed);
  if (extras.length) {
    return report(`gevonden: een e-maillink met ${extras.map((name) => `${name}=`).join(', ')} (${shorten(trimmed)}), die meer doet dan de lezer ziet: een kopie naar een ander adres of een tekst in de mail; verwacht mailto: met alleen het adres, eventueel met ?subject= voor het onderwerp`);
  }
  if (telDialsCode(trimmed)) {
    return report(`gevonden: een telefoonlink die meer kiest dan een nummer (${shorten(trimmed)}): met * of # voert een telefoon een code uit, zoals doorschakelen; verwacht tel: met alleen het nummer, zoals tel:+31101234567`);
  }
  const schemeless = schemelessLink(trimmed, context.urls);
  if (schemeless) return report(schemeless);
  let pathname: string | undefined;
  if (trimmed.startsWith('/')) pathname = trimmed;
  else if (context.siteHost && web?.host === context.siteHost) pathname = web.pathname;
  if (pathname === undefined) return;
  const clean = pathname.split(/[?#]/)[0]!;
  const withSlash = clean.endsWith('/') || path.posix.extname(clean) ? clean : `${clean}/`;
  const why = context.notOnline?.get(withSlash);
  if (why) return report(`gevonden: een link naar ${clean}, ${why}`);
  if (!context.urls.has(withSlash) && !context.fileExists(`public${clean}`)) {
    const near = nearestUrl(withSlash, context.urls);
    const section = /^\/[^/]+\//.exec(withSlash)?.[0];
    const example = section && context.urls.has(section) ? `, zoals het overzicht ${section}` : ', zoals /netwerken/delfshaven/';
    report(`gevonden: een link naar ${clean}, maar die pagina bestaat niet op deze site; verwacht een bestaand adres${near ? `: bedoelde je ${near}?` : example}`);
  }
}

/**
 * A link without a scheme that is no path from the site's root: a browser reads it from the page it is on
 * (/nieuws/bericht/www.laurens.nl), so it leads nowhere. Mail addresses, web addresses without https://, the
 * Markdown file of an entry (as GitHub's preview links them) and paths from this page, each with what to write.
 */
function schemelessLink(link: string, urls: ReadonlySet<string>): string | undefined {
  if (link === '' || link.startsWith('/') || link.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(link)) return undefined;
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(link)) return `gevonden: een link naar ${shorten(link)} zonder mailto:; verwacht mailto:${link}`;
  // https//www… : the colon left out, which a browser reads as a path on this site (helper-39 was told to write one).
  const whole = withWholeScheme(link);
  if (whole) return `gevonden: een link naar ${shorten(link)} zonder : na ${whole.split(':')[0]}; verwacht ${whole}`;
  if (startsWithHost(link)) {
    return `gevonden: een link naar ${shorten(link)} zonder https://; verwacht het volledige adres, https://${link}`;
  }
  // The page the link names by its last part: /projecten/wep-trein/ for ../projecten/wep-trein/, wep-trein or wep-trein.md.
  const last = link.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').at(-1)!.replace(/\.mdx?$/i, '');
  const meant = [...urls].find((url) => url.endsWith(`/${last}/`));
  const guess = meant ? `: bedoelde je ${meant}?` : ', zoals /netwerken/delfshaven/';
  if (/\.mdx?$/i.test(link.split(/[?#]/)[0]!)) return `gevonden: een link naar het bestand ${shorten(link)}; verwacht het adres van die pagina op de site${guess}`;
  return `gevonden: een link naar ${shorten(link)} zonder / ervoor (een browser zoekt die vanaf deze pagina); verwacht een pad dat met / begint${guess}`;
}

/**
 * The page of the same section whose last part is closest to the link's (/netwerken/charlos/ → /netwerken/charlois/),
 * or else the one page that holds every word of it, as a renamed page does (/nieuws/werkbezoek-laurens/ →
 * /nieuws/vws-op-werkbezoek-bij-laurens-delfshaven/; helper-42).
 */
function nearestUrl(url: string, urls: ReadonlySet<string>): string | undefined {
  // In other capitals, or as the file a server would send (helper-58, helper-60: /Netwerken/Charlois/, /netwerken/charlois/index.html, /over.html).
  const plain = url.toLowerCase().replace(/(?:\/index)?\.html?$/, '/');
  if (urls.has(plain)) return plain;
  const match = /^(.*\/)([^/]+)\/$/.exec(plain);
  if (!match) return undefined;
  const [, section, last] = match;
  const siblings = [...urls].flatMap((u) => (u.startsWith(section!) && /^[^/]+\/$/.test(u.slice(section!.length)) ? [u.slice(section!.length, -1)] : []));
  const hint = closest(last!, siblings) ?? holdingEveryWord(last!, siblings);
  if (hint !== undefined) return `${section}${hint}/`;
  // The page's own name under a misspelt section (/netwerk/charlois/): the one address that ends in it.
  const named = [...urls].filter((u) => u.endsWith(`/${last}/`));
  return named.length === 1 ? named[0] : undefined;
}

/** The only slug among `slugs` with every word of `slug` (two or more, case aside) among its own. */
function holdingEveryWord(slug: string, slugs: readonly string[]): string | undefined {
  const words = slug.toLowerCase().split('-').filter(Boolean);
  if (words.length < 2) return undefined;
  const holding = slugs.filter((s) => {
    const own = new Set(s.split('-'));
    return words.every((w) => own.has(w));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** What the MDX reader stumbled on, in the editor's words: in .mdx, < and { start code. */
function mdxMistake(reason: string): string {
  const unclosed = /Expected a closing tag for `<([^>`]+)>`/.exec(reason);
  if (unclosed) return `gevonden: <${unclosed[1]}> zonder afsluitende </${unclosed[1]}>; verwacht een afsluitende tag, of <${unclosed[1]} /> als er niets tussen hoort`;
  const closing = /Unexpected closing tag `<\/([^>`]+)>`/.exec(reason);
  if (closing) return `gevonden: </${closing[1]}> zonder <${closing[1]}> ervoor; verwacht een openende tag, of haal </${closing[1]}> weg`;
  if (/after `<`/.test(reason)) return 'gevonden: een < die in een .mdx-bestand als begin van code gelezen wordt; verwacht \\< voor een gewoon kleiner-dan-teken, en een link als [tekst](https://…)';
  if (/brace|expression/.test(reason)) return 'gevonden: een { die in een .mdx-bestand als begin van code gelezen wordt; verwacht \\{ voor een gewone accolade';
  return 'gevonden: tekst die in een .mdx-bestand niet te lezen is; verwacht gewone Markdown, met < en { geschreven als \\< en \\{ (of gebruik een .md-bestand)';
}

/**
 * A body image's address, before the file itself is looked at: a path from
 * the entry (./grafiek.png), never another site, an absolute path (it would
 * skip the checks and the optimisation) or a script address.
 */
function imageSourceIssue(src: string, entryFile: string, context: BodyContext): string | undefined {
  const trimmed = src.trim();
  // A path on the editor's own computer (C:\Users\…): the file belongs beside the entry (helper-53).
  const name = ownComputerFileName(src);
  if (name !== undefined) return `gevonden: "${shorten(src)}", een pad op je eigen computer; verwacht ./${name}, met de afbeelding in de map van dit bestand`;
  if (/^(https?:)?\/\//i.test(trimmed)) return `gevonden: een afbeelding van een andere website (${shorten(src)}); verwacht een afbeelding naast dit bestand, zoals ./grafiek.png, want de site laadt niets van andere sites`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return `gevonden: het adres ${shorten(src)}; verwacht een afbeelding naast dit bestand, zoals ./grafiek.png`;
  if (trimmed.startsWith('/')) return siteRootImageMessage(shorten(src), entryFile, context.fileExists, 'afbeelding');
  if (trimmed === '') return 'gevonden: een afbeelding zonder bestand; verwacht ![beschrijving](./grafiek.png)';
  return undefined;
}

/** The line of - or = that makes the text above it a heading (a "setext" heading), or undefined for a heading written with #. */
function setextUnderline(bodyLines: readonly string[], node: Node): string | undefined {
  const start = node.position?.start.line;
  const end = node.position?.end?.line;
  if (start === undefined || end === undefined || end === start) return undefined;
  // Inside a quote its line starts with > (helper-63: "> Marieke" over "> --" became a heading nobody was told of).
  const last = (bodyLines[end - 1] ?? '').replace(/^\s*(?:>\s*)*/, '').trim();
  return /^(?:-+|=+)$/.test(last) ? last : undefined;
}

/** A tag with an attribute in a text node, where the parser did not read it as HTML: "<a href=”/over/”>", "<a href=". */
const TAG_AS_TEXT = /<([a-z][a-z0-9]*)\b[^<>]*?\s([a-z][a-z-]*)\s*=[^<>]*>?/gi;
/** The same, to test a text node with: without g, test() keeps no place between calls. */
const TAG_IN_TEXT = new RegExp(TAG_AS_TEXT.source, 'i');

/** The address a link meant: a bare mail address with mailto:, a www. address with https:// (the link check tells both). */
const meantAddress = (url: string) => (isMailAddress(url) ? `mailto:${url}` : /^www\./i.test(url) ? `https://${url}` : url);

/** Markdown's signs in a text: bold, a link, a heading's #s at the start of a line. No [ inside a link's text: a run of [ stays linear. */
const MARKDOWN_SIGNS = /\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^[\]\n]+\]\([^()\s]+\)|^[ \t]{0,3}#{1,6}[ \t]\S.*$/m;

/** A link text as SAYS_NOT_WHERE holds it: "Klik: hier!" is "klik hier". */
const saidAs = (text: string) => text.toLowerCase().replace(/[.!:,;»›→>…]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Link texts that say nothing of where a link goes. */
const SAYS_NOT_WHERE = new Set(['hier', 'klik hier', 'klik', 'lees meer', 'lees hier', 'lees verder', 'verder lezen', 'meer lezen', 'meer', 'meer info', 'meer informatie', 'link', 'deze link', 'deze pagina', 'klik op deze link']);

/** The marker Astro acts on (image-marker.ts), told in a body as found. */
const IMAGE_MARKER_MESSAGE = `gevonden: __ASTRO_IMAGE_; ${IMAGE_MARKER_EXPECTED}`;

/** The 1-based line of an offset in a text. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The first paragraph of the text, when it begins with what the summary says (letters and digits compared, case aside). */
function repeatsLead(tree: Node, lead: string): Node | undefined {
  const first = tree.children?.find((node) => node.type === 'paragraph');
  const fold = (text: string) => text.toLocaleLowerCase('nl').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const summary = fold(lead);
  return first && summary && fold(plainText(first)).startsWith(summary) ? first : undefined;
}

/** The text of a node and everything in it, as read out. */
const plainText = (node: Node): string => (node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(plainText).join(''));

/** Does a node hold text or an image with a description, anywhere inside it? */
function hasContent(node: Node): boolean {
  if (node.type === 'text' || node.type === 'inlineCode') return (node.value ?? '').trim() !== '';
  if (node.type === 'image') return (node.alt ?? '').trim() !== '';
  return (node.children ?? []).some(hasContent);
}

/** Deepest quotes and lists in quotes, and elements in elements, a page needs; far below what parsers and the search copies take. */
const MAX_MARKERS = 12;
/** Braces an .mdx body may open: a comment or a component's props each take one; a page needs a few. */
const MAX_MDX_BRACES = 200;
const MAX_ELEMENT_DEPTH = 40;
/** Elements that are never opened around others: a tag of these adds no depth. */
const VOID = new Set(['br', 'hr', 'wbr', 'col', 'img', 'input', 'meta', 'link', 'base', 'source', 'track', 'area', 'embed', 'param']);

/**
 * Quotes in quotes, or elements in elements, nested deeper than any page needs: ">" five thousand times made the
 * search index of one page take a minute, and at about 29,000 the check itself ran out of stack (helper-38). Told on
 * the first line that goes too deep, before the text is parsed.
 */
export function tooDeep(body: string): { line: number; message: string } | undefined {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const markers = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/.exec(lines[i]!)![0].replace(/\d{1,9}[.)]/g, '1').replace(/[ \t]/g, '').length;
    if (markers > MAX_MARKERS) return { line: i + 1, message: `gevonden: ${markers} citaat- of lijsttekens voor één regel (een citaat in een citaat in een citaat …); verwacht hoogstens ${MAX_MARKERS} lagen` };
  }
  let depth = 0;
  // The name ends where its letters end, and a tag's attributes are bounded (41 tags of 1,500 are more than a body
  // holds), so "<aaaa…" or "<a<a<a…" takes one pass, not one per split (helper-40: 59,000 letters, 5.5 s).
  for (const tag of body.matchAll(/<(\/?)([A-Za-z][\w.:-]*)(?![\w.:-])(?:[^>"']|"[^"]*"|'[^']*'){0,1500}?(\/?)>/g)) {
    const [, closing, name, selfClosing] = tag;
    if (VOID.has(name!.toLowerCase()) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_ELEMENT_DEPTH) return { line: lineAt(body, tag.index), message: `gevonden: HTML-elementen meer dan ${MAX_ELEMENT_DEPTH} lagen in elkaar (<${name}> in <${name}> …); verwacht hoogstens ${MAX_ELEMENT_DEPTH} lagen` };
  }
  return undefined;
}

/**
 * Where a piece of raw HTML ends inside a tag, a quoted value or a comment: the page's next piece would then be
 * read as part of it (helper-38: `<div title='` here made a `<meta>` in a title further down a real element, and
 * the page redirected). Each piece is parsed on its own, so the check would not see it; the browser reads them as one.
 * Returns the unfinished tag's start, or undefined when the piece ends in text.
 */
export function unfinishedTag(html: string): string | undefined {
  let state: 'text' | 'tag' | 'value' | 'quoted' | 'comment' = 'text';
  let quote = '';
  let start = 0;
  for (let i = 0; i < html.length; i++) {
    const char = html[i]!;
    if (state === 'text') {
      if (html.startsWith('<!--', i)) [state, start] = ['comment', i];
      else if (char === '<' && /[A-Za-z/!?]/.test(html[i + 1] ?? '')) [state, start] = ['tag', i];
    } else if (state === 'comment') {
      if (html.startsWith('-->', i)) [state, i] = ['text', i + 2];
    } else if (state === 'quoted') {
      if (char === quote) state = 'tag';
    } else if (state === 'value') {
      // After "=": a quote opens a quoted value; anything else is an unquoted value, which ends at a space or >.
      if (char === '"' || char === "'") [state, quote] = ['quoted', char];
      else if (char === '>') state = 'text';
      else if (!/\s/.test(char)) state = 'tag';
    } else if (char === '=') state = 'value';
    else if (char === '>') state = 'text';
  }
  return state === 'text' ? undefined : html.slice(start);
}

/** What a text's HTML does to the page around it, read as a browser reads the whole page (pageEffects). */
export interface PageEffects {
  /** What follows the text is no longer inside it: an end tag closed the page's article and main (helper-47, helper-48). */
  closes: boolean;
  /** Attributes an <html …> or <body …> in the text gave the page itself ("body hidden"), which a fragment parser never shows (helper-49). */
  pageAttributes: string[];
  /** Inline elements left open that the browser opens again after the text, around the rest of the page ("s", "small"; helper-49). */
  reopened: string[];
  /**
   * The outermost element the text leaves open ("details", "table"): the page's own parts after the text (sources,
   * tags, the edit link) end up inside it, hidden in a closed <details> or given its dir and title (helper-50).
   */
  leftOpen?: string;
}

/**
 * The body rendered as Astro renders it, inside a page's main and article, followed by a block of the page's own and
 * the page's footer, read as a browser reads it (parse5). An end tag closes whatever is open inside its element too,
 * so "<blockquote><div>…</blockquote></div>" or "</div></main>" put the rest of the text outside the article and the
 * search index; a `<body hidden>` adds its attributes to the page's own body; an `<s title=…>` left open is opened
 * again, with its attributes, around the footer's text; a `<details>` or `<table>` left open takes the page's next
 * parts in.
 */
export function pageEffects(html: string): PageEffects {
  // Ids the text cannot know, so it cannot open a wrapper or a mark of the same name (an unknown nonce per call).
  const [INSIDE, AFTER, BEYOND] = [`zw-${randomUUID()}`, `zw-${randomUUID()}`, `zw-${randomUUID()}`];
  type Parent = DefaultTreeAdapterMap['parentNode'];
  type Element = DefaultTreeAdapterMap['element'];
  const isElement = (node: DefaultTreeAdapterMap['node'] | null | undefined): node is Element => !!node && 'tagName' in node;
  const hasId = (element: Element, id: string) => element.attrs.some((a) => a.name === 'id' && a.value === id);
  const find = (parent: Parent, id: string): Element | undefined => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      const found = hasId(child, id) ? child : find(child, id);
      if (found) return found;
    }
    return undefined;
  };
  const ancestors = (element: Element | undefined): Element[] => (isElement(element?.parentNode) ? [element.parentNode, ...ancestors(element.parentNode)] : []);
  // The text ends in a block (a <div> opens no inline element again, and closes a <p> left open, as the page's next part does).
  const page = parse(`<!DOCTYPE html><html><head></head><body><main><article><div id="${INSIDE}">${html}<div id="${AFTER}"></div></div></article></main><footer><p id="${BEYOND}">.</p></footer></body></html>`);
  const root = page.childNodes.find(isElement)!;
  const body = root.childNodes.filter(isElement).find((element) => element.tagName === 'body')!;
  const after = ancestors(find(page, AFTER));
  const inside = after.findIndex((element) => hasId(element, INSIDE));
  const paragraph = find(page, BEYOND);
  const footer = paragraph?.parentNode;
  // A <table> left open takes no <div> in (the browser sets it before the table), but the footer: it stands before the table too.
  const table = isElement(footer) && footer.parentNode !== body ? footer.parentNode?.childNodes.slice(footer.parentNode.childNodes.indexOf(footer) + 1).find(isElement) : undefined;
  const inner = paragraph?.childNodes[0];
  const reopened = isElement(inner) ? [inner, ...nestedOnlyChildren(inner)].map((element) => element.tagName) : [];
  const leftOpen = inside > 0 ? after[inside - 1]!.tagName : table?.tagName;
  return {
    closes: inside === -1,
    pageAttributes: [root, body].flatMap((element) => element.attrs.map((a) => `${element.tagName} ${a.name}`)),
    reopened,
    // An inline element left open at the end is opened again after it too: told once, as that.
    leftOpen: leftOpen && !reopened.includes(leftOpen) ? leftOpen : undefined,
  };
}

/** The chain of single elements inside an element (<s><small>.</small></s> gives small). */
function nestedOnlyChildren(element: DefaultTreeAdapterMap['element']): DefaultTreeAdapterMap['element'][] {
  const child = element.childNodes[0];
  return child && 'tagName' in child ? [child, ...nestedOnlyChildren(child)] : [];
}

/** What to tell about inline elements left open that the browser opens again after the text. */
const reopenedMessage = (names: readonly string[]) =>
  `met ${names.map((name) => `<${name}>`).join(' en ')} die niet gesloten ${names.length > 1 ? 'worden, zodat de browser ze' : 'wordt, zodat de browser hem'} na de tekst opnieuw opent, om de rest van de pagina heen; verwacht elke tag gesloten in de alinea waarin hij begint, zoals ${names.map((name) => `<${name}>…</${name}>`).join(' en ')}`;

/**
 * Each effect the whole text has, with what to tell the editor about it. Each inline element left open is an effect
 * of its own, so each is told where it begins (helper-53: a <b> and an <i> two paragraphs apart were told as one).
 */
function effectMessages(whole: PageEffects): { has: (found: PageEffects) => boolean; message: string; reopened?: string }[] {
  const all = [
    { has: (found: PageEffects) => found.closes, message: 'dat de pagina rond de tekst afsluit (een afsluitende tag sluit ook alles wat erbinnen nog openstaat); verwacht elke tag die de tekst opent ook in de tekst gesloten, de laatst geopende eerst, zoals <blockquote><div>…</div></blockquote>, en geen afsluitende tag zonder openingstag' },
    { has: (found: PageEffects) => found.pageAttributes.length > 0, message: `dat de hele pagina verandert (${whole.pageAttributes.map((a) => `<${a}>`).join(', ')}: een browser geeft die eigenschappen aan de pagina zelf); verwacht geen <html>, <head> of <body> in de tekst: die maakt de site zelf` },
    ...whole.reopened.map((name) => ({ has: (found: PageEffects) => found.reopened.includes(name), message: reopenedMessage([name]), reopened: name })),
    { has: (found: PageEffects) => found.leftOpen !== undefined, message: `met <${whole.leftOpen}> die niet gesloten wordt, zodat wat de pagina na de tekst toont (bron, labels, links) erin komt te staan; verwacht elke tag die de tekst opent ook in de tekst gesloten, zoals <${whole.leftOpen}>…</${whole.leftOpen}>` },
  ];
  return all.filter(({ has }) => has(whole));
}

/** Effects told on one line, with the inline elements left open there told together (<s><small>… as one message). */
function togetherAt<P extends { position?: { start: { line: number } } }>(told: readonly { at: P; message: string; reopened?: string }[]): { at: P; message: string }[] {
  const merged: { at: P; message: string; reopened?: string[] }[] = [];
  const lineOf = (at: P) => at.position?.start.line;
  for (const { at, message, reopened } of told) {
    const same = reopened === undefined ? undefined : merged.find((m) => lineOf(m.at) === lineOf(at) && m.reopened);
    if (same) same.reopened!.push(reopened!);
    else merged.push({ at, message, reopened: reopened === undefined ? undefined : [reopened] });
  }
  return merged.map(({ at, message, reopened }) => ({ at, message: reopened ? reopenedMessage(reopened) : message }));
}

/** What a Markdown body's HTML does to the page, each told on the piece of HTML from which on the body does it. */
function pageEffectProblems(body: string, pieces: readonly Node[]): { at: Node; message: string }[] {
  const effects = (upTo: number) => pageEffects(markdownToHtml(upTo < 0 ? body : body.slice(0, pieces[upTo]!.position?.end?.offset ?? body.length), PARSE_OPTIONS).html);
  return togetherAt(
    effectMessages(effects(-1)).map(({ has, message, reopened }) => {
      // The piece from which on every longer part of the body has the effect: "<s>a</s> … <s>b" is told on the second <s>.
      let from = pieces.length - 1;
      while (from > 0 && has(effects(from - 1))) from--;
      return { at: pieces[from]!, message, reopened };
    }),
  );
}

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number; offset?: number }; end?: { offset?: number } };
  children?: HastNode[];
}

/**
 * An MDX text as the HTML a browser gets, as far as the page's structure goes: its elements by name, a component as a
 * <div> (its markup is reviewed code in src/components/content/), text escaped; no attributes (those are checked by
 * name). JSX pairs every tag, but the browser does not keep every pairing: a <li> closes an open <li> through a <div>,
 * so the </div> after it closes one of the page's (helper-50).
 */
function mdxHtml(node: HastNode): string {
  if (node.type === 'text') return (node.value ?? '').replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const inner = (node.children ?? []).map(mdxHtml).join('');
  const name = node.type === 'element' ? node.tagName : node.type.startsWith('mdxJsx') && node.name ? (/^[a-z]/.test(node.name) ? node.name : 'div') : undefined;
  if (!name) return node.type === 'root' || node.type.startsWith('mdxJsx') ? inner : '';
  // As Astro's JSX renderer writes it: a void element with children gets them and an end tag (helper-52: <br>…</br>).
  return VOID.has(name) && !inner ? `<${name}>` : `<${name}>${inner}</${name}>`;
}

/** The MDX elements (JSX) in a tree, in order. */
function jsxElements(tree: HastNode): HastNode[] {
  const elements: HastNode[] = [];
  visit(tree as never, (node) => void ((node as HastNode).type.startsWith('mdxJsx') && elements.push(node as HastNode)));
  return elements;
}

/**
 * What an MDX body's elements do to the page, each told on the first element that does it alone; else on the first
 * element of the first block that does it with the Markdown around it ("- Punt <div><li>…" closes the list's <li>: the
 * <div>, not the last element of the text); else on the last.
 */
function mdxPageEffectProblems(body: string): { line: number; message: string }[] {
  const tree = mdxToHast(body, PARSE_OPTIONS) as unknown as HastNode;
  const elements = jsxElements(tree);
  if (elements.length === 0) return [];
  const told = effectMessages(pageEffects(mdxHtml(tree))).map(({ has, message, reopened }) => {
    const doesIt = (node: HastNode) => has(pageEffects(mdxHtml(node)));
    const alone = elements.find(doesIt);
    const block = alone ? undefined : tree.children?.find(doesIt);
    return { at: alone ?? (block && jsxElements(block)[0]) ?? elements.at(-1)!, message, reopened };
  });
  return togetherAt(told).map(({ at: element, message }) => {
    // Shown as written (the element's own text), where the parser says where it stands.
    const written = body.slice(element.position?.start.offset ?? 0, element.position?.end?.offset ?? 0) || mdxHtml(element);
    return { line: element.position?.start.line ?? 1, message: `${shorten(written)}, ${message}` };
  });
}

/**
 * Elements and attributes outside the allowlist, in raw HTML. Parsed by parse5,
 * which follows the HTML standard as browsers do: a lenient parser reads
 * `<meta/http-equiv=…>` or a comment closed by `--!>` differently from the
 * browser, and what it does not see it cannot refuse.
 */
export const htmlIssues = (html: string): string[] => readHtml(html).issues;

/** A piece of HTML read once (parse5): what is refused in it, the ids it gives its elements, and the addresses its links open. */
function readHtml(html: string): { issues: string[]; ids: string[]; links: string[] } {
  type ParentNode = DefaultTreeAdapterMap['parentNode'];
  type Element = DefaultTreeAdapterMap['element'];
  const issues: string[] = [];
  const ids: string[] = [];
  const links: string[] = [];
  const unfinished = unfinishedTag(html);
  if (unfinished !== undefined) {
    issues.push(`gevonden: HTML die niet afsluit ("${shorten(unfinished)}"), zodat de browser de tekst erna als deel ervan leest; verwacht elke tag afgesloten met >, een waarde tussen aanhalingstekens ook weer met een aanhalingsteken`);
  }
  const walk = (parent: ParentNode) => {
    for (const child of parent.childNodes) {
      // A comment is not shown, but it is published: anyone can read it in the page's source (helper-33: an internal note).
      if (child.nodeName === '#comment') {
        const note = (child as DefaultTreeAdapterMap['commentNode']).data;
        issues.push(`gevonden: een opmerking (<!-- ${shorten(note)} -->), die niet op de pagina staat maar wel in de bron ervan, voor iedereen te lezen; verwacht geen opmerkingen in de tekst: zet aantekeningen in het pull request`);
        continue;
      }
      if (!('tagName' in child)) continue;
      const element = child as Element;
      issues.push(...elementIssues(element.tagName, element.attrs.map(({ name, value }) => ({ name, value }))));
      const id = element.attrs.find((a) => a.name === 'id')?.value.trim();
      if (id) ids.push(id);
      const link = htmlLink(element.tagName, element.attrs);
      if (link !== undefined) links.push(link);
      walk(element);
      if ('content' in element && element.content) walk(element.content as ParentNode);
    }
  };
  walk(parseFragment(html));
  return { issues, ids, links };
}

/**
 * The address an <a> opens, to be checked as a Markdown link's is (a page that does not exist, www. without https://, an
 * e-mail address without a domain): only where its href is not refused already, which says more.
 */
function htmlLink(tag: string, attributes: readonly { name: string; value: string | undefined }[]): string | undefined {
  const href = tag.toLowerCase() === 'a' ? attributes.find(({ name }) => name.toLowerCase() === 'href') : undefined;
  if (href?.value === undefined || elementIssues('a', [href]).length > 0) return undefined;
  // As a browser reads it: tabs and line breaks go.
  return href.value.replace(/[\t\n\r]/g, '');
}

/** An MDX expression that holds nothing but comments ({/* … *\/}): no token of code, so nothing runs. */
export function onlyComments(expression: string): boolean {
  try {
    for (const _token of tokenizer(expression, { ecmaVersion: 'latest' })) return false;
    return true;
  } catch {
    return false; // an unterminated comment or string is not a comment
  }
}

/** The same for MDX: lowercase names are HTML elements; capitalised ones are components, whose import is checked. */
function jsxIssues(node: Node, imported: ReadonlySet<string>, context: BodyContext): string[] {
  const attributes = (node.attributes ?? []).map((a) => ({ name: a.type === 'mdxJsxAttribute' ? (a.name ?? '') : '{…}', value: typeof a.value === 'string' || a.value === null ? (a.value ?? '') : undefined }));
  const issues: string[] = [];
  if (attributes.some((a) => a.name === '{…}')) issues.push('gevonden: code in een attribuut ({...}); verwacht gewone waarden tussen aanhalingstekens');
  for (const attribute of attributes) {
    if (attribute.name !== '{…}' && attribute.value === undefined) issues.push(`gevonden: code in het attribuut ${attribute.name}={...}; verwacht een waarde tussen aanhalingstekens`);
  }
  const name = node.name ?? '';
  if (name === '' || /^[A-Z]/.test(name)) {
    // A fragment or a component: its attributes are props, but directives still inject HTML.
    for (const attribute of attributes) if (attribute.name.includes(':')) issues.push(`gevonden: ${attribute.name}= op <${name}> (voegt ongecontroleerde HTML of code in); verwacht de tekst zelf`);
    const component = name.split('.')[0]!;
    const file = `${CONTENT_COMPONENTS}${component}.astro`;
    // The import line only where there is such a component: otherwise it leads to the next message, that it is not there.
    if (component !== '' && !imported.has(component)) {
      issues.push(
        context.fileExists(file)
          ? `gevonden: <${name}> zonder import-regel; verwacht bovenaan import ${component} from '../../${file}'`
          : `gevonden: <${name}>, maar er is geen component ${component} in ${CONTENT_COMPONENTS}; verwacht gewone tekst (Markdown) in plaats van <${name}>`,
      );
    }
    return issues;
  }
  return [...issues, ...elementIssues(name, attributes.filter((a) => a.name !== '{…}' && a.value !== undefined))];
}

/** The import statements of an MDX code block, or none where it is no JavaScript (esmIssues tells that). */
function parsedImports(code: string) {
  try {
    return parseJs(code, { ecmaVersion: 'latest', sourceType: 'module' }).body.flatMap((statement) => (statement.type === 'ImportDeclaration' ? [statement] : []));
  } catch {
    return [];
  }
}

/**
 * MDX imports run code at build time: only reviewed content components may be imported, and only ones that are there.
 * Each told on its own line of the block (helper-58: twelve import lines were all told on the first).
 */
function esmIssues(node: Node, file: string, context: BodyContext): { line: number; message: string }[] {
  const code = node.value ?? '';
  let statements;
  try {
    statements = parseJs(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }).body;
  } catch (error) {
    // Without the parser's English, and without a component as example that may not be there (helper-31).
    const line = (error as { loc?: { line: number } }).loc?.line ?? 1;
    return [{ line, message: `gevonden: ${shorten((code.split('\n')[line - 1] ?? code).replace(/;$/, ''))}, dat is geen geldige import-regel; verwacht import Naam from '../../${CONTENT_COMPONENTS}Naam.astro' voor een component dat in ${CONTENT_COMPONENTS} staat, of gewone tekst zonder import` }];
  }
  return statements.flatMap((statement) => {
    const line = statement.loc?.start.line ?? 1;
    if (statement.type !== 'ImportDeclaration') return [{ line, message: `gevonden: ${shorten(code.slice(statement.start, statement.end).replace(/;$/, ''))}; verwacht alleen import-regels, geen andere code` }];
    const source = String(statement.source.value ?? '');
    // Only a path from this file, normalised: a bare name is a package or an alias, which may resolve anywhere.
    const target = source.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), source)) : undefined;
    if (target?.startsWith(CONTENT_COMPONENTS)) {
      return context.fileExists(target) ? [] : [{ line, message: `gevonden: een import uit "${source}", maar ${target} bestaat niet; verwacht een component dat in ${CONTENT_COMPONENTS} staat, of gewone tekst zonder import` }];
    }
    return [{ line, message: `gevonden: een import uit "${source}"; verwacht alleen componenten uit ${CONTENT_COMPONENTS}` }];
  });
}
