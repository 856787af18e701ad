/**
 * The three files of the web editor at /beheer/: the page, its generated
 * configuration and the editor itself, copied from the pinned npm package (no CDN).
 * Written into the build and served by `astro dev` (src/integrations/cms.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stringify } from 'yaml';
import { SITE } from '../../site.ts';
import { ADMIN_META_CSP, ADMIN_PATH } from '../security-headers.ts';
import { readTags } from '../tags.ts';
import { cmsConfig } from './config.ts';

export const CMS_SCRIPT = 'sveltia-cms.js';
/** The page's one script: it starts the editor, unless the page is inside a frame. */
export const START_SCRIPT = 'start.js';
export const CMS_CONFIG = 'config.yml';
/** The editor's name: the page's title and the configuration's app_title. */
export const ADMIN_TITLE = `Beheer – ${SITE.name}`;

/** The editor's page: no inline script or style, its own policy, never indexed. */
export function adminPage(): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${ADMIN_META_CSP}">
<meta name="robots" content="noindex, nofollow">
<title>${ADMIN_TITLE}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="cms-config-url" type="application/yaml" href="${ADMIN_PATH}${CMS_CONFIG}">
</head>
<body>
<noscript><p>De webeditor werkt alleen met JavaScript. Zonder JavaScript bewerk je de bestanden op GitHub: zie CONTRIBUTING.md in ${SITE.repository}.</p></noscript>
<script src="${ADMIN_PATH}${START_SCRIPT}"></script>
</body>
</html>
`;
}

/**
 * Starts the editor only as a page of its own. A host that sends headers
 * forbids frames with frame-ancestors; GitHub Pages sends none and a <meta>
 * policy cannot say it, so without this another site could show the editor,
 * signed in, in a frame and trick an editor into clicking "publish".
 */
export function startScript(): string {
  return `// Gegenereerd (src/lib/cms/admin-files.ts): start de webeditor, maar nooit in een kader van een andere pagina.
if (window.top === window.self) {
  const editor = document.createElement('script');
  editor.src = '${ADMIN_PATH}${CMS_SCRIPT}';
  document.body.append(editor);
} else {
  document.body.textContent = 'De webeditor opent alleen als eigen pagina, niet in een kader van een andere website. Open het adres zelf in je browser.';
}
`;
}

/** owner/name from the repository URL in site.ts. */
export const repoSlug = (repository: string) => new URL(repository).pathname.replace(/^\/|\.git$|\/$/g, '');

/** The configuration as YAML, for the content root the site is built from (its tags are the choices). */
export function configYaml(contentRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const config = cmsConfig({
    title: ADMIN_TITLE,
    repo: repoSlug(SITE.repository),
    branch: SITE.branch,
    siteUrl: SITE.url,
    // The editor works in the repository, where content always sits in content/ (CONTENT_DIR is for tests).
    contentFolder: 'content',
    authUrl: env.CMS_AUTH_URL || undefined,
    tags: readTags(contentRoot).labels,
  });
  return `# Gegenereerd bij de build uit de schema's (src/lib/schemas.ts, src/lib/cms/config.ts); niet met de hand bewerken.\n${stringify(config, { lineWidth: 0 })}`;
}

/** Where an npm package is installed (its entry file's folder may be a subfolder, so the entry's path is cut at the name). */
function packageDir(name: string): string {
  const entry = createRequire(import.meta.url).resolve(name);
  return entry.slice(0, entry.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length);
}

/**
 * The editor fetches its language file and an update check from unpkg.com, and
 * its stylesheet names three fonts on jsDelivr. The site serves all of them
 * itself, from the same npm releases, by pointing those addresses at /beheer/.
 * Another version of the editor with other addresses stops the build here, so
 * nothing ever loads from a CDN unnoticed.
 */
