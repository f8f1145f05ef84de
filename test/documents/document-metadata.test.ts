import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/documents/metadata/document-metadata.ts';

const prose = 'Authorities in Spain and Portugal arrested 12 suspects during a joint action day coordinated by Eurojust and supported by Europol, seizing cash, vehicles and weapons across both countries.';

describe('reading a document head', () => {
  it.each([
    ['a Council header with place and date', 'Brussels, 3 March 2026\n(OR. en)\n\n6123/26\n\n' + prose, '2026-03-03'],
    ['a Council header with the language on the same line', 'Luxembourg, 14 October 2024 (OR. fr)\n\n' + prose, '2024-10-14'],
    ['a press release date line ending in a bar', 'Headline\n\nSource: Europol\n\n7 January 2026|\n\n' + prose, '2026-01-07'],
    ['a cover page with a month and year', 'Europol Programming Document\n\nJanuary 2025\n\n' + prose, '2025-01'],
    ['an American-style date', 'Headline\n\nSource: Europol\n\nMay 16, 2025\n\n' + prose, '2025-05-16'],
    ['an ISO date', 'Headline\n\n2025-12-01\n\n' + prose, '2025-12-01'],
    ['an ISO date with a time of day', 'Headline\n\n2016-12-15 10:04:37\n\n' + prose, '2016-12-15'],
    ['a day.month.year date', 'Headline\n\nThe Hague, 01.12.2025\n\n' + prose, '2025-12-01'],
    ['a day.month.year dateline opening the first paragraph', '7.9.2023 – Yesterday, the Council adopted a decision. ' + prose, '2023-09-07'],
    ['a place-and-date dateline opening the first paragraph', 'Headline\n\nVilnius, 4 February 2026 – ' + prose, '2026-02-04'],
    ['a byline whose fields are split by bars', 'Headline\n\nBy Ana Ruiz | March 9, 2024 | Lisbon, Portugal\n\n' + prose, '2024-03-09'],
    ['a byline whose fields are split by middle dots', 'Headline\n\nNews · 14 October 2023 · 3 min read\n\n' + prose, '2023-10-14'],
    ['a date that opens a sentence without a dash', '4 February 2026 was a busy day for Europol. ' + prose, null],
    ['no date in the head, only in the prose', prose + '\n\nOn 21 November 2025 the Council met.', null],
    ['an impossible day', 'Headline\n\n31 February 2025\n\n' + prose, null],
  ])('finds the stated date in %s', (_, text, expected) => {
    expect(readMetadata(text).date).toBe(expected);
  });

  it.each([
    ['a plain number', '6123/26', '6123/26'],
    ['a revision', '9876/1/24 REV 1', '9876/1/24 REV 1'],
    ['an addendum with a corrigendum', 'ST 8085/21 ADD 1 COR 2', '8085/21 ADD 1 COR 2'],
    ['an INIT suffix, which is the original and not part of the number', '5432/25 INIT', '5432/25'],
  ])('reads a Council reference written as %s', (_, line, expected) => {
    expect(readMetadata(`Brussels, 3 March 2026\n\n${line}\n\nNOTE\n\nSubject: Something\n\n${prose}`).reference).toBe(expected);
  });

  it('does not take a previous document number for the reference', () => {
    expect(readMetadata(`Brussels, 3 March 2026\n\nNo. prev. doc.: 10254/24\n\nSubject: Something\n\n${prose}`).reference).toBeNull();
  });

  it.each([
    ['LIMITE', 'LIMITE'],
    ['RESTREINT UE/EU RESTRICTED', 'RESTREINT UE/EU RESTRICTED'],
    ['RESTREINT UE / EU RESTRICTED', 'RESTREINT UE/EU RESTRICTED'],
    ['CONFIDENTIEL UE/EU CONFIDENTIAL', 'CONFIDENTIEL UE/EU CONFIDENTIAL'],
    ['TRES SECRET UE/EU TOP SECRET', 'TRÈS SECRET UE/EU TOP SECRET'],
    ['EUROPOL UNCLASSIFIED – BASIC PROTECTION LEVEL', 'EUROPOL UNCLASSIFIED - BASIC PROTECTION LEVEL'],
  ])('recognises the marking %s', (line, expected) => {
    expect(readMetadata(`Brussels, 3 March 2026\n\n6123/26\n\n${line}\n\n${prose}`).classification).toBe(expected);
  });

  it('does not take the word limite in a sentence for a marking', () => {
    expect(readMetadata(`Headline\n\n${prose} The distribution is LIMITE for now.`).classification).toBeNull();
  });

  it.each([
    ['a Council document by its Subject line, continued on the next line',
      'Brussels, 3 March 2026\n\n6123/26\n\nNOTE\nFrom: Presidency\nSubject: Fighting firearms trafficking:\nstate of play\n\n' + prose,
      { type: 'council_document', title: 'Fighting firearms trafficking: state of play' }],
    ['a press release by the headline above its Source line',
      'Europol supports arrests of 20 suspects in Greece\n\nSource: Europol\n\n' + prose,
      { type: 'press_release', title: 'Europol supports arrests of 20 suspects in Greece' }],
    ['a strategy by its cover title above the date',
      'EUROPOL\n\nEuropol Strategy 2025+\n\nJune 2025\n\n' + prose,
      { type: 'strategy', title: 'Europol Strategy 2025+' }],
    ['a report by its title',
      'Eurojust Annual Report 2025\n\nApril 2026\n\n' + prose,
      { type: 'report', title: 'Eurojust Annual Report 2025' }],
    ['a press release without headline by the marks of its body',
      prose + '\nThe Europol Executive Director commented, "This is a success."\n\nBackground\nEuropol supports law enforcement.',
      { type: 'press_release', title: null }],
    ['anything else as other',
      'Minutes of the meeting\n\n' + prose,
      { type: 'other', title: 'Minutes of the meeting' }],
  ])('classifies and titles %s', (_, text, expected) => {
    expect(readMetadata(text)).toMatchObject(expected);
  });
});

describe('a Subject line in a PDF, where the blank line after it is lost', () => {
  it.each([
    ['stops at the next heading', 'Subject: The fight against drug trafficking - Summary report\nIntroduction', 'The fight against drug trafficking - Summary report'],
    ['continues after a word that cannot end it', 'Subject: Draft conclusions on cooperation with\nEurojust and Europol\nIntroduction', 'Draft conclusions on cooperation with Eurojust and Europol'],
    ['continues a line that goes on in lower case', 'Subject: Draft Council conclusions on the\nfight against firearms trafficking\nI. Introduction', 'Draft Council conclusions on the fight against firearms trafficking'],
  ])('%s', (_, subject, title) => {
    expect(readMetadata(`Brussels, 3 March 2026\n6123/26\nNOTE\nFrom: Presidency\n${subject}\n${prose}`).title).toBe(title);
  });
});
