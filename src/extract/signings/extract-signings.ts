import { isKnownPlace } from '../../nlp/lexicon/places.lexicon.ts';
import { EU_BODIES } from '../../nlp/lexicon/eu-bodies.data.ts';
import { knownForm } from '../../nlp/lexicon/organisations.lexicon.ts';
import { DECISION_ON_CONCLUSION, DESCRIBED_INSTRUMENT, INSTRUMENT_WORDINGS, NEGATION, STATUS_CUES, type StatusCue } from '../../nlp/lexicon/instruments.data.ts';
import { coordinatedLists, introducesList, isListItemLine } from '../../nlp/coordination.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { type Country, countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { type CountryMention, findCountryMentions } from '../entities/country-mentions.ts';
import type { OrganisationMention } from '../entities/organisation-mentions.ts';
import type { Instrument, SigningFact, SigningStatus } from '../fact.types.ts';
import { euSideMentions, euSideParty, namesEuSide, type PartyMention } from './eu-side-party.ts';
import { dateInText } from './signing-date.ts';
import { EU_MEMBER_STATES } from '../../nlp/lexicon/eu-member-states.data.ts';

export interface SigningContext {
  /** The document's own date: a signing reported as happening now takes it. */
  readonly documentDate: string | null;
  /** The agency the document comes from ("Source: Europol"), when known. */
  readonly documentAgency: string | null;
  /** Organisation mentions per sentence (same order as the sentences), for organisation counterparts. */
  readonly organisations?: readonly (readonly OrganisationMention[])[];
  /** Country mentions per sentence, when the caller has them already. */
  readonly countries?: readonly (readonly CountryMention[])[];
}

/** A possible counterpart: a country, or a non-EU organisation named in the clause. */
interface Candidate {
  readonly key: string;
  readonly name: string;
  readonly code?: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  /** The body a country candidate was read from ("CBI" for India), so later mentions of it resolve too. */
  readonly via?: string;
  /** An EU-side body named first in a pair that signs with each other: the party, not a counterpart. */
  readonly party?: true;
  /** Which "with" of the sentence an agency counterpart is the object of: each may have a status of its own. */
  readonly group?: number;
  /** A body whose country is not told, and which is no international body the lexicon knows ("the Central Bureau of Investigation"). */
  readonly unplaced?: true;
}

const MAY_HOLD_SIGNING = /agreement|arrangement|memorand|\bMoU|declaration|letters? of (?:intent|understanding)|exchanges? of letters|joint statements?|statements? of intent|treat(?:y|ies)|instrument|\bdeals?\b/i;
/**
 * Clauses end where a new statement starts: "…with Armenia, while the United Arab Emirates joined…", and
 * where a second verb takes its own object: "signed a working arrangement with AIAMP and expanded its
 * network to Australia".
 */
const CLAUSE_BREAK = /;|,\s+(?:while|whereas|but|although|which(?!\s+(?:include|includes|are|were)\s+\p{Lu})|who)\b|\.\s|\s(?:and|but)\s+(?:also\s+)?(?!signed|concluded|initialled|ratified)\p{Ll}+ed\s+(?=(?:its|their|the|a|an|his|her)\s)/gu;

interface Cue { readonly status: SigningStatus; readonly index: number; readonly end: number; readonly id: string }

