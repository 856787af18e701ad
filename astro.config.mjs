// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import remarkGfm from 'remark-gfm';
import buildGuard, { lastModified } from './src/integrations/build-guard.ts';
import cms from './src/integrations/cms.ts';
import contentStore from './src/integrations/content-store.ts';
import hostFiles from './src/integrations/host-files.ts';
import photoMetadata from './src/integrations/photo-metadata.ts';
import { cacheDirFor } from './src/lib/cache-dir.ts';
import siteOwner from './src/integrations/site-owner.ts';
import { ALIGNMENT_STYLE_HASHES, META_CSP_DIRECTIVES } from './src/lib/security-headers.ts';
import { SITE } from './src/site.ts';

/** Footnotes in Dutch: the hidden heading and the label of the way back. */
const FOOTNOTES = { label: 'Voetnoten', backLabel: 'Terug naar verwijzing {reference}' };

export default defineConfig({
  site: SITE.url || undefined,
  // The build script builds into a fresh folder and swaps it in on success.
  outDir: process.env.ASTRO_OUT_DIR || 'dist',
  // One content cache per content root, so builds of test and benchmark content never mix.
  cacheDir: cacheDirFor(process.env.CONTENT_DIR || 'content'),
  trailingSlash: 'always',
  // Astro's own CSP: a <meta http-equiv> on every page, with hashes of anything it inlines.
  security: {
    csp: {
      directives: /** @type {any} */ ([...META_CSP_DIRECTIVES]),
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-hashes'"], hashes: /** @type {any} */ (ALIGNMENT_STYLE_HASHES) },
    },
  },
  // Stylesheets as files, never inlined: the Content-Security-Policy allows no inline style.
  // Four pages at a time: while one page's file is written, the next renders (BENCHMARKS.md:
  // page generation at 10,000 entries 26–28 s with one at a time, 22 s with four).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Incremental builds: a page whose cache key (src/lib/page-keys.ts) and code are unchanged since the
  // last build is copied from Astro's cache in cacheDir instead of rendered. Pages without a key
  // (home, overviews, feed, data files) are always rendered. `astro build --force` ignores the cache.
  experimental: { incrementalBuild: true },
  // Scripts as files too (the search page's): a strict CSP without hashes can load them.
  vite: { build: { assetsInlineLimit: 0 } },
  // Sätteri (Astro's default, GFM built in) renders Markdown; MARKDOWN_PROCESSOR=unified
  // switches to remark/rehype, with remark-gfm for the same GFM, for the renderer comparison (README).
  markdown: {
    // No highlighter: Shiki writes inline styles, which the Content-Security-Policy blocks (and Astro
    // warns about on every build). A code block is a plain <pre><code>, styled by the site's CSS.
    syntaxHighlight: false,
    processor:
      process.env.MARKDOWN_PROCESSOR === 'unified'
        ? unified({ gfm: false, remarkPlugins: [remarkGfm], remarkRehype: { footnoteLabel: FOOTNOTES.label, footnoteBackLabel: (/** @type {number} */ i) => `Terug naar verwijzing ${i + 1}` } })
        : satteri({ features: { gfm: { footnotes: FOOTNOTES } } }),
  },
  integrations: [
    siteOwner(),
    buildGuard(),
    cms(),
    hostFiles(),
    photoMetadata(),
    contentStore(),
    mdx(),
    sitemap({
      // lastmod from the entry: frontmatter `updated`, else its last commit, else its date.
      serialize(item) {
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }),
  ],
});
