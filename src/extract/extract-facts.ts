import { EXTRACTED_LANGUAGE, languageName } from '../documents/metadata/document-language.ts';
import { DocumentModel } from '../nlp/document-model.ts';
import { EU_BODIES } from '../nlp/lexicon/eu-bodies.data.ts';
import { findCountryMentions, namesItsCapital } from './entities/country-mentions.ts';
import { type EntityMention, groupMentions } from './entities/entity-facts.ts';
import { findLocationMentions } from './entities/location-mentions.ts';
import { findLegalActs, findOperations, legalActKey, nameActsByShortNames, operationKey } from './entities/named-patterns.ts';
import { findPersonMentions } from './entities/person-mentions.ts';
import { organisationConfidence, readOrganisations } from './entities/organisation-entities.ts';
import type { Fact } from './fact.types.ts';
import { extractFigures } from './figures/extract-figures.ts';
import { confidenceOf } from './rule-confidence.ts';
import { extractSignings } from './signings/extract-signings.ts';

export interface ExtractableDocument {
  readonly text: string;
  readonly date: string | null;
  /** ISO 639-1; documents in another language than the rules' get no facts (SPEC.md). */
  readonly language?: string | null;
}

/**
 * Why a document gets no facts, or null when it is extracted. English rules on a French release read
 * "14 mars" as a figure: no facts with the reason beats wrong facts.
 */
export function notExtractedBecause(document: ExtractableDocument): string | null {
  const language = document.language;
  if (!language || language === EXTRACTED_LANGUAGE) return null;
  return `not extracted: the document is in ${languageName(language)} (${language}), and factline's rules read English`;
}

/** Facts are produced by rules of this version; stored facts record it, and a newer one re-extracts. */
export const RULES_VERSION = '2026.12.03-88';

/**
 * The extraction stage: one document's text → its facts, every one with evidence offsets into that
 * text, the rule that made it and the confidence measured for that rule. One document model is built
 * and each reader adds its layer to it (numbers, structure, organisations, persons); facts are built
 * from the top layers.
 * Never throws on strange text: no match is an empty result.
 */
export function extractFacts(document: ExtractableDocument): Fact[] {
  if (notExtractedBecause(document)) return [];
  const model = new DocumentModel(document.text, document.date);
  const { sentences } = model;
  const mentions: EntityMention[] = [];
  const organisations = readOrganisations(model);
  const countries = sentences.map(findCountryMentions);
  const persons = findPersonMentions(model, { countries, organisations });
  const actShortNames = new Map<string, string>();
  for (const [index, sentence] of sentences.entries()) {
    const locations = findLocationMentions(sentence);
    for (const m of countries[index] ?? []) {
      // "the central office in Luxembourg": the city, a location, once (a dateline's place is read as one already).
      if (namesItsCapital(m, countries[index] ?? [], sentence)) {
        if (!locations.some((l) => l.start === m.start)) mentions.push({ type: 'location', key: `location:${m.country.name.toLowerCase()}`, name: m.country.name, start: m.start, end: m.end, sentence: sentence.text, rule: 'location.capital-named-like-country', confidence: 0.7 });
        continue;
      }
      mentions.push({ type: 'country', key: `country:${m.country.code}`, name: m.country.name, code: m.country.code, start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: m.rule === 'country.name' ? 0.95 : 0.75 });
    }
    for (const m of organisations[index] ?? []) {
      mentions.push({ type: 'organisation', key: `organisation:${m.key}`, name: m.name, ...(m.acronym ? { acronym: m.acronym } : {}), start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: organisationConfidence(m.rule) });
    }
    for (const m of persons[index] ?? []) {
      mentions.push({ type: 'person', key: `person:${m.name.toLowerCase()}`, name: m.name, ...(m.role ? { role: m.role } : {}), start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: m.role ? 0.85 : 0.7 });
    }
    for (const m of locations) {
      mentions.push({ type: 'location', key: `location:${m.name.toLowerCase()}`, name: m.name, start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: 0.7 });
    }
    for (const m of nameActsByShortNames(sentence, findLegalActs(sentence), actShortNames)) mentions.push({ type: 'legal_act', key: `legal_act:${legalActKey(m.name)}`, name: m.name, start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: 0.9 });
    for (const m of findOperations(sentence)) mentions.push({ type: 'operation', key: `operation:${operationKey(m.name)}`, name: m.name, start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: 0.8 });
  }
  const facts = [
    ...groupMentions(sameOperations(placesBeforePersons(mentions))),
    ...extractFigures(model),
    ...extractSignings(sentences, { documentDate: document.date, documentAgency: agencyOf(document.text), organisations, countries }),
  ];
  // Every fact's confidence is its rule's precision measured on the gold, whatever a reader guessed.
  return facts.map((fact) => ({ ...fact, confidence: confidenceOf(fact.rule) }));
}

/** "airports including … Charles de Gaulle (Paris)": a name a word for places introduces is the place, not the person. */
function placesBeforePersons(mentions: readonly EntityMention[]): readonly EntityMention[] {
  const listed = new Set(mentions.filter((m) => m.type === 'location' && m.rule === 'location.listed').map((m) => `${m.start}:${m.end}`));
  return listed.size === 0 ? mentions : mentions.filter((m) => m.type !== 'person' || !listed.has(`${m.start}:${m.end}`));
}

/**
 * "Pangea IX" and, later, "Operation Pangea": an operation named without its edition is the edition the document
 * names, when it names only one.
 */
function sameOperations(mentions: readonly EntityMention[]): EntityMention[] {
  const keys = new Set(mentions.filter((m) => m.type === 'operation').map((m) => m.key));
  const edition = (key: string) => {
    const editions = [...keys].filter((k) => k !== key && k.startsWith(`${key} `) && /^ (?:[ivxlc]+|\d{1,3})$/.test(k.slice(key.length)));
    return editions.length === 1 ? editions[0]! : key;
  };
  const nameOf = new Map(mentions.filter((m) => m.type === 'operation').map((m) => [m.key, m.name]));
  return mentions.map((m) => (m.type === 'operation' && edition(m.key) !== m.key ? { ...m, key: edition(m.key), name: nameOf.get(edition(m.key)) ?? m.name } : m));
}

/** The agencies that sign in their own name, by the short name a release's "Source:" line gives. */
const SIGNING_AGENCIES = new Set(EU_BODIES.filter((body) => body.signsArrangements && body.kind !== 'union').flatMap((body) => body.acronyms ?? []));

/** "Source: Europol" at the head of a press release names the agency speaking. */
function agencyOf(text: string): string | null {
  const source = /^Source:\s*(\S+)\s*$/m.exec(text.slice(0, 2000))?.[1];
  return source && SIGNING_AGENCIES.has(source) ? source : null;
}
