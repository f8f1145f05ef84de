import { KNOWN_ORGANISATIONS, ORGANISATION_HEAD_WORDS } from '../../nlp/lexicon/organisations.data.ts';
import { createPhraseMatcher, type PhraseMatcher } from '../../nlp/phrase-matcher.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { ROLE_TITLES } from '../../nlp/lexicon/person-roles.data.ts';

export interface OrganisationMention {
  readonly name: string;
  readonly acronym?: string;
  readonly start: number;
  readonly end: number;
  readonly rule: OrganisationRule;
  readonly side?: 'eu' | 'international';
  /** The acronym as the text wrote it, when a known body's own differs ("… Network (EJOEN)" of the EJOCN). */
  readonly writtenAcronym?: string;
}

/** Stable ids of the rules that find organisations; every fact records the one that made it. */
export type OrganisationRule =
  | 'organisation.known'
  | 'organisation.acronym-definition'
  | 'organisation.head-word'
  | 'organisation.named-project'
  | 'organisation.trailing-acronym'
  | 'organisation.meeting-acronym'
  | 'organisation.listed-acronym';

const SPACE = '[ \\u00a0]';
const CONNECTOR = "(?:of|for|against|and|the|on|in|de|du|des|del|della|at|to|from|&)";
const CONNECTOR_WORD = /^(?:of|for|against|and|the|on|in|de|du|des|del|della|at|to|from|by|&)$/;
const MONTH_NAMES = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A hyphen belongs to a word only between letters or digits: "Anti-Mafia", not "West Flanders- Federal Police". */
const NAME_WORD = `(?!${MONTH_NAMES}\\b)(?:\\p{Lu}(?:[\\p{L}\\p{N}’'.]|[-‐](?=[\\p{L}\\p{N}]))*)`;
const RUN = `${NAME_WORD}(?:${SPACE}+(?:${CONNECTOR}${SPACE}+)*${NAME_WORD})*`;
/**
 * A long form in front of "(ACRONYM)" is bounded by the parenthesis, so it may hold what a free-running
 * name may not: commas and dashes ("International, Impartial and Independent Mechanism – Syria (IIIM)"),
 * "by" and slashes ("… Crimes Committed by Da'esh/ISIL (UNITAD)"). Which part is the name is decided by
 * the acronym's letters, else by list boundaries (longFormFor).
 */
