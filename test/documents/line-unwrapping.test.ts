import { describe, expect, it } from 'vitest';
import { joinBetween, unwrapLines } from '../../src/documents/normalise/line-unwrapping.ts';

const MEASURE = 80;
const FULL = 'x'.repeat(70);

describe('joining the visual lines of a paged document', () => {
  it.each([
    ['rejoins a word hyphenated at the line end', `${FULL} investi-`, 'gations continued', 'dehyphenate'],
    ['keeps the hyphen of a compound whose second part is capitalised', `${FULL} Anti-`, 'Mafia Directorate', 'attach'],
    ['keeps the hyphen after a capital prefix', `${FULL} the E-`, 'evidence package', 'attach'],
    ['goes on after a slash inside an act’s number', `${FULL} Framework Decision 2008/978/`, 'JHA applies', 'attach'],
    ['joins a wrapped line that continues in lower case', `${FULL} the`, 'authorities of Italy', 'space'],
    ['joins a full line that ends without punctuation', `${FULL} Europol and`, 'Eurojust supported', 'space'],
    ['breaks after a short line that ends a paragraph', 'The case was closed.', 'Authorities in Spain', 'newline'],
    ['breaks after a short heading', 'Strengthening ties with Latin America', 'The signing of', 'newline'],
    ['breaks before a bullet', `${FULL} following authorities:`, '• Italy: Public Prosecutor', 'newline'],
    ['breaks before a lettered list item', `${FULL} measures`, 'b) The EU Strategy', 'newline'],
    ['breaks before a footnote', `${FULL} networks.`, '¹ Europol (2025), SOCTA', 'newline'],
    ['breaks between table rows', 'RO-01205 19/02/2020 Hungary 1 2 0 0', 'RO-01205 19/02/2020 Luxembourg 2 14 0 0', 'newline'],
    ['breaks before a date on a line of its own', 'Frontex leads three operations against smuggling networks at sea', '2019-04-02', 'newline'],
    ['breaks before a place and date line', `${FULL} networks`, 'Warsaw, 2 April 2019', 'newline'],
    ['breaks after a date line', '2 April 2019', 'Frontex, which coordinates the operations', 'newline'],
    ['breaks before a labelled field of a release', `${FULL} network: 40 suspects held`, 'Source: Frontex', 'newline'],
    ['breaks after a heading in capitals', 'RETURN OPERATIONS IN 2020 - COSTS', 'Date ROID TOTAL', 'newline'],
  ])('%s', (_, previous, next, expected) => {
    expect(joinBetween(previous, next, MEASURE)).toBe(expected);
  });

  it('rebuilds paragraphs, keeps blank lines as paragraph breaks and drops hyphens', () => {
    const lines = [
      'Investigators uncovered a device that was being sold worldwide through',
      'online marketplaces and could bypass security gates undetect-',
      'ed. The device is small.',
      '',
      'Background',
      'Eurojust is the EU hub for criminal justice cooperation between national',
      'authorities.',
    ];
    expect(unwrapLines(lines)).toBe(
      'Investigators uncovered a device that was being sold worldwide through online marketplaces and could bypass security gates undetected. The device is small.\n\n' +
        'Background\nEurojust is the EU hub for criminal justice cooperation between national authorities.',
    );
  });
});

describe("a document's first line is its title", () => {
  it('ends the title at its line even when it fills the line and the next starts a sentence', () => {
    const lines = [
      'Customs officers in six countries seize 3 tonnes of cannabis and arrest 21 smugglers',
      'An operation across the Baltic led by the Latvian State Police and supported by Frontex has',
      'disrupted a smuggling route.',
    ];
    expect(unwrapLines(lines)).toBe(
      'Customs officers in six countries seize 3 tonnes of cannabis and arrest 21 smugglers\n' +
        'An operation across the Baltic led by the Latvian State Police and supported by Frontex has disrupted a smuggling route.',
    );
  });

  it('joins a title wrapped onto a short second line', () => {
    const lines = [
      'Frontex Signs Working Arrangement with the Republic of Moldova, Second Agreement',
      'in the Eastern Partnership',
      'Warsaw, 2 April 2019',
      'An operation across the Baltic led by the Latvian State Police and supported by Frontex has',
    ];
    expect(unwrapLines(lines).split('\n')[0]).toBe('Frontex Signs Working Arrangement with the Republic of Moldova, Second Agreement in the Eastern Partnership');
  });

  it('joins a title that continues in lower case on the next line', () => {
    expect(unwrapLines(['Customs officers in six countries seize 3 tonnes of cannabis and', 'arrest 21 smugglers', 'Text.'])).toBe(
      'Customs officers in six countries seize 3 tonnes of cannabis and arrest 21 smugglers\nText.',
    );
  });
});

describe('telling table rows and enumerations from prose', () => {
  it.each([
    ['joins a prose line that happens to hold dates and years', 'On 18 March 2025, Europol published the EU SOCTA 2025, identifying key', 'threats to the EU', 'space'],
    ['breaks between numbered items of the same kind', 'Priority 1: Intensify efforts to enable the conclusion of international agreements on', 'Priority 2: Formalise cooperation', 'newline'],
  ])('%s', (_, previous, next, expected) => {
    expect(joinBetween(previous, next, 70)).toBe(expected);
  });
});
