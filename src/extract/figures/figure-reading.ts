import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import type { Qualifier } from '../../nlp/lexicon/qualifiers.data.ts';
import type { NumberSpan } from '../../nlp/numbers/number-span.ts';
import type { Token } from '../../nlp/tokens.ts';
import { DURATION_UNITS, isAmountWord, isCurrencyCode } from '../../nlp/lexicon/units.data.ts';
import { countedBefore, owner, personOfAge } from './counted-before.ts';
import { isNumberWord, listedAfter, nounSharedByList, phraseAfter, phraseBefore, type Phrase } from './counted-phrase.ts';
import { actionAfter, actionBefore, isActionNoun, participleAfterBeing, passiveEndingClause, participleAfterRelation, takingVerbBefore, type TextOf } from './figure-action.ts';
import { multiplierQualifier, qualifierBefore } from './figure-qualifier.ts';
import { AMOUNT_VERBS_AT, AMOUNT_VERBS_DIRECT, AMOUNT_VERBS_TO, EVENT_NOUNS, INTRANSITIVE_VERBS, NOT_ACTION_GERUNDS, NOT_ACTIONS } from '../../nlp/lexicon/report-verbs.data.ts';
import { AUXILIARIES, DETERMINERS, indexWithin, isAdjective, lastIndexWithin, isAction, isAdverb, isChangeVerb, isGerund, isNominal, isParticiple, isPastTense, isPossessive, isThirdPersonVerb, isVerb, lower, PREPOSITIONS, withoutPossessive } from './word-classes.ts';

/**
 * One figure read from a number span and the words around it: qualifier, counted phrase, action.
 * Figures of one sentence are read left to right, and a figure that leaves out its noun or verb
 * takes them from the figure before it ("seven suspects were arrested in Italy, three in Spain";
 * "cases rose by 40%, … and intellectual property crime cases by 20%"; "1.8 million crossings,
 * which represented an increase of 546%").
 */
export interface FigureReading {
  readonly number: NumberSpan;
  readonly qualifier: Qualifier;
  readonly subject: string | null;
  readonly action: string | null;
  /** Token range of the evidence: qualifier, number and counted phrase. */
  readonly first: number;
  readonly last: number;
  readonly changeVerb: boolean;
}

const MONEY = /^[A-Z]{3}$/;
const QUANTITY_NOUNS = /^(?:variety|range|number|mix|mixture|host|series|selection|wide)$/;
const CHANGE_NOUN = /^(?:increase|rise|decrease|drop|decline|growth|reduction|fall|jump)$/;
const GAP_BEFORE = /^(?:,|and|while|whereas|but)$/;
const PROPORTIONS = new Set(['percent', 'multiplier']);
/** A weight, a volume or a length: not a count, an amount of money, a proportion, a time or an age. */
const isMeasure = (n: NumberSpan) => n.unit !== 'count' && !MONEY.test(n.unit) && !PROPORTIONS.has(n.unit) && !DURATION_UNITS.has(n.unit) && !n.age;

