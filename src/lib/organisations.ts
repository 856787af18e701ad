/**
 * How an organisation is described to readers: what the sources say it is or
 * does (its `description`), else its kind. The catch-all kind "overig" is never
 * shown as if it said something.
 */
import { LABELS, ORGANISATION_KINDS } from './content-model.ts';

type Kind = (typeof ORGANISATION_KINDS)[number];

/** The kind as a fact worth showing, or undefined for "overig". */
export function kindLabel(kind: Kind): string | undefined {
  return kind === 'overig' ? undefined : LABELS.organisationKind[kind];
}

/** One line for lists, search results and the meta description: "Sociaal ondernemer", "Zorgaanbieder, Rotterdam". */
export function organisationSummary(o: { kind: Kind; description?: string; city?: string }): string {
  const what = o.description ?? kindLabel(o.kind) ?? 'Organisatie';
  return o.city ? `${what}, ${o.city}` : what;
}
