/**
 * The collections' schemas are built once; per entry only the photo's source
 * (Astro's image(), relative to that entry) is handed in. What an entry gets:
 * its photo read by that source, its source never asked when it has no photo,
 * and the source's refusal as a problem at image.src.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { buildSchemas, withPhoto } from '../../src/lib/schemas.ts';
import { validNews, validProject } from '../helpers/content.ts';

const schemas = buildSchemas(() => z.string());
const photo = { src: './foto.jpg', alt: 'Deelnemers bij de uitreiking', credit: 'Fotograaf Fictief' };

/** Stands in for Astro's image(): one entry's resolver, counting how often it is built. */
function entrySource(resolve: (src: string) => { width: number } | undefined) {
  const calls: string[] = [];
  const source = () =>
    z.string().transform((src, ctx) => {
      calls.push(src);
      const found = resolve(src);
      if (!found) {
        ctx.addIssue({ code: 'custom', message: `Image ${src} does not exist. Is the path correct?`, fatal: true });
        return z.NEVER;
      }
      return { ...found, fsPath: `/site/content/news/${src.slice(2)}` };
    });
  return { source, calls };
}

describe('a collection schema with a photo (withPhoto)', () => {
  it('reads the photo through the entry’s own source and keeps alt, caption and credit', async () => {
    const { source, calls } = entrySource(() => ({ width: 1600 }));
    const data = await withPhoto(schemas.news, source).parseAsync(validNews({ image: photo }));
    expect(data.image).toEqual({ src: { width: 1600, fsPath: '/site/content/news/foto.jpg' }, alt: photo.alt, credit: photo.credit });
    expect(data.title).toBe('Een bericht uit Delfshaven');
    expect(data.date).toEqual(new Date('2023-11-29T00:00:00Z'));
    expect(calls).toEqual(['./foto.jpg']);
  });

  it('never asks the source for an entry without a photo', async () => {
    const { source, calls } = entrySource(() => ({ width: 1600 }));
    const data = await withPhoto(schemas.projects, source).parseAsync(validProject());
    expect(data.image).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('reports a photo the source cannot find at image.src', async () => {
    const { source } = entrySource(() => undefined);
    const result = await withPhoto(schemas.networks, source).safeParseAsync({
      title: 'Delfshaven',
      area: 'Delfshaven',
      description: 'Het netwerk van zorg en welzijn in Delfshaven.',
      signed: '2016-09-28',
      image: { src: './weg.jpg', alt: 'Een foto die er niet is' },
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['image.src', 'Image ./weg.jpg does not exist. Is the path correct?']]);
  });

  it('still refuses what the shared schema refuses, before the source is asked', async () => {
    const { source, calls } = entrySource(() => ({ width: 1600 }));
    const result = await withPhoto(schemas.news, source).safeParseAsync(validNews({ image: { src: './foto.jpg' } }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['image.alt']);
    expect(calls).toEqual([]);
  });
});

describe('a photo’s alt text', () => {
  it('is a sentence or two: 250 characters pass, one more is refused with where the rest belongs (it is repeated in three tags of the page)', async () => {
    const { source } = entrySource(() => ({ width: 1600 }));
    const parse = (alt: string) => withPhoto(schemas.news, source).safeParseAsync(validNews({ image: { ...photo, alt } }));
    expect((await parse('a'.repeat(250))).success).toBe(true);
    const refused = await parse('a'.repeat(251));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['image.alt', 'verwacht een korte beschrijving van hoogstens 250 tekens; wat langer is hoort in het onderschrift (caption) of de tekst'],
    ]);
  });
});
