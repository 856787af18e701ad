/**
 * YAML as Astro reads frontmatter (js-yaml's default schema, in @astrojs/internal-helpers), so the check sees the
 * values the build gets: the yaml package's YAML 1.2 core schema, plus js-yaml's unquoted dates and binary numbers.
 * Without them `author: 2023-11-29` passed the check as text and stopped the build with Astro's English error, as a
 * date where text belongs; `city: 0b1010101` likewise, as a number (helper-55).
 */
import { parseDocument, Schema, type LineCounter, type ScalarTag } from 'yaml';

/** The yaml package's own timestamp tag (its resolve), read from the schema that has it. */
const yamlTimestamp = new Schema({ customTags: ['timestamp'] }).tags.find((tag) => tag.tag === 'tag:yaml.org,2002:timestamp') as ScalarTag;

/**
 * js-yaml's timestamps: a date with two-digit month and day (2023-1-2 stays text), or a date and time. Narrower than
 * the yaml package's own pattern, whose resolve reads every value this one matches.
 */
const JS_YAML_TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

/**
 * A day that does not exist (2023-13-01, 2023-02-30) stays text: js-yaml would roll it on to another day (2024-01-01)
 * without a word, and the check's date rule says what is wrong with it, which stops the build before Astro reads it.
 */
function existingDay(text: string): boolean {
  const [year, month, day] = text.split(/[-Tt \t]/, 3).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const timestamp: ScalarTag = {
  ...yamlTimestamp,
  test: JS_YAML_TIMESTAMP,
  // js-yaml takes a point with no fraction after it (12:00:00.), which the yaml package's own reading does not.
  resolve: (text, onError, options) => (existingDay(text) ? yamlTimestamp.resolve(text.replace(/(:[0-9]{2})\.(?![0-9])/, '$1'), onError, options) : text),
};

/**
 * js-yaml's integers in another base that YAML 1.2 reads as text: binary (0b1010; with _ between digits it is text to
 * js-yaml 4, as 1_000 is), and hexadecimal and octal with a sign (-0x1F, +0o17; without one the core schema reads them).
 */
const RADIX = { b: 2, o: 8, x: 16 } as const;
const otherBase: ScalarTag = {
  // Read only, never written: no identify, which only stringifying asks.
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: /^(?:[-+]?0b[01]+|[-+]0o[0-7]+|[-+]0x[0-9a-fA-F]+)$/,
  resolve: (text) => {
    const [, sign, base, digits] = /^([-+]?)0([box])(.*)$/.exec(text)!;
    return (sign === '-' ? -1 : 1) * parseInt(digits!, RADIX[base as keyof typeof RADIX]);
  },
};

/** Is this plain text one that Astro reads as a date (a day that does not exist included, which it rolls on)? */
export const readAsTimestamp = (text: string): boolean => JS_YAML_TIMESTAMP.test(text);

/** The tags to add to the core schema (parseDocument's customTags). */
export const ASTRO_YAML_TAGS: ScalarTag[] = [timestamp, otherBase];

/** Frontmatter read as Astro reads it (its tags, a field twice an error), with the errors kept as data for the check's messages. */
export const parseAsAstro = (text: string, lineCounter: LineCounter) => parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, customTags: ASTRO_YAML_TAGS });
