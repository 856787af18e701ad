/**
 * Untrusted text (file names, field values) in GitHub-flavoured Markdown: the
 * pull request comment and the job summary. Nothing in it may become markup,
 * a link, an image, HTML or an @mention.
 */

/** Characters that change how a name reads without being seen: zero-width spaces and joiners, right-to-left marks (helper-44: x⟨U+202E⟩dm.md reads as xmd.md). */
export const UNSEEN_FORMAT = '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';

/** Control characters (C0, DEL, C1) and line/paragraph separators, which would end a line, a code span or a table row, and the unseen ones. */
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${UNSEEN_FORMAT}]`, 'g');

/**
 * A code span that shows `text` literally, whatever it holds: the fence is
 * longer than any run of backticks inside, and the padding spaces are the
 * ones CommonMark strips. Inside a code span there is no emphasis, HTML,
 * link or autolink, and GitHub links no @mention in code. In a table cell
 * GitHub still splits on `|`, so `inTable` escapes it (as GFM allows there).
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let clean = text.replace(CONTROL, '�');
  if (options.inTable) clean = clean.replaceAll('|', '\\|');
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence} ${clean} ${fence}`;
}

/**
 * Plain text inside a line of Markdown (a table cell, a list item's text): every
 * mark that can start inline markup there is backslash-escaped (CommonMark turns
 * `\*` back into `*`; marks that only count at the start of a line, such as #
 * and -, never stand there), and a zero-width
 * space goes after every @, "://" and "www", so GitHub sees no mention to
 * notify and no bare address to turn into a link.
 */
export function markdownText(text: string): string {
  return text
    .replace(CONTROL, ' ')
    .replace(/[\\`*_[\]<>!|~&]/g, (mark) => `\\${mark}`)
    .replaceAll('@', '@\u200b')
    .replaceAll('://', ':\u200b//')
    .replace(/www\./gi, (www) => `${www.slice(0, 3)}\u200b.`);
}
