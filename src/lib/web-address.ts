/**
 * What an editor meant by a web address that is not one: `www.laurens.nl` (no https://), `https//…`
 * (a colon short), `http://www.laurens .nl/` (a space), `ftp://…`. Used by the schemas' website fields
 * and by the content check's links, so both tell the same address to write.
 */

/** Extensions of files a link may point to: with one of these a name is no web address (rapport.pdf is no site in Poland). */
const FILE_EXTENSIONS = /\.(md|mdx|html?|pdf|docx?|xlsx?|pptx?|odt|ods|csv|txt|jpe?g|png|gif|svg|webp|avif)$/i;

/** Is the part before the first / ? or # a host name, such as www.laurens.nl or laurens.nl? */
export function startsWithHost(text: string): boolean {
  const host = text.split(/[/?#]/)[0]!;
  return /^www\./i.test(host) || (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(host) && !FILE_EXTENSIONS.test(host));
}

const GENERAL = 'verwacht een volledig webadres dat begint met https://';

/** A host a browser finds on the internet: a name with a dot and an extension (www.laurens.nl), or an IP address. */
const namedHost = (hostname: string) => /\.[a-z]{2,}$/i.test(hostname) || /^[\d.]+$|^\[/.test(hostname);

/** A whole http(s) address, as far as it goes without a space, with a host a browser can find. */
const webAddressUrl = (text: string): URL | undefined => {
  const url = /^https?:\/\/\S/i.test(text) ? URL.parse(text) : null;
  return url && namedHost(url.hostname) ? url : undefined;
};
const isWebAddress = (text: string) => webAddressUrl(text) !== undefined;

/**
 * What is wrong with an address the URL standard reads as http(s), as "verwacht …", or undefined: a host without its
 * extension (https://humanitas), a comma or semicolon typed after it (helper-39: both passed, and linked nowhere), or an
 * address that shows one site and opens another.
 */
export function webAddressProblem(address: string): string | undefined {
  if (/\s/.test(address)) return webAddressExpected(address);
  const typed = /[,;.]$/.exec(address)?.[0];
  if (typed) return `verwacht het webadres zonder ${typed} aan het eind: ${address.slice(0, -1)}`;
  const url = URL.parse(address);
  if (url && !namedHost(url.hostname)) return `verwacht een volledig webadres, met de naam van de website en de extensie, zoals https://www.laurens.nl (niet ${url.hostname} alleen)`;
  return deceptiveAddress(address);
}

/** The address meant by https//… or https:/… before a host: the scheme is there, its colon or a slash is not. */
export function withWholeScheme(value: string): string | undefined {
  const shortScheme = /^(https?)(?::\/?|\/\/?)(?![:/])/i.exec(value);
  if (!shortScheme || !startsWithHost(value.slice(shortScheme[0].length))) return undefined;
  return `${shortScheme[1]!.toLowerCase()}://${value.slice(shortScheme[0].length)}`;
}

/**
 * A link with https: but without the // after it (https:evil.example): on the page a path below the page itself, so a
 * dead link, and elsewhere (a copy of the page, another program) the site evil.example (helper-66). What to say after
 * the address ("zonder // na https:; verwacht …"), or undefined for any other link.
 */
export function slashlessWebLink(url: string): string | undefined {
  const scheme = /^(https?):(?!\/\/)/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  return `zonder // na ${scheme}:; verwacht ${withWholeScheme(url) ?? `een volledig adres, zoals ${scheme}://www.rotterdam.nl/`}`;
}

/** The "verwacht …" for a value that is no web address, with the address meant where it can be told. */
export function webAddressExpected(input: unknown): string {
  if (typeof input !== 'string') return GENERAL;
  const value = input.trim();
  if (/\s/.test(value)) {
    // A space in the host is a typo (www.laurens .nl); one after the host ends the address and starts a note (helper-34:
    // "https://www.example.nl/ (nog niet online)", which the link would take into its path).
    const parts = value.split(/\s+/);
    const [address = '', ...after] = parts;
    const goesOn = /[.:]$/.test(address) || /^[./:?#]/.test(after.join(' ')); // www.laurens .nl, www.laurens. nl: it goes on
    // One word after an address with a path (…/vws-op werkbezoek): a space in the path, or a word after it.
    const addressUrl = webAddressUrl(address);
    if (after.length === 1 && /^\p{L}+$/u.test(after[0]!) && addressUrl && !addressUrl.pathname.endsWith('/')) {
      return `verwacht het webadres zoals het in de adresbalk van de browser staat, zonder spatie (hoort "${after[0]}" niet bij het adres, laat het dan weg)`;
    }
    if (addressUrl && !goesOn) return `verwacht alleen het webadres, zonder tekst erachter: ${address}`;
    const joined = value.replace(/\s+/g, '');
    if (isWebAddress(joined)) return `verwacht een webadres zonder spaties: ${joined}`;
    // A word before it ("Website: https://…", "zie https://…"): the address is there whole.
    const later = parts.slice(1).find(isWebAddress);
    if (later) return `verwacht alleen het webadres, zonder tekst ${later === parts.at(-1) ? 'ervoor' : 'ervoor en erachter'}: ${later}`;
    return `${GENERAL}, zonder spaties`;
  }
  const meant = withWholeScheme(value);
  if (meant) return `verwacht ${meant}`;
  if (startsWithHost(value)) return `verwacht het volledige adres: https://${value}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return `${GENERAL} (of http://), niet met ${scheme}:`;
  return GENERAL;
}

/**
 * A web address that shows one site and opens another (helper-38): a name and @ before the host
 * (`https://www.rotterdam.nl@evil.example/` opens evil.example), or a host with letters of another alphabet that
 * look like ours (a Cyrillic о in rotterdam.nl). The "verwacht …" for it, or undefined.
 */
export function deceptiveAddress(address: string): string | undefined {
  const url = URL.parse(address.replace(/[\t\n\r]/g, '').trim());
  if (!url || !/^https?:$/.test(url.protocol)) return undefined;
  if (url.username || url.password) return `verwacht het adres van de website zelf, zonder tekst en @ ervoor: deze link gaat naar ${url.hostname}`;
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return 'verwacht de naam van de website in gewone letters: deze naam heeft letters uit een ander alfabet, die op gewone letters kunnen lijken';
  }
  return undefined;
}
/** A text with its %-codes read (%40 is @, %C3%B6 is ö); undefined where a code is broken (%E0%A4%A), for the caller to say what then. */
export function percentDecoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** An e-mail address a mail program can send to: a name, @ and a domain with an extension. */
export const isMailAddress = (text: string): boolean => /^[^@\s]+@[^@\s]+\.\p{L}{2,}$/u.test(text);

/** The addresses a mailto: link writes to, each with its %-codes read (%40 is @; a broken code as written); none for another link. */
export function mailtoAddresses(url: string): string[] | undefined {
  const to = /^mailto:([^?]*)/i.exec(url.trim())?.[1];
  return to?.split(',').map((written) => {
    const address = written.trim();
    return percentDecoded(address) ?? address;
  });
}

/**
 * What a mailto: link adds beyond its address and a subject, which the link's text does not show (helper-62): a copy
 * to someone else (cc, bcc, to) or a text put in the mail (body). The fields by name, lower-cased; [] for none.
 * `url` as the link has it, trimmed.
 */
export function mailtoExtras(url: string): string[] {
  const query = /^mailto:[^?]*\?(.*)/is.exec(url)?.[1] ?? '';
  const names = [...new URLSearchParams(query).keys()].map((name) => name.toLowerCase());
  return [...new Set(names.filter((name) => name !== 'subject'))];
}

/**
 * Whether a tel: link dials more than a number: * and # make a code the phone carries out (**21*…# forwards every
 * call), a comma or ; waits and dials on (helper-62). A number is +, digits and - . ( ) or spaces between them.
 * `url` as the link has it, trimmed.
 */
export function telDialsCode(url: string): boolean {
  const number = /^tel:(.*)/is.exec(url)?.[1];
  if (number === undefined) return false;
  const read = percentDecoded(number);
  return read === undefined || !/^\+?[\d\s().-]+$/.test(read) || !/\d/.test(read);
}

/** A text that is a phone number as people write one: from 0, (0 or +, with digits, spaces, ( ) . -, nine to thirteen digits (not 2016-2023). */
function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return /^(?:\+|\(?0)[\d\s().-]+$/.test(text) && digits >= 9 && digits <= 13;
}

/** A phone number's digits as a phone dials them at home: +31 and 0031 as 0, (0) after them left out. */
function phoneDigits(number: string): string {
  return number.replace(/\(0\)/g, '').replace(/[^\d+]/g, '').replace(/^(?:\+|00)31/, '0');
}


/** A web address's host as a reader compares it, without www.; a path (of this site) is read against `site`. */
function hostOf(address: string, site: string): string | undefined {
  try {
    return new URL(address, site).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The host of a text that reads as a web address ("https://www.rotterdam.nl/", "rotterdam.nl/zorg"); none for words. */
function hostShown(text: string, site: string): string | undefined {
  if (/^\/(?!\/)\S*$/.test(text)) return hostOf(text, site);
  return /^(?:https?:\/\/)?(?:[\p{L}\d-]+\.)+\p{L}{2,}(?::\d+)?(?:[/?#]\S*)?$/iu.test(text) ? hostOf(/^https?:/i.test(text) ? text : `https://${text}`, site) : undefined;
}

/**
 * What a link's text shows of where it goes, when that is somewhere else than it opens (helper-58, helper-60): a web
 * address or a path of this site that opens another site, an e-mail address that writes to another one. Undefined
 * where the text is words, or shows where the link goes. `site` is the site's own address, for its paths.
 */
export function misleadingLinkText(text: string, url: string, site: string): string | undefined {
  // Without the signs of the sentence around it: "(www.rotterdam.nl," shows that address as well (helper-69).
  const shown = text.trim().replace(/^[("'«“‘[]+|[)"'»”’\].,;:!?]+$/g, '');
  // A phone number that dials another, or opens something else (helper-66: "010 123 45 67" dialling an Amsterdam number).
  if (isPhoneNumber(shown)) {
    const number = /^tel:(.*)/is.exec(url.trim())?.[1];
    const dialled = number === undefined ? undefined : phoneDigits(percentDecoded(number) ?? number);
    if (dialled === phoneDigits(shown)) return undefined;
    return dialled === undefined ? 'een telefoonnummer, terwijl de link ergens anders heen gaat' : 'een telefoonnummer, terwijl de link een ander nummer belt';
  }
  if (isMailAddress(shown)) {
    // The address itself without mailto: goes nowhere else: the link check tells the missing mailto: (helper-73).
    if (url.trim().toLowerCase() === shown.toLowerCase()) return undefined;
    return mailtoAddresses(url)?.every((address) => address.toLowerCase() === shown.toLowerCase()) ? undefined : 'een e-mailadres, terwijl de link ergens anders heen gaat';
  }
  const host = hostShown(shown, site);
  return host !== undefined && host !== hostOf(url.trim(), site) ? 'een adres van een andere site dan waar de link heen gaat' : undefined;
}
