import { describe, expect, it } from 'vitest';
import { signingsOf } from '../support/extract-sentence.ts';

const brief = (text: string, date: string | null = null) =>
  signingsOf(text, date).map(({ instrument, counterpart, status, date: d, parties }) => `${parties[0]} ~ ${counterpart} · ${instrument} · ${status} · ${d}`);

describe('signings read by mechanisms, not by the corpus sentences', () => {
  it.each([
    [
      'counterparts after a colon',
      'Frontex has working arrangements with 3 partners: Moldova, Georgia and Armenia.',
      ['Frontex ~ Moldova · working_arrangement · signed · null', 'Frontex ~ Georgia · working_arrangement · signed · null', 'Frontex ~ Armenia · working_arrangement · signed · null'],
    ],
    [
      'counterparts on the lines after the sentence',
      'Europol shall negotiate strategic agreements with the following countries:\n- Kazakhstan\n- Mongolia\n- Vietnam',
      ['Europol ~ Kazakhstan · cooperation_agreement · planned · null', 'Europol ~ Mongolia · cooperation_agreement · planned · null', 'Europol ~ Vietnam · cooperation_agreement · planned · null'],
    ],
    [
      'a list in parentheses shares the status of the words before it; the Council authorises for the EU',
      'The Council authorised the opening of negotiations with two states (Senegal and Ghana) on Eurojust cooperation agreements.',
      ['EU ~ Senegal · cooperation_agreement · negotiating · null', 'EU ~ Ghana · cooperation_agreement · negotiating · null'],
    ],
    [
      'talks that name no instrument are for an international agreement with a state, which the Commission negotiates for the EU',
      'The Commission will soon open talks with Jordan and Oman on data exchange with Europol.',
      ['EU ~ Jordan · international_agreement · planned · null', 'EU ~ Oman · international_agreement · planned · null'],
    ],
    [
      'a national body followed by its country signs for the country',
      'On 2 June 2024, the National Investigation Agency (NIA), Nepal and Europol signed a working arrangement.',
      ['Europol ~ Nepal · working_arrangement · signed · 2024-06-02'],
    ],
    [
      'two EU-side bodies sign with each other, the first as party',
      'On 4 May 2023, a working arrangement between Frontex and the EPPO entered into force.',
      ['Frontex ~ EPPO · working_arrangement · signed · 2023-05-04'],
    ],
    [
      'a place that only locates the event is not a counterpart',
      'The memorandum of understanding with Interpol was signed at a forum in Skopje, North Macedonia.',
      ['Eurojust ~ Interpol · memorandum_of_understanding · signed · null'],
    ],
    [
      'talks that can start are negotiations',
      'Talks on a cooperation agreement between Eurojust and Kazakhstan can start after the decision.',
      ['Eurojust ~ Kazakhstan · cooperation_agreement · negotiating · null'],
    ],
    [
      'an opening of negotiations that should still be authorised is planned',
      'The Council should soon authorise the opening of negotiations with Bhutan on a Eurojust cooperation agreement.',
      ['EU ~ Bhutan · cooperation_agreement · planned · null'],
    ],
    [
      'a body owned by a country through a possessive signs for the country',
      'Kenya’s Directorate of Criminal Investigations and Europol signed a working arrangement on 3 July 2024.',
      ['Europol ~ Kenya · working_arrangement · signed · 2024-07-03'],
    ],
    [
      'an acronym and its long form are one counterpart',
      'Eurojust signed a memorandum of understanding with the Andean Prosecutors Network (APN) in 2022. The memorandum of understanding with the APN was signed in Lima.',
      ['Eurojust ~ Andean Prosecutors Network · memorandum_of_understanding · signed · 2022'],
    ],
    [
      'an agreement entering into force between the Union and a state written as a pair',
      'EU–Japan agreement on passenger data exchange enters into force',
      ['EU ~ Japan · international_agreement · signed · null'],
    ],
    [
      'counterparts named in the next sentence',
      'Frontex signed two new working arrangements in 2023. The partners are Mauritania and Senegal.',
      ['Frontex ~ Mauritania · working_arrangement · signed · 2023', 'Frontex ~ Senegal · working_arrangement · signed · 2023'],
    ],
    [
      'a next sentence that names countries for another reason is not a list of counterparts',
      'Frontex signed two new working arrangements in 2023. Officers from Mauritania joined an operation.',
      [],
    ],
    [
      '"either … or" does not make two agencies partners',
      'Countries with which either Eurojust or Europol has concluded working arrangements may apply.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('dates a negotiation said to be going on now with the document date, and not one that is only planned', () => {
    expect(brief('The EU is also negotiating international agreements with Chile and Uruguay.', '2026-03-02')).toEqual([
      'EU ~ Chile · international_agreement · negotiating · 2026-03-02',
      'EU ~ Uruguay · international_agreement · negotiating · 2026-03-02',
    ]);
    expect(brief('Eurojust will seek working arrangements with Chile.', '2026-03-02')).toEqual(['Eurojust ~ Chile · working_arrangement · planned · null']);
  });

  it('drops negotiations told as the history of a signing the document states', () => {
    const text = 'Europol and the Federal Police of Nigeria signed a working arrangement on 3 March 2025.\nThe arrangement is the outcome of years of negotiations between Europol and the Federal Police.';
    expect(brief(text)).toEqual(['Europol ~ Nigeria · working_arrangement · signed · 2025-03-03']);
  });

  it('dates a signing told by a headline and by a sentence from the sentence, resolved against the document date', () => {
    const text = 'Frontex signs working arrangement with Senegal\nYesterday, Frontex and Senegal signed a working arrangement in Dakar.';
    expect(brief(text, '2024-06-12')).toEqual(['Frontex ~ Senegal · working_arrangement · signed · 2024-06-11']);
  });

  it('keeps the most precise date any statement of one signing gives', () => {
    const text = 'Europol signs working arrangement with Ghana\nOn 12 January 2026, Europol and Ghana signed a working arrangement.';
    expect(brief(text)).toEqual(['Europol ~ Ghana · working_arrangement · signed · 2026-01-12']);
  });

  it('reads the text of an agreement as a signing between the parties its title names, dated by its DONE line', () => {
    const text = [
      'Agreement between the Republic of Iceland and the European Police Office on operational cooperation',
      'Article 1',
      'The purpose of this Agreement is to establish cooperative relations.',
      'DONE at Reykjavik on 7 April 2011, in duplicate in the English language.',
    ].join('\n');
    // "Agreement between … on operational cooperation" is worded as an agreement on operational cooperation is.
    expect(brief(text)).toEqual(['Europol ~ Iceland · cooperation_agreement · signed · 2011-04-07']);
  });
});

describe('what a signing statement is about: its date, its clause, its places', () => {
  it.each([
    [
      'a record of signings made over time takes no date from the document',
      'Europol has concluded operational agreements with Moldova and Serbia.',
      '2022-05-02',
      ['Europol ~ Moldova · cooperation_agreement · signed · null', 'Europol ~ Serbia · cooperation_agreement · signed · null'],
    ],
    [
      'one signing told as news takes the document date',
      'Europol signed a working arrangement with Peru.',
      '2022-05-02',
      ['Europol ~ Peru · working_arrangement · signed · 2022-05-02'],
    ],
    [
      'a Commission recommendation only proposes the negotiations',
      'Recommendation for a Council Decision authorising the opening of negotiations for an agreement between the European Union and the Kingdom of Bahrain on Europol cooperation',
      null,
      ['EU ~ Bahrain · international_agreement · planned · null'],
    ],
    [
      'a second verb with its own object ends the clause of the signing',
      'Eurojust signed a working arrangement with Kosovo and extended its contact points to Chile and Kenya.',
      null,
      ['Eurojust ~ Kosovo · working_arrangement · signed · null'],
    ],
    [
      'the country a signing took place in is a place beside the counterpart',
      'Frontex and Niger signed a working arrangement in Portugal on 3 March 2021.',
      null,
      ['Frontex ~ Niger · working_arrangement · signed · 2021-03-03'],
    ],
    [
      'a signing told twice, the second time without its instrument, is one signing',
      'Eurojust and Montenegro signed a cooperation agreement on 4 May 2016. The agreement was signed by the Minister of Justice of Montenegro.',
      null,
      ['Eurojust ~ Montenegro · cooperation_agreement · signed · 2016-05-04'],
    ],
    [
      'each list takes the instrument its own clause names, not the sentence’s first',
      'The EU concluded international agreements with Brazil, and Eurojust signed cooperation agreements with Chile and Peru.',
      null,
      ['EU ~ Brazil · international_agreement · signed · null', 'Eurojust ~ Chile · cooperation_agreement · signed · null', 'Eurojust ~ Peru · cooperation_agreement · signed · null'],
    ],
    [
      'a vague wording defers to the instrument named beside it',
      'Frontex will negotiate working arrangements or similar instruments with Ghana and Senegal.',
      null,
      ['Frontex ~ Ghana · working_arrangement · planned · null', 'Frontex ~ Senegal · working_arrangement · planned · null'],
    ],
    [
      'status agreements are the EU’s',
      'The status agreements with Moldova and Georgia have been concluded.',
      null,
      ['EU ~ Moldova · international_agreement · signed · null', 'EU ~ Georgia · international_agreement · signed · null'],
    ],
    [
      'an agreement on cooperation is a cooperation agreement; a dateline’s country is a place',
      'Lisbon, Portugal (4 June 2019) – Agreement on cooperation between Kosovo and Eurojust was signed.',
      null,
      ['Eurojust ~ Kosovo · cooperation_agreement · signed · 2019-06-04'],
    ],
    [
      'a country after another country is listed, not located',
      'Frontex signed working arrangements with Algeria, Tunisia and Egypt.',
      null,
      ['Frontex ~ Algeria · working_arrangement · signed · null', 'Frontex ~ Tunisia · working_arrangement · signed · null', 'Frontex ~ Egypt · working_arrangement · signed · null'],
    ],
    [
      'the Union’s own treaty is a legal act, not a signing',
      'The Council adopted it under the Treaty on the Functioning of the European Union, with the exception of Ireland.',
      null,
      [],
    ],
    [
      'an initialled agreement is still under negotiation',
      'Status agreements have been initialled with Kosovo (May 2021) and are pending finalisation.',
      null,
      ['EU ~ Kosovo · international_agreement · negotiating · 2021-05'],
    ],
    [
      'the signature of an agreement and new agreements with a country are signings',
      'Europol marked the signature of a working arrangement with Mexico. Eurojust’s year included new cooperation agreements with Chile.',
      null,
      ['Europol ~ Mexico · working_arrangement · signed · null', 'Eurojust ~ Chile · cooperation_agreement · signed · null'],
    ],
    [
      'a relative clause speaks of the instrument named before it; the former name of North Macedonia',
      'In 2017, the EU adopted a model status agreement, which served as a basis for the negotiations with Armenia and the former Yugoslav Republic of Macedonia.',
      null,
      ['EU ~ Armenia · international_agreement · negotiating · null', 'EU ~ North Macedonia · international_agreement · negotiating · null'],
    ],
    [
      'the authors of a legal act are not two parties',
      'Article 47 of Regulation (EU) 2018/1727 of the European Parliament and of the Council provides that international agreements may be concluded.',
      null,
      [],
    ],
  ])('%s', (_, text, date, expected) => {
    expect(brief(text, date)).toEqual(expected);
  });
});

describe('signings told over two sentences', () => {
  it('dates a sentence that opens on the mandate just told of with the date that opened the sentence before', () => {
    const text = 'Yesterday, the Council approved a proposal first presented in March 2019. The negotiating mandates approved will allow the Commission to start talks with Peru and Chile on data exchange with Europol.';
    expect(brief(text, '2024-10-09')).toEqual(['EU ~ Peru · international_agreement · negotiating · 2024-10-08', 'EU ~ Chile · international_agreement · negotiating · 2024-10-08']);
  });

  it('reads the counterparts a relative clause lists after "which include" as the list of a record, with no date', () => {
    const text = 'CEPOL signed a working arrangement with Iceland today. The arrangement is the ninth that CEPOL has signed with partners abroad, which include Norway, Serbia and Japan.';
    expect(brief(text, '2023-05-04').slice(1)).toEqual(['CEPOL ~ Norway · working_arrangement · signed · null', 'CEPOL ~ Serbia · working_arrangement · signed · null', 'CEPOL ~ Japan · working_arrangement · signed · null']);
  });

  it('reads a signing told by its signatories, each named with a title of their body', () => {
    expect(brief('Today, Ana Lopes, President of Eurojust, and Jan Novak, Director of the European Labour Authority (ELA), signed a Letter of Understanding.', '2024-03-05')).toEqual([
      'Eurojust ~ ELA · other · signed · 2024-03-05',
    ]);
  });

  it('reads no pair of EU bodies across a relative clause', () => {
    expect(brief('It is for the Council to draw up the list of States and bodies with which Europol shall conclude agreements.')).toEqual([]);
  });

  it('reads an agreement on strategic cooperation with its parties named between the two', () => {
    expect(brief('The agreement between Europol and Peru on strategic cooperation was signed on 2 May 2023.')).toEqual(['Europol ~ Peru · cooperation_agreement · signed · 2023-05-02']);
  });

  it('takes a national body named again without its country for its country', () => {
    const text = 'Europol and the National Police of Ecuador signed a working arrangement on 4 June 2024.\nThe arrangement follows long talks between Europol and the National Police.';
    expect(brief(text)).toEqual(['Europol ~ Ecuador · working_arrangement · signed · 2024-06-04']);
  });
});

describe('signings on record', () => {
  it.each([
    ['agreements said to be in place', 'Europol’s strategic agreements are in place with Chile and Peru.', ['Europol ~ Chile · cooperation_agreement · signed · null', 'Europol ~ Peru · cooperation_agreement · signed · null']],
    ['agreements an agency has, with no date', 'Europol currently has operational agreements with 19 partners, including Iceland and Serbia.', ['Europol ~ Iceland · cooperation_agreement · signed · null', 'Europol ~ Serbia · cooperation_agreement · signed · null']],
    ['agreements told by the participle of their signing', 'The working arrangements Frontex concluded with Albania and Kosovo allow joint patrols.', ['Frontex ~ Albania · working_arrangement · signed · null', 'Frontex ~ Kosovo · working_arrangement · signed · null']],
    ['a signing that still needs to happen is planned', 'A working arrangement between Europol and Peru still needs to be signed.', ['Europol ~ Peru · working_arrangement · planned · null']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('where a signing happens is not who signs it', () => {
  it.each([
    ['the country a visit went to', 'Eurojust and Georgia today signed a cooperation agreement during a visit to Austria by the Prosecutor General.', ['Eurojust ~ Georgia · cooperation_agreement · signed · 2024-02-01']],
    ['the country of an official visit before the signing', 'During an official visit to Chile, Europol signed a working arrangement with the Federal Police of Argentina.', ['Europol ~ Argentina · working_arrangement · signed · 2024-02-01']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('a negotiation only recommended is planned', () => {
  it.each([
    ['recommending that talks start', 'The Commission is recommending the EU start negotiations with Chile on data exchange with Europol.', ['EU ~ Chile · international_agreement · planned · 2024-02-01']],
    ['a recommendation to open negotiations', 'The Commission recommended opening negotiations on an agreement between the EU and Peru.', ['EU ~ Peru · international_agreement · planned · null']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('where a signature took place, working on agreements, working agreements', () => {
  it.each([
    ['the country it was signed in is no party', 'Europol signed a working arrangement with the police of Ghana, signed in Malta by the two heads.', ['Europol ~ Ghana · working_arrangement · signed · 2024-02-01']],
    ['an agency working on agreements is negotiating them', 'Europol is working on working arrangements with Peru and Chile.', ['Europol ~ Peru · working_arrangement · negotiating · null', 'Europol ~ Chile · working_arrangement · negotiating · null']],
    ['a "working agreement" is a working arrangement', 'Europol and the police of Ghana signed a working agreement.', ['Europol ~ Ghana · working_arrangement · signed · 2024-02-01']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('recommendations to open talks, and Parliament’s approval', () => {
  it.each([
    ['a recommendation to authorise negotiations is planned', 'The Commission will present recommendations to the Council to authorise the opening of negotiations for agreements between the EU and Chile and Peru.', ['EU ~ Chile · international_agreement · planned · null', 'EU ~ Peru · international_agreement · planned · null']],
    ['a recommendation to start talks is planned', 'The Commission has sent a recommendation to member states to start talks with Ghana on a status agreement.', ['EU ~ Ghana · international_agreement · planned · null']],
    ['an agreement approved by Parliament is endorsed', 'Parliament also approved an agreement on strategic cooperation between Europol and Qatar.', ['Europol ~ Qatar · cooperation_agreement · signed · 2024-02-01']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('agreements held on a subject, and talks right after an instrument', () => {
  it.each([
    ['the Union "has agreements on" a subject "with" countries: a record, undated', 'The EU already has agreements on the exchange of criminal records with Norway and Japan.', ['EU ~ Norway · international_agreement · signed · null', 'EU ~ Japan · international_agreement · signed · null']],
    ['talks in the sentence after an instrument are for one of its kind', 'Frontex and Moldova initialled a status agreement last week. Negotiations with Albania and with Georgia are ongoing.', ['Frontex ~ Moldova · international_agreement · negotiating · 2024-01', 'EU ~ Albania · international_agreement · negotiating · 2024-02-01', 'EU ~ Georgia · international_agreement · negotiating · 2024-02-01']],
    ['talks far from any instrument, with no EU side, are no signing', 'Trade between the two blocs grew. The weather was fine. Talks with Peru are ongoing.', []],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('the body a counterpart belongs to', () => {
  it('is no counterpart of its own', () => {
    expect(brief('Europol signed a memorandum of understanding with the Lyon Group of the Council of Europe.', '2024-02-01')).toEqual(['Europol ~ Lyon Group · memorandum_of_understanding · signed · 2024-02-01']);
  });
});

describe('a bare agreement with a country, and a meeting a signing happens at', () => {
  it.each([
    ['"the agreement with" a country that entered into force is the Union’s', 'The EU has concluded readmission agreements with several states. The agreement with Cabo Verde entered into force on 1 December 2014.', ['EU ~ Cape Verde · international_agreement · signed · 2014-12-01']],
    ['a body a signing happens at is no party', 'Europol and Peru will sign the working arrangement at the Ministerial Forum.', ['Europol ~ Peru · working_arrangement · planned · null']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('a national body named without its country, in a document about one third country', () => {
  it.each([
    ['signs for the country the document is about', 'Georgia joins Europol. Georgia has become a partner of the agency. The Ministry of Internal Affairs signed a working-level agreement with Europol.', ['Europol ~ Georgia · working_arrangement · signed · 2024-02-01']],
    ['not when the document is about several countries alike', 'Peru and Chile met Europol. Chile and Peru spoke. The Ministry of Interior signed a working arrangement with Europol.', ['Europol ~ Ministry of Interior · working_arrangement · signed · 2024-02-01']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('a body of an EU-side body', () => {
  it('is on the EU side, not a counterpart', () => {
    expect(brief('The Management Board of Eurojust approved the signing of a working arrangement with Moldova.', '2024-02-01')).toEqual(['Eurojust ~ Moldova · working_arrangement · signed · 2024-02-01']);
  });
});

describe('countries an agency "may enter into agreements with"', () => {
  it('are planned cooperation agreements of that agency', () => {
    expect(brief('The Council added Peru and Chile to the list of countries with which Europol may enter into agreements.', '2024-02-01')).toEqual(['Europol ~ Peru · cooperation_agreement · planned · null', 'Europol ~ Chile · cooperation_agreement · planned · null']);
  });
});

describe('members of a body, an instrument as the subject of a modal, an agency’s bare agreements', () => {
  it.each([
    ['a body whose members are named is no counterpart, and an agency’s bare agreements with states are cooperation agreements', 'Several SICA member states, including Panama and Honduras, already have agreements with Europol, and SICA supports them.', ['Europol ~ Panama · cooperation_agreement · signed · null', 'Europol ~ Honduras · cooperation_agreement · signed · null']],
    ['what an instrument "will" do is no plan to sign it', 'Europol signed a working arrangement with Vietnam. This working arrangement will establish cooperation between Europol and Vietnam.', ['Europol ~ Vietnam · working_arrangement · signed · 2024-02-01']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('a Council decision on the signing of an agreement', () => {
  it.each([
    ['plans the signing it decides on', 'Council Decision of 3 June 2019 on the signing, on behalf of the Union, of the Agreement between the European Union and Georgia on police cooperation', ['EU ~ Georgia · cooperation_agreement · planned · 2019-06-03']],
    ['while a decision on the conclusion records an agreement concluded', 'The Council adopted a decision on the conclusion of the agreement with Chile.', ['EU ~ Chile · international_agreement · signed · 2024-02-01']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('capitals for governments, agreements that exist, the Nth signed, clauses of time, years per item', () => {
  it.each([
    ['a third country’s capital after "with" signs for it', 'Last year the EU signed a status agreement with Skopje on border management.', ['EU ~ North Macedonia · international_agreement · signed · null']],
    ['a member state’s capital does not', 'Ankara has long sought closer ties and an agreement with Brussels.', []],
    ['agreements that exist are signed', 'Cooperation agreements between Europol and Moldova and Georgia also exist.', ['Europol ~ Moldova · cooperation_agreement · signed · null', 'Europol ~ Georgia · cooperation_agreement · signed · null']],
    ['the Nth to be signed is signed, and a year after an item is that item’s', 'This is the third working arrangement to be signed by CEPOL with a partner in the region (Armenia in 2021, Georgia and Ukraine in 2023).', ['CEPOL ~ Armenia · working_arrangement · signed · 2021', 'CEPOL ~ Georgia · working_arrangement · signed · 2023', 'CEPOL ~ Ukraine · working_arrangement · signed · 2023']],
    ['a plan does not reach into a clause of time', 'The team will be deployed in June, a year after the EU signed a status agreement with Moldova.', ['EU ~ Moldova · international_agreement · signed · null']],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('a date in brackets after each counterpart, and a bare agreement giving way to a named instrument', () => {
  it('dates each counterpart by the date in brackets after it', () => {
    expect(brief('Status agreements have also been initialled with Moldova (May 2021) and Georgia (3 February 2022).')).toEqual([
      'EU ~ Moldova · international_agreement · negotiating · 2021-05',
      'EU ~ Georgia · international_agreement · negotiating · 2022-02-03',
    ]);
  });
  it('lets a bare "agreement" give way to the instrument the document names for the same signing', () => {
    expect(brief('The EPPO chief signed an agreement with the Prosecutor General’s Office of Moldova. The EPPO and the Prosecutor General’s Office of Moldova signed a working arrangement.')).toEqual([
      'EPPO ~ Moldova · working_arrangement · signed · null',
    ]);
  });
});

describe('signing "in the process", hyphenated instruments on record', () => {
  it.each([
    ['a signing in its early stages is under negotiation', 'Georgia is at the early stages of signing an agreement with Europol.', ['Europol ~ Georgia · cooperation_agreement · negotiating · null']],
    ['a hyphenated instrument a body "has" with a country is on record, undated', 'Europol also has a data-agreement with Norway and Iceland.', ['Europol ~ Norway · cooperation_agreement · signed · null', 'Europol ~ Iceland · cooperation_agreement · signed · null']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('instruments on record after a comma, instruments being implemented', () => {
  it.each([
    ['"has N such agreements, with" lists signings on record', 'Frontex signed working arrangements with partners. To date, Frontex has 3 such arrangements, with Chile and Peru.', ['Frontex ~ Chile · working_arrangement · signed · null', 'Frontex ~ Peru · working_arrangement · signed · null']],
    ['an instrument implemented exists', 'CEPOL continued to implement its working arrangement with Brazil.', ['CEPOL ~ Brazil · working_arrangement · signed · null']],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2024-02-01')).toEqual(expected);
  });
});

describe('negotiations a signing concludes', () => {
  it('are history, not talks under way', () => {
    expect(brief('Moldova and Europol today signed a cooperation agreement. The signing concludes the successful negotiations between Moldova and Europol.', '2024-02-01')).toEqual(['Europol ~ Moldova · cooperation_agreement · signed · 2024-02-01']);
  });
});

describe('existing instruments, and negotiations on new ones', () => {
  it('reads existing arrangements as signed and new ones under negotiation as negotiating', () => {
    expect(brief('Existing working arrangements with Ghana help, with negotiations on new working arrangements with Togo under way.', '2024-02-01')).toEqual([
      'Eurojust ~ Ghana · working_arrangement · signed · null',
      'Eurojust ~ Togo · working_arrangement · negotiating · 2024-02-01',
    ]);
  });
});

describe('instruments of different kinds signed together, and a body named after its country', () => {
  it.each([
    [
      'two instruments joined by "and" are two signings',
      'Frontex signs a Working Arrangement and a Memorandum of Understanding with Ghana',
      ['Frontex ~ Ghana · working_arrangement · signed · null', 'Frontex ~ Ghana · memorandum_of_understanding · signed · null'],
    ],
    [
      'a second signing of another kind with the same counterpart is not a repeat',
      'Europol signs a Memorandum of Understanding with Chile.\n\nIn March 2021, Europol and the Chilean police signed a working arrangement.',
      ['Europol ~ Chile · memorandum_of_understanding · signed · null', 'Europol ~ Chile · working_arrangement · signed · 2021-03'],
    ],
    [
      'a country right before a body signs for the body',
      'The Homeland Security Investigations (HSI) unit attended. A Letter of Intent was signed between Eurojust and the US HSI.',
      ['Eurojust ~ United States · letter_of_intent · signed · null'],
    ],
    [
      'a two-word country written with a hyphen',
      'Eurojust concluded working arrangements with Sri-Lanka and North-Macedonia.',
      ['Eurojust ~ Sri Lanka · working_arrangement · signed · null', 'Eurojust ~ North Macedonia · working_arrangement · signed · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('more wordings of status, and the parties "between" names', () => {
  it.each([
    ['a deal inked', 'Europol and the Police of Ecuador inked a deal to share intelligence.', ['Europol ~ Ecuador · other · signed · null']],
    ['a partnership formalised by an agreement', 'Eurojust and Chile formalised their partnership with a cooperation agreement.', ['Eurojust ~ Chile · cooperation_agreement · signed · null']],
    ['the nth country to conclude one', 'With this, Uruguay becomes the 9th country to conclude a working arrangement with Frontex.', ['Frontex ~ Uruguay · working_arrangement · signed · null']],
    ['an agreement had since a year', 'Europol and Canada have had an operational agreement since 2005.', ['Europol ~ Canada · cooperation_agreement · signed · 2005']],
    ['a hope to sign is a plan', 'Eurojust hopes to sign a working arrangement with Kenya.', ['Eurojust ~ Kenya · working_arrangement · planned · null']],
    ['an instrument that is to be signed is planned', 'The working arrangement is to be signed between Europol and Togo.', ['Europol ~ Togo · working_arrangement · planned · null']],
    ['a body named outside "between … and …" is no party', 'The Council of Europe would let officials travel so that the working arrangement can be signed between Armenia and Europol officials.', ['Europol ~ Armenia · working_arrangement · planned · null']],
    ['"deal with" is a verb, not an instrument', 'Europol will deal with Chile on terrorism.', []],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('a decision authorising a signing', () => {
  it('is a plan, not a signing', () => {
    expect(brief('The Council adopted a decision authorising the signing of the working arrangement between Frontex and Niger.')).toEqual(['Frontex ~ Niger · working_arrangement · planned · null']);
  });
});

describe('a body named inside another body’s name', () => {
  it('is no counterpart of its own', () => {
    expect(brief('Eurojust signed a Memorandum of Understanding with the Office of the Prosecutor of the Special Tribunal for Lebanon (STL).')).toEqual(['Eurojust ~ Office of the Prosecutor of the Special Tribunal for Lebanon · memorandum_of_understanding · signed · null']);
  });
});

describe('a national body named by an adjective the country data lacks', () => {
  it('signs for its country', () => {
    expect(brief('OLAF signed an administrative cooperation arrangement with the Hellenic Financial Intelligence Unit.')).toEqual(['OLAF ~ Greece · working_arrangement · signed · null']);
  });
});

describe('an instrument a statement rests on', () => {
  it('was signed before, undated unless the text dates it', () => {
    expect(brief('On the basis of its working arrangement with Ghana, Frontex deployed 12 officers.', '2024-02-01')).toEqual(['Frontex ~ Ghana · working_arrangement · signed · null']);
  });
});

describe('EU agencies that sign with each other', () => {
  it.each([
    [
      'where the pair of agencies signed is a place, not a counterpart',
      'Europol and the EU Agency for Asylum (EUAA) signed a working arrangement in Valletta.',
      ['Europol ~ EUAA · working_arrangement · signed · null'],
    ],
    [
      'Eurojust, one of the pair, is the party wherever it is named',
      'The European Training Foundation (ETF) and Eurojust have concluded a Memorandum of Understanding.',
      ['Eurojust ~ ETF · memorandum_of_understanding · signed · null'],
    ],
    [
      'an agency as the object of "with" signs with the agency that is the subject',
      'On 9 October 2025, CEPOL signed a working arrangement with the European Labour Authority (ELA).',
      ['CEPOL ~ ELA · working_arrangement · signed · 2025-10-09'],
    ],
    [
      'agencies listed after "with" each sign',
      'The EUIPO will conclude working arrangements with ENISA and the EBA.',
      ['EUIPO ~ ENISA · working_arrangement · planned · null', 'EUIPO ~ EBA · working_arrangement · planned · null'],
    ],
    [
      'two agencies joined by a dash before the instrument are its parties',
      'Last week the two directors signed the revised EFSA–ECHA memorandum of understanding.',
      ['EFSA ~ ECHA · memorandum_of_understanding · signed · null'],
    ],
    [
      'an institution is not an agency signing with one',
      'The Commission signed a contribution agreement with Europol.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('drafts, the agency a document is about, and the year of earlier talks', () => {
  it.each([
    [
      'a draft approved is still under negotiation, and the owner of the organ that approved it is the party',
      'The Governing Board of CEPOL approved the draft agreement for strategic cooperation with Eurofound.',
      ['CEPOL ~ Eurofound · cooperation_agreement · negotiating · null'],
    ],
    [
      'a body a draft is presented to is not a counterpart',
      'With Armenia, the draft working arrangement will be submitted to the Executive Board.',
      ['Eurojust ~ Armenia · working_arrangement · negotiating · null'],
    ],
    [
      'an agency after "with", no agency named before it, signs with the agency the document names most',
      'ENISA published its work programme. ENISA thanked its partners.\n\nNegotiations on a working arrangement with Europol were opened.',
      ['ENISA ~ Europol · working_arrangement · negotiating · null'],
    ],
    [
      'a draft told beside the signing is its history',
      'The signing of the cooperation agreement between Eurojust and Tunisia follows agreement in May 2023 on the wording of the draft agreement.',
      ['Eurojust ~ Tunisia · cooperation_agreement · signed · null'],
    ],
    [
      'the year of earlier talks does not date the signing',
      'Following negotiations commenced in 2019, Europol signed a working arrangement with Chile.',
      ['Europol ~ Chile · working_arrangement · signed · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('the agency a document is about, and agencies after two "with"s of one sentence', () => {
  it.each([
    [
      'with no EU side in the sentence, the agency the document names most signs, not Eurojust by default',
      'Frontex published its annual plan. Frontex thanked its partners.\n\nNew working arrangements will be signed with Ecuador and Ghana.',
      ['Frontex ~ Ecuador · working_arrangement · planned · null', 'Frontex ~ Ghana · working_arrangement · planned · null'],
    ],
    [
      'agencies after each "with" take the status of their own clause, and "new arrangements" the instrument named before',
      'CEPOL met its partners. CEPOL set its goals.\n\nWorking arrangements with ENISA and EIGE have been updated, while new arrangements will be signed with ELA and EUSPA.',
      ['CEPOL ~ ENISA · working_arrangement · signed · null', 'CEPOL ~ EIGE · working_arrangement · signed · null', 'CEPOL ~ ELA · working_arrangement · planned · null', 'CEPOL ~ EUSPA · working_arrangement · planned · null'],
    ],
    [
      'the Union named as the maker of a bare agreement beats the agency the document is about',
      'Frontex deployed teams. Frontex trained guards.\n\nEU signs agreement with Moldova on border management.',
      ['EU ~ Moldova · international_agreement · signed · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('a record of signings with a counted set of partners, and a green light to sign', () => {
  it.each([
    [
      'instruments signed with a number of partners are a record, not news of the day',
      'Frontex has signed working arrangements with 20 partners, including Niger and Ghana.',
      ['Frontex ~ Niger · working_arrangement · signed · null', 'Frontex ~ Ghana · working_arrangement · signed · null'],
    ],
    [
      'a past perfect tells of signings made before: no date of the day',
      'Europol had signed such agreements with states like Canada and Norway.',
      ['Europol ~ Canada · other · signed · null', 'Europol ~ Norway · other · signed · null'],
    ],
    [
      'a green light to the signing lets the signing happen later',
      'The Council gave the green light to the signing of the agreement with Uruguay.',
      ['EU ~ Uruguay · international_agreement · planned · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2025-03-01')).toEqual(expected);
  });
});

describe('an arrangement told by what it does, and negotiations concluded', () => {
  it.each([
    [
      'an arrangement that sets out cooperation exists: signed, with no date of the day',
      'The working arrangement sets out cooperation between CEPOL and the Police Academy of Albania.',
      ['CEPOL ~ Albania · working_arrangement · signed · null'],
    ],
    [
      'negotiations concluded are not yet a signing',
      'The EU and Canada concluded negotiations on a new agreement on passenger data.',
      ['EU ~ Canada · international_agreement · negotiating · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2025-03-01')).toEqual(expected);
  });
});

describe('decisions to sign, and the Parliament’s consent', () => {
  it.each([
    [
      'a joint statement is a joint declaration, a declaration of intent a letter of intent',
      'In 2021 Europol and AFRIPOL signed a Joint Statement. In 2022 Eurojust and SELEC signed a Declaration of Intent.',
      ['Europol ~ AFRIPOL · joint_declaration · signed · 2021', 'Eurojust ~ SELEC · letter_of_intent · signed · 2022'],
    ],
    [
      'an agency’s arrangement named by its kind is a working arrangement',
      'In 2022 the EUAA concluded an administrative arrangement with Egypt.',
      ['EUAA ~ Egypt · working_arrangement · signed · 2022'],
    ],
    [
      'decisions to sign on behalf of the Union are plans to sign',
      'The Council adopted decisions to sign, on behalf of the EU, status agreements with Benin and Togo.',
      ['EU ~ Benin · international_agreement · planned · null', 'EU ~ Togo · international_agreement · planned · null'],
    ],
    [
      'the Parliament’s consent to an agreement with a state is the Union’s agreement, concluded',
      'The European Parliament gave its consent to the agreement with Peru on cooperation with Eurojust.',
      ['Eurojust ~ Peru · international_agreement · signed · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('status told by a relative clause, instruments in use or in preparation, and an earlier instrument', () => {
  it.each([
    [
      'a relative clause right after the counterpart tells its instrument’s status and date',
      'The agreement with Norway, which entered into force in 2017, lets Eurojust exchange data.',
      ['Eurojust ~ Norway · international_agreement · signed · 2017'],
    ],
    [
      'cooperation under an agreement means it was signed, with no date of the day',
      'Europol and Georgia have worked under a strategic agreement since 2015.',
      ['Europol ~ Georgia · cooperation_agreement · signed · 2015'],
    ],
    [
      'an arrangement being finalised or in preparation is under negotiation',
      'The EPPO is finalising a working arrangement with Kenya. A working arrangement between the EPPO and Ghana is in preparation.',
      ['EPPO ~ Kenya · working_arrangement · negotiating · null', 'EPPO ~ Ghana · working_arrangement · negotiating · null'],
    ],
    [
      'an earlier instrument with the same partner does not date the new one',
      'EU signs new status agreement with Moldova. Frontex already works there via the previous status agreement with Moldova, which entered into force in 2019.',
      ['EU ~ Moldova · international_agreement · signed · 2025-03-01'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2025-03-01')).toEqual(expected);
  });
});

describe('a national body whose country the sentence or the document tells later', () => {
  it.each([
    [
      'a body with no country signs for the one country its sentence names',
      'The National Investigation Agency (NIA) and Europol signed a working arrangement between the authorities of Kenya and Europol.',
      ['Europol ~ Kenya · working_arrangement · signed · null'],
    ],
    [
      'a headline’s body takes the country a later sentence gives it',
      'NIA, Eurojust sign working arrangement\n\nThe National Investigation Agency (NIA) of Kenya and Eurojust signed a working arrangement.',
      ['Eurojust ~ Kenya · working_arrangement · signed · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('an EU agency listed among the counterparts, and an instrument entered into', () => {
  it.each([
    [
      'an agency in one list with countries after "with" is a counterpart too',
      'CEPOL has signed working arrangements with the European Union Agency for Asylum, Serbia and Georgia in 2023.',
      ['CEPOL ~ European Union Agency for Asylum · working_arrangement · signed · 2023', 'CEPOL ~ Serbia · working_arrangement · signed · 2023', 'CEPOL ~ Georgia · working_arrangement · signed · 2023'],
    ],
    [
      'a list of agencies alone after "with" is the object of an agency that signs before the wording',
      'Frontex has concluded Memoranda of Understanding with Europol, CEPOL and the EUAA, as well as with UNHCR.',
      ['Frontex ~ Europol · memorandum_of_understanding · signed · null', 'Frontex ~ CEPOL · memorandum_of_understanding · signed · null', 'Frontex ~ EUAA · memorandum_of_understanding · signed · null', 'Frontex ~ UNHCR · memorandum_of_understanding · signed · null'],
    ],
    [
      'a heading naming instruments, with or without a colon, introduces the partners on the lines after it, each with its year',
      'Frontex partners\n\nFrontex works abroad.\n\nWorking arrangements:\n• Senegal (2010)\n• Cape Verde (2011)\n\nStatus agreements with third countries\n- Moldova - 2022',
      ['Frontex ~ Senegal · working_arrangement · signed · 2010', 'Frontex ~ Cape Verde · working_arrangement · signed · 2011', 'EU ~ Moldova · international_agreement · signed · 2022'],
    ],
    [
      'an agency named between the parties is no counterpart of a list',
      'The agreement on cooperation between Moldova and Eurojust was signed in 2016.',
      ['Eurojust ~ Moldova · cooperation_agreement · signed · 2016'],
    ],
    [
      'an instrument one "entered into" is concluded',
      'Europol entered into a cooperation agreement with Interpol in 2001.',
      ['Europol ~ Interpol · cooperation_agreement · signed · 2001'],
    ],
    [
      'the Union and an institution joined by "and" are no pair that signs, and an agreement given is consent',
      'The Council has given its agreement, and the draft EU Decision now opens negotiations for these 9 countries.',
      [],
    ],
    [
      'talks a sentence opens on, in a document of the EU side, are the EU side’s negotiations',
      'Frontex reports on its partners. Talks on arrangements with Mauritania and Gambia can now start.',
      ['EU ~ Mauritania · international_agreement · negotiating · null', 'EU ~ Gambia · international_agreement · negotiating · null'],
    ],
    [
      'negotiations said to be ongoing keep the date an earlier sentence gave them',
      'In June 2019 Frontex opened negotiations with Senegal on a status agreement. Negotiations with Senegal are ongoing.',
      ['Frontex ~ Senegal · international_agreement · negotiating · 2019-06'],
    ],
    [
      'an instrument concluded with someone, its maker unsaid, is the EU side’s in a document of the EU side',
      'Frontex works abroad. Under the agreements concluded with Kosovo and Belize, teams may be deployed.',
      ['EU ~ Kosovo · international_agreement · signed · null', 'EU ~ Belize · international_agreement · signed · null'],
    ],
    [
      'a decision on the conclusion of an agreement records it concluded, not on the document’s date',
      'Council Decision (EU) 2019/310 on the conclusion of the Agreement between the EU and Georgia on police cooperation',
      ['EU ~ Georgia · cooperation_agreement · signed · null'],
    ],
    [
      'the conclusion of an agreement that is only foreseen is no signing',
      'Eurojust held two meetings on the conclusion of international agreements on cooperation with Chile.',
      [],
    ],
    [
      'two agencies’ instruments with one partner are two signings, each with its own date',
      'Europol concluded an operational agreement with Peru in 2015. Eurojust signed a cooperation agreement with Peru in 2021.',
      ['Europol ~ Peru · cooperation_agreement · signed · 2015', 'Eurojust ~ Peru · cooperation_agreement · signed · 2021'],
    ],
    [
      'one that a body "will enter into" is planned',
      'Frontex will enter into an agreement with Senegal.',
      ['Frontex ~ Senegal · cooperation_agreement · planned · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('instruments a body has, told with a relative clause between them and their partners', () => {
  it.each([
    [
      'a relative clause between the instruments a body has and "in place with" its partners',
      'Frontex has working arrangements which allow the exchange of risk analyses in place with Niger, Senegal and Mauritania.',
      ['Frontex ~ Niger · working_arrangement · signed · null', 'Frontex ~ Senegal · working_arrangement · signed · null', 'Frontex ~ Mauritania · working_arrangement · signed · null'],
    ],
    [
      'a relative clause between the instruments a body has and "with" its partners',
      'CEPOL has working arrangements that cover training with Kosovo and Jordan.',
      ['CEPOL ~ Kosovo · working_arrangement · signed · null', 'CEPOL ~ Jordan · working_arrangement · signed · null'],
    ],
    [
      'the instrument a body "has made" is with its partner, on record',
      'The most important operational agreement that Eurojust has made is with Brazil.',
      ['Eurojust ~ Brazil · cooperation_agreement · signed · null'],
    ],
    [
      'one it "has entered into" is on record too, not dated by the document',
      'A further strategic agreement that Europol has entered into is with the World Customs Organization.',
      ['Europol ~ World Customs Organization · cooperation_agreement · signed · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2026-05-20')).toEqual(expected);
  });
});

describe('agencies listed as partners with the agency a document speaks for implied', () => {
  it.each([
    [
      'agencies listed after an instrument’s "with", no subject named, are partners of the agency the document is about',
      'Frontex reports on its partners. Frontex met in Warsaw. Working arrangements with EUAA and eu-LISA have been updated, while new arrangements will be signed with ECHA.',
      ['Frontex ~ EUAA · working_arrangement · signed · 2026-05-20', 'Frontex ~ eu-LISA · working_arrangement · signed · 2026-05-20', 'Frontex ~ ECHA · working_arrangement · planned · null'],
    ],
    [
      'whom a cooperation is with is no partner of an implied subject',
      'Frontex reports on its partners. Frontex met in Warsaw. The Council had agreed on the conclusion of agreements on cooperation with EUAA.',
      [],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2026-05-20')).toEqual(expected);
  });
});

describe('an instrument a sentence opens with, referring back to the partner of the sentence before', () => {
  it.each([
    [
      'a definite instrument naming no partner is the one of the single partner before, with its own status and date',
      'Frontex opened talks on a status agreement with Mauritania. The agreement was signed in March 2025.',
      ['Frontex ~ Mauritania · international_agreement · negotiating · null', 'Frontex ~ Mauritania · international_agreement · signed · 2025-03'],
    ],
    [
      'the signatories of an instrument tell its parties',
      'The signatories of the working arrangement were the Director of CEPOL and the Chief of Police of Montenegro.',
      ['CEPOL ~ Montenegro · working_arrangement · signed · 2026-05-20'],
    ],
    [
      'whom a cooperation is with, in a clause joined after the instrument, is no partner of it',
      'Europol signed a strategic agreement with Peru, and talks were held to deepen cooperation with Bolivia.',
      ['Europol ~ Peru · cooperation_agreement · signed · 2026-05-20'],
    ],
    [
      'the cooperation an arrangement is signed for names its partner',
      'CEPOL signed a working arrangement to facilitate cooperation with Kosovo.',
      ['CEPOL ~ Kosovo · working_arrangement · signed · 2026-05-20'],
    ],
    [
      'an instrument national authorities sign, no EU-side body named, is not the EU side’s',
      'Eurojust reports. Eurojust supported the team. Last week the team’s five national authorities signed a Memorandum of Understanding with the Canadian Department of Justice.',
      [],
    ],
    [
      'nor one between a third country’s body and the prosecuting authorities of the Member States',
      'Eurojust reports. Eurojust supported the team. They welcomed a Memorandum of Understanding between the Ministry of Justice of Brazil and the prosecuting authorities of the four countries.',
      [],
    ],
    [
      'national authorities signing beside an EU-side body do not stop it',
      'The Georgian national authorities and CEPOL signed a working arrangement.',
      ['CEPOL ~ Georgia · working_arrangement · signed · 2026-05-20'],
    ],
    [
      'a negated verb governing the status wording denies the talks',
      'MEPs called on the Council not to authorise the opening of negotiations on strategic agreements between Europol and Ecuador and Peru.',
      [],
    ],
    [
      'what an instrument opening the sentence provides for is no plan to sign it',
      'The Arrangement approved by the College envisages cooperation between Eurojust and the Prosecution Service of Peru.',
      [],
    ],
    [
      'nor what may happen under an instrument',
      'Under the Working Arrangement, Europol may second liaison officers to the police of Chile.',
      [],
    ],
    [
      'an instrument opening the sentence may still be planned to be signed',
      'Frontex reports. Frontex met. The working arrangement will be signed with the border police of Peru in June.',
      ['Frontex ~ Peru · working_arrangement · planned · 2026-06'],
    ],
    [
      'not when the sentence before names two partners',
      'Frontex opened talks on status agreements with Mauritania and Senegal. The agreement was signed in March 2025.',
      ['Frontex ~ Mauritania · international_agreement · negotiating · null', 'Frontex ~ Senegal · international_agreement · negotiating · null'],
    ],
    [
      'not when the sentence denies it',
      'Frontex opened talks on a status agreement with Mauritania. The agreement has not been signed yet.',
      ['Frontex ~ Mauritania · international_agreement · negotiating · null'],
    ],
  ])('%s', (_, text, expected) => {
    expect(brief(text, '2026-05-20')).toEqual(expected);
  });
});