/** Signings in reading order, one per counterpart, status and instrument per document. */
export function extractSignings(sentences: readonly Sentence[], context: SigningContext): SigningFact[] {
  const signings: SigningFact[] = [];
  const byKey = new Map<string, number[]>();
  /** Signings whose date the text itself gives, not the document's date. */
  const datedByText = new Set<number>();
  /** The signings each sentence tells, a repeated statement included: a later "The agreement …" refers back to them. */
  const toldIn = new Map<number, Set<number>>();
  const tell = (sentenceIndex: number, signing: number) => toldIn.set(sentenceIndex, (toldIn.get(sentenceIndex) ?? new Set()).add(signing));
  const bodyCountries = nationalBodies();
  /** Signings with a body whose country a later sentence may tell ("CBI, Europol sign …" before "the CBI … of India"). */
  const unresolvedBodies = new Map<number, Candidate>();
  let lastInstrument: Instrument | null = null;
  let lastInstrumentAt = Number.NEGATIVE_INFINITY;
  let focus: Candidate | null | undefined;
  let documentEuSide: boolean | undefined;
  // Read once per document, when a sentence first needs them (null: looked for, none found).
  let mainAgency: string | null | undefined;
  const mainAgencyOnce = () => (mainAgency === undefined ? (mainAgency = agencyNamedMost(sentences.length, organisationsAt) ?? context.documentAgency) : mainAgency);
  const focusOnce = () => (focus === undefined ? (focus = focusCountry(sentences.length, countriesAt)) : focus);
  const countriesAt = (index: number) => context.countries?.[index] ?? findCountryMentions(sentences[index]!);
  const organisationsAt = (index: number) => context.organisations?.[index] ?? [];
  for (const [index, sentence] of sentences.entries()) {
    // Most sentences name no instrument: one cheap test before every wording is tried.
    const found = MAY_HOLD_SIGNING.test(sentence.text) ? instrumentsIn(sentence.text) : [];
    // "… initialled a status agreement with Serbia. Negotiations with Montenegro are ongoing.": talks right after
    // an instrument was named are about one of its kind, though the sentence names no EU side.
    const negotiation = found.length === 0 ? negotiationWithoutInstrument(sentence.text, index - lastInstrumentAt <= 2 || (AGENTLESS_SIGNING.test(sentence.text) && (documentEuSide ??= sentences.some((s) => namesEuSide(s.text)) || context.documentAgency !== null))) : null;
    const mentions = negotiation ? [negotiation] : found;
    if (mentions.length === 0) continue;
    // "such agreements" and talks that name no instrument take the last instrument the document named.
    const before = lastInstrument;
    // "working arrangements with ECDC have been updated, while new arrangements will be signed with ECHA": one named
    // earlier in the sentence is nearer than one named before it.
    const namedEarlier = (m: InstrumentMention) => mentions.findLast((n) => n.index < m.index && !n.refersBack && n.instrument !== 'other')?.instrument;
    const instrumentOfMention = (m: InstrumentMention): Instrument => (m.refersBack || m.id === 'instrument.negotiations' ? (namedEarlier(m) ?? before ?? 'other') : m.instrument);
    for (const m of mentions) if (!m.refersBack && m.instrument !== 'other') {
      lastInstrument = m.instrument;
      lastInstrumentAt = index;
    }
    // "A first agreement … was concluded with Albania in 2019": in a document of the EU side, a bare agreement
    // concluded with someone, its maker left unsaid, is the EU side's.
    const agentless = AGENTLESS_SIGNING.test(sentence.text) && (documentEuSide ??= sentences.some((s) => namesEuSide(s.text)) || context.documentAgency !== null);
    if (mentions.every((m) => instrumentOfMention(m) === 'other') && !namesEuSide(sentence.text) && !agentless) continue;
    // Read once per sentence: a sentence may name hundreds of counterparts (a list of partner countries).
    const cues = cuesIn(sentence.text);
    const breaks = clauseBreaks(sentence.text);
    const euSide = euSideMentions(sentence.text);
    // "the working arrangement between Frontex and Niger": the EU side named among the parties is the party.
    const between = PARTIES_BETWEEN.exec(sentence.text);
    const namedBetween = between ? euSide.find((p) => p.index >= between.index && p.end <= between.index + between[0].length) : undefined;
    const candidates = candidatesIn(sentence, countriesAt(index), organisationsAt(index), euSide, bodyCountries, mainAgencyOnce() ?? undefined)
      .map((c) => bodyCountries.resolve(c))
      .map((c) => ofFocusCountry(c, focusOnce()));
    // A list on the lines after a sentence that introduces it ("… the following new entries:") is read
    // as if written at the sentence's end.
    // "Operational agreements with third countries" heading the lines after it introduces them though no colon ends it.
    const carried = introducesList(sentence.text) || cues.some((c) => c.id === 'status.signed.heading')
      ? carriedList(sentences, index, countriesAt, organisationsAt)
      : candidates.length === 0 ? listInNextSentence(sentences, index, countriesAt, organisationsAt) : [];
    const atEnd = sentence.end - 1;
    // Two EU-side bodies told by their signatories ("X, President of Eurojust, and Y, Director of the EUAA,
    // signed") are one pair however far apart the text names them.
    const pair = candidates.some((c) => c.party) ? pairLists(candidates) : null;
    const lists = [
      ...(pair ?? coordinatedLists(sentence.text, sentence.start, candidates)),
      ...(carried.length > 0 ? [{ items: carried, start: atEnd, end: atEnd }] : []),
    ];
    for (const list of lists) {
      // Items of one list share one fate: the cue that governs the list's first item governs all.
      const at = Math.min(list.start, atEnd) - sentence.start;
      const clause = clauseAround(breaks, at, sentence.text.length);
      // The instrument the list's clause names, nearest before the list, else nearest after it.
      const inClause = mentions.filter((m) => m.index >= clause.start && m.index <= clause.end);
      // "working arrangements or similar instruments with …": a vague wording defers to a named instrument.
      const named = inClause.filter((m) => instrumentOfMention(m) !== 'other');
      // "… adopted a model status agreement, which served as a basis for the negotiations with …": a relative
      // clause speaks of the instrument named just before it.
      const relative = /,\s+which\s*$/.test(sentence.text.slice(Math.max(0, clause.start - 10), clause.start)) ? mentions.findLast((m) => m.index < clause.start) : undefined;
      const chosen = named.findLast((m) => m.index < at) ?? inClause.findLast((m) => m.index < at) ?? named[0] ?? inClause[0] ?? relative;
      if (!chosen) continue;
      // "Albania signed a cooperation agreement, and first steps were taken to strengthen cooperation with Libya": whom a
      // cooperation is with, in a clause joined after the instrument, is no partner of it.
      if (chosen.end <= at && cooperationJoinedAfter(sentence.text.slice(chosen.end, at))) continue;
      // "signed a Working Arrangement and a Memorandum of Understanding with …": each instrument joined to the one
      // the list takes is a signing of its own.
      for (const mention of [chosen, ...mentions.filter((m) => m !== chosen && instrumentOfMention(m) !== instrumentOfMention(chosen) && instrumentOfMention(m) !== 'other' && joined(sentence.text, chosen, m))].sort((a, b) => a.index - b.index)) {
        const instrument = instrumentOfMention(mention);
        if (instrument === 'other' && !namesEuSide(sentence.text) && !agentless) continue;
        // "This working arrangement will establish cooperative relations": a modal whose subject is the instrument
        // tells what it will do, not that it is planned.
        // "The agreement is to be signed with Georgia", "will be concluded": the instrument's own passive of signing is planned.
        // "The Arrangement approved by the Board envisages cooperation …", "Under the Working Arrangement, Eurojust may
        // establish contact points …": an instrument that opens the sentence as its subject, or under which what follows
        // happens, is in force; a wish or a modal after it tells what it provides for.
        const inForce = mentions.some((m) => m.index === 0 || /^(?:The|This|That)\s+$/.test(sentence.text.slice(0, m.index)) || /\b(?:Under|According\s+to|Pursuant\s+to|In\s+line\s+with)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(sentence.text.slice(Math.max(0, m.index - 40), m.index)));
        const instrumentAsSubject = (c: Cue) => ((c.id === 'status.planned.modal' && mentions.some((m) => /^\s*$/.test(sentence.text.slice(m.end, c.index)) && c.index >= m.end)) || (inForce && c.status === 'planned'))
          && !/\bbe\s+(?:\w+\s+)?(?:signed|concluded|finali[sz]ed|initiall?ed)\b/i.test(sentence.text.slice(c.index, c.end));
        // "The agreement with Israel, which entered into force in 2018, …": a relative clause right after the last
        // counterpart tells the status of its instrument.
        const relativeCue = () => {
          const after = sentence.text.slice(list.end - sentence.start);
          const relative = /^\s*,\s+which\s+(?:\w+\s+)?(?=entered|enters|was\s+signed|were\s+signed|was\s+concluded|were\s+concluded|has\s+been\s+signed|have\s+been\s+signed)/.exec(after);
          return relative ? cues.find((c) => c.index === list.end - sentence.start + relative[0].length) : undefined;
        };
        const ownCue = nearestCue(cues.filter((c) => c.index >= clause.start && c.index < clause.end && !instrumentAsSubject(c)), at, sentence.text);
        const cue = ownCue ?? relativeCue();
        if (!cue || negated(sentence.text, cue, mention.index)) continue;
        // "the JIT's seven national authorities signed an MoU with the US Department of Justice": with no EU-side body in
        // the sentence, an instrument the national authorities sign is theirs, not the EU side's.
        if (euSide.length === 0 && !agentless && NATIONAL_SIGNATORIES.test(sentence.text)) continue;
        // An international agreement is the Union's: with no EU-side party named, the EU concludes it.
        // With no EU side in the sentence, the agency the document speaks for or is about signs (SPEC.md: Eurojust only when nothing else is implied).
        const party = list.items.find((item) => item.party)?.name ?? (namedBetween ? namedBetween.name : (instrument === 'international_agreement' || agentless) && euSide.length === 0 ? 'EU' : euSideParty(euSide, cue.index, context.documentAgency ?? mainAgencyOnce()));
        // The date belongs to this statement only up to the next status wording: "negotiations with
        // Tanzania are under way, and Europol plans to conclude … in 2027" dates the plan, not the talks.
        const nextCue = cues.find((c) => c.index > at && c.index < clause.end && c.status !== cue.status);
        // A status told by the relative clause is dated by that clause.
        const told = ownCue ? clause : clauseAround(breaks, cue.index, sentence.text.length);
        const clauseText = ownCue ? sentence.text.slice(clause.start, nextCue?.index ?? clause.end) : sentence.text.slice(told.start, told.end);
        // "Following negotiations commenced in 2011, Eurojust signed …", "the signing follows agreement in May 2023 on the
        // draft": the date of the talks, or of what the signing follows, does not date it.
        const datedText = cue.status === 'signed' ? clauseText.replace(TALKS_DATED, '') : clauseText;
        const clauseWritten = dateInText(datedText, context.documentDate, { past: cue.status === 'signed' }) ?? dateReferredBack(sentences, index, context.documentDate);
        const clauseDate = clauseWritten ?? (happeningNow(cue, clauseText) ? context.documentDate : null);
        // "The signing of the agreement follows agreement in October 2013 on the wording of the draft": a draft told beside
        // the signing is its history.
        const historical = cue.status !== 'signed' && (HISTORY.test(clauseText) || (cue.id === 'status.negotiating.draft' && cues.some((c) => c.status === 'signed')));
        for (const counterpart of list.items) {
          if (counterpart.party || counterpart.key === party.toLowerCase()) continue;
          // "the managers of the brewery signed an agreement with the Slovak Innovation and Energy Agency": the
          // Union concludes agreements with third countries; a bare agreement with a member state's body is a contract.
          if (mention.id === 'instrument.agreement' && counterpart.code && EU_MEMBER_STATES.has(counterpart.code)) continue;
          // "with Albania (2019), Montenegro (2020) and Serbia (2020)": a year in brackets after a counterpart is its own.
          // "(Albania in 2019, Kosovo and Serbia in 2020)": a year after an item, before the next comma, is its own and
          // that of the items "and" joins to it.
          // An item carried from the lines after the sentence is read on its own line: "• Brazil (2017)", "- Albania - 2013".
          // Carried items lie on the few lines after the sentence: the search is bounded by them, not the document.
          const line = counterpart.end > sentence.end ? sentences.slice(index + 1, index + 1 + MAX_CARRIED_ITEMS).find((s) => s.start <= counterpart.start && counterpart.end <= s.end) ?? sentence : sentence;
          const after = line.text.slice(counterpart.end - line.start, counterpart.end - line.start + 60);
          // "North Macedonia (July 2018) and Bosnia and Herzegovina (January 2019)": a date in brackets after an item.
          const bracketed = BRACKETED_DATE.exec(after)?.[1];
          const own = BRACKETED_YEAR.exec(after)?.[1] ?? (bracketed ? dateInText(bracketed) ?? undefined : undefined) ?? YEAR_OF_ITEM.exec(after)?.[1] ?? (line !== sentence ? DASHED_YEAR.exec(after)?.[1] : undefined);
          const written = own ?? clauseWritten;
          const date = own ?? clauseDate;
          const key = `${counterpart.key}|${cue.status}|${instrument}`;
          // Two agencies' instruments with one partner are two signings; a statement whose maker is the Union, or the same
          // agency, tells one of them again.
          const known = byKey.get(key)?.find((i) => sameMaker(signings[i]!.parties[0], party));
          // "… as well as via the previous status agreement with Montenegro, which entered into force on 1 July 2020" in a
          // release on the new one: an earlier instrument of the same kind is not the one told again.
          const earlierInstrument = /\b(?:previous|former|earlier|old)\s+(?:[\w-]+\s+){0,2}$/i.test(sentence.text.slice(Math.max(0, mention.index - 40), mention.index));
          if (known !== undefined && earlierInstrument) continue;
          if (known !== undefined) {
            // A repeated statement of one signing: keep the most precise date any of them gives.
            const earlier = signings[known]!;
            // A date the text gives ("yesterday", "on 3 March") beats the document's date a headline took.
            // The document's own date ("negotiations … are ongoing") never replaces a date the text gave an earlier statement.
            const morePrecise = date !== null && (earlier.date ?? '').length < date.length;
            if (date && (written ? morePrecise || !datedByText.has(known) : morePrecise && !datedByText.has(known))) signings[known] = { ...earlier, date };
            if (written) datedByText.add(known);
            tell(index, known);
            continue;
          }
          tell(index, signings.length);
          if (written) datedByText.add(signings.length);
          if (!counterpart.code) unresolvedBodies.set(signings.length, counterpart);
          byKey.set(key, [...(byKey.get(key) ?? []), signings.length]);
          const from = Math.min(mention.index, cue.index, counterpart.start - sentence.start);
          signings.push({
            kind: 'signing',
            instrument: instrumentOf(instrument, mention.id, agentless ? `${sentence.text} EU` : sentence.text, counterpart, party),
            parties: [party, counterpart.name],
            counterpart: counterpart.name,
            ...(counterpart.code ? { counterpartCode: counterpart.code } : {}),
            status: cue.status,
            date,
            evidence: { text: sentence.text, start: sentence.start + from, end: Math.min(sentence.end, Math.max(counterpart.end, sentence.start + mention.end)) },
            rule: `signing.${cue.id}.${mention.id}${carried.includes(counterpart) ? '.carried-list' : ''}`,
            confidence: counterpart.confidence,
            ...(historical ? { historical } : {}),
          } as SigningFact);
        }
      }
    }
  }
  // A body told without its country early (a headline) signs for the country the document later gives it.
  for (const [at, body] of unresolvedBodies) {
    const state = bodyCountries.resolve(body);
    if (!state.code) continue;
    const signing = signings[at]!;
    signings[at] = { ...signing, counterpart: state.name, counterpartCode: state.code, parties: [signing.parties[0], state.name] } as SigningFact;
  }
  signings.push(...agreementTextSignings(sentences, context, countriesAt, organisationsAt, signings));
  signings.push(...signingsReferredBack(sentences, signings, toldIn, context, countriesAt));
  return withoutRepeats(withoutHistory(signings));
}

