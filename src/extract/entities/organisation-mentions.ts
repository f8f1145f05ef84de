import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { NOT_BODY_ABBREVIATIONS } from '../../nlp/lexicon/organisations.data.ts';
import { isCurrencyCode } from '../../nlp/lexicon/units.data.ts';
import { type FormKind, type KnownBody, knownBodyMatcher, knownForm } from '../../nlp/lexicon/organisations.lexicon.ts';
import { createPhraseMatcher, type PhraseMatch } from '../../nlp/phrase-matcher.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { findAcronymDefinitions, isOwnerName } from './acronym-definitions.ts';
import { bodyPartOf, isBodyName, trimAfterHead } from './body-names.ts';
import { bodiesIntroducedByList, bodiesSharingHead, distributedBodies, joinSubUnits, listedAcronyms, splitCoordinatedBodies } from './coordinated-bodies.ts';
import { sameBodyAs } from './organisation-writings.ts';
import { clauseWordsAt, HEAD_WORD, initialsOf, isCountry, isKnownForm, LEADING_NOISE, LEADING_ROLE, NAME_WORD, REGIONS, RUN, SPACE } from './organisation-words.ts';

export interface OrganisationMention {
  /** The body's name as this mention writes it (the document-level reader names the entity). */
  readonly name: string;
  readonly acronym?: string;
  readonly start: number;
  readonly end: number;
  readonly rule: OrganisationRule;
  readonly side?: 'eu' | 'international' | 'national';
  /** The acronym as the text wrote it, when a known body's own differs ("… Network (EJOEN)" of the EJOCN). */
  readonly writtenAcronym?: string;
  /** The listed body the mention names, and whether by its full name, an acronym or a short name. */
  readonly known?: KnownBody;
  readonly form?: FormKind;
  /** The country or listed body that owns the body by a possessive: "Egypt’s Ministry of Interior". */
  readonly owner?: string;
  /** An appositive's body: the start of the mention it describes or translates ("National Police (Policía Nacional)"). */
  readonly sameAs?: number;
}

/** Stable ids of the rules that find organisations; every fact records the one that made it. */
export type OrganisationRule =
  | 'organisation.known'
  | 'organisation.acronym-definition'
  | 'organisation.head-word'
  | 'organisation.named-project'
  | 'organisation.trailing-acronym'
  | 'organisation.meeting-acronym'
  | 'organisation.listed-acronym'
  | 'organisation.listed-body'
  | 'organisation.appositive'
  | 'organisation.distributed'
  | 'organisation.shared-head'
  | 'organisation.national-force'
  | 'organisation.national-abbreviation';

const NAME_RUN = new RegExp(RUN, 'gu');
/** "the Sirius project", "the **EuroMed Justice (EMJ)** project": a name the text calls a project or programme. */
const NAMED_PROJECT = new RegExp(`\\bthe${SPACE}+(?:\\*\\*)?(${NAME_WORD}(?:${SPACE}+${NAME_WORD}){0,3})(?:\\*\\*)?${SPACE}+(?:project|programme)\\b`, 'gu');
/** "the second Plenary of the EJC", "the IXIM meeting": only a body holds plenaries and meetings. */
const MEETING_OF_ACRONYM = /\b(?:[Pp]lenary|[Mm]eeting|[Mm]embers)\s+of\s+(?:the\s+)?(\p{Lu}{3,6})(?![\p{L}\p{N}\-])|\b(\p{Lu}{3,6})(?![\p{L}\p{N}\-])\s+(?:meeting|plenary)s?\b/gu;
/** The same in a title set in capitals: "COUNCIL DECISION (EU) 2022/2345". */
const ACT_AFTER_IN_CAPITALS = /^[ \u00a0]+(?:(?:FRAMEWORK|IMPLEMENTING|DELEGATED)[ \u00a0]+)?(?:DECISIONS?|REGULATIONS?|DIRECTIVES?|CONCLUSIONS|RECOMMENDATIONS?|RESOLUTIONS?|JOINT ACTIONS?|COMMON POSITIONS?)\b/;
/** Words of an act after an institution's short name: "Council Decision", "Commission Implementing Regulation". */
const ACT_AFTER = /^[ \u00a0]+(?:(?:Framework|Implementing|Delegated)[ \u00a0]+)?(?:Decisions?|Regulations?|Directives?|[Cc]onclusions|Recommendations?|Resolutions?|Joint Actions?|Common Positions?|Communications?|Staff Working)\b/;
/** "Regulation (EU) 2018/1727", "(EU) No 2016/794": the Union's letters inside a legal act's number. */
const IN_ACT_NUMBER = /^\)[ \u00a0]*(?:No\.?[ \u00a0]*)?\d/;