export function readFigure(tokens: readonly Token[], n: NumberSpan, textOf: TextOf, before: readonly FigureReading[]): FigureReading {
  let { qualifier, first } = qualifierBefore(tokens, n.first, n.unit);
  if (n.form === 'multiplier' && qualifier === 'exact') qualifier = multiplierQualifier(tokens, n.first) ?? 'exact';
  if (n.bound === 'at_least' && qualifier === 'exact') qualifier = 'at_least';

  let subject: Phrase | null = null;
  let action: string | null | undefined;
  let subjectFirst = false;
  let multipliedByChange = false;
  const change = changeBefore(tokens, first);
  if (change) {
    subject = change.subject;
    subjectFirst = subject !== null;
    action = change.verb === null ? (before.findLast((r) => r.changeVerb)?.action ?? null) : textOf(change.verb, change.verbEnd ?? change.verb);
  } else {
    subject = phraseAfter(tokens, subjectStart(tokens, n));
    // "11 tonnes of fish, molluscs and crustaceans", "1 000 police, tax and customs officers": a list that shares what is counted.
    const listKind = n.unit === 'count' ? 'count' : !MONEY.test(n.unit) && !PROPORTIONS.has(n.unit) && !n.age && lower(tokens[(subject?.first ?? 0) - 1]) === 'of' ? 'measure' : null;
    if (subject && listKind) subject = { first: subject.first, last: listedAfter(tokens, subject, listKind) };
    // "a 13% increase in the detection of smugglers": what the change is in is what the proportion is of.
    if (n.unit === 'percent' && subject && subject.first === subject.last && CHANGE_NOUN.test(lower(tokens[subject.first])) && /^(?:in|of)$/.test(lower(tokens[subject.last + 1]))) {
      const inWhat = phraseAfter(tokens, subject.last + 2 + (/^(?:the|a|an)$/.test(lower(tokens[subject.last + 2])) ? 1 : 0));
      if (inWhat) {
        action = textOf(subject.first, subject.first);
        subject = changedThing(tokens, inWhat);
      }
    }
    // "an increase of 56% in the number of crime reports": the change named before "of", what it is in after the figure.
    if (n.unit === 'percent' && !subject && lower(tokens[first - 1]) === 'of' && CHANGE_NOUN.test(lower(tokens[first - 2])) && lower(tokens[n.last + 1]) === 'in') {
      const inWhat = phraseAfter(tokens, n.last + 2 + (/^(?:the|a|an)$/.test(lower(tokens[n.last + 2])) ? 1 : 0));
      if (inWhat) {
        subject = changedThing(tokens, inWhat);
        action = textOf(first - 2, first - 2);
      }
    }
    // "more than tripling that of 2024": a multiplier verb measures what "the number of" names before it.
    if (!subject && n.form === 'multiplier' && isVerb(lower(tokens[n.numberAt]))) {
      subject = countedBefore(tokens, n.first) ?? headOfClauseBefore(tokens, n.first);
      // "detections doubled": the verb of multiplying is what happened.
      if (subject && isChangeVerb(lower(tokens[n.numberAt]))) action = textOf(n.numberAt, n.numberAt);
    }
    // "Detections rose three-fold": a multiple right after a verb of change measures the clause's subject.
    if (!subject && n.form === 'multiplier' && isChangeVerb(lower(tokens[first - 1])) && isVerb(lower(tokens[first - 1]))) {
      let s = first - 2;
      while (s >= 0 && (AUXILIARIES.has(lower(tokens[s])) || isAdverb(lower(tokens[s])))) s--;
      subject = countedBefore(tokens, first - 1) ?? headOfClauseBefore(tokens, s + 1);
      subjectFirst = subject !== null;
      action = textOf(first - 1, first - 1);
      multipliedByChange = true;
    }
    // "jail terms ranging from 30 months to 11 years", "a ransom ranging from 5 to 70 million dollars": a range of the noun before "ranging".
    if (!subject && n.bound === 'at_least' && lower(tokens[first]) === 'from' && /^(?:ranging|varying|ranged|varied)$/.test(lower(tokens[first - 1])) && isNominal(tokens[first - 2])) {
      subject = phraseBefore(tokens, first - 2);
      subjectFirst = subject !== null;
    }
    // "adults aged 15-64 used cocaine": an age after "aged" is the age of the person before it.
    if (n.age && /^(?:aged|age)$/.test(lower(tokens[first - 1]))) subject = null;
    if (!subject && (MONEY.test(n.unit) || n.age)) {
      subject = MONEY.test(n.unit) ? owner(tokens, first) : personOfAge(tokens, n.first);
      subjectFirst = subject !== null;
    }
    // "illegal border-crossings in 2018 amounted to 150,114": a count a verb of amount gives its subject.
    if (!subject && n.unit === 'count' && /^(?:to|at)$/.test(lower(tokens[first - 1])) && /^(?:amount(?:s|ed)?|totall?(?:ed|s)?|came|stood|stands)$/.test(lower(tokens[first - 2]))) {
      subject = owner(tokens, first);
      subjectFirst = subject !== null;
    }
    // "Cocaine seizures reached a record 140 tonnes", "the haul totalled 3 tonnes": a measure a verb of amount gives its subject.
    if (!subject && !MONEY.test(n.unit) && n.unit !== 'count' && !PROPORTIONS.has(n.unit)) {
      let v = first - 1;
      while (v >= 0 && /^(?:a|an|the|record|total|new|combined)$/.test(lower(tokens[v]))) v--;
      if (/^(?:reached|reach|reaches|totall?ed|totals|exceeded)$/.test(lower(tokens[v])) && isNominal(tokens[v - 1])) {
        subject = phraseBefore(tokens, v - 1);
        subjectFirst = subject !== null;
        action = null;
      }
    }
    // "The number of irregular crossings in 2023 reached a total of 380 000", "The agency’s budget came to just over
    // €60 million", "The workforce is expected to reach 1,800": a figure that completes a verb of amount or of change
    // measures the clause's subject.
    if (!subject && !n.age && n.form !== 'multiplier') {
      const predicate = predicateOf(tokens, first, n.unit === 'count');
      if (predicate) {
        subject = predicate.subject;
        subjectFirst = true;
        action = isChangeVerb(lower(tokens[predicate.verb])) && isVerb(lower(tokens[predicate.verb])) ? textOf(predicate.verb, predicate.verb) : null;
      }
    }
    const from = subjectFirst ? subject!.first : first;
    if (action === undefined) {
      action = actionBefore(tokens, from, textOf, { duration: DURATION_UNITS.has(n.unit), measure: n.unit !== 'count' && !PROPORTIONS.has(n.unit) });
      if (action === undefined) {
        const end = subject && !subjectFirst ? subject.last : n.last;
        // "17 arrests and 67 million cigarettes seized": events counted are not what a headline list's later participle
        // acted on; "49 searches and 27 hearings were carried out": a clause's passive after the list is theirs too.
        const listEnd = afterCoordinated(tokens, end);
        const shares = !(subject !== null && !subjectFirst && EVENT_NOUNS.has(lower(tokens[subject.last])) && !AUXILIARIES.has(lower(tokens[listEnd + 1])));
        action = actionAfter(tokens, shares ? listEnd : end, textOf, lower(tokens[from - 1]) === 'with');
        // "25 victims (24 Romanian and 1 Bulgarian national) identified in Romania": past a breakdown in brackets.
        if (action === null && tokens[end + 1]?.text === '(') {
          const close = indexWithin(tokens, end + 2, end + 16, (t) => t.text === ')' || t.text === '(');
          if (close > 0 && tokens[close]!.text === ')') action = actionAfter(tokens, close, textOf);
        }
      }
      if (action === null && subject && !subjectFirst) action = participleAfterRelation(tokens, from, subject.last, textOf);
      if (action === null) action = participleAfterBeing(tokens, subject && !subjectFirst ? subject.last : n.last, textOf);
      // "269 possible victims of exploitation identified", "165 applications for funding processed in 2011": a
      // participle after the counted phrase's complement.
      if (action === null && subject && !subjectFirst) action = participleAfterComplement(tokens, subject.last, textOf);
      // "involved in 13 cases registered at Eurojust", "through 60 companies established in Bulgaria": a phrase in a
      // prepositional phrase, the participle right after it tells what happened to what it counts.
      const inPhrase = PREPOSITIONS.has(lower(tokens[from - 1])) || (DETERMINERS.has(lower(tokens[from - 1])) && PREPOSITIONS.has(lower(tokens[from - 2])));
      if (action === null && !subjectFirst && inPhrase) action = reducedRelative(tokens, subject ? subject.last : n.last, textOf);
      // "in exchange for an up-front payment of €1.5 million": with no verb acting on it, a noun of action whose amount
      // the figure is, is what happened ("made a first payment of EUR 450" keeps its verb).
      if (!action && subject && subjectFirst && lower(tokens[first - 1]) === 'of' && subject.last === first - 2 && isActionNoun(lower(tokens[subject.last]))) action = textOf(subject.last, subject.last);
    }
  }
  // "defrauded 1 000 people of EUR 4.5 million", "victims were defrauded of EUR 8.5 million": the amount is what the verb
  // took; whom it was taken from is no part of what it counts.
  if (MONEY.test(n.unit)) {
    const taker = takingVerbBefore(tokens, first - 1);
    if (taker >= 0) {
      action = textOf(taker, taker);
      if (subjectFirst) {
        subject = null;
        subjectFirst = false;
      }
    }
  }
  // "€250 million ($294m)": the same amount in another currency is read as the one before it.
  const previousFigure = before.at(-1);
  if (previousFigure && MONEY.test(n.unit) && MONEY.test(previousFigure.number.unit) && n.unit !== previousFigure.number.unit && tokens[first - 1]?.text === '(' && (previousFigure.last === first - 2 || previousFigure.number.last === first - 2)) {
    return readAs(previousFigure, n, previousFigure.qualifier, first);
  }
  // "Large amounts of cash were seized (EUR 151 910, RON 170 483, …)": amounts in brackets right after a clause's
  // passive are what its subject names, and the passive is what happened to them.
  if (!subject && tokens[first - 1]?.text === '(' && isPassiveParticiple(tokens, first - 2)) {
    const clause = clauseSubjectBefore(tokens, first - 2);
    if (clause) {
      subject = clause;
      subjectFirst = true;
      action = textOf(first - 2, first - 2);
    }
  }
  // "The investigators seized cash (€63 600 and USD 7 832)": amounts in brackets right after a noun are how much of
  // it there was, and what happened to it happened to them.
  if (!subject && MONEY.test(n.unit) && tokens[first - 1]?.text === '(' && isNominal(tokens[first - 2]) && !isVerb(lower(tokens[first - 2])) && /^\p{Ll}/u.test(tokens[first - 2]!.text)) {
    const noun = phraseBefore(tokens, first - 2);
    if (noun) {
      subject = noun;
      subjectFirst = true;
      action = actionBefore(tokens, noun.first, textOf) ?? null;
    }
  }
  // "the arrests of 46 facilitators yesterday (8 in Austria, 16 in …)": a breakdown in brackets counts
  // what the figure before them counts.
  // "some 98 000 seizures reported in the EU in 2016 (90 000 in 2015)": the same, further on in the clause.
  const wordsBetween = (from: number, to: number) => tokens.slice(from, to).every((t) => t.kind === 'word' || /^(?:19|20)\d\d$/.test(t.text));
  // "arrested 52 people – 28 in Spain – and seized …": so too a breakdown between dashes.
  if (!subject && (tokens[first - 1]?.text === '(' || /^[–—-]$/.test(tokens[first - 1]?.text ?? '')) && previousFigure && previousFigure.number.unit === n.unit && previousFigure.subject
    && (first - 1 - previousFigure.last <= 3 || (first - 1 - previousFigure.last <= 10 && wordsBetween(previousFigure.last + 1, first - 1)))
    && PREPOSITIONS.has(lower(tokens[n.last + 1]))) {
    return readAs(previousFigure, n, qualifier, first);
  }
  const opened = subject || !previousFigure ? -1 : breakdownByParticiple(tokens, first, n.last, previousFigure.last);
  const sorted = opened >= 0 ? before.findLast((f) => f.last < opened) : undefined;
  if (sorted?.subject && sorted.number.unit === n.unit) {
    // The participle sorts the part: "completed terrorist attacks".
    return { ...readAs(sorted, n, qualifier, first), subject: `${textOf(n.last + 1, n.last + 1)} ${sorted.subject}` };
  }
  // "House searches conducted: over 260", "Ammunition seized: 17 464 pieces": a label before a colon names
  // what is counted, and its participle what happened.
  const counterOnly = subject !== null && !subjectFirst && subject.first === subject.last && /^(?:pieces|units|items|pcs)$/.test(lower(tokens[subject.first]));
  if ((!subject || counterOnly) && lower(tokens[first - 1]) === ':' && first - 1 <= 7) {
    // A bullet or dash may open the line: "• Pyrotechnics seized: 6 550 kg".
    let from = 0;
    while (from < first - 1 && tokens[from]!.kind !== 'word') from++;
    const label = tokens.slice(from, first - 1);
    // "Belgium: Three convicted of …": a headline's place or body before the colon says where, not what is counted.
    const named = label.every((t) => /^\p{Lu}/u.test(t.text)) && countryLexicon().byName.has(label.map((t) => t.text).join(' '));
    // "The market share is as follows: 38 %": a clause before the colon introduces, it labels nothing.
    if (label.length > 0 && !named && label.every((t) => (t.kind === 'word' && !AUXILIARIES.has(lower(t))) || t.text === '/')) {
      const last = from + label.length - 1;
      const participle = last > from && isParticiple(lower(tokens[last])) ? last : -1;
      const end = participle >= 0 ? last - 1 : last;
      if (end >= from && isNominal(tokens[end])) {
        subject = { first: from, last: end };
        if (participle >= 0 && !action) action = textOf(participle, participle);
      }
    }
  }
  // "sentenced to two years on probation", "8 years in prison": the penalty a term is served in.
  if (!subject && DURATION_UNITS.has(n.unit) && !n.age && /^(?:on|in)$/.test(lower(tokens[n.last + 1])) && /^(?:prison|probation|jail|custody|detention)$/.test(lower(tokens[n.last + 2]))) subject = { first: n.last + 2, last: n.last + 2 };
  // "a prison sentence of 12 months", "a probation period of 5 years": a duration after "of" measures the noun before it.
  if (!subject && DURATION_UNITS.has(n.unit) && !n.age && lower(tokens[first - 1]) === 'of' && isNominal(tokens[first - 2]) && !isParticiple(lower(tokens[first - 2])) && !isGerund(lower(tokens[first - 2]))) subject = phraseBefore(tokens, first - 2);
  // "searches (16 in Germany and 11 in Romania)": a number opening brackets, then a place, counts the noun before
  // the brackets in that place; what happened to the noun happened to them.
  if (!subject && tokens[first - 1]?.text === '(' && /^(?:in|at)$/.test(lower(tokens[n.last + 1])) && /^\p{Lu}/u.test(tokens[n.last + (lower(tokens[n.last + 2]) === 'the' ? 3 : 2)]?.text ?? '')
    && isNominal(tokens[first - 2]) && /^\p{Ll}/u.test(tokens[first - 2]!.text) && !isParticiple(lower(tokens[first - 2])) && !AUXILIARIES.has(lower(tokens[first - 2]))) {
    const noun = phraseBefore(tokens, first - 2);
    if (noun) {
      subject = noun;
      subjectFirst = true;
      action = actionBefore(tokens, noun.first, textOf) ?? null;
    }
  }
  // "drug trafficking (1054)": a number alone in brackets counts the phrase before them.
  // "Persons in command of the groups (17 in total) were arrested": "in total" may close the brackets.
  const close = tokens[n.last + 1]?.text === ')' ? n.last + 1 : /^(?:in total|altogether|overall|total)$/.test(`${lower(tokens[n.last + 1])}${lower(tokens[n.last + 1]) === 'in' ? ` ${lower(tokens[n.last + 2])}` : ''}`) && tokens[n.last + (lower(tokens[n.last + 1]) === 'in' ? 3 : 2)]?.text === ')' ? n.last + (lower(tokens[n.last + 1]) === 'in' ? 3 : 2) : -1;
  if (!subject && tokens[first - 1]?.text === '(' && close > 0 && isNominal(tokens[first - 2])) {
    subject = phraseBefore(tokens, first - 2);
    // The clause's verb after the brackets, when the phrase before them opens the clause.
    if (subject && !action && close > n.last + 1) action = actionBefore(tokens, subject.first, textOf) ?? actionAfter(tokens, close, textOf);
    // "worked on new cases of drug trafficking (461), migrant smuggling (187) …": the items share the verb that
    // opens the list.
    if (subject && !action) {
      const listed = previousFigure && tokens[previousFigure.number.last + 1]?.text === ')' && /^(?:,|and)$/.test(lower(tokens[previousFigure.number.last + 2]))
        && subject.first - previousFigure.number.last <= 4;
      action = listed ? previousFigure.action : actionBefore(tokens, subject.first, textOf) ?? null;
    }
  }
  // "Of these, 1 248 were bilateral cases": a number alone before a copula counts what the copula names.
  const named = !subject && n.unit === 'count' ? copulaNoun(tokens, n.last + 1) : null;
  if (named) subject = named;
  // "83 suspects were arrested, 28 of them are professional players": a part that the copula names is counted as
  // what it names, and nothing the whole underwent is said of it.
  const partNamed = n.unit === 'count' && lower(tokens[n.last + 1]) === 'of' && /^(?:which|whom|them|these|those)$/.test(lower(tokens[n.last + 2])) ? copulaNoun(tokens, n.last + 3) : null;
  // "market shares: 38 % for cannabis, 28 % for heroin": a share "for" what it is the share of.
  if (!subject && n.unit === 'percent' && lower(tokens[n.last + 1]) === 'for') {
    subject = phraseAfter(tokens, n.last + 2);
  }
  // "The arrested suspects include 153 in the United States, 55 in …": a part placed by a preposition after a verb
  // of inclusion counts what the clause's subject names; the parts after it are gapped and take it on.
  if (!subject && n.unit === 'count' && /^(?:include|includes|included|comprise|comprises|comprised)$/.test(lower(tokens[first - 1])) && /^(?:in|from|at|each)$/.test(lower(tokens[n.last + 1]))) {
    subject = clauseSubjectBefore(tokens, first);
    // "Victims identified during the week included …": a participle after the head describes it.
    if (subject && subject.last > subject.first && isParticiple(lower(tokens[subject.last]))) subject = { first: subject.first, last: subject.last - 1 };
    subjectFirst = subject !== null;
  }
  // "charged EUR 2 800 per person", "between EUR 3 000 and EUR 5 000 per migrant": a price per what it is paid for.
  // "an average of EUR 3 000 per person": the price per head beats the quantity word before it.
  if (MONEY.test(n.unit) && (!subject || subjectFirst)) {
    let p = n.last + 1;
    if (/^(?:and|to|-|–)$/.test(lower(tokens[p])) && (isCurrencyCode(tokens[p + 1]?.text ?? '') || tokens[p + 1]?.kind === 'number')) {
      p += 2;
      while (tokens[p]?.kind === 'number' || /^(?:million|billion|thousand)$/.test(lower(tokens[p]))) p++;
    }
    // "EUR 24 billion per annum", "per capita": a rate over time or per head of population names no thing paid for.
    const per = lower(tokens[p]) === 'per' && !/^(?:annum|year|month|week|day|hour|capita|cent)$/.test(lower(tokens[p + 1])) ? phraseAfter(tokens, p + 1) : null;
    if (per) {
      subject = per;
      subjectFirst = false;
    }
  }
  let subjectText = subject ? withoutPossessive(textOf(subject.first, subject.last)) : null;
  const shared = subject && !subjectFirst ? nounSharedByList(tokens, subject) : null;
  if (shared) subjectText = `${subjectText} ${withoutPossessive(textOf(shared.first, shared.last))}`;
  // "Six of the suspects were jailed and two were placed under house arrest": a number alone before a
  // passive counts what the figure before it counts.
  const passiveAfter = () => {
    let p = n.last + 1;
    if (!AUXILIARIES.has(lower(tokens[p]))) return false;
    while (AUXILIARIES.has(lower(tokens[p])) || isAdverb(lower(tokens[p]))) p++;
    return isParticiple(lower(tokens[p]));
  };
  if (!subjectText && n.unit === 'count' && before.at(-1)?.number.unit === 'count' && before.at(-1)?.subject && GAP_BEFORE.test(lower(tokens[first - 1])) && passiveAfter()) subjectText = before.at(-1)!.subject;
  // "269 victims identified, 81 of which of trafficking": a part named by "of which" after its number is a part of
  // the figure before, and shares what happened to it.
  if (partNamed) subjectText = withoutPossessive(textOf(partNamed.first, partNamed.last));
  else if (previousFigure?.subject && previousFigure.number.unit === n.unit && lower(tokens[n.last + 1]) === 'of' && /^(?:which|whom|them|these)$/.test(lower(tokens[n.last + 2]))
    && /^(?:,|;|and)$/.test(lower(tokens[first - 1]))) {
    subjectText = previousFigure.subject;
    // "12 suspects were charged, five of them were detained": a part with a passive of its own did what it says.
    action = ownPassive(tokens, n.last + 3, textOf) ?? previousFigure.action;
  }
  // "43 suspects were indicted, four of whom were initially taken into custody": a part's own passive.
  if (lower(tokens[first - 1]) === 'whom' && lower(tokens[first - 2]) === 'of' && previousFigure?.subject && previousFigure.number.unit === n.unit) {
    const own = ownPassive(tokens, n.last + 1, textOf);
    if (own) action = own;
  }
  // "more than €2 million, of which over €1.7 million is …": a part of the amount before.
  // "404 victims identified (of which 393 of labour exploitation)": and it shares what happened to the whole.
  if (lower(tokens[first - 1]) === 'which' && lower(tokens[first - 2]) === 'of' && previousFigure?.subject && previousFigure.number.unit === n.unit) {
    subjectText ??= previousFigure.subject;
    if (!action) action = previousFigure.action;
  }
  // "More than 90% of the detections, or 803 000, were reported": the same share told as a number.
  if (!subjectText && before.at(-1)?.subject && lower(tokens[first - 1]) === 'or' && tokens[first - 2]?.text === ',' && before.at(-1)!.last === first - 3) subjectText = before.at(-1)!.subject;
  // "the largest number of detections – nearly 885 400": a number after a dash is how many of the phrase before it.
  if (!subjectText && /^[–—]$/.test(tokens[first - 1]?.text ?? '') && tokens[first - 2]?.kind === 'word' && isNominal(tokens[first - 2]) && /^\p{Ll}/u.test(tokens[first - 2]!.text) && (tokens[n.last + 1] === undefined || /^[.;,)]$/.test(tokens[n.last + 1]!.text))) {
    const before = phraseBefore(tokens, first - 2);
    if (before) subjectText = withoutPossessive(textOf(before.first, before.last));
  }
  // "Of the 4187 crime reports, 2494 were from private parties": a part after an opening "Of the N X," counts X.
  const whole = before[0];
  if (!subjectText && whole?.subject && whole.number.unit === n.unit && lower(tokens[0]) === 'of' && whole.first <= 3) {
    // "Of the 3 100 reports received, …": a participle may describe the whole before the comma.
    const comma = tokens[whole.last + 1]?.text === ',' ? whole.last + 1 : isParticiple(lower(tokens[whole.last + 1])) && tokens[whole.last + 2]?.text === ',' ? whole.last + 2 : -1;
    if (comma > 0 && comma < first) subjectText = whole.subject;
  }
  const previous = before.at(-1);
  // "1 200 cases in 2018, up from 900 in 2017", "compared to 700 the year before": the same measure at another time.
  const comparedWith = lower(tokens[first - 1]) === 'against' || /^(?:up from|down from|compared to|compared with|rising from|falling from)$/.test(`${lower(tokens[first - 2])} ${lower(tokens[first - 1])}`);
  if (!subjectText && previous?.subject && previous.number.unit === n.unit && comparedWith) {
    subjectText = previous.subject;
    if (!action) action = previous.action;
  }
  // "7 tons of cocaine seized in 2020 – 700 kilograms seized in Rotterdam, 1.2 tons in Hasselt", "79 kg of coca paste in
  // Spain and a further 7 kg in Italy": a measure that names no substance of its own, within the clause of a measure
  // before it, measures what that one names.
  if (!subjectText && isMeasure(n) && previous?.subject && isMeasure(previous.number) && first - previous.last <= 12 && lower(tokens[n.last + 1]) !== 'of'
    && indexWithin(tokens, previous.last + 1, first - 1, (t) => /^[;:.]$/.test(t.text)) < 0) {
    subjectText = previous.subject;
    if (!action && !isParticiple(lower(tokens[n.last + 1]))) action = previous.action;
  }
  // "received 45 000 messages, a 20% increase compared to 2017": a change of the figure before it.
  if (n.unit === 'percent' && previous?.subject && !subjectFirst && subject && subject.first === subject.last && CHANGE_NOUN.test(lower(tokens[subject.first])) && !/^(?:in|of)$/.test(lower(tokens[subject.last + 1]))) {
    subjectText = previous.subject;
    action = textOf(subject.first, subject.first);
  }
  // "Eurojust’s casework continued to grow in 2023, with a 14% increase compared to the previous year": with no figure
  // before, a change "with" names after the clause's verb is a change in the clause's head.
  if (n.unit === 'percent' && !previous && !subjectFirst && subject && subject.first === subject.last && CHANGE_NOUN.test(lower(tokens[subject.first])) && !/^(?:in|of)$/.test(lower(tokens[subject.last + 1]))
    && lower(tokens[first - (DETERMINERS.has(lower(tokens[first - 1])) ? 2 : 1)]) === 'with') {
    const verb = tokens.findIndex((t, at) => at < first && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (isPastTense(lower(t)) || isThirdPersonVerb(lower(t)) || AUXILIARIES.has(lower(t))));
    const head = verb > 0 ? headOfClauseBefore(tokens, verb) : null;
    if (head) {
      // "Eurojust’s casework": the owner is whose, not what changed.
      const from = isPossessive(tokens[head.first]) && head.last > head.first ? head.first + 1 : head.first;
      subjectText = withoutPossessive(textOf(from, head.last));
      action = textOf(subject.first, subject.first);
    }
  }
  // "fell by 25% to 42 000": the level a change reached; "fell by 30 percent, to 94 000": a comma may stand between.
  // "fell by 23% in the first four months of 2024, to 63 400", "dropping from 167 in 2012 to 65": a phrase of time
  // or place may stand between; "a 64% drop in crossings to 32 200": a noun of change tells it as well as a verb.
  const reached = lower(tokens[first - 1]) === 'to' && previous !== undefined && (previous.last === first - 2 || placingPhraseBetween(tokens, previous.last + 1, first - 2));
  const changed = previous !== undefined && (previous.changeVerb || (previous.number.unit === 'percent' && previous.action !== null && CHANGE_NOUN.test(previous.action.toLowerCase())));
  if (changed && reached) {
    subjectText ??= previous.subject;
    action = previous.action;
  }
  if (!subjectText && previous?.subject) {
    // "seven suspects were arrested in Italy, three in Spain": the noun and verb are left out.
    const after = tokens[n.last + 1];
    // "and finally 65 in 2015": an adverb after the gap; "France with 73 attacks, Spain with 25": a name and "with".
    let gap = first - 1;
    while (gap > 0 && isAdverb(lower(tokens[gap])) && !/^(?:with)$/.test(lower(tokens[gap]))) gap--;
    if (lower(tokens[gap]) === 'with' && /^\p{Lu}/u.test(tokens[gap - 1]?.text ?? '') && tokens[gap - 1]!.kind === 'word') {
      gap -= 2;
      while (gap > 0 && /^\p{Lu}/u.test(tokens[gap]?.text ?? '') && tokens[gap]!.kind === 'word') gap--;
      if (lower(tokens[gap]) === 'and' && /^\p{Lu}/u.test(tokens[gap - 1]?.text ?? '')) for (gap--; gap > 0 && /^\p{Lu}/u.test(tokens[gap]?.text ?? ''); gap--);
    }
    // "arrested 16 suspects: 10 in Athens, 4 in Patras": a breakdown after a colon, each part placed.
    // "nine servers were taken down; five in the Netherlands, two in Germany": after the clause's own verb too.
    const verbOnly = (from: number, to: number) => to - from <= 5 && tokens.slice(from, to).every((t) => t.kind === 'word' && (AUXILIARIES.has(lower(t)) || isAdverb(lower(t)) || isParticiple(lower(t)) || /^(?:down|out|up|off)$/.test(lower(t))));
    const afterColon = /^[:;]$/.test(tokens[gap]?.text ?? '') && gap === first - 1 && (previous.last === first - 2 || (previous.action !== null && verbOnly(previous.last + 1, first - 1))) && PREPOSITIONS.has(lower(after));
    // "334 000 packages were inspected and 170 340 seized": the noun is left out before the number's own participle.
    const ownParticiple = after !== undefined && lower(tokens[first - 1]) === 'and' && isParticiple(lower(after)) && !NOT_ACTIONS.has(lower(after));
    const gapped = n.unit === previous.number.unit && (GAP_BEFORE.test(lower(tokens[gap])) || afterColon) && (after === undefined || after.kind === 'punctuation' || PREPOSITIONS.has(lower(after)) || (lower(after) === 'out' && lower(tokens[n.last + 2]) === 'of') || ownParticiple);
    const score = n.unit === 'count' && lower(tokens[first - 1]) === 'to' && previous.number.unit === 'count';
    if (gapped || score || PROPORTIONS.has(n.unit)) subjectText = previous.subject;
    if (gapped && !action) action = previous.action;
  }
  // "opened 1 500 investigations (10% more than in 2023)": a change in brackets after a figure is a change in what
  // happened to it.
  if (!action && n.unit === 'percent' && previous?.action && tokens[first - 1]?.text === '(' && first - 1 - previous.last <= 3 && /^(?:more|less|fewer|higher|lower|up|down|increase|decrease|rise|drop)$/.test(lower(tokens[n.last + 1]))) action = previous.action;
  // "17 individuals arrested (11 Spanish and 6 Moroccan nationals)": a breakdown in brackets right after a figure
  // counts parts of it, and what happened to the whole happened to them.
  if (!action && tokens[first - 1]?.text === '(' && previous?.action && previous.number.unit === n.unit && n.unit === 'count'
    && (previous.last === first - 2 || (first - 2 - previous.last <= 3 && isParticiple(lower(tokens[first - 2]))
      && tokens.slice(previous.last + 1, first - 2).every((t) => AUXILIARIES.has(lower(t)) || isAdverb(lower(t)))))) action = previous.action;
  // "Seizures included 15 speedboats": what a noun of action includes is what the action was done to.
  if (!action && /^(?:include|includes|included|comprised|comprise|comprises)$/.test(lower(tokens[first - 1])) && isActionNoun(lower(tokens[first - 2])) && !isGerund(lower(tokens[first - 2]))) action = textOf(first - 2, first - 2);
  // "the company will have to pay €1 million, its manager €500 000 and the broker €150 000": the verb is left
  // out between the next subject and its figure.
  if (!action && previous?.action && previous.number.unit === n.unit && gappedSubjectBefore(tokens, first, previous.last)) action = previous.action;
  // "Six people, including two officers, were charged"; "assets were frozen, including 14 properties":
  // a part named in an aside shares what happened to the whole.
  // "arrested 13 people, including the three leaders": a determiner may stand between.
  const including = /^(?:the|these|those|its|their)$/.test(lower(tokens[first - 1])) ? first - 2 : first - 1;
  if (/^(?:including|notably)$/.test(lower(tokens[including]))) {
    // "over 80 officers, including 65 in France": a part with no phrase of its own counts what the whole counts.
    if (!subjectText && previous?.subject && previous.number.unit === n.unit && lower(tokens[including - 1]) === ',' && previous.last === including - 2) subjectText = previous.subject;
    if (!action) {
      const close = indexWithin(tokens, n.last + 1, n.last + 10, (t) => t.text === ',');
      // "seized nearly a ton of drugs, including 626 kilos of cocaine": with no figure before, the verb of the whole
      // the part belongs to.
      const whole = lower(tokens[including - 1]) === ',' && previous === undefined ? phraseBefore(tokens, including - 2) : null;
      action = (close > 0 ? actionAfter(tokens, close, textOf) : null) ?? previous?.action ?? (whole ? actionBefore(tokens, whole.first, textOf) : null) ?? null;
    }
  }
  // "5.4 million cigarettes were seized alongside 40 tons of raw tobacco": what is added to the figure before shares its fate.
  // "… were seized as well as 234 kg of drugs": so too an item added "as well as" right after the passive.
  const addedTo = /^(?:alongside|plus)$/.test(lower(tokens[first - 1])) || /^(?:along with|together with|in addition to)$/.test(`${lower(tokens[first - 2])} ${lower(tokens[first - 1])}`) || /^(?:in addition to|as well as)$/.test(`${lower(tokens[first - 3])} ${lower(tokens[first - 2])} ${lower(tokens[first - 1])}`);
  if (!action && addedTo && previous?.action && first - previous.last <= 8) action = previous.action;
  // "Other weapons … were also recovered, along with over 60 000 rounds": added to what the clause's passive acted on.
  if (!action && addedTo) action = passiveBefore(tokens, first - 1, textOf);
  // "the seizure of 2.3 tonnes of cocaine, 14 firearms and EUR 450 000": items of one list share its verb,
  // and share having none ("seizures totalling 3 tonnes of cocaine, 400 kg of heroin … were reported").
  const item = listItemBefore(tokens, first, before);
  if (item) {
    // "219 Arrests and 1374 Victims Rescued": an item whose list has no verb keeps the one after it.
    // "Police arrested 12 people and 30 kg of heroin were seized": an item with a passive of its own opens a clause.
    const own = lower(tokens[first - 1]) === 'and' ? ownPassive(tokens, (subject && !subjectFirst ? subject.last : n.last) + 1, textOf) : null;
    action = own ?? item.action ?? action;
    // "grants of €10 million and €9.7 million": an item with no counted phrase of its own counts what the one before it counts.
    // "(EUR 151 910, RON 170 483)": amounts in other currencies, the same.
    if (!subjectText && (item.number.unit === n.unit || (MONEY.test(item.number.unit) && MONEY.test(n.unit)))) subjectText = item.subject;
  }
  // "The following items were seized: 25 phones, 3 laptops …", "officers seized: 12 firearms": a list after a
  // colon takes the verb that introduces it.
  else if (!action && lower(tokens[first - 1]) === ':' && isPastVerbBefore(tokens, first - 2)) action = textOf(first - 2, first - 2);
  // "the confiscation of one speedboat, 2 vehicles and …": a list whose first item is no figure.
  else if (!action && /^(?:,|and)$/.test(lower(tokens[first - 1]))) action = listOpenedByActionNoun(tokens, first - 1, textOf) ?? action;
  // "the seizure of the website's domain, as well as 1 100 data storage devices"
  else if (!action && asWellAs(tokens, first - 1)) action = listOpenedByActionNoun(tokens, first - 3, textOf) ?? action;
  // "mobile phones, SIM cards, two handguns and various documents were seized": an item in the middle of a list,
  // most of whose items have no figure, shares the passive the list ends in.
  // Only an item after a separator is in the middle of a list: "€12 000 and the Fund was damaged" is two clauses.
  if (!action && /^(?:,|and)$/.test(lower(tokens[first - 1]))) action = passiveAfterList(tokens, subject && !subjectFirst ? subject.last : n.last, textOf);
  // "247 athletes tested, of whom 13 tested positive": a part of the things the figure before counts, and the
  // verb after it is what they did.
  if (/^(?:whom|which)$/.test(lower(tokens[first - 1])) && lower(tokens[first - 2]) === 'of' && previous?.subject && previous.number.unit === n.unit && !named) {
    subjectText = previous.subject;
    const verb = lower(tokens[n.last + 1]);
    if (tokens[n.last + 1]?.kind === 'word' && isPastTense(verb) && !NOT_ACTIONS.has(verb)) action = textOf(n.last + 1, n.last + 1);
  }
  // "Five suspects were arrested, among whom are two Iraqi nationals": a part named after "among whom" shares
  // what happened to the whole.
  const amongAt = /^(?:are|were|is|was)$/.test(lower(tokens[first - 1])) ? first - 2 : first - 1;
  if (!action && /^(?:whom|which)$/.test(lower(tokens[amongAt])) && /^(?:among|amongst)$/.test(lower(tokens[amongAt - 1])) && previous?.action && previous.number.unit === n.unit) {
    action = previous.action;
    if (!subjectText) subjectText = previous.subject;
  }
  const clauseEnd = subject === null ? -1 : indexWithin(tokens, subject.last + 1, subject.last + 24, (t) => /^[;:.]$/.test(t.text));
  const countsEvents = subject !== null && !subjectFirst && EVENT_NOUNS.has(lower(tokens[subject.last]))
    && indexWithin(tokens, subject.last + 1, clauseEnd < 0 ? subject.last + 24 : clauseEnd, (t) => AUXILIARIES.has(lower(t))) < 0;
  if (!action && !item && !countsEvents) action = passiveEndingClause(tokens, first, subject && !subjectFirst ? Math.max(subject.last, n.last) : n.last, textOf);
  if (!action && !n.age) action = actionOfListBefore(tokens, first, subject && !subjectFirst ? Math.max(subject.last, n.last) : n.last, before);
  // "A 30-year-old man was arrested": nothing happened to the age (fixtures/gold/README.md: ages are figures of their own).
  if (n.age) action = null;
  // "the 21 meter-long vessel was intercepted": a dimension describes the thing, as an age does a person.
  if (/-(?:long|wide|high|deep|tall|thick)$/.test(lower(tokens[n.last]))) action = null;
  return {
    number: n, qualifier, subject: subjectText, action: action ?? null,
    first: Math.min(first, subjectFirst ? subject!.first : first), last: Math.max(n.last, subject && !subjectFirst ? subject.last : n.last),
    changeVerb: (change?.verb !== undefined && change.verb !== null) || multipliedByChange,
  };
}