/**
 * The third country a document is about: the one outside the EU it names most, at least twice and twice as
 * often as any other ("S.Korea becomes 10th non-European country to join Europol … South Korea …").
 */
function focusCountry(count: number, countriesAt: (index: number) => readonly CountryMention[]): Candidate | null {
  const mentions = new Map<string, { country: CountryMention['country']; n: number }>();
  for (let i = 0; i < count; i++) {
    for (const m of countriesAt(i)) {
      if (EU_MEMBER_STATES.has(m.country.code)) continue;
      const seen = mentions.get(m.country.code) ?? { country: m.country, n: 0 };
      seen.n++;
      mentions.set(m.country.code, seen);
    }
  }
  const [first, second] = [...mentions.values()].sort((a, b) => b.n - a.n);
  if (!first || first.n < 2 || (second && second.n * 2 > first.n)) return null;
  return { key: first.country.code, name: first.country.name, code: first.country.code, start: 0, end: 0, confidence: 0.6 };
}

/** A national body named without its country ("the National Police Agency", "the Ministry of Justice"). */
const NATIONAL_BODY = /^(?:the\s+)?(?:National Police(?: Agency)?|Ministry of [\p{L} ]+|(?:General |State |Public )?Prosecutor(?:[’']s)? (?:General(?:[’']s)? )?Office|Prosecutor General(?:[’']s Office)?|(?:State |National )?Border (?:Police|Guard)(?: Service)?|Customs (?:Service|Administration)|Police(?: Service)?)(?: \(\p{Lu}{2,8}\))?$/u;

/** A national body named without its country signs for the country the document is about. */
function ofFocusCountry(candidate: Candidate, focus: Candidate | null): Candidate {
  if (!focus || candidate.code !== undefined || candidate.party || !NATIONAL_BODY.test(candidate.name)) return candidate;
  return { ...focus, start: candidate.start, end: candidate.end, via: candidate.key };
}

const BRACKETED_YEAR = /^\s*\(((?:19|20)\d\d)\)/;
const BRACKETED_DATE = /^\s*\(([^()]{4,25}(?:19|20)\d\d)\)/;
const YEAR_OF_ITEM = /^[^,;()]*?\bin\s+((?:19|20)\d\d)\b/;
/** "- Albania - 2013": on a list item's own line, a year after a dash is the item's. */
const DASHED_YEAR = /^\s*[-–—]\s*((?:19|20)\d\d)\b/;
/** "was concluded with", "have been signed with": a signing told in the passive without its maker. */
// "The agreement with Sri Lanka entered into force on 1 May 2005": the agreement "with" someone, its maker left unsaid.
// "Negotiations with Armenia are under way", "Talks on agreements with Brazil can start", "the agreements concluded with
// Albania": talks a sentence opens on, or an instrument signed with someone, with no maker named, are the EU side's in a
// document of the EU side.
const AGENTLESS_SIGNING = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+\s+)?(?:signed|concluded|initialled)\s+with\b|^\s*(?:The|An|This)\s+agreement\s+with\b|\b(?:agreements?|arrangements?)\s+(?:signed|concluded)\s+with\b|^\s*(?:Talks|Negotiations)\s+(?:on\s+(?:[\w-]+\s+){0,3}?(?:agreements?|arrangements?)\s+)?with\b/i;

/** "The negotiating mandates approved …", "The working arrangement was signed …": a sentence that opens on the instrument or mandate just told of. */
const REFERS_BACK = /^(?:The|These|This|Those)\s+(?:[\p{Ll}-]+\s+){0,2}(?:mandates?|agreements?|arrangements?|negotiations|talks|memorand(?:um|a)|decisions?)\b/u;

/**
 * The date of the sentence before, when this one opens by referring back to what that one told: "Yesterday,
 * the Council approved the proposal … The negotiating mandates approved by the Council will allow …",
 * "On 19 January 2012, Frontex reached agreement … The working arrangement was signed …".
 */
function dateReferredBack(sentences: readonly Sentence[], index: number, documentDate: string | null): string | null {
  const previous = sentences[index - 1];
  // The date that opens the sentence before is its statement's; one further on may date something else
  // ("… an important deliverable under the package presented in October 2017").
  return previous && REFERS_BACK.test(sentences[index]!.text) ? dateInText(previous.text.slice(0, 40), documentDate) : null;
}

/**
 * One signing per counterpart and status (SPEC.md): "both parties signed a cooperation agreement …
 * The agreement was signed by …" tells one signing twice; the mention that names no instrument of its own
 * ("other") gives way to the one that does.
 */
/** Two instrument mentions joined by "and", "as well as" or a comma, with at most an article between: one coordination. */
function joined(text: string, a: InstrumentMention, b: InstrumentMention): boolean {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  return first.end <= second.index && /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:an?\s+|the\s+|its\s+|their\s+)?(?:new\s+|updated\s+)?$/i.test(text.slice(first.end, second.index));
}

/** The instruments a text may call by one another's names: "the agreement", "the cooperation agreement", "the Agreement between the Union and …". */
const AGREEMENT_KINDS: ReadonlySet<string> = new Set(['international_agreement', 'cooperation_agreement', 'other']);

/** Whether two statements' EU-side parties may be one maker: the same body, or the Union, which concludes for its agencies. */
const sameMaker = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || /^(?:EU|European Union)$/.test(a) || /^(?:EU|European Union)$/.test(b);

function withoutRepeats(signings: SigningFact[]): SigningFact[] {
  const who = (s: SigningFact) => `${s.counterpartCode ?? s.counterpart}|${s.status}`;
  // "signed an agreement with the Prosecutor General's Office of Ukraine … signed a working arrangement": a bare
  // "agreement", whose instrument was only inferred, gives way too.
  const vague = (s: SigningFact) => s.instrument === 'other' || /\.instrument\.(?:agreement|negotiations)(?:\.|$)/.test(s.rule);
  const named = new Set(signings.filter((s) => !vague(s)).map(who));
  const told = signings.filter((s) => !vague(s) || !named.has(who(s)));
  // "The negotiations on the Agreement between the Union and Armenia on cooperation with Eurojust …" after
  // "negotiations for a cooperation agreement with Armenia": the same talks told again under another name
  // are one signing, as first told.
  // "signed a Working Arrangement and a Memorandum of Understanding": instruments of different kinds are two
  // signings; only the agreements, which a text names in several ways, are one told again.
  const kind = (s: SigningFact) => (AGREEMENT_KINDS.has(s.instrument) ? 'agreement' : s.instrument);
  // "Europol has operational agreements with Albania … Eurojust has cooperation agreements with … Albania (2018)": two
  // agencies' instruments are two signings; the Union's agreement and an agency's with the same partner may be one told twice.
  const parties = new Map<string, string[]>();
  return told.filter((s) => {
    const key = `${who(s)}|${kind(s)}`;
    const party = s.parties[0];
    const seen = parties.get(key) ?? [];
    if (seen.some((p) => sameMaker(p, party))) return false;
    parties.set(key, [...seen, party]);
    return true;
  });
}

/**
 * A bare "agreement" (or talks that name no instrument) between the EU side and a country is an
 * international agreement when the EU's treaty makers are in the sentence (the Commission negotiates,
 * the Council authorises, the EU concludes), or when it is only talks with a state: agencies sign
 * working arrangements, which are named as such.
 */
function instrumentOf(instrument: Instrument, wording: string, sentence: string, counterpart: Candidate, party: string): Instrument {
  if (instrument !== 'other' || !counterpart.code) return instrument;
  if (wording === 'instrument.negotiations') return 'international_agreement';
  // "… the list of countries with whom Europol may enter into agreements": an agency's own agreements with
  // states are its cooperation agreements; the Union's are international agreements.
  // "CLASI member countries … already have agreements with Europol": so too when no EU institution is named.
  // "EU signs agreement with Albania" in a document about Frontex: the Union named as the maker beats the agency the document is about.
  const unionNamed = /\b(?:EU|European Union|Commission|Council|European Parliament)\b/.test(sentence);
  if (wording === 'instrument.agreement' && /\b(?:Europol|Frontex|CEPOL|EPPO)\b/.test(party) && (!unionNamed || sentence.includes(party))) return 'cooperation_agreement';
  if (wording === 'instrument.agreement' && unionNamed) return 'international_agreement';
  return instrument;
}

