import type { Token } from '../tokens.ts';
import type { StructureRule } from './structure-span.ts';

/**
 * Addresses and phone numbers: "Eisenhowerlaan 73, 2517 KK The Hague", "Rue de la Loi 175, B-1048
 * Brussels", "Via Roma 12", "2517 KK", "NL-2517", "+31 (0)70 302 5000", "Tel.: 070 302 5000".
 */
const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';
const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;

const STREET_SUFFIX = /\p{L}(?:straat|laan|weg|gracht|plein|kade|singel|dreef|street|road|avenue|strasse|straße|gasse|lane|boulevard|square|allee|platz|steenweg|gade|vej|gatan|katu|utca|ulica|cesta)$/iu;
const STREET_WORDS = /^(?:rue|via|viale|piazza|corso|avenue|av|avenida|calle|rua|boulevard|bd|blvd|chaussée|place|plaza|ulica|ul|strada|street|road|square|lane|drive|quai|platz|allee)$/i;
const PARTICLES = /^(?:de|la|le|du|des|del|della|di|da|do|dos|van|von|der|den|the|of|st|saint|san|santa)$/i;
/** A postcode: four or five digits, or a country prefix glued to them ("B-1048", "NL-2517"). */
const POSTCODE_DIGITS = /^\d{4,5}$/;

function postcodeAt(tokens: readonly Token[], k: number): number {
  if (/^\p{Lu}{1,2}-\d{4,5}$/u.test(tokens[k]?.text ?? '')) return k;
  if (!POSTCODE_DIGITS.test(tokens[k]?.text ?? '')) return -1;
  // "2517 KK The Hague": the letters of a Dutch postcode, then the town ("1000 EU citizens" is a count).
  const letters = /^\p{Lu}{2}$/u.test(tokens[k + 1]?.text ?? '');
  const town = tokens[k + 2] === undefined || tokens[k + 2]!.text === ',' || /^\p{Lu}/u.test(tokens[k + 2]!.text);
  return letters && town ? k + 1 : k;
}

/** A street and its house number, and the postcode after a comma when there is one. */
export const STREET_ADDRESS: StructureRule = {
  id: 'structure.street-address',
  needsDigit: true,
  kind: 'street-address',
  mayHold: /\p{L}\s\d/u,
  *find({ tokens }) {
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i]!.kind !== 'number' || !/^\d{1,4}$/.test(tokens[i]!.text)) continue;
      let last = i;
      if (tokens[last + 1]?.kind === 'word' && /^[a-zA-Z]$/.test(tokens[last + 1]!.text) && glued(tokens[last], tokens[last + 1])) last++;
      const postcode = tokens[last + 1]?.text === ',' ? postcodeAt(tokens, last + 2) : -1;
      // "Lange Voorhout 34, 2514 EE": a name and a number before a postcode are a street and a house.
      const start = streetStart(tokens, i, postcode >= 0);
      if (start < 0) continue;
      if (postcode >= 0) last = postcode;
      yield [start, last] as const;
      i = last;
    }
  },
};

function streetStart(tokens: readonly Token[], number: number, postcodeAfter: boolean): number {
  const before = tokens[number - 1]!;
  if (before.kind === 'word' && /^\p{Lu}/u.test(before.text) && STREET_SUFFIX.test(before.text)) return number - 1;
  // "Rue de la Loi 175", "Via Roma 12": a street word, particles and names, then the number.
  for (let k = number - 1; k >= Math.max(0, number - 5); k--) {
    const word = tokens[k]!;
    if (word.kind !== 'word') break;
    if (STREET_WORDS.test(word.text) && /^\p{Lu}/u.test(word.text) && k < number - 1) return k;
    if (!/^\p{Lu}/u.test(word.text) && !PARTICLES.test(word.text)) break;
  }
  return postcodeAfter && before.kind === 'word' && /^\p{Lu}/u.test(before.text) ? number - 1 : -1;
}

/** "2517 KK The Hague", "B-1048 Brussels": a postcode standing alone. */
export const POSTCODE: StructureRule = {
  id: 'structure.postcode',
  needsDigit: true,
  kind: 'postcode',
  mayHold: /\d{4,5}\s\p{Lu}{2}\b|\b\p{Lu}{1,2}-\d{4,5}\b/u,
  *find({ tokens }) {
    for (let i = 0; i < tokens.length; i++) {
      const last = postcodeAt(tokens, i);
      if (last > i) {
        yield [i, last] as const;
        i = last;
      }
    }
  },
};

const PHONE_LABEL = /^(?:tel|telephone|phone|fax|mobile|gsm|t|f)$/;
/** Groups of a phone number: numbers with spaces, "(0)", "-", "/" or "." between them. */
const MAX_PHONE_TOKENS = 14;

export const PHONE: StructureRule = {
  id: 'structure.phone',
  needsDigit: true,
  kind: 'phone',
  mayHold: /\+\s?\d|\b(?:tel|telephone|phone|fax|mobile|gsm|[TtFf])\b\.?:?\s*\+?\(?\d/i,
  *find({ tokens }) {
    for (let i = 0; i < tokens.length; i++) {
      const plus = tokens[i]!.text === '+' && tokens[i + 1]?.kind === 'number';
      // "T: +32 …" needs its colon; "+15%" is not a phone number.
      const label = tokens[i]!.kind === 'word' && PHONE_LABEL.test(lower(tokens[i])) && (tokens[i]!.text.length > 1 || tokens[i + 1]?.text === ':');
      if (!plus && !label) continue;
      let k = i + 1;
      while (label && k < tokens.length && /^[.:+]$/.test(tokens[k]!.text)) k++;
      let last = -1;
      for (; k < tokens.length && k - i <= MAX_PHONE_TOKENS; k++) {
        const t = tokens[k]!;
        if (t.kind === 'number') last = k;
        else if (!/^[()\-/.]$/.test(t.text)) break;
      }
      const numbers = tokens.slice(i, last + 1).filter((t) => t.kind === 'number');
      if (last < 0 || (plus && numbers.length < 2 && (numbers[0]?.text.length ?? 0) < 8)) continue;
      yield [i, last] as const;
      i = last;
    }
  },
};
