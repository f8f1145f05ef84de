import { describe, expect, it } from 'vitest';
import { figuresOf, signingsOf } from '../support/extract-sentence.ts';

/** The worked examples of SPEC.md, each as the spec states it. */
describe('SPEC.md worked examples', () => {
  it('three signed working arrangements dated with the document', () => {
    const s = signingsOf('The event included the signing of new Working Arrangements with the Dominican Republic, Paraguay and Uruguay enabling cooperation.', '2025-06-04');
    expect(s.map((x) => [x.instrument, x.counterpart, x.status, x.date])).toEqual([
      ['working_arrangement', 'Dominican Republic', 'signed', '2025-06-04'],
      ['working_arrangement', 'Paraguay', 'signed', '2025-06-04'],
      ['working_arrangement', 'Uruguay', 'signed', '2025-06-04'],
    ]);
  });

  it('six signings in 2024 despite the missing comma between Ecuador and Panama', () => {
    const s = signingsOf('Working Arrangements were already signed with Bolivia, Chile, Costa Rica, Ecuador Panama and Peru in 2024.');
    expect(s.map((x) => x.counterpart)).toEqual(['Bolivia', 'Chile', 'Costa Rica', 'Ecuador', 'Panama', 'Peru']);
    expect(new Set(s.map((x) => `${x.status} ${x.date}`))).toEqual(new Set(['signed 2024']));
  });

  it('two international agreements, not three', () => {
    const s = signingsOf('During the year, international agreements on cooperation with Eurojust were signed with Armenia and Bosnia and Herzegovina, while the United Arab Emirates joined as a new member.');
    expect(s.map((x) => [x.instrument, x.counterpart])).toEqual([['international_agreement', 'Armenia'], ['international_agreement', 'Bosnia and Herzegovina']]);
  });

  it('planned working arrangements that may be sought', () => {
    const s = signingsOf('Without pre-empting future circumstances, countries with which working arrangements may be sought are Australia, Chile, the Dominican Republic, India, Kosovo¹, the Philippines.');
    expect(s.map((x) => x.counterpart)).toEqual(['Australia', 'Chile', 'Dominican Republic', 'India', 'Kosovo', 'Philippines']);
    expect(new Set(s.map((x) => x.status))).toEqual(new Set(['planned']));
  });

  it('13 negotiating signings and the figure 13', () => {
    const text = 'Under the previous cooperation strategy, Eurojust proposed the conclusion of international agreements with a number of non-EU countries and international organisations, and the Council of the European Union authorised the opening of negotiations with 13 of them (Algeria, Argentina, Armenia, Bosnia and Herzegovina, Brazil, Colombia, Egypt, Israel, Jordan, Lebanon, Morocco, Tunisia and Türkiye).';
    const s = signingsOf(text);
    expect(s).toHaveLength(13);
    expect(new Set(s.map((x) => x.status))).toEqual(new Set(['negotiating']));
    expect(figuresOf(text).map((f) => [f.value, f.unit])).toEqual([[13, 'count']]);
  });

  it('no signing from a negation', () => {
    expect(signingsOf('Working Arrangements do not allow for the sharing of personal operational data.')).toEqual([]);
  });

  it.each([
    ['the trafficking of at least 1 800 kilos of cocaine and heroin', { value: 1800, unit: 'kg', subject: 'cocaine and heroin', qualifier: 'at_least' }],
    ['payments, often in cash, of close to EUR 5 million', { value: 5000000, unit: 'EUR', qualifier: 'approximately' }],
    ['76% of the most threatening criminal networks operate globally.²', { value: 76, unit: 'percent' }],
    ['Between 2018 and 2021, the Directorate issued and executed 118 arrest warrants', { value: 118, unit: 'count', subject: 'arrest warrants', year: null }],
    ['various defendants were sentenced up to 20 years imprisonment', { value: 20, unit: 'year', qualifier: 'up_to' }],
    ['the number of requests in the past year more than tripling that of 2024', { value: 3, unit: 'multiplier', qualifier: 'more_than' }],
  ])('figure: %s', (text, expected) => {
    const figures = figuresOf(text);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject(expected);
  });

  it('two figures with subjects and actions, and no figure for "both"', () => {
    const f = figuresOf('Fifty-four victims from South America were identified, and 17 suspects were arrested in both countries.');
    expect(f.map((x) => [x.value, x.unit, x.subject, x.action])).toEqual([[54, 'count', 'victims', 'identified'], [17, 'count', 'suspects', 'arrested']]);
  });
});
