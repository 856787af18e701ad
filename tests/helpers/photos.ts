/** Photos made by the tests themselves, with sharp: the right size and format for each case. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Bytes PNG cannot compress: xorshift32, seeded, so every run makes the same photo. */
function randomBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** A photo of `width` × two thirds of it, in `format`, written to `file`; `noise` makes it incompressible (large). */
export async function makePhoto(file: string, width: number, format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' = 'jpeg', noise = false): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  const height = Math.round((width * 2) / 3);
  const image = noise
    ? sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    : sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 90 } } });
  writeFileSync(file, await image.toFormat(format).toBuffer());
  return file;
}

/** A real, whole PNG of width × height in one colour (small on disk, every pixel decodes). */
export const plainPng = (width: number, height: number): Promise<Buffer> => sharp({ create: { width, height, channels: 3, background: { r: 20, g: 110, b: 90 } } }).png().toBuffer();

/** `png` made exactly `bytes` long with an ancillary chunk of its own before IEND, which readers skip: the image still decodes whole. */
export function paddedPng(png: Buffer, bytes: number): Buffer {
  const iend = png.length - 12;
  const data = Buffer.alloc(bytes - png.length - 12);
  const body = Buffer.concat([Buffer.from('prIv', 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([png.subarray(0, iend), length, body, crc, png.subarray(iend)]);
}

/** A PNG that is only a header: it claims width × height pixels, as a decompression bomb does, with almost no data. */
export function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(4))), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The header of an iPhone photo: a HEIF file whose image is HEVC-coded, claiming width × height pixels. sharp reads
 * its format and compression; it cannot write HEVC (no encoder in its build), so the boxes are written here.
 */
export function heicHeader(width: number, height: number): Buffer {
  const box = (type: string, ...parts: Buffer[]) => {
    const body = Buffer.concat(parts);
    const size = Buffer.alloc(4);
    size.writeUInt32BE(body.length + 8);
    return Buffer.concat([size, Buffer.from(type, 'latin1'), body]);
  };
  const fullBox = (type: string, version: number, ...parts: Buffer[]) => box(type, Buffer.from([version, 0, 0, 0]), ...parts);
  const u16 = (...n: number[]) => Buffer.from(n.flatMap((x) => [x >> 8, x & 0xff]));
  const u32 = (...n: number[]) => Buffer.concat(n.map((x) => { const b = Buffer.alloc(4); b.writeUInt32BE(x); return b; }));
  const data = Buffer.alloc(16); // where the coded image would be
  const head = (dataOffset: number) => Buffer.concat([
    box('ftyp', Buffer.from('heic', 'latin1'), u32(0), Buffer.from('mif1heic', 'latin1')),
    fullBox('meta', 0,
      fullBox('hdlr', 0, u32(0), Buffer.from('pict', 'latin1'), u32(0, 0, 0), Buffer.from([0])),
      fullBox('pitm', 0, u16(1)),
      // Item 1's one extent: 4-byte offset and length, no base offset.
      fullBox('iloc', 0, Buffer.from([0x44, 0x00]), u16(1, 1, 0, 1), u32(dataOffset, data.length)),
      fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1, 0), Buffer.from('hvc1\0', 'latin1'))),
      // Its properties: the HEVC configuration (Main profile, 8 bits, 4:2:0) and the size.
      box('iprp',
        box('ipco', box('hvcC', Buffer.from('0101600000009000000000005df000fcfdf8f800000f00', 'hex')), fullBox('ispe', 0, u32(width, height))),
        fullBox('ipma', 0, u32(1), u16(1), Buffer.from([2, 0x81, 0x82])),
      ),
    ),
  ]);
  return Buffer.concat([head(head(0).length + 8), box('mdat', data)]);
}
