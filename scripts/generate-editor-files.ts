/**
 * `npm run editor-files`: regenerates, from the collection schemas, the JSON
 * Schema files VS Code uses (.vscode/schemas/) and the field tables in
 * CONTRIBUTING.md. A test fails when the committed files are out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allJsonSchemas, withFieldTables } from '../src/lib/editor-schemas.ts';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, '.vscode/schemas');
mkdirSync(dir, { recursive: true });
for (const [collection, schema] of Object.entries(allJsonSchemas())) {
  writeFileSync(path.join(dir, `${collection}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
const guide = path.join(root, 'CONTRIBUTING.md');
writeFileSync(guide, withFieldTables(readFileSync(guide, 'utf8')));
console.log('JSON Schema-bestanden in .vscode/schemas/ en de veldentabellen in CONTRIBUTING.md zijn bijgewerkt.');
