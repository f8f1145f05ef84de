import { splitSentences } from '../nlp/sentences.ts';
import { findCountryMentions } from './entities/country-mentions.ts';
import { type EntityMention, groupMentions } from './entities/entity-facts.ts';
import { findLegalActs, findOperations } from './entities/named-patterns.ts';
import type { Fact } from './fact.types.ts';
import { extractFigures } from './figures/extract-figures.ts';
import { extractSignings } from './signings/extract-signings.ts';

export interface ExtractableDocument {
  readonly text: string;
  readonly date: string | null;
}

/** Facts are produced by rules of this version; stored facts record it, and a newer one re-extracts. */
export const RULES_VERSION = '2026.11.22-1';

/**
 * The extraction stage: one document's text → its facts, every one with evidence offsets into that
 * text, the rule that made it and a confidence. Layers run in order: sentences → mentions → facts.
 * Never throws on strange text: no match is an empty result.
 */
export function extractFacts(document: ExtractableDocument): Fact[] {
  const sentences = splitSentences(document.text);
  const mentions: EntityMention[] = [];
  for (const sentence of sentences) {
    for (const m of findCountryMentions(sentence)) {
      mentions.push({ type: 'country', key: `country:${m.country.code}`, name: m.country.name, code: m.country.code, start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: m.rule === 'country.name' ? 0.95 : 0.75 });
    }
    for (const m of findLegalActs(sentence)) mentions.push({ type: 'legal_act', key: `legal_act:${m.name.toLowerCase()}`, name: m.name, start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: 0.9 });
    for (const m of findOperations(sentence)) mentions.push({ type: 'operation', key: `operation:${m.name.toLowerCase()}`, name: m.name, start: m.start, end: m.end, sentence: sentence.text, rule: m.rule, confidence: 0.8 });
  }
  return [
    ...groupMentions(mentions),
    ...extractFigures(sentences, document.text),
    ...extractSignings(sentences, { documentDate: document.date, documentAgency: agencyOf(document.text) }),
  ];
}

/** "Source: Europol" at the head of a press release names the agency speaking. */
function agencyOf(text: string): string | null {
  return /^Source:\s*(Eurojust|Europol|EPPO|Frontex|CEPOL|OLAF)\s*$/m.exec(text.slice(0, 2000))?.[1] ?? null;
}