/**
 * National bodies met in the document and the countries they sign for: once "the Central Bureau of
 * Investigation (CBI), India" is read, a later "CBI" is India too.
 */
type NationalBodies = ReturnType<typeof nationalBodies>;

function nationalBodies() {
  const countries = new Map<string, Candidate>();
  return {
    /** "the Federal Police of Nigeria", later "the Federal Police": the body's name without its country. */
    remember(head: string, country: Candidate): void {
      countries.set(head.toLowerCase(), country);
    },
    resolve(candidate: Candidate): Candidate {
      if (candidate.via && candidate.code) countries.set(candidate.via, candidate);
      const known = candidate.code ? undefined : (countries.get(candidate.key) ?? countries.get(candidate.name.toLowerCase()));
      return known ? { ...known, start: candidate.start, end: candidate.end } : candidate;
    },
  };
}

const TALKS_DATED = /\b(?:negotiations?|talks|follows|followed)\b[^,.;]{0,40}?\b(?:in|since|from)\s+(?:(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d\b/gu;

/** Negotiations told in the past ("Negotiations began that year", "an outcome of years of negotiation"). */
const HISTORY = /\b(?:began|started|were (?:held|launched|opened)|outcome of|conclud(?:es|ed|ing) (?:\w+ ){0,2}(?:negotiations|talks)|years of negotiations?|after (?:long )?(?:negotiations|talks)|follow(?:s|ed|ing)? (?:\w+ ){0,2}(?:negotiations|talks))\b/i;

/**
 * A negotiation told as history is the way to a signing the document states: it is not a fact of its
 * own when the same counterpart is signed in the document.
 */
function withoutHistory(signings: SigningFact[]): SigningFact[] {
  const signed = new Set(signings.filter((s) => s.status === 'signed').map((s) => s.counterpartCode ?? s.counterpart));
  return signings
    .filter((s) => !((s as { historical?: boolean }).historical && signed.has(s.counterpartCode ?? s.counterpart)))
    .map((s) => {
      const { historical: _, ...rest } = s as SigningFact & { historical?: boolean };
      return rest as SigningFact;
    });
}

/** Said as happening now: "today", "is currently negotiating", "are under way", "has signed", a present signing. */
// "is the fifteenth that Frontex has signed", "has operational agreements with 17 countries", "agreements are in
// place with …", "the working arrangements concluded with …": a record of signings made so far.
// "has signed working arrangements with the prosecution services of A, B and C" with no count and no "already" is
// the news itself; "has signed 13 such agreements", "has already signed agreements", "has concluded agreements
// with" (a state reached, not an event) are records.
// "Europol had signed such agreements with …": a past perfect tells of signings made before the time told.
const RECORD_OF_SIGNINGS = /\bhad\s+(?:already\s+|previously\s+|also\s+)?(?:signed|concluded)\b|\b(?:has|have)\s+(?:already|so\s+far|to\s+date|now|also|since)\b[^.;]{0,60}?\b(?:concluded|signed)\s+(?:\w+\s+){0,3}?(?:agreements|arrangements|memoranda)\b|\b(?:has|have)\s+(?:concluded|signed)\s+(?:\w+\s+){0,2}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|such|several|many|numerous|a\s+number\s+of)\s+(?:\w+\s+){0,2}?(?:agreements|arrangements|memoranda)\b|\b(?:has|have)\s+(?:concluded|signed)\s+(?:\w+\s+){0,3}?(?:agreements|arrangements|memoranda)\s+with\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous|a\s+number\s+of)\b|\b(?:so\s+far|to\s+date|in\s+total|altogether)\b[^.;]{0,60}\b(?:has|have)\s+(?:concluded|signed)\b|\b(?:has|have)\s+concluded\s+(?:\w+\s+){0,3}?(?:agreements|arrangements|memoranda)\b|\bthe\s+\w+(?:th|st|nd|rd)\s+(?:\w+\s+)?(?:that|which)\s+\S+\s+(?:has|have)\s+(?:concluded|signed)\b|\b(?:has|have|had)\s+(?:currently\s+|already\s+|now\s+)?(?:(?!signed\b)\w+\s+){0,3}?(?:\w+-)?(?:agreements?|arrangements?),?\s+(?:in\s+place\s+)?(?:(?:on|for|in|which|that)\s[^.;:]{0,80}?\s)?with\b|\b(?:that|which)\s+\S+\s+(?:has|have)\s+(?:made|signed|concluded|entered\s+into)\s+(?:is|are)\s+with\b|\b(?:agreements|arrangements)\s+(?:\w+\s+){0,2}?(?:are|were)\s+(?:already\s+|now\s+)?in place\b/i;
/** "the working arrangements (Frontex) concluded with …": the participle of their signing tells signings already made. */
const RECORD_BY_PARTICIPLE = /\b[Aa](?:greements|rrangements)\s+(?:\p{Lu}\p{L}*\s+)?(?:already\s+)?(?:concluded|signed)\s+with\b/u;
const IN_USE = new RegExp(String.raw`\bimplement(?:s|ed|ing)?\s+(?:its|their|the|this)\b|\bunder\s+(?:an?|the|its|their)\s+(?:\w+\s+){0,3}?(?:agreements?|arrangements?|memorand(?:um|a))\b|\b${DESCRIBED_INSTRUMENT.source}\b|\bexist(?:s|ed|ing)?\b|\bon\s+the\s+basis\s+of\b|\bunder\s+the\s+terms\s+of\b`, 'i');
function happeningNow(cue: Cue, clause: string): boolean {
  // "Eurojust has concluded cooperation agreements with …", "to date, it has signed 13 such agreements":
  // a record of signings made over time, not one the document reports as happening now.
  // "continued to implement its working arrangement with …", "agreements … exist": an instrument in use was signed before.
  // "Decision … on the conclusion of the Agreement …": the act's own date, which it does not give here, not the document's.
  if (cue.status === 'signed') return !RECORD_OF_SIGNINGS.test(clause) && !RECORD_BY_PARTICIPLE.test(clause) && !IN_USE.test(clause) && !DECISION_ON_CONCLUSION.test(clause);
  // "is currently negotiating", "the Commission is also recommending …": a present progressive tells what is going on.
  return /\b(?:today|currently|now|under way|underway|ongoing)\b|\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:negotiating|recommending|proposing|seeking|preparing)\b/i.test(clause);
}

/** "upcoming negotiations with Jordan, Turkey and …", "talks with eight countries": a negotiation that names no instrument. */
function negotiationWithoutInstrument(text: string, followsInstrument: boolean) {
  const match = /\b(?:negotiations|talks)\s+(?:\w+\s+){0,6}?with\b/i.exec(text);
  if (!match || !(namesEuSide(text) || followsInstrument)) return null;
  return { id: 'instrument.negotiations', instrument: 'other' as Instrument, refersBack: false, index: match.index, end: match.index + match[0].length };
}

/** Items on the lines after sentence `index`, while each line is only a list item. */
function carriedList(
  sentences: readonly Sentence[],
  index: number,
  countriesAt: (index: number) => readonly CountryMention[],
  organisationsAt: (index: number) => readonly OrganisationMention[],
): Candidate[] {
  const items: Candidate[] = [];
  for (let next = index + 1; next < sentences.length && next <= index + MAX_CARRIED_ITEMS; next++) {
    const line = sentences[next]!;
    const found = candidatesIn(line, countriesAt(next), organisationsAt(next), []);
    if (!isListItemLine(line, found)) break;
    items.push(...found);
  }
  return items;
}

/**
 * "Eurojust signed two new working arrangements this year. The partners are Chile and Peru.": a
 * statement with no counterpart, and a next sentence that only names who they are.
 */
function listInNextSentence(
  sentences: readonly Sentence[],
  index: number,
  countriesAt: (index: number) => readonly CountryMention[],
  organisationsAt: (index: number) => readonly OrganisationMention[],
): Candidate[] {
  const next = sentences[index + 1];
  if (!next || !NAMES_WHO.test(next.text) || instrumentIn(next.text)) return [];
  return candidatesIn(next, countriesAt(index + 1), organisationsAt(index + 1), []);
}

/** A sentence that only says who the partners of the one before are. */
const NAMES_WHO = /^(?:They|These|Those|The (?:new )?(?:partners?|countries|states|signatories|counterparts|organisations)|(?:Its|Their) (?:new )?(?:partners?|counterparts)|Partners|Countries)\s+(?:are|were|include[sd]?|comprise[sd]?)\b|^(?:Namely|These include|They include)\b/i;

/** A list on lines of its own is read at most this far: no document lists more partners in one place. */
const MAX_CARRIED_ITEMS = 200;

