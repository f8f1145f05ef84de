import type { KindScore, ScoredKind } from './score.ts';

/** Rules with fewer facts than this on dev get no measured confidence: a precision of 3/4 says little. */
export const MIN_FACTS_FOR_CONFIDENCE = 5;

export interface RulePrecision {
  readonly rule: string;
  readonly facts: number;
  /** Facts of the rule that match gold leniently, and that match it in every strict field. */
  readonly lenient: number;
  readonly strict: number;
}

/** Each rule's facts and how many matched, from the dev split's totals, sorted by rule id. */
export function rulePrecisions(totals: Record<ScoredKind, KindScore>): RulePrecision[] {
  const byRule = new Map<string, { facts: number; lenient: number; strict: number }>();
  for (const score of Object.values(totals)) {
    for (const { rule, lenient, strict } of score.outcomes) {
      const id = rule ?? '(no rule)';
      const counts = byRule.get(id) ?? { facts: 0, lenient: 0, strict: 0 };
      byRule.set(id, { facts: counts.facts + 1, lenient: counts.lenient + Number(lenient), strict: counts.strict + Number(strict) });
    }
  }
  return [...byRule.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([rule, counts]) => ({ rule, ...counts }));
}

/**
 * The file the extractor reads its confidences from: `{ "<rule id>": { "precision": 0.93, "facts": 41 } }`,
 * lenient precision on dev, sorted by rule id, rules with too few facts left out.
 */
export function confidenceFile(rules: readonly RulePrecision[]): string {
  const entries = [...rules]
    .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
    .filter((r) => r.facts >= MIN_FACTS_FOR_CONFIDENCE && r.rule !== '(no rule)')
    .map((r) => [r.rule, { precision: Math.round((r.lenient / r.facts) * 1000) / 1000, facts: r.facts }] as const);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}
