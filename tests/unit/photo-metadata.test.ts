/** Photos leave the build without their metadata (src/integrations/photo-metadata.ts, helper-58). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { carriesMetadata, photoDigests, stripPhotoMetadata } from '../../src/integrations/photo-metadata.ts';

const photo = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3366aa' } });

describe('photo metadata', () => {
  it('writes an image with EXIF again without it, upright as its EXIF said, and leaves clean images and other files alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exif-'));
    const tagged = await photo(40, 20).jpeg().withMetadata({ orientation: 6, exif: { IFD0: { Artist: 'Jan Jansen, Dorpsweg 12', ImageDescription: 'BSN 111222333' } } }).toBuffer();
    expect(await sharp(tagged).metadata()).toMatchObject({ orientation: 6 });
    expect(tagged.includes('Dorpsweg')).toBe(true);
    const clean = await photo(40, 20).webp().toBuffer();
    writeFileSync(path.join(dir, 'foto.AbC123.jpg'), tagged);
    writeFileSync(path.join(dir, 'foto.AbC123_x.webp'), clean);
    writeFileSync(path.join(dir, 'pagina.css'), 'body{}');

    expect(await stripPhotoMetadata(dir)).toBe(1);
    const written = readFileSync(path.join(dir, 'foto.AbC123.jpg'));
    expect(written.includes('Dorpsweg')).toBe(false);
    expect(written.includes('111222333')).toBe(false);
    expect(await carriesMetadata(written)).toBe(false);
    // Orientation 6 is a quarter turn: the photo stands upright without the tag that said so.
    expect(await sharp(written).metadata()).toMatchObject({ format: 'jpeg', width: 20, height: 40 });
    expect(readFileSync(path.join(dir, 'foto.AbC123_x.webp')).equals(clean)).toBe(true);
    // A second pass finds nothing left, and a build without _astro/ is no error.
    expect(await stripPhotoMetadata(dir)).toBe(0);
    expect(await stripPhotoMetadata(path.join(dir, 'bestaat-niet'))).toBe(0);
  });
  it('writes a content photo that was copied as it was again, whatever else it carries: a JPEG comment, PNG text, bytes after the image (helper-60)', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'content-'));
    const built = mkdtempSync(path.join(tmpdir(), 'astro-'));
    const commented = Buffer.concat([await photo(30, 20).jpeg().toBuffer(), Buffer.from('Opgenomen bij mevrouw Jansen, BSN 111222333')]);
    const texted = await photo(30, 20).png({ compressionLevel: 0 }).toBuffer();
    writeFileSync(path.join(content, 'foto.jpg'), commented);
    writeFileSync(path.join(content, 'kaart.png'), texted);
    writeFileSync(path.join(built, 'foto.Ab12.jpg'), commented);
    writeFileSync(path.join(built, 'kaart.Cd34.png'), texted);
    const resized = await photo(15, 10).webp().toBuffer();
    writeFileSync(path.join(built, 'foto.Ab12_x.webp'), resized);
    expect(await carriesMetadata(commented)).toBe(false);
    expect(await stripPhotoMetadata(built, await photoDigests(content))).toBe(2);
    expect(readFileSync(path.join(built, 'foto.Ab12.jpg')).includes('111222333')).toBe(false);
    expect(await sharp(readFileSync(path.join(built, 'kaart.Cd34.png'))).metadata()).toMatchObject({ format: 'png', width: 30, height: 20 });
    // What sharp made in the build is left as it is.
    expect(readFileSync(path.join(built, 'foto.Ab12_x.webp')).equals(resized)).toBe(true);
  });
  it('finds XMP in a PNG too', async () => {
    const tagged = await photo(10, 10).png().withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description dc:creator="Jan" xmlns:dc="http://purl.org/dc/elements/1.1/"/></rdf:RDF></x:xmpmeta>').toBuffer();
    expect(await carriesMetadata(tagged)).toBe(true);
    expect(await carriesMetadata(await photo(10, 10).png().toBuffer())).toBe(false);
  });
});
