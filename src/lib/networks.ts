/** What a network page says about its partners and what the site has on it, in Dutch, without empty counts. */
import { PARTNER_RANGE } from './content-model.ts';
import { formatList, formatNumber, plural } from './nl.ts';

/** The number of partners, or what is known when the source gives none for this network. */
export function partnerCountText(partnerCount: number | undefined): string {
  if (partnerCount !== undefined) return formatNumber(partnerCount);
  return `niet bekend; bij de ondertekening in 2016 had elk netwerk er ${PARTNER_RANGE.min} tot ${PARTNER_RANGE.max}`;
}

/** "Op deze site: 1 nieuwsbericht en 2 projecten." Parts with nothing in them are left out. */
export function networkSummary(counts: { news: number; projects: number; partnersListed: number }): string {
  const parts = [
    counts.news && plural(counts.news, 'nieuwsbericht', 'nieuwsberichten'),
    counts.projects && plural(counts.projects, 'project', 'projecten'),
    counts.partnersListed && plural(counts.partnersListed, 'partnerorganisatie', 'partnerorganisaties'),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? `Op deze site over dit netwerk: ${formatList(parts)}.` : 'Over dit netwerk staan nog geen berichten of projecten op deze site.';
}
