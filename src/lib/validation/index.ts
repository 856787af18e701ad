/** The content check as one call: used by the build, `npm run check` and the tests. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SITE } from '../../site.ts';
import { readTags, TAGS_FILE, unlabelledTags } from '../tags.ts';
import { checkBody } from './check-body.ts';
import { checkImage, type ImageRef } from './check-image.ts';
import type { Problem } from './problem.ts';
import { checkEntries, toldName, type CheckedEntry } from './check-entries.ts';
import { sameTitleWarnings } from './same-titles.ts';
import { implausibleValues } from './plausible.ts';
import { personalData } from './privacy.ts';
import { escapedUnseen } from './invisible.ts';
import { contentRoot, displayPath, loadContent } from './load-content.ts';
import { sortProblems } from './problem.ts';
import { siteUrls } from './site-urls.ts';
import { missingAnchor } from './anchors.ts';
import { formatDate } from '../nl.ts';
import { publishingMoment, scheduledEntries } from '../schedule.ts';
import { entryUrl } from '../urls.ts';
import { misleadingLinkText } from '../web-address.ts';
import { LEAD_COLLECTIONS } from '../content-model.ts';
import { pageIdsOf } from '../page-ids.ts';

/** The prose of an entry's body, with lines, gathered while it is checked (only when asked for: the spelling advice). */
export type BodyTexts = Map<string, { text: string; line: number }[]>;

/**
 * A source whose name reads as a web address of another site than its url (helper-60: source.name www.rotterdam.nl
 * with url https://evil.example/ became "Bron: www.rotterdam.nl" linking elsewhere): as a link in the text is told.
 */
export function misleadingSources(entries: readonly CheckedEntry[]): Problem[] {
  return entries.flatMap((entry) => {
    const source = entry.fields.source as { name?: unknown; url?: unknown } | undefined;
    if (typeof source?.name !== 'string' || typeof source.url !== 'string') return [];
    const misleading = misleadingLinkText(source.name, source.url, SITE.url);
    return misleading ? [{ file: entry.path, line: entry.source.lineOf(['source', 'name']), field: 'source.name', message: `gevonden: "${source.name}", ${misleading} (${source.url}); verwacht de naam van de bron, of het adres waar source.url heen gaat` }] : [];
  });
}

