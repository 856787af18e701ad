/** The real content as the check reads it, to compare built output against. */
import { validateContent } from '../../src/lib/validation/index.ts';
import { projectRoot } from './build.ts';

export async function publishedEntries() {
  const { entries, problems } = await validateContent(projectRoot);
  if (problems.length) throw new Error('content/ has problems');
  const published = entries.filter((e) => !e.draft && e.data);
  const of = (collection: string) => published.filter((e) => e.collection === collection).map((e) => ({ id: e.id, data: e.data as Record<string, any> }));
  const all = () => published.map((e) => ({ collection: e.collection, id: e.id }));
  return { of, all };
}
