/** The file name `npm run new` gives a title: never one the check refuses, never one too long to read. */
import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH, idFor, scaffold } from '../../src/lib/scaffold.ts';
import { reservedIdReason } from '../../src/lib/validation/check-entries.ts';
import { SLUG_PATTERN } from '../../src/lib/content-model.ts';

describe('the file name of a new entry', () => {
  it('is the title in lowercase words with hyphens', () => {
    expect(idFor('news', 'Coöperatief samenwerken in IJsselmonde')).toBe('cooperatief-samenwerken-in-ijsselmonde');
  });
  it('holds no date: today is in the date field only (as CONTRIBUTING says)', () => {
    const entry = scaffold('nieuws', 'Nieuwe leerwerkplekken in Charlois', new Date('2024-03-01T10:00:00Z'));
    expect(entry.file).toBe('news/nieuwe-leerwerkplekken-in-charlois.md');
    expect(entry.text).toContain('\ndate: 2024-03-01\n');
  });
  it('a long title is cut between words, at most 60 characters', () => {
    const title = 'Zorg en welzijn in Rotterdam: veertien coöperatieve netwerken ondertekenen samen een overeenkomst in het Maritiem Museum';
    const id = idFor('news', title);
    expect(id).toBe('zorg-en-welzijn-in-rotterdam-veertien-cooperatieve-netwerken');
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(SLUG_PATTERN.test(id)).toBe(true);
    expect(scaffold('nieuws', title).file).toBe(`news/${id}.md`);
    // One long word is cut, not dropped.
    expect(idFor('news', 'a'.repeat(80))).toBe('a'.repeat(60));
  });
  it.each([
    ['pagina', 'Nieuws', 'pagina', 'Nieuws pagina', 'nieuws-pagina'],
    ['pagina', 'Zoeken', 'pagina', 'Zoeken pagina', 'zoeken-pagina'],
    ['pagina', 'Beheer', 'pagina', 'Beheer pagina', 'beheer-pagina'],
    ['nieuws', '2024', 'nieuws', '2024 nieuwsbericht', '2024-nieuwsbericht'],
    ['nieuws', 'Tag', 'nieuws', 'Tag nieuwsbericht', 'tag-nieuwsbericht'],
    ['project', 'Status', 'project', 'Status project', 'status-project'],
  ])('%s "%s", a name the site uses itself, is refused with a title that works', (kind, title, kindWord, suggestion, suggestedId) => {
    expect(() => scaffold(kind, title)).toThrow(`npm run new -- ${kindWord} "${suggestion}"`);
    const entry = scaffold(kind, suggestion);
    expect(entry.file.split('/')[1]!.replace(/\.\w+$/, '')).toBe(suggestedId);
    expect(reservedIdReason(entry.collection, suggestedId)).toBeUndefined();
  });
});
