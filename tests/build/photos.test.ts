/**
 * A news item with a photo, built for real: Astro's image service (sharp) makes
 * AVIF and WebP in a srcset with a fallback, explicit width and height, the
 * caption and credit, a 1200 px share image for og:image and the JSON-LD; a
 * photo that is missing stops the build by file and field; no image keeps its metadata. Photos made here.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { runBuild, tmpDir } from '../helpers/build.ts';
import { baseline, validNews, withFile, writeTree } from '../helpers/content.ts';
import { makePhoto } from '../helpers/photos.ts';

const photoNews = (src: string) => ({
  collection: 'news' as const,
  name: 'met-foto.md',
  data: validNews({ title: 'Een bericht met een foto', image: { src, alt: 'Deelnemers bij de uitreiking van de certificaten', caption: 'De uitreiking in Delfshaven.', credit: 'Fotograaf Fictief' } }),
});

describe('a news item with a photo', () => {
  let out: string;
  let output: string;
  let status: number | null;
  beforeAll(async () => {
    const root = tmpDir('photo-build');
    const content = writeTree(path.join(root, 'content'), withFile(baseline(), photoNews('./met-foto.jpg')));
    // As a phone takes it: who, and where (helper-58: the original went out with it, byte for byte).
    const file = await makePhoto(path.join(content, 'news/met-foto.jpg'), 1600);
    writeFileSync(file, await sharp(file).withExif({ IFD0: { Artist: 'Jan Jansen, Dorpsweg 12', ImageDescription: 'Intake 06-12345678' } }).jpeg().toBuffer());
    out = path.join(root, 'dist');
    ({ status, output } = runBuild(out, content));
  }, 180_000);

  it('builds', () => {
    expect(status, output).toBe(0);
  });

  it('shows it optimised: AVIF and WebP sources with a srcset, a fallback with width, height and alt, caption and credit', () => {
    const doc = parse(readFileSync(path.join(out, 'nieuws/met-foto/index.html'), 'utf8'));
    const figure = doc.querySelector('main figure.entry-photo')!;
    const types = figure.querySelectorAll('picture source').map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of figure.querySelectorAll('picture source')) expect(source.getAttribute('srcset')).toMatch(/ 480w, .+ 800w, .+ 1200w, .+ 1600w$/);
    const img = figure.querySelector('picture img')!;
    expect(img.getAttribute('alt')).toBe('Deelnemers bij de uitreiking van de certificaten');
    expect(Number(img.getAttribute('width'))).toBe(1600);
    expect(Number(img.getAttribute('height'))).toBe(1067);
    expect(img.getAttribute('src')).toMatch(/\.jpg$/);
    expect(img.getAttribute('style')).toBeUndefined(); // the CSP allows no inline style
    expect(figure.querySelector('figcaption')!.textContent).toBe('De uitreiking in Delfshaven. Foto: Fotograaf Fictief');
  });

  it('leaves no image with its metadata: not the resized ones, not those passed through, not the original', async () => {
    const images = readdirSync(path.join(out, '_astro')).filter((name) => /^met-foto\..+\.(jpe?g|webp|avif)$/.test(name));
    expect(images.length).toBeGreaterThan(4);
    for (const name of images) {
      const image = readFileSync(path.join(out, '_astro', name));
      expect(image.includes('Dorpsweg'), name).toBe(false);
      expect((await sharp(image).metadata()).exif, name).toBeUndefined();
    }
  });

  it('becomes the page\'s og:image, 1200 px wide, and the image of its JSON-LD', async () => {
    const doc = parse(readFileSync(path.join(out, 'nieuws/met-foto/index.html'), 'utf8'));
    const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(og).toMatch(/^https:\/\/zorgwelzijn-rotterdam\.nl\/_astro\/.+\.jpe?g$/);
    expect((await sharp(path.join(out, new URL(og).pathname)).metadata()).width).toBe(1200);
    expect(doc.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toBe('Deelnemers bij de uitreiking van de certificaten');
    const article = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent)).find((d) => d['@type'] === 'NewsArticle');
    expect(article.image).toEqual([og]);
  });
});

describe('a photo the check refuses', () => {
  it('stops the build by file and field', () => {
    const root = tmpDir('photo-missing');
    const content = writeTree(path.join(root, 'content'), withFile(baseline(), photoNews('./bestaat-niet.jpg')));
    const { status, output } = runBuild(path.join(root, 'dist'), content);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/news\/met-foto\.md:\d+  image\.src — gevonden: "\.\/bestaat-niet\.jpg", maar .*bestaat-niet\.jpg bestaat niet/);
  });
});