export async function validateContent(projectRoot: string, root = contentRoot(projectRoot), options: { collectText?: boolean } = {}) {
  const texts: BodyTexts = new Map();
  const { files, strays } = loadContent(projectRoot, root);
  const { problems, entries } = checkEntries(files);
  const warnings: Problem[] = sameTitleWarnings(entries);
  const tagsPath = displayPath(projectRoot, path.join(root, TAGS_FILE));
  const tags = readTags(root, tagsPath);
  // A list that could not be read whole gives no labels to miss: every tag would be told as missing from lines that are there
  // (helper-46: one YAML mistake in the list gave eight such messages). Its own mistakes first; the next round tells the rest.
  problems.push(...tags.problems, ...(tags.problems.length === 0 ? unlabelledTags(entries, tags.labels, tagsPath) : []));
  // A news item dated after today waits, as a draft does: no page yet, so a link to it would lead nowhere (and name it early).
  const now = publishingMoment();
  const waiting = new Map(scheduledEntries(entries, now).map((s) => [s.file, s.date]));
  const personal = personalData(entries);
  problems.push(...personal.problems, ...escapedUnseen(entries), ...misleadingSources(entries));
  warnings.push(...implausibleValues(entries, now), ...personal.warnings);
  const online = entries.map((e) => (waiting.has(e.path) ? { ...e, draft: true } : e));
  const notOnline = new Map<string, string>();
  for (const e of entries) {
    const date = waiting.get(e.path);
    if (date) notOnline.set(entryUrl(e.collection, e.id), `een bericht dat pas op ${formatDate(date)} verschijnt; verwacht de link pas vanaf die dag, of een pagina die er al staat`);
    else if (e.draft) notOnline.set(entryUrl(e.collection, e.id), 'een concept (draft: true) dat niet op de site staat; verwacht een pagina die er al staat, of haal draft: true weg bij die pagina');
  }
  const context = {
    // A link to the name a misnamed file is told to take is right once it is renamed (the file is told, not every link to it).
    urls: siteUrls([...online, ...online.flatMap((e) => { const name = toldName(e); return name ? [{ ...e, id: name }] : []; })]),
    notOnline,
    fileExists: (repoPath: string) => existsSync(path.resolve(projectRoot, repoPath)),
    siteHost: SITE.url ? new URL(SITE.url).host : undefined,
  };
  const images: ImageRef[] = [];
  // Where a link with #… may lead, per page: the ids of its text and of its template; checked once every text is read.
  const anchors = new Map<string, Set<string>>();
  const fragmentLinks: { url: string; line: number; file: string; page: string }[] = [];
  for (const entry of entries) anchors.set(entryUrl(entry.collection, entry.id), pageIdsOf(entry.collection, { id: entry.id, data: entry.fields }));
  // Sätteri parses a body in a few hundredths of a millisecond: 10,000 bodies take well under a second.
  for (const entry of entries) {
    if (entry.source.body === undefined || entry.path.endsWith('.yaml')) continue;
    const own: { text: string; line: number }[] = [];
    if (options.collectText) texts.set(entry.path, own);
    const onText = options.collectText ? (text: string, line: number) => own.push({ text, line }) : undefined;
    const lead = LEAD_COLLECTIONS.has(entry.collection) ? (entry.source.data as { description?: unknown } | undefined)?.description : undefined;
    const pageIds = pageIdsOf(entry.collection, { id: entry.id, data: entry.fields });
    const body = checkBody({ path: entry.path, body: entry.source.body, bodyLine: entry.source.bodyLine, onText, lead: typeof lead === 'string' ? lead : undefined, pageIds }, context);
    problems.push(...body.problems);
    warnings.push(...body.warnings);
    const page = entryUrl(entry.collection, entry.id);
    for (const id of body.anchors ?? []) anchors.get(page)?.add(id);
    fragmentLinks.push(...(body.fragmentLinks ?? []).map((link) => ({ ...link, file: entry.path, page })));
    // A news item is its text: without one its page shows only the title and the summary (helper-46). Advice, as a short
    // notice may say all in its summary.
    if (entry.collection === 'news' && entry.source.body.trim() === '') {
      warnings.push({ file: entry.path, line: entry.source.bodyLine, field: 'inhoud', message: 'gevonden: geen tekst onder de velden; verwacht het bericht zelf onder de tweede regel ---, want de pagina toont nu alleen de titel en de samenvatting' });
    }
    images.push(...body.images.map((image) => ({ ...image, entryFile: entry.path, field: 'inhoud' })));
  }
  for (const link of fragmentLinks) {
    const message = missingAnchor(link.url, link.page, (page) => anchors.get(page));
    if (message) problems.push({ file: link.file, line: link.line, field: 'inhoud', message });
  }
  // The photo of each entry that has one, as it is written (even where another field is wrong).
  for (const entry of entries) {
    const photo = (entry.source.data as { image?: { src?: unknown } } | undefined)?.image;
    if (typeof photo?.src === 'string') images.push({ src: photo.src, entryFile: entry.path, line: entry.source.lineOf(['image', 'src']), field: 'image.src' });
  }
  // Every image file, read with sharp (headers only), before the build hands any to Astro.
  for (const image of images) {
    const checked = await checkImage(image, projectRoot, root);
    problems.push(...checked.problems);
    warnings.push(...checked.warnings);
  }
  return { problems: sortProblems([...strays, ...problems]), entries, texts, warnings: sortProblems(warnings) };
}

export { formatReport, formatProblem, type Problem } from './problem.ts';