const ACR_WORD = `(?!${MONTH_NAMES}\\b)(?:\\p{Lu}(?:[\\p{L}\\p{N}’'.]|[-‐/](?=[\\p{L}\\p{N}]))*)`;
const ACR_RUN = `${ACR_WORD}(?:(?:${SPACE}+(?:(?:${CONNECTOR}|by)${SPACE}+)*|,${SPACE}+|${SPACE}+[–—]${SPACE}+)${ACR_WORD})*`;
/** Two capitals at least ("(Customs)" is a qualifier, not an acronym); a second part or a version may follow ("EL PAcCTO 2.0", "CT JUST"). */
const ACRONYM = `\\p{Lu}(?=[\\p{L}\\p{N}&\\-]*\\p{Lu})[\\p{L}\\p{N}&\\-]{1,14}(?:${SPACE}(?:\\p{Lu}[\\p{L}\\p{N}&\\-]{1,14}|\\d+(?:\\.\\d+)?)){0,2}`;
/** "European Judicial Organised Crime Network (EJOCN)", "Law Enforcement Working Party (Customs) (LEWP-C)". */
const LONG_THEN_ACRONYM = new RegExp(`(${ACR_RUN})(${SPACE}*\\(\\p{Lu}\\p{Ll}+\\))?${SPACE}*\\((${ACRONYM})\\)`, 'gu');
/** "JUNALCO (National Jurisdiction against Organised Crime)", "BL2C – PJPP (Cybercrime unit Préfecture de Police)": inside the parenthesis lower-case words may belong to the name. */
const ACRONYM_THEN_LONG = new RegExp(`\\b(\\p{Lu}{2,}[\\p{Lu}\\p{N}\\-]*(?:${SPACE}+[–—]${SPACE}+\\p{Lu}{2,}[\\p{Lu}\\p{N}\\-]*)?)${SPACE}+\\((\\p{Lu}[^()]{2,90}?)\\)`, 'gu');
const NAME_RUN = new RegExp(RUN, 'gu');
const HEAD = new RegExp(`\\b(?:${ORGANISATION_HEAD_WORDS.join('|')}|Embassy)\\b`, 'u');
/** One word of a name is a head when it ends a head ("Party" of "Working Party", "Force" of "Task Force"). */
const HEAD_WORD = new RegExp(`^(?:${[...new Set([...ORGANISATION_HEAD_WORDS, 'Embassy'].map((head) => head.split(' ').at(-1)!))].join('|')})(?:[’']s)?[,;:]?$`, 'u');
/** Heads of a part of a body: "Israeli Police – National Cybercrime Unit" is one name, the unit of that police. */
const SUB_UNIT_HEAD = /^(?:Unit|Squad|Company|Department|Division|Section|Branch|Desk|Team)$/;
/** Words after a head word that make the phrase a document, event, tool or group of people, not a body. */
const NOT_A_BODY_AFTER_HEAD = /^(?:Conclusions?|Decisions?|Regulations?|Reports?|Strateg(?:y|ies)|Plans?|Meetings?|Summits?|Conferences?|Declarations?|Agreements?|Arrangements?|Members?|States|Presidenc(?:y|ies)|Roadmap|Communication|Action|Package|Threat|Assessment|Cycle|Dialogue|Mandates?|Priorities|Framework|Directive|Code|Application|Systems?|Database|Opinion|Session|Plenary)$/;
/** A head followed by these words has its complement after it: "Group on Precursors", "Coalition to Address …". */
const COMPLEMENT = /^(?:of|for|against|on|at|in|to)$/;
/** Nouns of documents, events and people that, in front of "of the Body", make the phrase about the body, not the body. */
const ABOUT_A_BODY = /^(?:Conclusions?|Decisions?|Regulations?|Directives?|Resolutions?|Opinions?|Reports?|Declarations?|Presidenc(?:y|ies)|Members?|Meetings?|Plenary|Sessions?|Strateg(?:y|ies)|Work|Rules|Minutes)$/;
/** "Members of the …", "Plenary of the …" in front of a name defined by an acronym. */
const ABOUT_A_BODY_PREFIX = new RegExp(`^(?:\\p{Lu}\\S*${SPACE}+)?(?:${ABOUT_A_BODY.source.slice(1, -1)})${SPACE}+of${SPACE}+(?:the${SPACE}+)?`, 'u');
const LEADING_NOISE = /^(?:(?:The|the|of|A|An|In|On|At|By|For|From|With|During|Following|Since|Through|Under|As|And|Both|Its|Their|This|These|Thanks to|Supported by|Under the|Various|Several|Other|Relevant|Competent|All|Many|Some|Each|Every)\s+)+/;
const LEADING_ROLE = new RegExp(`^(?:${ROLE_TITLES.join('|')})[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?`);
const REGION_ADJECTIVE = /^(?:Latin|South|North|Central) (?:American|African|Asian)$/;
const REGIONS = /^(?:EU|European Union|Europe|Latin America|Western Balkans?|Middle East|North Africa|South America)$/;
/** "the Sirius project", "the **EuroMed Justice (EMJ)** project": a name the text calls a project or programme. */
const NAMED_PROJECT = new RegExp(`\\bthe${SPACE}+(?:\\*\\*)?(${NAME_WORD}(?:${SPACE}+${NAME_WORD}){0,3})(?:\\*\\*)?${SPACE}+(?:project|programme)\\b`, 'gu');
/** "the second Plenary of the EJC", "the IXIM meeting": only a body holds plenaries and meetings. */
const MEETING_OF_ACRONYM = /\b(?:[Pp]lenary|[Mm]eeting|[Mm]embers)\s+of\s+(?:the\s+)?(\p{Lu}{3,6})(?![\p{L}\p{N}\-])|\b(\p{Lu}{3,6})(?![\p{L}\p{N}\-])\s+(?:meeting|plenary)s?\b/gu;
const BARE_ACRONYM = /(?<![\p{L}\p{N}\-])\p{Lu}{3,6}(?![\p{L}\p{N}\-])/gu;

let known: PhraseMatcher | undefined;
const knownByForm = new Map<string, (typeof KNOWN_ORGANISATIONS)[number]>();

