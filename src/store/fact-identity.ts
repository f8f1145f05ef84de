import { createHash } from 'node:crypto';
import type { Fact } from '../extract/fact.types.ts';

const hash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 24);

/**
 * Which fact this is, whatever rule version read it: an entity by its code or name, a signing by its
 * counterpart, instrument and status, a figure by its value, unit and sentence (and its rank among equal
 * figures of that sentence). Two readings with the same identity are the same fact, read alike or not.
 */
export function factIdentities(facts: readonly Fact[]): string[] {
  const seen = new Map<string, number>();
  return facts.map((fact) => {
    const base = identityBase(fact);
    const rank = seen.get(base) ?? 0;
    seen.set(base, rank + 1);
    return rank === 0 ? base : `${base}#${rank}`;
  });
}

function identityBase(fact: Fact): string {
  if (fact.kind === 'entity') return `entity|${fact.type}|${(fact.code ?? fact.acronym ?? fact.name).toLowerCase()}`;
  if (fact.kind === 'signing') return `signing|${(fact.counterpartCode ?? fact.counterpart).toLowerCase()}|${fact.instrument}|${fact.status}`;
  return `figure|${fact.value}|${fact.unit}|${hash(fact.evidence.text)}`;
}

/** What a reviewer judged: every field of the fact but the rule's name and confidence. */
export function factContent(fact: Fact): Record<string, unknown> {
  const { rule: _rule, confidence: _confidence, ...content } = fact;
  return content;
}

export const contentHash = (fact: Fact): string => hash(JSON.stringify(factContent(fact)));

/** Field by field, what changed between two readings: `{ subject: ["suspects", "arrested suspects"] }`. */
export function contentDifference(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const difference: Record<string, [unknown, unknown]> = {};
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) difference[key] = [before[key] ?? null, after[key] ?? null];
  }
  return difference;
}
