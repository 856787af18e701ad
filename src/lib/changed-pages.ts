/**
 * The pages a pull request adds, changes or removes, and the one comment that
 * lists them (found again by a hidden marker). Pure: the command line
 * (scripts/changed-pages.ts) does the git and GitHub calls.
 *
 * The comment takes the list from GitHub's API (GitHub's own record of the
 * pull request's files), never from what the pull request's run wrote: a fork
 * can change that run (helper-62: an artifact saying nothing changed). Names are
 * still a fork's: paths under content/ only, URLs derived again from the paths,
 * every path shown in a code span. The verdict never comes from the list.
 */
import { COLLECTIONS, EXTENSIONS, SLUG_PATTERN, TAGS_FILE, type CollectionName } from './content-model.ts';
import { codeSpan, UNSEEN_FORMAT } from './markdown-text.ts';
import { entryUrl } from './urls.ts';

/** The hidden first line by which the comment is found again, so there is only ever one. */
export const COMMENT_MARKER = '<!-- zorgwelzijn: gewijzigde pagina’s -->';

export const CONTENT_DIR = 'content';

/** One changed file under content/, as `git diff --name-status` gives it; a rename is its own status. */
export interface ContentChange {
  status: 'A' | 'M' | 'D' | 'R';
  file: string;
  /** The old path of a renamed file. */
  from?: string;
}

/** The content files a pull request changed, and how many other files. */
export interface ChangeList {
  changes: ContentChange[];
  otherFiles: number;
}

export type ChangeKind = 'nieuw' | 'gewijzigd' | 'verwijderd';

export interface ChangedPage {
  kind: ChangeKind;
  file: string;
  /** The page's URL path on the site ("/nieuws/mijn-bericht/"). */
  url: string;
}

/** The longest path taken as a page: far above any real one. */
const MAX_PATH_LENGTH = 300;

/**
 * `git diff -z --name-status` output (NUL-separated, so names with spaces,
 * quotes or "ö" arrive unquoted) to content changes. Copies count as new
 * files; anything outside content/ is only counted.
 */
export function parseNameStatus(output: string): ChangeList {
  const fields = output.split('\0');
  const changes: ContentChange[] = [];
  let otherFiles = 0;
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? '';
    if (!status) continue;
    const letter = status[0]!;
    const twoPaths = letter === 'R' || letter === 'C';
    const from = twoPaths ? fields[i++] : undefined;
    const file = fields[i++];
    if (!file) break;
    const inContent = (p: string | undefined) => p !== undefined && p.startsWith(`${CONTENT_DIR}/`);
    if (!inContent(file) && !inContent(from)) {
      otherFiles++;
      continue;
    }
    if (letter === 'R') changes.push({ status: 'R', file, from });
    else changes.push({ status: letter === 'D' ? 'D' : letter === 'A' || letter === 'C' ? 'A' : 'M', file });
  }
  return { changes, otherFiles };
}

/** Control characters, a backslash, and characters that change how a name reads without being seen. */
const UNSAFE_IN_PATH = new RegExp(`[\\u0000-\\u001f\\u007f\\\\${UNSEEN_FORMAT}]`);

/** A path of the pull request: under content/, no way out of it, no control or invisible format characters, not too long. */
function isContentPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_PATH_LENGTH &&
    value.startsWith(`${CONTENT_DIR}/`) &&
    !value.split('/').some((segment) => segment === '..' || segment === '.' || segment === '') &&
    !UNSAFE_IN_PATH.test(value)
  );
}

/** One file of a pull request as GitHub's API lists it (GET /repos/{repo}/pulls/{n}/files). */
export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/**
 * The API's list of a pull request's files: the content changes, and the names of the files outside content/
 * (code, workflows, settings), which make the run's verdict one to look at twice. A name under content/ that is no
 * safe path (a control character, a way out) counts as outside: it is shown, never turned into a page.
 * `changedFiles` is the pull request's own count, which is more than the list holds when GitHub cut it off.
 */
export function changesOfPullFiles(files: readonly PullFile[], changedFiles = files.length): { list: ChangeList; outside: string[]; unlisted: number } {
  const changes: ContentChange[] = [];
  const outside: string[] = [];
  for (const { filename, status, previous_filename: from } of files) {
    if (status === 'unchanged') continue;
    const renamedFrom = status === 'renamed' ? from : undefined;
    if (renamedFrom !== undefined && !isContentPath(renamedFrom)) outside.push(renamedFrom);
    if (!isContentPath(filename)) {
      outside.push(filename);
      if (renamedFrom !== undefined && isContentPath(renamedFrom)) changes.push({ status: 'D', file: renamedFrom });
      continue;
    }
    if (renamedFrom !== undefined) changes.push(isContentPath(renamedFrom) ? { status: 'R', file: filename, from: renamedFrom } : { status: 'A', file: filename });
    else changes.push({ status: status === 'added' || status === 'copied' ? 'A' : status === 'removed' ? 'D' : 'M', file: filename });
  }
  // GitHub lists at most 3,000 files (helper-66): the rest, content or not, is not seen, and counts as not content.
  const unlisted = Math.max(0, changedFiles - files.length);
  return { list: { changes, otherFiles: outside.length + unlisted }, outside, unlisted };
}

