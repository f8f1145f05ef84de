import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../src/nlp/document-model.ts';
import { digitValue } from '../../src/nlp/numbers/digit-values.ts';
import { decimalConvention } from '../../src/nlp/numbers/number-conventions.ts';
import { readNumbers } from '../../src/nlp/numbers/number-reader.ts';
import { NUMBERS } from '../../src/nlp/numbers/number-span.ts';

/** The numbers layer of a text, as value, unit and the words each span covers. */
function numbersOf(text: string) {
  const model = new DocumentModel(text);
  readNumbers(model);
  return model.all(NUMBERS).map((n) => ({ value: n.value, unit: n.unit, words: text.slice(n.start, n.end), ...(n.bound ? { bound: n.bound } : {}) }));
}
const values = (text: string) => numbersOf(text).map((n) => [n.value, n.unit]);

describe('reading digits in either convention', () => {
  it.each([
    ['a space between thousands', '4 500', 'english', true, 4500],
    ['a no-break space between thousands', '27\u00a0300', 'english', true, 27300],
    ['commas between thousands', '3,250,000', 'english', true, 3250000],
    ['dots between thousands', '3.250.000', 'european', true, 3250000],
    ['a decimal comma', '7,5', 'english', false, 7.5],
    ['a decimal point', '7.25', 'european', false, 7.25],
    ['European thousands and decimals', '2.345,75', 'european', false, 2345.75],
    ['English thousands and decimals', '2,345.75', 'english', false, 2345.75],
    ['three digits after a dot in a European document', '4.200', 'european', false, 4200],
    ['three digits after a dot in an English document, before a scale word', '4.275', 'english', false, 4.275],
    ['three digits after a dot, counting things, in an English document', '4.275', 'english', true, 4275],
    ['three digits after a comma in an English document', '6,400', 'english', false, 6400],
    ['three digits after a comma, measured, in a European document', '6,400', 'european', false, 6.4],
  ] as const)('%s: %s', (_, text, convention, counts, expected) => {
    expect(digitValue(text, convention, counts)).toBe(expected);
  });

  it.each([['a dotted date', '21.3.2023'], ['a section number', '2.4.1'], ['mixed groups', '12.34.567']])('%s is not one number: %s', (_, text) => {
    expect(digitValue(text, 'english', true)).toBeNull();
  });
});

describe('deciding a document’s convention from its unambiguous numbers', () => {
  it.each([
    ['decimal commas before value words', 'Customs seized 1.200 kg of hashish and 3,5 million cigarettes; losses reached EUR 4,2 million.', 'european'],
    ['decimal points before value words', 'Losses reached EUR 4.2 million and 12.5 tonnes of khat were found.', 'english'],
    ['dots grouping millions', 'The fund holds 2.400.000 euro.', 'european'],
    ['nothing decisive', 'Officers checked 1.500 trucks at the border.', 'english'],
  ] as const)('%s', (_, text, expected) => {
    expect(decimalConvention(text)).toBe(expected);
  });

  it('reads "1.800 kg" as 1 800 in a document that writes "2,5 million", and "1.8 million" as a decimal elsewhere', () => {
    expect(values('Slovak customs seized 1.800 kg of tobacco and 2,5 million cigarettes.')).toEqual([[1800, 'kg'], [2500000, 'count']]);
    expect(values('There were 1.8 million crossings and over 4.650 people lost their lives.')).toEqual([[1800000, 'count'], [4650, 'count']]);
  });
});

