/**
 * The image check, for the photo and for images in a body: each bad case fails
 * with file and field; narrower than 1200 px is a warning for the photo.
 * Images made here with sharp, and files made to look like images.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImage, checkPhoto } from '../../src/lib/validation/check-image.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { baseline, markdown, validNews, withFile, writeTree } from '../helpers/content.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';
import { makePhoto, pngHeader } from '../helpers/photos.ts';

const contentRoot = path.join(tmpDir('photos'), 'content');
const folder = path.join(contentRoot, 'news');
const entry = path.relative(projectRoot, path.join(folder, 'bericht.md'));
const check = async (src: string) => {
  const { problems, warnings } = await checkPhoto(src, entry, 7, projectRoot, contentRoot);
  return { problems: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
};
const checkInBody = async (src: string) => (await checkImage({ src, entryFile: entry, line: 12, field: 'inhoud' }, projectRoot, contentRoot)).problems.map(formatProblem);

beforeAll(async () => {
  rmSync(tmpDir('photos'), { recursive: true, force: true });
  await makePhoto(path.join(folder, 'goed.jpg'), 1600);
  await makePhoto(path.join(folder, 'smal.jpg'), 1000);
  await makePhoto(path.join(folder, 'te-smal.png'), 600, 'png');
  await makePhoto(path.join(folder, 'bewegend.gif'), 1200, 'gif');
  await makePhoto(path.join(folder, 'groot.png'), 2000, 'png', true);
  await makePhoto(path.join(folder, 'modern.webp'), 1200, 'webp');
  writeFileSync(path.join(folder, 'kapot.jpg'), 'geen afbeelding');
  // Attacks through an image path: code and secrets behind a symlink, a script named like an image, a bomb.
  writeFileSync(path.join(folder, 'code.mjs'), "console.log('dit draait in de build');");
  symlinkSync(path.join(folder, 'code.mjs'), path.join(folder, 'grafiek.png'));
  symlinkSync('/etc/passwd', path.join(folder, 'wachtwoorden.jpg'));
  mkdirSync(path.join(contentRoot, 'afbeeldingen'), { recursive: true });
  symlinkSync(folder, path.join(contentRoot, 'afbeeldingen/via-map'));
  writeFileSync(path.join(folder, 'tekening.png'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  writeFileSync(path.join(folder, 'bom.png'), pngHeader(30000, 30000));
  writeFileSync(path.join(folder, 'vlak.png'), pngHeader(16000, 16000));
  await makePhoto(path.join(folder, 'hoog.png'), 2000, 'png');
  await makePhoto(path.join(folder, 'foto.jpg.mjs'), 1600);
  writeFileSync(path.join(tmpDir('photos'), 'buiten.jpg'), 'buiten de inhoud');
}, 60_000);

describe('a photo written as /afbeeldingen/…: the tip follows where the file is', () => {
  // As an editor's repository: the entry in content/news/, the photo where they put it.
  const site = path.join(tmpDir('photos'), 'site');
  const atRoot = (src: string) => checkPhoto(src, 'content/news/bericht.md', 7, site, path.join(site, 'content')).then((r) => r.problems.map(formatProblem));
  beforeAll(async () => {
    mkdirSync(path.join(site, 'content/news'), { recursive: true });
    await makePhoto(path.join(site, 'public/afbeeldingen/x.jpg'), 1600);
    await makePhoto(path.join(site, 'content/afbeeldingen/gedeeld.jpg'), 1600);
  }, 60_000);

  it('in public/afbeeldingen/: move it next to the entry (../afbeeldingen/ would not find it)', async () => {
    expect(await atRoot('/afbeeldingen/x.jpg')).toEqual([
      'content/news/bericht.md:7  image.src — gevonden: /afbeeldingen/x.jpg (een pad vanaf de hoofdmap); de foto staat in public/afbeeldingen/; verwacht de foto naast het bericht: verplaats haar naar content/news/ en schrijf ./x.jpg',
    ]);
  });
  it('in the shared library content/afbeeldingen/: the path from the entry', async () => {
    expect(await atRoot('/afbeeldingen/gedeeld.jpg')).toEqual([
      'content/news/bericht.md:7  image.src — gevonden: /afbeeldingen/gedeeld.jpg (een pad vanaf de hoofdmap); verwacht een pad vanaf dit bestand: ../afbeeldingen/gedeeld.jpg (de foto staat in content/afbeeldingen/)',
    ]);
    // And that path passes: the tip leads somewhere.
    expect(await atRoot('../afbeeldingen/gedeeld.jpg')).toEqual([]);
  });
});

describe('photos', () => {
  it('a JPEG or WebP wide enough passes', async () => {
    expect(await check('./goed.jpg')).toEqual({ problems: [], warnings: [] });
    expect(await check('./modern.webp')).toEqual({ problems: [], warnings: [] });
  });
  it('narrower than 1200 px: a warning, the photo still shows', async () => {
    const { problems, warnings } = await check('./smal.jpg');
    expect(problems).toEqual([]);
    expect(warnings).toEqual([`${entry}:7  image.src — gevonden: tests/.tmp/photos/content/news/smal.jpg van 1000 pixels breed (de foto staat wel op de pagina); verwacht 1200 pixels breed voor een mooi deelplaatje op sociale media`]);
  });
  it.each([
    ['./weg.jpg', 'bestaat niet; verwacht een foto die naast het bestand staat'],
    ['./bewegend.gif', '(GIF); verwacht een JPEG, PNG, WebP of AVIF'],
    ['./kapot.jpg', 'geen leesbare afbeelding; verwacht een JPEG, PNG, WebP of AVIF'],
    ['./te-smal.png', 'van 600 pixels breed; verwacht minstens 800 pixels'],
    ['./groot.png', 'MB; verwacht hoogstens 5 MB'],
    ['/afbeeldingen/foto.jpg', 'maar die foto staat nergens; verwacht de foto naast het bericht'],
    ['https://example.com/foto.jpg', 'verwacht een pad vanaf dit bestand'],
    ['./grafiek.png', 'is een snelkoppeling (symlink) of geen gewoon bestand'],
    ['./wachtwoorden.jpg', 'is een snelkoppeling (symlink) of geen gewoon bestand'],
    ['../afbeeldingen/via-map/goed.jpg', 'is een snelkoppeling (symlink) of geen gewoon bestand'],
    ['./code.mjs', 'geen leesbare afbeelding'],
    ['./foto.jpg.mjs', 'verwacht een afbeelding met de extensie .jpg, .jpeg, .png, .webp, .avif'],
    ['./tekening.png', 'geen leesbare afbeelding; verwacht een JPEG, PNG, WebP of AVIF'],
    ['../../buiten.jpg', 'buiten de inhoudsmap wijst'],
    ['../../../../../etc/passwd', 'buiten de inhoudsmap wijst'],
    ['./bom.png', 'van 30000 × 30000 pixels (900 megapixel); verwacht hoogstens 8000 pixels per kant en 40 megapixel'],
    ['./vlak.png', 'van 16000 × 16000 pixels (256 megapixel)'],
  ])('%s fails by file and field', async (src, message) => {
    const { problems } = await check(src);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${entry}:7  image.src — `);
    expect(problems[0]).toContain(message);
  });
});

describe('images in a body', () => {
  it('follow the photo rules, under their own field, and may be any width from 800 px without a share-card warning', async () => {
    expect(await checkInBody('./smal.jpg')).toEqual([]);
    expect(await checkInBody('./hoog.png')).toEqual([]);
    expect(await checkInBody('./grafiek.png')).toEqual([`${entry}:12  inhoud — gevonden: tests/.tmp/photos/content/news/grafiek.png is een snelkoppeling (symlink) of geen gewoon bestand; verwacht het afbeeldingsbestand zelf`]);
    expect(await checkInBody('./te-smal.png')).toEqual([`${entry}:12  inhoud — gevonden: tests/.tmp/photos/content/news/te-smal.png van 600 pixels breed; verwacht minstens 800 pixels`]);
    expect((await checkInBody('./bom.png'))[0]).toContain('30000 × 30000 pixels');
  });
});

describe('photos and body images in the content check', () => {
  it('names a body image by its line under inhoud, the photo by the line of its src (also below alt), and warns of a narrow photo', async () => {
    const root = writeTree(
      tmpDir('photos-check'),
      withFile(baseline(), {
        collection: 'news',
        name: 'bericht.md',
        data: markdown({ ...validNews(), image: { alt: 'Twee leerlingen bij een bewoner', src: './smal.jpg' } }, 'Tekst.\n\n![Een grafiek](./weg.png)\n'),
      }),
    );
    await makePhoto(path.join(root, 'news/smal.jpg'), 1000);
    const { problems, warnings } = await validateContent(projectRoot, root);
    const shown = path.relative(projectRoot, root).split(path.sep).join('/');
    expect(problems.map(formatProblem)).toEqual([
      `${shown}/news/bericht.md:17  inhoud — gevonden: "./weg.png", maar ${shown}/news/weg.png bestaat niet; verwacht een afbeelding die naast het bestand staat (controleer de naam en de hoofdletters)`,
    ]);
    expect(warnings.map(formatProblem)).toEqual([
      `${shown}/news/bericht.md:12  image.src — gevonden: ${shown}/news/smal.jpg van 1000 pixels breed (de foto staat wel op de pagina); verwacht 1200 pixels breed voor een mooi deelplaatje op sociale media`,
    ]);
  }, 60_000);
});
