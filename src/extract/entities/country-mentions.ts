import { withCapitalRuns } from '../../nlp/capital-runs.ts';
import { ACTOR_NOUNS } from '../../nlp/lexicon/country-aliases.data.ts';
import { type Country, countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { createPhraseMatcher, type PhraseMatcher } from '../../nlp/phrase-matcher.ts';
import { isKnownPlace } from '../../nlp/lexicon/places.lexicon.ts';
import type { Sentence } from '../../nlp/sentences.ts';

/** One place a country is mentioned: by name ("the Dominican Republic") or through its actors ("French authorities"). */
export interface CountryMention {
  readonly country: Country;
  readonly start: number;
  readonly end: number;
  readonly rule: 'country.name' | 'country.demonym-actor';
}

/** One matcher for names and demonyms: a single pass over the words of each sentence. */
let names: PhraseMatcher | undefined;
const ACTOR_AFTER = new RegExp(`^(?:[ \\u00a0]+(?!of\\b|and\\b|the\\b|for\\b)\\p{L}+){0,2}?[ \\u00a0]+(?:${ACTOR_NOUNS.join('|')})\\b`, 'iu');
/** "Latin American", "South American" are regions, not the United States or South Africa. */
const REGION_BEFORE = /(?:(?:Latin|South|North|Central|Middle)[ \u00a0]|[-‐])$/;
/** The longest thing REGION_BEFORE can match ("Central "): only that much before a demonym is read. */
const REGION_BEFORE_CHARS = 8;

/** "Northern Ireland": a country's name as the end of a place below another country's level. */
function insidePlaceName(sentence: Sentence, match: { start: number; phrase: string }): boolean {
  const word = /(\p{Lu}\p{L}+)[ \u00a0]$/u.exec(sentence.text.slice(Math.max(0, match.start - sentence.start - 20), match.start - sentence.start))?.[1];
  return word !== undefined && /^(?:Northern|Southern|Eastern|Western|Upper|Lower|Greater)$/.test(word) && isKnownPlace(`${word} ${match.phrase}`) && !countryLexicon().byName.has(`${word} ${match.phrase}`);
}

/** "US$ 3 million", "US dollars", "Hong Kong dollars": a country's name as part of its currency's. */
function namesCurrency(sentence: Sentence, match: { end: number }): boolean {
  return /^(?:\$|[ \u00a0]+dollars?\b)/u.test(sentence.text.slice(match.end - sentence.start, match.end - sentence.start + 9));
}

export function findCountryMentions(sentence: Sentence): CountryMention[] {
  const lexicon = countryLexicon();
  names ??= createPhraseMatcher([...lexicon.byName.keys(), ...lexicon.byDemonym.keys()]);
  const matches = withCapitalRuns(sentence.text, (text) => names!(text, sentence.start));
  const mentions: CountryMention[] = matches
    .filter((match) => lexicon.byName.has(match.phrase) && !insidePlaceName(sentence, match) && !namesCurrency(sentence, match))
    .map((match) => ({ country: lexicon.byName.get(match.phrase)!, start: match.start, end: match.end, rule: 'country.name' }));
  mentions.push(...demonymActors(sentence, matches.filter((match) => !lexicon.byName.has(match.phrase))));
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Demonyms count only when the country acts through the noun they qualify, and a coordinated run of
 * them shares the noun: "Belgian, German and Polish authorities" is three countries acting.
 */
function demonymActors(sentence: Sentence, matches: ReturnType<PhraseMatcher>): CountryMention[] {
  const lexicon = countryLexicon();
  const found: CountryMention[] = [];
  let run: typeof matches = [];
  const flush = (endOfRun: number) => {
    const after = sentence.text.slice(endOfRun - sentence.start);
    if (ACTOR_AFTER.test(after)) {
      for (const match of run) found.push({ country: lexicon.byDemonym.get(match.phrase)!, start: match.start, end: match.end, rule: 'country.demonym-actor' });
    }
    run = [];
  };
  matches.forEach((match, index) => {
    const before = sentence.text.slice(Math.max(0, match.start - sentence.start - REGION_BEFORE_CHARS), match.start - sentence.start);
    if (REGION_BEFORE.test(before)) return;
    run.push(match);
    const next = matches[index + 1];
    const gap = next ? sentence.text.slice(match.end - sentence.start, next.start - sentence.start) : '';
    if (!next || !/^(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+and[ \u00a0]+)$/.test(gap)) flush(match.end);
  });
  return found;
}

/**
 * "the central office in Luxembourg", "signed in Luxembourg", "(Luxembourg, 21 July 2023) –": a country named like
 * its capital is the city where a place is said ("in", "at", a dateline), unless it is listed among other countries
 * ("Belgium, Luxembourg and the Netherlands").
 */
export function namesItsCapital(mention: CountryMention, inSentence: readonly CountryMention[], sentence: Sentence): boolean {
  if (mention.rule !== 'country.name' || !countryLexicon().namedLikeCapital.has(mention.country.code)) return false;
  const text = sentence.text;
  const from = mention.start - sentence.start;
  const to = mention.end - sentence.start;
  const listed = inSentence.some((other) => other !== mention && (
    /^\s*(?:,|and|or|, and)\s*(?:the\s+)?$/.test(text.slice(to, Math.max(to, other.start - sentence.start)))
    || /^\s*(?:,|and|or|, and)\s*(?:the\s+)?$/.test(text.slice(Math.min(from, other.end - sentence.start), from))));
  if (listed) return false;
  return /\b(?:in|at)\s+$/.test(text.slice(Math.max(0, from - 6), from)) || /^\s*,\s*\d{1,2}[\s./]/.test(text.slice(to, to + 6));
}