function knownMatcher(): PhraseMatcher {
  if (known) return known;
  for (const body of KNOWN_ORGANISATIONS) for (const form of [body.name, body.acronym, ...(body.aliases ?? [])]) if (form) knownByForm.set(form, body);
  return (known = createPhraseMatcher(knownByForm.keys()));
}

const isDash = (word: string) => /^[–—-]$/.test(word);
const initialsOf = (words: readonly string[]) =>
  words
    .filter((w) => !CONNECTOR_WORD.test(w) && !isDash(w))
    .flatMap((w) => w.split(/[-‐/]/))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '')
    .join('')
    .toUpperCase();
const isCountry = (name: string) => countryLexicon().byName.has(name);

/**
 * Where the last item of a list starts in a run: after a comma, after "and the", or after "and" when
 * what precedes it is a known body or a country ("Eurojust, Europol and the European Anti-Fraud Office").
 */
function lastListItem(run: string, from: number): number {
  let start = from;
  for (const m of run.slice(from).matchAll(/,[ \u00a0]+|[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?/g)) {
    const at = from + m.index;
    const left = run.slice(start, at).replace(LEADING_NOISE, '');
    if (m[0].startsWith(',') || /the[ \u00a0]+$/.test(m[0]) || knownByForm.has(left) || isCountry(left)) start = at + m[0].length;
  }
  return start;
}

/**
 * The part of a run the acronym names: the shortest tail whose initials spell it ("… Mechanism – Syria"
 * counts the initials before the dash), grown back to the head word when the letters spell only its
 * complement ("Judicial Cooperation Network for Central Asia and Southern Caucasus (CASC)"); else the
 * last list item of the run.
 */
function longFormFor(run: string, acronym: string): { name: string; at: number } {
  const noise = LEADING_NOISE.exec(run)?.[0].length ?? 0;
  const lead = noise + (ABOUT_A_BODY_PREFIX.exec(run.slice(noise))?.[0].length ?? 0);
  const words = [...run.matchAll(/[^ \u00a0]+/g)].filter((w) => w.index >= lead);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const item = lastListItem(run, lead);
  for (let k = 1; k <= words.length; k++) {
    const first = words[words.length - k]!;
    if (CONNECTOR_WORD.test(first[0]) || isDash(first[0])) continue;
    const tail = words.slice(words.length - k).map((w) => w[0]);
    const initials = initialsOf(tail);
    const dashAt = tail.findIndex(isDash);
    const spelt =
      initials === letters ||
      (initials.length >= 3 && letters.startsWith(initials) && letters.length - initials.length <= 1) ||
      (dashAt > 0 && initialsOf(tail.slice(0, dashAt)) === letters);
    if (!spelt) continue;
    if (!HEAD.test(run.slice(first.index)) && item < first.index && HEAD.test(run.slice(item, first.index))) return { name: run.slice(item), at: item };
    return { name: run.slice(first.index), at: first.index };
  }
  return { name: run.slice(item), at: item };
}

/** A head word ends the name or is followed by its complement, a place or an identifier, not by a document word. */
function hasBodyHead(name: string): boolean {
  const words = name.split(/[ \u00a0]+/).map((w) => w.replace(/[,;:]$/, ''));
  const headAt = words.findLastIndex((w) => HEAD_WORD.test(w));
  if (headAt < 0) return false;
  // "the Agency’s National Desks": a possessive head owns what follows; it is not the name.
  if (headAt < words.length - 1 && /[’']s$/.test(words[headAt]!)) return false;
  const after = words.slice(headAt + 1);
  if (after.length === 0) return true;
  if (after[0] === 'to' && isCountry(after.slice(1).join(' '))) return false;
  if (COMPLEMENT.test(after[0]!)) return true;
  return after.length <= 2 && !after.some((w) => NOT_A_BODY_AFTER_HEAD.test(w) || CONNECTOR_WORD.test(w));
}

function isBodyName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  if (words.length < 2 || REGIONS.test(name) || isCountry(name)) return false;
  // "the Latin American Agency": a region's adjective and a bare head refer back to a body named elsewhere.
  if (words.length === 3 && REGION_ADJECTIVE.test(words.slice(0, 2).join(' ')) && HEAD_WORD.test(words[2]!)) return false;
  // "Conclusions of the Council", "Presidencies of the Mechanism": about a body, not a body.
  const ofAt = words.indexOf('of');
  if (ofAt > 0 && words.slice(0, ofAt).some((w) => ABOUT_A_BODY.test(w))) return false;
  // "Team Europe": a head with only a region or country after it is an initiative's label, not a body.
  if (HEAD_WORD.test(words[0]!) && !HEAD.test(words.slice(1).join(' ')) && (REGIONS.test(words.slice(1).join(' ')) || isCountry(words.slice(1).join(' ')))) return false;
  return hasBodyHead(name);
}

/**
 * Trims what follows a body's name but is not part of it: "French Desk at Eurojust" (the host is a body of
 * its own) and a name repeated in the national language after the English one ("Freilassing Federal Police
 * Inspectorate Bundespolizeiinspektion Freilassing").
 */
function trimAfterHead(name: string): string {
  const words = name.split(/[ \u00a0]+/);
  const headAt = words.findLastIndex((w) => HEAD_WORD.test(w));
  if (headAt < 0) return name;
  const after = words.slice(headAt + 1);
  const cut = () => name.slice(0, name.lastIndexOf(words[headAt]!) + words[headAt]!.length);
  if (after[0] === 'at' && knownByForm.has(after.slice(1).join(' ').replace(/^the /, ''))) return cut();
  if (after.length === 2 && !CONNECTOR_WORD.test(after[0]!) && words.slice(0, headAt).includes(after[1]!)) return cut();
  return name;
}

export function findOrganisationMentions(sentence: Sentence): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const text = sentence.text;
  const at = (index: number) => sentence.start + index;
  for (const m of text.matchAll(LONG_THEN_ACRONYM)) {
    const acronym = m[3]!;
    const { name: long, at: offset } = longFormFor(m[1]!, acronym);
    const name = long + (m[2] ?? '');
    // "the EuroMed Justice (EMJ) project": the text says what it is when the name has no head word.
    const calledProject = /^(?:\*\*)?[ \u00a0]+(?:project|programme)\b/.test(text.slice(m.index + m[0].length));
    if (REGIONS.test(long) || isCountry(long) || !(hasBodyHead(long) || (calledProject && long.includes(' ')))) continue;
    const body = knownByForm.get(name);
    const start = m.index + offset;
    // A known body keeps its own name and acronym when the text misspells the acronym ("… Network (EJOEN)").
    if (body && body.acronym && body.acronym !== acronym) {
      found.push({ name: body.name, acronym: body.acronym, writtenAcronym: acronym, start: at(start), end: at(m.index + m[0].length), rule: 'organisation.acronym-definition', ...(body.side ? { side: body.side } : {}) });
      continue;
    }
    found.push({ name, acronym, start: at(start), end: at(m.index + m[0].length), rule: 'organisation.acronym-definition' });
  }
  for (const m of text.matchAll(ACRONYM_THEN_LONG)) {
    const name = m[2]!.replace(LEADING_NOISE, '').trim();
    if (!hasBodyHead(name)) continue;
    found.push({ name, acronym: m[1]!, start: at(m.index), end: at(m.index + m[0].length), rule: 'organisation.acronym-definition' });
  }
  for (const m of knownMatcher()(text, sentence.start)) {
    const body = knownByForm.get(m.phrase)!;
    // "COPEN 326", "COSI 231": a preparatory body's acronym with a number is a document code, not a mention.
    if (m.phrase === body.acronym && /^[ \u00a0]+\d{1,3}\b/.test(text.slice(m.end - sentence.start))) continue;
    found.push({ name: body.name, ...(body.acronym ? { acronym: body.acronym } : {}), start: m.start, end: m.end, rule: 'organisation.known', ...(body.side ? { side: body.side } : {}) });
  }
  const named: OrganisationMention[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    // "European Union Agency for" closing a line is a title cut by a line break, not a name.
    if (/^[ \u00a0]+(?:for|of|and|the|on)[ \u00a0]*$/.test(text.slice(m.index + m[0].length))) continue;
    for (const part of splitCoordinatedBodies(m[0], m.index)) {
      const lead = LEADING_NOISE.exec(part.text)?.[0].length ?? 0;
      const raw = part.text.slice(lead);
      // "Director of the Kenyan Directorate …": a person's title in front of the body is not its name.
      const role = LEADING_ROLE.exec(raw)?.[0].length ?? 0;
      let name = raw.slice(role).replace(/[’']s$/, '').replace(/[’'.,]+$/, '');
      // A code after a head word is part of the name ("Operational Taskforce GRIMM"); after a place or
      // complement it names another body ("the Judicial Court of Paris JUNALCO").
      const code = /[ \u00a0]+(\p{Lu}{3,})$/u.exec(name);
      if (code && !HEAD_WORD.test(name.slice(0, code.index).split(/[ \u00a0]+/).at(-1)!)) {
        name = name.slice(0, code.index);
        const letters = code[1]!;
        if (initialsOf(name.split(/[ \u00a0]+/)) !== letters && !knownByForm.has(letters) && !isCountry(letters) && !REGIONS.test(letters) && isBodyName(name)) {
          const codeAt = part.index + part.text.lastIndexOf(letters);
          found.push({ name: letters, start: at(codeAt), end: at(codeAt + letters.length), rule: 'organisation.trailing-acronym' });
        }
      }
      name = trimAfterHead(name);
      const offset = lead + role;
      if (!isBodyName(name)) continue;
      named.push({ name, start: at(part.index + offset), end: at(part.index + offset + name.length), rule: 'organisation.head-word' });
    }
  }
  found.push(...joinSubUnits(named, sentence));
  for (const m of text.matchAll(NAMED_PROJECT)) {
    const name = m[1]!;
    if (knownByForm.has(name) || isCountry(name) || REGIONS.test(name) || countryLexicon().byDemonym.has(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ name, start: at(start), end: at(start + name.length), rule: 'organisation.named-project' });
  }
  for (const m of text.matchAll(MEETING_OF_ACRONYM)) {
    const name = (m[1] ?? m[2])!;
    if (knownByForm.has(name) || isCountry(name) || REGIONS.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ name, start: at(start), end: at(start + name.length), rule: 'organisation.meeting-acronym' });
  }
  const kept = keepLongest(found);
  return [...kept, ...listedAcronyms(sentence, kept)].sort((a, b) => a.start - b.start);
}

