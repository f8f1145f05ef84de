import { describe, expect, it } from 'vitest';
import { findLocationMentions } from '../../src/extract/entities/location-mentions.ts';
import { findLegalActs, findOperations } from '../../src/extract/entities/named-patterns.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { entitiesOf } from '../support/extract-sentence.ts';

const sentence = (text: string) => ({ text, start: 0, end: text.length });
const acts = (text: string) => findLegalActs(sentence(text)).map((m) => m.name);
const operations = (text: string) => findOperations(sentence(text)).map((m) => m.name);
const places = (text: string) => findLocationMentions(sentence(text)).map((m) => m.name);

describe('legal acts by their shapes', () => {
  it.each([
    ['two named acts joined by "and"', 'The Return Directive and Asylum Procedures Regulation were agreed.', ['Return Directive', 'Asylum Procedures Regulation']],
    ['names sharing a plural head in lower case', 'Work on the Dublin and Screening regulations went on.', ['Dublin Regulation', 'Screening Regulation']],
    ['an EU body’s founding act by the body’s name', 'The revised Europol regulation entered into force.', ['Europol regulation']],
    ['a month after a convention’s name is not the name’s', 'States signed the Convention on Cybercrime in March.', ['Convention on Cybercrime']],
    ['a protocol to a convention, named with it', 'Croatia ratified the First Additional Protocol to the Convention on Cybercrime.', ['First Additional Protocol to the Convention on Cybercrime']],
    ['a national code by its title', 'Prosecutors relied on the Code of Criminal Procedure and the Penal Code.', ['Code of Criminal Procedure', 'Penal Code']],
    ['a national law by its title', 'The Law on Money Laundering Prevention was amended.', ['Law on Money Laundering Prevention']],
    ['a numbered act', 'Under Regulation (EU) 2021/784 the order applies.', ['Regulation (EU) 2021/784']],
    ['a named regulation', 'The Frontex Regulation and the Eurodac Regulation were revised.', ['Frontex Regulation', 'Eurodac Regulation']],
    ['a directive with its acronym inside', 'The Anti-Money Laundering (AML) Directive applies.', ['Anti-Money Laundering (AML) Directive']],
    ['a treaty named by its organisation', 'Nine states ratified the SICA Treaty.', ['SICA Treaty']],
    ['a package', 'The Digital Services Package was adopted.', ['Digital Services Package']],
    ['a kind of act titled by a lower-case subject, to its verb', 'Ministers welcomed the Directive on combating trafficking in firearms adopted in June.', ['Directive on combating trafficking in firearms']],
    ['a convention between the Member States, to the word before its year', 'The Convention relating to mutual assistance between the Member States of the European Union of 2000 applies.', ['Convention relating to mutual assistance between the Member States of the European Union']],
    ['a kind of act with no "the" before it names no act', 'A regulation on drones was proposed.', []],
    ['a convention with its place', 'Under the Palermo Convention against Transnational Organized Crime, states cooperate.', ['Palermo Convention against Transnational Organized Crime']],
    ['a charter of', 'It respects the Charter of Fundamental Rights of the European Union.', ['Charter of Fundamental Rights of the European Union']],
    ['a Security Council resolution', 'Acting under UNSCR 2178(2014) and UNSC Resolution 2396, states report.', ['UNSCR 2178(2014)', 'UNSC Resolution 2396']],
    ['an act of the common foreign and security policy', 'Council Decision (CFSP) 2023/1532 and Decision (EU, Euratom) 2020/2053 apply.', ['Council Decision (CFSP) 2023/1532', 'Decision (EU, Euratom) 2020/2053']],
    ['an act named by its date and title', 'Under the Council Decision of 12 June 2009 on the strengthening of Eurojust, and the Directive of 3 May 2001, members act.', ['Council Decision of 12 June 2009 on the strengthening of Eurojust', 'Directive of 3 May 2001']],
    ['one act per number after a plural head', 'It repeals Regulations (EU) No 656/2014 and (EU) 2019/1896, and Directives 2011/36/EU and 2017/541.', ['Regulation (EU) No 656/2014', 'Regulation (EU) 2019/1896', 'Directive 2011/36/EU', 'Directive 2017/541']],
    ['a convention by its year and capitalised name, up to where the name ends', 'The 1990 Council of Europe Convention on Laundering and Search of Proceeds applies here.', ['1990 Council of Europe Convention on Laundering and Search of Proceeds']],
    ['two conventions joined by and are two', 'The UN Convention against Corruption and the Convention on Cybercrime apply.', ['UN Convention against Corruption', 'Convention on Cybercrime']],
    ['the Union’s treaties and their acronyms', 'Article 88 of the Treaty on the Functioning of the European Union (TFEU) and Article 6 TEU.', ['Treaty on the Functioning of the European Union', 'TFEU', 'TEU']],
    ['a head noun alone refers back', 'The Regulation and the Council Framework Decision apply.', []],
    ['a convention ends where "and the" opens the next one, with its owner', 'Malta ratified the UN Convention against Corruption and the Council of Europe Convention on Money Laundering.', ['UN Convention against Corruption', 'Council of Europe Convention on Money Laundering']],
    ['a plural of decisions named as a body of law', 'The Prüm Decisions were reviewed; the Implementing Decision was not.', ['Prüm Decisions']],
    ['a Council act or resolution named by its date, its title ending at the verb', 'The Council Act of 12 March 1999 and the Council Resolution of 4 May 2011 on cybercrime were cited.', ['Council Act of 12 March 1999', 'Council Resolution of 4 May 2011 on cybercrime']],
    ['a statute named by its place', 'The Rome Statute applies.', ['Rome Statute']],
    ['a treaty named by the place it was signed, not one named by its subject', 'The Treaty of Nice and the Treaty of Friendship and Trade differ.', ['Treaty of Nice']],
    ['a decision numbered from one within its year', 'Decision No 3/2021 of the Association Council was taken.', ['Decision No 3/2021']],
    ['an act whose name opens with e-', 'The e-Justice Regulation applies.', ['e-Justice Regulation']],
    ['a national statute by its title and year', 'Charges were brought under the Misuse of Drugs Act 1977 and the Fraud Act 2006.', ['Misuse of Drugs Act 1977', 'Fraud Act 2006']],
    ['an act named by its kind and its capitalised subject', 'The Council Decision on Europol and the 2019 Regulation on the European Travel Information System apply.', ['Council Decision on Europol', '2019 Regulation on the European Travel Information System']],
  ])('%s', (_, text, expected) => {
    expect(acts(text)).toEqual(expected);
  });
});