/**
 * Bodies named in one sentence, by every rule; where finds overlap, the longest stays. `known` are the
 * listed bodies' writings found in the whole text that start in this sentence (a letterhead writes
 * "Council of the" and "European Union" on two lines); without it they are looked for in the sentence.
 */
export function findOrganisationMentions(sentence: Sentence, known?: readonly PhraseMatch[]): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const text = sentence.text;
  const at = (index: number) => sentence.start + index;
  const definitions = findAcronymDefinitions(sentence);
  found.push(...definitions);
  for (const m of known ?? knownBodyMatcher()(text, sentence.start)) {
    const { body, kind } = knownForm(m.phrase)!;
    const after = text.slice(m.end - sentence.start);
    // "COPEN 326", "COSI 231": a preparatory body's acronym with a number is a document code, not a mention.
    if (kind === 'acronym' && /^[ \u00a0]+\d{1,3}\b/.test(after) && body.kind === 'preparatory-body') continue;
    // "Council Decision 2011/427/EU", "Regulation (EU) 2018/1727": the Union's letters in an act's number.
    if (body.kind === 'union' && ((text[m.start - sentence.start - 1] === '(' && IN_ACT_NUMBER.test(after)) || text[m.start - sentence.start - 1] === '/')) continue;
    // "Council Decision 2009/371/JHA", "Commission Implementing Regulation": the institution's word names the act.
    if (kind === 'short' && (ACT_AFTER.test(after) || ACT_AFTER_IN_CAPITALS.test(after))) continue;
    // A name carried over a line break ends, as evidence, where its sentence does; its name is the listed one.
    found.push({ name: m.phrase, start: m.start, end: Math.min(m.end, sentence.end), rule: 'organisation.known', side: body.side, known: body, form: kind });
  }
  const named: OrganisationMention[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    // A single capitalised word names no body by a head word (most runs: "The", "Italy", "Eurojust").
    if (!/[ \u00a0]/.test(m[0])) continue;
    // "European Union Agency for" closing a line is a title cut by a line break, not a name.
    if (/^[ \u00a0]+(?:for|of|and|the|on)[ \u00a0]*$/.test(text.slice(m.index + m[0].length))) continue;
    for (const whole of splitCoordinatedBodies(beforeDefinition(m[0], at(m.index), definitions), m.index)) {
      // "Police from Spain's Guardia Civil": after a preposition, a country as the owner opens the body's name.
      const owner = /[ \u00a0](?:from|by|with|of)[ \u00a0]+(\p{Lu}[\p{L}]*(?:[ \u00a0]\p{Lu}[\p{L}]*)?)[’']s[ \u00a0]+(?=\p{Lu})/u.exec(whole.text);
      const cut = owner && isCountry(owner[1]!) ? owner.index + owner[0].length - owner[1]!.length - 3 : 0;
      const part = cut > 0 ? { text: whole.text.slice(cut), index: whole.index + cut } : whole;
      const noise = LEADING_NOISE.exec(part.text)?.[0].length ?? 0;
      const lead = noise + clauseWordsAt(part.text.slice(noise));
      const raw = part.text.slice(lead);
      // "Director of the Kenyan Directorate …": a person's title in front of the body is not its name.
      const role = LEADING_ROLE.exec(raw)?.[0].length ?? 0;
      const body = bodyPartOf(trimEndOf(raw.slice(role), "’'.,"));
      if (!body) continue;
      let name = trimEndOf(body.name.replace(/[’']s$/, ''), "’'.,");
      const offset = lead + role + body.at;
      // A code after a head word is part of the name ("Operational Taskforce GRIMM"); after a place or
      // complement it names another body ("the Judicial Court of Paris JUNALCO").
      const code = /[ \u00a0]+(\p{Lu}{3,})$/u.exec(name);
      // "the Steering Committee of the EJTN": after "of the" it is the complement, the body the organ belongs to.
      const beforeCode = name.slice(0, code?.index ?? 0).split(/[ \u00a0]+/).at(-1)!;
      if (code && !HEAD_WORD.test(beforeCode) && !/^(?:the|of)$/.test(beforeCode)) {
        name = name.slice(0, code.index);
        const letters = code[1]!;
        if (initialsOf(name.split(/[ \u00a0]+/)) !== letters && !isKnownForm(letters) && !isCountry(letters) && !REGIONS.test(letters) && isBodyName(name)) {
          const codeAt = part.index + offset + code.index + code[0].length - letters.length;
          found.push({ name: letters, start: at(codeAt), end: at(codeAt + letters.length), rule: 'organisation.trailing-acronym' });
        }
      }
      name = trimAfterHead(name);
      // "the European Commission in Brussels": a listed body is not another body where it sits.
      const seat = /^(.+?)[ \u00a0]+in[ \u00a0]+\p{Lu}[\p{L}-]*(?:[ \u00a0]+\p{Lu}[\p{L}-]*)?$/u.exec(name);
      if (seat && isKnownForm(seat[1]!)) continue;
      if (!isBodyName(name)) continue;
      // "the European Union Agency for Law Enforcement Cooperation Europol": a listed body's name and its short name
      // side by side are that body, read by the listed names.
      if (namesListedBodyTwice(name)) continue;
      name += lowercaseComplement(name, text.slice(part.index + offset + name.length));
      // "Central Court of Instruction No. 1", "Investigating Court No 4": a court's number is part of its name.
      if (/[ \u00a0]No$/.test(name)) name += /^\.?[ \u00a0]?\d{1,3}\b/.exec(text.slice(part.index + offset + name.length))?.[0] ?? '';
      named.push({ name, start: at(part.index + offset), end: at(part.index + offset + name.length), rule: 'organisation.head-word', ...(body.owner ? { owner: body.owner } : {}) });
    }
  }
  coordinatedComplements(named, sentence);
  // "the Baltic Sea Justice and Black Sea Police projects": names sharing a plural head are read apart.
  const shared = bodiesSharingHead(sentence);
  found.push(...shared, ...joinSubUnits(shared.length === 0 ? named : named.filter((m) => !shared.some((s) => s.start < m.end && m.start < s.end)), sentence));
  if (text.includes('police') || text.includes('customs') || text.includes('gendarmerie')) found.push(...nationalForces(sentence));
  if (/\p{Lu}{3}/u.test(text)) found.push(...nationalAbbreviations(sentence));
  // Both rules below need a literal word that most sentences lack: includes() is cheaper than a regex scan.
  const mayNameProject = text.includes('project') || text.includes('programme');
  const mayMeet = text.includes('lenary') || text.includes('eeting') || text.includes('embers');
  if (mayNameProject) for (const m of text.matchAll(NAMED_PROJECT)) {
    const name = m[1]!;
    if (isKnownForm(name) || isCountry(name) || REGIONS.test(name) || countryLexicon().byDemonym.has(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ name, start: at(start), end: at(start + name.length), rule: 'organisation.named-project' });
  }
  if (mayMeet) for (const m of text.matchAll(MEETING_OF_ACRONYM)) {
    const name = (m[1] ?? m[2])!;
    if (isKnownForm(name) || isCountry(name) || REGIONS.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ name, start: at(start), end: at(start + name.length), rule: 'organisation.meeting-acronym' });
  }
  // One body per country replaces the plural phrase that names them together.
  const distributed = distributedBodies(sentence);
  const together = (f: OrganisationMention) => distributed.some((d) => f.start <= d.start && d.end <= f.end);
  const longest = keepLongest([...found.filter((f) => !together(f)), ...distributed, ...englishNamesBefore(found, sentence)]);
  // The owner defined inside a longer name is a body of its own too: "… of the International Criminal Court (ICC)".
  const owners = definitions.filter((d) => !longest.includes(d) && OWNED_BY.test(text.slice(0, d.start - sentence.start)) && longest.some((k) => k.start < d.start && k.end > d.start));
  const kept = appositives([...longest, ...owners].sort((a, b) => a.start - b.start), sentence);
  const listed = [...kept, ...listedAcronyms(sentence, kept)];
  return [...listed, ...bodiesIntroducedByList(sentence, listed)].sort((a, b) => a.start - b.start);
}

const OWNED_BY = /[ \u00a0]of(?:[ \u00a0]+the)?[ \u00a0]+$/;

/**
 * A run up to where a definition inside it starts: in "the Croatian Ministry of the Interior and Her
 * Majesty’s Revenue and Customs (HMRC)" the definition tells where the second body begins.
 */
function beforeDefinition(run: string, runStart: number, definitions: readonly OrganisationMention[]): string {
  const inside = definitions.find((d) => d.start > runStart && d.start < runStart + run.length);
  if (!inside) return run;
  // "the Office of the Prosecutor of the International Criminal Court (ICC)": a body defined after "of" owns the
  // one before it, which is named with it.
  if (OWNED_BY.test(run.slice(0, inside.start - runStart))) return run;
  // "the Netherlands Police and Europol’s European Cybercrime Centre (EC3)": the owner of the defined body, right before
  // it, is no part of the body before.
  const before = run.slice(0, inside.start - runStart);
  const owner = /[ \u00a0]+(\p{Lu}[\p{L}\-]*)['’]s[ \u00a0]*$/u.exec(before);
  return (owner && isOwnerName(owner[1]!) ? before.slice(0, owner.index) : before).replace(/(?:[ \u00a0,]+(?:and|the|of|or))*[ \u00a0,]*$/, '');
}

/**
 * "Eurojust, the European Union’s Judicial Cooperation Unit, was established": a body described in
 * apposition right after a listed one is that body, not another. The description does not name it. So is a
 * name in brackets right after a body's ("the Spanish National Police (Policía Nacional)"): its own language's.
 */
/**
 * "the Dutch Royal Marechaussée (Koninklijke Marechaussee)": the capitalised words before a national body's
 * own name in brackets are its English name, though they hold no head word.
 */
const ENGLISH_RUN_BEFORE_BRACKET = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}’'\-]*[ \u00a0]+){1,4}\p{Lu}[\p{L}’'\-]*)[ \u00a0]\($/u;
function englishNamesBefore(found: readonly OrganisationMention[], sentence: Sentence): OrganisationMention[] {
  const extra: OrganisationMention[] = [];
  for (const m of found) {
    if (m.known?.side !== 'national' || sentence.text[m.start - sentence.start - 1] !== '(') continue;
    const before = sentence.text.slice(Math.max(0, m.start - sentence.start - 80), m.start - sentence.start);
    const run = ENGLISH_RUN_BEFORE_BRACKET.exec(before);
    if (!run) continue;
    const name = run[1]!.replace(/^(?:The|the)[ \u00a0]+/, '');
    const start = m.start - 2 - name.length;
    if (found.some((f) => f !== m && f.start < m.start - 2 && start < f.end)) continue;
    extra.push({ name, start, end: start + name.length, rule: 'organisation.head-word' });
  }
  return extra;
}

/**
 * The body a bracket opens right after, when the mention at `i` is one of a list of names inside that
 * bracket ("(Federale Politie, Police Fédérale)", "(OCRIEST/BMR62, Police Aux Frontières)"), or undefined.
 */
function bracketOwner(mentions: readonly OrganisationMention[], i: number, sentence: Sentence): OrganisationMention | undefined {
  const at = mentions[i]!.start - sentence.start;
  const open = sentence.text.lastIndexOf('(', at);
  if (open < 1 || at - open > 60 || sentence.text[open - 1] !== ' ') return undefined;
  const inside = sentence.text.slice(open + 1, at);
  if (/[()]/.test(inside) || (inside !== '' && !/(?:,|\/|;)[ \u00a0]*$/.test(inside))) return undefined;
  const close = sentence.text.indexOf(')', mentions[i]!.end - sentence.start);
  if (close < 0 || /[(]/.test(sentence.text.slice(mentions[i]!.end - sentence.start, close)) || close - at > 60) return undefined;
  return mentions.slice(0, i).findLast((m) => m.end - sentence.start === open - 1);
}

function appositives(mentions: OrganisationMention[], sentence: Sentence): OrganisationMention[] {
  return mentions.map((mention, i) => {
    let previous = mentions[i - 1];
    let inBrackets =
      previous !== undefined && sentence.text.slice(previous.end - sentence.start, mention.start - sentence.start) === ' (' && sentence.text[mention.end - sentence.start] === ')';
    // "the Belgian Federal Police (Federale Politie, Police Fédérale)": every name listed in the brackets after a
    // body is one of its own names.
    if (!inBrackets && mention.form !== 'acronym') {
      const owner = bracketOwner(mentions, i, sentence);
      if (owner) {
        previous = owner;
        inBrackets = true;
      }
    }
    // "the German Federal Criminal Police Office (Bundeskriminalamt)": a national body's own name in brackets
    // after its English name is the same body.
    if (inBrackets && previous && mention.known?.side === 'national' && mention.form !== 'acronym' && !previous.known) return { ...mention, rule: 'organisation.appositive', sameAs: previous.start };
    if (mention.rule !== 'organisation.head-word') return mention;
    if (inBrackets && previous) return { ...mention, rule: 'organisation.appositive', sameAs: previous.start, ...(previous.known ? { known: previous.known, side: previous.known.side } : {}) };
    // The owner of "the European Union’s Judicial Cooperation Unit" is a mention of its own, in between.
    const before = mention.owner && mentions[i - 1]?.name === mention.owner ? mentions[i - 2] : mentions[i - 1];
    if (!before?.known) return mention;
    const gap = sentence.text.slice(before.end - sentence.start, mention.start - sentence.start);
    const after = sentence.text.slice(mention.end - sentence.start);
    const closes = /^[ \u00a0]*(?:,|\)|$)/.test(after);
    // "the European Commission, the International Civil Aviation Organization, the IOM and …": a list goes on after
    // it, so the name is the next item, not another name of the body before it.
    const listGoesOn = /^,?[ \u00a0]+(?:and|or)[ \u00a0]/.test(after) || /^,[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u.test(after);
    if (!/^,[ \u00a0]+the[ \u00a0]+(?:\p{Lu}[\p{L} ]{0,40}[’']s[ \u00a0]+)?$/u.test(gap) || !closes || listGoesOn) return mention;
    return { ...mention, rule: 'organisation.appositive', known: before.known, side: before.known.side };
  });
}

/**
 * Later bare uses of acronyms the document defined ("… Mechanism – Syria (IIIM)" … "with Ameripol,
 * IIIM and UNITAD"), for every sentence, where no other find covers them; and other writings of a body
 * the document names in full (see sameBodyAs).
 */
export function findDefinedAcronyms(sentences: readonly Sentence[], found: readonly OrganisationMention[][]): OrganisationMention[][] {
  const unified = sameBodyAs(found);
  const defined = new Map<string, OrganisationMention>();
  for (const mention of unified.flat()) if (mention.acronym && mention.rule === 'organisation.acronym-definition') defined.set(mention.writtenAcronym ?? mention.acronym, mention);
  if (defined.size === 0) return unified;
  const matcher = createPhraseMatcher(defined.keys());
  // The matcher finds only whole writings of these few acronyms, so a sentence that contains none of
  // them as a substring has no find: a cheap includes() skips splitting most sentences into words.
  const acronyms = [...defined.keys()];
  const mayName = (text: string) => acronyms.some((acronym) => text.includes(acronym));
  const byAcronymOnly = new Set<OrganisationRule>(['organisation.meeting-acronym', 'organisation.listed-acronym', 'organisation.trailing-acronym']);
  return sentences.map((sentence, i) => {
    // "the first plenary meeting of EJOEN": a bare acronym the document defined is that defined body.
    const own = (unified[i] ?? []).map((m) => (byAcronymOnly.has(m.rule) && defined.has(m.name) ? { ...defined.get(m.name)!, start: m.start, end: m.end } : m));
    const extra = (mayName(sentence.text) ? matcher(sentence.text, sentence.start) : [])
      .filter((m) => !overlapsAny(own, m))
      .map((m) => ({ ...defined.get(m.phrase)!, start: m.start, end: m.end }));
    return [...own, ...extra].sort((a, b) => a.start - b.start);
  });
}

/** s without the characters of `chars` at its end; a regex /[…]+$/ would retry from every one of them. */
function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** Overlapping finds keep the longest: "Justice and Home Affairs Council" is not also "Council". */
function keepLongest(mentions: OrganisationMention[]): OrganisationMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept in start order, so each find is checked against its neighbour only, not against every kept one.
  const kept: OrganisationMention[] = [];
  for (const mention of sorted) {
    if (overlapsAny(kept, mention)) continue;
    kept.splice(firstStartingAtOrAfter(kept, mention.end), 0, mention);
  }
  return kept;
}

/** Whether a span overlaps one of `sorted`, finds in start order that do not overlap each other. */
function overlapsAny(sorted: readonly OrganisationMention[], span: { start: number; end: number }): boolean {
  const at = firstStartingAtOrAfter(sorted, span.end);
  return at > 0 && sorted[at - 1]!.end > span.start;
}

function firstStartingAtOrAfter(sorted: readonly OrganisationMention[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Heads of a group whose official name goes on in lower case: "Working Party on judicial cooperation in criminal matters". */
const GROUP_HEAD = /(?:Group|Committee|Working Party|Network|Task Force|Taskforce|Platform)$/;
const AUTHORITY_HEAD = /(?:Office|Directorate|Bureau|Unit|Service|Department|Agency|Division|Centre|Center)$/;
const COMPLEMENT_FUNCTION_WORD = /^(?:and|of|in|on|with|for|against)$/;
/** Words that end the complement: a verb or a relative word starts the clause's predicate. */
const ENDS_COMPLEMENT = /^(?:the|a|an|its|their|his|her|this|these|those|several|first|second|last|all|some|many|each|every|other|is|are|was|were|has|have|had|will|shall|would|should|can|could|may|held|met|meets|made|took|gave|kept|began|led|which|that|who|whose|where|when|while|as|to|by|at|from|also)$|ed$/;

/**
 * The lower-case complement a group's name goes on with: " on cooperation with non-EU countries" after
 * "… Expert Group". At most eight words of nouns, adjectives and joining words, ending on a noun; a verb,
 * a capitalised word or punctuation ends it.
 */
function lowercaseComplement(name: string, after: string): string {
  // "the Central Office against corruption and tax fraud", "the Directorate for combating organised crime": an
  // authority named by what it fights.
  const fights = AUTHORITY_HEAD.test(name) ? /^[ \u00a0]+(?:against|for[ \u00a0]+(?:combating|fighting|countering))(?=[ \u00a0])/u.exec(after) : null;
  if (!GROUP_HEAD.test(name) && !fights) return '';
  // "in" opens a name's complement only as "in criminal matters"; elsewhere it places or dates.
  const m = fights ?? /^[ \u00a0]+(?:on|for|against|in(?=[ \u00a0]+\p{Ll}+[ \u00a0]+matters\b))(?=[ \u00a0])/u.exec(after);
  if (!m) return '';
  const words = [...after.slice(m[0].length).matchAll(/[ \u00a0]+([^ \u00a0]+)/g)];
  let end = 0;
  let taken = 0;
  for (const w of words.slice(0, 8)) {
    const word = w[1]!;
    const bare = word.replace(/[.,;:)]+$/, '');
    if (!/^(?:non-)?[\p{Ll}][\p{Ll}\-]*$|^non-\p{Lu}+$/u.test(bare) || ENDS_COMPLEMENT.test(bare)) break;
    taken++;
    if (!COMPLEMENT_FUNCTION_WORD.test(bare)) end = w.index! + w[0].length - (word.length - bare.length);
    if (bare !== word) break;
  }
  return taken > 0 && end > 0 ? after.slice(0, m[0].length + end) : '';
}

/** Capitalised words with no head word among them: one item of a name's coordinated complement. */
const COMPLEMENT_ITEM = `\\p{Lu}[\\p{L}’'-]*(?:${SPACE}+\\p{Lu}[\\p{L}’'-]*){0,3}`;
const COORDINATED_COMPLEMENT = new RegExp(`^,${SPACE}+${COMPLEMENT_ITEM}(?:,${SPACE}+${COMPLEMENT_ITEM}){0,4},?${SPACE}+and${SPACE}+${COMPLEMENT_ITEM}(?=${SPACE}+and${SPACE}|[,.;:)]|${SPACE}+\\p{Ll}|$)`, 'u');

/**
 * "the National Office for Serious Fraud, Environmental Crime and Asset Confiscation and the Fiscal
 * Information and Investigation Service": a body named by what it deals with may list those things, with
 * commas, inside its name; a name run cut at the first comma is extended over the list, and the run after
 * it starts where the list ends.
 */
function coordinatedComplements(named: OrganisationMention[], sentence: Sentence): void {
  for (const m of named) {
    if (!/[ \u00a0](?:for|of|against)[ \u00a0]+\p{Lu}[^,]*$/u.test(m.name)) continue;
    const list = COORDINATED_COMPLEMENT.exec(sentence.text.slice(m.end - sentence.start));
    if (!list) continue;
    const items = list[0].replace(/^,/, '').split(/,|[ \u00a0]and[ \u00a0]/).map((item) => item.trim());
    if (items.some((item) => item.split(/[ \u00a0]+/).some((word) => HEAD_WORD.test(word)) || isCountry(item) || isKnownForm(item))) continue;
    const end = m.end + list[0].length;
    for (const [i, other] of named.entries()) {
      if (other === m || other.start >= end || other.end <= m.end) continue;
      // The run after the list keeps what follows the list: "… and the Fiscal Information and Investigation Service".
      const rest = sentence.text.slice(end - sentence.start, other.end - sentence.start);
      const lead = /^(?:[ \u00a0,]+|and[ \u00a0]+|the[ \u00a0]+)*/u.exec(rest)![0].length;
      const name = rest.slice(lead);
      named[i] = name.length > 0 && isBodyName(name) ? { ...other, name, start: end + lead } : { ...other, name: '', start: other.end };
    }
    Object.assign(m, { name: m.name + list[0], end });
  }
  for (let i = named.length - 1; i >= 0; i--) if (named[i]!.name === '') named.splice(i, 1);
}

/** A listed body's full name followed by another of its writings, with no brackets between. */
function namesListedBodyTwice(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  for (let n = 1; n <= 2 && n < words.length; n++) {
    const tail = knownForm(words.slice(-n).join(' '));
    const head = knownForm(words.slice(0, -n).join(' '));
    if (tail && head && tail.body === head.body) return true;
  }
  return false;
}

/**
 * "the Dutch police", "Finnish customs": a country's force named by its demonym and a lower-case word for
 * the force is that country's body; "French police officers" are people, not the body.
 */
// "the Belgian federal police", "the Greek coast guard", "the Italian financial police": a lower-case kind before the force.
const NATIONAL_FORCE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:[ \u00a0-]\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:(?:federal|national|financial|judicial|border|state|criminal|military|tax|coast)[ \u00a0]+)?(?:police|customs|gendarmerie|guard)(?![\p{L}-])(?![ \u00a0]+(?:officers?|officials?|forces?|stations?|sources?|spokes(?:wo)?man|spokesperson|chiefs?|investigators?|agents?|units?|dogs?|cars?|custody)\b)/gu;

function nationalForces(sentence: Sentence): OrganisationMention[] {
  return [...sentence.text.matchAll(NATIONAL_FORCE)].flatMap((m) => {
    // "the South Korean police", or "The Polish police" at a sentence's start: the demonym is the whole run or its last word.
    const words = m[1]!.split(/[ \u00a0]/);
    const skip = countryLexicon().byDemonym.has(m[1]!) ? 0 : words.length > 1 && countryLexicon().byDemonym.has(words.at(-1)!) ? m[1]!.length - words.at(-1)!.length : -1;
    if (skip < 0) return [];
    const start = sentence.start + m.index + skip;
    const force = m[0].slice(m[1]!.length).trim();
    const found: OrganisationMention[] = [{ name: m[0].slice(skip), start, end: start + m[0].length - skip, rule: 'organisation.national-force' }];
    // "the Dutch, Serbian, and Belgian police": every demonym listed before shares the force.
    let before = sentence.text.slice(0, m.index + skip);
    for (let item = LISTED_DEMONYM.exec(before); item && countryLexicon().byDemonym.has(item[1]!); item = LISTED_DEMONYM.exec(before)) {
      const at = sentence.start + item.index;
      found.push({ name: `${item[1]} ${force}`, start: at, end: at + item[1]!.length, rule: 'organisation.national-force' });
      before = before.slice(0, item.index);
    }
    return found;
  });
}

/**
 * "the Bulgarian SANS", "the Moldovan PCCOCS", "the US DEA": an abbreviation in capitals right after a country's
 * adjective or name is that country's body, unless it names a kind of thing (NOT_BODY_ABBREVIATIONS), a currency or a
 * listed body or country of its own.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}-])\p{Lu}{3,8}(?![\p{L}\p{N}-])/gu;
const COUNTRY_WORD_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+|\p{Lu}{2})[ \u00a0]+$/u;
const NOT_BODY = new Set(NOT_BODY_ABBREVIATIONS);
function nationalAbbreviations(sentence: Sentence): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  // Read from the abbreviations, which are few, back to the word before each: a scan for the pair would try every capital.
  for (const m of sentence.text.matchAll(ABBREVIATION)) {
    const abbreviation = m[0];
    const before = COUNTRY_WORD_BEFORE.exec(sentence.text.slice(Math.max(0, m.index - 32), m.index));
    if (!before || NOT_BODY.has(abbreviation)) continue;
    const country = before[1]!;
    if (!countryLexicon().byDemonym.has(country) && !isCountry(country)) continue;
    if (isCurrencyCode(abbreviation) || isKnownForm(abbreviation) || isCountry(abbreviation) || REGIONS.test(abbreviation)) continue;
    found.push({ name: abbreviation, start: sentence.start + m.index, end: sentence.start + m.index + abbreviation.length, rule: 'organisation.national-abbreviation' });
  }
  return found;
}

const LISTED_DEMONYM = /(?<![\p{L}-])(\p{Lu}\p{Ll}+)(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)$/u;
