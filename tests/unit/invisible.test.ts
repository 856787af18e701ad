/** Characters nobody sees in a content file (src/lib/validation/invisible.ts): which are told, how, and which pass. */
import { describe, expect, it } from 'vitest';
import { unseenCharacters } from '../../src/lib/validation/invisible.ts';

const EXPECT = 'verwacht de tekst zonder dit teken (haal het weg of typ het woord opnieuw; plak tekst uit Word of van een webpagina als platte tekst)';

describe('invisible characters in a content file', () => {
  it.each([
    ['title: Zorg\u200Bmedewerker', 'in "Zorg⟨U+200B⟩medewerker" een onzichtbare spatie (U+200B): niet te zien, maar wel in de pagina en in elke kopie van de tekst'],
    ['een woord\u2060joiner', 'in "woord⟨U+2060⟩joiner" een onzichtbare spatie (U+2060): niet te zien'],
    ['midden\uFEFFin', 'in "midden⟨U+FEFF⟩in" een onzichtbare spatie (U+FEFF)'],
    ['name: VWS\u202Efdp.exe', 'in "VWS⟨U+202E⟩fdp.exe" een onzichtbaar teken dat de schrijfrichting verandert (U+202E): de tekst kan op de pagina in een andere volgorde staan dan in het bestand'],
    ['a\u200Fb', 'in "a⟨U+200F⟩b" een onzichtbaar teken dat de schrijfrichting verandert (U+200F)'],
    ['x\u2066y', 'in "x⟨U+2066⟩y" een onzichtbaar teken dat de schrijfrichting verandert (U+2066)'],
    ['\uF0B7 Eerste punt', 'in "⟨U+F0B7⟩" een teken uit een symboollettertype (U+F0B7), zoals een opsommingsteken uit Word: op de site een leeg vakje'],
    // No character at all: Astro's YAML reader stopped the build on it in a field, in English.
    ['title: Werkbezoek\uFFFF', 'in "Werkbezoek⟨U+FFFF⟩" een code die geen teken is (U+FFFF): op de site een leeg vakje, en in de velden bovenaan kan de site het bestand niet lezen'],
    ['a\uFFFEb', 'in "a⟨U+FFFE⟩b" een code die geen teken is (U+FFFE)'],
    ['zie\uFFFChier', 'in "zie⟨U+FFFC⟩hier" de plek van een geplakte afbeelding (U+FFFC): op de site een leeg vakje'],
    ['regel\u000Bnog een', 'in "regel⟨U+000B⟩nog" een regeleinde uit Word, Shift+Enter (U+000B): op de site niet te zien of een leeg vakje'],
    ['author: Piet\u2028---', 'in "Piet⟨U+2028⟩---" een onzichtbaar regeleinde (U+2028): wat erna staat, lezen programma’s verschillend'],
    ['alinea\u2029nog', 'in "alinea⟨U+2029⟩nog" een onzichtbaar regeleinde (U+2029)'],
    ['bel\u0007', 'in "bel⟨U+0007⟩" een stuurteken (U+0007): op de site niet te zien of een leeg vakje'],
    ['name: Human\u3164itas', 'in "Human⟨U+3164⟩itas" een onzichtbare letter (U+3164): twee namen kunnen er zo hetzelfde uitzien, en zoeken vindt het woord niet'],
    ['\u115F', 'in "⟨U+115F⟩" een onzichtbare letter (U+115F)'],
    ['name: Laurens\u2800Delfshaven', 'in "Laurens⟨U+2800⟩Delfshaven" een onzichtbare letter (U+2800)'],
    ['zorg\u034Fwerk', 'in "zorg⟨U+034F⟩werk" een onzichtbaar opmaakteken (U+034F)'],
    ['zorg\u200Dwerk', 'in "zorg⟨U+200D⟩werk" een onzichtbaar opmaakteken (U+200D): niet te zien'],
    // Tag letters: ASCII nobody sees (hidden instructions for a machine that reads the page).
    ['geheim \u{E0041}\u{E0042}', 'in "⟨U+E0041⟩⟨U+E0042⟩" een onzichtbaar opmaakteken (U+E0041)'],
  ])('tells %j on its line, with the place marked', (line, found) => {
    const [problem, ...more] = unseenCharacters(`---\n${line}\n---\n`);
    expect(more).toEqual([]);
    expect(problem!.line).toBe(2);
    expect(problem!.message).toContain(`gevonden: ${found}`);
    expect(problem!.message).toMatch(/^gevonden: in ".*"[^;]+; verwacht /u);
    expect(problem!.message.endsWith(EXPECT)).toBe(true);
  });

  it('tells each line once, for its first such character, on the right line', () => {
    const text = 'een\n\u200Btwee\u200B en \u202E\ndrie\r\nvier\u00A0\nvijf\u3164\n';
    expect(unseenCharacters(text).map((p) => [p.line, p.message.slice(0, p.message.indexOf(' (U+'))])).toEqual([
      [2, 'gevonden: in "⟨U+200B⟩twee⟨U+200B⟩" een onzichtbare spatie'],
      [5, 'gevonden: in "vijf⟨U+3164⟩" een onzichtbare letter'],
    ]);
  });

  it('reads past a byte-order mark, and marks the place right after a tab', () => {
    expect(unseenCharacters('\uFEFF---\ntitle: Zorg\u200Bmedewerker\n').map((p) => p.line)).toEqual([2]);
    expect(unseenCharacters('naam:\tZorg\u200Bmedewerker')[0]!.message).toMatch(/^gevonden: in "Zorg⟨U\+200B⟩medewerker" een onzichtbare spatie/);
    expect(unseenCharacters('👩\u200D⚕️ en a\u200Bb')[0]!.message).toMatch(/^gevonden: in "a⟨U\+200B⟩b" een onzichtbare spatie/);
  });

  it('shows at most thirty letters on each side of the character', () => {
    const [problem] = unseenCharacters(`woord ${'a'.repeat(40)}\u200B${'b'.repeat(40)} woord`);
    expect(problem!.message).toContain(`in "${'a'.repeat(30)}⟨U+200B⟩${'b'.repeat(30)}" een`);
  });

  it.each([
    ['plain Dutch with accents and quote marks', 'Coöperatie “Zorg” in één wijk – café’s'],
    ['a tab and Windows line ends', 'naam:\tLaurens\r\ntweede regel\r\n'],
    ['no-break spaces (told elsewhere, where they matter)', 'Titel\u00A0met\u202Fharde spaties'],
    ['Word’s optional hyphen: the browser breaks the word there, search reads it whole', 'zorg\u00ADmedewerkers'],
    ['a zero-width joiner inside an emoji', 'een arts 👩\u200D⚕️ en een gezin 👨\u200D👩\u200D👧'],
    ['the tag letters of a regional flag', 'Schotland 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
    ['a byte-order mark as the first character of the file', '\uFEFF---\ntitle: x\n---\n'],
  ])('lets %s pass', (_, text) => {
    expect(unseenCharacters(text)).toEqual([]);
  });
});
