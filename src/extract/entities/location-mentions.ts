import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { ORGANISATION_HEAD_WORDS } from '../../nlp/lexicon/organisations.data.ts';
import { isKnownPlace } from '../../nlp/lexicon/places.lexicon.ts';
import { CONTINENTS } from '../../nlp/lexicon/places.data.ts';
import { MONTH_NAMES } from '../../nlp/lexicon/months.data.ts';
import { EU_BODIES } from '../../nlp/lexicon/eu-bodies.data.ts';
import type { Sentence } from '../../nlp/sentences.ts';

export interface LocationMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly rule: 'location.after-preposition' | 'location.in-authority-name' | 'location.dateline' | 'location.before-country' | 'location.site';
}

const CAPITALISED = "(?:The[ \\u00a0]+)?\\p{Lu}[\\p{L}’'\\-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}’'\\-]+){0,2}";
/** A known place after a locative word ("in Bari", "port of Antwerp") or after an authority's name ("Directorate Bari"). */
const AFTER_PREPOSITION = new RegExp(`\\b(?:in|at|from|to|near|of|across|between|and|via|around|outside|inside|towards)[ \\u00a0]+(${CAPITALISED})`, 'gu');
const AFTER_AUTHORITY = new RegExp(`\\b(?:${ORGANISATION_HEAD_WORDS.join('|')})(?=[ \\u00a0]+(${CAPITALISED}))`, 'gu');
/**
 * "The Hague, 5 May 2025 –", "Brussels, 10 March", "Brussels, 21.12.2021", "(Luxembourg, 6 June 2025) –",
 * "Brussels 30.09.2020": the place a dateline opens with.
 */
const DATELINE = new RegExp(`^\\(?(${CAPITALISED})(?:,[ \\u00a0]+(?:\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]+\\p{Lu}\\p{Ll}+|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b)|[ \\u00a0]+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b)`, 'u');
/** "at its Warsaw headquarters", "the Vienna office": a place naming where a body sits. */
const BEFORE_SITE = new RegExp(`\\b(?:its|their|the)[ \\u00a0]+(${CAPITALISED})[ \\u00a0]+(?=(?:headquarters|HQ|office|offices|premises|seat)\\b)`, 'gu');
/** "Santa Marta, Colombia", "a forum in Budva, Montenegro": a place followed by the country it lies in. */
const BEFORE_COUNTRY = new RegExp(`(?<![\\p{L}\\p{N}’'\\-])(${CAPITALISED}),[ \\u00a0]+(?=(${CAPITALISED}))`, 'gu');
// "Chemnitz, Würzburg,” Nuremberg and Berlin": a stray quotation mark after a comma still lists.
const LIST_ITEM = new RegExp(`^(?:,[”"’]?[ \\u00a0]+|[ \\u00a0]+and[ \\u00a0]+|,[ \\u00a0]+and[ \\u00a0]+)(${CAPITALISED})`, 'u');
/** Single words of the EU bodies' names and acronyms: "Eurojust", "Europol", "EU", "Union", "Commission". */
const EU_BODY_WORDS = [...new Set(EU_BODIES.flatMap((body) => [...body.names, ...(body.acronyms ?? []), ...(body.shortNames ?? [])]).flatMap((form) => form.split(/[ \u00a0]+/)))]
  .filter((word) => /^\p{Lu}[\p{L}]+$/u.test(word))
  .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Words that are never a place's: head words, months, and the words of the EU's bodies' names ("Union", "Eurojust"). */
const NOT_PLACE = new RegExp(`^(?:${[...ORGANISATION_HEAD_WORDS, ...MONTH_NAMES, ...EU_BODY_WORDS, ...CONTINENTS, 'Member', 'States', 'Justice'].join('|')})$`);

export function findLocationMentions(sentence: Sentence): LocationMention[] {
  const found: LocationMention[] = [];
  const starts = new Set<number>();
  const consider = (phrase: string, at: number, rule: LocationMention['rule']): boolean => {
    const words = phrase.split(/[ \u00a0]+/);
    // Longest known prefix: "Nowy Sącz" before "Nowy", "The Hague" before "The".
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ');
      // A dateline names a city, also one that shares its country's name ("(Luxembourg, 6 June 2025)").
      const country = rule !== 'location.dateline' && countryLexicon().byName.has(name);
      if (words.slice(0, n).some((w) => NOT_PLACE.test(w)) || country || countryLexicon().byDemonym.has(name)) continue;
      if (!isKnownPlace(name)) continue;
      const start = sentence.start + at;
      if (!starts.has(start)) found.push({ name, start, end: start + name.length, rule });
      starts.add(start);
      return true;
    }
    return false;
  };
  for (const m of sentence.text.matchAll(AFTER_PREPOSITION)) {
    let at = m.index + m[0].length - m[1]!.length;
    let phrase = m[1]!;
    // "in Bari, Brindisi and Lecce": the places listed after the first one share its preposition.
    while (consider(phrase, at, 'location.after-preposition')) {
      const next = LIST_ITEM.exec(sentence.text.slice(at + phrase.length));
      if (!next) break;
      at += phrase.length + next[0].length - next[1]!.length;
      phrase = next[1]!;
    }
  }
  const dateline = DATELINE.exec(sentence.text);
  if (dateline) consider(dateline[1]!, dateline[0].startsWith('(') ? 1 : 0, 'location.dateline');
  for (const m of sentence.text.matchAll(BEFORE_SITE)) consider(m[1]!, m.index + m[0].trimEnd().length - m[1]!.length, 'location.site');
  for (const m of sentence.text.matchAll(BEFORE_COUNTRY)) {
    if (countryLexicon().byName.has(m[2]!.split(/[ \u00a0]+(?=\p{Ll})/u)[0]!) || isCountryPrefix(m[2]!)) consider(m[1]!, m.index, 'location.before-country');
  }
  for (const m of sentence.text.matchAll(AFTER_AUTHORITY)) consider(m[1]!, sentence.text.indexOf(m[1]!, m.index + m[0].length), 'location.in-authority-name');
  return found.sort((a, b) => a.start - b.start);
}

/** "North Macedonia" in "North Macedonia and …": the longest country name the words after the comma start with. */
function isCountryPrefix(phrase: string): boolean {
  const words = phrase.split(/[ \u00a0]+/);
  for (let n = words.length; n >= 1; n--) if (countryLexicon().byName.has(words.slice(0, n).join(' '))) return true;
  return false;
}