/** Signatories on the Member States' side: national authorities, the Member States themselves, a team's members. */
const NATIONAL_SIGNATORIES = /\b(?:national|domestic)\s+(?:[\w-]+\s+)?(?:authorities|prosecutors|police\s+forces)\b|\b(?:prosecuting|judicial|competent)\s+authorities\s+of\s+the\s+(?:[\w-]+\s+)?(?:countries|States|Member\s+States)\b|\bMember\s+States\s+(?:signed|have\s+signed|sign)\b/;

/** Text between an instrument and its list that ends on "cooperation with" and passes a comma, "and" or ";" on the way. */
function cooperationJoinedAfter(between: string): boolean {
  const cooperation = /\b(?:cooperation|co-operation|cooperate|cooperating)\s+with\s+(?:the\s+)?$/i.exec(between);
  return cooperation !== null && /[,;]|\band\b/.test(between.slice(0, cooperation.index));
}

/**
 * "Negotiations with Albania have been completed. The agreement was signed in April 2005.": a sentence opened by a
 * definite instrument that names no partner tells of the instrument the sentence before told of, when that one had a
 * single partner: the same parties and instrument, with the status and date this sentence gives.
 */
function signingsReferredBack(
  sentences: readonly Sentence[],
  signings: readonly SigningFact[],
  toldIn: ReadonlyMap<number, ReadonlySet<number>>,
  context: SigningContext,
  countriesAt: (index: number) => readonly CountryMention[],
): SigningFact[] {
  const found: SigningFact[] = [];
  const inSentence = (s: SigningFact, sentence: Sentence) => s.evidence.start >= sentence.start && s.evidence.start < sentence.end;
  for (let index = 1; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const opening = REFERRING_INSTRUMENT.exec(sentence.text);
    if (!opening || countriesAt(index).length > 0 || signings.some((s) => inSentence(s, sentence))) continue;
    const before = [...(toldIn.get(index - 1) ?? [])].map((at) => signings[at]!);
    if (before.length === 0 || new Set(before.map((s) => s.counterpartCode ?? s.counterpart)).size !== 1) continue;
    // The status the rest of the sentence gives the instrument, read as for any statement.
    // "This working arrangement will establish cooperation": what the instrument will do is no plan to sign it.
    const ownCue = (c: Cue) => c.index >= opening[0].length && c.id !== 'status.signed.heading'
      && !(c.id === 'status.planned.modal' && !/\bbe\s+(?:\w+\s+)?(?:signed|concluded|finali[sz]ed|initiall?ed)\b/i.test(sentence.text.slice(c.index, c.end)));
    const cue = nearestCue(cuesIn(sentence.text).filter(ownCue), opening[0].length, sentence.text);
    if (!cue || negated(sentence.text, cue, 0)) continue;
    const clause = clauseAround(clauseBreaks(sentence.text), cue.index, sentence.text.length);
    const clauseText = sentence.text.slice(0, clause.end);
    const date = dateInText(cue.status === 'signed' ? clauseText.replace(TALKS_DATED, '') : clauseText, context.documentDate, { past: cue.status === 'signed' });
    const model = before.at(-1)!;
    found.push({
      ...model,
      status: cue.status,
      date: date ?? (happeningNow(cue, clauseText) ? context.documentDate : null),
      evidence: { text: sentence.text, start: sentence.start, end: sentence.start + Math.max(opening[0].length, cue.end) },
      rule: `signing.${cue.id}.referred-back`,
    } as SigningFact);
  }
  return found;
}

/** "The agreement was signed …", "This Working Arrangement entered into force …": a sentence opened by a definite instrument. */
const REFERRING_INSTRUMENT = /^(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:agreement|arrangement|memorandum\s+of\s+understanding|MoU)\b(?!\s+(?:with|between|on|of)\b)/i;

/**
 * The text of an agreement is itself a signing between its parties when it says it was done or signed
 * ("DONE at The Hague on 15 October 1998"): the parties are named in its title, "Agreement between
 * Europol and the Kingdom of the Netherlands …", and the date is the one on that line.
 */
function agreementTextSignings(
  sentences: readonly Sentence[],
  context: SigningContext,
  countriesAt: (index: number) => readonly CountryMention[],
  organisationsAt: (index: number) => readonly OrganisationMention[],
  found: readonly SigningFact[],
): SigningFact[] {
  const doneAt = sentences.findIndex((s) => /^(?:DONE|Done|Signed)\s+(?:at|in)\s+\p{Lu}/u.test(s.text) && dateInText(s.text) !== null);
  if (doneAt < 0) return [];
  const titleAt = sentences.slice(0, 20).findIndex((s) => /\b(?:AGREEMENT|Agreement|ARRANGEMENT|Arrangement)\b.*\bbetween\b/i.test(s.text) && s.text.length < 400);
  if (titleAt < 0) return [];
  const title = sentences[titleAt]!;
  const euSide = euSideMentions(title.text);
  const party = euSideParty(euSide, title.text.length, context.documentAgency);
  const wording = instrumentIn(title.text);
  const instrument: Instrument = wording && wording.instrument !== 'other' ? wording.instrument : 'international_agreement';
  const date = dateInText(sentences[doneAt]!.text);
  return candidatesIn(title, countriesAt(titleAt), organisationsAt(titleAt), euSide)
    .filter((c) => c.key !== party.toLowerCase() && !found.some((s) => (s.counterpartCode ?? s.counterpart.toLowerCase()) === (c.code ?? c.key) && s.status === 'signed'))
    .map((c): SigningFact => ({
      kind: 'signing',
      instrument,
      parties: [party, c.name],
      counterpart: c.name,
      ...(c.code ? { counterpartCode: c.code } : {}),
      status: 'signed',
      date,
      evidence: { text: sentences[doneAt]!.text, start: sentences[doneAt]!.start, end: sentences[doneAt]!.end },
      rule: 'signing.agreement-text.done-at',
      confidence: 0.8,
    }));
}

/**
 * Countries named in the sentence, and organisations that are neither EU-side nor a national body of a
 * country already named ("the Federal Police of Brazil" is Brazil's). A country inside a longer,
 * abbreviated name ("Mechanism – Syria (IIIM)") is the organisation's, not a counterpart, and so is a
 * country that only locates a place ("a forum in Budva, Montenegro"). A body followed by its country
 * ("the Central Bureau of Investigation (CBI), India") signs for that country. EU-side bodies are
 * counterparts only of each other: when the sentence names no one else ("a working arrangement between
 * Eurojust and the EPPO"), the one that is not the party is the counterpart.
 */
