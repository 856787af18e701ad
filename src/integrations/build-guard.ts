/**
 * Checks that stop a build before Astro renders anything:
 * - the site's public URL is set (canonical links, feed and sitemap need it);
 * - the content passes the editors' check (file:line, field, found, expected),
 *   including references, which Astro on its own only logs.
 * In `astro dev` content problems are shown, the files with problems are left
 * out, and the server keeps running. On GitHub Actions the problems are also
 * annotations. Photo warnings and the news scheduled for a later day are
 * logged. It also records each entry's last-modified date for the sitemap.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lastUpdated, readGitDates } from '../lib/git-dates.ts';
import { recordPhase, timePhase } from '../lib/phase-times.ts';
import { publishingMoment, scheduledEntries, scheduledLine } from '../lib/schedule.ts';
import { entryUrl } from '../lib/urls.ts';
import { asPlainLog, reportOnGitHub } from '../lib/validation/github.ts';
import { CONTENT_NEXT_STEP, DEV_NEXT_STEP, DEV_RECHECK_STEP, devRestartLine, SITE_FAULT } from '../lib/validation/messages.ts';
import { setLeftOut, leftOutFiles } from '../lib/validation/left-out.ts';
import { formatProblem, formatReport, validateContent } from '../lib/validation/index.ts';
import { contentRoot, displayPath } from '../lib/validation/load-content.ts';

/**
 * A content problem stops the build with the editor's report and nothing else:
 * thrown from a hook, Astro would wrap it in "[ERROR] An unhandled error…", a
 * source location and a stack trace, which tell an editor nothing.
 */
function stopWithReport(report: string, nextStep = CONTENT_NEXT_STEP): never {
  console.error(asPlainLog(`\n${report}\n${nextStep ? `\n${nextStep}\n` : ''}`));
  process.exit(1);
}

/** Last-modified date per URL path of the published entries, filled when the check has run. */
export const lastModified = new Map<string, Date>();

export default function buildGuard(): AstroIntegration {
  return {
    name: 'build-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'build' && !config.site) {
          stopWithReport('De publieke URL van de site ontbreekt. Zet SITE.url in src/site.ts of de omgevingsvariabele SITE_URL, bijvoorbeeld https://zorgwelzijn-rotterdam.nl', '');
        }
        // `npm run check` has just checked the content itself before it runs `astro check`.
        if (process.env.CONTENT_ALREADY_CHECKED === '1') return;
        const root = fileURLToPath(config.root);
        const started = performance.now();
        let checked: Awaited<ReturnType<typeof validateContent>>;
        try {
          checked = await validateContent(root);
        } catch (error) {
          // Not the editor's doing: say so, and keep the stack for whoever fixes the site.
          console.error(`\n${SITE_FAULT}\n`);
          throw error;
        }
        const { problems, entries, warnings } = checked;
        for (const warning of warnings) logger.warn(formatProblem(warning));
        const took = Math.round(performance.now() - started);
        if (problems.length > 0) {
          const report = `De inhoud bevat fouten:\n\n${formatReport(problems)}`;
          reportOnGitHub(problems, root);
          if (command === 'dev') {
            console.error(`\n${report}\n\n${DEV_NEXT_STEP}\n`);
            // The preview leaves these files out rather than show Astro's error frame for each (content.config.ts).
            setLeftOut(problems.map((problem) => path.resolve(root, problem.file)));
          } else stopWithReport(report);
        } else {
          logger.info(`${entries.length} bestanden gecontroleerd in ${took} ms: geen problemen.`);
        }
        const scheduled = scheduledEntries(entries, publishingMoment());
        for (const item of scheduled) logger.info(`Gepland: ${scheduledLine(item.file, item.date)}`);
        const waiting = new Set(scheduled.map((item) => item.file));
        // A build leaves drafts and items due later out of Astro's loaders: no page shows them, and loaded, their photos
        // were written to the output all the same (helper-55). `astro dev` shows them, with a banner.
        if (command === 'build') setLeftOut(entries.filter((entry) => entry.draft || waiting.has(entry.path)).map((entry) => path.resolve(root, entry.path)));
        recordPhase('controle', performance.now() - started); // for the benchmark's phase table

        const git = timePhase('git-datums (controle)', () => readGitDates(root, displayPath(root, contentRoot(root))));
        lastModified.clear();
        for (const entry of entries) {
          if (entry.draft || !entry.data || waiting.has(entry.path)) continue;
          const own = (entry.data.updated ?? entry.data.date) as Date | undefined;
          const date = lastUpdated(entry.data.updated as Date | undefined, git?.get(entry.path), own);
          if (date) lastModified.set(entryUrl(entry.collection, entry.id), date);
        }
      },
      // A saved content file is checked again at once, so the editor reads what is wrong in the terminal without a restart.
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const content = contentRoot(root);
        let timer: NodeJS.Timeout | undefined;
        const recheck = async () => {
          const { problems } = await validateContent(root);
          const skipped = leftOutFiles();
          const fixed = skipped.filter((file) => !problems.some((problem) => path.resolve(root, problem.file) === file));
          if (problems.length > 0) console.error(`\nDe inhoud bevat fouten:\n\n${formatReport(problems)}\n\n${DEV_RECHECK_STEP}\n`);
          else logger.info('Inhoud opnieuw gecontroleerd: geen problemen.');
          if (fixed.length > 0) logger.info(devRestartLine(fixed.map((file) => displayPath(root, file))));
        };
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(content + path.sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => recheck().catch((error: unknown) => console.error(`\n${SITE_FAULT}\n`, error)), 300);
        });
      },
    },
  };
}
