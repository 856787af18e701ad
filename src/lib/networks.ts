/** What a network page says about its partners and what the site has on it, in Dutch, without empty counts. */
import { PARTNER_RANGE } from './content-model.ts';
import { formatList, formatNumber, plural } from './nl.ts';

/** The number of partners, or what is known when the source gives none for this network. */
export function partnerCountText(partnerCount: number | undefined): string {
  if (partnerCount !== undefined) return formatNumber(partnerCount);
  return `niet bekend; volgens het bericht over de ondertekening in 2016 had elk netwerk er ${PARTNER_RANGE.min} tot ${PARTNER_RANGE.max}`;
}

/**
 * News about every network at once (such as the signing) apart from news about
 * this network: the shared story is linked once from each network page, not
 * listed as if it were the area's own news.
 */
export function splitByReach<T extends { data: { networks?: readonly unknown[] } }>(items: readonly T[], networkCount: number) {
  const isShared = (item: T) => (item.data.networks?.length ?? 0) >= networkCount;
  return { shared: items.filter(isShared), own: items.filter((item) => !isShared(item)) };
}

/** "Op deze site over Delfshaven: 1 nieuwsbericht en 1 project." Parts with nothing in them are left out. */
/** The heading over the organisations the area's news and projects name: "Organisaties in het bericht en de projecten". */
export function namedOrganisationsHeading(counts: { news: number; projects: number }, area: string): string {
  const parts = [counts.news && (counts.news === 1 ? 'het bericht' : 'de berichten'), counts.projects && (counts.projects === 1 ? 'het project' : 'de projecten')].filter(Boolean);
  // Which items, and that they are named there, not that they work in the area (helper-57: "in het bericht" read as unclear, and VWS is no Delfshaven organisation).
  return `Organisaties genoemd in ${parts.join(' en ') || 'de berichten en projecten'} over ${area}`;
}

export function networkSummary(area: string, counts: { news: number; projects: number }): string {
  const parts = [
    counts.news && plural(counts.news, 'nieuwsbericht', 'nieuwsberichten'),
    counts.projects && plural(counts.projects, 'project', 'projecten'),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? `Op deze site over ${area}: ${formatList(parts)}.` : `Op deze site staan nog geen berichten of projecten die alleen over ${area} gaan.`;
}