function candidatesIn(sentence: Sentence, mentions: readonly CountryMention[], organisations: readonly OrganisationMention[], euSide: readonly PartyMention[], nationalBodiesMet?: NationalBodies, mainAgency?: string): Candidate[] {
  const countries = mentions
    .filter((c) => !organisations.some((o) => o.start <= c.start && c.end <= o.end && o.acronym))
    .filter((c) => !/^\s*\(\p{Lu}{2,}\)/u.test(sentence.text.slice(c.end - sentence.start)))
    .filter((c) => !locatedPlace(sentence.text.slice(Math.max(0, c.start - sentence.start - 60), c.start - sentence.start)))
    .map((c) => ({ key: c.country.code, name: c.country.name, code: c.country.code, start: c.start, end: c.end, confidence: c.rule === 'country.name' ? 0.85 : 0.7 }));
  // "the EU signed a status agreement with Tirana": a third country's capital after "with" stands for its government
  // (a member state's does not: "relations with Brussels" are with the Union).
  if (/\bwith\s+\p{Lu}/u.test(sentence.text)) {
    for (const m of sentence.text.matchAll(CAPITAL_AFTER_WITH)) {
      const country = countryLexicon().byCapital.get(m[1]!);
      if (!country || EU_MEMBER_STATES.has(country.code) || countries.some((c) => c.key === country.code)) continue;
      const start = sentence.start + m.index + m[0].length - m[1]!.length;
      countries.push({ key: country.code, name: country.name, code: country.code, start, end: start + m[1]!.length, confidence: 0.6 });
    }
  }
  const outside = organisations.filter((o) => !countries.some((c) => o.start <= c.start && c.end <= o.end));
  for (const o of organisations) {
    const inside = countries.find((c) => o.start <= c.start && c.end === o.end);
    const head = inside && /^(.+?)\s+of(?:\s+the)?\s*$/u.exec(sentence.text.slice(o.start - sentence.start, inside.start - sentence.start))?.[1];
    if (head && inside) nationalBodiesMet?.remember(head, inside);
  }
  // "the Strategy Committee of CEPOL": a body of an EU-side body is on the EU side too.
  const ofEuSide = (o: OrganisationMention) => euSide.some((p) => p.index > o.end - sentence.start && /^\s+of\s+(?:the\s+)?$/.test(sentence.text.slice(o.end - sentence.start, p.index)) && !/^(?:the\s+)?Council of Europe\b/.test(sentence.text.slice(p.index)));
  const isEuSide = (o: OrganisationMention) => o.side === 'eu' || isEuSideName(o.name) || (o.acronym !== undefined && isEuSideName(o.acronym)) || euSide.some((p) => p.index >= o.start - sentence.start && p.end <= o.end - sentence.start) || ofEuSide(o);
  // "the Office of the Prosecutor of the International Criminal Court (ICC)": a body named inside another's name owns it.
  const nested = (o: OrganisationMention) => organisations.some((p) => p !== o && p.start < o.start && o.start < p.end);
  const bodies = outside
    .filter((o) => !isEuSide(o) && !nested(o))
    .map((o): Candidate => {
      // A national body ("the Kenyan Directorate of Criminal Investigations") stands for its country,
      // and so does one followed by its country ("…(CBI), India").
      // "the US ICE", "the Moldovan PCCOCS": a country's name or adjective right before the body says whose it is.
      const named = countries.find((c) => c.end <= o.start && /^[ \u00a0]+$/.test(sentence.text.slice(c.end - sentence.start, o.start - sentence.start)));
      const country = (o.known?.country ? countryLexicon().byCode.get(o.known.country) : undefined) ?? countryOfBody(o.name) ?? (o.owner ? countryNamed(o.owner) : undefined) ?? countryAfter(sentence, o, mentions)
        ?? (named?.code ? countryLexicon().byCode.get(named.code) : undefined);
      return country
        ? { key: country.code, name: country.name, code: country.code, start: o.start, end: o.end, confidence: 0.7, via: bodyKey(o) }
        : { key: bodyKey(o), name: o.name, start: o.start, end: o.end, confidence: 0.7, ...(o.known || o.side === 'international' ? {} : { unplaced: true as const }) };
    })
    .map((b) => nationalBodiesMet?.resolve(b) ?? b)
    .filter((b) => !countries.some((c) => c.key === b.key));
  // "both parties signed a cooperation agreement in Luxembourg": beside a counterpart, a country the
  // signing took place in is a place.
  // "… signed a cooperation agreement during a visit to the Netherlands": where a visit went is a place too.
  const placed = (c: Candidate) => /\b(?:in|(?:visit|visits|trip|mission|journey)\s+(?:\p{Ll}+\s+){0,2}?to)\s+(?:the\s+)?$/u.test(sentence.text.slice(Math.max(0, c.start - sentence.start - 40), c.start - sentence.start));
  // "signs agreement with Montenegro on European Border and Coast Guard cooperation": after "on" comes what the
  // instrument is about, not who signs it.
  const topic = (c: Candidate) => c.code === undefined && /\bon\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and\s+|of\s+)?){0,5}$/u.test(sentence.text.slice(Math.max(0, c.start - sentence.start - 60), c.start - sentence.start));
  // "the Pompidou Group of the Council of Europe": the body a counterpart belongs to is no counterpart of its own.
  const parentOf = (c: Candidate) => c.code === undefined && organisations.some((o) => o.end < c.start && /^\s+of\s+(?:the\s+)?$/.test(sentence.text.slice(o.end - sentence.start, c.start - sentence.start)) && !isEuSide(o));
  // "Several CLASI member countries, including Colombia, …": a body whose members are named is no party itself.
  const ofMembers = (c: Candidate) => c.code === undefined && /^\s+member\s+(?:countries|states|organisations)\b/i.test(sentence.text.slice(c.end - sentence.start, c.end - sentence.start + 30));
  const membersOf = new Set(bodies.filter(ofMembers).map((b) => b.key));
  const all: Candidate[] = [...countries, ...bodies.filter((b) => (!topic(b) || countries.length + bodies.length === 1) && !parentOf(b) && !membersOf.has(b.key))];
  // "… signed in Luxembourg by the European Chief Prosecutor": where the signature took place is never a party.
  const signedIn = (c: Candidate) => /\b(?:signed|concluded|initialled)\s+in\s+(?:the\s+)?$/.test(sentence.text.slice(Math.max(0, c.start - sentence.start - 24), c.start - sentence.start));
  // "… will be initialled at the Permanent Partnership Council": a body a signing happens at is a meeting, not a party.
  // "… will be presented to the Strategy Committee": a body a text is put before decides on it; it does not sign it.
  const meeting = (c: Candidate) => c.code === undefined && /\b(?:at|(?:presented|submitted|sent|forwarded|put)\s+to)\s+(?:the\s+)?$/.test(sentence.text.slice(Math.max(0, c.start - sentence.start - 24), c.start - sentence.start));
  const present = all.filter((c) => (!signedIn(c) || c.via !== undefined) && !meeting(c));
  const others = present.some((c) => !placed(c)) ? present.filter((c) => !placed(c) || c.via !== undefined) : present;
  // "… would allow … for the deal to be signed between Georgia and Europol": where "between … and …" names the
  // parties, a body named elsewhere in the sentence is no party to it.
  const parties = PARTIES_BETWEEN.exec(sentence.text);
  const partiesFrom = parties ? sentence.start + parties.index : 0;
  const partiesTo = parties ? partiesFrom + parties[0].length : 0;
  const inParties = (c: Candidate) => c.start >= partiesFrom && c.end <= partiesTo;
  const kept = parties && others.some(inParties) ? others.filter((c) => inParties(c) || c.code !== undefined) : others;
  // "Europol and the EPPO signed a working arrangement in Luxembourg": a place is a counterpart only when no pair of
  // EU-side bodies signs with each other.
  const onlyPlaces = kept.every((c) => placed(c) && c.via === undefined);
  // "The Central Bureau of Investigation (CBI) and Europol signed a working arrangement … between the law enforcement
  // authorities of India and …": a national body whose country is not told signs for the one country the sentence names.
  const states = new Set(kept.filter((c) => c.code !== undefined).map((c) => c.code));
  if (states.size === 1 && kept.some((c) => c.unplaced)) {
    const state = kept.find((c) => c.code !== undefined)!;
    const resolved = kept.map((c) => (c.unplaced ? { ...state, start: c.start, end: c.end, via: c.key } : c));
    const seen = new Set<string>();
    const one = resolved.sort((a, b) => a.start - b.start).filter((c) => !seen.has(c.key) && seen.add(c.key) !== undefined);
    if (!onlyPlaces) return one;
  }
  if (kept.length > 0 && !onlyPlaces) return withListedAgencies(sentence, kept, outside.filter(signsForItself)).sort((a, b) => a.start - b.start);
  const pair = euSidePair(sentence, outside, isEuSide, mainAgency);
  if (pair.length > 0) return pair;
  // "Working arrangements with ECDC and EMA have been updated" in a document of the EMCDDA: agencies listed after "with",
  // with no subject named, are the counterparts of the agency the document speaks for.
  if (kept.length === 0 && mainAgency) return withListedAgencies(sentence, [], outside.filter(signsForItself), mainAgency);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "… signed working arrangements with the European Border and Coast Guard Agency and Norway": an EU agency written in
 * one list with a counterpart, the object of a "with" after the status wording, is a counterpart too. The subject
 * that signs stands before the wording, never in the counterparts' list.
 */
const CLAUSE_VERB_AFTER = /^\s*(?:\([^)]{0,20}\)\s*)?(?:\p{Ll}+ly\s+)?(?:has|have|had|will|would|shall|is|are|was|were|signed|signs|concluded|concludes|agreed|entered|can|may)\b/u;
function withListedAgencies(sentence: Sentence, kept: readonly Candidate[], agencies: readonly OrganisationMention[], impliedSubject?: string): Candidate[] {
  if (agencies.length === 0) return [...kept];
  const firstCue = cuesIn(sentence.text)[0]?.index ?? sentence.text.length;
  const items = [...kept.map((c) => ({ start: c.start, end: c.end, agency: undefined as OrganisationMention | undefined })), ...agencies.map((o) => ({ start: o.start, end: o.end, agency: o }))]
    .sort((a, b) => a.start - b.start)
    .filter((item, i, all) => i === 0 || item.start >= all[i - 1]!.end);
  const added: Candidate[] = [];
  // "Eurojust has concluded Memoranda of Understanding with the EJN, OLAF and Frontex, as well as with the UNODC": a list
  // of agencies alone after "with" is the object too, where an agency before the status wording is the subject.
  const subject = agencies.find((o) => o.end - sentence.start <= firstCue);
  for (const list of coordinatedLists(sentence.text, sentence.start, items)) {
    // Only a list that is the object of "with" ("with partners including …"): "between Armenia and Eurojust" names the parties.
    const opener = sentence.text.slice(Math.max(0, list.start - sentence.start - 60), list.start - sentence.start);
    const mixed = list.items.some((item) => item.agency === undefined);
    // With the subject only implied, the list must be the instrument's own partners ("arrangements with ECDC and EMA"),
    // not whom a cooperation is with ("agreements … on cooperation with Eurojust").
    const ofInstrument = /\b(?:arrangements?|agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?)\s+with\s+(?:the\s+)?$/i.test(opener);
    if ((!mixed && !subject && !(impliedSubject && ofInstrument)) || list.start - sentence.start < firstCue || !/\b(?:with|with\s+(?:\p{Ll}+\s+){1,3}including)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s*,\s*(?:the\s+)?){0,3}$/u.test(opener)) continue;
    for (const { agency } of list.items) {
      // "… with Brazil, and Eurojust signed …": an agency a verb follows opens a clause of its own as its subject.
      if (!agency || CLAUSE_VERB_AFTER.test(sentence.text.slice(agency.end - sentence.start, agency.end - sentence.start + 40))) continue;
      const name = agency.acronym ?? agency.name;
      if ((subject && (subject.acronym ?? subject.name).toLowerCase() === name.toLowerCase()) || impliedSubject?.toLowerCase() === name.toLowerCase()) continue;
      if (!kept.some((c) => c.key === name.toLowerCase()) && !added.some((c) => c.key === name.toLowerCase())) added.push({ key: name.toLowerCase(), name, start: agency.start, end: agency.end, confidence: 0.6 });
    }
  }
  return [...kept, ...added];
}

