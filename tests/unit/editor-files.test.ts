/**
 * The editors' files are derived from the schemas and cannot drift: the JSON
 * Schema files VS Code uses, the field tables in CONTRIBUTING.md, the VS Code
 * wiring, the pull-request template and the workflows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/content-model.ts';
import { allJsonSchemas, withFieldTables } from '../../src/lib/editor-schemas.ts';
import { buildSchemas } from '../../src/lib/schemas.ts';
import { z } from 'astro/zod';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('JSON Schema files', () => {
  it.each(COLLECTIONS)('%s is generated from the schema and up to date (npm run editor-files)', (collection) => {
    expect(JSON.parse(read(`.vscode/schemas/${collection}.schema.json`))).toEqual(allJsonSchemas()[collection]);
  });
  it('describe every field, required fields included', () => {
    const schemas = buildSchemas(() => z.string());
    for (const collection of COLLECTIONS) {
      const json = allJsonSchemas()[collection] as { properties: Record<string, { description?: string }>; required: string[] };
      const shape = (schemas[collection] as unknown as z.ZodObject).shape;
      expect(Object.keys(json.properties).sort()).toEqual(Object.keys(shape).sort());
      for (const [name, field] of Object.entries(json.properties)) expect(field.description, `${collection}.${name}`).toBeTruthy();
    }
    expect(allJsonSchemas().news.required).toEqual(['title', 'description', 'date', 'category']);
  });
  it('accept a valid organisation file and reject a wrong one, as VS Code will', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(allJsonSchemas().organisations);
    expect(validate(parse('name: wmo radar\nkind: welzijn\ncity: Rotterdam\n'))).toBe(true);
    expect(validate(parse('name: wmo radar\nkind: ziekenhuis\nstad: Rotterdam\n'))).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'enum']);
  });
  it('are wired to the YAML data files in VS Code', () => {
    const settings = JSON.parse(read('.vscode/settings.json'));
    expect(settings['yaml.schemas']['./.vscode/schemas/organisations.schema.json']).toBe('content/organisations/*.yaml');
    expect(JSON.parse(read('.vscode/extensions.json')).recommendations).toContain('redhat.vscode-yaml');
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = read('CONTRIBUTING.md');
  it('has the field tables as the schemas generate them (npm run editor-files)', () => {
    expect(withFieldTables(guide)).toBe(guide);
  });
  it('explains adding each type, preview, errors, images and the pull request, in Dutch', () => {
    for (const heading of ['## Een nieuw bestand beginnen', '### Nieuwsbericht', '### Project', '### Pact', '### Netwerk', '### Thema', '### Organisatie', '### Vaste pagina', '## Je wijziging bekijken (preview)', '## Wat een foutmelding betekent', '## Een foto toevoegen', '## Je pull request']) {
      expect(guide).toContain(heading);
    }
    expect(guide).toContain('npm run new -- nieuws');
    expect(guide).toContain('npm run check');
  });
});

describe('pull-request workflow', () => {
  it('has an editor’s checklist', () => {
    expect(read('.github/PULL_REQUEST_TEMPLATE.md').match(/^- \[ \]/gm)?.length).toBeGreaterThanOrEqual(5);
  });
  it('runs the check, the tests and the build on every pull request', () => {
    const workflow = parse(read('.github/workflows/check.yml'));
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const runs = Object.values(workflow.jobs as Record<string, { steps: { run?: string }[] }>)
      .flatMap((job) => job.steps.map((s) => s.run ?? ''))
      .join('\n');
    for (const command of ['npm run check', 'npm test', 'npm run build']) expect(runs).toContain(command);
  });
  it('deploys dist/ to GitHub Pages from main with the official actions', () => {
    const workflow = parse(read('.github/workflows/deploy.yml'));
    expect(workflow.on.push.branches).toEqual(['main']);
    const uses = [...workflow.jobs.build.steps, ...workflow.jobs.deploy.steps].map((s: { uses?: string }) => s.uses?.split('@')[0]).filter(Boolean);
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(workflow.jobs.build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
    // GitHub Pages unless the owner chose Netlify, which applies _headers (README, "Hosting").
    expect(workflow.jobs.deploy.if).toBe("${{ vars.DEPLOY_TARGET != 'netlify' }}");
    expect(workflow.jobs.netlify.if).toBe("${{ vars.DEPLOY_TARGET == 'netlify' }}");
    expect(workflow.jobs.netlify.steps.at(-1).run).toContain('https://api.netlify.com/api/v1/sites/$NETLIFY_SITE_ID/deploys');
  });
});