describe('reading quantities however they are written', () => {
  it.each([
    ['a currency symbol and a glued scale', 'Fraudsters took €4.7m from pensioners.', [[4700000, 'EUR']]],
    ['a code and a glued scale', 'The scheme moved EUR 3bn offshore.', [[3000000000, 'EUR']]],
    ['a code and a scale word', 'Investors lost USD 2.25 billion.', [[2250000000, 'USD']]],
    ['a hyphenated number word', 'Thirty-seven people were questioned.', [[37, 'count']]],
    ['hundreds with "and"', 'Some three hundred and forty vehicles were checked.', [[340, 'count']]],
    ['hundreds and thousands with "and"', 'The bank froze four hundred and sixty-two thousand euro.', [[462000, 'EUR']]],
    ['"one" before a scale word', 'One million doses were recalled.', [[1000000, 'count']]],
    ['"a dozen"', 'A dozen boats were stopped.', [[12, 'count']]],
    ['"two dozen"', 'Two dozen officers joined.', [[24, 'count']]],
    ['"half a million"', 'Half a million pills were found.', [[500000, 'count']]],
    ['"a third" as a percentage', 'A third of the lorries carried migrants.', [[33.3, 'percent']]],
    ['"one-quarter" as a percentage', 'One-quarter of the budget went to training.', [[25, 'percent']]],
    ['"two thirds" as a percentage', 'Two thirds of the seized cash was forged.', [[66.7, 'percent']]],
    ['a fraction whose hyphen a line break took', 'Thefts fell by onethird in Graz.', [[33.3, 'percent']]],
    ['"seven out of ten" as a percentage', 'Seven out of ten victims were men.', [[70, 'percent']]],
    ['"one in four" as a percentage', 'One in four suspects was armed.', [[25, 'percent']]],
    ['a part "out of" a whole that is not round: two counts', 'The treaty binds 19 out of 46 states.', [[19, 'count'], [46, 'count']]],
    ['a number and a half, in words and hyphenated', 'He served six and a half years; she faces ten-and-a-half years.', [[6.5, 'year'], [10.5, 'year']]],
    ['an age after a double-barrelled name', 'Police held Ana Ruiz-Soto, 41, in Cádiz.', [[41, 'year']]],
    ['a change told as a multiple', 'Detections show an increase of nearly 12 times over the decade.', [[12, 'multiplier']]],
    ['a number of times that counts occasions', 'The suspect travelled 6 times to Spain.', [[6, 'count']]],
    ['a number written twice', 'The order lapses after sixty (60) days.', [[60, 'day']]],
    ['a number written twice, digits first', 'They have 15 (fifteen) days to appeal.', [[15, 'day']]],
    ['a fraction and the percentage it rounds', 'Nearly three-quarters (74%) of victims were women.', [[74, 'percent']]],
    ['a fraction and a count in brackets stay two', 'Half (120) of the suspects fled.', [[50, 'percent'], [120, 'count']]],
    ['a vague quantity', 'Tens of thousands of files were encrypted.', [[20000, 'count']]],
    ['"several" before a scale', 'Several hundred accounts were closed.', [[200, 'count']]],
    ['an abbreviated scale after money', 'Three flats (valued at PLN 2.4 mil) were frozen.', [[3, 'count'], [2400000, 'PLN']]],
    ['an abbreviated scale with its full stop', 'The firm hid CHF 7 Mio. in trusts.', [[7000000, 'CHF']]],
    ['"pounds" of money', 'Thieves took hundreds of pounds from the till.', [[200, 'GBP']]],
    ['"pounds" of a weight', 'Agents found 40 pounds of methamphetamine.', [[40, 'lb']]],
  ] as const)('%s', (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ['"the first half of" a year', 'In the first half of 2023 the unit grew.'],
    ['an ordinal "a third country"', 'Data went to a third country and a third party.'],
    ['"one" alone', 'One suspect fled.'],
    ['"several of"', 'Several of the vessels were old.'],
  ])('no quantity in %s', (_, text) => {
    expect(numbersOf(text).filter((n) => n.unit !== 'count' || n.value !== 2023)).toEqual([]);
  });
});

describe('ranges and ages', () => {
  it.each([
    ['"between … and …"', 'Between 40 and 60 containers were opened.', { value: 40, unit: 'count', words: 'Between 40 and 60', bound: 'at_least' }],
    ['"… to …" with a unit after', 'Each courier carried 3 to 5 kilos of heroin.', { value: 3, unit: 'kg', words: '3 to 5 kilos', bound: 'at_least' }],
    ['a dash', 'The gang stole 25-30 cars a month.', { value: 25, unit: 'count', words: '25-30', bound: 'at_least' }],
    ['a scale written once', 'Damage of EUR 4 to 6 million was reported.', { value: 4000000, unit: 'EUR', words: 'EUR 4 to 6 million', bound: 'at_least' }],
    ['number words', 'Five to eight drones were used.', { value: 5, unit: 'count', words: 'Five to eight', bound: 'at_least' }],
    ['an age limit', 'Pupils under the age of 16 were approached.', { value: 16, unit: 'year', words: 'the age of 16' }],
    ['"aged"', 'A woman aged 58 was charged.', { value: 58, unit: 'year', words: '58' }],
    ['"-year-old"', 'A 19-year-old courier was stopped.', { value: 19, unit: 'year', words: '19-year-old' }],
    ['a word "-year-old"', 'A forty-year-old pilot was held.', { value: 40, unit: 'year', words: 'forty-year-old' }],
    ['"years old"', 'The boy was 14 years old.', { value: 14, unit: 'year', words: '14 years old' }],
  ])('%s', (_, text, expected) => {
    expect(numbersOf(text)).toEqual([expected]);
  });

  it.each([
    ['a year span', 'The plan runs 2024-2028.', [[2024, 'count'], [2028, 'count']]],
    ['a change', 'Cases rose from 40 to 65.', [[40, 'count'], [65, 'count']]],
    ['a vote', 'Adopted by 402 votes to 180.', [[402, 'count'], [180, 'count']]],
  ] as const)('not a range: %s', (_, text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});
