import { describe, expect, it } from 'vitest';
import { figuresOf } from '../support/extract-sentence.ts';

const brief = (text: string) => figuresOf(text).map(({ value, unit, qualifier }) => ({ value, unit, qualifier }));

describe('reading figures: value, unit and qualifier', () => {
  it.each([
    ['European number spacing', 'Police seized 2 400 kilos of cannabis in Gdańsk.', [{ value: 2400, unit: 'kg', qualifier: 'exact' }]],
    ['a no-break space inside a number', 'Officers checked 13\u00a0000 containers.', [{ value: 13000, unit: 'count', qualifier: 'exact' }]],
    ['commas as thousands separators', 'In total, 1,250 suspects were arrested.', [{ value: 1250, unit: 'count', qualifier: 'exact' }]],
    ['a currency code before a scaled amount', 'Assets worth EUR 7.5 million were frozen in Vienna.', [{ value: 7500000, unit: 'EUR', qualifier: 'exact' }]],
    ['a currency symbol', 'Investigators traced €350 000 in crypto-assets.', [{ value: 350000, unit: 'EUR', qualifier: 'exact' }]],
    ['another currency after "close to"', 'The fraud caused losses of close to USD 12 billion.', [{ value: 12000000000, unit: 'USD', qualifier: 'approximately' }]],
    ['a currency word after the number', 'They laundered 40 million euros through shell firms.', [{ value: 40000000, unit: 'EUR', qualifier: 'exact' }]],
    ['vague millions', 'Officers seized assets worth at least several millions euros.', [{ value: 2000000, unit: 'EUR', qualifier: 'at_least' }]],
    ['hundreds of millions', 'He laundered hundreds of millions of euros.', [{ value: 200000000, unit: 'EUR', qualifier: 'at_least' }]],
    ['a number in words', 'Thirty-two victims were rescued in Porto.', [{ value: 32, unit: 'count', qualifier: 'exact' }]],
    ['a percentage', 'Some 45% of the networks use violence.', [{ value: 45, unit: 'percent', qualifier: 'approximately' }]],
    ['per cent in words', 'Cases rose by 12 per cent in Estonia.', [{ value: 12, unit: 'percent', qualifier: 'exact' }]],
    ['tonnes with a decimal', 'Customs intercepted nearly 3.2 tonnes of cocaine at Rotterdam.', [{ value: 3.2, unit: 'tonne', qualifier: 'nearly' }]],
    ['a sentence length', 'The leader was sentenced to 14 years imprisonment.', [{ value: 14, unit: 'year', qualifier: 'exact' }]],
    ['up to', 'The defendants face up to 8 years in prison.', [{ value: 8, unit: 'year', qualifier: 'up_to' }]],
    ['a multiplier', 'Requests reached five times as many as in 2022.', [{ value: 5, unit: 'multiplier', qualifier: 'exact' }]],
    ['more than doubling', 'Seizures rose, more than doubling those of 2023.', [{ value: 2, unit: 'multiplier', qualifier: 'more_than' }]],
    ['a fraction', 'Fraud cases increased by one-third in Malta.', [{ value: 33.3, unit: 'percent', qualifier: 'exact' }]],
    ['within 48 hours', 'Data must be shared within 72 hours.', [{ value: 72, unit: 'hour', qualifier: 'exact' }]],
    ['fewer than', 'Fewer than 30 officers took part.', [{ value: 30, unit: 'count', qualifier: 'less_than' }]],
  ])('%s', (_, sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['years and year ranges', 'Between 2019 and 2022, and during the 2024-2027 cycle, nothing changed.'],
    ['dates', 'On 3 March 2026 and on 14-15 April the teams met.'],
    ['dates written with dots', 'See OJ L 119 of 4.5.2016, p. 89.'],
    ['document and regulation numbers', 'Council document 12345/25 REV 1 cites Regulation (EU) 2016/794 and Article 26.'],
    ['identifiers after a label', 'Priority 3 and Action 12 of the plan, Annex 2, mention COSI 145.'],
    ['ordinals', 'The 21st plenary meeting was the 3rd this year.'],
    ['footnote markers', 'Criminal networks operate globally.³ They adapt¹².'],
    ['the word one', 'At least one Member State joined one network.'],
    ['framing durations', 'Over the past five years and in the coming months, and for the next 3 years, work goes on.'],
    ['a compound modifier', 'EMPACT runs in four-year cycles with a two-year review.'],
    ['clock times', 'The action started at 06:30 local time.'],
    ['phone numbers', 'Call +32 2 555 01 23 for details.'],
    ['version numbers in names', 'The EL PAcCTO 2.0 programme supports partners.'],
    ['a numbered paragraph', '7. Member States are invited to act.'],
  ])('%s', (_, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });

  it('keeps footnote numbers of converted text out, but a real count at a line start in', () => {
    const text = 'Networks grew.\n\n1 Commission communication – EU Strategy.\n2 Europol report, 2024.\n\n12 suspects were arrested in Riga.';
    expect(brief(text)).toEqual([{ value: 12, unit: 'count', qualifier: 'exact' }]);
  });
});

describe('what a figure is about', () => {
  it.each([
    ['the counted thing and the passive action', 'Fifty-four victims from South America were identified.', { value: 54, subject: 'victims', action: 'identified' }],
    ['an active verb before the number', 'Authorities arrested 9 suspects in Sofia.', { value: 9, subject: 'suspects', action: 'arrested' }],
    ['the thing after a unit and "of"', 'Officers seized at least 600 kilos of cocaine and heroin.', { value: 600, subject: 'cocaine and heroin', action: 'seized' }],
    ['the year the sentence places it in', 'In 2025 alone, the Agency handled nearly 14 500 cases.', { value: 14500, year: 2025, action: 'handled' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence)[0]).toMatchObject(expected);
  });

  it('points its evidence at the words it was read from', () => {
    const text = 'Intro sentence here. Police seized EUR 3 million in Lisbon.';
    const [figure] = figuresOf(text);
    expect(text.slice(figure!.evidence.start, figure!.evidence.end)).toBe('EUR 3 million');
    expect(figure!.evidence.text).toBe('Police seized EUR 3 million in Lisbon.');
    expect(figure!.rule).toMatch(/^figure\./);
    expect(figure!.confidence).toBeGreaterThan(0);
  });
});

describe('ages', () => {
  it.each([
    ['Police arrested a 30-year-old man in Split.', { value: 30, unit: 'year', subject: 'man' }],
    ['A 45-year-old suspect and two accomplices were detained.', { value: 45, unit: 'year', subject: 'suspect' }],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)[0]).toMatchObject(expected);
  });
});