/**
 * "A working arrangement between Eurojust and the EPPO", "X, President of Eurojust, and Y, of the EEAS, signed": two
 * EU-side bodies before the status wording sign with each other. Eurojust, where it is one of them, is the party
 * (SPEC.md: parties[0] is Eurojust when the text implies it); else the first named.
 */
function euSidePair(sentence: Sentence, mentioned: readonly OrganisationMention[], isEuSide: (o: OrganisationMention) => boolean, mainAgency: string | undefined): Candidate[] {
  // "the EU Agency for Asylum": the Union named inside an agency's name is not a body of the pair; but "the Management
  // Board of Europol" names the agency that acts.
  const inLonger = (o: OrganisationMention) => mentioned.some((p) => p !== o && p.start <= o.start && o.end <= p.end && p.end - p.start > o.end - o.start);
  const outside = mentioned.filter((o) => !inLonger(o) || signsForItself(o));
  const firstCue = cuesIn(sentence.text)[0]?.index ?? sentence.text.length;
  // "Regulation … of the European Parliament and of the Council provides …": the authors of an act are not a pair.
  // "X, President of Eurojust, and Y, Director of the EEAS, signed": "of" after a title is no act's.
  const ofAnAct = (o: OrganisationMention) => {
    const before = sentence.text.slice(Math.max(0, o.start - sentence.start - 120), o.start - sentence.start);
    return /\bof\s+(?:the\s+)?$/.test(before) && /\b(?:Regulation|Directive|Decision|Convention|Treaty|Act|Recommendation|Resolution|Conclusions)\b/.test(before);
  };
  const nameOf = (o: OrganisationMention) => o.acronym ?? o.name;
  const asPair = (bodies: readonly OrganisationMention[]) => {
    const party = bodies.find((o) => /^Eurojust$/i.test(nameOf(o))) ?? bodies[0]!;
    return bodies.map((o): Candidate => ({ key: nameOf(o).toLowerCase(), name: nameOf(o), start: o.start, end: o.end, confidence: 0.6, ...(o === party ? { party: true } : {}) }));
  };
  // "the updated EMCDDA–ECDC working arrangement": two agencies joined by a dash name the parties of the instrument after them.
  const agencies = outside.filter(signsForItself);
  for (const [i, o] of agencies.entries()) {
    const next = agencies[i + 1];
    if (next && nameOf(next).toLowerCase() !== nameOf(o).toLowerCase() && /^\s*[-–]\s*$/.test(sentence.text.slice(o.end - sentence.start, next.start - sentence.start))
      && INSTRUMENT_AFTER_PAIR.test(sentence.text.slice(next.end - sentence.start))) return asPair([o, next]);
  }
  // "Working arrangements with ENISA and EIGE have been updated": agencies after an instrument's "with" are its
  // counterparts though the status wording comes after them; after any other "with", only past the status wording.
  const afterInstrument = (group: readonly OrganisationMention[]) => /(?:agreements?|arrangements?|memorand(?:um|a)|MoUs?)\s+with\s+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, group[0]!.start - sentence.start - 40), group[0]!.start - sentence.start));
  const withGroups = withObjects(sentence, outside.filter(signsForItself)).filter((group) => group[0]!.start - sentence.start > firstCue || afterInstrument(group));
  const objectOfWith = new Set(withGroups.flat());
  const pair = outside.filter((o) => isEuSide(o) && o.end - sentence.start <= firstCue && !ofAnAct(o) && !objectOfWith.has(o));
  const distinct = new Map(pair.map((o) => [nameOf(o).toLowerCase(), o]));
  // "Frontex signed a working arrangement with the EUAA", "the Management Board of Europol approved the agreement with
  // Frontex", "the EMCDDA will sign arrangements with ECHA and EFSA": an EU agency as the object of "with" signs with
  // the agency that is the subject, or, with none named, with the agency the document is about.
  // Agencies and offices only: the Union and its institutions conclude agreements for the Union, not with its agencies.
  const subjects = [...distinct.values()].filter(signsForItself);
  if (subjects.length <= 1 && (distinct.size <= 1 || subjects.length === 1)) {
    const subject = subjects[0];
    const agent = subject ? nameOf(subject) : distinct.size === 0 ? mainAgency : undefined;
    const groups = agent ? withGroups.map((group) => group.filter((o) => nameOf(o).toLowerCase() !== agent.toLowerCase())).filter((group) => group.length > 0) : [];
    const objects = groups.flatMap((group, g) => asPair(group).map(({ party: _, ...o }): Candidate => ({ ...o, group: g })));
    if (subject && objects.length > 0) return [...asPair([subject]), ...objects];
    if (agent && objects.length > 0) return [{ key: agent.toLowerCase(), name: agent, start: objects[0]!.start, end: objects[0]!.start, confidence: 0.6, party: true }, ...objects];
  }
  if (distinct.size < 2) return [];
  // Joined by "and" ("between A and B", "A, and B's head, signed"), not "either A or B has concluded".
  const [first, second] = [...distinct.values()];
  const between = sentence.text.slice(first!.end - sentence.start, second!.start - sentence.start);
  // Not across a relative clause: "the Council … the list of States with which Europol shall conclude agreements".
  if (!/\band\b/.test(between) || /\b(?:or|which|whom|who|that)\b/.test(between)) return [];
  // "The Commission has given its agreement, and the draft EU Council Decision …": the Union and its institutions
  // act for the Union; they sign no arrangement with each other, so a pair holds an agency or an office.
  if (![first!, second!].some(signsForItself)) return [];
  return asPair([...distinct.values()]);
}

