import { resolveCountry } from '../nlp/lexicon/countries.lexicon.ts';

const MAX_LENGTH = 200;
/** C0/C1 controls, and the direction marks, embeddings, overrides and isolates that make text display in another order than it is stored. */
const INVISIBLE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const MARKUP = /[<>]/;

/**
 * A reviewer's free text, checked the same for every text field: bounded, and with nothing invisible
 * that would make a stored value read differently from how it shows. Names (an entity's, a signing's
 * counterpart and parties) also refuse markup: `<` and `>` belong to no name, only to an injection.
 */
export function editTextProblem(label: string, text: string, options: { name?: boolean } = {}): string | null {
  if (text.length > MAX_LENGTH) return `${label} is at most ${MAX_LENGTH} characters, not ${text.length}`;
  if (INVISIBLE.test(text)) return `${label} holds a control or text-direction character; type it again without`;
  if (options.name && MARKUP.test(text)) return `${label} cannot hold < or >`;
  return null;
}

/**
 * A signing's counterpart as the rules store it: a country by its canonical name with its ISO code
 * (`Turkey`, `the Republic of Türkiye` → `Türkiye`, `TR`), anything else (an organisation, a body) as
 * typed and without a code, since a code left from the old reading would name the wrong country.
 */
export function counterpartOf(text: string): { counterpart: string; counterpartCode: string | null } {
  // Typed in a form, "morocco" means Morocco; the lexicon is case-sensitive only so that running text's "turkey" is a bird.
  const country = resolveCountry(text) ?? resolveCountry(text.replace(/(^|[\s-])(\p{Ll})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase()));
  return country ? { counterpart: country.name, counterpartCode: country.code } : { counterpart: text, counterpartCode: null };
}
