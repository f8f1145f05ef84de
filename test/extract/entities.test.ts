import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../support/extract-sentence.ts';

const countries = (text: string) => entitiesOf(text, 'country').map((e) => e.code);

describe('countries', () => {
  it.each([
    ['a list without commas', 'Delegations from Ghana Senegal and Côte d’Ivoire attended.', ['GH', 'SN', 'CI']],
    ['names containing "and"', 'Antigua and Barbuda, Bosnia and Herzegovina and São Tomé and Príncipe joined.', ['AG', 'BA', 'ST']],
    ['"the" before a name', 'Officers from the Netherlands, the Philippines and the Dominican Republic met.', ['NL', 'PH', 'DO']],
    ['aliases', 'The Republic of Korea, Türkiye, Turkey, Viet Nam and the Russian Federation were named.', ['KR', 'TR', 'VN', 'RU']],
    ['partner territories with footnote markers', 'Kosovo¹ and Palestine² took part.', ['XK', 'PS']],
    ['demonyms of acting authorities, coordinated', 'Estonian, Latvian and Lithuanian authorities arrested suspects.', ['EE', 'LV', 'LT']],
    ['demonyms that are not actors', 'Nigerian migrants and Colombian cocaine reached Italian-Spanish networks.', []],
    ['regions, not countries', 'Latin American and South American partners met in the Western Balkans.', []],
    ['a possessive', 'Albania’s prosecutors and Chile’s police cooperated.', ['AL', 'CL']],
  ])('%s', (_, text, expected) => {
    expect(countries(text)).toEqual(expected);
  });

  it('is one fact per country per document, with every mention kept', () => {
    const [peru] = entitiesOf('Peru signed. Later Peru ratified. Peruvian authorities agreed.', 'country');
    expect(peru).toMatchObject({ name: 'Peru', code: 'PE' });
    expect(peru!.mentions).toHaveLength(3);
  });
});

