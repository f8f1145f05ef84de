import { readFileSync } from 'node:fs';

/**
 * A fact's confidence is its rule's precision measured on the dev gold (`npm run eval --
 * --write-confidence` writes rule-confidence.data.json), not a constant typed beside the rule. The
 * measured share is smoothed by the rule of succession, (correct + 1) / (facts + 2), so 5 of 5 reads
 * 0.86 and 200 of 200 reads 0.995: a small sample never claims certainty. A rule with too few facts on
 * the gold takes the measure of its family ("figure.digits.age" → "figure.digits" → "figure").
 */
interface Measured {
  readonly precision: number;
  readonly facts: number;
}

const MEASURED: Readonly<Record<string, Measured>> = JSON.parse(readFileSync(new URL('./rule-confidence.data.json', import.meta.url), 'utf8'));

/** Families pooled from their measured rules, so a rare rule inherits its family's record. */
const FAMILIES = new Map<string, Measured>();
for (const [rule, { precision, facts }] of Object.entries(MEASURED)) {
  const parts = rule.split('.');
  for (let n = 1; n < parts.length; n++) {
    const family = parts.slice(0, n).join('.');
    const pooled = FAMILIES.get(family) ?? { precision: 0, facts: 0 };
    const correct = pooled.precision * pooled.facts + precision * facts;
    FAMILIES.set(family, { facts: pooled.facts + facts, precision: correct / (pooled.facts + facts) });
  }
}

/** With nothing measured at all, a fact is as likely right as wrong. */
const UNMEASURED = 0.5;
const cache = new Map<string, number>();

export function confidenceOf(rule: string): number {
  let confidence = cache.get(rule);
  if (confidence === undefined) {
    confidence = smoothed(MEASURED[rule] ?? familyOf(rule));
    cache.set(rule, confidence);
  }
  return confidence;
}

function familyOf(rule: string): Measured | undefined {
  const parts = rule.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const family = FAMILIES.get(parts.slice(0, n).join('.'));
    if (family) return family;
  }
  return undefined;
}

function smoothed(measured: Measured | undefined): number {
  if (!measured) return UNMEASURED;
  const correct = measured.precision * measured.facts;
  return Math.round(((correct + 1) / (measured.facts + 2)) * 1000) / 1000;
}
