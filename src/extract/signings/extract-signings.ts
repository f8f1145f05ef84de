import { INSTRUMENT_WORDINGS, NEGATION, STATUS_CUES, type StatusCue } from '../../nlp/lexicon/instruments.data.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { type Country, countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { type CountryMention, findCountryMentions } from '../entities/country-mentions.ts';
import type { OrganisationMention } from '../entities/organisation-mentions.ts';
import type { Instrument, SigningFact, SigningStatus } from '../fact.types.ts';
import { euSideMentions, euSideParty } from './eu-side-party.ts';
import { dateInText } from './signing-date.ts';

export interface SigningContext {
  /** The document's own date: a signing reported as happening now takes it. */
  readonly documentDate: string | null;
  /** The agency the document comes from ("Source: Europol"), when known. */
  readonly documentAgency: string | null;
  /** Organisation mentions per sentence (same order as the sentences), for organisation counterparts. */
  readonly organisations?: readonly (readonly OrganisationMention[])[];
  /** Country mentions per sentence, when the caller has them already. */
  readonly countries?: readonly (readonly CountryMention[])[];
}

/** A possible counterpart: a country, or a non-EU organisation named in the clause. */
interface Candidate {
  readonly key: string;
  readonly name: string;
  readonly code?: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

const MAY_HOLD_SIGNING = /agreement|arrangement|memorand|\bMoU|declaration|letters? of intent|treat(?:y|ies)|instrument/i;
/** Clauses end where a new statement starts: "…with Armenia, while the United Arab Emirates joined…". */
const CLAUSE_BREAK = /;|,\s+(?:while|whereas|but|although|which|who)\b|\.\s/g;

interface Cue { readonly status: SigningStatus; readonly index: number; readonly end: number; readonly id: string }

/** Signings in reading order, one per counterpart, status and instrument per document. */
export function extractSignings(sentences: readonly Sentence[], context: SigningContext): SigningFact[] {
  const signings: SigningFact[] = [];
  const seen = new Set<string>();
  let lastInstrument: Instrument | null = null;
  for (const [index, sentence] of sentences.entries()) {
    if (!MAY_HOLD_SIGNING.test(sentence.text)) continue;
    const mention = instrumentIn(sentence.text);
    if (!mention) continue;
    const instrument: Instrument = mention.refersBack ? (lastInstrument ?? 'other') : mention.instrument;
    if (!mention.refersBack && instrument !== 'other') lastInstrument = instrument;
    if (instrument === 'other' && !/\b(?:Eurojust|Europol|EU|European Union|EPPO|Commission)\b/.test(sentence.text)) continue;
    // Read once per sentence: a sentence may name hundreds of counterparts (a list of partner countries).
    const cues = cuesIn(sentence.text);
    const breaks = clauseBreaks(sentence.text);
    const euSide = euSideMentions(sentence.text);
    const countries = context.countries?.[index] ?? findCountryMentions(sentence);
    for (const country of candidatesIn(sentence, countries, context.organisations?.[index] ?? [])) {
      const at = country.start - sentence.start;
      const clause = clauseAround(breaks, at, sentence.text.length);
      if (mention.index < clause.start || mention.index > clause.end) continue;
      const cue = nearestCue(cues.filter((c) => c.index >= clause.start && c.index < clause.end), at, sentence.text);
      if (!cue) continue;
      const key = `${country.key}|${cue.status}|${instrument}`;
      if (seen.has(key) || negated(sentence.text, cue, mention.index)) continue;
      const party = euSideParty(euSide, cue.index, context.documentAgency);
      seen.add(key);
      // The date belongs to this statement only up to the next status wording: "negotiations with
      // Tanzania are under way, and Europol plans to conclude … in 2027" dates the plan, not the talks.
      const nextCue = cues.find((c) => c.index > at && c.index < clause.end && c.status !== cue.status);
      const date = dateInText(sentence.text.slice(clause.start, nextCue?.index ?? clause.end), context.documentDate) ?? (cue.status === 'signed' ? context.documentDate : null);
      signings.push({
        kind: 'signing',
        instrument,
        parties: [party, country.name],
        counterpart: country.name,
        ...(country.code ? { counterpartCode: country.code } : {}),
        status: cue.status,
        date,
        evidence: { text: sentence.text, start: sentence.start + Math.min(mention.index, cue.index, at), end: Math.max(country.end, sentence.start + mention.end) },
        rule: `signing.${cue.id}.${mention.id}`,
        confidence: country.confidence,
      });
    }
  }
  return signings;
}

/**
 * Countries named in the sentence, and organisations that are neither EU-side nor a national body of a
 * country already named ("the Federal Police of Brazil" is Brazil's). A country inside a longer,
 * abbreviated name ("Mechanism – Syria (IIIM)") is the organisation's, not a counterpart.
 */
function candidatesIn(sentence: Sentence, mentions: readonly CountryMention[], organisations: readonly OrganisationMention[]): Candidate[] {
  const countries = mentions
    .filter((c) => !organisations.some((o) => o.start <= c.start && c.end <= o.end && o.acronym))
    .filter((c) => !/^\s*\(\p{Lu}{2,}\)/u.test(sentence.text.slice(c.end - sentence.start)))
    .map((c) => ({ key: c.country.code, name: c.country.name, code: c.country.code, start: c.start, end: c.end, confidence: c.rule === 'country.name' ? 0.85 : 0.7 }));
  const bodies = organisations
    .filter((o) => o.side !== 'eu' && !countries.some((c) => o.start <= c.start && c.end <= o.end))
    // EU-side bodies and their parts; "Commission" alone is the European one, not a national commission.
    .filter((o) => !/\b(?:Eurojust|Europol|EPPO|European Union|Council of the European Union)\b|^(?:European )?Commission$/.test(o.name))
    .map((o): Candidate => {
      // A national body ("the Kenyan Directorate of Criminal Investigations") stands for its country.
      const country = countryOfBody(o.name);
      return country
        ? { key: country.code, name: country.name, code: country.code, start: o.start, end: o.end, confidence: 0.7 }
        : { key: (o.acronym ?? o.name).toLowerCase(), name: o.name, start: o.start, end: o.end, confidence: 0.7 };
    })
    .filter((b) => !countries.some((c) => c.key === b.key));
  return [...countries, ...bodies].sort((a, b) => a.start - b.start);
}

function countryOfBody(name: string): Country | undefined {
  const { byName, byDemonym } = countryLexicon();
  // After a spaced dash comes what an international body deals with ("Mechanism – Syria"), or a sub-unit:
  // the body's own nationality, if any, is said before it ("Israeli Police – Cybercrime Unit").
  const words = name.split(/[ \u00a0]+[–—-][ \u00a0]+/)[0]!.split(/[ \u00a0]+/);
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      // "Latin American Agency", "Ibero-American Association": a region's adjective, not the United States.
      if (/^(?:Latin|South|North|Central|Ibero)$/.test(words[i - 1] ?? '') || /^Ibero-/.test(words[i] ?? '')) continue;
      // "Mission for Kosovo", "Mechanism for Myanmar": the country the body works on, not its own.
      if (words[i - 1] === 'for') continue;
      const country = byName.get(phrase) ?? byDemonym.get(phrase);
      if (country) return country;
    }
  }
  return undefined;
}

