// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import contentGuard from './src/integrations/content-guard.ts';
import { SITE } from './src/site.ts';

/** Footnotes in Dutch: the hidden heading and the label of the way back. */
const FOOTNOTES = { label: 'Voetnoten', backLabel: 'Terug naar verwijzing {reference}' };

export default defineConfig({
  site: SITE.url,
  // The build script builds into a fresh folder and swaps it in on success.
  outDir: process.env.ASTRO_OUT_DIR || 'dist',
  // One content cache per content root, so builds of test and benchmark content never mix.
  cacheDir: `./node_modules/.astro/${(process.env.CONTENT_DIR || 'content').replace(/[^a-zA-Z0-9]+/g, '_')}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Sätteri (Astro's default, GFM built in) renders Markdown; MARKDOWN_PROCESSOR=unified
  // switches to remark/rehype for the renderer benchmark (see README, BENCHMARKS.md).
  markdown: {
    processor:
      process.env.MARKDOWN_PROCESSOR === 'unified'
        ? unified({ remarkRehype: { footnoteLabel: FOOTNOTES.label, footnoteBackLabel: (i) => `Terug naar verwijzing ${i + 1}` } })
        : satteri({ features: { gfm: { footnotes: FOOTNOTES } } }),
  },
  integrations: [contentGuard(), mdx(), sitemap()],
});
