import { describe, expect, it } from 'vitest';
import { factsOf, figuresOf } from '../support/extract-sentence.ts';

const brief = (text: string) => figuresOf(text).map(({ value, unit, qualifier }) => ({ value, unit, qualifier }));

describe('reading figures: value, unit and qualifier', () => {
  it.each([
    ['European number spacing', 'Police seized 2 400 kilos of cannabis in Gdańsk.', [{ value: 2400, unit: 'kg', qualifier: 'exact' }]],
    ['a no-break space inside a number', 'Officers checked 13\u00a0000 containers.', [{ value: 13000, unit: 'count', qualifier: 'exact' }]],
    ['commas as thousands separators', 'In total, 1,250 suspects were arrested.', [{ value: 1250, unit: 'count', qualifier: 'exact' }]],
    ['a currency code before a scaled amount', 'Assets worth EUR 7.5 million were frozen in Vienna.', [{ value: 7500000, unit: 'EUR', qualifier: 'exact' }]],
    ['a currency symbol', 'Investigators traced €350 000 in crypto-assets.', [{ value: 350000, unit: 'EUR', qualifier: 'exact' }]],
    ['another currency after "close to"', 'The fraud caused losses of close to USD 12 billion.', [{ value: 12000000000, unit: 'USD', qualifier: 'approximately' }]],
    ['a currency word after the number', 'They laundered 40 million euros through shell firms.', [{ value: 40000000, unit: 'EUR', qualifier: 'exact' }]],
    ['vague millions', 'Officers seized assets worth at least several millions euros.', [{ value: 2000000, unit: 'EUR', qualifier: 'at_least' }]],
    ['hundreds of millions', 'He laundered hundreds of millions of euros.', [{ value: 200000000, unit: 'EUR', qualifier: 'at_least' }]],
    ['a number in words', 'Thirty-two victims were rescued in Porto.', [{ value: 32, unit: 'count', qualifier: 'exact' }]],
    ['a percentage', 'Some 45% of the networks use violence.', [{ value: 45, unit: 'percent', qualifier: 'approximately' }]],
    ['per cent in words', 'Cases rose by 12 per cent in Estonia.', [{ value: 12, unit: 'percent', qualifier: 'exact' }]],
    ['tonnes with a decimal', 'Customs intercepted nearly 3.2 tonnes of cocaine at Rotterdam.', [{ value: 3.2, unit: 'tonne', qualifier: 'nearly' }]],
    ['a sentence length', 'The leader was sentenced to 14 years imprisonment.', [{ value: 14, unit: 'year', qualifier: 'exact' }]],
    ['up to', 'The defendants face up to 8 years in prison.', [{ value: 8, unit: 'year', qualifier: 'up_to' }]],
    ['a multiplier', 'Requests reached five times as many as in 2022.', [{ value: 5, unit: 'multiplier', qualifier: 'exact' }]],
    ['more than doubling', 'Seizures rose, more than doubling those of 2023.', [{ value: 2, unit: 'multiplier', qualifier: 'more_than' }]],
    ['a fraction', 'Fraud cases increased by one-third in Malta.', [{ value: 33.3, unit: 'percent', qualifier: 'exact' }]],
    ['"approximatively", as some writers put it', 'Approximatively 4 300 bottles were destroyed.', [{ value: 4300, unit: 'count', qualifier: 'approximately' }]],
    ['within a number of hours', 'Data must be shared within 72 hours.', [{ value: 72, unit: 'hour', qualifier: 'up_to' }]],
    ['fewer than', 'Fewer than 30 officers took part.', [{ value: 30, unit: 'count', qualifier: 'less_than' }]],
  ])('%s', (_, sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});

describe('numbers that are not figures', () => {
  it.each([
    ['years and year ranges', 'Between 2019 and 2022, and during the 2024-2027 cycle, nothing changed.'],
    ['dates', 'On 3 March 2026 and on 14-15 April the teams met.'],
    ['dates written with dots', 'See OJ L 119 of 4.5.2016, p. 89.'],
    ['document and regulation numbers', 'Council document 12345/25 REV 1 cites Regulation (EU) 2016/794 and Article 26.'],
    ['identifiers after a label', 'Priority 3 and Action 12 of the plan, Annex 2, mention COSI 145.'],
    ['ordinals', 'The 21st plenary meeting was the 3rd this year.'],
    ['a date with an abbreviated month and its full stop', 'Vilnius, Sept. 14, (BNS) – The court ruled.'],
    ['a place named by its number', 'The container was unloaded at Berth 27 and moved to Terminal 3.'],
    ['a point in time before or after another', 'Two weeks later the office reopened; three months before that it had closed.'],
    ['a framing period with a half', 'Over the last four and a half years the unit grew.'],
    ['days listed with one month', 'The team met on 12, 13 and 14 June, and again on July 2 and 9.'],
    ['a period that opens the sentence', 'Within three weeks, the units had shared their data.'],
    ['the span of a comparison', 'Arrivals fell to their lowest in six years.'],
    ['a point in time "since" an event', 'Two years since the attack, the trial opened.'],
    ['footnote markers', 'Criminal networks operate globally.³ They adapt¹².'],
    ['the word one', 'At least one Member State joined one network.'],
    ['framing durations', 'Over the past five years and in the coming months, and for the next 3 years, work goes on.'],
    ['a compound modifier', 'EMPACT runs in four-year cycles with a two-year review.'],
    ['clock times', 'The action started at 06:30 local time.'],
    ['phone numbers', 'Call +32 2 555 01 23 for details.'],
    ['version numbers in names', 'The EL PAcCTO 2.0 programme supports partners.'],
    ['a numbered paragraph', '7. Member States are invited to act.'],
    ['an enumeration marker in brackets', 'Member States shall (1) keep the data and (2) report breaches.'],
    ['a clock time written with a dot', 'The raids began at 5.45 in Zagreb.'],
    ['how often', 'The team met twice in Lyon and the plan was revised twice.'],
  ])('%s', (_, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });

  it('reads "a fourth" after a count of three as the next one, not a quarter', () => {
    expect(brief('Three couriers were detained at the border; a fourth was later found in Linz.')).toEqual([{ value: 3, unit: 'count', qualifier: 'exact' }]);
  });

  it('keeps footnote numbers of converted text out, but a real count at a line start in', () => {
    const text = 'Networks grew.\n\n1 Commission communication – EU Strategy.\n2 Europol report, 2024.\n\n12 suspects were arrested in Riga.';
    expect(brief(text)).toEqual([{ value: 12, unit: 'count', qualifier: 'exact' }]);
  });
});

describe('what a figure is about', () => {
  it.each([
    ['the counted thing and the passive action', 'Fifty-four victims from South America were identified.', { value: 54, subject: 'victims', action: 'identified' }],
    ['an active verb before the number', 'Authorities arrested 9 suspects in Sofia.', { value: 9, subject: 'suspects', action: 'arrested' }],
    ['the thing after a unit and "of"', 'Officers seized at least 600 kilos of cocaine and heroin.', { value: 600, subject: 'cocaine and heroin', action: 'seized' }],
    ['the year the sentence places it in', 'In 2025 alone, the Agency handled nearly 14 500 cases.', { value: 14500, year: 2025, action: 'handled' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence)[0]).toMatchObject(expected);
  });

  it('points its evidence at the words it was read from', () => {
    const text = 'Intro sentence here. Police seized EUR 3 million in Lisbon.';
    const [figure] = figuresOf(text);
    expect(text.slice(figure!.evidence.start, figure!.evidence.end)).toBe('EUR 3 million');
    expect(figure!.evidence.text).toBe('Police seized EUR 3 million in Lisbon.');
    expect(figure!.rule).toMatch(/^figure\./);
    expect(figure!.confidence).toBeGreaterThan(0);
  });
});

describe('ages', () => {
  it.each([
    ['Police arrested a 30-year-old man in Split.', { value: 30, unit: 'year', subject: 'man' }],
    ['A 45-year-old suspect and two accomplices were detained.', { value: 45, unit: 'year', subject: 'suspect' }],
  ])('%s', (sentence, expected) => {
    expect(figuresOf(sentence)[0]).toMatchObject(expected);
  });
});

describe('written forms read by the number reader', () => {
  it.each([
    ['European thousands dots and decimal commas in one document', 'Hungarian customs seized 2.600 kg of khat and 1,5 million euro in cash.', [{ value: 2600, unit: 'kg', qualifier: 'exact' }, { value: 1500000, unit: 'EUR', qualifier: 'exact' }]],
    ['a count with three digits after a dot', 'Reports say over 2.140 migrants drowned off Crete.', [{ value: 2140, unit: 'count', qualifier: 'more_than' }]],
    ['a symbol and a glued scale', 'The fraud cost €6.4m to Irish farmers.', [{ value: 6400000, unit: 'EUR', qualifier: 'exact' }]],
    ['a code and a glued scale', 'Assets of EUR 1bn were frozen in Luxembourg.', [{ value: 1000000000, unit: 'EUR', qualifier: 'exact' }]],
    ['a grouping typed with a space after the comma', 'The agency has more than 2, 000 staff and 7, 050 volunteers.', [{ value: 2000, unit: 'count', qualifier: 'more_than' }, { value: 7050, unit: 'count', qualifier: 'exact' }]],
    ['a bound written after the quantity', 'Losses reached an estimated €9 million or more; terms of 4 years or less were given.', [{ value: 9000000, unit: 'EUR', qualifier: 'at_least' }, { value: 4, unit: 'year', qualifier: 'up_to' }]],
    ['a currency code glued to the amount', 'Losses reached GBP42.7 million and USD3m in Malta.', [{ value: 42700000, unit: 'GBP', qualifier: 'exact' }, { value: 3000000, unit: 'USD', qualifier: 'exact' }]],
    ['number words with "and"', 'Three hundred and twelve vehicles were inspected.', [{ value: 312, unit: 'count', qualifier: 'exact' }]],
    ['a dozen', 'Nearly a dozen drones were seized.', [{ value: 12, unit: 'count', qualifier: 'nearly' }]],
    ['half a million', 'Half a million tablets were found.', [{ value: 500000, unit: 'count', qualifier: 'exact' }]],
    ['a fraction in legal text', 'Decisions require one-third of the members present.', [{ value: 33.3, unit: 'percent', qualifier: 'exact' }]],
    ['a number written twice is one figure', 'The suspect has fourteen (14) days to appeal.', [{ value: 14, unit: 'day', qualifier: 'exact' }]],
  ])('%s', (_, sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });
});

describe('a range is one figure: its lower bound, at least', () => {
  it.each([
    ['between … and …', 'Between 30 and 45 officers were deployed in Tartu.', { value: 30, unit: 'count', qualifier: 'at_least', subject: 'officers', action: 'deployed' }],
    ['… to … with a unit', 'Each boat carried 2 to 4 tonnes of hashish.', { value: 2, unit: 'tonne', qualifier: 'at_least', subject: 'hashish' }],
    ['a dash', 'Police raided 15-20 flats in Wrocław.', { value: 15, unit: 'count', qualifier: 'at_least', subject: 'flats', action: 'raided' }],
    ['number words', 'The cell had three to five members.', { value: 3, unit: 'count', qualifier: 'at_least', subject: 'members' }],
    ['written from its top after a verb of ranging', 'Jail terms ranged from eleven to six years.', { value: 6, unit: 'year', qualifier: 'at_least' }],
    ['written from its top after "between"', 'Between 40 and 25 boats were stopped.', { value: 25, unit: 'count', qualifier: 'at_least', subject: 'boats' }],
  ])('%s', (_, sentence, expected) => {
    const figures = figuresOf(sentence);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject(expected);
  });
});

describe('ages and age limits', () => {
  it.each([
    ['an age limit', 'Recruiters targeted children under the age of 15 in Malmö.', { value: 15, unit: 'year', qualifier: 'less_than', subject: 'children' }],
    ['"aged"', 'A pilot aged 52 was detained in Split.', { value: 52, unit: 'year', qualifier: 'exact', subject: 'pilot', action: null }],
    ['an age range', 'Teenagers aged between 13 and 17 were recruited online.', { value: 13, unit: 'year', qualifier: 'at_least', subject: 'Teenagers', action: null }],
    ['"-year-old"', 'A 27-year-old courier was stopped at Ljubljana airport.', { value: 27, unit: 'year', subject: 'courier' }],
    ['"over the age of"', 'The rule covers persons over the age of 65.', { value: 65, unit: 'year', qualifier: 'more_than', subject: 'persons' }],
    ['an age set off by commas after a name', 'Police detained Ana Horvat, 38, in Split.', { value: 38, unit: 'year', qualifier: 'exact' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence)[0]).toMatchObject(expected);
  });
});

describe('numbers the structural reader sets apart', () => {
  it.each([
    ['a numbered heading', 'Overview.\n2.3 The trade in synthetic opioids'],
    ['a numbered section title', '4. Operational results'],
    ['an enumeration of paragraphs', 'Member States shall apply paragraphs 2 and 3 mutatis mutandis.'],
    ['an enumeration of articles', 'Articles 11 and 19 of the Agreement remain in force.'],
    ['a span of numbers', 'The Annex lists numbers 3 to 27.'],
    ['a sub-paragraph reference', 'This is without prejudice to Article 8(4).'],
    ['a street address and postcode', 'Write to Kortrijksesteenweg 112, 9000 Gent.'],
    ['a phone number', 'Press office: +33 1 44 55 66 77.'],
    ['a web address', 'The report is at https://data.example.eu/2024/07/report-15.pdf.'],
    ['a bracketed note', 'The vote passed easily. [7]'],
    ['a cited issue and page', 'The arrangement was signed (→ Review 2/2023, 58).'],
    ['a date a line break cut', 'The plan was endorsed by the board on 21\nSeptember 2024.'],
  ])('%s', (_, text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('what is counted and what happened to it', () => {
  it.each([
    ['money and what it was in', 'Police seized EUR 2 million in cash in Thessaloniki.', { subject: 'cash', action: 'seized' }],
    ['a passive after the counted phrase', '23 suspects were arrested in Latvia and Lithuania.', { subject: 'suspects', action: 'arrested' }],
    ['a noun of action before "of"', 'The raid led to the arrest of 9 smugglers.', { subject: 'smugglers', action: 'arrest' }],
    ['coordinated nouns of action', 'It enabled the seizure and freezing of assets worth EUR 40 million.', { value: 40000000, subject: 'assets', action: 'seizure and freezing' }],
    ['a reduced relative', 'Operation Harbour: 31 suspects detained', { subject: 'suspects', action: 'detained' }],
    ['a headline verb in the present', 'Carabinieri detain 19 in dawn raids', { subject: null, action: 'detain' }],
    ['members of a group count the members: the group is whose they are', 'Six members of the cartel were extradited to Spain.', { subject: 'members', action: 'extradited' }],
    ['a participle before the noun', 'Nine suspected couriers were intercepted in Faro.', { subject: 'suspected couriers', action: 'intercepted' }],
    ['a phrasal verb', 'Investigators carried out 140 house searches.', { subject: 'house searches', action: 'carried out' }],
    ['a passive phrasal verb', 'In total, 75 checks were carried out.', { subject: 'checks', action: 'carried out' }],
    ['a place in a prepositional phrase is not what the verb acted on', 'Prosecutors took action in 12 regions.', { subject: 'regions', action: null }],
    ['the counted thing that acts', 'Eleven officers died in the attack.', { subject: 'officers', action: 'died' }],
    ['money worth something before it', 'Customs seized watches worth over EUR 900 000 in Basel.', { subject: 'watches', action: 'seized', qualifier: 'more_than' }],
    ['money with a value', 'Paintings with an estimated value of EUR 3 million were recovered.', { subject: 'Paintings', action: 'recovered', qualifier: 'approximately' }],
    ['a change and what changed', 'The number of fraud cases rose by 18% in Estonia.', { subject: 'fraud cases', action: 'rose' }],
    ['a percentage of a group', 'About 60% of the detained migrants were minors.', { subject: 'detained migrants', action: null, qualifier: 'approximately' }],
    ['"some" is approximate', 'Some 800 officers were mobilised.', { qualifier: 'approximately', action: 'mobilised' }],
    ['"as many as" is exact', 'As many as 64 victims were freed.', { qualifier: 'exact', subject: 'victims', action: 'freed' }],
    ['"in excess of"', 'Losses in excess of USD 9 million were reported.', { qualifier: 'more_than' }],
    ['"a minimum of"', 'The court imposed a minimum of 7 years in prison.', { qualifier: 'at_least', unit: 'year' }],
    ['an estimate', 'The scheme is estimated to have caused EUR 12 million in losses.', { qualifier: 'approximately', subject: 'losses', action: 'caused' }],
    ['the agent of a passive did what the verb says (fixtures/gold/README.md)', 'The data were shared by 14 agencies.', { subject: 'agencies', action: 'shared' }],
    ['money worth of something', 'Divers recovered EUR 3.4 million worth of cocaine off Vigo.', { subject: 'cocaine', action: 'recovered' }],
    ['money a copula says', 'The financial loss is estimated to be around EUR 80 million.', { subject: 'financial loss', qualifier: 'approximately' }],
    ['a vague quantity of something', 'Dozens of lorries were checked at Calais.', { value: 24, qualifier: 'at_least', subject: 'lorries', action: 'checked' }],
    ['a passive measured by a duration', 'The ringleader was sentenced to 11 years in prison.', { value: 11, unit: 'year', action: 'sentenced' }],
    ['a sentence length as an adjective', 'The court handed down a 9-year prison sentence.', { value: 9, unit: 'year', subject: 'prison sentence', action: 'handed down' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence)[0]).toMatchObject(expected);
  });

  it('gives figures that leave their noun and verb out those of the figure before', () => {
    const figures = figuresOf('Eight suspects were arrested in Austria, four in Hungary and two in Czechia.');
    expect(figures.map((f) => [f.value, f.subject, f.action])).toEqual([[8, 'suspects', 'arrested'], [4, 'suspects', 'arrested'], [2, 'suspects', 'arrested']]);
  });

  it('shares a verb among the items of one list', () => {
    const figures = figuresOf('Officers seized 3 rifles, 40 grenades and EUR 80 000 in cash.');
    expect(figures.map((f) => [f.value, f.unit, f.action])).toEqual([[3, 'count', 'seized'], [40, 'count', 'seized'], [80000, 'EUR', 'seized']]);
  });

  it('reads what a measure counts before a change, and the level the change reached', () => {
    const figures = figuresOf('The number of stolen cars recovered in Poland rose by 30% to 5 400.');
    expect(figures.map((f) => [f.value, f.unit, f.subject, f.action])).toEqual([[30, 'percent', 'stolen cars', 'rose'], [5400, 'count', 'stolen cars', 'rose']]);
  });

  it('reads a part of a group counted in the same phrase', () => {
    const figures = figuresOf('Five of the 12 defendants were convicted in Athens.');
    expect(figures.map((f) => [f.value, f.subject, f.action])).toEqual([[5, 'defendants', 'convicted'], [12, 'defendants', null]]);
  });

  it('prefers the clause’s passive to a participle that describes the counted thing', () => {
    expect(figuresOf('Some 90 kg of heroin concealed in a lorry were intercepted at Kapitan Andreevo.')[0]).toMatchObject({ subject: 'heroin', action: 'intercepted' });
  });

  it('reads a proportion about the figure before it', () => {
    const figures = figuresOf('In 2022, the unit opened 940 files, an increase of 15%.');
    expect(figures.map((f) => [f.value, f.subject, f.action, f.year])).toEqual([[940, 'files', 'opened', 2022], [15, 'files', 'increase', 2022]]);
  });
});

describe('the year a figure is about', () => {
  it.each([
    ['a year that opens the sentence wins over a comparison', 'In 2023, courts convicted 210 traffickers, more than in 2022.', 2023],
    ['a date in the sentence', 'On 4 May 2021, officers arrested 16 suspects.', 2021],
    ['"as of" a month', 'As of March 2024, 38 teams were active.', 2024],
    ['a date with an ordinal day and "of"', 'On 17th of June 2019, divers recovered 6 bodies.', 2019],
    ['a date with "the" and an ordinal day', 'On the 3rd October 2018 inspectors closed 11 plants.', 2018],
    ['two years: none', 'The 12 actions are to be implemented in 2025 and 2026.', null],
    ['the date of a document a noun names: none', 'The decision of 3 June 2020 lists 9 priorities.', null],
    ['a span of years: none', 'Between 2015 and 2019 the group sold 400 kilos of heroin.', null],
    ['a year in an aside dates the aside: none', 'CEPOL, established in 2005, now trains 30 000 officers.', null],
    ['a date in an aside dates the aside: none', 'The men, detained in May 2022, face 7 years in prison.', null],
    ['a year after a semicolon belongs to that statement: none', 'Customs seized 9 tonnes of khat; the inquiry opened in 2020.', null],
    ['the work "of" a year', 'Among the results of 2019, the unit closed 64 cases.', 2019],
    ['a year that only opens the sentence before: none', 'In 2021, the office moved. It now employs 90 people.', null],
  ])('%s', (_, sentence, year) => {
    expect(figuresOf(sentence).at(-1)?.year).toBe(year);
  });

  it('gives each figure of a series the year right after it, "and" before the last', () => {
    const figures = figuresOf('The office logged 12 cases in 2016, 19 cases in 2017 and 31 cases in 2018.');
    expect(figures.map((f) => [f.value, f.year])).toEqual([[12, 2016], [19, 2017], [31, 2018]]);
  });

  it('gives a figure the year written right after it', () => {
    const figures = figuresOf('The office received 812 reports in 2023, up from 655 in 2022.');
    expect(figures.map((f) => [f.value, f.year])).toEqual([[812, 2023], [655, 2022]]);
  });

  it('gives the items of a list the year of the sentence that introduces it', () => {
    const figures = figuresOf('Results of the joint action days in 2022:\n• 128 victims were identified;\n• 47 suspects were arrested.');
    expect(figures.map((f) => [f.value, f.year])).toEqual([[128, 2022], [47, 2022]]);
  });
});

describe('durations that frame a statement are not figures', () => {
  it.each([
    ['over the past years', 'Over the past four years, Eurojust supported 90 cases.', [90]],
    ['in the next months', 'In the next 6 months, 3 teams will be set up.', [3]],
    ['a time ago', 'The probe began seven years ago with 2 suspects.', [2]],
    ['a duration as an adjective', 'A 5-year programme trained 300 judges.', [300]],
  ])('%s', (_, sentence, values) => {
    expect(figuresOf(sentence).map((f) => f.value)).toEqual(values);
  });
});

describe('the verb a figure shares with the clause around it', () => {
  it.each([
    ['a noun ends the clause before the number, with no comma', 'At the end of the week 41 people were detained in Braga.', { value: 41, subject: 'people', action: 'detained' }],
    ['a year ends the clause before the number', 'In 2023 17 laboratories were dismantled in Brabant.', { value: 17, subject: 'laboratories', action: 'dismantled' }],
    ['a record amount', 'Customs seized a record 9 tonnes of cocaine in Hamburg.', { value: 9, unit: 'tonne', subject: 'cocaine', action: 'seized' }],
    ['an adverb before the number', 'In some shipments, only 40% of the goods were declared.', { value: 40, unit: 'percent', action: 'declared' }],
    ['a part in an aside takes the verb after it', 'Nine people, including three police officers, were indicted in Sofia.', { value: 3, subject: 'police officers', action: 'indicted' }],
    ['a part after the clause takes its verb', 'Goods worth EUR 4 million were confiscated, including 22 cars.', { value: 22, subject: 'cars', action: 'confiscated' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });

  it('gives a list’s items the noun of action before it, though its first item is no figure', () => {
    const figures = figuresOf('The court ordered the forfeiture of one yacht, 3 villas and EUR 80 000 in cash.');
    expect(figures.map(({ value, action }) => ({ value, action }))).toEqual([{ value: 3, action: 'forfeiture' }, { value: 80000, action: 'forfeiture' }]);
  });

  it('gives every item of a list the verb written after the last one', () => {
    const figures = figuresOf('8 trucks, 15 flats and 60 bank accounts seized in Latvia and Estonia');
    expect(figures.map(({ value, subject, action }) => ({ value, subject, action }))).toEqual([
      { value: 8, subject: 'trucks', action: 'seized' },
      { value: 15, subject: 'flats', action: 'seized' },
      { value: 60, subject: 'bank accounts', action: 'seized' },
    ]);
  });
});

describe('ranges whose bounds repeat the currency', () => {
  it.each([
    ['between … and …', 'Each migrant paid between EUR 2 500 and EUR 4 000 to the smugglers.', { value: 2500, unit: 'EUR', qualifier: 'at_least', action: 'paid' }],
    ['from … to … with a symbol', 'Buyers paid from £300 to £450 per device.', { value: 300, unit: 'GBP', qualifier: 'at_least', action: 'paid' }],
  ])('%s', (_, sentence, expected) => {
    const figures = figuresOf(sentence);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject(expected);
  });
});

describe('years said relative to the document date', () => {
  const yearOf = (text: string, date: string | null) => factsOf(text, date).filter((f) => f.kind === 'figure').map((f) => (f.kind === 'figure' ? { value: f.value, subject: f.subject, year: f.year } : null));
  it.each([
    ['last year', 'The Office opened 1 250 investigations last year.', '2026-02-10', { value: 1250, subject: 'investigations', year: 2025 }],
    ['this year', 'So far this year, 64 victims were rescued.', '2023-09-01', { value: 64, subject: 'victims', year: 2023 }],
    ['no document date: no year', 'The Office opened 1 250 investigations last year.', null, { value: 1250, subject: 'investigations', year: null }],
  ])('%s', (_, text, date, expected) => {
    expect(yearOf(text, date)).toEqual([expected]);
  });
});

describe('figures in labelled lines, breakdowns and conversions', () => {
  it.each([
    ['a label with its participle before a colon', '• Vehicles seized: 42', { value: 42, subject: 'Vehicles', action: 'seized' }],
    ['a label over a counter word', 'Cartridges found: 3 200 pieces', { value: 3200, subject: 'Cartridges', action: 'found' }],
    ['a breakdown in brackets counts what the total counts', 'Police made 30 arrests of smugglers (9 in Latvia, 21 in Lithuania).', { value: 21, subject: 'arrests', action: 'made' }],
    ['an amount converted in brackets reads as the one before it', 'Assets worth about EUR 10 million (USD 11m) were frozen.', { value: 11000000, unit: 'USD', qualifier: 'approximately', subject: 'Assets' }],
    ['a part of an amount after "of which"', 'The loss is over EUR 5 million, of which EUR 2 million is attributable to the EU.', { value: 2000000, subject: 'loss' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });

  it('keeps a footnote number left in running text out of the figures', () => {
    expect(brief('The Framework Decision on the European arrest warrant 3 and the Directive on victims 12 , apply.')).toEqual([]);
  });
});

describe('what a change, a total and a prepositional verb give a figure', () => {
  it.each([
    ['a proportion of change takes what changed', 'The agency reports a 21% decrease in the seizures of heroin.', { value: 21, unit: 'percent', subject: 'seizures of heroin', action: 'decrease' }],
    ['a range of two units of time is one figure, of the noun before "ranging"', 'The judge handed down sentences ranging from 18 months to 7 years.', { value: 18, unit: 'month', qualifier: 'at_least', subject: 'sentences' }],
    ['a number joined to "fold" by a hyphen multiplies', 'Seizures of ketamine saw a 12-fold rise.', { value: 12, unit: 'multiplier', subject: 'rise' }],
    ['the level a change reached, after a comma', 'The number of asylum applications lodged in Cyprus in the first nine months of the year rose by 14%, to 9 800.', { value: 9800, subject: 'asylum applications', action: 'rose' }],
    ['what a measure counts, far before the verb', 'The number of asylum applications lodged in Cyprus in the first nine months of the year rose by 14%, to 9 800.', { value: 14, subject: 'asylum applications', action: 'rose' }],
    ['a count a verb of amount gives its subject, over a year between them', 'Detections of forged passports in 2022 amounted to 7 412.', { value: 7412, subject: 'Detections of forged passports' }],
    ['a verb whose object takes a preposition', 'The Agency dealt with 312 requests from Norway.', { value: 312, subject: 'requests', action: 'dealt with' }],
    ['a participle describing the object takes the verb acting on it', 'Customs stopped a lorry carrying 2 400 kilos of khat.', { value: 2400, unit: 'kg', subject: 'khat', action: 'stopped' }],
    ['a passive with an object the figure counts keeps the verb alone', 'Three firms were awarded contracts of EUR 4 million.', { value: 4000000, subject: 'contracts', action: 'awarded' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('the verb that happened to what is counted, wherever the clause puts it', () => {
  it.each([
    ['a passive telling the counted things’ part', 'Some 640 customs officers were involved in the checks at Gdańsk.', { value: 640, action: 'involved' }],
    ['the participle of a small clause after "with"', 'The network grew, with 27 couriers recruited across Moldova.', { value: 27, subject: 'couriers', action: 'recruited' }],
    ['a verb whose object takes "take part in"', 'Border guards took part in 14 joint patrols on the Drina.', { value: 14, action: 'took part in' }],
    ['a part of the clause’s subject after an opening name', 'In Slovakia parts of the EUR 310 000 proceeds were frozen.', { value: 310000, action: 'frozen' }],
    ['the clause’s passive after a long modifier', '36 persons suspected of smuggling tobacco from Belarus to Lithuania and Latvia have now been charged.', { value: 36, action: 'charged' }],
    ['the clause’s verb in the past after a gerund modifier', 'Four firms registered in Cyprus and operating from Malta later arranged for the transfers.', { value: 4, action: 'arranged' }],
    ['a light verb after the phrase’s own complement', 'Roughly 320 police officers from 9 regions took part in the raids.', { value: 320, action: 'took part' }],
    ['an aside in brackets before the passive', '58 European Investigation Orders (EIOs) were executed in Croatia.', { value: 58, action: 'executed' }],
    ['a passive relative clause', 'The 6 tonnes of cannabis that were found in Ravenna came from Albania.', { value: 6, unit: 'tonne', action: 'found' }],
    ['a verb after "believed to have been"', 'About 2 300 savers are believed to have been defrauded in Estonia.', { value: 2300, action: 'defrauded' }],
    ['an un- verb is a verb, not an adjective', 'The inquiry uncovered 19 shell companies in Riga.', { value: 19, action: 'uncovered' }],
    ['a participle after a verb that only relates', 'The week saw 1 900 vessels inspected in the Adriatic.', { value: 1900, action: 'inspected' }],
    ['a participle after "resulted in … being"', 'The inquiry resulted in 81 bank accounts being frozen in Austria.', { value: 81, action: 'frozen' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });

  it.each([
    ['the verb before a list of names opens it', 'Police confiscated two boats, jewellery and EUR 95 000 in cash.', 95000, 'confiscated'],
    ['a list goes on after "as well as"', 'The raids led to the seizure of a printing press, as well as 4 600 fake banknotes.', 4600, 'seizure'],
    ['an item keeps its own complement', 'Officers seized 12 rifles of Serbian make and 30 kilograms of a range of explosives.', 30, 'seized'],
    ['items joined by "or"', 'The smugglers asked EUR 1 500 per adult or EUR 4 000 for a family.', 4000, 'asked'],
    ['a list with an "and" inside an item goes on', 'The search led to the seizure of 3 tons of khat, 9 tons of hashish and hashish oil, 7 pistols and over EUR 2 million.', 7, 'seizure'],
    ['a headline list joined by commas alone', '61 stolen vans, 900 car parts seized in Danube operation', 61, 'seized'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });

  it.each([
    ['a comma that ends an opening phrase joins no list', 'Backed by Eurojust and some 250 investigators, 31 suspects were detained in Porto.', 250, null],
    ['an adjective in un-…-ed is no verb', 'Police found 40 undeclared crates of cigarettes.', 40, 'found'],
    ['a modifier passive with "by" is not the clause’s verb', 'A firm with 3 vessels owned by a Maltese trust went bankrupt.', 3, null],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action ?? null).toBe(action);
  });
});

describe('a verb and its object with something inserted between them', () => {
  it.each([
    ['a short prepositional phrase', 'Carabinieri seized in the raids 27 kilograms of cocaine.', 27, 'seized'],
    ['a day', 'Police detained on Friday 5 members of the clan.', 5, 'detained'],
    ['a phrase that works as an adverb', 'Officers arrested in total 44 suspects in Valencia.', 44, 'arrested'],
    ['an aside between commas', 'Investigators confiscated, among other things, 70 mobile phones.', 70, 'confiscated'],
    ['an amount in what the object holds', 'Customs stopped a lorry with 3 tonnes of tobacco.', 3, 'stopped'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });

  it.each([
    ['a quote opened by a comma is no aside', 'The Director commented, According to our data, 64% of networks are active in two countries.', 64],
    ['partners after "with" are no content', 'Frontex deepened its cooperation with six African countries.', 6],
    ['"in all" before a number is no adverb', 'Patrols have been launched in all four regions.', 4],
    ['a headline’s participle before a colon is no verb of what follows', 'Smuggling ring dismantled: 16 arrests', 16],
  ])('%s', (_, sentence, value) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action ?? null).toBeNull();
  });
});

describe('what a figure counts when other words crowd it', () => {
  it.each([
    ['the head before a complement of source owns the amount', 'The firms had claimed refunds from the customs office worth over €12 million.', { value: 12000000, subject: 'refunds', action: 'claimed' }],
    ['the head before an adverb and a complement of place owns the amount', 'The cars now in police custody (worth EUR 900 000) were stolen.', { value: 900000, subject: 'cars' }],
    ['a verb agreeing with a noun before the figure ends the counted phrase', 'A record of more than 2 000 cases represents a fourfold rise.', { value: 2000, subject: 'cases' }],
    ['items without figures after the figure share the verb after them', 'Cigarettes worth €2 million, laptops and jewellery were confiscated.', { value: 2000000, subject: 'Cigarettes', action: 'confiscated' }],
    ['after a figure with its verb, a comma lists the next', 'Police seized €80 000 in cash, three motorbikes and a rifle.', { value: 3, subject: 'motorbikes', action: 'seized' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('figures of reports and statistics', () => {
  it.each([
    ['the same measure at another time after "up from"', 'In 2023 the unit opened 610 files, up from 480 in 2022.', { value: 480, subject: 'files', action: 'opened', year: 2022 }],
    ['a change of the figure before it', 'The desk answered 9 100 requests, a 12% increase compared to 2021.', { value: 12, unit: 'percent', subject: 'requests', action: 'increase' }],
    ['a number alone before a copula counts what the copula names', 'Of these, 318 were cross-border cases.', { value: 318, subject: 'cross-border cases' }],
    ['a measure a verb of amount gives its subject', 'Heroin seizures reached a record 21 tonnes in 2020.', { value: 21, unit: 'tonne', subject: 'Heroin seizures', action: null }],
    ['a postpositive adjective ends the counted phrase', 'The study lists 57 criminal groups active in Slovenia.', { value: 57, subject: 'criminal groups' }],
    ['the person an age range after "aged" belongs to, and the clause’s verb after it', 'About 4% of students aged 15-16 used cannabis.', { value: 4, subject: 'students', action: 'used' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });

  it.each([
    ['an adjective alone after a copula is no counted thing', 'The Agency supported 92 JITs, of which 40 were new.', 40, 'JITs'],
    ['"in the last year" is no calendar year', 'Around 2% of adults used ecstasy in the last year.', 2, 'adults'],
  ])('%s', (_, sentence, value, subject) => {
    const figure = figuresOf(sentence, '2025-06-01').find((f) => f.value === value);
    expect(figure?.subject).toBe(subject);
    expect(figure?.year).toBeNull();
  });

  it.each([
    ['a term given to an object', 'A court in Ghent sentenced the head of the ring to 9 years in prison.', 9],
    ['a total term', 'The judge sentenced four smugglers to a total of 26 years.', 26],
  ])('takes the verb of sentencing for %s', (_, sentence, value) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe('sentenced');
  });

  it('takes no catenative verb after a modifier for what happened', () => {
    expect(figuresOf('The top five crime types handled by the Agency in 2023 continued to be fraud and trafficking.')[0]?.action).toBe('handled');
  });
});

describe('what a measure counts past words of quantity', () => {
  it.each([
    ['"a variety of" is no counted thing', 'Officers seized 12 kilograms of a variety of pills.', { value: 12, subject: 'pills' }],
    ['"different types of" is no counted thing', 'Customs found 3 tonnes of different types of tobacco.', { value: 3, subject: 'tobacco' }],
    ['an amount with no counted phrase counts what the item before it counts', 'The firms received loans of €2 million and €1.5 million.', { value: 1500000, subject: 'loans', action: 'received' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('figures compared, judged, gapped and shared across clauses', () => {
  it.each([
    ['a figure compared with one of another year keeps the list’s year; the compared one takes its own', 'Results for the year 2021 are as follows:\n- The office handled 4 210 appeals compared to 3 115 in 2020;\n- It closed 870 files.', [[4210, 2021], [3115, 2020], [870, 2021]]],
    ['a number that looks like a year, placed in a year, is a count', 'Auditors flagged 2 390 grants, against 1980 in 2019.', [[2390, null], [1980, 2019]]],
    ['an amount compared with one of another year', 'Losses reached €7.4 billion compared to €5.1 billion in 2018.', [[7400000000, null], [5100000000, 2018]]],
    ['a span of days within a month places the statement in its year', 'Between 3 and 9 June 2022, checks took place in 17 ports.', [[17, 2022]]],
    ['a span of months within a year, too', 'The action ran between March – May 2020 and reached 48 suspects.', [[48, 2020]]],
  ])('%s', (_, text, expected) => {
    expect(figuresOf(text).map((f) => [f.value, f.year])).toEqual(expected);
  });

  it.each([
    ['a share with a verb in the past right after it counts what the figure before counts', 'The unit received 9 120 tips; 64% came from banks and 12% came from notaries.', { value: 12, subject: 'tips', action: 'came' }],
    ['a number alone before a passive counts what the figure before counts', 'Nine of the smugglers were remanded and four were released on bail.', { value: 4, subject: 'smugglers', action: 'released' }],
    ['a verb judging its object takes the adjective it predicates', 'Two hauliers were found guilty of bribery in Plovdiv.', { value: 2, action: 'found guilty' }],
    ['a quantifier between auxiliary and participle', 'The five brokers were each fined for insider dealing.', { value: 5, action: 'fined' }],
    ['an amount after the noun of a penalty takes the verb of sentencing', 'The court sentenced the broker to a fine of €640 000.', { value: 640000, action: 'sentenced' }],
    ['a term after a long object takes the verb of convicting', 'The tribunal convicted the director of the shipping firm trading via Rijeka to a prison sentence of 30 months.', { value: 30, subject: 'prison sentence', action: 'convicted' }],
    ['a duration after "of" measures the noun before it', 'The term was suspended for a probation period of 4 years.', { value: 4, subject: 'probation period' }],
    ['a change in brackets after a figure shares its verb', 'The office opened 820 cases in 2022 (15% more than in 2021).', { value: 15, action: 'opened' }],
    ['a capitalised participle inside a name is no verb', 'Judges granted European Delegated Prosecutors seizure orders worth €4 million.', { value: 4000000, action: 'granted' }],
    ['a second penalty in the list a sentence sets', 'The court sentenced the pair to two years in prison and a fine of €80 000.', { value: 80000, action: 'sentenced' }],
    ['an amount as the second object of its verb', 'The tribunal fined the haulier €45 000 for the breach.', { value: 45000, action: 'fined' }],
    ['a passive participle after "being", though the phrase sits in a prepositional phrase', 'Prosecutors opened a case against six officials being allegedly bribed by a contractor.', { value: 6, action: 'bribed' }],
    ['a bound before an approximation bounds the figure', 'The region lost no less than around €90 000.', { value: 90000, qualifier: 'at_least' }],
    ['a figure after a gapped subject shares the verb', 'The firm must pay €2 million, its director €300 000 and the broker €90 000.', { value: 90000, action: 'pay' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });

  it('reads counts in brackets after the items of a list with the verb that opens the list, and the item after them too', () => {
    const figures = figuresOf('In 2021 the unit worked on new cases of fraud (312), arson (47), piracy (9), and 15 new cases of poaching.');
    expect(figures.map((f) => [f.value, f.subject, f.action])).toEqual([[312, 'fraud', 'worked on'], [47, 'arson', 'worked on'], [9, 'piracy', 'worked on'], [15, 'new cases', 'worked on']]);
  });

  it('keeps a number in brackets that marks an enumeration out of the figures', () => {
    expect(figuresOf('Member States shall (1) ensure access and (2) report by paragraph (3).').map((f) => f.value)).toEqual([]);
  });

  it.each([
    ['a figure inside the complement of the clause’s subject', 'Tax officers of nine regions audited 420 firms.', 9],
    ['a place before a headline’s colon counts nothing', 'Croatia: Five charged over subsidy fraud', 5],
  ])('%s: no action, or no subject', (_, sentence, value) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect(value === 9 ? figure?.action ?? null : figure?.subject ?? null).toBeNull();
  });
});

describe('figures in lists with asides, breakdowns and parts', () => {
  it.each([
    ['items with asides in brackets, closed by an item with no figure, share the verb after them', 'Also 300 grams of gold, 12 watches (with an estimated value of EUR 90 000), 5 cars (worth EUR 150 000) and other assets were also seized.', [[300, 'seized'], [12, 'seized'], [5, 'seized']]],
    ['a list inside the brackets of the last item shares the verb after the brackets', 'Other assets (a knife, 2 pistols and 6 cartridges) were seized.', [[2, 'seized'], [6, 'seized']]],
    ['an aside between dashes', 'Eleven children - possible victims of forced begging - were also rescued.', [[11, 'rescued']]],
    ['an aside opened by a dash and closed by a comma', 'Some 400 rifles – including grenade launchers and pistols, were recovered in Bulgaria.', [[400, 'recovered']]],
    ['an aside opened by "including" with no comma to close it', 'Some thirty knives, including daggers and swords were seized in Malta.', [[30, 'seized']]],
  ])('%s', (_, sentence, expected) => {
    const figures = figuresOf(sentence);
    for (const [value, action] of expected) expect(figures.find((f) => f.value === value)?.action).toBe(action);
  });

  it('reads amounts in brackets after a passive as its subject’s, with its verb, across currencies', () => {
    const figures = figuresOf('Large amounts of cash in several currencies were confiscated (EUR 61 200, PLN 90 300 and USD 4 100).');
    expect(figures.map((f) => [f.value, f.unit, f.subject, f.action])).toEqual([[61200, 'EUR', 'cash', 'confiscated'], [90300, 'PLN', 'cash', 'confiscated'], [4100, 'USD', 'cash', 'confiscated']]);
  });

  it('gives a breakdown after "including" the whole’s subject', () => {
    const figures = figuresOf('The raids involved over 120 officers, including 70 in Austria, 30 in Hungary and 20 in Slovakia.');
    expect(figures.map((f) => [f.value, f.subject])).toEqual([[120, 'officers'], [70, 'officers'], [30, 'officers'], [20, 'officers']]);
  });

  it('reads a part named by "of which" after its number as part of the figure before', () => {
    const figures = figuresOf('Police identified 340 possible victims of labour exploitation, 95 of which of trafficking, 40 in Greece and 55 in Portugal.');
    expect(figures.map((f) => [f.value, f.subject, f.action])).toEqual([[340, 'possible victims', 'identified'], [95, 'possible victims', 'identified'], [40, 'possible victims', 'identified'], [55, 'possible victims', 'identified']]);
  });
});

describe('changes, comparisons and gapped figures told in series', () => {
  it('reads a series of levels a change started from, with the clause’s head as what changed', () => {
    const figures = figuresOf('Attacks linked to separatist groups have been dropping from 150 in 2016, 90 in 2017, and finally 60 in 2019.');
    expect(figures.map((f) => [f.value, f.subject, f.action, f.year])).toEqual([[150, 'Attacks', 'dropping', 2016], [90, 'Attacks', 'dropping', 2017], [60, 'Attacks', 'dropping', 2019]]);
  });

  it.each([
    ['a verb of motion with its particle is a change, and the level reached takes it too', 'Refusals of entry in 2019 went down by 12% to 150,000 refusals.', [[12, 'Refusals of entry', 'went down'], [150000, 'refusals', 'went down']]],
    ['a verb of multiplying takes the head of the clause before it', 'However, detections in the Eastern Mediterranean doubled from the previous year.', [[2, 'detections', 'doubled']]],
    ['a comparison in brackets further on in the clause', 'The number rose, with some 45 000 seizures reported in the EU in 2019 (41 000 in 2018).', [[45000, 'seizures', 'reported'], [41000, 'seizures', 'reported']]],
    ['a name and "with" before a gapped figure', 'Poland follows with 41 attacks, Hungary with 12, and Malta with 2.', [[41, 'attacks', null], [12, 'attacks', null], [2, 'attacks', null]]],
    ['a relative clause as a long aside', 'Five drug laboratories, where the gang was believed to have produced the pills, were dismantled.', [[5, 'drug laboratories', 'dismantled']]],
    ['adverbs between the phrase and its verb', 'Two Italian prosecutors also provided support.', [[2, 'Italian prosecutors', 'provided']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.subject, f.action])).toEqual(expected);
  });
});

describe('lists and breakdowns after a colon, and prices per head', () => {
  it.each([
    ['a list after a passive and a colon takes the passive', 'The following items were confiscated: 14 phones, 2 laptops and EUR 9 000 in cash.', [[14, 'phones', 'confiscated'], [2, 'laptops', 'confiscated'], [9000, 'cash', 'confiscated']]],
    ['a breakdown by place after a colon takes the whole’s subject and verb', 'Officers detained 11 suspects: 7 in Varna and 4 in Burgas.', [[11, 'suspects', 'detained'], [7, 'suspects', 'detained'], [4, 'suspects', 'detained']]],
    ['a price per head counts what it is paid for', 'The smugglers asked between EUR 1 200 and EUR 1 500 per passenger.', [[1200, 'passenger', 'asked']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.subject, f.action]).slice(0, expected.length)).toEqual(expected);
  });
});

describe('participles after a complement, small clauses and relating passives', () => {
  it.each([
    ['a participle after the counted phrase’s complement', 'In the action week, 31 possible victims of exploitation identified, 12 in Italy and 19 in Spain.', [[31, 'identified'], [12, 'identified'], [19, 'identified']]],
    ['a gerund as the predicate of a small clause after "with"', 'These gangs operate widely, with 40% of gangs smuggling migrants across borders.', [[40, 'smuggling']]],
    ['a passive telling the counted things’ part in the matter', 'Around 30% of all shootings in the region are directly connected to drug markets.', [[30, 'connected']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.action])).toEqual(expected);
  });
});

describe('what an amount is of', () => {
  it.each([
    ['the head before a complement with an owner', 'The estimated loss to the region’s health budget amounts to €4.1 million.', { value: 4100000, subject: 'estimated loss' }],
    ['a price per head beats a word of quantity before it', 'The gang charged an average of EUR 2 500 per migrant.', { value: 2500, subject: 'migrant', action: 'charged' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('result lines, relative clauses, framing durations and kinds of value', () => {
  it.each([
    ['a result line: a complement holding its own "of", then the participle', '57 possible victims of different types of exploitation identified;', { value: 57, subject: 'possible victims', action: 'identified' }],
    ['a past form before a noun and a participle modifies the noun', '12 forged documents detected;', { value: 12, subject: 'forged documents', action: 'detected' }],
    ['a tilde approximates', '~60 new investigations initiated;', { value: 60, qualifier: 'approximately', action: 'initiated' }],
    ['the last item of a list added "as well as" to a passive, past a conversion in brackets', 'Phones were seized, as well as golden coins and medals for investment, and over €120 000 (BGN 235 000) in cash.', { value: 120000, subject: 'cash', action: 'seized' }],
    ['the conversion in brackets reads as the amount before it', 'Phones were seized, as well as golden coins and medals for investment, and over €120 000 (BGN 235 000) in cash.', { value: 235000, subject: 'cash', action: 'seized' }],
    ['a breakdown in brackets shares its figure’s fate, not the verb after the brackets', 'The actions involving 19 countries (11 EU Member States and 8 non-EU countries) were also supported by Eurojust.', { value: 8, action: null }],
    ['past a relative clause, the clause’s own passive', 'About 300 workers who had been working undeclared were identified during the checks.', { value: 300, action: 'identified' }],
    ['"over" after a verb frames a duration', 'Operation Sandstorm was carried out over four days.', { value: 4, unit: 'day', qualifier: 'exact', action: null }],
    ['a value named by its kind', 'The smuggled cigarettes had a market value of €1.2 million.', { value: 1200000, subject: 'market value' }],
    ['a total value, too', 'Two boats were confiscated, for a total value of €90 000.', { value: 90000, subject: 'total value' }],
    ['a word of addition before the amount', 'They tried to cause losses of another €3 million.', { value: 3000000, subject: 'losses' }],
    ['"due to" opens no counted phrase', 'The region lost €2.5 million due to fraudulent projects.', { value: 2500000, subject: null, action: 'lost' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('list items with units', () => {
  it('lets items with units and scales share the verb after the list', () => {
    const figures = figuresOf('More than 1 000 kilograms of cocaine, 300 kg of heroin, €2 million and 20 firearms were confiscated.');
    expect(figures.map((f) => [f.value, f.action])).toEqual([[1000, 'confiscated'], [300, 'confiscated'], [2000000, 'confiscated'], [20, 'confiscated']]);
  });
});

describe('vague units, periods of amounts and items placed in a list', () => {
  it.each([
    ['a vague quantity of a unit', 'The lab could produce hundreds of kilos of amphetamine.', { value: 200, unit: 'kg', subject: 'amphetamine', qualifier: 'at_least' }],
    ['items placed in a country or in "the other States" share the verb after the list', 'A total of 120 officers in Austria and 30 officers in the other involved States took part.', { value: 120, action: 'took part' }],
    ['the last of those items, too', 'A total of 120 officers in Austria and 30 officers in the other involved States took part.', { value: 30, action: 'took part' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });

  it('reads no figure in the period an amount is spread over, but keeps a term', () => {
    expect(figuresOf('The plan is worth CZK 2.1 billion (EUR 85 million) over 6 years.').map((f) => f.unit)).toEqual(['CZK', 'EUR']);
    expect(figuresOf('He was jailed for over 6 years.').map((f) => [f.value, f.unit])).toEqual([[6, 'year']]);
  });
});

describe('relative clauses, progressives, parts a verb of inclusion lists, and years of clauses', () => {
  it.each([
    ['an active relative clause tells what the counted things did', 'Police arrested 12 suspects who allegedly smuggled 300 migrants into Austria.', { value: 12, subject: 'suspects', action: 'arrested' }],
    ['the relative clause’s verb, when nothing acts on the phrase before it', 'Customs traced 9 million cigarettes that came from Asia.', { value: 9000000, action: 'traced' }],
    ['a relative clause’s past verb after a phrase that opens the clause', 'About 70 vessels which sailed under the flag of Panama.', { value: 70, action: 'sailed' }],
    ['a progressive after "be"', 'The three agencies will now also be sharing data on new substances.', { value: 3, subject: 'agencies', action: 'sharing' }],
    ['an adjective in -ing after "were" is no progressive', 'Of the cases, 4 100 were new and 5 310 were ongoing cases.', { value: 5310, action: null }],
    ['parts placed after "include" count the clause’s subject', 'The arrested suspects include 71 in Chile, 18 in Peru and 4 in Bolivia.', { value: 18, subject: 'arrested suspects', action: null }],
    ['a participle after the subject’s head is left out of it', 'Victims identified during the week included 40 from Nigeria and 12 from Ghana.', { value: 12, subject: 'Victims' }],
    ['a capitalised participle in a place’s name is no verb of the list', 'Officers detained 20 in the United Arab Emirates, 6 in Oman and 3 in Qatar.', { value: 6, action: 'detained' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });

  it.each([
    ['a year in a later clause does not date the clause before it', 'Police arrested 17 people in Chile and 5 in Peru, while 8 people were detained in 2019 in Bolivia.', [[17, null], [5, null], [8, 2019]]],
    ['a year carries on into a later clause without one', 'Police arrested 17 people in 2022, but 4 were released.', [[17, 2022], [4, 2022]]],
    ['an opening year frames every clause', 'In 2023, officers seized 40 kg of heroin, while 9 suspects fled.', [[40, 2023], [9, 2023]]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.year])).toEqual(expected);
  });
});

describe('quoted modifiers, nouns of action placed before "of", participles after a phrase in a prepositional phrase, cryptocurrencies', () => {
  it.each([
    ['quotation marks around a modifier stay in the counted phrase', 'Police arrested three “high-risk” suspects.', { value: 3, subject: '“high-risk” suspects', action: 'arrested' }],
    ['gapped items after a quoted modifier take the subject', 'Police arrested three “high-risk” suspects in Oslo and two in Bergen.', { value: 2, subject: '“high-risk” suspects', action: 'arrested' }],
    ['a quotation mark the phrase leaves open is left out', 'The network used 14 “mules”.', { value: 14, subject: 'mules' }],
    ['a noun of action, a phrase placing it, then "of"', 'He organised the import into the port of more than 2 tonnes of heroin.', { value: 2, unit: 'tonne', action: 'import' }],
    ['the same with a short placing phrase', 'The court ordered the detention on remand of the 9 suspects.', { value: 9, action: 'detention' }],
    ['a participle right after a phrase in a prepositional phrase', 'Latvia was involved in 41 cases registered at Eurojust.', { value: 41, action: 'registered' }],
    ['not a verb with an object of its own', 'Authorities of four Member States executed 12 orders.', { value: 4, action: null }],
    ['not a participle with its agent', 'The firms applied for 3 grants managed by the agency.', { value: 3, action: null }],
    ['bitcoin and monero are units', 'More than 35 Bitcoin and 1,200 Monero were seized.', { value: 35, unit: 'BTC', action: 'seized' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('levels of a change a noun names', () => {
  it.each([
    ['the levels count what the change is in', 'The plan brought a steep drop in asylum applications, from 88,400 in 2016 to 31,050 in 2019.', [[88400, 'asylum applications', 2016], [31050, 'asylum applications', 2019]]],
    ['the complement of what changed is part of it', 'We saw a rise in seizures of heroin from 12 tonnes in 2020 to 30 tonnes in 2023.', [[12, 'seizures of heroin', 2020]]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.subject, f.year]).slice(0, expected.length)).toEqual(expected);
  });
});

describe('figures among items without figures, amounts in brackets, and passives told at a distance', () => {
  it.each([
    ['an item in the middle of a list shares the passive the list ends in', 'Laptops, SIM cards, forged passports, three rifles, and various other documents were confiscated.', { value: 3, subject: 'rifles', action: 'confiscated' }],
    ['a list opened by a verb, past an item’s amounts in brackets', 'Officers seized cash (€12 400 and GBP 3 100), 8 phones and two cars.', { value: 8, action: 'seized' }],
    ['amounts in brackets after a noun are of it, with its verb', 'Officers seized cash (€12 400 and GBP 3 100), 8 phones and two cars.', { value: 3100, unit: 'GBP', subject: 'cash', action: 'seized' }],
    ['a number in brackets with "in total" counts the phrase before, the verb after', 'Leaders of the gangs (11 in total) were detained.', { value: 11, action: 'detained' }],
    ['"suspected" as the clause’s passive', 'Nine firms and four people are suspected of fraud.', { value: 4, action: 'suspected' }],
    ['a participation counts its participants', 'The raids saw the participation of 450 officers.', { value: 450, action: 'participation' }],
    ['an adverb before a participle after a relating verb', 'The team includes 35 experts already seconded to Moldova.', { value: 35, action: 'seconded' }],
    ['"to" between auxiliaries', 'Of the grant, €4 million was to be paid by the region.', { value: 4000000, action: 'paid' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('currencies after the amount, shares "for" something, apposed numbers and opening partitives', () => {
  it.each([
    ['a currency symbol after the amount', 'The market is worth 4.1 billion € a year.', { value: 4100000000, unit: 'EUR' }],
    ['not the symbol that opens the next amount', 'Fines of € 7 000, € 2 000 and € 900 were paid.', { value: 7000, unit: 'EUR', subject: 'Fines' }],
    ['a rate per year names no thing paid for', 'The trade brings in EUR 3 billion per annum.', { value: 3000000000, subject: null }],
    ['a share "for" what it is of', 'Shares of the market: 41 % for heroin and 22 % for cocaine.', { value: 22, subject: 'cocaine' }],
    ['a clause before a colon labels nothing', 'The breakdown is as follows: 41 % for heroin.', { value: 41, subject: 'heroin' }],
    ['"overall" before a noun', 'Customs fraud made up 12.5% of the overall damage.', { value: 12.5, subject: 'overall damage' }],
    ['a part after "Of the N X," counts X', 'Of the 812 reports, 301 came from banks and 44 from notaries.', { value: 44, subject: 'reports' }],
    ['the same share told as a number after ", or"', 'Almost 60% of the crossings, or 41 000, were detected in Greece.', { value: 41000, subject: 'crossings', action: 'detected' }],
    ['a number after a dash counts the phrase before', 'Italy reported the most detections – nearly 170 000.', { value: 170000, subject: 'detections' }],
    ['what was reported happened', 'By 10:00, 35 suspects had been reported detained.', { value: 35, action: 'detained' }],
    ['a capitalised noun of action opening a line', 'Opening of 912 investigations;', { value: 912, action: 'Opening' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('added items, number words with "of", particles and gerund clauses', () => {
  it.each([
    ['what is seized alongside shares the passive', '2 million cigarettes were seized alongside 12 tons of tobacco.', { value: 12, unit: 'tonne', action: 'seized' }],
    ['and so does "together with"', '40 people were arrested together with 3 officials.', { value: 3, action: 'arrested' }],
    ['"a dozen of" counts what follows', 'Police searched a dozen of warehouses.', { value: 12, subject: 'warehouses', action: 'searched' }],
    ['"offline" is a particle', 'A further 120 servers were taken offline.', { value: 120, action: 'taken offline' }],
    ['a gerund after a comma opens its own clause', 'Banks froze the accounts, blocking transfers of €4 million.', { value: 4000000, subject: 'transfers', action: 'blocking' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('units shared backwards, litres, slashes and nouns of discovery', () => {
  it.each([
    ['a number coordinated with the next shares its unit', 'Their sons were nine and eleven years old.', [[9, 'year'], [11, 'year']]],
    ['"or" too', 'He faces 4 or 5 years in prison.', [[4, 'year'], [5, 'year']]],
    ['a single "l" is litres', 'The vans carried 2.5 l and 3.0 l engines.', [[2.5, 'l'], [3, 'l']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    ['list items that name nothing count what the last item names', 'Buyers of 1.2 kg, 3.5 kg and 7 kg packets of heroin were found.', { value: 1.2, subject: 'packets of heroin' }],
    ['two nouns joined by a slash are one phrase', '81 couriers/drivers identified;', { value: 81, subject: 'couriers/drivers', action: 'identified' }],
    ['a discovery is a noun of action', 'The search led to the discovery of 14 TB of files.', { value: 14, action: 'discovery' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('parts in brackets, participles after a number in a prepositional phrase, ages and long complements', () => {
  it.each([
    ['"(of which N …)" shares the whole’s subject and verb', '212 suspects arrested (of which 40 for drug trafficking)', { value: 40, subject: 'suspects', action: 'arrested' }],
    ['a participle after a number alone in a prepositional phrase', 'A Welsh man among six detained after the raid.', { value: 6, action: 'detained' }],
    ['nothing happens to an age', 'A 42-year-old woman was arrested in Cork.', { value: 42, unit: 'year', action: null }],
    ['nouns joined by "and" inside the complement before the verb', '940 officers from police and customs and tax authorities took part in the checks.', { value: 940, action: 'took part' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('references to the Official Journal, numbers inside names, values between a phrase and its verb', () => {
  it.each([
    ['a series and number of the Official Journal is no figure', 'It was published in the Official Journal L 201 of 3 May 2021, and 6 states signed.', [6]],
    ['a number between a name’s word and a body’s head is the name’s', 'The Hellenic Police and the Israeli Lahav 433 Unit made 9 arrests.', [9]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => f.value)).toEqual(expected);
  });

  it.each([
    ['a phrase after "among the" in a prepositional phrase, and its participle', 'Among the 4 million pills seized at the port were opioids.', { value: 4000000, action: 'seized' }],
    ['a value between a phrase and its passive', 'Some 800 watches worth an estimated EUR 2 million were also recovered.', { value: 800, action: 'recovered' }],
    ['a suspension is a noun of action', 'The operation saw the suspension of 1 200 websites.', { value: 1200, action: 'suspension' }],
    ['an adverb before an adjective in the counted phrase', 'Officers seized 30 kg of highly toxic pesticides.', { value: 30, subject: 'highly toxic pesticides' }],
    ['a number after "and" with its own participle leaves out the noun', 'Some 9 000 parcels were checked and 1 240 seized by customs.', { value: 1240, subject: 'parcels', action: 'seized' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('lines a colon introduces, and numbers inside operations’ names', () => {
  it('lets the items on the lines after "the seizure of:" share the noun of action', () => {
    const figures = figuresOf('Operation Vela 3 resulted in the seizure of:\n• 14 stolen cars\n• More than 200 kilograms of cannabis');
    expect(figures.map((f) => [f.value, f.action])).toEqual([[14, 'seizure'], [200, 'seizure']]);
  });
  it('reads no figure in the number of an operation’s name', () => {
    expect(figuresOf('Operation Trivium 9 led to 31 arrests.').map((f) => f.value)).toEqual([31]);
  });
});

describe('terms of a sentence', () => {
  it.each([
    ['both parts of a term in two units count the penalty', 'He was sentenced to 7 years and 4 months of imprisonment.', [[7, 'year', 'imprisonment'], [4, 'month', 'imprisonment']]],
    ['a term served "on probation" or "in prison"', 'She was sentenced to three years on probation and he to 9 years in prison.', [[3, 'year', 'probation'], [9, 'year', 'prison']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.unit, f.subject])).toEqual(expected);
  });
});

describe('passive agents, "organised" as a passive, stacked qualifiers', () => {
  it.each([
    ['the agent of a passive did what the verb says', 'The raids were carried out by some 300 officers.', { value: 300, action: 'carried out' }],
    ['"were organised" is the clause’s passive', '41 coordination meetings were organised in 2023.', { value: 41, action: 'organised' }],
    ['an approximation stacked before a bound', 'In May, about over 900 crossings were detected.', { value: 900, qualifier: 'more_than', action: 'detected' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
});

describe('owners in brackets, places that open a clause, modifiers that list', () => {
  it.each([
    ['the owner of a value in brackets opened by "with"', 'Police took 12 paintings (with an estimated value of EUR 90 000) from the villa.', { value: 90000, subject: 'paintings' }],
    ['"worth of" as "worth"', 'Officers found 6 motorbikes (worth of EUR 45 000) in a garage.', { value: 45000, subject: 'motorbikes' }],
    ['a place named after "in" opens the clause', 'In Lower Saxony 14 suspects were detained.', { value: 14, action: 'detained' }],
    ['a modifier whose complement lists with commas, then the passive', 'In Lisbon, 17 people suspected of fraud, forgery of invoices and tax evasion, were charged by prosecutors.', { value: 17, action: 'charged' }],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === expected.value)).toMatchObject(expected);
  });
  it('keeps a clause after a comma from lending its passive to the figure before it', () => {
    expect(figuresOf('Four men questioned in Porto, two others were released.').find((f) => f.value === 4)?.action).not.toBe('released');
  });
});

describe('the passive a long subject ends in, and breakdowns between dashes', () => {
  it.each([
    ['every figure of a long subject with asides shares its passive', 'In Ghent, €3,200 in cash, 1.4 kg of ketamine (powder) as well as 9,400 litres of acetone for the production of synthetic drugs in hidden labs were seized.', [[3200, 'seized'], [1.4, 'seized'], [9400, 'seized']]],
    ['a list line closed by a bare participle', 'A total of 18 250 bottles of fake vodka, gin, whisky seized;', [[18250, 'seized']]],
    ['a figure inside a prepositional phrase keeps no verb', 'Members of 9 clans were detained in Sicily.', [[9, null]]],
    ['a value of something keeps no verb', 'Some 40 paintings worth EUR 3 million were recovered.', [[40, 'recovered'], [3000000, null]]],
    ['a verb of another clause is not the figure’s', 'In Latvia 14 vans, which the gang rented, were stopped.', [[14, 'stopped']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.action])).toEqual(expected);
  });
  it('counts what the figure before a breakdown between dashes counts, and its verb', () => {
    expect(figuresOf('Officers detained 31 suspects – 19 in Poland – and froze 60 accounts.').map((f) => [f.value, f.subject, f.action])).toEqual([[31, 'suspects', 'detained'], [19, 'suspects', 'detained'], [60, 'accounts', 'froze']]);
  });
});

describe('a breakdown after the clause’s verb and a semicolon', () => {
  it('counts what the figure before counts, placed part by part', () => {
    expect(figuresOf('In total, 14 vessels were boarded; six in Malta and eight in Cyprus.').map((f) => [f.value, f.subject, f.action])).toEqual([[14, 'vessels', 'boarded'], [6, 'vessels', 'boarded'], [8, 'vessels', 'boarded']]);
  });
});

describe('existential lists, a long subject’s active verb, names used as modifiers', () => {
  it.each([
    ['what "there is" lists takes the participle after it', 'There are now 45 officers, 12 vans and 3 boats stationed in Crete.', [[45, 'stationed'], [12, 'stationed'], [3, 'stationed']]],
    ['a long subject with asides takes the clause’s verb in the past and its particle', 'Some 320 officers, including dog handlers, in Austria, Slovenia and Croatia carried out checks.', [[320, 'carried out']]],
    ['a participle after a name that modifies the noun is no verb', 'Police found 18 Sky ECC encrypted phones.', [[18, 'found']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.action])).toEqual(expected);
  });
});

describe('verb forms inside later items of a list of figures', () => {
  it('are no verb of the list’s first figure', () => {
    expect(figuresOf('Officers listed 12 tablets, 30 Ghost encrypted phones and 8 routers as evidence.').map((f) => [f.value, f.action])).toEqual([[12, 'listed'], [30, 'listed'], [8, 'listed']]);
  });
});

describe('asides opened by a participle, and reduced modifiers in a subject', () => {
  it.each([
    ['an aside of ages between commas before the passive', 'Four women, aged 31, 40 and 52, were charged by prosecutors.', 4, 'charged'],
    ['a listed subject with an aside opened by a participle, then the clause’s verb', '12 Member States, Iceland and Norway, assisted by Frontex, conducted a joint operation.', 12, 'conducted'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('parts "of whom", "out of" phrases, verbs opening a list of objects', () => {
  it.each([
    ['a part "of whom" counts what the figure before counts, and does what its verb says', '310 drivers were checked, of whom 17 failed the test.', 17, { subject: 'drivers', action: 'failed' }],
    ['"out of" after a verb is no particle', '90 riders were tested out of competition.', 90, { subject: 'riders', action: 'tested' }],
    ['a breakdown "out of" counts what the figure before counts', '75 checks performed, 40 in races and 35 out of season.', 35, { subject: 'checks', action: 'performed' }],
    ['a verb opening a list whose first object has no figure', 'Customs seized the entire bottling line, 14 tonnes of sugar and 9 000 litres of ethanol.', 14, { action: 'seized' }],
  ])('%s', (_, sentence, value, expected) => {
    expect(figuresOf(sentence).find((f) => f.value === value)).toMatchObject(expected);
  });
});

describe('a gerund that relates the counted noun to another', () => {
  it('ends the counted phrase', () => {
    expect(figuresOf('Prosecutors exposed a €4 million customs fraud involving textile imports.').find((f) => f.value === 4000000)?.subject).toBe('customs fraud');
  });
});

describe('a part named after "among whom"', () => {
  it('shares what happened to the whole', () => {
    expect(figuresOf('Seven drivers were detained, among whom were three minors.').map((f) => [f.value, f.subject, f.action])).toEqual([[7, 'drivers', 'detained'], [3, 'minors', 'detained']]);
  });
});

describe('ages listed before the clause’s verb, and reported periods in headlines', () => {
  it.each([
    ['the last age of a list before the verb', 'Two women aged 23 and 31 were charged.', [[2, 'count'], [23, 'year'], [31, 'year']]],
    ['a headline’s reported term is a figure', 'Over 300 years’ imprisonment for gang members', [[300, 'year']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.unit])).toEqual(expected);
  });
});

describe('figures added "along with" a passive, listed after a participial clause, after listed modifiers', () => {
  it.each([
    ['added to what the clause’s passive acted on', 'Several rifles were also recovered, along with over 2 000 cartridges.', 2000, 'recovered'],
    ['an item after "as well as" in a list a participial clause opens', 'Officers searched 9 flats, confiscating €40,000 in cash, a pistol as well as three motorbikes.', 3, 'confiscating'],
    ['a list line whose modifiers list participles', '1 250 rounds of blank, converted, and live ammunition seized;', 1250, 'seized'],
    ['an item after "as well as" when the list has "a few"', 'Customs seized cigarettes and a few knives, as well as 12 000 euros in cash.', 12000, 'seized'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('irregular participles, a part after "including the", list items with an adverb after them', () => {
  it.each([
    ['an irregular participle compromise files as one', 'In total nine witnesses were heard and four statements were written down.', 9, 'heard'],
    ['a part after "including the" shares the verb of its whole', 'Police detained 21 people, including the four alleged organisers of the ring.', 4, 'detained'],
    ['an item after one placed by an adverb shares the verb', 'The ring rented 45 flats abroad and 17 flats in Lyon.', 17, 'rented'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('numbers before modifiers that share a list’s noun, breakdowns in brackets, containers and sums paid', () => {
  it.each([
    ['a demonym alone takes the noun the list ends in', '14 suspects were detained (9 Albanian and 5 Greek nationals).', 9, 'Albanian nationals', 'detained'],
    ['an adjective alone takes it too', 'Customs seized 4 small, 2 medium and 7 large vessels.', 2, 'medium vessels', 'seized'],
    ['a container counts what its "of" names', 'Officers found 3 400 packets of cigarettes in the van.', 3400, 'packets of cigarettes', 'found'],
    ['a sum paid is what the amount measures', 'Victims were asked to make a first payment of EUR 450.', 450, 'first payment', 'make'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });
});

describe('examples listed on lines, parts with passives of their own, spans of time after an amount', () => {
  it('lets lines of examples after "including:" share the verb of what they exemplify', () => {
    const figures = figuresOf('Officers confiscated weapons and vehicles, including:\n- 6 rifles\n- 2 motorbikes');
    expect(figures.map((f) => [f.value, f.subject, f.action])).toEqual([[6, 'rifles', 'confiscated'], [2, 'motorbikes', 'confiscated']]);
  });
  it.each([
    ['"N of them" with a passive of its own', '30 suspects were questioned, eight of them were arrested.', 8, 'arrested'],
    ['"N of whom" with a passive of its own', 'In all 25 people were charged, three of whom were later extradited.', 3, 'extradited'],
  ])('gives a part %s that passive', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
  it('does not take a span of time after an amount for what the amount is of', () => {
    expect(figuresOf('The gang earned revenues of over €8 million in just two years.').find((f) => f.value === 8000000)?.subject).toBe('revenues');
  });
});

describe('multiples after a verb of change, items added "as well as", what seizures included, kinds of days', () => {
  it.each([
    ['a hyphenated multiple after a verb of change measures the clause’s subject', 'Detections of forged visas rose four-fold to over 2 300.', [[4, 'multiplier', 'Detections of forged visas', 'rose'], [2300, 'count', 'Detections of forged visas', 'rose']]],
    ['items added "as well as" right after a passive share it', 'Over EUR 4 million in cash was frozen as well as 12 cars.', [[4000000, 'EUR', 'cash', 'frozen'], [12, 'count', 'cars', 'frozen']]],
    ['what a noun of action includes was acted on', 'Arrests included 9 minors and 2 officials.', [[9, 'count', 'minors', 'Arrests'], [2, 'count', 'officials', 'Arrests']]],
    ['working days are days', 'The court has 15 working days to decide.', [[15, 'day', null, null]]],
    ['horsepower is a unit', 'The boat had a 300 hp engine.', [[300, 'hp', 'engine', null]]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.unit, f.subject, f.action])).toEqual(expected);
  });
});

describe('adverbs between auxiliary and participle, headline items with a participle of their own', () => {
  it.each([
    ['an adverb of frequency between auxiliary and participle', 'Over 20 lorries were often stopped at the border.', 20, 'stopped'],
    ['a list item whose list has no verb keeps the participle after it', 'Joint action leads to 45 arrests and 310 victims rescued', 310, 'rescued'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('"bln", dimensions as adjectives, proportions "out of every", particles of a long subject’s passive', () => {
  it.each([
    ['"bln" scales an amount', 'Damage reached EUR 2.4 bln.', [[2400000000, 'EUR', null]]],
    ['a dimension written as an adjective describes the thing', 'The 14 metre-long boat was seized.', [[14, 'm', null]]],
    ['"out of every" with the percentage after the phrase is one proportion', 'Women made up three out of every ten applicants (31%) last year.', [[31, 'percent', null]]],
    ['a long subject’s passive keeps its particle', 'A total of 60 raids (41 planned and 19 urgent) were carried out in Rome.', [[60, 'count', 'carried out'], [41, 'count', 'carried out'], [19, 'count', null]]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.unit, f.action])).toEqual(expected);
  });
});

describe('relative clauses and names inside a long subject, ages with a spaced hyphen, a fourth', () => {
  it.each([
    ['a relative clause inside the subject has a verb of its own', 'Seven members of a network that smuggled migrants have been detained.', 7, 'count', 'detained'],
    ['an adverb and a past verb after an aside with a name', 'Some 14 countries, including the United Kingdom, also took part in the action.', 14, 'count', 'took part'],
    ['an age written "N year-old"', 'A 41 year-old woman was arrested in Porto.', 41, 'year', null],
    ['"one fourth" is a quarter', 'Nearly one fourth of the seizures were made in Spain.', 25, 'percent', 'made'],
  ])('%s', (_, sentence, value, unit, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.unit, figure?.action]).toEqual([unit, action]);
  });
});

describe('amounts a subject exceeds', () => {
  it.each([
    ['a past verb of amount', 'The total damage to the budget exceeded EUR 3 million.', 'total damage'],
    ['after a modal', 'The total amount of bribes could exceed EUR 9 million.', 'total amount of bribes'],
  ])('%s: more than, of the subject', (_, sentence, subject) => {
    const figure = figuresOf(sentence)[0];
    expect([figure?.qualifier, figure?.subject]).toEqual(['more_than', subject]);
  });
});

describe('lists that share what is counted, and lists of events that do not share a verb', () => {
  it.each([
    ['single nouns listed after a measure are all weighed', 'Over 7 tonnes of tuna, squid and octopus were confiscated.', 7, 'tuna, squid and octopus', 'confiscated'],
    ['a measure of one thing beside other things seized', 'Agents seized 240 kg of heroin, two speedboats and jewellery.', 240, 'heroin', 'seized'],
    ['words before a last item of two share its noun', 'Around 800 border, tax and customs officials took part.', 800, 'border, tax and customs officials', 'took part'],
    ['a count of one thing beside other things seized', 'They confiscated 9 sports cars, paintings and watches.', 9, 'sports cars', 'confiscated'],
    ['names listed after a name', 'The 30 Liaison Prosecutors, Analysts and Seconded Experts were trained.', 30, 'Liaison Prosecutors, Analysts and Seconded Experts', 'trained'],
    ['events counted keep no headline participle written for the next item', 'Nine arrests and 40 000 litres of fuel seized in Greece', 9, 'arrests', null],
    ['events counted share a clause’s passive', 'Some 21 raids and 8 interviews were conducted in Austria.', 21, 'raids', 'conducted'],
    ['a list item with a passive of its own opens its clause', 'Officers detained 6 men and 90 kg of hashish were found.', 90, 'hashish', 'found'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });
});

describe('participles after what one has, after "as", and after a relative clause with a preposition', () => {
  it.each([
    ['what a body has, then a participle', 'The agency has 1 300 experts deployed at the borders.', 1300, 'deployed'],
    ['what a body has, then a gerund with its particle', 'The agency has 640 officers taking part in patrols.', 640, 'taking part'],
    ['what a body has, then a gerund that only relates', 'The network had 30 cells involving minors.', 30, null],
    ['a participle whose complement opens with "as"', 'She was among nine officers suspended as part of the inquiry.', 9, 'suspended'],
    ['an aside opened by a preposition and "whom"', 'Four women, against whom arrest warrants had been issued, were extradited to Portugal.', 4, 'extradited'],
    ['a gerund that only relates names no action', 'A cell consisting of 14 recruiters was active.', 14, null],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('a list after a colon, verbs that only relate, a word written twice', () => {
  it.each([
    ['a list after a colon is the object of the verb before it', 'They also confiscated: 40 kg of khat and 3 rifles.', 3, 'confiscated'],
    ['so too after "the following"', 'Customs seized the following: 12 tonnes of tobacco and 9 trucks.', 9, 'seized'],
    ['a headline’s participle after a noun tells what happened to the noun', 'Fraud ring dismantled: 14 arrests', 14, null],
    ['a verb that only relates names no action', 'Albanians accounted for 37 detections.', 37, null],
    ['what a database contains was not acted on', 'The database, which contains 4.1 million records, is shared.', 4100000, null],
    ['a verb with no passive after a prepositional phrase is the clause’s, not the counted phrase’s', 'Judges from 14 countries cooperated closely.', 14, null],
    ['a preposition written twice in a list item', 'Airports seized 40 kg of heroin in in Lomé, 7 kg of cocaine in Accra and 2 kg in Dakar.', 7, 'seized'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('a figure completing a verb of amount or of change measures the clause’s subject', () => {
  it.each([
    ['"the number of" before a verb of amount', 'The number of asylum applications in 2022 reached a total of some 966 000.', 966000, 'asylum applications', null],
    ['an owner left out, "came to just over"', 'The bureau’s budget came to just over €41 million.', 41000000, 'budget', null],
    ['"expected to reach"', 'The agency’s staff is expected to reach 2,300.', 2300, 'staff', null],
    ['a relative clause after a comma', 'Smugglers hide their profits, which are estimated at EUR 6 billion.', 6000000000, 'profits', null],
    ['a verb of change is what happened', 'The number of detections fell to 4 200 in May.', 4200, 'detections', 'fell'],
    ['a bare number after a copula is no amount of the subject', 'The driver was 41.', 41, null, null],
    ['a verb in the present right after the number is no counted noun', 'Of the 30 suspects, 21 remain under arrest.', 21, 'suspects', null],
    ['"as high as" after a modal copula', 'The damage could be as high as €7 million.', 7000000, 'damage', null],
    ['a noun of action whose amount the figure is, with no verb acting on it', 'In exchange for an advance payment of EUR 42 000, the goods were promised.', 42000, 'advance payment', 'payment'],
    ['a breakdown by place in brackets counts the noun before them', 'Officers conducted raids (14 in Austria and 3 in the Czech Republic).', 3, 'raids', 'conducted'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });
});

describe('qualifiers written around a verb of amount', () => {
  it.each([
    ['a bound before the preposition of the verb', 'Profits are estimated at least at EUR 4 billion.', 'at_least'],
    ['"as high as" is a bound from above', 'The loss could be as high as €12 million.', 'up_to'],
  ])('%s', (_, sentence, qualifier) => {
    expect(figuresOf(sentence)[0]?.qualifier).toBe(qualifier);
  });
});

describe('the noun of a loss before its victim, and a verb in the present after a plural noun', () => {
  it.each([
    ['a loss to a budget is what the amount measures', 'The scheme caused a loss to the Finnish budget of EUR 2.7 million.', 2700000, 'loss', 'caused'],
    ['damages to a victim named in a list', 'The gang caused damages to the Latvian and EU budgets of around €9.1 million.', 9100000, 'damages', 'caused'],
    ['a sum for a purpose keeps its own noun', 'The ministry approved grants for the region of EUR 3 million.', 3000000, 'region', null],
    ['a plural noun, then a bare verb and a preposition', '48 analysts work at the centre in Vilnius.', 48, 'analysts', 'work'],
    ['a verb-like word after a plural modifier stays in the noun', '17 customs officers search the trucks in Gdansk.', 17, 'customs officers', 'search'],
    ['a word that is an adjective first is no verb', 'Officers found 6 rifles ready for sale.', 6, 'rifles', 'found'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });
});

describe('an item further down a list shares the action of the list’s last figure', () => {
  it.each([
    ['past items with no figure, to an item added "as well as"', 'During the searches, officers seized 9 motorbikes, luxury goods including rings and luxury watches, laptops, and mobile phones, as well as 18 000 EUR in cash.', 18000, 'seized'],
    ['past a figure in an item’s complement and an aside in brackets', 'Investigators froze 3 villas, shares in two firms (worth EUR 2 million), jewellery, and 40 bank accounts.', 40, 'froze'],
    ['not across a relative clause', 'Officers arrested 14 suspects, which led to 3 new investigations.', 3, null],
    ['not from a figure whose verb comes after it', 'About 30 cars were stolen in Lyon, and 12 vans in the region.', 12, 'stolen'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('a regular past form right after the number modifies the noun after it', () => {
  it.each([
    ['"completed attacks"', '41 completed attacks were reported by Member States.', 41, 'completed attacks', 'reported'],
    ['"organised crime groups" in a headline', '17 organised crime groups dismantled', 17, 'organised crime groups', 'dismantled'],
    ['a past tense before a preposition is the verb', 'Of the loans, 60% came from private lenders.', 60, null, 'came'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });
});

describe('the clause’s verb after a subject’s long complement', () => {
  it.each([
    ['a second name after "and the"', 'A total of 35 inspectors from the Border Police and the Tax Office participated in the checks.', 35, 'participated'],
    ['an aside in brackets inside the complement', 'About 40 officers from the Guardia Civil (GC) took part in the raids.', 40, 'took part'],
    ['a verb with no passive is the clause’s verb, not a reduced relative', 'The three agencies cooperated on the report (TE-SAT) published in June.', 3, 'cooperated'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('the verb of a figure past an aside, an un- verb, a relative clause and an inserted phrase', () => {
  it.each([
    ['an aside in brackets and a participle clause before a passive with "each"', 'Three brothers from Graz (aged 30 to 41), accused of running the scheme, were each sentenced to four years.', 3, 'brothers', 'sentenced'],
    ['a word that may be a verb, before another "and", modifies the shared noun', 'Some 800 police and tax and border officers searched 90 homes.', 800, 'police and tax and border officers', 'searched'],
    ['a noun after "and" before an auxiliary opens a clause of its own', 'Officers detained 7 suspects and search warrants were executed.', 7, 'suspects', 'detained'],
    ['items on the lines after "seized the following:" take its verb', 'Customs officers seized the following:\n• 14 kg of khat\n• 2 boats', 14, 'khat', 'seized'],
    ['indented items after an item ending in a verb and a colon take that verb', 'The day led to:\n• 8 arrests.\n• Police searched 5 farms and confiscated:\n  • 60 litres of diesel\n  • 3 tractors', 3, 'tractors', 'confiscated'],
    ['"after" opening a clause of its own, whose passive is the figure’s', 'The case began after 14 pistols were found in Bari.', 14, 'pistols', 'found'],
    ['a phrase of time between a noun of action and "of"', 'This led to the detention on 2 May of 9 couriers.', 9, 'couriers', 'detention'],
    ['a hyphenated participle before a noun modifies it', 'Police ran 3 major intelligence-led raids in Split.', 3, 'major intelligence-led raids', 'ran'],
    ['"off" before a coast opens a place, not a particle', 'Some 900 kg of hashish were intercepted off the coast of Sardinia.', 900, 'hashish', 'intercepted'],
    ['an un-…-ed form after an auxiliary is a verb', 'The hackers had unblocked nearly 9 000 stolen laptops.', 9000, 'stolen laptops', 'unblocked'],
    ['the verb of a relative clause before "<noun> of <amount>"', 'The firm that claimed agricultural subsidies of over €750 000 was searched.', 750000, 'agricultural subsidies', 'claimed'],
    ['a verb in the present before an inserted phrase', 'Interpol now keeps at its Lyon office about 60 seconded officers.', 60, 'seconded officers', 'keeps'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });

  it.each([
    ['"to" and a determiner after a noun open an infinitive, not an inserted place', 'If a member fails to name an expert within three weeks, the chair decides.', 3, null],
    ['an un-…-ed adjective with no auxiliary before it is no verb', 'Inspectors counted 25 unregistered boats.', 25, 'counted'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action ?? null).toBe(action);
  });
});

describe('changes told by statistics: the level reached past a phrase, nouns of change, "fewer" and "are down"', () => {
  it.each([
    ['a phrase placing the change stands between it and the level reached', 'Crossings fell by a fifth (21%) in the first half of 2023, to around 48 200, the agency said.', [[21, 'Crossings', 'fell'], [48200, 'Crossings', 'fell']]],
    ['a year after the first level of a series', 'Burglaries have been falling from 812 in 2014 to 530 in 2019.', [[812, 'Burglaries', 'falling'], [530, 'Burglaries', 'falling']]],
    ['a noun of change gives the level reached its subject and action', 'The Baltic route saw a 38% drop in arrivals to 6,150.', [[38, 'arrivals', 'drop'], [6150, 'arrivals', 'drop']]],
    ['the object of a modifier’s preposition, with a determiner, is not what changed', 'Detections along this frontier increased by 140% to 7,300.', [[140, 'Detections', 'increased'], [7300, 'Detections', 'increased']]],
    ['a copula and "down" tell the change of the clause’s head', 'Asylum applications in Malta are down 17% so far this year to 2,900.', [[17, 'Asylum applications', 'down'], [2900, 'Asylum applications', 'down']]],
    ['a noun of change with "of" before the proportion and "in" after it', 'This is a rise of 23% in the number of stolen cars recovered.', [[23, 'stolen cars', 'rise']]],
    ['a change "with" names after the clause’s verb, no figure before, is the clause head’s', 'Europol’s caseload kept growing in 2022, with a 7% rise on the year before.', [[7, 'caseload', 'rise']]],
    ['"fewer" before the counted phrase is no part of it', 'Border guards reported 31% fewer forged passports in March.', [[31, 'forged passports', 'reported']]],
  ])('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence).map((f) => [f.value, f.subject, f.action])).toEqual(expected);
  });
});

describe('a reported clause after a verb of saying, and a part of a whole no figure counts', () => {
  it.each([
    ['a verb of saying with no "that" opens the clause, whose passive is the figure’s', 'Interpol said 37 fugitives were detained in Peru.', 37, 'fugitives', 'detained'],
    ['the same with a measure', 'Officials stated 4 tonnes of hashish had been destroyed.', 4, 'hashish', 'destroyed'],
    ['every item of a list a verb introduces with a colon takes it, past items written otherwise', 'Officers also recovered: about 40 kg of khat, a dozen or so litres of acid, 250 litres of BMK and 9 litres of PMK.', 9, 'PMK', 'recovered'],
    ['a participle past a breakdown in brackets is the whole’s verb, and the parts’', '• 31 migrants (29 Afghan nationals and 2 Iranian nationals) rescued off Lesbos', 29, 'Afghan nationals', 'rescued'],
    ['a verb with two objects, the first counted, gives both figures its verb', 'The fraud has cost at least 4 200 pensioners some EUR 31 million.', 31000000, null, 'cost'],
    ['"cost" is a verb that acts on whom it costs', 'The fraud has cost at least 4 200 pensioners some EUR 31 million.', 4200, 'pensioners', 'cost'],
    ['an amount after the phrase is no part of it', 'The scam cost 800 savers GBP 6 million.', 800, 'savers', 'cost'],
    ['an amount after a verb of taking’s "of" is what it took, from whom no part of it', 'The ring swindled nearly 600 pensioners of GBP 2.3 million.', 2300000, null, 'swindled'],
    ['the same in the passive', 'Over 90 farmers were cheated of EUR 410 000.', 410000, null, 'cheated'],
    ['a participle after a determiner modifies the noun before "of"; the verb is the clause’s', 'The driver received a suspended sentence of 18 months.', 18, 'suspended sentence', 'received'],
    ['a part after "including" takes the verb of a whole that is no figure', 'Border guards intercepted nearly a ton of goods, including 85 kilos of saffron.', 85, 'saffron', 'intercepted'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });
});

describe('what a share is of, and modifiers joined before the noun', () => {
  it.each([
    ['a share of "the total number of" counts what the number counts', 'Minors made up 14% of the total number of all asylum seekers.', 14, 'asylum seekers'],
    ['"total" before a participle and a noun modifies them', 'Customs fraud was 45% of the total estimated loss.', 45, 'total estimated loss'],
    ['two modifiers joined by "and", the second hyphenated', 'Nine small and medium-sized firms were raided.', 9, 'small and medium-sized firms'],
    ['an irregular past after a name is the clause’s verb, no modifier', 'All 19 Schengen States took part.', 19, 'Schengen States'],
    ['two modifiers parted by a comma', 'The Office set up four regional, specialised fraud units.', 4, 'regional, specialised fraud units'],
  ])('%s', (_, sentence, value, subject) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.subject).toBe(subject);
  });
});

describe('a part a copula names, and a part of a whole told before a participle and a comma', () => {
  it.each([
    ['a part "of them" that a copula names is counted as what it names, with nothing the whole underwent', 'In total 61 suspects were detained, 14 of them are police officers.', 14, 'police officers', null],
    ['so is a part "of whom"', 'The office employs 512 people, of whom 48 are prosecutors.', 48, 'prosecutors', null],
    ['an adjective alone is no name of the part, which counts what the whole counts', 'Police arrested 40 people, of whom 12 were armed.', 12, 'people', 'armed'],
    ['a part with a passive of its own keeps what it underwent', '18 suspects were charged, seven of them were detained.', 7, 'suspects', 'detained'],
    ['a whole told first with a participle before its comma', 'Of the 3 100 reports received, 1 900 were from banks.', 1900, 'reports', null],
    ['a bracketed breakdown by participles sorts what the figure before counts, and shares its verb', 'Last year 85 cyber attacks (61 completed, 14 failed and 10 prevented) were recorded.', 14, 'failed cyber attacks', 'recorded'],
    ['the first item of such a breakdown too', 'Customs inspected 400 containers (350 cleared and 50 held) at Piraeus.', 350, 'cleared containers', 'inspected'],
  ])('%s', (_, sentence, value, subject, action) => {
    const figure = figuresOf(sentence).find((f) => f.value === value);
    expect([figure?.subject, figure?.action]).toEqual([subject, action]);
  });
});

describe('verbs past long asides, and passives of verbs that only describe when they modify', () => {
  it.each([
    ['an aside between dashes that lists things with their acronyms', 'Three crime areas – cybercrime (CC), child sexual exploitation (CSE) and money laundering (ML) – were prioritised.', 3, 'prioritised'],
    ['"as" inside a comma aside after a bracket', 'Four brokers from Lyon (two couples), identified as the organisers of the network, were each convicted.', 4, 'convicted'],
    ['"dedicated" after an auxiliary is what happened', 'On the last day three workshops were dedicated to asset recovery.', 3, 'dedicated'],
    ['"required" after an auxiliary too', 'Under the convention, seven ratifications are required.', 7, 'required'],
    ['"dedicated" modifying its noun is no action', 'Eurojust set up 12 dedicated teams.', 12, 'set up'],
    ['a gerund after a determiner modifies the noun before "of"', 'The envoys met the investigating judges of the nine regions.', 9, 'met'],
  ])('%s', (_, sentence, value, action) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.action).toBe(action);
  });
});

describe('containers, doses and counts that count what their "of" names', () => {
  it.each([
    ['tablets of a drug', 'Customs seized 900 tablets of fake insulin.', 900, 'tablets of fake insulin'],
    ['counts of a charge', 'The driver faces four counts of manslaughter.', 4, 'counts of manslaughter'],
    ['sets of a text', 'Ministers endorsed three sets of guidelines.', 3, 'sets of guidelines'],
    ['containers of goods', 'Officers opened 14 containers of textiles.', 14, 'containers of textiles'],
    ['members of a group are still the members', 'Police arrested nine members of the gang.', 9, 'members'],
  ])('%s', (_, sentence, value, subject) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.subject).toBe(subject);
  });
});

describe('a measure that names no substance of its own', () => {
  it.each([
    ['parts of a measure after a dash measure what the whole names', 'Police linked 4 tonnes of hashish to the group – 900 kilograms seized in Ceuta, 1.5 tonnes in Algeciras.', 1.5, 'hashish'],
    ['"a further" measure of the same thing', 'Reported seizures of 12 kg of khat in Sweden and a further 3 kg in Norway.', 3, 'khat'],
    ['a measure with its own substance keeps it', 'Officers seized 5 kg of heroin and 2 kg of cocaine.', 2, 'cocaine'],
    ['not across sentences', 'Officers seized 5 kg of heroin. Another 2 kg were found.', 2, null],
  ])('%s', (_, sentence, value, subject) => {
    expect(figuresOf(sentence).find((f) => f.value === value)?.subject).toBe(subject);
  });
});