describe('named operations', () => {
  it.each([
    ['names listed after the plural, each after its year', 'The action days follow operations 2019 Heron; 2020 Tern Blue; and 2021 Kite.', ['Heron', 'Tern Blue', 'Kite']],
    ['names listed after the plural joined by commas and "and"', 'Customs ran operations Halyard, Bosun and Keel last spring.', ['Halyard', 'Bosun', 'Keel']],
    ['bodies after the plural are no names of operations', 'In joint operations Frontex and Europol supported the guards.', []],
    ['after "operation"', 'In operation Silver Axe, 30 tonnes were seized.', ['Silver Axe']],
    ['in quotes', 'Operation ‘Trivium’ ended.', ['Trivium']],
    ['an action', 'Action Tisza targeted smugglers.', ['Tisza']],
    ['a Frontex joint operation keeps its whole name', 'Joint Operation Poseidon continued.', ['Joint Operation Poseidon']],
    ['a joint action day', 'During Joint Action Day Arktos and JAD ‘Baltic’, cars were checked.', ['Joint Action Day Arktos', 'JAD Baltic']],
    ['code-named', 'A case code-named ‘Lima’ began.', ['Lima']],
    ['called, in quotes, after the word for an operation', 'The investigation, called ‘Kraken’, hit a group called Europe.', ['Kraken']],
    ['a network or an app called something is not an operation', 'A network called ‘Viper’ used an app known as ‘Ghost’ and a platform dubbed ‘Vault’.', []],
    ['codenamed, with the word operation', 'The case, codenamed Operation Blue Heron, closed.', ['Blue Heron']],
    ['"Codenamed" opening the sentence', 'Codenamed KESTREL, the probe ran for a year.', ['KESTREL']],
    ['a lower-case action day or week with its quoted name', 'Police joined the action day ‘Falcon’ and the action week "Heron".', ['Falcon', 'Heron']],
    ['a quoted name before the plural "operations"', 'The ‘Kingfisher’ operations ended.', ['Kingfisher']],
    ['a name in capitals before "operation", after "so-called" or opening the sentence', 'Police, in the so-called RAVEN operation, acted. The TULIP operation followed.', ['RAVEN', 'TULIP']],
    ['a numbered edition of an operation', 'Operation Orion IX and JAD Harbour 3 were run; Operation Kestrel 2019 was not numbered.', ['Orion IX', 'JAD Harbour 3', 'Kestrel']],
    ['a yearly joint operation by its year, ended by a dash', 'Officers served under Joint Operation Indalo 2021 – Sea Borders and Operation Kestrel 2019 – a raid.', ['Joint Operation Indalo 2021', 'Kestrel']],
    ['an edition in closing quotes', 'The days dubbed “Joint Action Days Lynx 4” ran.', ['Joint Action Days Lynx 4']],
    ['a quoted name before the word operation', 'The ‘Harrier’ operation and the Orion operation ended.', ['Harrier']],
    ['joint action days with their acronym', 'Joint Action Days (JAD) ‘Tagus 4’ were held.', ['Joint Action Days Tagus 4']],
    ['under a codename', 'The case, under the codename ‘Medusa’, and Codename "Atlas" began.', ['Medusa', 'Atlas']],
    ['operations listed in quotes', 'Operations ‘Birch’, ‘Cedar’ and ‘Larch’ were linked.', ['Birch', 'Cedar', 'Larch']],
    ['called, after the word operation', 'The operation, called Nightfall, and a firm called Nightfall Ltd differ.', ['Nightfall']],
    ['a quoted name that repeats the word', 'The so-called ‘Operation Falcon’ ended.', ['Falcon']],
    ['an investigation by its name', 'Investigation Kestrel and the investigation ‘Marlin’ used a European Investigation Order and a Joint Investigation Team.', ['Kestrel', 'Marlin']],
    ['not an action plan or a service', 'The Action Plan of the European External Action Service and the Operation Centre.', []],
    ['named or dubbed, after another word for an operation', 'The action, named KESTREL 7 (Kestrel Mule Action), and the probe, dubbed Nightjar, and a firm named Osprey differ.', ['KESTREL 7', 'Nightjar']],
    ['a joint action day introduced by "known as" and another acronym keeps its own name', 'The operation, known as EMPACT Joint Action Day (JAD) Tisza, ended.', ['Joint Action Day Tisza']],
    ['an action known by its short name in brackets', 'The third European Cash Courier Action (ECCA 3) ended.', ['ECCA 3']],
    ['a headline verb after "Operation" is no name; "so-called" introduces none', 'Joint Border Operation Results in 40 Arrests; the operations were so-called "green runs".', []],
    ['a word for a region after "Operation" in a headline is no name', 'GNIB Operation Counties Kerry and Clare', []],
    ['action days named by the words before them, with their year', 'The Global Harbour Action Days 2021 and the Cyber Action Week preceded the Action Days and the EU Action Days.', ['Global Harbour Action Days 2021', 'Cyber Action Week']],
    ['operations listed after a dash, named as places are', 'Staff working in four operations – Indalo, Kosovo, Minerva and Poseidon – joined.', ['Indalo', 'Kosovo', 'Minerva', 'Poseidon']],
  ])('%s', (_, text, expected) => {
    expect(operations(text)).toEqual(expected);
  });

  it('takes a short name given in brackets after an act’s title for that act, there and later', () => {
    const text = 'Directive (EU) 2019/713 on combating fraud of non-cash means of payment (the Card Fraud Directive) was adopted. The Card Fraud Directive and Regulation (EU) 2020/11 apply.';
    const acts = extractFacts({ text, date: null }).filter((f) => f.kind === 'entity' && f.type === 'legal_act');
    expect(acts.map((f) => (f.kind === 'entity' ? f.name : ''))).toEqual(['Directive (EU) 2019/713', 'Regulation (EU) 2020/11']);
  });

  it('takes an operation introduced as a joint action day and by its acronym for one', () => {
    const text = 'The action, Joint Action Day (JAD) Arktos 3, began. JAD Arktos 3 ended with 9 arrests.';
    expect(extractFacts({ text, date: null }).filter((f) => f.kind === 'entity' && f.type === 'operation')).toHaveLength(1);
  });
});

