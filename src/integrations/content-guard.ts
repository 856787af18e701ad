/**
 * Runs the editors' content check before Astro reads any content, so a build
 * with a wrong entry stops with our messages (file:line, field, found, expected)
 * instead of Astro's, and a broken reference stops it too (Astro only logs those).
 * In `astro dev` the problems are shown but the server keeps running.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatReport, validateContent } from '../lib/validation/index.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const started = performance.now();
        const { problems, entries } = await validateContent(fileURLToPath(config.root));
        const took = Math.round(performance.now() - started);
        if (problems.length === 0) {
          logger.info(`${entries.length} bestanden gecontroleerd in ${took} ms: geen problemen.`);
          return;
        }
        const report = `De inhoud bevat fouten:\n\n${formatReport(problems)}`;
        if (command === 'dev') logger.error(report);
        else throw new ContentError(report);
      },
    },
  };
}
