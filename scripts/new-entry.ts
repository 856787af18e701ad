/**
 * `npm run new -- <soort> "<titel>"`: writes a new entry with every required
 * field and placeholders; never overwrites an existing one.
 *   npm run new -- nieuws "Nieuwe leerwerkplekken in Charlois"
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSIONS } from '../src/lib/content-model.ts';
import { KINDS, scaffold } from '../src/lib/scaffold.ts';
import { contentRoot, displayPath } from '../src/lib/validation/load-content.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!kind || !title) {
  console.error(`Gebruik: npm run new -- <soort> "<titel>"\nSoorten: ${Object.keys(KINDS).join(', ')}`);
  process.exit(2);
}

try {
  const entry = scaffold(kind, title);
  const root = contentRoot(projectRoot);
  const target = path.join(root, entry.file);
  const id = path.basename(entry.file, path.extname(entry.file));
  const existing = EXTENSIONS[entry.collection].map((ext) => path.join(root, entry.collection, `${id}${ext}`)).find(existsSync);
  if (existing) {
    console.error(`${displayPath(projectRoot, existing)} bestaat al; er is niets overschreven. Kies een andere titel, of bewerk dat bestand.`);
    process.exit(1);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, entry.text, { flag: 'wx' });
  console.log(`Nieuw: ${displayPath(projectRoot, target)}\nVul alles in waar [VUL IN: …] staat; npm run check wijst elke plek aan.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
