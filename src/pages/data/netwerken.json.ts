/** /data/netwerken.json: the fourteen areas with partner, project and news counts, the news split as the page splits it (open data, CC BY 4.0). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { keyOf } from '../../lib/backrefs.ts';
import { toIsoDate } from '../../lib/dates.ts';
import { LICENSE } from '../../lib/open-data.ts';
import { splitByReach } from '../../lib/networks.ts';
import { entryUrl } from '../../lib/urls.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const networks = site.networks.map((n) => {
    const key = keyOf('networks', n.id);
    const projects = site.referrers('projects', key);
    const news = site.referrers('news', key);
    const { own, shared } = splitByReach(news, site.networks.length);
    return {
      id: n.id,
      area: n.data.area,
      title: n.data.title,
      signed: toIsoDate(n.data.signed),
      partnerCount: n.data.partnerCount ?? null,
      partners: site.resolve('organisations', n.data.partners).map((o) => o.id),
      projectCount: projects.length,
      projects: projects.map((p) => p.id),
      // The page lists the area's own news and links the news about all fourteen apart (splitByReach): both lists here, so the count adds up.
      newsCount: news.length,
      news: own.map((item) => item.id),
      newsAboutAll: shared.map((item) => item.id),
      url: new URL(entryUrl('networks', n.id), SITE.url).href,
    };
  });
  const body = { title: `${SITE.name}: de veertien netwerken`, source: SITE.url, license: LICENSE, attribution: `Bron: ${SITE.name} (${SITE.url})`, networks };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
