/** The part of nspell's API the compound splitter uses (the package ships no types). */
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
  }
  export default function nspell(dictionary: { aff: Uint8Array; dic: Uint8Array }): NSpell;
}
