import { describe, expect, it } from 'vitest';
import { countryCode } from '../../src/eval/countries.ts';
import { counterpartForms, sameAction, sameOrganisation, samePerson, sameRole, sameSubject } from '../../src/eval/fact-keys.ts';
import { approvableShare, emptyReading, f1, type FigureItem, precision, type Reading, scoreReading, type SigningItem, strictF1, strictPrecision, strictRecall } from '../../src/eval/score.ts';

const figure = (value: number, fields: Partial<FigureItem> = {}): FigureItem => ({ value, unit: 'count', subject: 'suspects', qualifier: 'exact', action: 'arrested', year: null, ...fields });
const signing = (counterpart: string, fields: Partial<SigningItem> = {}): SigningItem => ({ counterpart, forms: [`country:${countryCode(counterpart)}`], status: 'signed', instrument: 'working_arrangement', date: '2024', ...fields });
const reading = (items: Partial<Reading>): Reading => ({ ...emptyReading(), ...items });

describe('the scorer compares facts field by field, lenient and strict', () => {
  it.each([
    ['a figure agreeing on every field is strict', [figure(17)], [figure(17)], 1, 1],
    ['a figure with another qualifier is lenient only', [figure(17)], [figure(17, { qualifier: 'more_than' })], 1, 0],
    ['a figure with another year is lenient only', [figure(17, { year: 2024 })], [figure(17)], 1, 0],
    ['a figure with another action is lenient only', [figure(17)], [figure(17, { action: 'identified' })], 1, 0],
    ['a figure with a subject where gold has none is lenient only', [figure(17, { subject: null })], [figure(17)], 1, 0],
    ['a figure in another unit is no match', [figure(17)], [figure(17, { unit: 'EUR' })], 0, 0],
  ])('%s', (_, gold, ours, lenient, strict) => {
    const score = scoreReading(reading({ figures: gold }), reading({ figures: ours })).figures;
    expect([score.tp, score.strictTp]).toEqual([lenient, strict]);
  });

  it.each([
    ['the same instrument and date', signing('Chile'), signing('Chile'), 1, 1],
    ['another date', signing('Chile'), signing('Chile', { date: null }), 1, 0],
    ['another instrument', signing('Chile'), signing('Chile', { instrument: 'international_agreement' }), 1, 0],
    ['another status', signing('Chile'), signing('Chile', { status: 'planned' }), 0, 0],
  ])('a signing with %s', (_, gold, ours, lenient, strict) => {
    const score = scoreReading(reading({ signings: [gold] }), reading({ signings: [ours] })).signings;
    expect([score.tp, score.strictTp]).toEqual([lenient, strict]);
  });

  it.each([
    ['name and acronym', { name: 'European Judicial Organised Crime Network', acronym: 'EJOCN' }, { name: 'EJOCN' }, 1, 0],
    ['the acronym on both sides', { name: 'EJOCN' }, { name: 'European Judicial Organised Crime Network', acronym: 'EJOCN' }, 1, 0],
    ['both without acronym', { name: 'Public Prosecutor’s Office of Bari' }, { name: "the Public Prosecutor's Office of Bari." }, 1, 1],
  ])('organisations by %s', (_, gold, ours, lenient, strict) => {
    const score = scoreReading(reading({ organisations: [gold] }), reading({ organisations: [ours] })).organisations;
    expect([score.tp, score.strictTp]).toEqual([lenient, strict]);
  });

  it('pairs each gold fact with the candidate agreeing on most fields, so the approvable share is not lowered by the order', () => {
    const gold = [figure(2, { subject: 'victims', action: 'identified' }), figure(2, { subject: 'suspects', action: 'arrested' })];
    const ours = [figure(2, { subject: 'suspects', action: 'arrested' }), figure(2, { subject: 'victims', action: 'identified' })];
    const score = scoreReading(reading({ figures: gold }), reading({ figures: ours })).figures;
    expect([score.tp, score.strictTp, approvableShare(score)]).toEqual([2, 2, 1]);
  });

  it('counts P, R and F1 lenient and strict, and the approvable share over the facts we produced', () => {
    const gold = [figure(1, { unit: 'kg' }), figure(2), figure(3), figure(4)];
    const ours = [figure(1, { unit: 'kg', qualifier: 'at_least' }), figure(2), figure(3), figure(99)];
    const score = scoreReading(reading({ figures: gold }), reading({ figures: ours })).figures;
    expect({ p: precision(score), f1: f1(score), strictP: strictPrecision(score), strictR: strictRecall(score), approvable: approvableShare(score) }).toEqual({ p: 0.75, f1: 0.75, strictP: 0.5, strictR: 0.5, approvable: 0.5 });
    expect(strictF1(score)).toBe(0.5);
    expect(score.fieldAgreement).toEqual({ qualifier: 2, subject: 3, action: 3, year: 3 });
    expect(score.edits).toHaveLength(1);
  });

  it('counts a duplicate of ours as spurious, and records each fact of ours with its rule', () => {
    const ours = [{ code: 'AL', name: 'Albania', rule: 'country.name' }, { code: 'AL', name: 'Albania', rule: 'country.demonym-actor' }];
    const score = scoreReading(reading({ countries: [{ code: 'AL', name: 'Albania' }] }), reading({ countries: ours })).countries;
    expect(score.spurious).toHaveLength(1);
    expect(score.outcomes).toEqual([{ rule: 'country.name', lenient: true, strict: true }, { rule: 'country.demonym-actor', lenient: false, strict: false }]);
  });
});