/** Between the figure before and this one: a comma or "and", then a short noun phrase with no verb ("…, its manager"). */
function gappedSubjectBefore(tokens: readonly Token[], first: number, previousLast: number): boolean {
  let k = previousLast + 1;
  if (!/^(?:,|and)$/.test(lower(tokens[k]))) return false;
  k += tokens[k]!.text === ',' && lower(tokens[k + 1]) === 'and' ? 2 : 1;
  const words = tokens.slice(k, first);
  return words.length >= 2 && words.length <= 5 && /^(?:its|their|his|her|the|a|an)$/.test(lower(words[0]))
    && words.every((t) => isNominal(t) || /^(?:its|their|his|her|the|a|an)$/.test(lower(t))) && !words.some((t) => isVerb(lower(t)) && !/^\p{Lu}/u.test(t.text) && isParticiple(lower(t)));
}

/**
 * Where the counted phrase starts: after "of [the]" for a proportion ("40% of the cases") or a part
 * ("eight of the suspects"), after "in" for money ("EUR 2 million in cash").
 */
function subjectStart(tokens: readonly Token[], n: NumberSpan): number {
  let at = n.subjectFrom;
  if (n.unit === 'count' && lower(tokens[at]) === 'of' && /^(?:the|these|those|their|its)$/.test(lower(tokens[at + 1]))) at += 1;
  if (n.unit === 'multiplier' && /^(?:as|more|the)$/.test(lower(tokens[at]))) at += /^(?:many|much)$/.test(lower(tokens[at + 1])) ? 2 : 1;
  if ((PROPORTIONS.has(n.unit) || n.form === 'vague') && lower(tokens[at]) === 'of') at += 1;
  // "10% of the total number of all irregular crossings": the share is of the crossings the number counts.
  if (n.unit === 'percent' && lower(tokens[at]) === 'the') {
    const number = lower(tokens[at + 1]) === 'total' ? at + 2 : at + 1;
    if (/^numbers?$/.test(lower(tokens[number])) && lower(tokens[number + 1]) === 'of') at = number + 2 + (/^(?:all|the)$/.test(lower(tokens[number + 2])) ? 1 : 0);
  }
  // "raided a dozen of addresses": a number word with "of" before what it counts.
  else if (n.unit === 'count' && lower(tokens[at]) === 'of' && /^(?:dozen|hundred|thousand|million)$/.test(lower(tokens[at - 1])) && !DETERMINERS.has(lower(tokens[at + 1]))) at += 1;
  // "€255 000 (BGN 500 000) in cash": the same amount in another currency between.
  if (MONEY.test(n.unit) && tokens[at]?.text === '(') {
    const close = indexWithin(tokens, at + 1, at + 6, (t) => t.text === ')');
    if (close > 0 && lower(tokens[close + 1]) === 'in') at = close + 1;
  }
  // "EUR 2 million in cash", "€93 million in VAT evaded"; not "EUR 2 million in Italy".
  // Not "€100 million in only six months", "EUR 3 million in total": a span of time or a whole after "in".
  if (MONEY.test(n.unit) && lower(tokens[at]) === 'in' && /^(?:\p{Ll}|\p{Lu}{2,4}$)/u.test(tokens[at + 1]?.text ?? '') && !isCurrencyCode(tokens[at + 1]?.text ?? '') && !countryLexicon().byName.has(tokens[at + 1]?.text ?? '')
    && !/^(?:only|just|less|under|over|about|around|the|a|an|this|that|these|each|every|total|recent|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)$/.test(lower(tokens[at + 1]))) at += 1;
  // "EUR 1.2 million worth of cocaine"
  if (MONEY.test(n.unit) && lower(tokens[at]) === 'worth' && lower(tokens[at + 1]) === 'of') at += 2;
  // "47 kilograms of a variety of drugs", "a number of suspects": a word of quantity before "of" is not what is counted.
  if (/^(?:a|an)$/.test(lower(tokens[at])) && QUANTITY_NOUNS.test(lower(tokens[at + 1])) && lower(tokens[at + 2]) === 'of') at += 3;
  else if (/^(?:different|various|several)$/.test(lower(tokens[at])) && /^(?:types|kinds|sorts|forms)$/.test(lower(tokens[at + 1])) && lower(tokens[at + 2]) === 'of') at += 3;
  return at;
}

