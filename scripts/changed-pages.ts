/**
 * The pages a pull request adds or changes, and the one comment that lists
 * them on the pull request (updated in place, found by a hidden marker).
 *
 *   node scripts/changed-pages.ts list --base origin/main --verdict geslaagd --pr 12 --out wijzigingen.json
 *   node scripts/changed-pages.ts comment --in wijzigingen.json --run-url … [--preview-url https://…/pr-12/]
 *
 * The `pull_request` workflow writes the list (the build's artifact carries
 * it); the `workflow_run` workflow, which may write to pull requests even
 * from forks, turns it into the comment. The workflows only call this module;
 * it needs nothing but Node (no npm install), so the comment workflow is quick.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, EXTENSIONS, TAGS_FILE, type CollectionName } from '../src/lib/content-model.ts';
import { entryUrl } from '../src/lib/urls.ts';

/** The hidden first line by which the comment is found again (preview-comment.yml), so there is only ever one. */
export const COMMENT_MARKER = '<!-- zorgwelzijn: gewijzigde pagina’s -->';

export type ChangeKind = 'nieuw' | 'gewijzigd' | 'verwijderd';

export interface ChangedPage {
  kind: ChangeKind;
  file: string;
  /** The page's URL path on the site ("/nieuws/mijn-bericht/"). */
  url: string;
}

export interface ChangeList {
  pr?: number;
  verdict: 'geslaagd' | 'mislukt';
  pages: ChangedPage[];
  /** Changed files outside the content (code, workflows): the pages may change everywhere. */
  otherFiles: number;
}

const KINDS: Record<string, ChangeKind> = { A: 'nieuw', M: 'gewijzigd', D: 'verwijderd', R: 'gewijzigd', C: 'nieuw' };

/**
 * From `git diff --name-status` lines ("M\tcontent/news/x.md") to the pages
 * they touch, through the site's own URL helpers. The tag list touches the
 * news overview; other files count as changes outside the content.
 */
export function pagesFromDiff(lines: readonly string[], contentDir = 'content'): Pick<ChangeList, 'pages' | 'otherFiles'> {
  const pages: ChangedPage[] = [];
  let otherFiles = 0;
  for (const line of lines) {
    const [status = '', ...paths] = line.split('\t');
    const file = paths.at(-1);
    if (!file) continue;
    const kind = KINDS[status[0]!] ?? 'gewijzigd';
    const inContent = file.startsWith(`${contentDir}/`) ? file.slice(contentDir.length + 1) : undefined;
    if (inContent === undefined) {
      otherFiles++;
      continue;
    }
    if (inContent === TAGS_FILE) {
      pages.push({ kind: 'gewijzigd', file, url: '/nieuws/' });
      continue;
    }
    const [folder, name, ...deeper] = inContent.split('/');
    const collection = COLLECTIONS.find((c) => c === folder) as CollectionName | undefined;
    const extension = name ? path.extname(name) : '';
    if (!collection || !name || deeper.length || name.startsWith('_') || !EXTENSIONS[collection].includes(extension)) continue;
    pages.push({ kind, file, url: entryUrl(collection, name.slice(0, -extension.length)) });
  }
  pages.sort((a, b) => a.url.localeCompare(b.url));
  return { pages, otherFiles };
}

const KIND_LABEL: Record<ChangeKind, string> = { nieuw: 'nieuw', gewijzigd: 'gewijzigd', verwijderd: 'verwijderd' };

/** The comment's Markdown: verdict, the changed pages (linked to the preview where there is one) and how to see the build. */
export function commentMarkdown(list: ChangeList, links: { runUrl: string; previewUrl?: string }): string {
  const preview = links.previewUrl?.replace(/\/$/, '');
  const verdict = list.verdict === 'geslaagd' ? '✅ De controle is geslaagd.' : '❌ De controle vond problemen: zie de meldingen bij de gewijzigde regels en de tabel onder *Checks*.';
  const lines = [COMMENT_MARKER, '### Pagina’s in dit pull request', '', verdict, ''];
  if (list.pages.length === 0) lines.push('Dit pull request verandert geen inhoud.');
  for (const page of list.pages) {
    const shown = page.kind !== 'verwijderd' && preview ? `[${page.url}](${preview}${page.url})` : `\`${page.url}\``;
    lines.push(`- ${shown} — ${KIND_LABEL[page.kind]} (\`${page.file}\`)`);
  }
  if (list.otherFiles > 0) lines.push('', `Ook ${list.otherFiles === 1 ? 'één bestand' : `${list.otherFiles} bestanden`} buiten de inhoud gewijzigd: bekijk de hele site.`);
  lines.push('');
  if (preview) lines.push(`De hele site van dit pull request: ${preview}/`);
  else {
    lines.push(
      `De gebouwde site staat als artefact **site** bij [deze controle](${links.runUrl}) (onderaan, *Artifacts*).`,
      'Bekijken: download en pak het zip-bestand uit, en start in die map `npx serve` (of `python3 -m http.server`); open dan het adres dat verschijnt.',
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      base: { type: 'string', default: 'origin/main' },
      verdict: { type: 'string', default: 'geslaagd' },
      pr: { type: 'string' },
      out: { type: 'string', default: 'wijzigingen.json' },
      in: { type: 'string', default: 'wijzigingen.json' },
      'run-url': { type: 'string', default: '' },
      'preview-url': { type: 'string' },
    },
  });
  if (positionals[0] === 'list') {
    const diff = spawnSync('git', ['diff', '--name-status', `${values.base}...HEAD`], { encoding: 'utf8' });
    if (diff.status !== 0) throw new Error(`git diff tegen ${values.base} mislukte: ${diff.stderr}`);
    const list: ChangeList = { pr: values.pr ? Number(values.pr) : undefined, verdict: values.verdict === 'mislukt' ? 'mislukt' : 'geslaagd', ...pagesFromDiff(diff.stdout.split('\n').filter(Boolean)) };
    writeFileSync(values.out!, `${JSON.stringify(list, null, 2)}\n`);
    console.log(`${list.pages.length} pagina's gewijzigd; geschreven naar ${values.out}`);
  } else if (positionals[0] === 'comment') {
    const list = JSON.parse(readFileSync(values.in!, 'utf8')) as ChangeList;
    // The preview setting may hold {pr} for the pull request's number: https://deploy-preview-{pr}--zorgwelzijn.netlify.app
    const previewUrl = values['preview-url'] ? values['preview-url'].replaceAll('{pr}', String(list.pr ?? '')) : undefined;
    process.stdout.write(commentMarkdown(list, { runUrl: values['run-url']!, previewUrl }));
  } else {
    console.error('Gebruik: node scripts/changed-pages.ts list|comment …');
    process.exit(2);
  }
}
