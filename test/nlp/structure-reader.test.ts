import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../src/nlp/document-model.ts';
import { readStructure } from '../../src/nlp/structure/structure-reader.ts';
import { STRUCTURE } from '../../src/nlp/structure/structure-span.ts';

/** The structure layer of a text: each span's kind and the words it covers. */
function structureOf(text: string) {
  const model = new DocumentModel(text);
  readStructure(model);
  return model.all(STRUCTURE).filter((s) => s.kind !== 'list-item').map((s) => [s.kind, text.slice(s.start, s.end)]);
}

describe('numbered headings and list markers', () => {
  it.each([
    ['a numbered heading', 'Intro.\n3.2 The financial flows of smuggling networks', [['heading-number', '3.2']]],
    ['a three-level heading', '4.1.3 Money mules', [['heading-number', '4.1.3']]],
    ['a numbered paragraph', '12. Member States should share data.', [['list-marker', '12.']]],
    ['a heading number alone on its line', '5.\nConclusions', [['list-marker', '5.']]],
    ['a lettered item', '(b) the exchange of liaison officers;', [['list-marker', '(b)']]],
    ['a roman numeral', 'IV. Recommendations', [['list-marker', 'IV.']]],
    ['markers inside a sentence', 'The Parties shall: (1) share data; (2) train staff.', [['list-marker', '(1)'], ['list-marker', '(2)']]],
    ['a bracketed footnote reference', 'Turnout was high. [4]', [['footnote-reference', '[4]']]],
  ] as const)('%s', (_, text, expected) => {
    expect(structureOf(text)).toEqual(expected);
  });

  it('reads footnote lines numbered in sequence, not a count that starts a line', () => {
    const text = 'Trafficking grew.\n\n4 See the Commission report of 2022.\n5 Europol, annual review.\n\n9 Suspects were held in Oslo.';
    expect(structureOf(text)).toEqual([['footnote-line', '4'], ['footnote-line', '5']]);
  });

  it('reads footnotes that a PDF ran into one line', () => {
    const text = 'Body text.\n6 Council conclusions of 2020. 7 Europol, SOCTA 2021.\n8 Ibid.';
    expect(structureOf(text).filter(([kind]) => kind === 'footnote-line')).toEqual([['footnote-line', '6'], ['footnote-line', '7'], ['footnote-line', '8']]);
  });

  it.each([
    ['a decimal amount at a line start', '2.5 tonnes of cannabis were seized in Malaga.'],
    ['a count at a line start', '14 arrests in Cyprus'],
  ])('no heading in %s', (_, text) => {
    expect(structureOf(text)).toEqual([]);
  });
});

describe('cross-references and identifiers in legal text', () => {
  it.each([
    ['paragraphs in a list', 'as referred to in paragraphs 3 and 4', [['cross-reference', 'paragraphs 3 and 4']]],
    ['articles in a list', 'under Articles 21, 22 and 25 of the Convention', [['cross-reference', 'Articles 21, 22 and 25']]],
    ['a span of points', 'in points (d) to (f)', [['cross-reference', 'points (d) to (f)']]],
    ['a span of numbers', 'see numbers 4 to 11', [['cross-reference', 'numbers 4 to 11']]],
    ['a sub-paragraph reference', 'pursuant to Article 7(3)(b)', [['cross-reference', 'Article 7(3)(b)']]],
    ['a point of an article', 'point (c) of Article 14(2)', [['cross-reference', 'point (c)'], ['cross-reference', 'Article 14(2)']]],
    ['letters after "sub"', 'paragraph 5, sub a, b and d', [['cross-reference', 'paragraph 5, sub a, b and d']]],
    ['a code word', 'see document CRIMORG 118', [['code', 'CRIMORG 118']]],
    ['a document number and its revision', 'Council document 9876/23 REV 2', [['document-number', '9876/23'], ['cross-reference', 'REV 2']]],
    ['a cited issue and its page', '(see Journal 3/2021, 45)', [['document-number', '3/2021, 45']]],
    ['a version', 'the SIRIUS 3.0 platform', [['version', '3.0']]],
    ['a web address', 'at https://example.eu/reports/2023/12/findings.', [['url', 'https://example.eu/reports/2023/12/findings.']]],
  ] as const)('%s', (_, text, expected) => {
    expect(structureOf(text)).toEqual(expected);
  });

  it('stops a list of references where a number counts something', () => {
    expect(structureOf('Under Article 9 and 40 suspects were heard.')).toEqual([['cross-reference', 'Article 9']]);
  });
});

describe('addresses and phone numbers', () => {
  it.each([
    ['a Dutch street, number and postcode', 'Visit us at Lange Voorhout 34, 2514 EE The Hague.', [['street-address', 'Voorhout 34, 2514 EE']]],
    ['a street word before the name', 'Office: Rue Montoyer 17, B-1000 Brussels', [['street-address', 'Rue Montoyer 17, B-1000']]],
    ['a postcode alone', 'Delivery to 1012 AB Amsterdam', [['postcode', '1012 AB']]],
    ['an international phone number', 'Call +48 22 601 44 55 today.', [['phone', '+48 22 601 44 55']]],
    ['a labelled phone number', 'Tel.: 030 1234 567', [['phone', 'Tel.: 030 1234 567']]],
  ] as const)('%s', (_, text, expected) => {
    expect(structureOf(text)).toEqual(expected);
  });

  it.each([
    ['a count after a capital', 'In Rome 12 suspects were held.'],
    ['a percentage after a plus', 'Seizures grew by +15% in 2022.'],
    ['a count before a capitalised body', 'Over 1500 EU officials attended.'],
  ])('none in %s', (_, text) => {
    expect(structureOf(text)).toEqual([]);
  });
});

describe('list items', () => {
  it('records the sentence that introduces a bulleted list', () => {
    const model = new DocumentModel('Key results of the 2021 campaign:\n• 310 vessels were inspected;\n• 42 crew members were detained.\nOther text.');
    readStructure(model);
    const items = model.all(STRUCTURE).filter((s) => s.kind === 'list-item');
    expect(items.map((s) => [s.sentence, s.introducedBy])).toEqual([[1, 0], [2, 0]]);
  });

  it('records an item that introduces indented items of its own, and closes that list at its own level', () => {
    const model = new DocumentModel('Results:\n• Customs ran 12 checks and found:\n  • 3 kg of heroin;\n  • two pistols.\n• 9 arrests.');
    readStructure(model);
    const items = model.all(STRUCTURE).filter((s) => s.kind === 'list-item');
    expect(items.map((s) => [s.sentence, s.introducedBy])).toEqual([[1, 0], [2, 1], [3, 1], [4, 0]]);
  });
});
