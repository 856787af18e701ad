/**
 * Loads Astro's content store as string literals of 1 MB instead of one: see
 * src/lib/content-store-module.ts for why (at 10,000 entries it is the
 * difference between seconds and minutes). The log line says it happened, so a
 * change in how Astro writes that module shows in the build test, not only in
 * a slower build.
 */
import type { AstroIntegration } from 'astro';
import { formatNumber } from '../lib/nl.ts';
import { splitContentStoreModule } from '../lib/content-store-module.ts';

/** Astro's module id for its content store (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

export default function contentStore(): AstroIntegration {
  return {
    name: 'content-store',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-store-in-pieces',
                transform: {
                  filter: { id: new RegExp(`^${CONTENT_STORE_MODULE_ID}$`) },
                  handler(code, id) {
                    if (id !== CONTENT_STORE_MODULE_ID) return undefined;
                    const split = splitContentStoreModule(code);
                    if (!split) return undefined;
                    logger.info(`inhoud gebundeld als ${formatNumber(split.pieces)} ${split.pieces === 1 ? 'stuk' : 'stukken'} tekst van samen ${formatNumber(split.length)} tekens`);
                    return { code: split.code, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