/** How many names of files outside content/ the comment shows; the rest is counted. */
export const OUTSIDE_SHOWN = 5;

/** The page a content file makes, or undefined when it makes none (a photo, a _draft, a subfolder). */
export function pageOf(file: string): string | undefined {
  const inContent = file.slice(CONTENT_DIR.length + 1);
  if (inContent === TAGS_FILE) return '/nieuws/';
  const [folder, name, ...deeper] = inContent.split('/');
  const collection = COLLECTIONS.find((c) => c === folder) as CollectionName | undefined;
  if (!collection || !name || deeper.length || name.startsWith('_') || name.startsWith('.')) return undefined;
  const extension = EXTENSIONS[collection].find((e) => name.endsWith(e));
  return extension ? entryUrl(collection, name.slice(0, -extension.length)) : undefined;
}

/** Changes to pages: a rename is the old address gone and the new one new (the tag list only changes the news overview). */
export function pagesOf(list: ChangeList): ChangedPage[] {
  const pages: ChangedPage[] = [];
  const add = (kind: ChangeKind, file: string) => {
    const url = pageOf(file);
    if (url) pages.push({ kind: url === '/nieuws/' && file.endsWith(TAGS_FILE) ? 'gewijzigd' : kind, file, url });
  };
  for (const change of list.changes) {
    if (change.status === 'R') {
      if (change.from && pageOf(change.from) !== pageOf(change.file)) add('verwijderd', change.from);
      add(change.from && pageOf(change.from) === pageOf(change.file) ? 'gewijzigd' : 'nieuw', change.file);
    } else add(change.status === 'A' ? 'nieuw' : change.status === 'D' ? 'verwijderd' : 'gewijzigd', change.file);
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url) || a.kind.localeCompare(b.kind));
}

/** The overall result of the checks, from the workflow run itself (never from a list of files). */
export type Conclusion = 'success' | 'failure' | string;

/** The comment's Markdown: verdict, the changed pages (linked to the preview where there is one) and how to see the build. */
export function commentMarkdown(list: ChangeList, links: { conclusion: Conclusion; runUrl: string; previewUrl?: string; outside?: readonly string[]; unlisted?: number }): string {
  const preview = links.previewUrl?.replace(/\/$/, '');
  // The run used the pull request's own workflows and code: with those changed, its "geslaagd" proves nothing yet.
  const verdict =
    links.conclusion !== 'success'
      ? '❌ De controle is niet geslaagd: zie de meldingen bij de gewijzigde regels en de tabel onder *Checks*.'
      : list.otherFiles > 0
        ? '⚠️ De controle is geslaagd, maar dit pull request wijzigt ook bestanden buiten de inhoud (zie onder de pagina’s).'
        : '✅ De controle is geslaagd.';
  const pages = pagesOf(list);
  const lines = [COMMENT_MARKER, '### Pagina’s in dit pull request', '', verdict, ''];
  if (pages.length === 0) lines.push('Dit pull request verandert geen pagina.');
  for (const page of pages) {
    // Only an address made of a valid id is linked; any other name is shown, never followed.
    const linkable = preview && page.kind !== 'verwijderd' && page.url.split('/').filter(Boolean).every((s) => SLUG_PATTERN.test(s));
    const shown = linkable ? `[${codeSpan(page.url)}](${preview}${page.url})` : codeSpan(page.url);
    lines.push(`- ${shown} — ${page.kind} (${codeSpan(page.file)})`);
  }
  if (list.otherFiles > 0) {
    const names = (links.outside ?? []).slice(0, OUTSIDE_SHOWN).map((name) => codeSpan(name));
    const more = list.otherFiles - names.length;
    const named = names.length ? `: ${names.join(', ')}${more > 0 ? ` en nog ${more}` : ''}` : '';
    lines.push(
      '',
      `Ook ${list.otherFiles === 1 ? 'één bestand' : `${list.otherFiles} bestanden`} buiten de inhoud gewijzigd${named}. De controle draaide met deze wijzigingen (ook aan code of workflows), dus haar oordeel telt pas als een ontwikkelaar ze heeft bekeken; bekijk ook de hele site.`,
    );
    if (links.unlisted) lines.push('', `GitHub noemt niet alle bestanden van dit pull request: ${links.unlisted} ontbreken in de lijst en zijn hier meegeteld als bestanden buiten de inhoud.`);
  }
  lines.push('');
  if (preview) lines.push(`De hele site van dit pull request: ${preview}/`);
  else {
    lines.push(
      `De gebouwde site staat als artefact **site** bij [deze controle](${links.runUrl}) (onderaan, *Artifacts*).`,
      'Bekijken: download en pak het zip-bestand uit, en start in die map `python3 -m http.server 8000 --bind 127.0.0.1`; open dan `http://127.0.0.1:8000/`. De site is gebouwd met de code van dit pull request: bij een pull request van buiten open je haar alleen zo, lokaal, in een privévenster, en meld je je daar niet aan bij /beheer/ (elke preview op dit adres deelt de opslag van je browser).',
    );
  }
  return `${lines.join('\n')}\n`;
}
