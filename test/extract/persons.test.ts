import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../../src/nlp/document-model.ts';
import { findPersonMentions, PERSONS } from '../../src/extract/entities/person-mentions.ts';
import { entitiesOf } from '../support/extract-sentence.ts';

const persons = (text: string) => entitiesOf(text, 'person').map((p) => (p.role ? `${p.name} | ${p.role}` : p.name));

describe('persons named without a role word', () => {
  it.each([
    ['a given name and a surname with particles', 'Ursula Brandt von der Heide met the delegation in Vilnius.', ['Ursula Brandt von der Heide']],
    ['a double given name and a Spanish surname', 'The talks were chaired by Juan Carlos de la Fuente Ortega.', ['Juan Carlos de la Fuente Ortega']],
    ['Polish diacritics', 'The file was handed over to Bartłomiej Śliwa and Agnieszka Wróblewska.', ['Bartłomiej Śliwa', 'Agnieszka Wróblewska']],
    ['a hyphenated given name', 'Jean-Baptiste Morel opened the conference on migration.', ['Jean-Baptiste Morel']],
    ['an Irish surname', 'The report was drafted by Siobhan O’Donoghue.', ['Siobhan O’Donoghue']],
    ['initials', 'Investigators questioned J. R. Hallström about the transfers.', ['J. R. Hallström']],
    ['a romanised Korean given name', 'Sung-min Cho welcomed the delegation from Seoul.', ['Sung-min Cho']],
    ['a capitalised particle', 'The award went to Marieke De Smedt of the Ghent bar.', ['Marieke De Smedt']],
    ['a given name that is also a word, before a surname', 'Grace Okonkwo and Mark Vellinga attended.', ['Grace Okonkwo', 'Mark Vellinga']],
    ['a known surname after an unknown given name', 'The witness, Ylvi Nowak, testified in Kraków.', ['Ylvi Nowak']],
    ['a surname written in capitals, as EU texts do', 'The rapporteur, Mr Tiago MOREIRA DA SILVA (EPP, PT), presented the report.', ['Tiago MOREIRA DA SILVA | rapporteur']],
    ['an Arabic article joined to a surname', 'Mohamed el-Amrani and Yusuf al-Haddad were extradited.', ['Mohamed el-Amrani', 'Yusuf al-Haddad']],
    ['a given name before a surname that is an English word, known as a surname', 'Witnesses named Helen Young and Marek Hill.', ['Helen Young', 'Marek Hill']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('courtesy titles and forms of address', () => {
  it.each([
    ['Dr, Prof. and Judge', 'Dr Ingrid Halvorsen, Prof. Marek Zieliński and Judge Ana Petrović spoke.', ['Ingrid Halvorsen', 'Marek Zieliński', 'Ana Petrović | Judge']],
    ['H.E. before a role and a name', 'H.E. Ambassador Tomás Lindqvist presented his credentials.', ['Tomás Lindqvist | Ambassador']],
    ['a surname alone after Mrs', 'Mrs Kovalenko thanked the investigators.', ['Kovalenko']],
    ['an academic title written the Central European way', 'The report was presented by JUDr. Miroslava Kováčová.', ['Miroslava Kováčová']],
    ['a surname-first name after Mr.', 'The agreement was signed by Mr. Kim Dae-jung for the Ministry.', ['Kim Dae-jung']],
    ['a surname that is an English word, after a title', 'Ms Young and Sir Peter Marsh were present.', ['Young', 'Peter Marsh']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('the role, read from the sentence structure', () => {
  it.each([
    ['apposition after the name', 'Henrike Vogt, Executive Director of Frontex, said the operation had ended.', ['Henrike Vogt | Executive Director of Frontex']],
    ['a role with "for" before the name', 'European Commissioner for Justice Tomas Verbeek welcomed the agreement.', ['Tomas Verbeek | European Commissioner for Justice']],
    ['"said X, head of …"', '“We will continue,” said Lorenzo Ferri, head of the Anti-Mafia Investigation Directorate.', ['Lorenzo Ferri | head of the Anti-Mafia Investigation Directorate']],
    ['"according to Y, the Minister of …"', 'According to Katarzyna Nowak, the Minister of Justice of Poland, the reform takes effect in June.', ['Katarzyna Nowak | Minister of Justice of Poland']],
    ['a possessive body before a lower-case role', "Europol's executive director Annika Lindström said the network was dismantled.", ["Annika Lindström | Europol's executive director"]],
    ['a role and a title, with commas', 'The Head of the CBI, Mr Rakesh Varma, signed for India.', ['Rakesh Varma | Head of the CBI']],
    ['two roles joined by "and"', 'Budget Committee Chair and rapporteur Nuno Calado (EPP, PT) said the vote was clear.', ['Nuno Calado | Budget Committee Chair and rapporteur']],
    ['two signatories of one act', 'Today, Lena Berg, President of Eurojust, and Piotr Malinowski, Deputy Secretary-General for Security of the EEAS, signed a Letter of Understanding.', ['Lena Berg | President of Eurojust', 'Piotr Malinowski | Deputy Secretary-General for Security of the EEAS']],
    ['a role with a single surname', 'President Holmqvist opened the plenary.', ['Holmqvist | President']],
    ['a role with a surname that opens with particles', 'Commissioner van den Berghe met the Minister.', ['van den Berghe | Commissioner']],
    ['a role in parentheses after the name', 'Speakers: Ilse Vermeulen (Deputy Director, OLAF) and Kostas Pappas (Prosecutor, Athens).', ['Ilse Vermeulen | Deputy Director, OLAF', 'Kostas Pappas | Prosecutor, Athens']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('signature blocks and contact boxes', () => {
  it.each([
    ['a name between "For …" and a role line', 'The parties agreed.\nFor the Agency\nMarta Quintana Ruiz\nExecutive Director\n', ['Marta Quintana Ruiz | Executive Director']],
    ['a press contact with a role line', 'Press contacts\n\nHelmut Brandstätter\nPress officer (Justice; Home Affairs)\n+32 2 281 00 00\n', ['Helmut Brandstätter | Press officer']],
    ['names in capitals after "(sd.)"', 'DONE at Tallinn on 3 May 2011. For the Republic of Estonia (sd.) K. TAMM For the European Police Office (sd.) L. WEBER', ['K. TAMM', 'L. WEBER']],
    ['a name on its own line at the foot of a letter', 'We look forward to our cooperation.\nYours sincerely,\nOlga Petrenko-Walsh\n', ['Olga Petrenko-Walsh']],
    ['a role line above the name', 'Foreword\nThe Administrative Director\nTeodor Ilescu-Marin\n', ['Teodor Ilescu-Marin | Administrative Director']],
    ['two signatories side by side, surnames in capitals', 'For the Agency For the Ministry of the Interior of Moldova\nAnna BERGQVIST Ion CEBAN\nExecutive Director Minister of Internal Affairs\n', ['Anna BERGQVIST | Executive Director', 'Ion CEBAN | Minister of Internal Affairs']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('what is not a person', () => {
  it.each([
    ['a body named after a place or a person', 'Victoria Police and the Jean Monnet Programme funded the study.'],
    ['a street in an address', 'The office is at Johan de Wittlaan 9, 2517 JR The Hague.'],
    ['months and countries with given-name spellings', 'In May, Georgia, Jordan and Chad signed the memorandum.'],
    ['an operation name', 'Operation Sophia and the operation codenamed Anna Maria ended in March.'],
    ['a place with a given-name spelling', 'The suspects were arrested in Santa Cruz and San Marino.'],
    ['a headline in title case', 'Police Seize Cocaine Worth EUR 4 Million In Antwerp Port'],
    ['a role with no name after it', 'The Commissioner for Home Affairs and the Director General Migration met.'],
    ['a section title before a role line', 'Western Balkans\nHead of Unit reports\n'],
    ['a prize named after a person', 'She received the Sakharov Prize and the Anna Politkovskaya award.'],
    ['demonyms and regions', 'Italian Carabinieri and Western Balkans partners met in Latin America.'],
    ['a group compromise knows as an organisation', 'Groups such as Al Qaeda kept recruiting online.'],
    ['a title named after a place', 'The San Remo Manual and the Oslo Guidelines were cited.'],
    ['a name qualifying a capitalised noun', 'The Marie Skłodowska-Curie Actions fund researchers.'],
    ['vehicles counted before their make', 'Officers seized two Mercedes Benz cars.'],
    ['brands before the goods they name', 'Customs found fake Pierre Cardin belts and Carlo Ferretti watches.'],
    ['a place after "the prosecutor of"', 'Following findings by the prosecutor of the Court of Lyon JUNALCO, the devices were seized.'],
  ])('%s', (_, text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('one person per document', () => {
  it('joins the full name, the courtesy title and the role with a surname into one person named in full', () => {
    const text = 'Eurojust President Anders Holm opened the meeting. Mr Holm said the results were strong. President Holm also thanked Lithuania. Holm left at noon.';
    const [person, ...others] = entitiesOf(text, 'person');
    expect(others).toEqual([]);
    expect(person).toMatchObject({ name: 'Anders Holm', role: 'Eurojust President' });
    expect(person!.mentions).toHaveLength(4);
  });

  it('joins a surname-first name and its surname with a title', () => {
    const text = 'Minister of Justice Mr. Lee Jae-won signed. Minister Lee thanked Eurojust.';
    expect(entitiesOf(text, 'person').map((p) => [p.name, p.mentions.length])).toEqual([['Lee Jae-won', 2]]);
  });

  it('keeps two people who share a surname apart, and gives a bare surname to the one named last', () => {
    const text = 'Anna Lund met Erik Lund in Oslo. Later, Ms Anna Lund spoke.';
    expect(persons(text)).toEqual(['Anna Lund', 'Erik Lund']);
  });

  it('prefers a writing in mixed case to one in capitals', () => {
    expect(persons('(signed) ANNA BERGQVIST\nAnna Bergqvist, Director of the Institute, approved it.')).toEqual(['Anna Bergqvist | Director of the Institute']);
  });

  it('adds a persons layer that later readers can read, with the role beside each mention', () => {
    const model = new DocumentModel('Commissioner Dalia Sirvydė met Dr Jonas Petraitis.');
    findPersonMentions(model);
    expect(model.all(PERSONS).map((p) => [p.name, p.role ?? null, p.rule])).toEqual([
      ['Dalia Sirvydė', 'Commissioner', 'person.role-before'],
      ['Jonas Petraitis', null, 'person.honorific'],
    ]);
  });
});

describe('roles and names around a body’s name', () => {
  const persons = (text: string) => entitiesOf(text, 'person').map((p) => `${p.name} · ${p.role ?? ''}`);
  it.each([
    ['a role of a body’s organ before the name', 'The Chair of the Europol Management Board Lena Varga spoke.', ['Lena Varga · Chair of the Europol Management Board']],
    ['a portfolio with commas before the name', 'Commissioner for Justice, Equality and Rule of Law Anton Dvořák attended.', ['Anton Dvořák · Commissioner for Justice, Equality and Rule of Law']],
    ['a hyphenated title after a comma and a courtesy title', 'It was signed by the Comptroller-General of the Ghana Immigration Service, Mrs Ama Mensah.', ['Ama Mensah · Comptroller-General of the Ghana Immigration Service']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('one word after a role that names no person', () => {
  it.each([
    ['an abbreviation with two capitals', 'It may post a Liaison Prosecutor to Eurojust, BiH said.', []],
    ['a body’s head word that ends the role’s body', 'The Head of the EU Delegation spoke first.', []],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a name after a role whose words are words of the language too', () => {
  it.each([
    ['a given name that is also a verb and a surname that is also a noun', 'Europol Director Rob Wainwright said it.', ['Rob Wainwright | Europol Director']],
    ['the role word alone before them', 'Director Bill Carpenter spoke first.', ['Bill Carpenter | Director']],
    ['no given name, no person', 'The Director General Migration office replied.', []],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('roles in lower case, footnote asterisks and the title Sheikh', () => {
  it.each([
    ['a lower-case role word before the name', 'Citing the report, Europol director Rob Wainwright said more.', ['Rob Wainwright | Europol director']],
    ['an asterisk between the role and the name', 'Today the Minister of the Interior of Kosovo* Ardian Krasniqi signed it.', ['Ardian Krasniqi | Minister of the Interior of Kosovo']],
    ['"Sheikh" is a title before the name', 'The Interior Minister Sheikh Khalid bin Hamad Al-Thani met them.', ['Khalid bin Hamad Al-Thani | Interior Minister']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('a title with a given name alone', () => {
  it('is the person the full name named before', () => {
    expect(persons('The Interior Minister Sheikh Khalid bin Hamad Al-Thani met them. Sheikh Khalid thanked Europol.')).toEqual(['Khalid bin Hamad Al-Thani | Interior Minister']);
  });
});

describe('names listed each with its role after it', () => {
  it('gives each name the role after it, not the one before it that belongs to the name before', () => {
    expect(persons('It was presented by Ms Ana Ruiz, President of the College, Mr Jan Novak, National Member for Czechia, and Ms Eva Berg, Liaison Prosecutor for Norway.'))
      .toEqual(['Ana Ruiz | President of the College', 'Jan Novak | National Member for Czechia', 'Eva Berg | Liaison Prosecutor for Norway']);
  });
});

describe('a name of words of the language beside a role phrase', () => {
  it.each([
    ['the role before, set off by commas', 'In his speech, the Director of Europol, Rob Wainwright, welcomed guests.', ['Rob Wainwright | Director of Europol']],
    ['the role after, past a closing quotation mark', '"It is the largest," Mark Wheelwright, the head of Europol, told reporters.', ['Mark Wheelwright | head of Europol']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('one person across scripts that look alike', () => {
  it('reads a surname typed with a Cyrillic letter as the Latin name it looks like', () => {
    expect(persons('Director Ivana Petrović-Horvat opened the meeting. Ivana Petrоvić-Horvat (with a Cyrillic о) closed it.')).toEqual(['Ivana Petrović-Horvat | Director']);
  });
});

describe('bylines', () => {
  it('name the author on a line opened by "By"', () => {
    expect(entitiesOf('EU and Chile sign pact\n\nBy Marta Olsen | 4 May 2023\n\nBy sea, the goods arrived.', 'person').map((e) => e.name)).toEqual(['Marta Olsen']);
  });
});

describe('two given names', () => {
  it('keeps a given name that is also a word before another given name', () => {
    expect(persons('The report was presented by Maria Teresa Duarte, who leads the unit.')).toEqual(['Maria Teresa Duarte']);
  });
});

describe('words of a title that look like a name', () => {
  it.each([
    ['a given name that is a word, after a capitalised word', 'Talks on the Advance Passenger Information system and the Joint Grace Period Rules went on.', []],
    ['a given name after a role word still names a person', 'Spokesperson Grace Kowalski confirmed the arrests.', ['Grace Kowalski | Spokesperson']],
    ['a given name that is no word of the language, after a capitalised word', 'On Monday Oleksandr Hrytsenko, the investigator, testified.', ['Oleksandr Hrytsenko | investigator']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('roles after a name with lower-case words', () => {
  it.each([
    ['a lower-case noun before the head', '“It worked,” said Irena Novak, fraud director at OLAF.', ['Irena Novak | fraud director at OLAF']],
    ['lower-case nouns after the head, the apposition closed by a comma', 'Tomas Berg, head of the Danish liaison desk, spoke first.', ['Tomas Berg | head of the Danish liaison desk']],
    ['a connector inside the role before its head', 'Guests included Sara Lind, Deputy to the Head of Mission, in Riga.', ['Sara Lind | Deputy to the Head of Mission']],
    ['lower-case words left open by a verb are not the role', 'Tomas Berg, head of the unit that ran the case', ['Tomas Berg | head']],
    ['"and the" after a name opens the next person, not a role', 'The visit was attended by Ambassador Piet Claes, and the Head of Unit at Frontex Ana Sousa.', ['Piet Claes | Ambassador', 'Ana Sousa | Head of Unit at Frontex']],
  ])('%s', (_, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