describe('locations below country level', () => {
  it.each([
    ['after a locative preposition', 'Raids took place in Gdańsk and Poznań.', ['Gdańsk', 'Poznań']],
    ['a dateline', 'Vilnius, 3 June 2024 – Lithuanian police arrested 4.', ['Vilnius']],
    ['a place with its country after a comma', 'The meeting (4 May 2024, Cartagena, Colombia) ended.', ['Cartagena']],
    ['a country is not a location', 'Officers from Italy, Spain and France met.', []],
    ['a region of a member state', 'Raids took place in Molise and in Małopolskie.', ['Molise', 'Małopolskie']],
    ['a region whose name is an English word is left out', 'Cooperation in Centre was discussed.', []],
    ['a dateline with a numeric date', 'Vilnius, 14.3.2024 – The Court ruled.', ['Vilnius']],
    ['a dateline in brackets, naming a city that is also its country', '(Luxembourg, 2 May 2024) – The EPPO acted.', ['Luxembourg']],
    ['a dateline with no comma', 'Vienna 12.05.2021', ['Vienna']],
    ['the city of a body’s seat', 'The team met at its Lisbon headquarters.', ['Lisbon']],
    ['a list with a stray quotation mark after a comma', 'Units in Graz, Linz,” Salzburg and Innsbruck helped.', ['Graz', 'Linz', 'Salzburg', 'Innsbruck']],
    ['a town before an authority’s head, the head’s own words between', 'The Regensburg Public Prosecutor’s Office and the Kiel Regional Court acted.', ['Regensburg', 'Kiel']],
    ['towns listed before one head share it', 'Officers of the Coimbra, Braga and Porto Police Units joined.', ['Coimbra', 'Braga', 'Porto']],
    ['a word of the language before a head is the head’s own', 'The Federal Police and the Criminal Police Office took part.', []],
    ['a place after a preposition and a lower-case article', 'Boats sailed across the English Channel from the Algarve.', ['English Channel', 'Algarve']],
    ['a single word of the language after an article is a noun', 'Judges of the Republic met at the University.', []],
    ['a nation of the United Kingdom', 'The Police Service of Scotland and officers in Wales helped.', ['Scotland', 'Wales']],
    ['a place after an Italian or French "of", written with a curly apostrophe', 'The Procura della Repubblica di L’Aquila and the Tribunal de Lille acted.', ['L’Aquila', 'Lille']],
    ['an Irish or British county named with its word', 'Homes were searched in County Kerry and County Durham.', ['County Kerry', 'County Durham']],
    ['a county named before its word, and one whose name is also a word', 'The project ran in Cluj County and in County Cork.', ['Cluj County', 'County Cork']],
    ['places a word for places introduces, words of the language among them', 'Raids took place in six towns, including Pleven, Ruse, Shumen and Gabrovo, at dawn.', ['Pleven', 'Ruse', 'Shumen', 'Gabrovo']],
    ['a metropolitan county and a Greek city by its English name', 'Officers in South Yorkshire and in Patras made arrests.', ['South Yorkshire', 'Patras']],
  ])('%s', (_, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('titles set in capitals', () => {
  it('reads the act, the institutions and the country of a title in capitals', () => {
    const text = 'COUNCIL DECISION (EU) 2024/310 on the conclusion of the AGREEMENT BETWEEN THE EUROPEAN UNION AND ICELAND, adopted by THE COUNCIL OF THE EUROPEAN UNION';
    const facts = extractFacts({ text, date: null }).flatMap((f) => (f.kind === 'entity' ? [`${f.type}: ${f.name}`] : []));
    expect(facts).toEqual(expect.arrayContaining(['legal_act: Council Decision (EU) 2024/310', 'country: Iceland', 'organisation: Council of the European Union']));
    expect(facts).not.toContain('organisation: Council');
  });

  it('reads a numbered protocol', () => {
    expect(acts('Pursuant to Protocol No 21 on the position of Ireland, Ireland takes part.')).toEqual(['Protocol No 21']);
  });
});

describe('operations named in capitals before the word', () => {
  it.each([
    ['a name in capitals before "operation"', 'Within the framework of the MARLIN operation, police seized 2 tonnes.', ['MARLIN']],
    ['not a body’s acronym, nor a kind of operation', 'The EUROPOL operation and the EMPACT operation ended.', []],
    ['a command centre is no operation’s name', 'He was at the Operation Command Centre in Rome.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'operation').map((e) => e.name)).toEqual(expected);
  });
});

describe('an operation named without its edition', () => {
  it('is the one edition the document names', () => {
    expect(entitiesOf('Operation Pangea led to 393 arrests. Europol supported Operation Pangea IX in 2016.', 'operation').map((e) => e.name)).toEqual(['Pangea IX']);
  });
});

describe('the Treaty establishing the European Community by its acronym', () => {
  it('is a legal act', () => {
    expect(findLegalActs(sentence('The mandate rests on Article 63 (3) (b) TEC.')).map((m) => m.name)).toEqual(['TEC']);
  });
});

describe('a statute by its title without a year', () => {
  it.each([
    ['a title of capitalised words before "Act"', 'The Artificial Intelligence Act and the Proceeds of Crime Act apply.', ['Artificial Intelligence Act', 'Proceeds of Crime Act']],
    ['a headline’s verb is no act', 'Police And Customs Act Against Fraud', []],
    ['states acting are no act', 'The EU Member States Act together.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'legal_act').map((e) => e.name)).toEqual(expected);
  });
});

describe('legal acts by a name with a number, a national law by its number, an act by its acronym', () => {
  it.each([
    ['a named act with its number', 'The Victims’ Rights Directive 2012/29/EU applies.', ['Victims’ Rights Directive 2012/29/EU']],
    ['a national law by its number', 'He was charged under Law No. 87/2019 on fraud.', ['Law No. 87/2019']],
    ['an act known by its acronym', 'Transfers must respect the GDPR and the ECHR.', ['GDPR', 'ECHR']],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'legal_act').map((e) => e.name)).toEqual(expected);
  });
});

describe('places whose name opens with "The", and regions named by the compass', () => {
  it.each([
    ['"the" in lower case before a place named "The …"', 'The raids took place in Utrecht and the Hague.', ['Utrecht', 'The Hague']],
    ['a region named by its country and a point of the compass', 'The gang operated in Western Ukraine and North-Eastern Romania.', ['Western Ukraine', 'North-Eastern Romania']],
    ['a country whose name opens with a point of the compass is no region', 'Officers flew to South Africa.', []],
  ])('%s', (_, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('protocols by name, acts titled "Act on", and titles that run on over "and"', () => {
  it.each([
    ['a protocol named before its head word, with its subject after "for"', 'States applied the Kigali Protocol and the Andean Exchange Protocol for Border Security.', ['Kigali Protocol', 'Andean Exchange Protocol for Border Security']],
    ['a second act after "and the" is one of its own', 'Both the Law on Witness Protection and the Act on Mutual Assistance were amended.', ['Law on Witness Protection', 'Act on Mutual Assistance']],
    ['a title runs on over "and" before a capitalised word', 'The Protocol on Privileges and Immunities binds the staff.', ['Protocol on Privileges and Immunities']],
    ['an implementing act titled by its lower-case subject', 'Ministers noted the Implementing Regulation on common marking standards.', ['Implementing Regulation on common marking standards']],
    ['a national code with the state whose it is', 'He was tried under the Penal Code of the Republic of Croatia and the Code of Criminal Procedure.', ['Penal Code of the Republic of Croatia', 'Code of Criminal Procedure']],
    ['only a state after a code’s "of" is its title’s', 'Judges applied the Criminal Code of Lower Courts.', ['Criminal Code']],
    ['ordinal words and a technology name no protocol', 'The Third Optional Protocol was noted; the firm sold Internet Protocol phones.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'legal_act').map((e) => e.name)).toEqual(expected);
  });
});

describe('an operation named in mixed case before the word "operation"', () => {
  it.each([
    ['a name of the operation’s own', 'The Zephyr Blanca operation dismantled the network.', ['Zephyr Blanca']],
    ['words of the language alone read as a kind, not a name (a known limit: "the Silver Lynx operation")', 'The Silver Lynx operation dismantled the network.', []],
    ['a body, a country’s people, a place or words of the language say who ran it or what kind it was', 'The Eurojust operation, the Danish operation, The Hague operation and the Joint Border operation ended.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'operation').map((e) => e.name)).toEqual(expected);
  });
});

describe('acts titled by an acronym or numbered in their series', () => {
  it.each([
    ['an acronym in capitals titles an act after "the"', 'Providers must comply with the DSA Act and the CRA Act.', ['DSA Act', 'CRA Act']],
    ['an ordinal numbers a directive in its series', 'States transposed the 5th AML Directive and the Sixth Anti-Money Laundering Directive.', ['5th AML Directive', 'Sixth Anti-Money Laundering Directive']],
    ['the Union’s letters before "Act" name no act', 'The EU Act on this was discussed.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'legal_act').map((e) => e.name)).toEqual(expected);
  });
});