/**
 * "the Commission, Eurojust and the EJP": a bare acronym coordinated with a body found in the same list
 * is a body too. Country codes, regions and the acronyms of known bodies are left to their own rules.
 */
function listedAcronyms(sentence: Sentence, found: readonly OrganisationMention[]): OrganisationMention[] {
  const extra: OrganisationMention[] = [];
  for (const m of sentence.text.matchAll(BARE_ACRONYM)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (knownByForm.has(m[0]) || isCountry(m[0]) || REGIONS.test(m[0]) || countryLexicon().byCode.has(m[0])) continue;
    if (found.some((f) => start < f.end && f.start < end)) continue;
    const before = sentence.text.slice(0, m.index);
    const after = sentence.text.slice(m.index + m[0].length);
    const joinedBefore = /(?:,|[ \u00a0]and)[ \u00a0]+(?:the[ \u00a0]+)?$/.exec(before);
    const joinedAfter = /^(?:,|[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?/.exec(after);
    const bodyEndsAt = joinedBefore ? sentence.start + joinedBefore.index : -1;
    const bodyStartsAt = joinedAfter ? end + joinedAfter[0].length : -1;
    if (found.some((f) => f.end === bodyEndsAt || f.start === bodyStartsAt)) extra.push({ name: m[0], start, end, rule: 'organisation.listed-acronym' });
  }
  return extra;
}

/**
 * "State Police – Counter crime Squad of Arezzo", "Public Prosecutor’s Office at the Itzehoe Regional Court,
 * Department for Combating Cybercrime", "Israeli Police – National Cybercrime Unit, LAHAV 433": a unit
 * named after its body, behind a dash or comma, is one name with it.
 */
function joinSubUnits(named: readonly OrganisationMention[], sentence: Sentence): OrganisationMention[] {
  const out: OrganisationMention[] = [];
  for (let i = 0; i < named.length; i++) {
    let current = named[i]!;
    const next = named[i + 1];
    if (next) {
      const gap = sentence.text.slice(current.end - sentence.start, next.start - sentence.start);
      const unitHead = next.name.split(/[ \u00a0]+/).find((w) => HEAD_WORD.test(w));
      if (/^(?:,[ \u00a0]+|[ \u00a0]+[–—][ \u00a0]+)(?:\p{Lu}\p{Ll}+[ \u00a0]+\p{Ll}+[ \u00a0]+)?$/u.test(gap) && unitHead && SUB_UNIT_HEAD.test(unitHead)) {
        current = { ...current, name: sentence.text.slice(current.start - sentence.start, next.end - sentence.start), end: next.end };
        i++;
      }
    }
    // "…, LAHAV 433": a unit's designation in capitals and digits after a comma.
    const designation = /^,[ \u00a0]+\p{Lu}{3,}[ \u00a0]+\d+\b/u.exec(sentence.text.slice(current.end - sentence.start));
    const lastHead = current.name.split(/[ \u00a0]+/).findLast((w) => HEAD_WORD.test(w));
    if (designation && lastHead && SUB_UNIT_HEAD.test(lastHead)) current = { ...current, name: current.name + designation[0], end: current.end + designation[0].length };
    out.push(current);
  }
  return out;
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
  const byAcronymOnly = new Set<OrganisationRule>(['organisation.meeting-acronym', 'organisation.listed-acronym', 'organisation.trailing-acronym']);
  return sentences.map((sentence, i) => {
    // "the first plenary meeting of EJOEN": a bare acronym the document defined is that defined body.
    const own = (unified[i] ?? []).map((m) => (byAcronymOnly.has(m.rule) && defined.has(m.name) ? { ...defined.get(m.name)!, start: m.start, end: m.end } : m));
    const extra = matcher(sentence.text, sentence.start)
      .filter((m) => !own.some((o) => m.start < o.end && o.start < m.end))
      .map((m) => ({ ...defined.get(m.phrase)!, start: m.start, end: m.end }));
    return [...own, ...extra].sort((a, b) => a.start - b.start);
  });
}

/** Words of a name for comparing writings: connectors, possessives and plural endings do not count. */
const comparable = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !CONNECTOR_WORD.test(w))
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));

