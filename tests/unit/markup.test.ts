/**
 * The HTML an editor may write in a body, element by element, pinned from the
 * policy (CONTRIBUTING.md, "HTML in de tekst") rather than read from the
 * allowlist under test: dropping an element from the list refuses text
 * markup editors use, and every refused element keeps its own reason.
 */
import { describe, expect, it } from 'vitest';
import { elementIssues } from '../../src/lib/validation/markup.ts';
import { htmlIssues } from '../../src/lib/validation/check-body.ts';

const TEXT_MARKUP = [
  'a', 'abbr', 'b', 'bdi', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'ul', 'var', 'wbr',
];

const ATTRIBUTES = ['href', 'cite', 'title', 'lang', 'dir', 'id', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'datetime', 'open', 'start', 'reversed', 'type', 'value'];

const PLAIN = 'gewone tekst, Markdown, of opmaak als <abbr>, <sup> en tabellen';
const MARKDOWN_IMAGE = 'een afbeelding in Markdown: ![wat er te zien is](./foto.jpg)';

/** Each refused element with why, and what to write instead. */
const REFUSED: [tag: string, why: string, instead: string][] = [
  ['script', 'code', PLAIN],
  ['bdo', 'tekst die achterstevoren op de pagina staat, zodat die iets anders toont dan het bestand', PLAIN],
  ['noscript', 'code', PLAIN],
  ['style', 'opmaakcode', PLAIN],
  ['template', 'code', PLAIN],
  ['iframe', 'een ingesloten pagina', 'een link naar de pagina: [naam](https://…)'],
  ['frame', 'een ingesloten pagina', PLAIN],
  ['frameset', 'een ingesloten pagina', PLAIN],
  ['portal', 'een ingesloten pagina', PLAIN],
  ['object', 'een ingesloten bestand', PLAIN],
  ['embed', 'een ingesloten bestand', PLAIN],
  ['applet', 'een ingesloten programma', PLAIN],
  ['meta', 'een instelling die lezers kan doorsturen', PLAIN],
  ['base', 'een instelling die alle links van de pagina verandert', PLAIN],
  ['link', 'een verwijzing naar een ander bestand', PLAIN],
  ['form', 'een formulier (de site verstuurt niets)', PLAIN],
  ['input', 'een formulierveld', PLAIN],
  ['button', 'een knop', PLAIN],
  ['select', 'een formulierveld', PLAIN],
  ['textarea', 'een formulierveld', PLAIN],
  ['option', 'een formulierveld', PLAIN],
  ['img', 'een afbeelding in HTML', MARKDOWN_IMAGE],
  ['picture', 'een afbeelding in HTML', MARKDOWN_IMAGE],
  ['source', 'media in HTML', PLAIN],
  ['video', 'een video', 'een link naar de video: [naam](https://…)'],
  ['audio', 'geluid', PLAIN],
  ['track', 'media in HTML', PLAIN],
  ['svg', 'een tekening in SVG (kan code bevatten)', PLAIN],
  ['math', 'een formule in MathML', PLAIN],
  ['canvas', 'een tekenvlak voor code', PLAIN],
  ['h1', 'een tweede paginatitel', 'een tussenkop met ## (de titel komt uit het veld title)'],
];

describe('the HTML a body may carry', () => {
  it.each(TEXT_MARKUP)('lets <%s> through, also in capitals', (tag) => {
    expect(elementIssues(tag, [])).toEqual([]);
    expect(elementIssues(tag.toUpperCase(), [])).toEqual([]);
  });

  it('lets every text element through in one body, as an editor writes them', () => {
    const body = TEXT_MARKUP.map((tag) => (['br', 'col', 'hr', 'wbr'].includes(tag) ? `<${tag}>` : `<${tag}>tekst</${tag}>`)).join('\n');
    expect(htmlIssues(body)).toEqual([]);
  });

  it.each(ATTRIBUTES)('lets the attribute %s= through on an element it belongs to', (attribute) => {
    expect(elementIssues('td', [{ name: attribute, value: '/netwerken/' }])).toEqual([]);
  });

  it.each(REFUSED)('refuses <%s> as %s, with what to write instead', (tag, why, instead) => {
    expect(elementIssues(tag, [])).toEqual([`gevonden: <${tag}> (${why}); verwacht ${instead}`]);
  });

  it('refuses an element it has no reason for as one the site does not use', () => {
    expect(elementIssues('marquee', [])).toEqual([`gevonden: <marquee>, dat de site niet gebruikt; verwacht ${PLAIN}`]);
    expect(elementIssues('dialog', [])).toEqual([`gevonden: <dialog>, dat de site niet gebruikt; verwacht ${PLAIN}`]);
  });
});

describe('underlined text (helper-51: <u> looked like a link)', () => {
  it('is refused, with emphasis to use instead, in HTML and in other capitals', () => {
    const told = 'gevonden: <u> (onderstreepte tekst, die lezers voor een link houden); verwacht nadruk met **vet** of *schuin*';
    expect(elementIssues('u', [])).toEqual([told]);
    expect(htmlIssues('<U>Let op:</U> de dag begint om negen uur.')).toEqual([told]);
  });
});

describe('an href as the browser reads it, spaces around it aside', () => {
  // The browser drops them, so " //evil.example/" still opens another site and " https:evil.example" is still a dead link.
  it('tells a link to another site or without // after https:, with spaces before it', () => {
    expect(elementIssues('a', [{ name: 'href', value: ' //evil.example/' }])).toEqual(['gevonden: href="//evil.example/", dat de browser leest als een andere website; verwacht een volledig webadres (https://…) of een pad op deze site met één / ervoor']);
    expect(elementIssues('a', [{ name: 'href', value: ' https:evil.example ' }])).toEqual(['gevonden: href="https:evil.example" zonder // na https:; verwacht https://evil.example']);
  });
});
