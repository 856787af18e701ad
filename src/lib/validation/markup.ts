/**
 * The HTML an entry's body may carry, as an allowlist: text markup, lists,
 * tables, quotes, details, links. Everything else is refused by name, with
 * why, so no content can run code, redirect readers, post a form, embed
 * another page or load anything from elsewhere, also on a host that sends no
 * security headers (GitHub Pages). Used for raw HTML in Markdown and for the
 * lowercase elements of MDX (JSX).
 */

import { deceptiveAddress, mailtoExtras, slashlessWebLink, telDialsCode } from '../web-address.ts';

/** Elements a body may use, beside Markdown itself. */
export const ALLOWED_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p',
  'pre', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'time', 'tr', 'ul', 'var', 'wbr',
]);

/** Attributes those elements may have. `href` and `cite` are addresses and are checked as such. */
export const ALLOWED_ATTRIBUTES = new Set(['href', 'cite', 'title', 'lang', 'dir', 'id', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'datetime', 'open', 'start', 'reversed', 'type', 'value']);

/** Why an element is refused, for the ones an editor might reach for. */
const REFUSED: Record<string, string> = {
  script: 'code', noscript: 'code', style: 'opmaakcode', template: 'code',
  iframe: 'een ingesloten pagina', frame: 'een ingesloten pagina', frameset: 'een ingesloten pagina', portal: 'een ingesloten pagina',
  object: 'een ingesloten bestand', embed: 'een ingesloten bestand', applet: 'een ingesloten programma',
  meta: 'een instelling die lezers kan doorsturen', base: 'een instelling die alle links van de pagina verandert', link: 'een verwijzing naar een ander bestand',
  form: 'een formulier (de site verstuurt niets)', input: 'een formulierveld', button: 'een knop', select: 'een formulierveld', textarea: 'een formulierveld', option: 'een formulierveld',
  img: 'een afbeelding in HTML', picture: 'een afbeelding in HTML', source: 'media in HTML', video: 'een video', audio: 'geluid', track: 'media in HTML',
  svg: 'een tekening in SVG (kan code bevatten)', math: 'een formule in MathML', canvas: 'een tekenvlak voor code',
  h1: 'een tweede paginatitel',
  u: 'onderstreepte tekst, die lezers voor een link houden',
  // helper-58: the reversal the check refuses as U+202E, written as an element.
  bdo: 'tekst die achterstevoren op de pagina staat, zodat die iets anders toont dan het bestand',
};

/** What to write instead, where there is a clear alternative. */
const INSTEAD: Record<string, string> = {
  img: 'een afbeelding in Markdown: ![wat er te zien is](./foto.jpg)',
  picture: 'een afbeelding in Markdown: ![wat er te zien is](./foto.jpg)',
  h1: 'een tussenkop met ## (de titel komt uit het veld title)',
  u: 'nadruk met **vet** of *schuin*',
  iframe: 'een link naar de pagina: [naam](https://…)',
  video: 'een link naar de video: [naam](https://…)',
};

/**
 * An address a reader's browser would open as something other than a web page,
 * an e-mail, a phone number or a path on this site (javascript:, data:,
 * vbscript:, …). Read as the URL standard does: tabs and line breaks anywhere
 * and control characters or spaces in front are ignored, so "java&#9;script:"
 * (a tab once parsed) is still javascript:.
 */
export function unsafeAddress(address: string): boolean {
  const cleaned = address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme !== undefined && !['http', 'https', 'mailto', 'tel'].includes(scheme);
}

