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
    ['a known EU body under its acronym', 'The EPPO opened an investigation.', "European Public Prosecutor's Office"],
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
    const names = entitiesOf('The Council Conclusions, the Europol Strategy Meeting and the European Union were mentioned in March.', 'organisation').map((e) => e.name);
    expect(names).not.toContain('Council Conclusions');
    expect(names).not.toContain('European Union');
    expect(names.some((name) => /Meeting|Strategy/.test(name))).toBe(false);
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

describe('locations', () => {
  it.each([
    ['cities after a preposition, with a list sharing it', 'Drugs were supplied to gangs in Porto, Braga and Coimbra.', ['Porto', 'Braga', 'Coimbra']],
    ['a place written without its diacritics', 'The group operated from Durres and Gdansk.', ['Durres', 'Gdansk']],
    ['a place inside an authority name', 'The Public Prosecutor’s Office Graz and the Police Directorate Linz acted.', ['Graz', 'Linz']],
    ['a region below country level', 'Robberies took place across Tuscany.', ['Tuscany']],
    ['not a country, a month or a body', 'Officers in Germany, in May and at Europol met.', []],
  ])('%s', (_, text, expected) => {
    expect(entitiesOf(text, 'location').map((e) => e.name)).toEqual(expected);
  });
});