const startsWithWords = (long: readonly string[], short: readonly string[]) => short.every((w, i) => long[i] === w);
const endsWithWords = (long: readonly string[], short: readonly string[]) => short.every((w, i) => long[long.length - short.length + i] === w);

/**
 * One body written several ways in one document is one entity: "Western Balkans Criminal Justice Project"
 * and "Western Balkan Criminal Justice Project (WBCJ)", "Public Prosecutor’s Office Bari" and "… Office of
 * Bari", and a name that starts or ends a single longer name found elsewhere ("the Operational Taskforce"
 * of the "Operational Taskforce GRIMM", "Joint Follow-up Group on Precursors" of the "EU-China Joint
 * Follow-up Group on Precursors"), or extends an acronym's long form by a complement ("… Prosecutor’s Office
 * (SPAK) of Tirana"). Not when the extra words hold a head word of their own ("EuroMed Justice Project
 * Expert Group" is a group of the project) or a country ("Prosecutor General’s Office of Monaco" is not
 * Ukraine's), nor when a shortened name fits several longer ones.
 */
function sameBodyAs(found: readonly OrganisationMention[][]): OrganisationMention[][] {
  const firstOf = new Map<string, OrganisationMention>();
  for (const mention of found.flat()) {
    if (mention.rule === 'organisation.known') continue;
    const key = comparable(mention.name).join(' ');
    const seen = firstOf.get(key);
    if (!seen || (!seen.acronym && mention.acronym)) firstOf.set(key, mention);
  }
  const forms = [...firstOf.entries()].map(([key, mention]) => ({ words: key.split(' '), mention }));
  const hasHead = (extra: readonly string[]) => extra.some((w) => HEAD_WORD.test(w.charAt(0).toUpperCase() + w.slice(1)));
  const hasCountry = (extra: readonly string[]) => extra.some((w) => countryWords().has(w)) || countryWords().has(extra.join(' '));
  return found.map((list) =>
    list.map((mention) => {
      if (mention.rule !== 'organisation.head-word' && mention.rule !== 'organisation.named-project') return mention;
      const words = comparable(mention.name);
      const same = firstOf.get(words.join(' '));
      if (same && same !== mention) return { ...mention, name: same.name, ...(same.acronym ? { acronym: same.acronym } : {}) };
      if (words.length < 2) return mention;
      const fits = forms.filter(({ words: other, mention: candidate }) => {
        if (other.length > words.length) {
          if (startsWithWords(other, words)) return !hasHead(other.slice(words.length)) && !hasCountry(other.slice(words.length));
          if (endsWithWords(other, words)) return !hasHead(other.slice(0, other.length - words.length));
          return false;
        }
        // A longer writing of a defined acronym's long form: "… Prosecutor’s Office (SPAK)" … "… Prosecutor’s Office of Tirana".
        return other.length < words.length && other.length >= 2 && !!candidate.acronym && candidate.rule === 'organisation.acronym-definition' && startsWithWords(words, other) && !hasHead(words.slice(other.length)) && !hasCountry(words.slice(other.length));
      });
      const targets = new Set(fits.map((f) => f.mention.acronym ?? f.mention.name));
      if (targets.size !== 1) return mention;
      const target = fits[0]!.mention;
      if (target.name.length < mention.name.length) return { ...mention, acronym: target.acronym! };
      return target.acronym ? { ...mention, name: target.name, acronym: target.acronym } : { ...mention, name: target.name };
    }),
  );
}

