/** An alt text that says only that there is a picture is told; a real description passes. */
import { describe, expect, it } from 'vitest';
import { altExpected, saysNothing } from '../../src/lib/alt-text.ts';

describe('an alt text that says nothing', () => {
  it.each(['foto', 'Foto', ' FOTO. ', "foto's", 'afbeelding', 'Afbeelding:', 'image', 'IMG', 'photo', 'picture', 'IMG_2041.JPG', 'foto-bewoners.jpeg', 'kaart.png', 'scan.webp', 'Foto 1', 'afbeelding 12', 'IMG_2041', 'IMG-2041', 'DSC01234', 'PXL_20231129_101112', 'Foto!!', 'Foto1', 'afbeelding1'])('%j', (alt) => {
    expect(saysNothing(alt)).toBe(true);
  });
  // The check's own words and examples, copied as they are (helper-42: they passed, and no picture was described).
  it.each(['wat er te zien is', 'Wat er te zien is.', 'een beschrijving van wat er te zien is', 'Twee leerlingen helpen een bewoner met de boodschappen', 'Twee leerlingen helpen een  bewoner met de lunch', 'Beschrijving', 'alt-tekst'])('%j, copied from the check or the guide', (alt) => {
    expect(saysNothing(alt)).toBe(true);
  });
  it.each(['Foto van bewoners in de wijk', 'Twee leerlingen bij een bewoner', 'Grafiek van het aantal vacatures', 'Kaart', 'foto en tekst', 'de foto.jpg van de wijk', 'fotograaf', 'Foto 1 van 3: de opening', '2023', 'Plattegrond van Rotterdam.png', 'kaart.png van de wijk', 'Bewoners, IMG_2041', 'IMG_2041 bewoners'])('%j passes', (alt) => {
    expect(saysNothing(alt)).toBe(false);
  });
});

describe('what to write instead (helper-53: the guide\'s example was refused, and the advice offered another refused one)', () => {
  it('is, for a copied example, a description of the editor\'s own picture, not another example', () => {
    expect(altExpected('Twee leerlingen helpen een bewoner met de lunch.')).toBe('een beschrijving van wat er op jouw afbeelding te zien is, in je eigen woorden (dit is een voorbeeld uit de handleiding)');
    expect(altExpected('Foto')).toBe('een beschrijving van wat er te zien is, zoals "Twee leerlingen helpen een bewoner met de boodschappen"');
  });
});
