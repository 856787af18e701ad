/** The photo check: each bad case fails with file and field; narrower than 1200 px is a warning. Photos made here with sharp. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPhoto } from '../../src/lib/validation/check-image.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';
import { makePhoto } from '../helpers/photos.ts';

const folder = path.join(tmpDir('photos'), 'content/news');
const entry = path.relative(projectRoot, path.join(folder, 'bericht.md'));
const check = async (src: string) => {
  const { problems, warnings } = await checkPhoto(src, entry, 7, projectRoot);
  return { problems: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
};

beforeAll(async () => {
  await makePhoto(path.join(folder, 'goed.jpg'), 1600);
  await makePhoto(path.join(folder, 'smal.jpg'), 1000);
  await makePhoto(path.join(folder, 'te-smal.png'), 600, 'png');
  await makePhoto(path.join(folder, 'bewegend.gif'), 1200, 'gif');
  await makePhoto(path.join(folder, 'groot.png'), 2000, 'png', true);
  await makePhoto(path.join(folder, 'modern.webp'), 1200, 'webp');
  writeFileSync(path.join(folder, 'kapot.jpg'), 'geen afbeelding');
}, 60_000);

describe('photos', () => {
  it('a JPEG or WebP wide enough passes', async () => {
    expect(await check('./goed.jpg')).toEqual({ problems: [], warnings: [] });
    expect(await check('./modern.webp')).toEqual({ problems: [], warnings: [] });
  });
  it('narrower than 1200 px: a warning, the photo still shows', async () => {
    const { problems, warnings } = await check('./smal.jpg');
    expect(problems).toEqual([]);
    expect(warnings).toEqual([`${entry}:7  image.src — tests/.tmp/photos/content/news/smal.jpg is 1000 pixels breed; voor een deelpreview (sociale media) is 1200 pixels nodig. De foto staat wel op de pagina.`]);
  });
  it.each([
    ['./weg.jpg', 'bestaat niet; verwacht een foto die naast het bestand staat'],
    ['./bewegend.gif', '(GIF); verwacht een JPEG, PNG, WebP of AVIF'],
    ['./kapot.jpg', 'geen leesbare afbeelding; verwacht een JPEG, PNG, WebP of AVIF'],
    ['./te-smal.png', 'van 600 pixels breed; verwacht minstens 800 pixels'],
    ['./groot.png', 'MB; verwacht hoogstens 5 MB'],
    ['/afbeeldingen/foto.jpg', 'verwacht een pad vanaf dit bestand, zoals ./foto.jpg'],
    ['https://example.com/foto.jpg', 'verwacht een pad vanaf dit bestand'],
  ])('%s fails by file and field', async (src, message) => {
    const { problems } = await check(src);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${entry}:7  image.src — `);
    expect(problems[0]).toContain(message);
  });
});
