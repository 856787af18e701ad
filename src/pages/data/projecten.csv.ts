/** /data/projecten.csv: one row per key figure, for spreadsheets with Dutch settings. */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { projectsForOpenData } from '../../data/open-data.ts';
import { figureRows, figuresCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(figuresCsv(figureRows(projectsForOpenData(await getSite()))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