const INSTRUMENT_AFTER_PAIR = /^\s+(?:\p{Ll}+\s+){0,2}?(?:working arrangement|arrangement|agreement|memorandum|MoU|joint declaration|letter of)/iu;
/** The EU agency a document names most, at least twice: the one it is about ("the EMCDDA … its working arrangements with ECDC"). */
function agencyNamedMost(count: number, organisationsAt: (index: number) => readonly OrganisationMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (let i = 0; i < count; i++) for (const o of organisationsAt(i)) if (signsForItself(o)) counts.set(o.acronym ?? o.name, (counts.get(o.acronym ?? o.name) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/** An EU agency or office that concludes arrangements in its own name, by the one list of bodies. */
const signsForItself = (o: OrganisationMention): boolean => {
  const body = o.known ?? knownForm(o.acronym ?? '')?.body ?? knownForm(o.name)?.body;
  return body?.side === 'eu' && body.signsArrangements && (body.kind === 'agency' || body.kind === 'office');
};

/**
 * The bodies each "with" takes as its object, the first right after it and the ones listed on from it: "arrangements with
 * ECDC and EMA have been updated, while new ones will be signed with ECHA and EFSA" gives two groups.
 */
function withObjects(sentence: Sentence, bodies: readonly OrganisationMention[]): OrganisationMention[][] {
  const textBefore = (o: OrganisationMention, from: number) => sentence.text.slice(from, o.start - sentence.start);
  const groups: OrganisationMention[][] = [];
  for (const o of bodies) {
    const group = groups.at(-1);
    if (group && /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/.test(textBefore(o, group.at(-1)!.end - sentence.start))) group.push(o);
    else if (/\bwith\s+(?:the\s+)?$/.test(textBefore(o, Math.max(0, o.start - sentence.start - 12)))) groups.push([o]);
  }
  return groups;
}

/**
 * The lists of a sentence whose counterparts sign with an EU-side party it names: one list of them all ("X, President of
 * Eurojust, and Y, Director of the EEAS, signed"), or one per "with" whose objects they are, each with the party.
 */
function pairLists(candidates: readonly Candidate[]): { items: Candidate[]; start: number; end: number }[] {
  const party = candidates.find((c) => c.party)!;
  const groups = [...new Set(candidates.map((c) => c.group).filter((g) => g !== undefined))];
  if (groups.length <= 1) return [{ items: [...candidates], start: candidates[0]!.start, end: candidates.at(-1)!.end }];
  return groups.map((g) => {
    const items = candidates.filter((c) => c.group === g);
    return { items: [party, ...items], start: items[0]!.start, end: items.at(-1)!.end };
  });
}

// EU-side bodies, from the one list of them: "Commission" alone is the European one, not a national commission.
const EU_SIDE_NAMES = new Set(EU_BODIES.flatMap((body) => [...body.names, ...(body.acronyms ?? []), ...(body.shortNames ?? [])]).map((form) => form.toLowerCase()));
/** A part of an EU body is EU-side too: "Europol's European Cybercrime Centre", "Delegation of the European Union to Chile". */
const EU_SIDE_PART = new RegExp(`\\b(?:${EU_BODIES.filter((body) => body.kind !== 'committee' && body.kind !== 'programme').flatMap((body) => [...body.names, ...(body.acronyms ?? [])]).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
const isEuSideName = (name: string) => EU_SIDE_NAMES.has(name.toLowerCase().replace(/^the /, '')) || EU_SIDE_PART.test(name);
/** "a forum in Budva, Montenegro", "(9 November 2025, Santa Marta, Colombia)", a dateline's "Brussels, Belgium": the country after a place. */
const LOCATES_A_PLACE = /(?:\b(?:in|at|near|from)\s+|\(\s+|\d{4},\s+|^\s*)(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}),\s*$/u;
/** At a sentence's start only a known city locates the country after it ("Brussels, Belgium (3 May 2016) –"), not "Eurojust, Albania and …". */
const OPENS_SENTENCE = /^\s*(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2},\s*$/u;
const CAPITAL_AFTER_WITH = /\bwith\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}'’-])/gu;
/** The place a country follows, when it is one: "Algeria, Argentina" lists two countries. */
const locatedPlace = (before: string): boolean => {
  const place = LOCATES_A_PLACE.exec(before)?.[1];
  if (place === undefined || countryLexicon().byName.has(place.replace(/^the\s+/, ''))) return false;
  return !OPENS_SENTENCE.test(before) || isKnownPlace(place);
};

/** "between Georgia and Europol representatives": the parties of an instrument, named together. */
const PARTIES_BETWEEN = /\bbetween\s+(?:the\s+)?\p{Lu}[^,.;:()]{1,80}?\s+and\s+(?:the\s+)?\p{Lu}[^,.;:()]{0,60}/u;

/** "(PSD) of the Hashemite Kingdom of ": between a body and the country it belongs to. */
const OF_ITS_COUNTRY = /^\s*(?:\(\p{Lu}[\p{L}\p{N}&.-]{0,15}\)\s*)?of\s+(?:the\s+)?(?:(?:\p{Lu}\p{L}+\s+){1,3}of\s+(?:the\s+)?)?$/u;

function countryAfter(sentence: Sentence, body: OrganisationMention, mentions: readonly CountryMention[]): Country | undefined {
  // "the Public Security Directorate (PSD) of the Hashemite Kingdom of Jordan": the body's own country after "of".
  const of = mentions.find((c) => c.start >= body.end && OF_ITS_COUNTRY.test(sentence.text.slice(body.end - sentence.start, c.start - sentence.start)));
  if (of) return of.country;
  const next = mentions.find((c) => c.start >= body.end && /^\s*(?:\(\p{Lu}[\p{L}\p{N}&.-]{0,15}\))?,\s*$/u.test(sentence.text.slice(body.end - sentence.start, c.start - sentence.start)));
  // "…(CBI), India and Europol": the country ends the body's name, it does not start a list of countries.
  return next && !/^\s*,/.test(sentence.text.slice(next.end - sentence.start)) ? next.country : undefined;
}

/**
 * One key per body in the document: the organisations layer's entity key, so "the Ibero-American
 * Association of Public Prosecutors (AIAMP)" and a later "AIAMP" are one counterpart.
 */
const bodyKey = (o: OrganisationMention & { key?: string }): string => o.key ?? (o.acronym ?? o.name).toLowerCase();

/** "Egypt’s Ministry of Interior": the owner a possessive names, when it is a country. */
function countryNamed(name: string): Country | undefined {
  const { byName, byDemonym } = countryLexicon();
  return byName.get(name) ?? byDemonym.get(name);
}

function countryOfBody(name: string): Country | undefined {
  const { byName, byDemonym } = countryLexicon();
  // After a spaced dash comes what an international body deals with ("Mechanism – Syria"), or a sub-unit:
  // the body's own nationality, if any, is said before it ("Israeli Police – Cybercrime Unit").
  const words = name.split(/[ \u00a0]+[–—-][ \u00a0]+/)[0]!.split(/[ \u00a0]+/);
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(' ');
      // "Latin American Agency", "Ibero-American Association": a region's adjective, not the United States.
      if (/^(?:Latin|South|North|Central|Ibero)$/.test(words[i - 1] ?? '') || /^Ibero-/.test(words[i] ?? '')) continue;
      // "Mission for Kosovo", "Mechanism for Myanmar": the country the body works on, not its own.
      if (words[i - 1] === 'for') continue;
      // "Organization of American States": after "of" a body names its own country by the country's name
      // ("Prosecutor's Office of Montenegro"); an adjective there describes its members.
      const country = byName.get(phrase) ?? (words[i - 1] === 'of' ? undefined : byDemonym.get(phrase));
      if (country) return country;
    }
  }
  return undefined;
}

interface InstrumentMention {
  readonly id: string;
  readonly instrument: Instrument;
  readonly refersBack?: boolean;
  readonly index: number;
  readonly end: number;
}

/** The instrument named first in INSTRUMENT_WORDINGS' order, or null. */
const instrumentIn = (text: string): InstrumentMention | null => {
  for (const wording of INSTRUMENT_WORDINGS) {
    const match = wording.pattern.exec(text);
    if (match) return { id: wording.id, instrument: wording.instrument, refersBack: wording.refersBack ?? false, index: match.index, end: match.index + match[0].length };
  }
  return null;
};

/** Each wording with its pattern compiled once for matchAll. */
const GLOBAL_WORDINGS = INSTRUMENT_WORDINGS.map((wording) => [wording, new RegExp(wording.pattern.source, wording.pattern.flags.includes('g') ? wording.pattern.flags : `${wording.pattern.flags}g`)] as const);

/**
 * Every instrument the sentence names, in text order; where wordings overlap ("cooperation agreement"
 * and "agreement") the one listed first in INSTRUMENT_WORDINGS wins.
 */
function instrumentsIn(text: string): InstrumentMention[] {
  const kept: InstrumentMention[] = [];
  for (const [wording, global] of GLOBAL_WORDINGS) {
    for (const match of text.matchAll(global)) {
      const m: InstrumentMention = { id: wording.id, instrument: wording.instrument, refersBack: wording.refersBack ?? false, index: match.index, end: match.index + match[0].length };
      if (!kept.some((k) => k.index < m.end && m.index < k.end)) kept.push(m);
    }
  }
  return kept.sort((a, b) => a.index - b.index);
}

function cuesIn(text: string): Cue[] {
  return STATUS_CUES.flatMap((cue: StatusCue) => [...text.matchAll(cue.pattern)].map((m) => ({ status: cue.status, index: m.index, end: m.index + m[0].length, id: cue.id })))
    .sort((a, b) => a.index - b.index);
}

/**
 * The cue nearest before the counterpart ("signed with [Armenia]"), else the nearest after it
 * ("[Ecuador] was signed"). A negotiation that is only sought is planned ("seeks authorisation to open
 * negotiations"), and so is a signing under a modal ("will be signed").
 */
function nearestCue(cues: readonly Cue[], at: number, text: string): Cue | undefined {
  const before = cues.filter((c) => c.index < at);
  const chosen = before.at(-1) ?? cues.find((c) => c.index > at);
  if (!chosen) return undefined;
  // Only a wish that governs the same clause counts: "seeks authorisation to open negotiations", not
  // "proposed agreements, and the Council authorised the opening of negotiations".
  const planned = before.find((c) => c.status === 'planned' && c.index < chosen.index && chosen.index - c.end < 80);
  const completed = /^authori[sz]ed/i.test(text.slice(chosen.index, chosen.end));
  // "The mission will be launched in May, six months after the EU signed …": a clause of time has a tense of its own.
  const separated = planned !== undefined && /,\s+and\b|;|\b(?:after|before|since|once|because|whereas)\b/.test(text.slice(planned.end, chosen.index));
  if (chosen.status !== 'planned' && planned && !completed && !separated) return { ...chosen, status: 'planned', id: planned.id };
  return chosen;
}

/** "do not allow", "has not signed", "is no basis for": a negation between the cue and the instrument. */
function negated(text: string, cue: Cue, instrumentIndex: number): boolean {
  const from = Math.min(cue.index, instrumentIndex);
  const to = Math.max(cue.index, instrumentIndex);
  // "calling on the Council not to authorise the opening of negotiations": a negated verb that governs the cue.
  return NEGATION.test(text.slice(Math.max(0, from - 12), to)) || /\b(?:not|never)\s+(?:to\s+)?(?:[\w-]+\s+){1,2}$/i.test(text.slice(Math.max(0, from - 40), from));
}

function clauseBreaks(text: string): { index: number; end: number }[] {
  return [...text.matchAll(CLAUSE_BREAK)].map((match) => ({ index: match.index, end: match.index + match[0].length }));
}

/** The clause holding offset `at`: from the end of the last break before it to the next break. */
function clauseAround(breaks: readonly { index: number; end: number }[], at: number, length: number): { start: number; end: number } {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (breaks[middle]!.index < at) low = middle + 1;
    else high = middle;
  }
  return { start: breaks[low - 1]?.end ?? 0, end: breaks[low]?.index ?? length };
}
