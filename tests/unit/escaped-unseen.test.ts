/** Unseen characters written as a code between double quotes (helper-56: "\u202E" and "\e[31m" reached pages and the feed). */
import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/lib/validation/check-entries.ts';
import { escapedUnseen } from '../../src/lib/validation/invisible.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { baseline, toContentFiles, withFile } from '../helpers/content.ts';

const told = (frontmatter: string) => {
  const data = `---\n${frontmatter}\ndescription: Een bericht met een beschrijving die lang genoeg is.\ndate: 2023-11-29\ncategory: netwerk\n---\n\nTekst.\n`;
  const { entries } = checkEntries(toContentFiles(withFile(baseline(), { collection: 'news', name: 'code.md', data })));
  return escapedUnseen(entries).map(formatProblem);
};

describe('unseen characters written as a code', () => {
  it('are told in their field, with a comment after the value, in a { } map and in a list, as the page would get them', () => {
    expect(told('title: "Kop met \\u202Eomgekeerd\\u202C woord" # opmerking')).toEqual([
      'content/news/code.md:2  title — gevonden: als code tussen dubbele aanhalingstekens geschreven, in "⟨U+202E⟩omgekeerd⟨U+202C⟩" een onzichtbaar teken dat de schrijfrichting verandert (U+202E): de tekst kan op de pagina in een andere volgorde staan dan in het bestand; verwacht de tekst zonder dit teken (haal het weg of typ het woord opnieuw; plak tekst uit Word of van een webpagina als platte tekst)',
    ]);
    expect(told('title: Een gewone kop voor het bericht\nsource: {name: "Bron \\e[31mROOD", url: "https://www.rotterdam.nl/"}')[0]).toMatch(/^content\/news\/code\.md:3  source\.name — gevonden: als code .* een stuurteken \(U\+001B\)/);
    expect(told('title: Een gewone kop voor het bericht\ntags: ["zorg\\u200Bwerk"]')[0]).toMatch(/tags\[1\] — .*een onzichtbare spatie \(U\+200B\)/);
    // A line end in the value is a space on the page: the word on the next line is another word, not shown with it.
    expect(told('title: "Kop met een woord\\u200B\\nop de volgende regel"')[0]).toContain('gevonden: als code tussen dubbele aanhalingstekens geschreven, in "woord⟨U+200B⟩" een onzichtbare spatie (U+200B)');
  });
  it('leave a quote, a \\ and a line end written as codes alone, and text without codes', () => {
    expect(told('title: "Het \\"pact\\" met \\\\ en een\\nregel"')).toEqual([]);
    expect(told('title: Een gewone kop voor het bericht')).toEqual([]);
  });
});
