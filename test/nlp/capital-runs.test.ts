import { describe, expect, it } from 'vitest';
import { titleCaseCapitalRuns, withCapitalRuns } from '../../src/nlp/capital-runs.ts';

describe('runs of capitals written as titles', () => {
  it.each([
    ['an institution in a preamble', 'THE COUNCIL OF THE EUROPEAN UNION,', 'The Council of the European Union,'],
    ['a country in an agreement’s title', 'AGREEMENT BETWEEN NEW ZEALAND AND EUROPOL', 'Agreement between New Zealand and Europol'],
    ['an act’s head before its number', 'DIRECTIVE (EU) 2016/680 OF THE EUROPEAN PARLIAMENT', 'Directive (Eu) 2016/680 of the European Parliament'],
    ['lone acronyms are no run', 'The EU and the UN met NATO.', 'The EU and the UN met NATO.'],
    ['short acronyms side by side are no run', 'EU JHA', 'EU JHA'],
  ])('%s', (_, text, titled) => {
    expect(titleCaseCapitalRuns(text)).toBe(titled);
    expect(titleCaseCapitalRuns(text)).toHaveLength(text.length);
  });

  it('finds matches in the text and in its copy, the longer winning where they overlap', () => {
    const find = (text: string) => [...text.matchAll(/European Union|EU/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    expect(withCapitalRuns('THE EUROPEAN UNION (EU) met', find).map((m) => m.text)).toEqual(['European Union', 'EU']);
  });
});