/** An attribute with its value in a tag as written: name="…", name='…' or name=…. */
const ATTRIBUTE = /\s([^\s=>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** The attributes of one HTML tag as written (`<abbr title="…" class=x>`) that have a value, in order; names as written. */
export function tagAttributes(tag: string): { name: string; value: string }[] {
  return [...tag.matchAll(ATTRIBUTE)].map((m) => ({ name: m[1]!, value: m[2] ?? m[3] ?? m[4] ?? '' }));
}

/** Problems of one element with its attributes (names as written; values as text, or undefined for a code expression). */
export function elementIssues(tag: string, attributes: readonly { name: string; value: string | undefined }[]): string[] {
  const name = tag.toLowerCase();
  if (!ALLOWED_ELEMENTS.has(name)) {
    const why = REFUSED[name];
    const instead = INSTEAD[name] ?? 'gewone tekst, Markdown, of opmaak als <abbr>, <sup> en tabellen';
    return [`gevonden: <${name}>${why ? ` (${why})` : ', dat de site niet gebruikt'}; verwacht ${instead}`];
  }
  // Quotes from a word processor are no quotes to HTML: they become part of the value (and with a space, its words attributes).
  const curly = attributes.find((a) => /[“”„‘’]/.test(a.name + (a.value ?? '')));
  if (curly) return [`gevonden: gekrulde aanhalingstekens in <${name}> (${shorten(`${curly.name}=${curly.value ?? ''}`)}), zoals een tekstverwerker ze zet, die de browser als deel van de waarde leest; verwacht rechte aanhalingstekens: ${curly.name}="${(curly.value ?? '').replace(/[“”„‘’]/g, '')}"`];
  const issues: string[] = [];
  for (const attribute of attributes) {
    const attr = attribute.name.toLowerCase();
    if (/^on/.test(attr)) issues.push(`gevonden: het attribuut ${attribute.name}= op <${name}> (code); verwacht geen on…-attributen`);
    else if (attr.includes(':')) issues.push(`gevonden: ${attribute.name}= op <${name}> (voegt ongecontroleerde HTML of code in); verwacht de tekst zelf`);
    // Said as what to do: pasted links carry target= and rel=, pasted blocks class= (helper-53 read "attribuut … en dergelijke" as jargon).
    else if (!ALLOWED_ATTRIBUTES.has(attr)) {
      // Said as why it goes: target= and rel= come with pasted links, the rest is layout (helper-73: "opent links zelf" on a <p>).
      const why = attr === 'target' || attr === 'rel' ? 'de site opent links zelf' : 'de site kiest zelf de opmaak';
      issues.push(`gevonden: het attribuut ${attribute.name}= op <${name}>, dat de site niet gebruikt; verwacht de tag zonder ${attribute.name}="…": haal het weg (${why})`);
    }
    else if ((attr === 'href' || attr === 'cite') && attribute.value !== undefined) {
      // As a browser reads it: tabs and line breaks go, so "/<tab>/evil.example/" is //evil.example/, another site (helper-38).
      const address = attribute.value.replace(/[\t\n\r]/g, '').trim();
      const deceptive = deceptiveAddress(address);
      if (unsafeAddress(attribute.value)) issues.push(`gevonden: ${attribute.name}="${shorten(attribute.value)}"; verwacht een gewoon webadres (https://…) of een pad op deze site`);
      else if (/^[/\\]{2}/.test(address)) issues.push(`gevonden: ${attribute.name}="${shorten(attribute.value)}", dat de browser leest als een andere website; verwacht een volledig webadres (https://…) of een pad op deze site met één / ervoor`);
      else if (deceptive) issues.push(`gevonden: ${attribute.name}="${shorten(attribute.value)}"; ${deceptive}`);
      else if (slashlessWebLink(address)) issues.push(`gevonden: ${attribute.name}="${shorten(attribute.value)}" ${slashlessWebLink(address)}`);
      else if (mailtoExtras(address).length || telDialsCode(address)) issues.push(`gevonden: ${attribute.name}="${shorten(attribute.value)}", dat meer doet dan de lezer ziet (een kopie of tekst in een e-mail, een code voor de telefoon); verwacht mailto: of tel: met alleen het adres of nummer`);
    }
  }
  return issues;
}

export function shorten(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
