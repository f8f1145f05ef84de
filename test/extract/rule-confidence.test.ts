import { describe, expect, it } from 'vitest';
import { confidenceOf } from '../../src/extract/rule-confidence.ts';
import measured from '../../src/extract/rule-confidence.data.json' with { type: 'json' };

describe("a fact's confidence is its rule's measured precision on the dev gold", () => {
  it('is the smoothed precision of a measured rule, never 1 and never above the raw precision plus the prior', () => {
    for (const [rule, { precision, facts }] of Object.entries(measured as Record<string, { precision: number; facts: number }>)) {
      const confidence = confidenceOf(rule);
      expect(confidence).toBeLessThan(1);
      expect(confidence).toBeCloseTo((precision * facts + 1) / (facts + 2), 2);
    }
  });

  it('takes the pooled measure of the rule family for a rule too rare to measure', () => {
    const family = Object.keys(measured)[0]!.split('.')[0]!;
    const confidence = confidenceOf(`${family}.a-rule-no-gold-has-seen`);
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThan(1);
    expect(confidence).not.toBe(0.5);
  });

  it('is an even chance for a rule of a family nothing measured', () => {
    expect(confidenceOf('nothing.measured.here')).toBe(0.5);
  });
});