let countryWordSet: Set<string> | undefined;
/** Country names in the lower case of comparable(), to tell a body of one country from another's. */
const countryWords = () => (countryWordSet ??= new Set([...countryLexicon().byName.keys()].map((name) => comparable(name).join(' '))));

/**
 * "the Public Prosecutor's Office of Bari and the Special … Prosecutor's Office of Tirana and the
 * Albanian Police" is three bodies: a run splits at "and the" when a side names a body, and at a plain
 * "and" when both sides stand alone ("Europol and Italian Police", "Croatian Police and Eurojust").
 * A plain "and" inside one name stays: "Justice and Home Affairs Council", "Judicial Focus Group on
 * Money Laundering and Asset Recovery". "Directive … of the European Parliament and of the Council" splits.
 */
function splitCoordinatedBodies(run: string, index: number): { text: string; index: number }[] {
  const parts: { text: string; index: number }[] = [];
  let from = 0;
  const standsAlone = (text: string) => {
    const bare = text.replace(LEADING_NOISE, '');
    return knownByForm.has(bare) || isCountry(bare);
  };
  for (const m of run.matchAll(/[ \u00a0]+and(?:[ \u00a0]+of)?(?:[ \u00a0]+the)?[ \u00a0]+/g)) {
    if (m.index < from) continue;
    const left = run.slice(from, m.index);
    const rightStart = m.index + m[0].length;
    const nextAnd = run.slice(rightStart).search(/[ \u00a0]+and[ \u00a0]+/);
    const right = run.slice(rightStart, nextAnd < 0 ? run.length : rightStart + nextAnd);
    if (!/^\p{Lu}/u.test(right)) continue;
    const leftIsBody = (HEAD.test(left) && left.split(' ').length >= 2) || standsAlone(left);
    // The right side begins a body when its words before any connector hold a head word ("Organised Crime Prosecutor’s Office of …"), not when they continue a complement ("Corruption of …").
    const rightHead = right.split(new RegExp(`[ \\u00a0]+${CONNECTOR}[ \\u00a0]+`))[0]!;
    const rightIsBody = (HEAD.test(rightHead) && right.split(' ').length >= 2) || standsAlone(right);
    const strong = /(?:the|of)[ \u00a0]+$/.test(m[0]);
    const split = strong ? leftIsBody || rightIsBody || /of[ \u00a0]+the[ \u00a0]+$/.test(m[0]) : (leftIsBody || standsAlone(left)) && rightIsBody;
    if (split) {
      parts.push({ text: left, index: index + from });
      from = rightStart;
    }
  }
  parts.push({ text: run.slice(from), index: index + from });
  return parts;
}

/** Overlapping finds keep the longest: "Justice and Home Affairs Council" is not also "Council". */
function keepLongest(mentions: OrganisationMention[]): OrganisationMention[] {
  const sorted = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: OrganisationMention[] = [];
  for (const mention of sorted) {
    if (!kept.some((k) => mention.start < k.end && k.start < mention.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