/**
 * A figure listed with the next ones shares the verb after them all: "EUR 3 million and 90 properties
 * were seized", "6 vehicles, 11 properties and 32 bank accounts seized".
 */
function afterCoordinated(tokens: readonly Token[], last: number): number {
  const end = afterNounItems(tokens, afterFigureItems(tokens, last));
  // "(a grinder, 3 machetes and 4 cartridges) were also seized": a list inside brackets shares the verb after them.
  if (tokens[end + 1]?.text !== ')' || !(AUXILIARIES.has(lower(tokens[end + 2])) || isParticiple(lower(tokens[end + 2])))) return end;
  // "activities involving 27 countries (17 Member States and 10 others) were supported": a breakdown of a figure
  // shares that figure's fate, not the verb after the brackets.
  let open = end;
  while (open > 0 && tokens[open]!.text !== '(') open--;
  return tokens.slice(Math.max(0, open - 3), open).some((t) => t.kind === 'number' || isNumberWord(lower(t))) ? end : end + 1;
}

/** The index of the ")" closing a "(" at `open` within a list item's aside, or -1. */
function asideClose(tokens: readonly Token[], open: number): number {
  if (tokens[open]?.text !== '(') return -1;
  for (let k = open + 1; k < Math.min(tokens.length, open + 24); k++) {
    if (tokens[k]!.text === ')') return k;
    if (tokens[k]!.text === '(' || /^[;.]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/**
 * "Construction materials worth €6 million, documents and hardware were seized": items with no figure
 * after the figure's own, when a verb follows the list.
 */
function afterNounItems(tokens: readonly Token[], end: number): number {
  let k = end + 1;
  let last = end;
  let joined = false;
  while (k < tokens.length && (tokens[k]!.text === ',' || lower(tokens[k]) === 'and')) {
    if (lower(tokens[k]) === 'and' || lower(tokens[k + 1]) === 'and') joined = true;
    k += tokens[k]!.text === ',' && lower(tokens[k + 1]) === 'and' ? 2 : 1;
    let words = 0;
    // "and other assets", "and various documents"
    if (/^(?:other|various|further|several|numerous|additional|more)$/.test(lower(tokens[k]))) k++;
    while (k < tokens.length && isNominal(tokens[k]) && !isParticiple(lower(tokens[k])) && !AUXILIARIES.has(lower(tokens[k])) && words < 4) {
      k++;
      words++;
    }
    if (words === 0) return end;
    last = k - 1;
    // "and other assets (a grinder, …)": the item's aside in brackets.
    const close = asideClose(tokens, k);
    if (close > 0) last = close;
    if (joined) break;
    if (close > 0) k = close + 1;
  }
  const after = lower(tokens[last + 1]);
  return joined && (AUXILIARIES.has(after) || (isParticiple(after) && !NOT_ACTIONS.has(after))) ? last : end;
}

function afterFigureItems(tokens: readonly Token[], last: number): number {
  let end = afterPlace(tokens, last);
  // A list ends with "and": "…, 400 officers, 77 individuals suspected of … were arrested" is no list, the
  // comma ends an opening phrase.
  let listEnd = last;
  for (;;) {
    // "34 luxury watches (with an estimated value of EUR 210 000), 8 luxury cars …": an item's aside in brackets.
    const close = asideClose(tokens, end + 1);
    if (close > 0 && /^(?:,|and)$/.test(lower(tokens[close + 1]))) end = close;
    let k = end + 1;
    if (lower(tokens[k]) === ',') k++;
    const joined = lower(tokens[k]) === 'and';
    if (joined) k++;
    const next = tokens[k];
    if (k === end + 1 || (next?.kind !== 'number' && !isCurrencyCode(next?.text ?? '') && !isNumberWord(lower(next)) && !/^[€$£]$/.test(next?.text ?? ''))) {
      // "505 stolen cars, 2 000 vehicle parts seized": a headline's list joined by commas alone, right before its verb.
      const after = lower(tokens[end + 1]);
      if (listEnd === last && end > last && isParticiple(after) && !NOT_ACTIONS.has(after)) return end;
      // "…, 8 properties (…) and other assets were seized": the list ends with an item that has no figure.
      return joined && end > last ? end : listEnd;
    }
    // "300 kg of heroin", "€ 2 million": the amount with its unit or scale.
    while (k < tokens.length && (tokens[k]!.kind === 'number' || isCurrencyCode(tokens[k]!.text) || isNumberWord(lower(tokens[k])) || isAmountWord(tokens[k]!.text))) k++;
    if (lower(tokens[k]) === 'of') k++;
    // The item's own counted phrase, read as any figure's is ("60 [bank accounts]").
    end = phraseAfter(tokens, k)?.last ?? k - 1;
    // "184 officers in Belgium and 36 officers in the other States took part": a place after the item.
    end = afterPlace(tokens, end);
    if (joined) listEnd = end;
  }
}

/**
 * "rose by 40%", "has increased by more than 60%", "increased to 1 804": what changed is the phrase
 * before the verb. "… and intellectual property crime cases by 20%": the verb is left out (null).
 */
function changeBefore(tokens: readonly Token[], first: number): { verb: number | null; verbEnd?: number; subject: Phrase | null } | null {
  const word = lower(tokens[first - 1]);
  // "The number of cases increased 14%": a change verb right before a proportion.
  if (isChangeVerb(word) && isVerb(word) && tokens[first]?.kind === 'number' && /^(?:%|per)$/.test(lower(tokens[first + 1]))) {
    let s = first - 2;
    while (s >= 0 && (AUXILIARIES.has(lower(tokens[s])) || isAdverb(lower(tokens[s])))) s--;
    return { verb: first - 1, subject: countedBefore(tokens, first - 1) ?? (s >= 0 ? phraseBefore(tokens, s) : null) };
  }
  // "Irregular crossings are down 36%", "Seizures were up 12 percent": a copula and "up" or "down" tell the change.
  if (/^(?:up|down)$/.test(word) && /^(?:is|are|was|were)$/.test(lower(tokens[first - 2])) && tokens[first]?.kind === 'number' && /^(?:%|per|percent)$/.test(lower(tokens[first + 1]))) {
    return { verb: first - 1, subject: countedBefore(tokens, first - 2) ?? headOfClauseBefore(tokens, first - 2) };
  }
  // "a decrease in irregular border crossings, from 145 600 in 2022 to 21 520 in 2024": the levels of a change
  // a noun names count what it is a change in.
  if (word === 'from') {
    const end = tokens[first - 2]?.text === ',' ? first - 3 : first - 2;
    let what = end >= 0 ? phraseBefore(tokens, end) : null;
    // "a rise in seizures of cocaine from 40 tonnes": the complement with its head.
    const head = what && lower(tokens[what.first - 1]) === 'of' ? phraseBefore(tokens, what.first - 2) : null;
    if (what && head) what = { first: head.first, last: what.last };
    if (what && /^(?:in|of)$/.test(lower(tokens[what.first - 1])) && CHANGE_NOUN.test(lower(tokens[what.first - 2])) && lower(tokens[what.first - 2]) !== lower(tokens[what.first])) return { verb: null, subject: what };
  }
  // "have been dropping from 167 in 2012": the level a change started from.
  if (word !== 'by' && word !== 'to' && word !== 'from') return null;
  let v = first - 2;
  while (v >= 0 && isAdverb(lower(tokens[v])) && !/^(?:down|up)$/.test(lower(tokens[v]))) v--;
  // "went down by 15%", "has gone up by 3%": a verb of motion with its particle.
  const particle = /^(?:down|up)$/.test(lower(tokens[v])) && /^(?:went|go|goes|gone|going)$/.test(lower(tokens[v - 1])) ? v : -1;
  if (particle >= 0) v--;
  const verb = lower(tokens[v]);
  if (isChangeVerb(verb) && isVerb(verb) && (word !== 'from' || particle >= 0 || verb !== 'go')) {
    let s = v - 1;
    while (s >= 0 && (AUXILIARIES.has(lower(tokens[s])) || isAdverb(lower(tokens[s])))) s--;
    // "Attacks linked to separatist groups have been dropping": the phrase right before the verb may be a
    // modifier's object; then the clause's head is what changed.
    const near = s >= 0 ? phraseBefore(tokens, s) : null;
    // "Illegal crossings over this border increased": determiners may stand between the preposition and its object.
    let opener = near === null ? -1 : near.first - 1;
    while (opener > 0 && DETERMINERS.has(lower(tokens[opener]))) opener--;
    const modifierObject = near !== null && (PREPOSITIONS.has(lower(tokens[opener])) || tokens[s]?.kind === 'number');
    const subject = countedBefore(tokens, v) ?? (modifierObject || near === null ? headOfClauseBefore(tokens, s + 1) ?? near : near);
    return { verb: v, verbEnd: particle >= 0 ? particle : v, subject };
  }
  if (word === 'from') return null;
  if (word === 'by' && v === first - 2 && isNominal(tokens[v]) && !isVerb(verb) && lower(tokens[v - 1]) !== 'the') {
    const subject = phraseBefore(tokens, v);
    if (subject && GAP_BEFORE.test(lower(tokens[subject.first - 1]))) return { verb: null, subject };
  }
  return null;
}

/**
 * What a change is in, from the phrase after its "in": "the detection of people smugglers" with its complement,
 * which is part of it; "the number of crime reports" is the crime reports.
 */
function changedThing(tokens: readonly Token[], inWhat: Phrase): Phrase {
  const of = lower(tokens[inWhat.last + 1]) === 'of' ? phraseAfter(tokens, inWhat.last + 2) : null;
  if (!of) return inWhat;
  return inWhat.first === inWhat.last && /^numbers?$/.test(lower(tokens[inWhat.first])) ? of : { first: inWhat.first, last: of.last };
}

/**
 * Whether `from`..`to` is only a short phrase placing a change in time or place, with an optional comma after
 * it: "in the first four months of 2024,", "in 2012", "in crossings". No verb and no other figure.
 */
function placingPhraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const end = tokens[to]?.text === ',' ? to - 1 : to;
  // "rose by 14%, to 9 800": a comma alone.
  if (end === from - 1) return true;
  if (end < from || end - from > 10 || !/^(?:in|during|over|across|on|at|so|this|last)$/.test(lower(tokens[from]))) return false;
  for (let k = from + 1; k <= end; k++) {
    const token = tokens[k]!;
    if (token.kind === 'number' ? !/^(?:19|20)\d\d$/.test(token.text) : token.kind !== 'word' || AUXILIARIES.has(lower(token)) || isPastTense(lower(token))) return false;
  }
  return true;
}

/**
 * The figure this one follows in a list, if it does: "2.3 tonnes of cocaine, 14 firearms", stepping back
 * over an aside in brackets ("70 kg of gold (valued at EUR 2.5 million) and EUR 1.5 million") and a
 * place the item is located in ("390 kg of hashish in Norway, 355 kg …").
 */
function listItemBefore(tokens: readonly Token[], first: number, before: readonly FigureReading[]): FigureReading | undefined {
  if (!/^(?:,|and|or)$/.test(lower(tokens[first - 1]))) return undefined;
  // "With the support of nearly 400 officers, 77 individuals … were arrested": a comma joins list items only
  // when "and" or "or" joins a later one; here it ends an opening phrase.
  const comma = lower(tokens[first - 1]) === ',' && !listGoesOn(tokens, first) && !listEndsInVerb(tokens, first);
  let k = first - 2;
  if (lower(tokens[k]) === ',' ) k--;
  // "… terrorism (94), and 12 new cases": the item before may be a count in brackets after its phrase.
  let bracketed: FigureReading | undefined;
  if (tokens[k]?.text === ')') {
    let depth = 0;
    for (; k >= 0; k--) {
      if (tokens[k]!.text === ')') depth++;
      else if (tokens[k]!.text === '(' && --depth === 0) break;
    }
    const open = k;
    bracketed = before.findLast((r) => r.number.first === open + 1 && tokens[r.number.last + 1]?.text === ')');
    k--;
  }
  if (bracketed) return comma && !bracketed.action ? undefined : bracketed;
  // "51 weapons of different types and 47 kilograms", "EUR 2 800 per person or EUR 7 000": the item's own
  // complement after its counted phrase.
  for (let c = k; c >= 0 && c >= k - 4 && tokens[c]!.kind === 'word'; c--) {
    if (/^(?:of|per)$/.test(lower(tokens[c])) && c < k && /^\p{Ll}/u.test(tokens[k]!.text)) {
      if (before.some((r) => r.last === c - 1)) k = c - 1;
      break;
    }
  }
  // "… in Norway": a place after the item.
  let p = k;
  // "… in the United Arab Emirates": up to four words of a name, after "the".
  while (p >= 0 && p > k - 4 && /^\p{Lu}/u.test(tokens[p]?.text ?? '') && tokens[p]!.kind === 'word') p--;
  if (p < k && lower(tokens[p]) === 'the') p--;
  if (p < k && /^(?:in|at|from)$/.test(lower(tokens[p]))) {
    k = p - 1;
    // "330 kg of cocaine in in Colombia": a word written twice is read once.
    if (lower(tokens[k]) === lower(tokens[p])) k--;
  }
  // "230 bank accounts abroad and 120 in Romania": an adverb of place or manner after the item.
  if (isAdverb(lower(tokens[k])) && before.some((r) => r.last === k - 1)) k--;
  const item = before.findLast((r) => r.last === k);
  // "… and nearly 400 officers, 77 individuals … were arrested": after a figure with no verb of its own, a
  // comma with no "and" to follow ends an opening phrase; after one with a verb, it lists ("seized over
  // €450 000 in cash, two cars and a boat").
  return comma && !item?.action ? undefined : item;
}

/** Whether a figure after "and"/"or" follows in the same clause: the item at `from` is inside a list. */
function listGoesOn(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 40); k++) {
    const word = lower(tokens[k]);
    if (/^[;:.!?]$/.test(word) || AUXILIARIES.has(word)) return false;
    // "… and over $48 million": a figure within a few words after "and"; "22 tons of cannabis and cannabis
    // resin, 2 tons …": an "and" inside an item's own phrase, and the list goes on.
    if (/^(?:and|or)$/.test(word)) {
      for (let j = k + 1; j <= k + 3 && j < tokens.length && tokens[j]!.kind !== 'punctuation'; j++) {
        const next = tokens[j]!;
        if (next.kind === 'number' || isCurrencyCode(next.text) || isNumberWord(lower(next)) || next.kind === 'symbol') return true;
      }
    }
  }
  return false;
}

