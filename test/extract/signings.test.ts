import { describe, expect, it } from 'vitest';
import { signingsOf } from '../support/extract-sentence.ts';

const brief = (text: string, date: string | null = null) =>
  signingsOf(text, date).map(({ instrument, counterpart, status, date: d, parties }) => ({ instrument, counterpart, status, date: d, party: parties[0] }));

describe('signings: instrument, counterpart, status, date and parties', () => {
  it('reads one signing per listed counterpart, with the document date for a signing happening now', () => {
    expect(brief('The event included the signing of new Working Arrangements with Georgia, Moldova and Armenia.', '2026-02-10')).toEqual([
      { instrument: 'working_arrangement', counterpart: 'Georgia', status: 'signed', date: '2026-02-10', party: 'Eurojust' },
      { instrument: 'working_arrangement', counterpart: 'Moldova', status: 'signed', date: '2026-02-10', party: 'Eurojust' },
      { instrument: 'working_arrangement', counterpart: 'Armenia', status: 'signed', date: '2026-02-10', party: 'Eurojust' },
    ]);
  });

  it('splits a list with a missing comma and keeps names containing "and" whole, with the year the sentence gives', () => {
    const signings = brief('Working Arrangements were already signed with Ghana, Senegal Kenya and Trinidad and Tobago in 2023.');
    expect(signings.map((s) => [s.counterpart, s.date])).toEqual([['Ghana', '2023'], ['Senegal', '2023'], ['Kenya', '2023'], ['Trinidad and Tobago', '2023']]);
  });

  it('reads international agreements signed with an EU agency named before the verb', () => {
    expect(brief('During the year, international agreements on cooperation with Europol were signed with Saint Kitts and Nevis and Bosnia and Herzegovina.')).toEqual([
      { instrument: 'international_agreement', counterpart: 'Saint Kitts and Nevis', status: 'signed', date: null, party: 'Europol' },
      { instrument: 'international_agreement', counterpart: 'Bosnia and Herzegovina', status: 'signed', date: null, party: 'Europol' },
    ]);
  });

  it.each([
    ['authorised negotiations', 'Eurojust proposed international agreements, and the Council authorised the opening of negotiations with 4 of them (Ghana, Peru, Japan and Kenya).', 'negotiating', 4],
    ['negotiations under way', 'The EU is currently negotiating similar agreements with Chile and Mexico.', 'negotiating', 2],
    ['may be sought', 'Countries with which working arrangements may be sought are Japan, Singapore and the Philippines.', 'planned', 3],
    ['prioritised', 'Negotiate strategic working arrangements, prioritising the following countries: India, Brazil and South Africa.', 'planned', 3],
    ['proposed negotiations', 'Propose that the Commission seeks authorisation to open negotiations for international agreements with Canada and Japan.', 'planned', 2],
    ['will be signed', 'A memorandum of understanding with Norway will be signed next year.', 'planned', 1],
    ['concluded', 'Eurojust recently concluded strategic working arrangements with two countries, that is, Benin and Togo.', 'signed', 2],
    ['can count on', 'To date, Europol can count on 9 such agreements, with Iceland and Norway among them.', 'signed', 2],
    ['renewed', 'Frontex and the Canadian Border Services Agency renewed their working arrangement.', 'signed', 1],
    ['a final green light', 'The Council gave its final green light to an agreement with Moldova on border management.', 'signed', 1],
  ])('status from the wording: %s', (_, sentence, status, count) => {
    const signings = brief(sentence);
    expect(signings).toHaveLength(count);
    expect(new Set(signings.map((s) => s.status))).toEqual(new Set([status]));
  });

  it('gives each counterpart the year in brackets after it, in a record of past agreements', () => {
    expect(brief('Europol had operational cooperation agreements in place with Norway (2001), Iceland (2009) and Georgia (2017).', '2026-03-01').map((s) => [s.counterpart, s.status, s.date])).toEqual([
      ['Norway', 'signed', '2001'], ['Iceland', 'signed', '2009'], ['Georgia', 'signed', '2017'],
    ]);
  });

  it('takes the EU as the party and the exact date the sentence gives', () => {
    expect(brief('On 12 June 2025, the EU signed an international agreement with Japan on the exchange of data.')).toEqual([
      { instrument: 'international_agreement', counterpart: 'Japan', status: 'signed', date: '2025-06-12', party: 'EU' },
    ]);
  });

  it('takes the instrument of an earlier mention for "such"/"similar" agreements', () => {
    const text = 'Europol signed an international agreement with Chile. A similar agreement with Uruguay was signed on 3 May 2024.';
    expect(brief(text).map((s) => [s.counterpart, s.instrument, s.date])).toEqual([['Chile', 'international_agreement', null], ['Uruguay', 'international_agreement', '2024-05-03']]);
  });

  it('reads an organisation as a counterpart', () => {
    expect(brief('Eurojust signed a memorandum of understanding with the International Criminal Court (ICC).').map((s) => s.counterpart)).toEqual(['International Criminal Court']);
  });

  it.each([
    ['a national body stands for its country', 'Europol signed a working arrangement with the Nigerian Economic and Financial Crimes Commission.', 'Nigeria'],
    ['a body named for the country it investigates does not', 'Eurojust signed a memorandum of understanding with the Independent Investigative Mechanism for Myanmar (IIMM).', 'Independent Investigative Mechanism for Myanmar'],
    ['an adjective after "of" describes a body’s members, not its country', 'Eurojust will sign a memorandum of understanding with the League of Arab States and the Organisation of Eastern Caribbean States.', ['League of Arab States', 'Organisation of Eastern Caribbean States']],
    ['a body followed by "of" and its country’s formal name signs for it', 'On 2 June 2025 the National Police Directorate (NPD) of the Republic of Moldova and Europol signed a Working Arrangement.', 'Moldova'],
    ['nor one naming it after a dash', 'Eurojust signed a memorandum of understanding with the International, Impartial and Independent Mechanism – Libya (IIIM-L).', 'International, Impartial and Independent Mechanism – Libya'],
  ])('counterpart of a body: %s', (_, sentence, counterpart) => {
    expect(brief(sentence).map((s) => s.counterpart)).toEqual([counterpart].flat());
  });

  it.each([
    ['a negation', 'Working Arrangements do not allow for the sharing of data with Serbia.'],
    ['a statement without a counterpart', 'Eurojust is signing Working Arrangements that enable long-term cooperation.'],
    ['countries in another clause', 'Agreements were signed last year, while Japan and Chile joined the Contact Point network.'],
    ['no instrument', 'Eurojust signed off on support for Italy and Spain.'],
    ['a joint investigation team’s agreement, set up between national authorities', 'A JIT agreement was signed between the Prosecutor’s Office of Cluj and the Public Prosecutor’s Office of Graz.'],
    ['a body after "on", what the instrument is about', 'Officials discussed an agreement on European Border and Coast Guard cooperation.'],
    ['a bare agreement with a member state’s body, a contract', 'The firm signed an agreement with the Portuguese Innovation Agency for a grant co-financed by the EU.'],
  ])('no signing from %s', (_, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });

  it('reads a bare agreement concluded in the passive, its maker unsaid, in a document of the EU side, as the EU’s', () => {
    const text = 'Frontex supports the Western Balkans. A first agreement on border management was concluded with Moldova in 2022.';
    expect(brief(text).map((s) => [s.counterpart, s.status, s.instrument, s.date])).toEqual([['Moldova', 'signed', 'international_agreement', '2022']]);
    expect(brief('A first agreement on border management was concluded with Moldova in 2022.')).toEqual([]);
  });

  it('states the same talks told again under another instrument’s name once, as first told', () => {
    const text = 'The Council authorised negotiations for a cooperation agreement with Bolivia. The negotiations on the Agreement between the European Union and Bolivia on cooperation with Eurojust are under way.';
    expect(brief(text).map((s) => [s.counterpart, s.status, s.instrument])).toEqual([['Bolivia', 'negotiating', 'cooperation_agreement']]);
  });

  it('states each counterpart once per status and instrument in a document', () => {
    const text = 'Working Arrangement signed with Ghana. Eurojust is proud to sign this Working Arrangement with Ghana today.';
    expect(brief(text, '2026-01-05')).toHaveLength(1);
  });
});

describe('signings in a release written for this test', () => {
  const release = [
    'Europol and Kenya sign working arrangement to fight drug trafficking',
    '',
    'Europol Executive Director Catherine De Bolle and the Director of the Kenyan Directorate of Criminal Investigations, Mr Mohamed Amin, signed a working arrangement today in The Hague. Negotiations on a similar arrangement with Tanzania are under way, and Europol plans to conclude working arrangements with Uganda and Rwanda in 2027.',
  ].join('\n');

  it('reads the party, each counterpart once, its status and the date of its own statement (talks under way now take the document’s date)', () => {
    expect(signingsOf(release, '2026-03-12').map((s) => [s.parties[0], s.counterpart, s.status, s.date])).toEqual([
      ['Europol', 'Kenya', 'signed', '2026-03-12'],
      ['Europol', 'Tanzania', 'negotiating', '2026-03-12'],
      ['Europol', 'Uganda', 'planned', '2027'],
      ['Europol', 'Rwanda', 'planned', '2027'],
    ]);
  });
});
