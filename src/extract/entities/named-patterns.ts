import type { Sentence } from '../../nlp/sentences.ts';

/** A named thing found by a pattern: legal acts and operations are written in fixed shapes. */
export interface PatternMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/**
 * "Regulation (EU) 2018/1727", "Directive (EU) 2024/1260", "Council Framework Decision 2008/841/JHA",
 * "Joint Action 97/827/JHA", "Treaty on European Union". Adding a shape is one entry here.
 */
const LEGAL_ACT_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  {
    id: 'legal-act.numbered',
    pattern: /\b(?:(?:Council|Commission|European Parliament and Council)\s+)?(?:Implementing |Delegated )?(?:Framework Decision|Decision|Regulation|Directive|Joint Action|Common Position)\s+(?:\((?:EU|EC|EEC|Euratom)(?:,\s*Euratom)?\)\s*)?(?:No\.?\s*)?\d{2,4}\/\d{1,4}(?:\/(?:JHA|EU|EC|CFSP|EEC))?/g,
  },
  { id: 'legal-act.treaty', pattern: /\bTreaty on (?:the Functioning of )?(?:the )?European Union\b/g },
  // A convention's name is bounded ({0,200}): unbounded, each "Convention on" would read to the end of the sentence.
  { id: 'legal-act.convention', pattern: /\b(?:United Nations |UN |Council of Europe )?Convention (?:on|against) [A-Z][\p{L} -]{0,200}?(?=[,.;(]|\s+(?:and|of \d|in|which|that)\b)/gu },
];

/** "operation Prison Break", "Operation ‘Sky’": the name after the word operation, in capitals or quotes. */
const OPERATION = /\b[Oo]peration\s+(?:[‘“"']([^’”"']{2,40})[’”"']|((?:\p{Lu}[\p{L}\p{N}'-]*)(?:\s+\p{Lu}[\p{L}\p{N}'-]*){0,3}))/gu;

export function findLegalActs(sentence: Sentence): PatternMention[] {
  return LEGAL_ACT_PATTERNS.flatMap(({ id, pattern }) =>
    [...sentence.text.matchAll(pattern)].map((m) => ({ name: m[0].trim(), start: sentence.start + m.index, end: sentence.start + m.index + m[0].trim().length, rule: id })),
  );
}

export function findOperations(sentence: Sentence): PatternMention[] {
  return [...sentence.text.matchAll(OPERATION)].map((m) => {
    const name = (m[1] ?? m[2])!;
    const start = sentence.start + m.index + m[0].indexOf(name);
    return { name, start, end: start + name.length, rule: 'operation.named' };
  });
}