/** "505 stolen cars, 2 000 vehicle parts seized": the item at `from` is the last of a list its verb follows. */
function listEndsInVerb(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && (tokens[k]!.kind === 'number' || isNumberWord(lower(tokens[k])))) k++;
  const phrase = phraseAfter(tokens, k);
  const after = lower(tokens[(phrase?.last ?? k - 1) + 1]);
  return isParticiple(after) && !NOT_ACTIONS.has(after);
}

/**
 * The participle of the passive a list of noun phrases ends in, read from the end of one item: ", SIM cards,
 * computers and various documents were seized" → "seized". Items are short runs of words, numbers and brackets;
 * the list ends at the item after "and"/"or"; at most 16 items are read.
 */
function passiveAfterList(tokens: readonly Token[], end: number, textOf: TextOf): string | null {
  let k = end + 1;
  let last = false;
  for (let items = 0; items < 16; items++) {
    // The separator: ",", "and", ", and", "or".
    if (tokens[k]?.text === ',') k++;
    if (/^(?:and|or)$/.test(lower(tokens[k]))) {
      last = true;
      k++;
    } else if (items === 0 && tokens[end + 1]?.text !== ',') return null;
    // The item: up to 8 words, numbers or bracketed asides, none of them a verb form that could end the list.
    const start = k;
    while (k < tokens.length && k - start < 8) {
      const token = tokens[k]!;
      if (token.text === '(') {
        const close = indexWithin(tokens, k + 1, k + 12, (t) => t.text === ')');
        if (close < 0) return null;
        k = close + 1;
        continue;
      }
      const word = lower(token);
      if (token.kind === 'number' || token.kind === 'symbol' || (token.kind === 'word' && (isNominal(token) || DETERMINERS.has(word) || /^(?:or|of)$/.test(word)) && !AUXILIARIES.has(word) && !(isParticiple(word) && AUXILIARIES.has(lower(tokens[k - 1]))))) k++;
      else break;
    }
    if (k === start) return null;
    if (!last) continue;
    let p = k;
    if (!AUXILIARIES.has(lower(tokens[p]))) return null;
    while (AUXILIARIES.has(lower(tokens[p])) || isAdverb(lower(tokens[p]))) p++;
    const word = lower(tokens[p]);
    return isParticiple(word) && !NOT_ACTIONS.has(word) ? textOf(p, p) : null;
  }
  return null;
}

