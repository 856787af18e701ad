/** Photos made by the tests themselves, with sharp: the right size and format for each case. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