function instrumentIn(text: string) {
  for (const wording of INSTRUMENT_WORDINGS) {
    const match = wording.pattern.exec(text);
    if (match) return { ...wording, index: match.index, end: match.index + match[0].length };
  }
  return null;
}

function cuesIn(text: string): Cue[] {
  return STATUS_CUES.flatMap((cue: StatusCue) => [...text.matchAll(cue.pattern)].map((m) => ({ status: cue.status, index: m.index, end: m.index + m[0].length, id: cue.id })))
    .sort((a, b) => a.index - b.index);
}

/**
 * The cue nearest before the counterpart ("signed with [Armenia]"), else the nearest after it
 * ("[Ecuador] was signed"). A negotiation that is only sought is planned ("seeks authorisation to open
 * negotiations"), and so is a signing under a modal ("will be signed").
 */
function nearestCue(cues: readonly Cue[], at: number, text: string): Cue | undefined {
  const before = cues.filter((c) => c.index < at);
  const chosen = before.at(-1) ?? cues.find((c) => c.index > at);
  if (!chosen) return undefined;
  // Only a wish that governs the same clause counts: "seeks authorisation to open negotiations", not
  // "proposed agreements, and the Council authorised the opening of negotiations".
  const planned = before.find((c) => c.status === 'planned' && c.index < chosen.index && chosen.index - c.end < 80);
  const completed = /^authori[sz]ed/i.test(text.slice(chosen.index, chosen.end));
  const separated = planned !== undefined && /,\s+and\b|;/.test(text.slice(planned.end, chosen.index));
  if (chosen.status !== 'planned' && planned && !completed && !separated) return { ...chosen, status: 'planned', id: planned.id };
  return chosen;
}

/** "do not allow", "has not signed", "is no basis for": a negation between the cue and the instrument. */
function negated(text: string, cue: Cue, instrumentIndex: number): boolean {
  const from = Math.min(cue.index, instrumentIndex);
  const to = Math.max(cue.index, instrumentIndex);
  return NEGATION.test(text.slice(Math.max(0, from - 12), to));
}

function clauseBreaks(text: string): { index: number; end: number }[] {
  return [...text.matchAll(CLAUSE_BREAK)].map((match) => ({ index: match.index, end: match.index + match[0].length }));
}

/** The clause holding offset `at`: from the end of the last break before it to the next break. */
function clauseAround(breaks: readonly { index: number; end: number }[], at: number, length: number): { start: number; end: number } {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle]!.index < at) low = middle + 1;
    else high = middle;
  }
  return { start: breaks[low - 1]?.end ?? 0, end: breaks[low]?.index ?? length };
}
