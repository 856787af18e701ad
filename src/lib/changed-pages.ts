/**
 * The pages a pull request adds, changes or removes, and the one comment that
 * lists them (found again by a hidden marker). Pure: the command line
 * (scripts/changed-pages.ts) does the git and GitHub calls.
 *
 * The list travels between two workflows as an artifact that a fork's run
 * wrote, so the comment side treats it as hostile data: a strict shape with
 * caps, paths under content/ only, URLs derived again from the paths, and
 * every path shown in a code span. The verdict never comes from it.
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

/** The artifact: the content files a pull request changed, and how many other files. */
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

/** Caps on the artifact: far above any real pull request, far below what would slow the comment job. */
export const LIMITS = { changes: 1000, pathLength: 300, bytes: 512 * 1024, otherFiles: 1_000_000 } as const;

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

/** A path from the artifact: under content/, no way out of it, no control or invisible format characters, not too long. */
function isContentPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= LIMITS.pathLength &&
    value.startsWith(`${CONTENT_DIR}/`) &&
    !value.split('/').some((segment) => segment === '..' || segment === '.' || segment === '') &&
    !UNSAFE_IN_PATH.test(value)
  );
}

/**
 * The artifact's JSON, checked field by field; anything else is refused with
 * the reason (in Dutch, for the job log). Unknown keys are refused too.
 */
export function readChangeList(json: string): ChangeList {
  if (json.length > LIMITS.bytes) throw new Error(`de lijst is ${json.length} tekens lang; verwacht hoogstens ${LIMITS.bytes}`);
  const data: unknown = JSON.parse(json);
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const onlyKeys = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
  if (!isObject(data) || !onlyKeys(data, ['changes', 'otherFiles'])) throw new Error('verwacht een object met alleen changes en otherFiles');
  const { changes, otherFiles } = data;
  if (!Number.isInteger(otherFiles) || (otherFiles as number) < 0 || (otherFiles as number) > LIMITS.otherFiles) throw new Error('otherFiles is geen redelijk geheel getal');
  if (!Array.isArray(changes) || changes.length > LIMITS.changes) throw new Error(`changes is geen lijst van hoogstens ${LIMITS.changes} wijzigingen`);
  changes.forEach((change, i) => {
    if (!isObject(change) || !onlyKeys(change, ['status', 'file', 'from'])) throw new Error(`wijziging ${i + 1}: verwacht alleen status, file en from`);
    if (!['A', 'M', 'D', 'R'].includes(change.status as string)) throw new Error(`wijziging ${i + 1}: onbekende status`);
    if (!isContentPath(change.file)) throw new Error(`wijziging ${i + 1}: file is geen pad in ${CONTENT_DIR}/`);
    if (change.status === 'R' ? !isContentPath(change.from) : 'from' in change) throw new Error(`wijziging ${i + 1}: from hoort alleen bij een hernoemd bestand in ${CONTENT_DIR}/`);
  });
  return { changes: changes as ContentChange[], otherFiles: otherFiles as number };
}

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

/** The overall result of the checks, from the workflow run itself (never from the artifact). */
export type Conclusion = 'success' | 'failure' | string;

/** The comment's Markdown: verdict, the changed pages (linked to the preview where there is one) and how to see the build. */
export function commentMarkdown(list: ChangeList, links: { conclusion: Conclusion; runUrl: string; previewUrl?: string }): string {
  const preview = links.previewUrl?.replace(/\/$/, '');
  const verdict =
    links.conclusion === 'success'
      ? '✅ De controle is geslaagd.'
      : '❌ De controle is niet geslaagd: zie de meldingen bij de gewijzigde regels en de tabel onder *Checks*.';
  const pages = pagesOf(list);
  const lines = [COMMENT_MARKER, '### Pagina’s in dit pull request', '', verdict, ''];
  if (pages.length === 0) lines.push('Dit pull request verandert geen pagina.');
  for (const page of pages) {
    // Only an address made of a valid id is linked; any other name is shown, never followed.
    const linkable = preview && page.kind !== 'verwijderd' && page.url.split('/').filter(Boolean).every((s) => SLUG_PATTERN.test(s));
    const shown = linkable ? `[${codeSpan(page.url)}](${preview}${page.url})` : codeSpan(page.url);
    lines.push(`- ${shown} — ${page.kind} (${codeSpan(page.file)})`);
  }
  if (list.otherFiles > 0) lines.push('', `Ook ${list.otherFiles === 1 ? 'één bestand' : `${list.otherFiles} bestanden`} buiten de inhoud gewijzigd: bekijk de hele site.`);
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