const CMS_CDN = 'https://unpkg.com/@sveltia/cms';
const CMS_SELF = `${ADMIN_PATH}sveltia-cms`;
const FONTS = [
  { cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2', pkg: '@fontsource-variable/source-sans-3', file: 'source-sans-3-latin-wght-normal.woff2' },
  { cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2', pkg: '@fontsource/noto-mono', file: 'noto-mono-latin-400-normal.woff2' },
  { cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2', pkg: '@fontsource-variable/material-symbols-outlined', file: 'material-symbols-outlined-latin-wght-normal.woff2' },
] as const;
/** The editor's own language: the site is Dutch. A browser in another language gets the editor's built-in English. */
const LOCALES = ['nl'] as const;

type Strings = { [key: string]: string | Strings };

/** `base` with every string of `extra` it lacks, at the same place. */
function withMissing(base: Strings, extra: Strings): Strings {
  const merged: Strings = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const own = merged[key];
    merged[key] = typeof value === 'string' ? (own ?? value) : withMissing(typeof own === 'object' ? own : {}, value);
  }
  return merged;
}

/**
 * The editor's Dutch strings: its own nl.json lacks 111 of its English ones
 * ("Show Errors", the folder and conflict dialogs), which it would show in
 * English; src/lib/cms/sveltia-nl-aanvulling.json adds them in Dutch.
 */
export function dutchStrings(): Strings {
  const own = JSON.parse(readFileSync(path.join(packageDir('@sveltia/cms'), 'locales', 'nl.json'), 'utf8')) as Strings;
  const added = JSON.parse(readFileSync(new URL('./sveltia-nl-aanvulling.json', import.meta.url), 'utf8')) as Strings;
  return withMissing(own, added);
}

export const cmsVersion = (): string => JSON.parse(readFileSync(path.join(packageDir('@sveltia/cms'), 'package.json'), 'utf8')).version;

/** The editor's script, its CDN addresses pointed at the site. */
export function cmsScript(): string {
  let script = readFileSync(path.join(packageDir('@sveltia/cms'), 'dist', CMS_SCRIPT), 'utf8');
  const swaps: [string, string][] = [
    [`\`${CMS_CDN}\``, `\`${CMS_SELF}\``],
    ...FONTS.map((f): [string, string] => [f.cdn, `${ADMIN_PATH}fonts/${f.file}`]),
    // The editor's viewport forbids zooming (maximum-scale=1); an editor with poor sight must be able to zoom (WCAG 1.4.4).
    ['`initial-scale=1`,`maximum-scale=1`,', '`initial-scale=1`,'],
  ];
  for (const [from, to] of swaps) {
    if (script.split(from).length !== 2) throw new Error(`De webeditor (@sveltia/cms ${cmsVersion()}) noemt ${from} niet precies één keer: pas de vervangingen in cmsScript (FONTS, CMS_CDN, de viewport) aan in src/lib/cms/admin-files.ts.`);
    script = script.replace(from, to);
  }
  const left = script.match(/https:\/\/cdn\.jsdelivr\.net\/fontsource[^\s)`'"]*/);
  if (left) throw new Error(`De webeditor laadt nog een lettertype van een CDN (${left[0]}): voeg het toe aan FONTS in src/lib/cms/admin-files.ts.`);
  return script;
}

export interface AdminFile {
  type: string;
  body: () => string | Buffer;
}

/** Every file under /beheer/, by its path below it ("" is the page). */
export function adminFiles(contentRoot: string): Map<string, AdminFile> {
  const version = cmsVersion();
  const files = new Map<string, AdminFile>([
    ['', { type: 'text/html; charset=utf-8', body: adminPage }],
    [CMS_CONFIG, { type: 'application/yaml; charset=utf-8', body: () => configYaml(contentRoot) }],
    [START_SCRIPT, { type: 'text/javascript; charset=utf-8', body: startScript }],
    [CMS_SCRIPT, { type: 'text/javascript; charset=utf-8', body: cmsScript }],
    // The update check reads only the version: the installed one, so it never nags.
    ['sveltia-cms/package.json', { type: 'application/json', body: () => JSON.stringify({ version }) }],
  ]);
  for (const locale of LOCALES) {
    files.set(`sveltia-cms@${version}/locales/${locale}.json`, { type: 'application/json', body: () => JSON.stringify(dutchStrings()) });
  }
  for (const font of FONTS) {
    files.set(`fonts/${font.file}`, { type: 'font/woff2', body: () => readFileSync(path.join(packageDir(font.pkg), 'files', font.file)) });
  }
  return files;
}
