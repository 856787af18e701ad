/**
 * The image check, for the photo and for images in a body: each bad case fails
 * with file and field; narrower than 1200 px is a warning for the photo.
 * Images made here with sharp, and files made to look like images.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkImage, checkPhoto } from '../../src/lib/validation/check-image.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { baseline, markdown, validNews, withFile, writeTree } from '../helpers/content.ts';
import { projectRoot, tmpDir } from '../helpers/build.ts';
import { heicHeader, makePhoto, paddedPng, plainPng, pngHeader } from '../helpers/photos.ts';

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

describe('the image rules, at their edges and word for word', () => {
  const edge = path.join(contentRoot, 'randen');
  const entryHere = path.relative(projectRoot, path.join(edge, 'bericht.md'));
  const shownHere = path.relative(projectRoot, edge).split(path.sep).join('/');
  const photo = async (src: string) => {
    const { problems, warnings } = await checkPhoto(src, entryHere, 7, projectRoot, contentRoot);
    return [...problems, ...warnings].map(formatProblem);
  };
  const inBody = async (src: string) => (await checkImage({ src, entryFile: entryHere, line: 12, field: 'inhoud' }, projectRoot, contentRoot)).problems.map(formatProblem);
  const at = (field: string, message: string) => `${entryHere}:${field === 'image.src' ? 7 : 12}  ${field} — gevonden: ${message}`;

  beforeAll(async () => {
    mkdirSync(edge, { recursive: true });
    // What passes is decoded whole, so it is a real image; what is refused by its header's size never is, so a header will do.
    for (const [name, width, height] of [['8000x1000', 8000, 1000], ['1000x8000', 1000, 8000], ['8000x5000', 8000, 5000], ['800x600', 800, 600]] as const) {
      writeFileSync(path.join(edge, `${name}.png`), await plainPng(width, height));
    }
    for (const [name, width, height] of [['8001x1000', 8001, 1000], ['1000x8001', 1000, 8001], ['7000x7000', 7000, 7000]] as const) {
      writeFileSync(path.join(edge, `${name}.png`), pngHeader(width, height));
    }
    // Exactly 5 MB is allowed: a whole image and a chunk of padding readers skip.
    writeFileSync(path.join(edge, 'precies-5mb.png'), paddedPng(await plainPng(1600, 1000), 5 * 1024 * 1024));
    const header = pngHeader(1600, 1000);
    writeFileSync(path.join(edge, 'te-groot.png'), Buffer.concat([header, Buffer.alloc(6 * 1024 * 1024 - header.length)]));
    // Cut off in the upload (helper-46): a header that reads, pixels that end halfway.
    const whole = await makePhoto(path.join(edge, 'heel.png'), 1400, 'png', true);
    writeFileSync(path.join(edge, 'kapot.png'), readFileSync(whole).subarray(0, 20_000));
    const wholeJpeg = await makePhoto(path.join(edge, 'heel.jpg'), 1400, 'jpeg', true);
    writeFileSync(path.join(edge, 'kapot.jpg'), readFileSync(wholeJpeg).subarray(0, 40_000));
    await makePhoto(path.join(edge, 'modern.avif'), 1600, 'avif');
    await makePhoto(path.join(edge, 'bewegend.avif'), 1600, 'gif');
    await makePhoto(path.join(edge, 'modern.avif.png'), 1600, 'avif');
    writeFileSync(path.join(edge, 'iphone.heic'), heicHeader(4032, 3024));
    await makePhoto(path.join(edge, 'Hoofdletters.jpg'), 1600);
    writeFileSync(path.join(edge, 'kaart.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="10" height="10"/></svg>');
    symlinkSync(path.join(edge, 'verhuisd.jpg'), path.join(edge, 'losse-link.jpg'));
  }, 60_000);

  it('at most 8000 pixels a side and 40 megapixel: exactly those pass, one pixel more does not', { timeout: 30_000 }, async () => {
    expect(await inBody('./8000x1000.png')).toEqual([]);
    expect(await inBody('./1000x8000.png')).toEqual([]);
    expect(await inBody('./8000x5000.png')).toEqual([]);
    expect(await inBody('./8001x1000.png')).toEqual([at('inhoud', `${shownHere}/8001x1000.png van 8001 × 1000 pixels (8 megapixel); verwacht hoogstens 8000 pixels per kant en 40 megapixel (2000 pixels breed is genoeg)`)]);
    expect(await inBody('./1000x8001.png')).toEqual([at('inhoud', `${shownHere}/1000x8001.png van 1000 × 8001 pixels (8 megapixel); verwacht hoogstens 8000 pixels per kant en 40 megapixel (2000 pixels breed is genoeg)`)]);
    expect(await inBody('./7000x7000.png')).toEqual([at('inhoud', `${shownHere}/7000x7000.png van 7000 × 7000 pixels (49 megapixel); verwacht hoogstens 8000 pixels per kant en 40 megapixel (2000 pixels breed is genoeg)`)]);
  });

  it('every pixel must decode: a photo cut off halfway is refused, in the photo field and in the text', async () => {
    expect(await photo('./heel.png')).toEqual([]);
    expect(await photo('./kapot.png')).toEqual([at('image.src', `${shownHere}/kapot.png, een foto die niet helemaal te lezen is (beschadigd, of half opgeslagen of geüpload); verwacht het bestand opnieuw opgeslagen of opnieuw toegevoegd`)]);
    expect(await inBody('./kapot.jpg')).toEqual([at('inhoud', `${shownHere}/kapot.jpg, een afbeelding die niet helemaal te lezen is (beschadigd, of half opgeslagen of geüpload); verwacht het bestand opnieuw opgeslagen of opnieuw toegevoegd`)]);
  });

  it('a path in the text begins with ./ or ../, as Vite would read any other as a package in a node_modules folder (helper-48)', async () => {
    expect(await inBody('8000x1000.png')).toEqual([at('inhoud', '"8000x1000.png"; verwacht een pad dat begint met ./ (in dezelfde map) of ../ (een map hoger), zoals ./8000x1000.png')]);
    expect(await inBody('_evil/x.png')).toEqual([at('inhoud', '"_evil/x.png"; verwacht een pad dat begint met ./ (in dezelfde map) of ../ (een map hoger), zoals ./_evil/x.png')]);
    expect(await inBody('./8000x1000.png')).toEqual([]);
    // A ./ further on does not count: the path still begins with a name.
    expect(await inBody('plaatjes/./8000x1000.png')).toEqual([at('inhoud', '"plaatjes/./8000x1000.png"; verwacht een pad dat begint met ./ (in dezelfde map) of ../ (een map hoger), zoals ./plaatjes/./8000x1000.png')]);
    // The photo field is read from the entry's folder with or without it.
    expect(await photo('8000x1000.png')).toEqual([]);
  });
  it('a % in the photo field is refused: the build imports the name as written, the check would read another file (helper-48)', async () => {
    expect(await photo('./kaart%41.png')).toEqual([at('image.src', '"./kaart%41.png", met een % in de naam; verwacht de naam van het bestand zonder % (hernoem het bestand, bijvoorbeeld met streepjes in plaats van spaties en tekens)')]);
  });

  it('at least 800 pixels wide: exactly 800 passes in a body (a photo gets the share-card advice)', async () => {
    expect(await inBody('./800x600.png')).toEqual([]);
    expect(await photo('./800x600.png')).toEqual([at('image.src', `${shownHere}/800x600.png van 800 pixels breed (de foto staat wel op de pagina); verwacht 1200 pixels breed voor een mooi deelplaatje op sociale media`)]);
  });

  it('at most 5 MB: exactly 5 MB passes; more is told in MB with a decimal comma', async () => {
    expect(await inBody('./precies-5mb.png')).toEqual([]);
    expect(await photo('./te-groot.png')).toEqual([at('image.src', `${shownHere}/te-groot.png van 6,0 MB; verwacht hoogstens 5 MB (sla de foto kleiner op, 2000 pixels breed is genoeg)`)]);
    expect(await inBody('./te-groot.png')).toEqual([at('inhoud', `${shownHere}/te-groot.png van 6,0 MB; verwacht hoogstens 5 MB (sla de afbeelding kleiner op, 2000 pixels breed is genoeg)`)]);
  });

  it('an iPhone photo (HEIF with HEVC) is told how to save it as JPEG, not to rename it (helper-60)', async () => {
    expect(await photo('./iphone.heic')).toEqual([at('image.src', `${shownHere}/iphone.heic (HEIF); verwacht een JPEG, PNG, WebP of AVIF (een iPhone-foto: bewaar hem als JPEG, of zet in Instellingen > Camera > Formaten ‘Meest compatibel’ aan)`)]);
  });
  it('an AVIF passes; a GIF renamed to .avif is still a GIF, an AVIF named .png is not taken for one', async () => {
    expect(await photo('./modern.avif')).toEqual([]);
    expect(await photo('./bewegend.avif')).toEqual([at('image.src', `${shownHere}/bewegend.avif (GIF); verwacht een JPEG, PNG, WebP of AVIF`)]);
    expect(await photo('./modern.avif.png')).toEqual([at('image.src', `${shownHere}/modern.avif.png (HEIF); verwacht een JPEG, PNG, WebP of AVIF (het is een AVIF-bestand: geef het de extensie .avif)`)]);
  });

  it('an SVG by its name, a link that leads nowhere, other capitals, a missing file: each with its own message, photo or image', async () => {
    expect(await photo('./kaart.svg')).toEqual([at('image.src', `${shownHere}/kaart.svg, een SVG-tekening (die kan code bevatten); verwacht een JPEG, PNG, WebP of AVIF (exporteer de tekening als PNG)`)]);
    expect(await photo('./losse-link.jpg')).toEqual([at('image.src', `${shownHere}/losse-link.jpg is een snelkoppeling (symlink) of geen gewoon bestand; verwacht het afbeeldingsbestand zelf`)]);
    expect(await photo('./hoofdletters.jpg')).toEqual([at('image.src', '"./hoofdletters.jpg", maar de foto heet Hoofdletters.jpg, met andere hoofdletters dan hoofdletters.jpg; verwacht de naam precies zo geschreven: ./Hoofdletters.jpg')]);
    expect(await inBody('./hoofdletters.jpg')).toEqual([at('inhoud', '"./hoofdletters.jpg", maar de afbeelding heet Hoofdletters.jpg, met andere hoofdletters dan hoofdletters.jpg; verwacht de naam precies zo geschreven: ./Hoofdletters.jpg')]);
    expect(await inBody('./weg.png')).toEqual([at('inhoud', `"./weg.png", maar ${shownHere}/weg.png bestaat niet; verwacht een afbeelding die naast het bestand staat (controleer de naam en de hoofdletters)`)]);
  });

  it('an address on another site, also without http:, with an example of a path; a double slash inside a path is still a path', async () => {
    expect(await photo('//example.com/foto.jpg')).toEqual([at('image.src', '"//example.com/foto.jpg"; verwacht een pad vanaf dit bestand, zoals ./foto.jpg (in dezelfde map)')]);
    expect(await inBody('https://example.com/grafiek.png')).toEqual([at('inhoud', '"https://example.com/grafiek.png"; verwacht een pad vanaf dit bestand, zoals ./grafiek.png (in dezelfde map)')]);
    expect(await inBody('.//8000x1000.png')).toEqual([]);
  });

  it('the content folder itself is no image inside it', async () => {
    expect(await photo('..')).toEqual([at('image.src', `"..", dat naar ${path.relative(projectRoot, contentRoot).split(path.sep).join('/')} buiten de inhoudsmap wijst; verwacht een afbeelding in de inhoudsmap, zoals ./foto.jpg`)]);
  });
});

describe('a path with ?raw, ?url or #… after the name (helper-38: Vite read it as an instruction)', () => {
  it('is refused, in the photo field and in the text, with the path alone as the fix', async () => {
    expect((await check('./goed.jpg?raw')).problems).toEqual([`${entry}:7  image.src — gevonden: "./goed.jpg?raw", met ?raw achter de naam; verwacht alleen het pad naar de foto: ./goed.jpg`]);
    expect(await checkInBody('./goed.jpg?url')).toEqual([`${entry}:12  inhoud — gevonden: "./goed.jpg?url", met ?url achter de naam; verwacht alleen het pad naar de afbeelding: ./goed.jpg`]);
    expect(await checkInBody('./goed.jpg#boven')).toEqual([`${entry}:12  inhoud — gevonden: "./goed.jpg#boven", met #boven achter de naam; verwacht alleen het pad naar de afbeelding: ./goed.jpg`]);
    expect(await checkInBody('./goed.jpg')).toEqual([]);
  });
});

describe('a path on the editor\'s own computer (helper-51: C:\\Users\\… was told only that it did not exist)', () => {
  it('is told as such, with ./ and the name, and whether the photo is in the entry\'s folder yet', async () => {
    const folderShown = path.posix.dirname(entry);
    expect((await check('C:\\Users\\marieke\\Pictures\\goed.jpg')).problems).toEqual([
      `${entry}:7  image.src — gevonden: "C:\\Users\\marieke\\Pictures\\goed.jpg", een pad op je eigen computer; verwacht ./goed.jpg, met de foto in ${folderShown}/, waar hij al staat`,
    ]);
    expect((await check('D:/Foto\'s/banenmarkt.jpg')).problems).toEqual([
      `${entry}:7  image.src — gevonden: "D:/Foto's/banenmarkt.jpg", een pad op je eigen computer; verwacht ./banenmarkt.jpg, met de foto in ${folderShown}/ (zet hem daar eerst neer)`,
    ]);
    expect((await check('.\\goed.jpg')).problems[0]).toContain('een pad op je eigen computer; verwacht ./goed.jpg');
    // In the text a path begins with ./ first; a backslash after it is still a path on the editor's computer.
    expect(await checkInBody('./plaatjes\\goed.jpg')).toEqual([
      `${entry}:12  inhoud — gevonden: "./plaatjes\\goed.jpg", een pad op je eigen computer; verwacht ./goed.jpg, met de afbeelding in ${folderShown}/, waar hij al staat`,
    ]);
  });
});
