/**
 * The web editor's configuration against the schemas it is generated from:
 * every field has its counterpart both ways, with the right widget, label,
 * hint and required flag, and the whole passes the editor's own published
 * configuration schema (shipped in the npm package).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { configYaml, dutchStrings, repoSlug } from '../../src/lib/cms/admin-files.ts';
import { cmsConfig, collectionJsonSchema, type CmsField } from '../../src/lib/cms/config.ts';
import { AREAS, COLLECTIONS, FIELD_LABELS, LABELS, type CollectionName } from '../../src/lib/content-model.ts';
import { projectRoot } from '../helpers/build.ts';

const tags = new Map([['wijkgericht-werken', 'Wijkgericht werken'], ['inclusie', 'Inclusie']]);
const makeConfig = () => cmsConfig({ title: 'Beheer – Zorg en Welzijn Rotterdam', repo: 'zorgwelzijn-rotterdam/site', branch: 'main', siteUrl: 'https://zorgwelzijn-rotterdam.nl', contentFolder: 'content', tags });
// Made afresh for each test, not once as the file loads: a bug that `npm run test:mutation` switches on for a test must
// reach the configuration that test reads (14 mutants of lengths, URL fields and list labels survived that way).
let config = makeConfig();
beforeEach(() => {
  config = makeConfig();
});
const collection = (name: CollectionName) => config.collections.find((c) => c.name === name)!;

interface Json {
  type?: string;
  properties?: Record<string, Json>;
  items?: Json;
  required?: string[];
  description?: string;
}

/** Field paths of a JSON Schema ("source.date", "figures.kind"), with whether each is required. */
function schemaPaths(json: Json, prefix = ''): Map<string, boolean> {
  const paths = new Map<string, boolean>();
  const required = new Set(json.required ?? []);
  for (const [name, field] of Object.entries(json.properties ?? {})) {
    paths.set(prefix + name, required.has(name));
    const nested = field.type === 'object' ? field : field.type === 'array' && field.items?.type === 'object' ? field.items : undefined;
    if (nested) for (const [p, r] of schemaPaths(nested, `${prefix}${name}.`)) paths.set(p, r);
  }
  return paths;
}

function configPaths(fields: CmsField[], prefix = ''): Map<string, CmsField> {
  const paths = new Map<string, CmsField>();
  for (const field of fields) {
    paths.set(prefix + field.name, field);
    if (Array.isArray(field.fields)) for (const [p, f] of configPaths(field.fields as CmsField[], `${prefix}${field.name}.`)) paths.set(p, f);
  }
  return paths;
}