describe('organisations', () => {
  it('joins an acronym and its long form read from the text, not only from a list', () => {
    const orgs = entitiesOf('The Baltic Judicial Cooperation Network (BJCN) met in Riga. The BJCN will meet again.', 'organisation');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: 'Baltic Judicial Cooperation Network', acronym: 'BJCN' });
    expect(orgs[0]!.mentions).toHaveLength(2);
  });

  it.each([
    ['a national authority with its place', 'The Public Prosecutor’s Office of Graz led the case.', 'Public Prosecutor’s Office of Graz'],
    ['a demonym authority', 'The Slovenian Police supported it.', 'Slovenian Police'],
    ['a known EU body under its acronym, named as the text writes it', 'The EPPO opened an investigation.', 'EPPO'],
    ['an acronym before its long form', 'Officers of OCRTIS (Central Office for the Repression of Drug Trafficking) took part.', 'Central Office for the Repression of Drug Trafficking'],
  ])('%s', (_, text, name) => {
    expect(entitiesOf(text, 'organisation').map((e) => e.name)).toContain(name);
  });

  it('never keeps a possessive or trailing punctuation in a name', () => {
    const names = entitiesOf('Europol’s analysts and the National Crime Agency’s officers, with the Dutch Police.', 'organisation').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Europol', 'National Crime Agency', 'Dutch Police']));
    expect(names.every((name) => !/[’']s$|[.,;]$/.test(name))).toBe(true);
  });

  it('splits bodies joined by "and the"', () => {
    const names = entitiesOf('Investigations were initiated by the Public Prosecutor’s Office of Split and the Croatian Police.', 'organisation').map((e) => e.name);
    expect(names).toEqual(['Public Prosecutor’s Office of Split', 'Croatian Police']);
  });

  it('does not take documents, events or regions for bodies', () => {
    const names = entitiesOf('The Council Conclusions, the Europol Strategy Meeting and Latin America were mentioned in March.', 'organisation').map((e) => e.name);
    expect(names).not.toContain('Council Conclusions');
    expect(names).not.toContain('Latin America');
    expect(names.some((name) => /Meeting|Strategy/.test(name))).toBe(false);
  });
});

describe('organisation names written whole', () => {
  it.each([
    ['a long form with commas and a dash, named by its acronym', 'Eurojust met the Independent, Neutral and Permanent Commission – Yemen (INPC) in May.', 'Independent, Neutral and Permanent Commission – Yemen', 'INPC'],
    ['a long form with "by" and a slash', 'It works with the United Nations Team to Investigate Crimes Committed by Boko/Haram (UNTICB).', 'United Nations Team to Investigate Crimes Committed by Boko/Haram', 'UNTICB'],
    ['an acronym spelling only the complement', 'Members of the Judicial Cooperation Network for West Africa and Sahel (WAS) met.', 'Judicial Cooperation Network for West Africa and Sahel', 'WAS'],
    ['a qualifier in brackets before the acronym', 'The Customs Cooperation Working Party (Police) (CCWP-P) met twice.', 'Customs Cooperation Working Party (Police)', 'CCWP-P'],
    ['the last body of a list before the acronym', 'Europol, Frontex and the European Maritime Safety Agency (EMSA) trained officers.', 'European Maritime Safety Agency', 'EMSA'],
    ['a lower-case definition after the acronym', 'Officers of BRB (Brigade de répression du banditisme Police) took part.', 'Brigade de répression du banditisme Police', 'BRB'],
    ['a text-defined body without head word called a project', 'Eurojust runs the Baltic Sea Justice (BSJ) project with Estonia.', 'Baltic Sea Justice', 'BSJ'],
  ])('%s', (_, text, name, acronym) => {
    expect(entitiesOf(text, 'organisation')).toContainEqual(expect.objectContaining({ name, acronym }));
  });

  it.each([
    ['"and" inside a Council configuration', 'The Agriculture and Fisheries Council met in Luxembourg.', ['Agriculture and Fisheries Council']],
    ['"and" inside a complement', 'The Judicial Focus Group on Cybercrime and Digital Evidence met.', ['Judicial Focus Group on Cybercrime and Digital Evidence']],
    ['"and" inside an authority with its place', 'The Department for Economic Crime and Fraud of National Police in Gdansk acted.', ['Department for Economic Crime and Fraud of National Police in Gdansk']],
    ['"and of the" between two bodies', 'Regulation of the European Parliament and of the Council applies.', ['European Parliament', 'Council']],
    ['a plain "and" between a known body and an authority', 'Frontex and Latvian State Police acted.', ['Frontex', 'Latvian State Police']],
    ['a complement with "to" and a place with two words', 'The Global Alliance to Counter Cyber Fraud and the Border Guard Unit in Nowa Ruda met.', ['Global Alliance to Counter Cyber Fraud', 'Border Guard Unit in Nowa Ruda']],
    ['a unit after its body, behind a dash', 'Spain: National Police – Central Cybercrime Unit; Civil Guard', ['National Police – Central Cybercrime Unit', 'Civil Guard']],
    ['a department after its body, behind a comma', 'Austria: Public Prosecutor’s Office at the Graz Regional Court, Department for Economic Crime; Federal Police', ['Public Prosecutor’s Office at the Graz Regional Court, Department for Economic Crime', 'Federal Police']],
    ['a code right after the head word', 'Europol set up the Operational Taskforce NEPTUNE in May.', ['Europol', 'Operational Taskforce NEPTUNE']],
    ['a code after a place names another body', 'The prosecutor of the Regional Court of Lyon JIRS opened a case.', ['Regional Court of Lyon', 'JIRS']],
    ['a host body after "at"', 'Please contact the Spanish Desk at Eurojust.', ['Spanish Desk', 'Eurojust']],
    ['a name repeated in the national language', 'Germany: Passau Federal Police Inspectorate Bundespolizeiinspektion Passau', ['Passau Federal Police Inspectorate']],
    ['a hyphen closing a word', 'Belgium: PPO Limburg- Federal Judicial Police Limburg', ['Federal Judicial Police Limburg']],
    ['a project named before lower-case "project"', 'Eurojust supports the Horizon Justice project in Africa.', ['Eurojust', 'Horizon Justice']],
    ['a bare acronym holding a plenary', 'During the third Plenary of the EJTN the results were shown.', ['EJTN']],
    ['a bare acronym listed with bodies', 'The Commission, Europol and the ECTC will report.', ['Commission', 'Europol', 'ECTC']],
  ])('reads %s', (_, text, names) => {
    expect(entitiesOf(text, 'organisation').map((e) => e.name)).toEqual(names);
  });

  it.each([
    ['documents about a body', 'The Conclusions of the Commission and the Presidencies of the Forum were noted.', /Conclusions|Presidencies/],
    ['a head word followed by a tool', 'Officers used the Secure Data Exchange Network Application (SDENA).', /Application/],
    ['a head word owning what follows', 'The Agency’s National Desks were informed.', /Desks/],
    ['a head word with only a region after it', 'They held ‘Team Europe’ dialogues.', /Team Europe/],
    ['a region adjective with a bare head word', 'The South American Agency is a priority partner.', /South American Agency/],
    ['a title cut by a line break', 'European Union Agency for\nThe agency met.', /European Union Agency$/],
  ])('does not take %s for a body', (_, text, not) => {
    expect(entitiesOf(text, 'organisation').map((e) => e.name).filter((name) => not.test(name))).toEqual([]);
  });

  it('does not take a preparatory body code with a number for a mention', () => {
    expect(entitiesOf('COSI 231\nJAI 1122', 'organisation')).toEqual([]);
  });

  it.each([
    ['a plural ending', 'The Nordic Prosecutors Network met. The Nordic Prosecutor Network (NPN) will meet again.'],
    ['"of" before a place', 'The Public Prosecutor’s Office of Linz acted. Austria: Public Prosecutor’s Office Linz'],
    ['a shorter writing of a single longer name', 'The Joint Steering Group on Firearms was created. The EU-Ukraine Joint Steering Group on Firearms met.'],
    ['a longer writing of an acronym’s long form', 'The Serious Fraud Prosecutor’s Office (SFPO) of Riga acted. It was led by the Serious Fraud Prosecutor’s Office of Riga.'],
    ['a misspelt acronym of a known body', 'The European Judicial Cybercrime Network (EJCM) met. The EJCM will meet again.'],
    ['its country left out the second time', 'The State Border Guard of Latvia signed. Later the State Border Guard said more.'],
    ['the city where it sits after a listed body', 'The European Commission in Brussels and the European Commission agreed.'],
  ])('keeps one body written with %s as one entity', (_, text) => {
    expect(entitiesOf(text, 'organisation')).toHaveLength(1);
  });

  it.each([
    ['a sub-body with a head word of its own', 'The Baltic Justice Project met. The Baltic Justice Project Expert Group on Fraud met.', 2],
    ['the same kind of office in two countries', 'Albania: Prosecutor General’s Office. Kosovo: Prosecutor General’s Office of Montenegro', 2],
  ])('keeps %s apart', (_, text, count) => {
    expect(entitiesOf(text, 'organisation')).toHaveLength(count);
  });
});

describe('persons, legal acts and operations', () => {
  it.each([
    ['a role before the name', 'Europol Executive Director Anna Nowak said the results were strong.', { name: 'Anna Nowak', role: 'Europol Executive Director' }],
    ['a role with "of" and a courtesy title', 'said Minister of Interior of Portugal Mr. João Silva Costa in Lisbon.', { name: 'João Silva Costa', role: 'Minister of Interior of Portugal' }],
    ['a role after the name', 'Lena Berg, President of Eurojust, opened the meeting.', { name: 'Lena Berg', role: 'President of Eurojust' }],
  ])('a person with %s', (_, text, expected) => {
    expect(entitiesOf(text, 'person')[0]).toMatchObject(expected);
  });

  it('reads legal acts in their usual shapes', () => {
    const acts = entitiesOf('Under Regulation (EU) 2023/1543, Directive (EU) 2017/541 and Council Framework Decision 2002/584/JHA, and the Treaty on European Union.', 'legal_act').map((e) => e.name);
    expect(acts).toEqual(['Regulation (EU) 2023/1543', 'Directive (EU) 2017/541', 'Council Framework Decision 2002/584/JHA', 'Treaty on European Union']);
  });

  it('reads named operations', () => {
    expect(entitiesOf('During operation Blue Amber and Operation “Sky Net”, 40 arrests followed.', 'operation').map((e) => e.name)).toEqual(['Blue Amber', 'Sky Net']);
  });
});

describe('countries written as codes, and currencies named after countries', () => {
  it('reads "the US" as the United States, not "US$" nor "US dollars"', () => {
    expect(entitiesOf('Talks with the US began.', 'country').map((e) => e.name)).toEqual(['United States']);
    expect(entitiesOf('Cash of US$ 3 million and 900 US dollars was seized.', 'country')).toEqual([]);
  });
});

describe('countries inside place names', () => {
  it('reads no Ireland in Northern Ireland, and Ireland where it is named', () => {
    expect(entitiesOf('Most attacks took place in Northern Ireland; Ireland helped.', 'country').map((e) => e.name)).toEqual(['Ireland']);
    expect(entitiesOf('Most attacks took place in Northern Ireland.', 'country')).toEqual([]);
  });
});

describe('locations', () => {
  it.each([
    ['cities after a preposition, with a list sharing it', 'Drugs were supplied to gangs in Porto, Braga and Coimbra.', ['Porto', 'Braga', 'Coimbra']],
    ['a place written without its diacritics', 'The group operated from Durres and Gdansk.', ['Durres', 'Gdansk']],
    ['a place inside an authority name', 'The Public Prosecutor’s Office Graz and the Police Directorate Linz acted.', ['Graz', 'Linz']],
    ['a region below country level', 'Robberies took place across Tuscany.', ['Tuscany']],
    ['not a country, a month or a body', 'Officers in Germany, in May and at Europol met.', []],
    ['a region named by a country’s name after a compass word is no country', 'Most attacks took place in Northern Ireland.', ['Northern Ireland']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('a word of a country’s name is no place of its own', () => {
  it.each([
    ['the first word', 'Officers in Trinidad and Tobago and in Lyon met.', ['Lyon']],
    ['the last word', 'Raids in Antigua and Barbuda and in Sarajevo followed.', ['Sarajevo']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('places a word for places introduces in brackets, and a place before its country with an article', () => {
  it.each([
    ['a list opened by a bracket', 'Raids were held in several towns of the region (including Alytus, Utena and Tauragė).', ['Alytus', 'Utena', 'Tauragė']],
    ['a place before "the" and its country', 'The Hague, the Netherlands', ['The Hague']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('places after "cities of", UN resolutions with a slash', () => {
  it('reads the places a word for places introduces with "of"', () => {
    expect(entitiesOf('Labs were found in the Polish towns of Kutno and Zgierz.', 'location').map((e) => e.name)).toEqual(['Kutno', 'Zgierz']);
  });
  it('reads a UN resolution with its year after a slash', () => {
    expect(entitiesOf('This is in line with UNSCR 2396/2017.', 'legal_act').map((e) => e.name)).toEqual(['UNSCR 2396/2017']);
  });
  it.each([
    ['a task force named with "Action" in it', 'The Joint Fraud Action Taskforce (J-FAT) met in Lyon.'],
    ['plans of action', 'The Operational Action Plans 2024 were adopted.'],
  ])('reads no operation in %s', (_, text) => {
    expect(entitiesOf(text, 'operation')).toEqual([]);
  });
  it.each([
    ['a name with its country in brackets after "in"', 'Raids took place in Genk (Belgium) and in Lille.', ['Genk', 'Lille']],
    ['a place named before the word for its kind', 'Officers searched farms in the Latgale region and in Italy’s Apulia region.', ['Latgale', 'Apulia']],
    ['not a stretch across countries before "region" or "area"', 'Flows in the Western Balkans region, the Schengen area and the CELAC region rose.', []],
    ['both places of a dateline joined by a slash', 'Vilnius/The Hague, (AFP) – Police detained six people.', ['Vilnius', 'The Hague']],
    ['a city before a colon that opens the text', 'Milan: In an investigation into fraud, police acted.', ['Milan']],
    ['a place with a possessive', 'The drugs were found in Hamburg’s port.', ['Hamburg']],
    ['a sea and a river by their names, not a project named after a sea', 'Boats crossed the Ionian Sea and the Drina River; the Black Sea Task Force met.', ['Ionian Sea', 'Drina River']],
    ['a federal state named by its kind', 'The minister of the Austrian state of Carinthia spoke.', ['Carinthia']],
  ])('reads the place in %s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
  it.each([
    ['names listed before the plural word', 'Data came from the EncroChat, Sky ECC and Exclu operations.', ['EncroChat', 'Sky ECC', 'Exclu']],
    ['not the demonyms of who ran them', 'The Dutch, French and Belgian operations ended.', []],
  ])('reads operations from %s', (_, text, expected) => {
    expect(entitiesOf(text, 'operation').map((e) => e.name)).toEqual(expected);
  });
  it.each([
    ['an agency’s founding decision by the agency’s name', 'Article 12 of the Eurojust Decision applies.', ['Eurojust Decision']],
    ['a title with a lower-case noun before "of" and the name', 'It implements the Council Decision on the strengthening of Europol.', ['Council Decision on the strengthening of Europol']],
  ])('reads legal acts: %s', (_, text, expected) => {
    expect(entitiesOf(text, 'legal_act').map((e) => e.name)).toEqual(expected);
  });
  it('knows a numbered act by its kind and number, however much of its name is written', () => {
    expect(entitiesOf('Council Framework Decision 2006/960/JHA applies; Framework Decision 2006/960/JHA also binds Norway.', 'legal_act').map((e) => e.name)).toEqual(['Council Framework Decision 2006/960/JHA']);
  });
});

describe('a country named like its capital, where a place is said', () => {
  it.each([
    ['an office in the city', 'Forty people work in the central office in Luxembourg.', { location: ['Luxembourg'], country: [] }],
    ['listed among countries it is the country', 'Police of Belgium, Luxembourg and the Netherlands took part.', { location: [], country: ['Belgium', 'Luxembourg', 'Netherlands'] }],
    ['a city-state is the country wherever named', 'Documents were found in Monaco.', { location: [], country: ['Monaco'] }],
    ['a dateline names the city once', '(Luxembourg, 3 May 2024) – The EPPO charged two men.', { location: ['Luxembourg'], country: [] }],
  ])('%s', (_, text, expected) => {
    expect({ location: entitiesOf(text, 'location').map((e) => e.name), country: entitiesOf(text, 'country').map((e) => e.name) }).toEqual(expected);
  });
});

describe('a lower-case particle inside a place’s name', () => {
  it('reads "Frankfurt am Main" whole', () => {
    expect(entitiesOf('The prosecutor in Frankfurt am Main led the case.', 'location').map((e) => e.name)).toEqual(['Frankfurt am Main']);
  });
});

describe('the abbreviation "Co" of a county', () => {
  it.each([
    ['"Co Antrim"', 'A man was arrested in Co Antrim on Friday.', ['Co Antrim']],
    ['not a company', 'Smith & Co Ltd supplied the vans.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('places listed after words for places, with places in brackets', () => {
  it.each([
    ['airports with their cities in brackets', 'Escorts were sent to airports including Orly (Paris), Schiphol (Amsterdam) and Vienna.', ['Orly', 'Paris', 'Schiphol', 'Amsterdam', 'Vienna']],
    ['areas introduced by "including"', 'Searches ran in areas including Patras, Volos and Chania.', ['Patras', 'Volos', 'Chania']],
    ['"the areas of" names fields, not places', 'They share expertise in the areas of ICT and Training.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('places named by their kind, ports and airports, places in brackets', () => {
  it.each([
    ['a place after the word for its kind, known or not', 'The cars were hidden in the village of Kõrveküla.', ['Kõrveküla']],
    ['a port by its name when its place is not a known city', 'The container reached the Port of Posorja in May.', ['Port of Posorja']],
    ['a port of a known city is the city', 'Customs officers at the Port of Hamburg found the drugs.', ['Hamburg']],
    ['an airport and a harbour by their names', 'Couriers flew from Lisbon Humberto Delgado Airport to Tallinn Harbour.', ['Lisbon Humberto Delgado Airport', 'Tallinn Harbour']],
    ['a known place in brackets after a name', 'The truck was heading to Villanueva (Córdoba) when stopped.', ['Villanueva', 'Córdoba']],
    ['a list whose items carry their places in brackets', 'Teams worked in Eindhoven (North Brabant), Utrecht and Breda.', ['Eindhoven', 'North Brabant', 'Utrecht', 'Breda']],
    ['an acronym in brackets is no place', 'Messages went through the secure network (SIENA) of the agency.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('datelines in other shapes, places visited, a city after the word for it', () => {
  it.each([
    ['a month before the day', 'Lisbon, Mar. 3 (Lusa) – Police acted.', ['Lisbon']],
    ['a day and month with no comma', 'Vienna 12 May 2019 – Ministers met.', ['Vienna']],
    ['a place alone in brackets opening a quotation', '(Brussels) “We acted fast,” she said.', ['Brussels']],
    ['two places joined by a slash', 'Madrid/Bogotá – The two police forces acted.', ['Madrid', 'Bogotá']],
    ['a place visited', 'The team will visit Tallinn in June.', ['Tallinn']],
    ['a known city after the word for it', 'The boat left from the port city Valencia at night.', ['Valencia']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('a capital or a city of a million standing alone, and names that only look like places', () => {
  it.each([
    ['a capital as the subject', 'In May 2019 Tbilisi hosted the regional meeting.', ['Tbilisi']],
    ['a capital for its government, after "with"', 'The Union signed a status agreement with Skopje on border management.', ['Skopje']],
    ['a city of a million in a list', 'The Hague and São Paulo signed the protocol.', ['The Hague', 'São Paulo']],
    ['beside another capitalised word it is part of a name', 'Lima Okafor spoke first; Paris Hilton agreed.', []],
    ['a city naming a programme', 'It followed the Tampere programme, the Vienna process and the Palermo Convention.', []],
    ['a country’s name is read whole, no city in its first word', 'A gang operating from San Marino was dismantled.', []],
    ['a word of the language opening a longer name', 'Agents of the Federal Bureau of Investigation and Global Fund staff came from afar.', []],
    ['a word in capitals amid lower-case words is an acronym', 'Police seized SIM cards and used the SIENA channel in the UN talks.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('a known place before "-based" or a lower-case local authority', () => {
  it.each([
    ['a place a gang is based in', 'The Antwerp-based gang was dismantled.', ['Antwerp']],
    ['a place’s police and prosecutor', 'The Bordeaux police and the Lille prosecutor acted.', ['Bordeaux', 'Lille']],
    ['a word of the language is the kind of force', 'The Federal police and Local police came.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('adjectives of countries the country data lacks', () => {
  it.each([
    ['"Hellenic" for Greece', 'The Hellenic Police and the Hellenic Coast Guard acted.', ['Greece']],
    ['"Kosovan" and "Slovenian"', 'Kosovan authorities worked with Slovenian customs.', ['Kosovo', 'Slovenia']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'country').map((e) => e.name)).toEqual(expected);
  });
});

describe('places with particles and four words, and regions by their English names', () => {
  it.each([
    ['a particle "de" inside a city’s name', 'The shipment sailed from Santos to Rio de Janeiro.', ['Santos', 'Rio de Janeiro']],
    ['Dutch particles inside a place’s name', 'Boats were searched in Bergen op Zoom.', ['Bergen op Zoom']],
    ['a name of four words with particles', 'The ferry from Santa Cruz de Tenerife was searched in Huelva.', ['Santa Cruz de Tenerife', 'Huelva']],
    ['regions whose ISO names are the local ones', 'Raids took place in Lower Saxony, Hesse and Styria.', ['Lower Saxony', 'Hesse', 'Styria']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('a country by its older spelling', () => {
  it('reads "Luxemburg" as Luxembourg', () => {
    expect(entitiesOf('Judges from Luxemburg and Malta met.', 'country').map((e) => e.name)).toEqual(['Luxembourg', 'Malta']);
  });
});

describe('a dateline in capitals', () => {
  it.each([
    ['a city in capitals opening a release', 'VILNIUS, 4 June 2024 – Customs officers seized cigarettes.', ['Vilnius']],
    ['a place of two words in capitals', 'THE HAGUE, 12 May 2025 – The agency met.', ['The Hague']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('a place after a preposition that opens the sentence', () => {
  it.each([
    ['"In" capitalised at the sentence’s start, and the places listed after it', 'In Prešov and Trnava, six suspects were held.', ['Prešov', 'Trnava']],
    ['a month or a country after it is no location', 'In March, officers in Austria met.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});

describe('smaller towns where their context makes them places', () => {
  it.each([
    ['towns listed after a known place share its preposition', 'Boats were seized in Reggio Calabria, Scilla and Bagnara Calabra.', ['Reggio Calabria', 'Scilla', 'Bagnara Calabra']],
    ['a town before its country', 'The meeting took place in Kotor, Montenegro.', ['Kotor']],
    ['a town standing first after a preposition is not enough', 'The cells were found in Tropea.', []],
    ['a name before a country in a list of countries is one of the list', 'Officers came from Belgium, Macedonia, Serbia and Albania.', []],
    ['known places listed with a place found are places, with no preposition before the list', 'Police made 9 arrests (Valencia, Murcia and Granada).', ['Valencia', 'Murcia', 'Granada']],
    ['and those listed before it', 'Officers from Tarragona, Lleida and Barcelona took part.', ['Tarragona', 'Lleida', 'Barcelona']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });

  it('"Nijar", a transliteration listed for Niger, is no country', () => {
    expect(entitiesOf('Raids took place in Almería and Nijar.', 'country')).toEqual([]);
  });
});