/**
 * "Seizures included 15 speedboats, engines (between 200 and 425 hp), more than 100 canisters, 2 firearms and …",
 * "police seized 16 cars, luxury goods, and mobile phones, as well as 40 000 EUR in cash": an item further down a
 * list, past items with no figure and asides in brackets, shares the action of the list's last figure before it,
 * when that figure is its verb's object (the verb written before it). A clause's end, an auxiliary or a relative
 * pronoun between them ends the list.
 */
function actionOfListBefore(tokens: readonly Token[], first: number, last: number, before: readonly FigureReading[]): string | null {
  // "About 30 cars were stolen in Lyon, and 12 vans in the region": an item with no verb to its clause's end leaves out
  // the verb of the item before it, wherever that was written.
  const end = indexWithin(tokens, last + 1, last + 20, (t) => /^[;:.!?,]$/.test(t.text));
  const gapped = tokens.slice(last + 1, end < 0 ? Math.min(tokens.length, last + 20) : end).every((t) => t.kind !== 'word' || (!isVerb(lower(t)) && !AUXILIARIES.has(lower(t))));
  const separator = asWellAs(tokens, first - 1) ? first - 3 : first - 1;
  if (!/^(?:,|and)$/.test(lower(tokens[separator])) && separator === first - 1) return null;
  let depth = 0;
  const from = Math.max(0, separator - 40);
  // The figures ending in the window, found once: a sentence of many figures must not be searched per token.
  const ending = new Map(before.filter((r) => r.last >= from && r.last < separator).map((r) => [r.last, r]));
  for (let k = separator - 1; k >= from; k--) {
    const token = tokens[k]!;
    const word = lower(token);
    if (token.text === ')') depth++;
    else if (token.text === '(') depth--;
    if (depth < 0) return null;
    if (depth > 0 || token.text === ')') continue;
    const item = ending.get(k);
    // "shares in two firms": a figure in an item's complement is no item of the list.
    if (item && !item.action && /^(?:in|of)$/.test(lower(tokens[item.first - 1]))) {
      k = item.first;
      continue;
    }
    if (item) return item.action && (actionWrittenBefore(tokens, item) || (gapped && lower(tokens[first - 1]) === 'and' && tokens[first - 2]?.text === ',')) ? item.action : null;
    if (/^[;:.!?]$/.test(token.text) || (AUXILIARIES.has(word) && !gapped) || /^(?:which|who|whom|that|where|while|whereas|but)$/.test(word)) return null;
  }
  return null;
}

