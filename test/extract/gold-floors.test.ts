import { describe, expect, it } from 'vitest';
import { approvableShare, f1, MACRO_KINDS } from '../../src/eval/score.ts';
import { evaluate } from '../../src/eval/run-eval.ts';

/**
 * Floors on the whole hand-made gold (fixtures/gold/dev and test), lenient F1: a rule change that loses
 * accuracy fails here. Each floor is what the extractor measured when it was set, minus 0.02 (last set
 * with rules version 2026.12.03-88 on 594 documents; new documents of new kinds lower the whole set's scores). There is
 * no floor on the test split alone: it is measured, not tuned to. `npm run eval` prints every table;
 * `npm run eval -- --misses` the dev documents' misses.
 */
describe('accuracy on the gold annotations', async () => {
  const result = await evaluate();
  const whole = result.tables.whole!;

  it.each([
    ['countries (ISO code)', 'countries', 0.973],
    ['organisations (name or acronym)', 'organisations', 0.865],
    ['persons (name)', 'persons', 0.931],
    ['locations (name)', 'locations', 0.878],
    ['legal acts (name)', 'legal_acts', 0.825],
    ['operations (name)', 'operations', 0.849],
    ['figures (value + unit)', 'figures', 0.956],
    ['signings (counterpart + status)', 'signings', 0.876],
  ] as const)('%s F1 on the whole set stays at or above %s', (_, kind, floor) => {
    expect(f1(whole.factline[kind])).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['figures (value, unit, qualifier, subject, action, year)', 'figures', 0.731],
    ['signings (counterpart, status, instrument, date)', 'signings', 0.776],
  ] as const)('the share of %s a reviewer approves unchanged stays at or above %s', (_, kind, floor) => {
    expect(approvableShare(whole.factline[kind])).toBeGreaterThanOrEqual(floor);
  });

  it('beats compromise out of the box on every entity kind and on figures', () => {
    for (const kind of ['countries', 'organisations', 'persons', 'locations', 'figures'] as const) {
      expect(f1(whole.factline[kind])).toBeGreaterThan(f1(whole.baseline[kind]));
    }
  });

  it('scores both splits, the whole set being their sum, and keeps per-document results for dev only', () => {
    const [dev, test] = [result.tables.dev!, result.tables.test!];
    expect(dev.documents).toBeGreaterThan(0);
    expect(test.documents).toBeGreaterThan(0);
    expect(whole.documents).toBe(dev.documents + test.documents);
    for (const kind of MACRO_KINDS) expect(whole.factline[kind].gold).toBe(dev.factline[kind].gold + test.factline[kind].gold);
    expect(result.devDocuments).toHaveLength(dev.documents);
    expect(result.devDocuments.every(({ file }) => file.startsWith('dev/'))).toBe(true);
  });
});
