// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentGuard from './src/integrations/content-guard.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
  site: SITE.url,
  // The build script builds into a fresh folder and swaps it in on success.
  outDir: process.env.ASTRO_OUT_DIR || 'dist',
  // One content cache per content root, so builds of test and benchmark content never mix.
  cacheDir: `./node_modules/.astro/${(process.env.CONTENT_DIR || 'content').replace(/[^a-zA-Z0-9]+/g, '_')}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), sitemap()],
});
