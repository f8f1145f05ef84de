import { describe, expect, it } from 'vitest';
import { ORGANISATIONS, readOrganisations } from '../../src/extract/entities/organisation-entities.ts';
import { DocumentModel } from '../../src/nlp/document-model.ts';
import { EU_BODIES } from '../../src/nlp/lexicon/eu-bodies.data.ts';
import { MONTHS, monthNumber } from '../../src/nlp/lexicon/months.data.ts';
import { KNOWN_BODIES, knownForm } from '../../src/nlp/lexicon/organisations.lexicon.ts';
import { entitiesOf, factsOf } from '../support/extract-sentence.ts';

const organisations = (text: string) => entitiesOf(text, 'organisation').map((e) => (e.acronym ? `${e.name} (${e.acronym})` : e.name));
const layerOf = (text: string) => {
  const model = new DocumentModel(text);
  readOrganisations(model);
  return model.all(ORGANISATIONS);
};

describe('the European Union is an organisation', () => {
  it.each([
    ['as the modifier that opens a body’s name', 'The European Union Agency for Asylum drew on the EU Cohesion Fund.', ['European Union Agency for Asylum', 'European Union (EU)', 'EU Cohesion Fund']],
    ['as a noun', 'Moldova deepened its cooperation with the EU in 2023.', ['EU']],
    ['as a modifier', 'Nine EU Member States and two non-EU countries sent officers to Chisinau.', ['EU']],
    ['by its full name and its acronym together', 'The European Union (EU) and Georgia met. The EU funds the project.', ['European Union (EU)']],
    ['named inside one of its bodies’ names', 'The Court of Justice of the European Union ruled on the EU case.', ['Court of Justice of the European Union', 'European Union (EU)']],
    ['not in the number of a legal act', 'Regulation (EU) 2019/818 and Council Decision 2014/512/EU apply to Norway.', []],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('names as the document writes them, one entity per body', () => {
  it.each([
    ['an elliptic name alone', 'The Council asked the Commission to report by June.', ['Council', 'Commission']],
    ['the full name beside the elliptic one', 'The Council of the European Union met. The Council adopted it.', ['Council of the European Union', 'European Union']],
    ['a listed acronym alone', 'The OLAF investigators visited Riga.', ['OLAF']],
    ['a listed acronym after its full name', 'The European Anti-Fraud Office opened a case; OLAF closed it.', ['European Anti-Fraud Office (OLAF)']],
    ['an acronym before its definition', 'The NCB Vilnius was alerted. The National Central Bureau (NCB) replied.', ['National Central Bureau (NCB)']],
    ['a short name spelt from its long form', 'The Nordic Police Office (Nordpol) trained 30 officers. Nordpol will meet again.', ['Nordic Police Office (Nordpol)']],
    ['a listed short name in brackets', 'The Agency (Frontex) deployed 40 officers.', ['Frontex']],
    ['a long form in brackets after a listed short name', 'Europol (the European Union Agency for Law Enforcement Cooperation) was informed.', ['European Union Agency for Law Enforcement Cooperation (Europol)']],
    ['an acronym written inside the name, before the head word', 'The Foreign Affairs, Trade and Development (FATD) Committee voted.', ['Foreign Affairs, Trade and Development Committee (FATD)']],
    ['an institution’s word that names an act', 'Council Decision 2011/335/JHA and a Commission Implementing Regulation were cited.', []],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('which part of a capitalised run names the body', () => {
  it.each([
    ['an "of"-chain kept whole', 'Officers of the Public Prosecutor’s Office of the Republic of Moldova arrested 6.', ['Public Prosecutor’s Office of the Republic of Moldova']],
    ['a complement with "and" inside', 'The Directorate for the Investigation of Organised Crime and Terrorism (DIICOT) acted.', ['Directorate for the Investigation of Organised Crime and Terrorism (DIICOT)']],
    ['a country with "of" in its name', 'It was signed with the Ministry of the Interior of the Hashemite Kingdom of Jordan.', ['Ministry of the Interior of the Hashemite Kingdom of Jordan']],
    ['a polity’s name before the head', 'The Commonwealth of Independent States Anti-Terrorism Centre took part.', ['Commonwealth of Independent States Anti-Terrorism Centre']],
    ['people in front of the body', 'Investigators of the Kosovo Police Directorate searched 9 houses.', ['Kosovo Police Directorate']],
    ['an organ named by common words keeps the body it belongs to, which is an entity too', 'The Management Board of Europol and the Steering Committee of the EJTN met.', ['Management Board of Europol', 'Europol', 'Steering Committee of the EJTN', 'EJTN']],
    ['an organ with a name of its own does not', 'The LIBE Committee of the European Parliament met.', ['LIBE Committee', 'European Parliament']],
    ['an owner by a possessive', 'Eurojust’s Executive Board approved the budget.', ['Eurojust', 'Executive Board']],
    ['a title after the head word', 'Budget Committee Chair Ilse Marten said so.', ['Budget Committee']],
    ['a region after the head word', 'The SELEC Liaison Centre in the Western Balkans was consulted.', ['SELEC Liaison Centre']],
    ['"and the" before the body', 'The Director and the Federal Government agreed.', ['Federal Government']],
    ['a clause word in front', 'Should the Federal Government object, the Board decides.', ['Federal Government']],
    ['a complement and a second body', 'Talks took place at the EU-India Dialogue on Cyber Security and Joint Working Group on Terrorism.', ['EU', 'Joint Working Group on Terrorism']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });

  it.each([
    ['places named after the head word of a place', 'Inviolability of the Premises\nThe Premises of Europol and the Headquarters of Europol are inviolable.', /Premises|Headquarters/],
    ['a participle after the head word', 'The Republic of Malta and the European Police Office Having regard to the Convention agreed.', /Having/],
    ['a description in apposition', 'Eurojust, the European Union’s Judicial Cooperation Unit, was set up in 2002.', /Judicial Cooperation Unit/],
  ])('does not take %s for a body', (_, text, not) => {
    expect(organisations(text).filter((name) => not.test(name))).toEqual([]);
  });
});

describe('headings and salutations', () => {
  it('does not take a heading’s topic for a body unless the text names it too', () => {
    const text = 'Strategic Partnership with Africa\nOperational Support Hub\nThe Operational Support Hub opened in Lisbon in 2022.';
    expect(organisations(text)).toEqual(['Operational Support Hub']);
  });

  it.each([
    ['a sentence-case heading without a verb', 'Judiciary Hub for global impact\nEurojust met 40 partners in 2024.', ['Eurojust']],
    ['a short line with a verb', 'Cyber Fraud Hub opened in Tallinn\nEurojust met 40 partners in 2024.', ['Cyber Fraud Hub', 'Eurojust']],
  ])('reads %s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });

  it('keeps a body with a head word that only bodies have, in a heading', () => {
    expect(organisations('Kenya National Police Service\nIt arrested 4 suspects.')).toEqual(['Kenya National Police Service']);
  });

  it('does not read a salutation', () => {
    expect(organisations('Dear Members of the Advisory Group,\nthank you.')).toEqual([]);
  });
});

describe('national bodies', () => {
  it.each([
    ['a demonym and a head word in the national language', 'The Spanish Guardia Civil and the Portuguese Polícia Judiciária seized 2 tonnes.', ['Spanish Guardia Civil', 'Portuguese Polícia Judiciária']],
    ['a demonym, a long form and an acronym', 'Officers of the Belgian Federal Judicial Police (FJP) took part.', ['Belgian Federal Judicial Police (FJP)']],
    ['a national name with its place', 'Italy: Guardia di Finanza di Palermo – GICO (Anti-Fraud Investigation Unit – Tax Section)', ['Guardia di Finanza di Palermo', 'Anti-Fraud Investigation Unit (GICO)']],
    ['a plural head before a list of countries', 'It signed with the Attorney General’s Offices of Chile, Peru and the Dominican Republic.', ['Attorney General’s Office of Chile', 'Attorney General’s Office of Peru', 'Attorney General’s Office of the Dominican Republic']],
    ['two names sharing a plural head', 'Eurojust funds the Baltic Sea Justice and Black Sea Police projects.', ['Eurojust', 'Baltic Sea Justice Project', 'Black Sea Police Project']],
    ['a name in its own language in brackets, as one body', 'The Portuguese Public Security Police (Polícia de Segurança Pública) seized 80 kg.', ['Portuguese Public Security Police']],
    ['a head written first, its adjectives, then its complement', 'It thanked the Polícia Federal of Brazil.', ['Polícia Federal of Brazil']],
    ['a gerund that opens the complement', 'Latvia’s State Bureau Combating Economic Crime took part.', ['State Bureau Combating Economic Crime']],
    ['a definition that tells where the second body begins', 'The Slovak Ministry of the Interior and Financial Administration Criminal Office (FACO) met.', ['Slovak Ministry of the Interior', 'Financial Administration Criminal Office (FACO)']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });

  it('is one entity written with its country in front, by a possessive, or after "of"', () => {
    const text = 'The Public Security Directorate of Jordan signed. Jordan’s Public Security Directorate will report.';
    expect(organisations(text)).toEqual(['Public Security Directorate of Jordan']);
  });
});

describe('the organisations layer', () => {
  it('gives each mention its entity, name and acronym', () => {
    const spans = layerOf('The National Central Bureau (NCB) met Frontex. Later the NCB wrote.');
    expect(spans.map((s) => [s.written, s.name, s.acronym, s.rule])).toEqual([
      ['National Central Bureau (NCB)', 'National Central Bureau', 'NCB', 'organisation.acronym-definition'],
      ['Frontex', 'Frontex', undefined, 'organisation.known'],
      ['NCB', 'National Central Bureau', 'NCB', 'organisation.acronym-definition'],
    ]);
    expect(new Set(spans.filter((s) => s.name === 'National Central Bureau').map((s) => s.key)).size).toBe(1);
  });

  it.each([
    ['a country after a comma', 'On 4 May the National Investigation Agency (NIA), India and Europol signed it.', 'National Investigation Agency', 'IN'],
    ['a country in the complement', 'The Ministry of Interior of the Kingdom of Morocco signed it.', 'Ministry of Interior of the Kingdom of Morocco', 'MA'],
    ['a demonym in front', 'The Chilean Investigations Police signed it.', 'Chilean Investigations Police', 'CL'],
    ['a possessive', 'Kenya’s Directorate of Criminal Investigations signed it.', 'Directorate of Criminal Investigations', 'KE'],
  ])('says the country a national body belongs to: %s', (_, text, name, code) => {
    const span = layerOf(text).find((s) => s.name === name);
    expect(span?.country?.code).toBe(code);
  });

  it('marks the EU-side bodies that sign in their own name', () => {
    const spans = layerOf('The EPPO, the Commission and the EU met Interpol.');
    expect(spans.map((s) => [s.name, s.side, s.signsArrangements ?? false])).toEqual([
      ['EPPO', 'eu', true],
      ['Commission', 'eu', false],
      ['EU', 'eu', true],
      ['Interpol', 'international', false],
    ]);
  });

  it('has no country for international and EU bodies', () => {
    expect(layerOf('Interpol, Spain and the Publications Office of the European Union, Luxembourg.').filter((s) => s.country)).toEqual([]);
  });
});

describe('lexicons of the world, each fact in one place', () => {
  it('names every listed body by forms no other body uses', () => {
    for (const body of KNOWN_BODIES) for (const form of [...body.names, ...body.acronyms, ...body.shortNames]) expect(knownForm(form)?.body.id).toBe(body.id);
  });

  it('lists every EU body with a full name', () => {
    expect(EU_BODIES.every((body) => body.names.length > 0)).toBe(true);
  });

  it.each([
    ['January', 1], ['sept', 9], ['Sept.', 9], ['DEC', 12], ['May', 5], ['Maybe', undefined],
  ] as const)('reads the month %s as %s', (word, number) => {
    expect(monthNumber(word)).toBe(number);
  });

  it('has twelve months', () => {
    expect(MONTHS.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('names read to their end and from their start', () => {
  it.each([
    ['a group’s name going on in lower case', 'The Working Group on asset recovery in civil matters met in Vilnius.', ['Working Group on asset recovery in civil matters']],
    ['a lower-case complement ends before the clause goes on', 'The Expert Group on firearms trafficking held its meeting; the Task Force on the western route met.', ['Expert Group on firearms trafficking', 'Task Force']],
    ['a national-language acronym after a longer English name', 'The Anti-Fraud Directorate of Moldova (DCA) and the Tax Police of Latvia met.', ['Anti-Fraud Directorate of Moldova (DCA)', 'Tax Police of Latvia']],
    ['the owner before a defined name is not part of it', 'Frontex’s European Centre for Returns (ECRet) helped; Frontex agreed.', ['Frontex', 'European Centre for Returns (ECRet)']],
    ['a directorate-general', 'The Directorate-General for Migration and Home Affairs funds it.', ['Directorate-General for Migration and Home Affairs']],
    ['demonyms before a plural head: one body per country', 'The Danish and Finnish Customs Services shared data.', ['Danish Customs Service', 'Finnish Customs Service']],
    ['a list of acronyms beside a known body', 'Partners: Europol, SELEC, PCC-SEE and MARRI.', ['Europol', 'SELEC', 'PCC-SEE', 'MARRI']],
    ['a national body’s own name in brackets after its English name is the same body', 'The Austrian Federal Criminal Police Office (Bundeskriminalamt Österreich) and the Spanish Civil Guard (Guardia Civil) acted.', ['Austrian Federal Criminal Police Office', 'Spanish Civil Guard']],
    ['an English name with no head word before a national body’s own name', 'Officers of the Dutch Royal Military Police (Koninklijke Marechaussee) checked 40 cars.', ['Dutch Royal Military Police']],
    ['a place before a name in brackets is no short name of it', 'The Federal Police in Ghent (Federale Politie Gent) searched 3 homes.', ['Federal Police in Ghent']],
    ['a national body known by its own-language name', 'Officers of the Carabinieri and the Bundeskriminalamt searched 9 flats.', ['Carabinieri', 'Bundeskriminalamt']],
    ['every name listed in the brackets after a body is one of its own', 'Officers of the Swiss Federal Police (Bundespolizei, Police Fédérale) and the Austrian Customs joined.', ['Swiss Federal Police', 'Austrian Customs']],
    ['an agency’s one-word name set in capitals; a word of the language in capitals is no body', 'The COUNCIL noted that EUROPOL and INTERPOL helped.', ['EUROPOL', 'INTERPOL']],
    ['a listed body’s full name and its short name side by side, no brackets between, are one body', 'Officers and the European Union Agency for Law Enforcement Cooperation Europol took part.', ['European Union Agency for Law Enforcement Cooperation (Europol)', 'European Union']],
    ['a list a word for bodies introduces names one body per item', 'Firms such as Kaspersky, Group-IB, Sophos and ESET helped; countries such as Italy, Spain and Malta joined.', ['Kaspersky', 'Group-IB', 'Sophos', 'ESET']],
    ['a command and a chamber are bodies, with their complements', 'The Carabinieri Command for Environmental Protection of Bari and the Criminal Chamber of the Court of Appeal in Lyon ruled.', ['Carabinieri Command for Environmental Protection of Bari', 'Criminal Chamber of the Court of Appeal in Lyon']],
    ['an authority named by what it fights', 'The Regional Office against fraud and corruption opened a case.', ['Regional Office against fraud and corruption']],
    ['a name listing what it deals with, commas and all, then the next body', 'The Central Office for Drug Trafficking, Firearms and Asset Recovery and the Customs Intelligence Service acted.', ['Central Office for Drug Trafficking, Firearms and Asset Recovery', 'Customs Intelligence Service']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });

  it('lets a national body known by its own name sign for its country', () => {
    const signings = factsOf('Europol signed a working arrangement with the Guardia Civil in 2024.').filter((f) => f.kind === 'signing');
    expect(signings.map((s) => (s.kind === 'signing' ? s.counterpart : null))).toEqual(['Spain']);
  });
});

describe('where a body’s name ends: countries after "in", "and" inside a country, a court’s number', () => {
  it.each([
    ['a country after "in" places the body, it is not its name', 'The Saxon State Criminal Police Office in Germany and the Civil Guard in Spain led the raids.', ['Saxon State Criminal Police Office', 'Civil Guard']],
    ['a town after "in" may be the name’s', 'The Public Prosecutor’s Office in Graz led the case.', ['Public Prosecutor’s Office in Graz']],
    ['an "and" inside a country’s name joins no two bodies', 'The Ministry of Security of Trinidad and Tobago signed it.', ['Ministry of Security of Trinidad and Tobago']],
    ['a court’s number is part of its name', 'The Investigating Court No. 3 of the High Court ordered the arrests.', ['Investigating Court No. 3', 'High Court']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('delegations and missions, the Union after "to", and a title after "and"', () => {
  it.each([
    ['a delegation is a body', 'The EU Delegation to Kenya hosted the meeting.', ['EU Delegation to Kenya', 'EU']],
    ['a mission to the Union names the Union too', 'The Permanent Mission of Norway to the EU sent a note.', ['Permanent Mission of Norway to the EU', 'EU']],
    ['a title of office after "and" ends the body’s name', 'The Head of the EU Delegation to Ghana and EU Special Representative in Ghana spoke.', ['EU Delegation to Ghana', 'EU']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text).sort()).toEqual([...expected].sort());
  });
});

describe('a day or a month after a preposition ends a body’s name', () => {
  it('reads the body without the day it acted on', () => {
    expect(organisations('The text was adopted by the Justice Committee on Wednesday.')).toEqual(['Justice Committee']);
  });
});

describe('an acronym before "and" ends a body', () => {
  it('splits an acronym from the body after "and"', () => {
    expect(organisations('The British NCA and Belgian Federal Judicial Police worked together.')).toEqual(['NCA', 'Belgian Federal Judicial Police']);
  });
});

describe('a country’s force named by its demonym and a lower-case word', () => {
  it.each([
    ['police and customs after "with"', 'Working with the Czech police and Austrian customs, investigators traced the lorry.', ['Czech police', 'Austrian customs']],
    ['a two-word demonym', 'The South African police shared the data.', ['South African police']],
    ['at a sentence’s start, after "The"', 'The Slovak gendarmerie was informed.', ['Slovak gendarmerie']],
    ['officers of a force are people, not the body', 'Two Latvian police officers were hurt.', []],
    ['a word that is no demonym', 'Local police said nothing.', []],
    ['demonyms listed before the force share it', 'A raid by the Czech, Slovak and Polish police ended the scheme.', ['Czech police', 'Slovak police', 'Polish police']],
    ['a lower-case kind of force between', 'The Austrian federal police and the Maltese coast guard helped.', ['Austrian federal police', 'Maltese coast guard']],
    ['officers of such a force are people', 'Two Croatian border police officers were hurt.', []],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('a body’s name ends where a person’s begins; an old name of an agency; the Union as an owner', () => {
  it.each([
    ['a person named right after the body', 'The letter was signed by the Head of the Vienna Group Anna Berger.', ['Vienna Group']],
    ['Eurojust by its former description, named as written, with the Union named in it', 'Interpol and the European Union’s Judicial Cooperation Unit met.', ['Interpol', 'European Union’s Judicial Cooperation Unit', 'European Union']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('terrorist and organised crime groups', () => {
  it('are organisations wherever named, never a signing party', () => {
    expect(organisations('Attacks claimed by Islamic State and al-Qaeda rose, and the Camorra was targeted.')).toEqual(['Islamic State', 'al-Qaeda', 'Camorra']);
  });
});

describe('regional police cooperation bodies', () => {
  it('are known by their acronyms alone', () => {
    expect(organisations('AFRIPOL and SELEC met with ASEANAPOL in Jakarta.')).toEqual(['AFRIPOL', 'SELEC', 'ASEANAPOL']);
  });
});

describe('a name after ", the" is another name of the body before it only where no list goes on', () => {
  it.each([
    ['an appositive head word names the body before it', 'Talks with the Pacific Customs Office, the Agency, went well.', ['Pacific Customs Office']],
    ['the next item of a list of bodies', 'The European Commission, the International Civil Aviation Organization, the IMF and Interpol met.', ['European Commission', 'International Civil Aviation Organization', 'IMF', 'Interpol']],
    ['a list going on with "and"', 'Eurojust worked with the European Commission, the Office and the OSCE.', ['Eurojust', 'European Commission', 'OSCE']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('international bodies by their usual spellings', () => {
  it.each([
    ['"Cooperation" without a hyphen', 'The Organization for Security and Cooperation in Europe sent observers.', ['Organization for Security and Cooperation in Europe']],
    ['a UN organ by its short name', 'The UN General Assembly adopted the text.', ['UN General Assembly']],
    ['"WHO" in capitals is not read as a body on its own', 'WHO WE ARE. The World Health Organisation warned of fentanyl.', ['World Health Organisation']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('a body defined after "of" owns the body before it', () => {
  it('reads the whole name and the owner with its acronym', () => {
    expect(organisations('The Office of the Prosecutor of the Special Tribunal for Lebanon (STL) joined. The STL agreed.')).toEqual(['Office of the Prosecutor of the Special Tribunal for Lebanon', 'Special Tribunal for Lebanon (STL)']);
  });
  it('still splits two bodies joined by "and" before a definition', () => {
    expect(organisations('The Slovak Ministry of the Interior and the Financial Intelligence Unit (FIU) acted.')).toEqual(['Slovak Ministry of the Interior', 'Financial Intelligence Unit (FIU)']);
  });
});

describe('the Union’s agencies by their names, and a seat whose name has a particle', () => {
  it.each([
    ['"EU Agency for" is the agency’s own name, and names the Union', 'Officers of the EU Agency for Asylum visited Lampedusa.', ['EU Agency for Asylum', 'EU']],
    ['an agency named and then called by its acronym', 'The European Medicines Agency (EMA) and the European Chemicals Agency met.', ['European Medicines Agency (EMA)', 'European Chemicals Agency']],
    ['a place with "am" ends the body’s name', 'The Public Prosecutor’s Office in Offenbach am Main opened the case.', ['Public Prosecutor’s Office in Offenbach am Main']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('a phrase of attribution before a defined body is not its name', () => {
  it.each([
    ['"According to the"', 'According to the National Investigation Bureau of Malta (NIB), four boats were seized.', ['National Investigation Bureau of Malta (NIB)']],
    ['"On behalf of the"', 'On behalf of the Anti-Fraud Coordination Service (AFCOS), the director signed.', ['Anti-Fraud Coordination Service (AFCOS)']],
    ['who acted, before "from the"', 'Detectives from the Estonian Central Criminal Police (KKP) searched a flat.', ['Estonian Central Criminal Police (KKP)']],
    ['"by" inside a name whose head comes before it stays', 'The Commission against Crimes Committed by Gangs (CCCG) reported.', ['Commission against Crimes Committed by Gangs (CCCG)']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('armed services and assemblies by their head words, UN funds by their acronyms', () => {
  it.each([
    ['a navy and an army named by their country', 'The Spanish Navy and the Latvian Army took part.', ['Spanish Navy', 'Latvian Army']],
    ['an assembly with its country', 'The National Assembly of Slovenia ratified the agreement.', ['National Assembly of Slovenia']],
    ['a UN fund by its acronym', 'UNICEF and UNDP funded the shelters.', ['UNICEF', 'UNDP']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('a country as the owner opens a body’s name', () => {
  it.each([
    ['a body after "and" owned by a country is a body of its own', 'The Federal Judicial Police and Italy’s State Police worked together.', ['Federal Judicial Police', 'State Police']],
    ['after a preposition, the owner country opens the name', 'Detectives from Austria’s Criminal Intelligence Service took part.', ['Criminal Intelligence Service']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('a body whose name joins two words by "and" before its head', () => {
  it.each([
    ['a bare "and" between one word and words ending on a head', 'The Estonian Police and Border Guard Board and the Tax and Customs Board met.', ['Estonian Police and Border Guard Board', 'Tax and Customs Board']],
    ['a country’s possessive before a defined body with "and" inside', 'Italy’s Customs and Monopolies Agency (ADM) seized the goods.', ['Customs and Monopolies Agency (ADM)']],
    ['an acronym, or a country’s adjective after "and", still parts two bodies', 'The British NCA and Belgian Federal Police acted.', ['NCA', 'Belgian Federal Police']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('what a body gives is no part of its name', () => {
  it.each([
    ['"to the Member States" after a head word ends the name, and the bare head only refers back', 'Frontex stressed the support of the Agency to the Member States.', ['Frontex']],
    ['a named body before it keeps its name', 'The Cyber Crime Unit of the Latvian State Police to the Member States sent alerts.', ['Cyber Crime Unit of the Latvian State Police']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('a defined body owned by a body named inside a longer run', () => {
  it.each([
    ['the owner’s possessive parts the body before from the defined one', 'Help came from the Latvian State Police and Europol’s Financial Intelligence Unit (FIU).', ['Latvian State Police', 'Europol', 'Financial Intelligence Unit (FIU)']],
    ['a possessive that names no body or country is the name’s own', 'The Croatian Ministry of the Interior and Her Majesty’s Revenue and Customs (HMRC) met.', ['Croatian Ministry of the Interior', 'Her Majesty’s Revenue and Customs (HMRC)']],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('a country’s body by its abbreviation after the country’s adjective or name', () => {
  it.each([
    ['an abbreviation right after a demonym or a country is that country’s body', 'The Croatian USKOK and the Austrian BAK worked with the UK NCA.', ['USKOK', 'BAK', 'NCA']],
    ['abbreviations of kinds of team, group, tax or drug are no bodies', 'A Greek JIT dismantled a Dutch OCG dealing in Polish BMK.', []],
  ])('%s', (_, text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});
