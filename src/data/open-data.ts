/** The projects as the open-data files describe them, from the site's content. */
import type { ProjectInput } from '../lib/open-data.ts';
import { statusNote } from '../lib/project-status.ts';
import { entryUrl } from '../lib/urls.ts';
import { SITE } from '../site.ts';
import type { Site } from './site.ts';

export function projectsForOpenData(site: Site): ProjectInput[] {
  return site.projects.map((p) => {
    const [theme] = site.resolve('themes', p.data.theme);
    return {
      id: p.id,
      title: p.data.title,
      theme: theme?.data.title,
      networks: site.resolve('networks', p.data.networks).map((n) => n.data.area),
      status: p.data.status,
      statusNote: statusNote(p.data.status, p.data.statusNote, p.data),
      start: p.data.start,
      end: p.data.end,
      url: new URL(entryUrl('projects', p.id), SITE.url).href,
      figures: p.data.figures ?? [],
    };
  });
}
