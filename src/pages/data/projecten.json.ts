/** /data/projecten.json: every project with its key figures (open data, CC BY 4.0). */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { projectsForOpenData } from '../../data/open-data.ts';
import { LICENSE, projectJson } from '../../lib/open-data.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = async () => {
  const projects = projectsForOpenData(await getSite()).map(projectJson);
  const body = {
    title: `${SITE.name}: projecten en kerncijfers`,
    source: SITE.url,
    license: LICENSE,
    attribution: `Bron: ${SITE.name} (${SITE.url})`,
    projects,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
