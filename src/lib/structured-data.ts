/**
 * JSON-LD (schema.org) for each page type, one helper per type, so every page
 * of a type describes itself the same way. URLs passed in are absolute.
 */
import { toIsoDate } from './dates.ts';

type JsonLd = Record<string, unknown>;
const context = 'https://schema.org';

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export function newsArticle(a: {
  url: string;
  headline: string;
  description: string;
  datePublished: Date;
  dateModified?: Date;
  image: string;
  author?: string;
  publisher: { name: string; url: string; logo: string };
  about?: string[];
  /** The article ours is written from: its publication, author, address and date are theirs, not ours. */
  basedOn?: { name: string; author?: string; url?: string; date?: Date };
}): JsonLd {
  return {
    '@context': context,
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    url: a.url,
    headline: a.headline.slice(0, 110),
    description: a.description,
    inLanguage: 'nl-NL',
    datePublished: toIsoDate(a.datePublished),
    dateModified: toIsoDate(a.dateModified ?? a.datePublished),
    image: [a.image],
    author: a.author ? { '@type': 'Person', name: a.author } : { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url },
    publisher: { '@type': 'Organization', name: a.publisher.name, url: a.publisher.url, logo: { '@type': 'ImageObject', url: a.publisher.logo } },
    ...(a.about?.length ? { about: a.about.map((name) => ({ '@type': 'Thing', name })) } : {}),
    ...(a.basedOn
      ? {
          isBasedOn: {
            '@type': 'CreativeWork',
            publisher: { '@type': 'Organization', name: a.basedOn.name },
            ...(a.basedOn.author ? { author: { '@type': 'Person', name: a.basedOn.author } } : {}),
            ...(a.basedOn.url ? { url: a.basedOn.url } : {}),
            ...(a.basedOn.date ? { datePublished: toIsoDate(a.basedOn.date) } : {}),
          },
        }
      : {}),
  };
}

export function organization(o: { url: string; name: string; description?: string; sameAs?: string; city?: string; members?: { name: string; url: string }[]; areaServed?: string }): JsonLd {
  return {
    '@context': context,
    '@type': 'Organization',
    '@id': o.url,
    url: o.url,
    name: o.name,
    ...(o.description ? { description: o.description } : {}),
    ...(o.sameAs ? { sameAs: [o.sameAs] } : {}),
    ...(o.city ? { address: { '@type': 'PostalAddress', addressLocality: o.city, addressCountry: 'NL' } } : {}),
    ...(o.areaServed ? { areaServed: o.areaServed } : {}),
    ...(o.members?.length ? { member: o.members.map((m) => ({ '@type': 'Organization', name: m.name, url: m.url })) } : {}),
  };
}

/** A Rotterdam area with its cooperative network. */
export function administrativeArea(p: { url: string; name: string; description: string }): JsonLd {
  return {
    '@context': context,
    '@type': 'AdministrativeArea',
    '@id': p.url,
    url: p.url,
    name: p.name,
    description: p.description,
    containedInPlace: { '@type': 'City', name: 'Rotterdam', address: { '@type': 'PostalAddress', addressCountry: 'NL' } },
  };
}

export function project(p: { url: string; name: string; description: string; status: string; start?: Date; end?: Date; lead?: { name: string; url: string }; partners?: { name: string; url: string }[] }): JsonLd {
  return {
    '@context': context,
    '@type': 'Project',
    '@id': p.url,
    url: p.url,
    name: p.name,
    description: p.description,
    ...(p.start ? { foundingDate: toIsoDate(p.start) } : {}),
    ...(p.end ? { dissolutionDate: toIsoDate(p.end) } : {}),
    additionalProperty: { '@type': 'PropertyValue', name: 'status', value: p.status },
    ...(p.lead ? { parentOrganization: { '@type': 'Organization', name: p.lead.name, url: p.lead.url } } : {}),
    ...(p.partners?.length ? { member: p.partners.map((m) => ({ '@type': 'Organization', name: m.name, url: m.url })) } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> block; "<" is escaped so text can never close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
