import { describe, expect, it } from 'vitest';
import { dateInText } from '../../src/extract/signings/signing-date.ts';
import { signingsOf } from '../support/extract-sentence.ts';

describe('the date of a signing, resolved against the document\'s date', () => {
  it.each([
    ['Yesterday, Eurojust signed a Working Arrangement with Moldova.', '2026-03-04', '2026-03-03'],
    ['Eurojust today signed a Working Arrangement with Moldova.', '2026-03-04', '2026-03-04'],
    ['Eurojust signed a Working Arrangement with Moldova on 12 February.', '2026-03-04', '2026-02-12'],
    ['On February 12, Eurojust signed a Working Arrangement with Moldova.', '2026-03-04', '2026-02-12'],
    ['Last week, Europol signed a Working Arrangement with Moldova.', '2026-03-04', '2026-02'],
    ['Yesterday, Eurojust signed a Working Arrangement with Moldova.', '2026-01-01', '2025-12-31'],
    ['Eurojust signed a Working Arrangement with Moldova on 12 February 2024.', '2026-03-04', '2024-02-12'],
    ['Eurojust signed a Working Arrangement with Moldova on February 12, 2024.', '2026-03-04', '2024-02-12'],
    ['In September, Europol and the Ministry of Interior of Qatar signed a working arrangement.', '2026-11-20', '2026-09'],
    ['In September, Europol and the Ministry of Interior of Qatar signed a working arrangement.', '2026-05-20', '2025-09'],
    ['On 4 December, Frontex signed a working arrangement with Peru.', '2026-05-20', '2025-12-04'],
    ['In September, Frontex will sign a working arrangement with Peru.', '2026-05-20', '2026-09'],
    ['Last year, a first working arrangement was concluded between Frontex and Peru.', '2026-05-20', '2025'],
    ['Earlier this year, Europol signed a working arrangement with Chile.', '2026-05-20', '2026'],
    ['Europol signed a working arrangement with Chile on 14th of March 2023.', '2026-05-20', '2023-03-14'],
    ['Frontex signed on the 3rd April a working arrangement with Peru.', '2026-05-20', '2026-04-03'],
    ['Eurojust signed an agreement with Moldova on April 21st, 2019.', '2026-05-20', '2019-04-21'],
    // 2026-05-20 is a Wednesday.
    ['On Monday, Frontex and the border police of Peru signed a working arrangement.', '2026-05-20', '2026-05-18'],
    ['The Prosecutor General of Ghana and Eurojust signed Wednesday a working arrangement.', '2026-05-20', '2026-05-20'],
    ['Europol signed a working arrangement with Chile last Thursday.', '2026-05-20', '2026-05-14'],
    ['Europol will sign a working arrangement with Chile on Friday.', '2026-05-20', '2026-05-22'],
    ['Europol plans to sign a working arrangement with Chile next Monday.', '2026-05-20', '2026-05-25'],
    ['On Tuesday (12 May) Europol signed a working arrangement with Chile.', '2026-05-20', '2026-05-12'],
  ])('%s (document of %s) → %s', (sentence, documentDate, expected) => {
    expect(signingsOf(sentence, documentDate).map((s) => s.date)).toEqual([expected]);
  });

  it.each([
    ['yesterday', null, null],
    ['yesterday', '2026-03', null],
    ['on 12 February', '2026-03', '2026-02-12'],
    ['on 4 December', '2027-01-10', '2026-12-04'],
    ['on December 20', '2031-02-02', '2030-12-20'],
    ['on 3 January', '2028-11-25', '2029-01-03'],
    ['on 30 June', '2028-01-15', '2028-06-30'],
    ['between 2018 and 2021', '2026-03-04', null],
    ['on Sunday', '2027-01-01', '2026-12-27'],
    ['on Sunday', '2027-01', null],
  ])('reads "%s" against a document dated %s as %s', (text, documentDate, expected) => {
    expect(dateInText(text, documentDate)).toBe(expected);
  });
});

describe('a signing the document reports as its news takes the document\'s date; a record of signings does not', () => {
  it.each([
    ['Europol has signed working arrangements with the police services of Ghana, Kenya and Senegal.', ['2026-03-04', '2026-03-04', '2026-03-04']],
    ['Frontex signs a working arrangement with the border police of Moldova.', ['2026-03-04']],
    ['Europol has so far signed working arrangements with Ghana and Kenya.', [null, null]],
    ['Eurojust has already signed cooperation agreements with Ghana and Kenya.', [null, null]],
    ['Eurojust has signed 14 cooperation agreements, among them with Ghana and Kenya.', [null, null]],
    ['Eurojust has concluded cooperation agreements with Ghana and Kenya.', [null, null]],
    ['Europol has working arrangements with Ghana and Kenya.', [null, null]],
  ])('%s → %j', (sentence, expected) => {
    expect(signingsOf(sentence, '2026-03-04').map((s) => s.date)).toEqual(expected);
  });
});