/** Whether a figure's action is a word written before it, in its own clause ("seized 16 cars"). */
function actionWrittenBefore(tokens: readonly Token[], reading: FigureReading): boolean {
  const verb = reading.action!.split(/\s+/)[0]!.toLowerCase();
  for (let k = reading.first - 1; k >= Math.max(0, reading.first - 8); k--) {
    if (lower(tokens[k]) === verb) return true;
    if (/^[;:.!?]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

const asWellAs = (tokens: readonly Token[], last: number) => lower(tokens[last]) === 'as' && lower(tokens[last - 1]) === 'well' && lower(tokens[last - 2]) === 'as';

/** The noun of action before "of" that opens the list an item belongs to, read back over earlier items. */
function listOpenedByActionNoun(tokens: readonly Token[], separator: number, textOf: TextOf): string | null {
  for (let k = separator - 1; k >= Math.max(1, separator - 16); k--) {
    // "seized cash (€63 600 and USD 7 832), 12 laptops": an item's aside in brackets.
    if (tokens[k]!.text === ')') {
      const open = lastIndexWithin(tokens, k - 12, k - 1, (t) => t.text === '(');
      if (open < 0) return null;
      k = open;
      continue;
    }
    const word = lower(tokens[k]);
    // "Documents were seized, as well as phones, coins and €255 000 in cash": the list adds to what the passive acted on.
    if (word === 'as' && asWellAs(tokens, k)) {
      const verb = tokens[k - 3]?.text === ',' ? k - 4 : k - 3;
      return isParticiple(lower(tokens[verb])) && !NOT_ACTIONS.has(lower(tokens[verb])) && AUXILIARIES.has(lower(tokens[verb - 1])) ? textOf(verb, verb) : null;
    }
    if (word === 'well' && asWellAs(tokens, k + 1)) continue;
    if (word === 'of') return isActionNoun(lower(tokens[k - 1])) ? textOf(k - 1, k - 1) : null;
    // "Officers confiscated luxury cars, jewellery and EUR 700 000 in cash": a list opened by a verb in the past.
    // "153 in the United States, 55 …": a capitalised participle is a name's word.
    // "…, forged passports, three rifles": a participle that opens an item modifies its noun.
    if (k < separator - 1 && isParticiple(word) && /^\p{Ll}/u.test(tokens[k]!.text) && !NOT_ACTIONS.has(word) && !AUXILIARIES.has(lower(tokens[k - 1])) && !/^(?:,|and|or)$/.test(lower(tokens[k - 1]))) return textOf(k, k);
    // "raided 11 houses, seizing €167,000 in cash, a shotgun as well as five luxury vehicles": a participial clause's verb.
    if (k < separator - 1 && isGerund(word) && !NOT_ACTION_GERUNDS.has(word) && tokens[k - 1]?.text === ',' && isAction(word)) return textOf(k, k);
    // "a printing press", "boats": in a list, a word that may be a verb but is no past form is part of an item;
    // a verb that only relates ends the search.
    // "seized the complete cigarette machinery, 22 tonnes …": after a determiner, a word that may be a verb modifies the noun.
    if (!(word === ',' || /^(?:one|a|an|the|as|for|and|in|of)$/.test(word) || DETERMINERS.has(word) || tokens[k]!.kind === 'number' || tokens[k]!.kind === 'symbol' || (isNominal(tokens[k]) && !NOT_ACTIONS.has(word) && (!isVerb(word) || isGerund(word) || /s$/.test(word) || DETERMINERS.has(lower(tokens[k - 1])))))) return null;
  }
  return null;
}

/** The participle of the nearest passive before `from` in the sentence ("… were also recovered, along with"), or null. */
function passiveBefore(tokens: readonly Token[], from: number, textOf: TextOf): string | null {
  for (let k = from; k >= Math.max(1, from - 25); k--) {
    if (/^[.;:]$/.test(tokens[k]!.text)) return null;
    if (isPassiveParticiple(tokens, k)) return textOf(k, k);
  }
  return null;
}

/** A figure read as the one before it counts: its subject and its action. */
const readAs = (model: FigureReading, n: NumberSpan, qualifier: Qualifier, first: number): FigureReading => ({
  number: n, qualifier, subject: model.subject, action: model.action, first, last: n.last, changeVerb: false,
});

/** "were also seized" at `k`: a participle after an auxiliary, adverbs between, that may tell what happened. */
function isPassiveParticiple(tokens: readonly Token[], k: number): boolean {
  const word = lower(tokens[k]);
  if (!isParticiple(word) || NOT_ACTIONS.has(word)) return false;
  let a = k - 1;
  while (a >= 0 && isAdverb(lower(tokens[a]))) a--;
  return AUXILIARIES.has(lower(tokens[a]));
}

/**
 * The subject of the clause whose participle is at `participle`: from the clause's start to its auxiliary,
 * cut before a modifying preposition, and past a head of quantity ("Significant amounts of cash in
 * different currencies were seized" → "cash").
 */
function clauseSubjectBefore(tokens: readonly Token[], participle: number): Phrase | null {
  let aux = participle - 1;
  while (aux >= 0 && isAdverb(lower(tokens[aux]))) aux--;
  while (aux > 0 && AUXILIARIES.has(lower(tokens[aux - 1]))) aux--;
  let start = aux - 1;
  while (start >= 0 && aux - start <= 12 && tokens[start]!.kind === 'word' && !CLAUSE_OPENERS.test(lower(tokens[start]))) start--;
  start++;
  if (start >= aux) return null;
  let end = aux - 1;
  for (let k = start + 1; k < aux; k++) {
    if (PREPOSITIONS.has(lower(tokens[k])) && lower(tokens[k]) !== 'of') {
      end = k - 1;
      break;
    }
  }
  for (let k = start; k < end; k++) if (lower(tokens[k + 1]) === 'of' && QUANTITY_OF.test(lower(tokens[k]))) start = k + 2;
  while (start <= end && /^(?:the|a|an|some|any|all)$/.test(lower(tokens[start]))) start++;
  return start <= end && isNominal(tokens[end]) ? { first: start, last: end } : null;
}

const CLAUSE_OPENERS = /^(?:and|but|while|whereas|when|where|which|that|who)$/;
const QUANTITY_OF = /^(?:amounts?|quantit(?:y|ies)|sums?|numbers?|lots|plenty|volumes?)$/;

/**
 * "detections in the Western Mediterranean doubled": the head of the phrase that opens the clause before a
 * verb, cut before its prepositional complement.
 */
function headOfClauseBefore(tokens: readonly Token[], verb: number): Phrase | null {
  let start = verb - 1;
  // "Refusals of entry in 2019 went down": a year inside the clause's opening phrase.
  const inClause = (t: Token) => (t.kind === 'word' && !CLAUSE_OPENERS.test(lower(t))) || /^(?:19|20)\d\d$/.test(t.text);
  while (start >= 0 && verb - start <= 12 && inClause(tokens[start]!)) start--;
  start++;
  while (start < verb && (DETERMINER_WORDS.test(lower(tokens[start])) || isAdverb(lower(tokens[start])))) start++;
  const headWord = (at: number) => at < verb && tokens[at]!.kind === 'word' && isNominal(tokens[at]) && !isParticiple(lower(tokens[at])) && !PREPOSITIONS.has(lower(tokens[at])) && !AUXILIARIES.has(lower(tokens[at]));
  if (!headWord(start)) return null;
  let end = start;
  for (;;) {
    if (headWord(end + 1)) end++;
    // "refusals of entry": a complement with "of" stays with its head.
    else if (lower(tokens[end + 1]) === 'of' && headWord(end + 2)) end += 2;
    // "Detections of forged visas": a participle modifying the complement's noun.
    else if (lower(tokens[end + 1]) === 'of' && isParticiple(lower(tokens[end + 2])) && headWord(end + 3)) end += 3;
    else break;
  }
  return { first: start, last: end };
}
const DETERMINER_WORDS = /^(?:the|a|an|however|but|and|yet)$/;

/**
 * "were seized", "have been confiscated": a passive at `k` that introduces what it acted on. Not a headline's
 * "Smuggling ring dismantled: 16 arrests", where the participle tells what happened to the noun before it.
 */
const isPastVerbBefore = (tokens: readonly Token[], k: number): boolean => tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && isPassiveParticiple(tokens, k);

/** A participle right after the counted phrase, with its particle: "cases registered at …", "vessels taken over by …". */
function reducedRelative(tokens: readonly Token[], last: number, textOf: TextOf): string | null {
  const k = last + 1;
  const word = lower(tokens[k]);
  if (tokens[k]?.kind !== 'word' || !/^\p{Ll}/u.test(tokens[k]!.text) || !isParticiple(word) || NOT_ACTIONS.has(word) || AUXILIARIES.has(word) || INTRANSITIVE_VERBS.has(word)) return null;
  // "in 3 cases involved", "in 12 countries concerned": a participle that only relates.
  // "authorities of six Member States executed 53 orders": a verb with an object is the clause's own; "tenders managed
  // by SPIRIT": a participle with its agent describes what is counted.
  const next = tokens[k + 1];
  // "among four people arrested as part of an inquiry": "as" opens the participle's own complement.
  if (next !== undefined && (next.kind === 'number' || (next.kind === 'word' && !PREPOSITIONS.has(lower(next)) && !/^(?:out|up|down|off|over|as)$/.test(lower(next))) || lower(next) === 'by')) return null;
  return /^(?:out|up|down|off|over)$/.test(lower(next)) ? textOf(k, k + 1) : textOf(k, k);
}

/**
 * "120 attacks (98 completed, 9 failed and 13 foiled)": a bracketed breakdown whose items are told by a participle
 * alone, which sorts them; they count what the figure before the brackets counts. The index of the opening
 * bracket, or -1.
 */
function breakdownByParticiple(tokens: readonly Token[], first: number, last: number, previous: number): number {
  const word = lower(tokens[last + 1]);
  if (tokens[last + 1]?.kind !== 'word' || !isParticiple(word) || AUXILIARIES.has(word) || !/^(?:,|\)|and|or)$/.test(lower(tokens[last + 2]))) return -1;
  // The first item opens the brackets right after the figure before; a later one follows an item of the same brackets.
  if (tokens[first - 1]?.text === '(') return first - 1 - previous <= 3 ? first - 1 : -1;
  if (!/^(?:,|and|or)$/.test(lower(tokens[first - 1])) || first - previous > 5 || lastIndexWithin(tokens, previous, first - 1, (t) => t.text === '(' || t.text === ')') >= 0) return -1;
  const open = lastIndexWithin(tokens, Math.max(0, previous - 24), previous, (t) => t.text === '(' || t.text === ')');
  return open >= 0 && tokens[open]!.text === '(' ? open : -1;
}

/**
 * The noun phrase a copula at `at` names ("were bilateral cases", "are police officers"), or null: an adjective
 * alone ("were new") says what they were like, a participle ("were arrested") what happened to them.
 */
function copulaNoun(tokens: readonly Token[], at: number): Phrase | null {
  if (!/^(?:were|are)$/.test(lower(tokens[at])) || isParticiple(lower(tokens[at + 1])) || AUXILIARIES.has(lower(tokens[at + 1]))) return null;
  const predicate = phraseAfter(tokens, at + 1);
  return predicate && !isAdverb(lower(tokens[predicate.first])) && !(predicate.first === predicate.last && isAdjective(lower(tokens[predicate.first]))) ? predicate : null;
}

/** The participle after "of"/"for" and a short complement that follows the counted phrase ending at `last`, or null. */
function participleAfterComplement(tokens: readonly Token[], last: number, textOf: TextOf): string | null {
  if (!/^(?:of|for)$/.test(lower(tokens[last + 1]))) return null;
  let k = last + 2;
  let words = 0;
  // "of different types of exploitation identified": the complement may hold its own "of".
  while (k < tokens.length && words < 6 && tokens[k]!.kind === 'word' && (isNominal(tokens[k]) || (lower(tokens[k]) === 'of' && words > 0)) && !isParticiple(lower(tokens[k])) && !AUXILIARIES.has(lower(tokens[k]))) {
    k++;
    words++;
  }
  const word = lower(tokens[k]);
  if (words === 0 || !isParticiple(word) || NOT_ACTIONS.has(word) || !/^\p{Ll}/u.test(tokens[k]!.text)) return null;
  const next = tokens[k + 1];
  return next === undefined || next.kind !== 'word' || PREPOSITIONS.has(lower(next)) || /^(?:and|or)$/.test(lower(next)) ? textOf(k, k) : null;
}


/**
 * The end of a place phrase after a list item ("in Belgium", "in the other involved States"), when the list goes on
 * after it with another amount; else `end` itself.
 */
function afterPlace(tokens: readonly Token[], end: number): number {
  if (!/^(?:in|from|at)$/.test(lower(tokens[end + 1]))) return end;
  for (let k = end + 2; k <= end + 7 && k < tokens.length; k++) {
    const word = lower(tokens[k]);
    if (/^(?:,|and)$/.test(word)) {
      const next = tokens[k + 1 + (word === ',' && lower(tokens[k + 1]) === 'and' ? 1 : 0)];
      return next && (next.kind === 'number' || isNumberWord(lower(next)) || isCurrencyCode(next.text)) ? k - 1 : end;
    }
    // A verb ends the place: "victims from South America were identified, and 17 suspects …" is two clauses.
    if (tokens[k]!.kind !== 'word' || AUXILIARIES.has(word) || (isVerb(word) && /^\p{Ll}/u.test(tokens[k]!.text) && !isNominal(tokens[k]))) return end;
  }
  return end;
}

/** "were (initially) detained" from `from`: the participle of an auxiliary and a participle, or null. */
function ownPassive(tokens: readonly Token[], from: number, textOf: TextOf): string | null {
  let k = from;
  if (!AUXILIARIES.has(lower(tokens[k]))) return null;
  while (AUXILIARIES.has(lower(tokens[k])) || isAdverb(lower(tokens[k]))) k++;
  return isParticiple(lower(tokens[k])) && !NOT_ACTIONS.has(lower(tokens[k])) ? textOf(k, k) : null;
}

/** Words between a verb of amount and its figure: "reached a total of", "came to just over", "stood at some". */
const BEFORE_AMOUNT = /^(?:a|an|the|total|of|record|new|combined|just|some|about|around|nearly|almost|over|under|roughly|approximately|an estimated|estimated|least|at|more|than|less|fewer|up|to|as|high)$/;
/** Between a clause's subject and its verb: auxiliaries and "expected to", "likely to", "set to". */
const BEFORE_VERB = /^(?:expected|likely|set|projected|due|estimated|forecast|to|also|now|already|still|further)$/;
const COPULAS = /^(?:was|were|is|are|be|been)$/;

/**
 * The clause's subject, when the figure at `first` completes a verb of amount or change: "[the number of]
 * crossings … reached 380 000" → crossings; "[the agency’s] budget came to €60 million" → budget. The verb's
 * index too, since a verb of change is what happened.
 */
function predicateOf(tokens: readonly Token[], first: number, count: boolean): { subject: Phrase; verb: number } | null {
  let verb = first - 1;
  for (let skipped = 0; verb >= 0 && skipped < 5 && BEFORE_AMOUNT.test(lower(tokens[verb])); skipped++) verb--;
  const word = lower(tokens[verb]);
  // The preposition a verb takes ("came to", "stood at") was passed over with the qualifier's words: it follows the verb.
  const after = lower(tokens[verb + 1]);
  const direct = AMOUNT_VERBS_DIRECT.has(word);
  if (!direct && !(AMOUNT_VERBS_TO.has(word) && after === 'to') && !(AMOUNT_VERBS_AT.has(word) && after === 'at')) return null;
  // "more-than-doubled": a hyphenated qualifier before the verb.
  let s = verb - 1;
  while (s >= 0 && (AUXILIARIES.has(lower(tokens[s])) || BEFORE_VERB.test(lower(tokens[s])) || isAdverb(lower(tokens[s])) || /^(?:-|more|than)$/.test(lower(tokens[s])))) s--;
  // "The budget, which in 2011 was …": a relative clause's subject is the noun before it.
  if (/^(?:19|20)\d\d$/.test(tokens[s]?.text ?? '') && lower(tokens[s - 1]) === 'in') s -= 2;
  const relative = lower(tokens[s]) === 'which' && tokens[s - 1]?.text === ',';
  if (relative) s -= 2;
  if (s < 0 || !isNominal(tokens[s])) return null;
  const counted = relative ? phraseBefore(tokens, s) : countedBefore(tokens, s + 1);
  // "The suspect was 35": a bare number after a copula is no amount of the subject, unless "the number of" says so.
  if (count && COPULAS.test(word) && !counted) return null;
  const subject = counted ?? headOfClauseBefore(tokens, s + 1);
  if (!subject) return null;
  // "the agency’s budget": the owner is left out, as elsewhere; the phrase starts after its last possessive.
  let from = subject.first;
  for (let t = subject.first; t < subject.last; t++) if (/[’']s?$/.test(tokens[t]!.text)) from = t + 1;
  return from <= subject.last ? { subject: { first: from, last: subject.last }, verb } : null;
}
