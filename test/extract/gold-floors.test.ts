import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/run-eval.ts';
import { f1 } from '../../src/eval/score.ts';

/**
 * Floors on the hand-made gold (fixtures/gold): a rule change that loses accuracy fails here.
 * `npm run eval` prints the full table with every miss and spurious fact.
 */
describe('accuracy on the gold annotations', async () => {
  const result = await evaluate(join(import.meta.dirname, '../../fixtures/gold'));

  it.each([
    ['figures (value + unit)', 'figures', 0.95],
    ['signings (counterpart + status)', 'signings', 0.95],
    ['countries (ISO code)', 'countries', 0.98],
    ['persons (name)', 'persons', 0.9],
    ['organisations (name or acronym)', 'organisations', 0.92],
  ] as const)('%s F1 stays at or above %s', (_, kind, floor) => {
    expect(f1(result.factline[kind])).toBeGreaterThanOrEqual(floor);
  });

  it('beats compromise out of the box on every entity kind and on figures', () => {
    for (const kind of ['countries', 'organisations', 'persons', 'figures'] as const) {
      expect(f1(result.factline[kind])).toBeGreaterThan(f1(result.baseline[kind]));
    }
  });
});