describe('the web editor configuration', () => {
  it('has one collection per content folder, in the folder the model names, with its file format', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...COLLECTIONS]);
    for (const c of config.collections) expect(c.folder).toBe(`content/${c.name}`);
    expect(collection('organisations')).toMatchObject({ extension: 'yaml', format: 'yaml', identifier_field: 'name' });
    expect(collection('news')).toMatchObject({ extension: 'md', format: 'yaml-frontmatter', preview_path: '/nieuws/{{slug}}/' });
    expect(collection('pages').preview_path).toBe('/{{slug}}/');
  });

  for (const name of COLLECTIONS) {
    it(`${name}: every schema field has a field in the editor, and every editor field is in the schema`, () => {
      const schema = schemaPaths(collectionJsonSchema(name));
      const editor = configPaths(collection(name).fields);
      editor.delete('body'); // the Markdown body, which is not frontmatter
      expect([...editor.keys()].sort()).toEqual([...schema.keys()].sort());
      for (const [p, required] of schema) {
        const field = editor.get(p)!;
        expect(field.required, `${name}.${p} required`).toBe(required);
        expect(field.label, `${name}.${p} label`).toMatch(/^[A-Z][^A-Z]/); // a Dutch word, not the field's code name
        expect(field.label).not.toBe(p.split('.').at(-1));
      }
    });
  }

  it('counts a field that is missing from the editor (the check above can fail)', () => {
    const schema = schemaPaths(collectionJsonSchema('news'));
    const editor = configPaths(collection('news').fields.filter((f) => f.name !== 'author'));
    expect([...schema.keys()].filter((p) => !editor.has(p))).toEqual(['author']);
  });

  it('refuses to make the editor when a schema field has no Dutch label, and says where to add one', () => {
    const label = FIELD_LABELS.author!;
    delete FIELD_LABELS.author;
    try {
      expect(makeConfig).toThrow('Het veld news.author heeft geen Nederlands label in FIELD_LABELS (src/lib/content-model.ts).');
    } finally {
      FIELD_LABELS.author = label;
    }
  });

  it('gives each field the widget its type asks for, with hints from the schema descriptions', () => {
    const news = configPaths(collection('news').fields);
    expect(news.get('title')).toMatchObject({ widget: 'string', label: 'Titel', minlength: 5, maxlength: 140, hint: 'De kop van het bericht, 5 tot 140 tekens.' });
    expect(news.get('description')).toMatchObject({ widget: 'text', maxlength: 300 });
    expect(news.get('date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true });
    expect(news.get('category')).toMatchObject({ widget: 'select', options: Object.entries(LABELS.category).map(([value, label]) => ({ label, value })) });
    expect(news.get('tags')).toMatchObject({ widget: 'select', multiple: true, options: [{ label: 'Wijkgericht werken', value: 'wijkgericht-werken' }, { label: 'Inclusie', value: 'inclusie' }] });
    expect(news.get('networks')).toMatchObject({ widget: 'relation', collection: 'networks', value_field: '{{slug}}', display_fields: ['title'], multiple: true });
    expect(news.get('organisations')).toMatchObject({ widget: 'relation', collection: 'organisations', display_fields: ['name'] });
    expect(news.get('source')).toMatchObject({ widget: 'object', required: false });
    expect(news.get('source.url')).toMatchObject({ widget: 'string', type: 'url' });
    // A field inside another has its own label: the source's author and date are not the item's.
    expect([news.get('source.author')!.label, news.get('source.date')!.label]).toEqual(['Schrijver bij de bron', 'Datum bij de bron']);
    // A photo is a file next to the entry, never a link to one elsewhere (no third-party requests).
    expect(news.get('image.src')).toMatchObject({ widget: 'image', required: true, choose_url: false, accept: 'image/jpeg,image/png,image/webp,image/avif' });
    expect(news.get('draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(news.get('body')).toMatchObject({ widget: 'markdown', label: 'Tekst' });
    const projects = configPaths(collection('projects').fields);
    expect(projects.get('lead')).toMatchObject({ widget: 'relation', collection: 'organisations', multiple: false });
    expect(projects.get('figures')).toMatchObject({ widget: 'list', label: 'Kerncijfers', label_singular: 'Kerncijfer' });
    // 1.200 in the editor's number box is one point two: the hint says how to write twelve hundred.
    expect(projects.get('figures.value')).toMatchObject({ widget: 'number', value_type: 'float', hint: 'Het getal zelf, zonder punt voor duizendtallen: 1200; een komma schrijf je als punt (12.5).' });
    expect(projects.get('figures.kind')).toMatchObject({ widget: 'select', label: 'Resultaat of doel' });
    expect(projects.get('targetGroups')).toMatchObject({ widget: 'select', multiple: true });
    expect(configPaths(collection('networks').fields).get('partnerCount')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(configPaths(collection('networks').fields).get('area')).toMatchObject({ widget: 'select', options: AREAS.map((a) => ({ label: a, value: a })) });
    expect(configPaths(collection('pacts').fields).get('themes')).toMatchObject({ widget: 'list', label_singular: 'Thema', field: { widget: 'string' } });
    expect(configPaths(collection('pacts').fields).get('contact.email')).toMatchObject({ widget: 'string', type: 'email' });
    expect(collection('organisations').fields.map((f) => f.name)).not.toContain('body');
  });

  it('gives every field a hint in plain Dutch for editors: no field names, code or file paths', () => {
    const hints = config.collections.flatMap((c) => {
      const walk = (fields: readonly CmsField[]): { name: string; hint?: string }[] =>
        fields.flatMap((f) => {
          const nested = f as unknown as { fields?: CmsField[]; field?: CmsField };
          return [f, ...walk(nested.fields ?? []), ...walk(nested.field ? [nested.field] : [])];
        });
      return walk(c.fields).map((f) => ({ where: `${c.name}.${f.name}`, hint: f.hint }));
    });
    expect(hints.filter((h) => h.hint).length).toBeGreaterThan(60);
    const fieldNames = ['src', 'alt', 'caption', 'credit', 'asOf', 'value', 'unit', 'kind', 'role', 'organisation', 'email', 'name', 'label', 'targetGroups', 'partnerCount'];
    const code = [/\bids?\b/i, /\btrue\b|\bfalse\b/, /##/, /`/, /content\//, /\.ya?ml\b/, /\bslug\b/i, /\bdraft\b/, /[a-z]+-[a-z]+"/];
    for (const { where, hint } of hints) {
      if (!hint) continue;
      for (const name of fieldNames) expect(hint, `${where}: ${hint}`).not.toMatch(new RegExp(`\\b${name}\\b`));
      for (const pattern of code) expect(hint, `${where}: ${hint}`).not.toMatch(pattern);
    }
  });

  it('speaks Dutch everywhere: every string the editor has in English is there in Dutch', () => {
    const flat = (o: object, prefix = ''): [string, string][] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]]));
    const english = flat(JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/@sveltia/cms/locales/en-US.json'), 'utf8')));
    const dutch = new Map(flat(dutchStrings()));
    expect(english.length).toBeGreaterThan(900);
    expect(english.filter(([key]) => !dutch.has(key)).map(([key]) => key)).toEqual([]);
    expect(dutch.get('show_errors')).toBe('Fouten tonen');
    // The editor's own Dutch stays as it is; only what it lacked is added.
    const own = new Map(flat(JSON.parse(readFileSync(path.join(projectRoot, 'node_modules/@sveltia/cms/locales/nl.json'), 'utf8'))));
    for (const [key, value] of own) expect(dutch.get(key)).toBe(value);
  });

  it('puts photos and images in the text next to the entry, written as ./foto.jpg; the shared library in content/afbeeldingen/', () => {
    for (const name of ['news', 'projects', 'networks', 'pacts', 'themes', 'pages'] as const) expect(collection(name), name).toMatchObject({ media_folder: '', public_folder: './' });
    expect(collection('organisations').media_folder).toBeUndefined();
    // The editor requires a shared library with an absolute public path (it refuses ./ and ../ there).
    expect(config).toMatchObject({ media_folder: 'content/afbeeldingen', public_folder: '/afbeeldingen' });
  });

  it('works through pull requests: editorial workflow and open authoring on GitHub; the fourteen networks cannot be added to or removed', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'zorgwelzijn-rotterdam/site', branch: 'main', open_authoring: true, auth_methods: ['token'] });
    expect(cmsConfig({ title: 'Beheer', repo: 'a/b', branch: 'main', siteUrl: 'https://x.nl', contentFolder: 'content', tags, authUrl: 'https://auth.example.nl' }).backend).toMatchObject({ base_url: 'https://auth.example.nl', auth_methods: ['oauth', 'token'] });
    expect(collection('networks')).toMatchObject({ create: false, delete: false });
    expect(collection('news')).toMatchObject({ create: true, delete: true });
    expect(config.output.omit_empty_optional_fields).toBe(true);
    expect(repoSlug('https://github.com/zorgwelzijn-rotterdam/site')).toBe('zorgwelzijn-rotterdam/site');
  });

  it('passes the editor\'s published configuration schema, which refuses a wrong option', () => {
    const schemaFile = path.join(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json');
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('regex', (value: string) => {
      try {
        new RegExp(value);
        return true;
      } catch {
        return false;
      }
    });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    const written = parse(configYaml(path.join(projectRoot, 'content')));
    expect(validate(written), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const wrong = structuredClone(written);
    wrong.collections[0].fields[0].minlength = 'vijf';
    wrong.publish_mode = 'direct';
    expect(validate(wrong)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/publish_mode']));
  });

  it('offers the site\'s own tags, read from content/trefwoorden.yaml', () => {
    const written = parse(configYaml(path.join(projectRoot, 'content')));
    const options = written.collections[0].fields.find((f: CmsField) => f.name === 'tags').options;
    expect(options).toContainEqual({ label: 'Wijkgericht werken', value: 'wijkgericht-werken' });
    expect(options.length).toBeGreaterThan(5);
  });
  it('shows the site\'s name and logo on its sign-in screen, and links to the site', () => {
    expect(config).toMatchObject({ app_title: 'Beheer – Zorg en Welzijn Rotterdam', site_url: 'https://zorgwelzijn-rotterdam.nl', logo_url: '/favicon.svg' });
  });

  it('describes in Dutch the commits and pull requests an editor makes, in one commit each when merged', () => {
    expect(config.backend).toMatchObject({
      auth_scope: 'public_repo',
      squash_merges: true,
      commit_messages: {
        create: 'Nieuw in {{collection}}: {{slug}}',
        update: 'Bijgewerkt in {{collection}}: {{slug}}',
        delete: 'Verwijderd uit {{collection}}: {{slug}}',
        uploadMedia: 'Foto toegevoegd: {{path}}',
        deleteMedia: 'Foto verwijderd: {{path}}',
        openAuthoring: '{{message}} (via de webeditor, door {{author-login}})',
      },
    });
  });

  it('makes file names from the title (the name for organisations) as the content model wants them: lowercase ASCII, accents dropped, hyphens', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true });
    for (const c of config.collections) expect(c.slug, c.name).toBe(c.name === 'organisations' ? '{{name}}' : '{{title}}');
  });

  it('names every collection in Dutch with a capital, in the plural and for one entry', () => {
    expect(config.collections.map((c) => [c.label, c.label_singular])).toEqual([
      ['Nieuws', 'Nieuwsbericht'],
      ['Pacten', 'Pact'],
      ['Netwerken', 'Netwerk'],
      ['Projecten', 'Project'],
      ['Thema’s', 'Thema'],
      ['Organisaties', 'Organisatie'],
      ['Pagina’s', 'Pagina'],
    ]);
  });

  it('shows the pact form field by field: labels, hints, lengths as the check counts them, a searchable organisation, the text last', () => {
    const relation = (multiple: boolean) => ({ widget: 'relation', collection: 'organisations', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'], multiple });
    expect(collection('pacts').fields).toEqual([
      { name: 'title', label: 'Titel', hint: 'Naam van het pact.', widget: 'string', minlength: 5, maxlength: 140, required: true },
      { name: 'region', label: 'Regio', hint: 'Regio van het pact, zoals "Flevoland".', widget: 'string', minlength: 2, maxlength: 80, required: true },
      { name: 'description', label: 'Samenvatting', hint: 'Samenvatting van 20 tot 300 tekens.', widget: 'text', minlength: 20, maxlength: 300, required: true },
      {
        name: 'chair',
        label: 'Voorzitter',
        hint: 'De voorzitter: naam, functie en organisatie.',
        widget: 'object',
        fields: [
          { name: 'name', label: 'Naam', hint: 'Naam van de persoon.', widget: 'string', minlength: 2, maxlength: 120, required: true },
          { name: 'role', label: 'Functie of rol', hint: 'Functie of rol, zoals "Projectleider".', widget: 'string', minlength: 2, maxlength: 120, required: false },
          { name: 'organisation', label: 'Organisatie', hint: 'De organisatie waar de persoon werkt.', ...relation(false), required: false },
        ],
        required: false,
      },
      { name: 'members', label: 'Deelnemende organisaties', hint: 'De organisaties die meedoen.', ...relation(true), required: false },
      { name: 'organisations', label: 'Ook genoemde organisaties', hint: 'Andere organisaties die de tekst noemt, zonder lid te zijn.', ...relation(true), required: false },
      {
        name: 'themes',
        label: 'Thema’s',
        hint: 'Thema’s van het pact, in gewone tekst.',
        widget: 'list',
        label_singular: 'Thema',
        field: { name: 'item', label: 'Thema’s', widget: 'string', minlength: 2, maxlength: 120, required: true },
        required: false,
      },
      { name: 'founded', label: 'Opgericht op', hint: 'Datum van oprichting.', widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: false },
      { name: 'website', label: 'Website', hint: 'Website van het pact.', widget: 'string', type: 'url', required: false },
      {
        name: 'contact',
        label: 'Contactpersoon',
        hint: 'De contactpersoon: naam en zakelijk e-mailadres.',
        widget: 'object',
        fields: [
          { name: 'name', label: 'Naam', hint: 'Naam van de contactpersoon.', widget: 'string', minlength: 2, maxlength: 120, required: false },
          { name: 'email', label: 'E-mailadres', hint: 'Zakelijk e-mailadres.', widget: 'string', type: 'email', required: false },
        ],
        required: false,
      },
      { name: 'draft', label: 'Concept', hint: 'Aan: een concept, alleen te zien in de preview en nooit gepubliceerd.', widget: 'boolean', default: false, required: false },
      { name: 'body', label: 'Tekst', widget: 'markdown', required: false, hint: 'De tekst zelf, met tussenkoppen, lijsten en links waar dat helpt.' },
    ]);
  });
});
