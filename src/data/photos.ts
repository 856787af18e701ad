/**
 * An entry's photo for sharing: a 1200 px wide JPEG made by Astro's image
 * service (sharp), as an absolute URL for og:image and the JSON-LD. Never
 * wider than the photo itself: a narrower photo is not blown up.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { PHOTO_SHARE_WIDTH } from '../lib/content-model.ts';
import { SITE } from '../site.ts';

export interface Photo {
  src: ImageMetadata;
  alt: string;
  caption?: string;
  credit?: string;
}

export async function sharePhoto(photo: Photo | undefined): Promise<{ src: string; alt: string } | undefined> {
  if (!photo) return undefined;
  const image = await getImage({ src: photo.src, width: Math.min(PHOTO_SHARE_WIDTH, photo.src.width), format: 'jpeg' });
  return { src: new URL(image.src, SITE.url).href, alt: photo.alt };
}
