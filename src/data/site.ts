/**
 * Everything the pages show, loaded and cross-linked once per build: the
 * published entries of every collection, back-references, related news and
 * news neighbours. Pages ask this module; none of them scans a collection for
 * links itself, so the cost stays linear in the number of entries.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildBackrefs, keyOf, referrersIn, type EntryKey, type Referrer } from '../lib/backrefs.ts';
import type { CollectionName } from '../lib/content-model.ts';
import { compareDutch } from '../lib/nl.ts';
import { editUrl } from '../lib/edit-link.ts';
import { lastUpdated, readGitDates } from '../lib/git-dates.ts';
import { digestsOf, pageKey, referencesIn, type Keyed } from '../lib/page-keys.ts';
import { timePhase } from '../lib/phase-times.ts';
import { neighbours, relatedItems } from '../lib/related.ts';
import { contentRoot, displayPath } from '../lib/validation/load-content.ts';
import { SITE } from '../site.ts';
import { isScheduled, publishingMoment } from '../lib/schedule.ts';
import { readTags, tagLabel } from '../lib/tags.ts';

export type News = CollectionEntry<'news'>;
export type Pact = CollectionEntry<'pacts'>;
export type Network = CollectionEntry<'networks'>;
export type Project = CollectionEntry<'projects'>;
export type Theme = CollectionEntry<'themes'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Page = CollectionEntry<'pages'>;

/** Drafts and scheduled items are shown by `astro dev` (with a banner) and never built for production before their day. */
export const SHOW_DRAFTS = import.meta.env.DEV;
const now = publishingMoment();
/** A news item dated after today (Amsterdam) waits for its day, like a draft. */
export const scheduledFor = (entry: { data: { date?: Date } }) => (isScheduled(entry.data.date, now) ? entry.data.date : undefined);
const isPublished = (entry: { data: { draft?: boolean; date?: Date } }) => SHOW_DRAFTS || (!entry.data.draft && !scheduledFor(entry));

type Ref = { id: string } | undefined;
const refKeys = (collection: CollectionName, refs: readonly Ref[] | Ref | undefined): EntryKey[] =>
  (Array.isArray(refs) ? refs : [refs]).filter((r): r is { id: string } => !!r).map((r) => keyOf(collection, r.id));

/** How many related news items an item shows. */
const RELATED_SHOWN = 3;

const newestFirst = (a: News, b: News) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id);