describe('the scorer folds subjects, actions, roles and names before comparing', () => {
  it.each([
    ['suspects', 'suspects', true],
    ['suspects', 'the 17 suspects', true],
    ['suspects', 'criminal suspects', true],
    ['suspect', 'suspects', true],
    ['cases', 'case', true],
    ['cross-border crime cases', 'cases', true],
    ['house searches', 'searches', true],
    ['suspects', 'suspects arrested in both countries', false],
    ['victims', 'suspects', false],
    ['cocaine and heroin', 'heroin', true],
    ['suspects', null, false],
    [null, null, true],
  ] as const)('gold subject %j and ours %j agree: %s', (gold, ours, agree) => {
    expect(sameSubject(gold, ours)).toBe(agree);
  });

  it.each([
    ['arrested', 'arrest', true],
    ['arrested', 'arrests', true],
    ['seized', 'seize', true],
    ['identified', 'identifies', true],
    ['searched', 'searches', true],
    ['stopped', 'stop', true],
    ['frozen', 'froze', true],
    ['arrested', 'were arrested', true],
    ['focused', 'focused on', true],
    ['dealt with', 'dealt', true],
    ['carried out', 'carried', false],
    ['arrested', 'seized', false],
    ['arrested', null, false],
    [null, null, true],
  ] as const)('gold action %j and ours %j agree: %s', (gold, ours, agree) => {
    expect(sameAction(gold, ours)).toBe(agree);
  });

  it.each([
    ['Eurojust President', 'President of Eurojust', true],
    ['President', 'Eurojust President', true],
    ['Director', 'Deputy Director', true],
    ['Prosecutor', 'President', false],
    [undefined, undefined, true],
    ['President', undefined, false],
  ] as const)('roles %j and %j agree: %s', (a, b, agree) => {
    expect(sameRole(a, b)).toBe(agree);
  });

  it.each([
    ['Michael Schmid', 'Mr Michael Schmid', true],
    ['Ladislav Hamran', 'Dr. Ladislav Hamran', true],
    ['Joaquín Nogueroles García', 'Joaquin Nogueroles Garcia', true],
    ['Michael Schmid', 'Michael Smith', false],
  ] as const)('persons %j and %j are one: %s', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });

  it.each([
    [{ name: 'Eurojust’s' }, { name: 'Eurojust' }, true],
    [{ name: 'EPPO' }, { name: "European Public Prosecutor's Office", acronym: 'EPPO' }, true],
    [{ name: 'Europol' }, { name: 'Eurojust' }, false],
  ])('organisations %j and %j are one: %s', (a, b, same) => {
    expect(sameOrganisation(a, b)).toBe(same);
  });

  it.each([
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Republic of Korea', 'KR'],
    ['South Korea', 'KR'],
    ['Kosovo', 'XK'],
    ['Palestine', 'PS'],
    ['State of Palestine', 'PS'],
    ['Viet Nam', 'VN'],
    ['the Netherlands', 'NL'],
    ['Czech Republic', 'CZ'],
    ['North Macedonia', 'MK'],
    ['Bosnia and Herzegovina', 'BA'],
    ['United Kingdom', 'GB'],
    ['KR', 'KR'],
  ])('the country name %j resolves to %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each([
    ['the Ministry of Interior of Egypt', [], ['country:EG']],
    ['Central Bureau of Investigation (CBI), India', [], ['country:IN']],
    ['Public Prosecutor’s Office of Bosnia and Herzegovina', [], ['country:BA']],
    ['EPPO', [{ name: 'European Public Prosecutor’s Office', acronym: 'EPPO' }], ['eppo', 'european public prosecutor office']],
    ['Interpol', [], ['interpol']],
  ])('reads the counterpart %j as %j (a national body signs for its country)', (counterpart, organisations, forms) => {
    expect(counterpartForms(counterpart, organisations)).toEqual(forms);
  });
});