async function load() {
  const [news, pacts, networks, projects, themes, organisations, pages] = await Promise.all([
    getCollection('news', isPublished),
    getCollection('pacts', isPublished),
    getCollection('networks'),
    getCollection('projects', isPublished),
    getCollection('themes', isPublished),
    getCollection('organisations'),
    getCollection('pages', isPublished),
  ]);
  news.sort(newestFirst);
  networks.sort((a, b) => compareDutch(a.data.title, b.data.title));
  projects.sort((a, b) => compareDutch(a.data.title, b.data.title));
  pacts.sort((a, b) => compareDutch(a.data.title, b.data.title));
  themes.sort((a, b) => compareDutch(a.data.title, b.data.title));
  organisations.sort((a, b) => compareDutch(a.data.name, b.data.name));

  const references: Referrer[] = [
    ...news.map((n) => ({
      key: keyOf('news', n.id),
      refs: [
        ...refKeys('networks', n.data.networks),
        ...refKeys('pacts', n.data.pacts),
        ...refKeys('projects', n.data.projects),
        ...refKeys('organisations', n.data.organisations),
      ],
    })),
    ...projects.map((p) => ({
      key: keyOf('projects', p.id),
      refs: [
        ...refKeys('organisations', p.data.lead),
        ...refKeys('organisations', p.data.partners),
        ...refKeys('organisations', p.data.organisations),
        ...refKeys('organisations', p.data.contact?.organisation),
        ...refKeys('networks', p.data.networks),
        ...refKeys('pacts', p.data.pact),
        ...refKeys('themes', p.data.theme),
      ],
    })),
    ...pacts.map((p) => ({
      key: keyOf('pacts', p.id),
      refs: [
        ...refKeys('organisations', p.data.members),
        ...refKeys('organisations', p.data.organisations),
        ...refKeys('organisations', p.data.chair?.organisation),
      ],
    })),
    ...networks.map((n) => ({ key: keyOf('networks', n.id), refs: refKeys('organisations', n.data.partners) })),
  ];
  const backrefs = buildBackrefs(references);
  const refsOf = new Map(references.map((r) => [r.key, r.refs]));
  // Organisations are there for what refers to them: one nothing refers to gets no page (a dead end) and no place in the A–Z.
  const referencedOrganisations = organisations.filter((o) => backrefs.has(keyOf('organisations', o.id)));
  /** The organisations that any of these entries refers to, each once, A to Z. */
  function organisationsNamedBy(keys: readonly EntryKey[]) {
    const ids = new Set(keys.flatMap((key) => refsOf.get(key) ?? []).filter((ref) => ref.startsWith('organisations/')));
    return referencedOrganisations.filter((o) => ids.has(keyOf('organisations', o.id)));
  }

  const related = relatedItems(
    news.map((n) => ({
      id: n.id,
      date: n.data.date,
      keys: [
        ...refKeys('networks', n.data.networks),
        ...refKeys('projects', n.data.projects),
        ...(n.data.tags ?? []).map((t) => `tag/${t}`),
      ],
    })),
    // Two more than shown: the older and newer neighbour are left out of the three.
    RELATED_SHOWN + 2,
  );

  const byId = {
    news: new Map(news.map((e) => [e.id, e])),
    pacts: new Map(pacts.map((e) => [e.id, e])),
    networks: new Map(networks.map((e) => [e.id, e])),
    projects: new Map(projects.map((e) => [e.id, e])),
    themes: new Map(themes.map((e) => [e.id, e])),
    organisations: new Map(organisations.map((e) => [e.id, e])),
  };

  /**
   * Entries of `collection` that refer to `target`. Back-references keep the order
   * in which referrers were listed, which is each collection's sorted order.
   */
  function referrers<C extends keyof typeof byId>(collection: C, target: EntryKey) {
    return referrersIn(backrefs, target, collection).map((id) => byId[collection].get(id)!) as (typeof byId)[C] extends Map<
      string,
      infer E
    >
      ? E[]
      : never;
  }

  const newsNeighbours = neighbours(news.map((n) => ({ id: n.id, date: n.data.date })));

  const projectRoot = process.cwd();
  const gitDates = timePhase('git-datums (pagina’s)', () => readGitDates(projectRoot, displayPath(projectRoot, contentRoot(projectRoot))));
  const tagLabels = readTags(contentRoot(projectRoot)).labels;

  /** "Bewerk deze pagina" and the date last changed of an entry; `fallback` is its own date, if it has one. */
  function sourceOf(entry: { filePath?: string; data: object }, fallback?: Date) {
    const updated = 'updated' in entry.data && entry.data.updated instanceof Date ? entry.data.updated : undefined;
    return {
      editUrl: editUrl(SITE.repository, SITE.branch, entry.filePath),
      updated: lastUpdated(updated, entry.filePath ? gitDates?.get(entry.filePath) : undefined, fallback),
    };
  }

  /**
   * Cache key of an entry's page (src/lib/page-keys.ts): the entry, its git date and
   * tag labels, and every published entry it can show: what it refers to, what refers
   * to it, and for news the related items and the neighbours.
   */
  const keyed = Object.entries(byId).flatMap(([collection, entries]) => [...entries.values()].map((entry): [EntryKey, Keyed] => [keyOf(collection, entry.id), entry]));
  const entryByKey = new Map(keyed);
  const linkedFrom = buildBackrefs(keyed.map(([key, entry]) => ({ key, refs: referencesIn(entry.data) })));
  function pageKeyOf(collection: CollectionName, entry: Keyed & { filePath?: string }): string | undefined {
    const key = keyOf(collection, entry.id);
    const { older, newer } = newsNeighbours.get(entry.id) ?? {};
    const shownNews = collection === 'news' ? [...(related.get(entry.id) ?? []), older, newer].filter((id): id is string => !!id).map((id) => keyOf('news', id)) : [];
    const linking = linkedFrom.get(key) ?? [];
    // A network page also lists the organisations its news and projects name.
    const namedVia = collection === 'networks' ? organisationsNamedBy(linking).map((o) => keyOf('organisations', o.id)) : [];
    const shown = [key, ...referencesIn(entry.data), ...linking, ...shownNews, ...namedVia].filter((k) => entryByKey.has(k) || k === key);
    const digests = digestsOf(shown.map((k) => (k === key ? entry : entryByKey.get(k)!)));
    if (!digests) return undefined;
    const tags = (entry.data as { tags?: string[] }).tags ?? [];
    return pageKey(shown, digests, entry.filePath ? gitDates?.get(entry.filePath) : undefined, tags.map((tag) => tagLabel(tagLabels, tag)));
  }

  return {
    sourceOf,
    pageKeyOf,
    /** A tag as readers see it: its Dutch label from content/trefwoorden.yaml. */
    tagLabel: (tag: string) => tagLabel(tagLabels, tag),
    news,
    pacts,
    networks,
    projects,
    themes,
    organisations: referencedOrganisations,
    pages,
    byId,
    referrers,
    /** Related news of an item, leaving out its older and newer neighbour (linked on their own). */
    relatedNews(id: string) {
      const { older, newer } = newsNeighbours.get(id) ?? {};
      return (related.get(id) ?? [])
        .filter((r) => r !== older && r !== newer)
        .slice(0, RELATED_SHOWN)
        .map((r) => byId.news.get(r)!);
    },
    organisationsNamedBy,
    newsNeighbours,
    /** Resolve references to entries, dropping any that are not published. */
    resolve<C extends keyof typeof byId>(collection: C, refs: readonly Ref[] | Ref | undefined) {
      return (Array.isArray(refs) ? refs : [refs])
        .map((r) => (r ? byId[collection].get(r.id) : undefined))
        .filter((e) => e !== undefined) as (typeof byId)[C] extends Map<string, infer E> ? E[] : never;
    },
  };
}

let loaded: ReturnType<typeof load> | undefined;

/** The site's content graph, built on first use and shared by every page of the build. */
export function getSite() {
  loaded ??= load();
  return loaded;
}

export type Site = Awaited<ReturnType<typeof load>>;

type EntryCollections = 'news' | 'pacts' | 'networks' | 'projects' | 'themes' | 'organisations';

/** getStaticPaths for the detail pages of a collection: one page per published entry, the entry as a prop, keyed for the incremental build. */
export function entryPaths(collection: EntryCollections) {
  return async () => {
    const site = await getSite();
    return site[collection].map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: site.pageKeyOf(collection, entry) }));
  };
}
