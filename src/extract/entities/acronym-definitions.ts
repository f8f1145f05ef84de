import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { knownForm } from '../../nlp/lexicon/organisations.lexicon.ts';
import { isCommonEnglishWord } from '../../nlp/lexicon/english-words.lexicon.ts';
import { isKnownPlace } from '../../nlp/lexicon/places.lexicon.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { hasBodyHead } from './body-names.ts';
import type { OrganisationMention } from './organisation-mentions.ts';
import { ABOUT_A_BODY_PREFIX, ACR_RUN, ACRONYM, CONNECTOR_WORD, HEAD, HEAD_WORD, initialsOf, isCountry, isDash, isKnownForm, LEADING_NOISE, REGIONS, SPACE } from './organisation-words.ts';

/**
 * "European Judicial Organised Crime Network (EJOCN)", "Law Enforcement Working Party (Customs) (LEWP-C)":
 * a run, then the acronym right after it. Runs are found once each, left to right, and the acronym is
 * looked for where a run ends: one regex for both would retry the whole run from each of its words.
 */
const LONG_FORM_RUN = new RegExp(ACR_RUN, 'gu');
const ACRONYM_AFTER_RUN = new RegExp(`(${SPACE}*\\(\\p{Lu}\\p{Ll}+\\))?${SPACE}*\\((${ACRONYM})\\)`, 'uy');
/** "European Police Office (Europol)": a short name with one capital, taken only when it abbreviates the run. */
const SHORT_NAME_AFTER_RUN = new RegExp(`${SPACE}*\\((\\p{Lu}\\p{Ll}[\\p{Ll}\\p{N}]{1,13})\\)`, 'uy');
/** "Civil Liberties, Justice and Home Affairs (LIBE) Committee": the head word after the acronym ends the name. */
const HEAD_AFTER_ACRONYM = new RegExp(`^${SPACE}+((?:\\p{Lu}[\\p{L}\\-]*${SPACE}+){0,1}\\p{Lu}[\\p{L}\\-]*)`, 'u');
/** "JUNALCO (National Jurisdiction against Organised Crime)", "BL2C – PJPP (Cybercrime unit Préfecture de Police)": inside the parenthesis lower-case words may belong to the name. */
// Written "\p{Lu}\p{Lu}[…]*", not "\p{Lu}{2,}[…]*": the two would share capitals and backtrack over a long capital word.
const ACRONYM_THEN_LONG = new RegExp(`\\b(\\p{Lu}\\p{Lu}[\\p{Lu}\\p{N}\\-]*(?:${SPACE}+[–—]${SPACE}+\\p{Lu}\\p{Lu}[\\p{Lu}\\p{N}\\-]*)?)${SPACE}+\\((?:the${SPACE}+)?(\\p{Lu}[^()]{2,90}?)\\)`, 'gu');
/** "Europol (the European Union Agency for Law Enforcement Cooperation)": a one-capital short name before its long form. */
const SHORT_NAME_THEN_LONG = /\b(\p{Lu}\p{Ll}[\p{Ll}\p{N}]{1,13})[ \u00a0]+\((?:the[ \u00a0]+)?(\p{Lu}[^()]{2,90}?)\)/gu;

/**
 * Where the last item of a list starts in a run: after a comma, after "and the", or after "and" when
 * what precedes it is a known body or a country ("Eurojust, Europol and the European Anti-Fraud Office").
 */
function lastListItem(run: string, from: number, commas = true): number {
  let start = from;
  for (const m of run.slice(from).matchAll(/,[ \u00a0]+|[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?/g)) {
    const at = from + m.index;
    const left = run.slice(start, at).replace(LEADING_NOISE, '');
    if ((commas && m[0].startsWith(',')) || /the[ \u00a0]+$/.test(m[0]) || isKnownForm(left) || isCountry(left)) start = at + m[0].length;
  }
  return start;
}

/**
 * Where the long form of `short` starts in `long`, by Schwartz and Hearst's rule (2003): every letter of
 * the short form appears in the long form in order, read from the end, and the first one starts a word
 * ("Europol" in "European Police Office", "NABU" in "National Anti-Corruption Bureau of Ukraine"); -1 if not.
 */
export function abbreviationStart(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let j = l.length - 1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (j >= 0 && (l[j] !== c || (i === 0 && j > 0 && /[\p{L}\p{N}]/u.test(l[j - 1]!)))) j--;
    if (j < 0) return -1;
    j--;
  }
  return j + 1;
}

/** A demonym or country right before a long form belongs to it: "Dutch Fiscal Information … Service (FIOD)". */
function withCountryBefore(run: string, at: number): number {
  const before = /(\p{Lu}[\p{L}\-]*)[ \u00a0]+$/u.exec(run.slice(0, at));
  if (!before) return at;
  const { byDemonym, byName } = countryLexicon();
  return byDemonym.has(before[1]!) || byName.has(before[1]!) ? before.index : at;
}

/**
 * The part of a run the acronym names: the shortest tail whose initials spell it ("… Mechanism – Syria"
 * counts the initials before the dash), grown back to the head word when the letters spell only its
 * complement ("Judicial Cooperation Network for Central Asia and Southern Caucasus (CASC)"); else the
 * tail the letters abbreviate (abbreviationStart); else the last list item of the run.
 */
function longFormFor(run: string, acronym: string, commas = true): { name: string; at: number } {
  // "Investigators from the Slovak National Crime Agency (NAKA)": a body's name holds no "from", "by" or "with"; what
  // comes before one is who acted, not the name.
  // "… Team to Promote Accountability for Crimes Committed by Da'esh/ISIL (UNITAD)": unless what comes before has a head word.
  const actorsBefore = /^.*[ \u00a0](?:from|by|with)[ \u00a0]+(?:the[ \u00a0]+)?(?=\p{Lu})/u.exec(run)?.[0] ?? '';
  const actors = HEAD.test(actorsBefore) ? 0 : actorsBefore.length;
  const noise = actors + (LEADING_NOISE.exec(run.slice(actors))?.[0].length ?? 0);
  const lead = noise + (ABOUT_A_BODY_PREFIX.exec(run.slice(noise))?.[0].length ?? 0);
  const words = [...run.matchAll(/[^ \u00a0]+/g)].filter((w) => w.index >= lead);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const item = lastListItem(run, lead, commas);
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
    const at = withCountryBefore(run, first.index);
    return { name: run.slice(at), at };
  }
  const abbreviated = abbreviationStart(acronym, run.slice(item));
  if (abbreviated >= 0 && acronym.length >= 3) {
    // "Anti-Corruption Directorate of Romania (DNA)": the letters only loosely abbreviate (a national-language
    // acronym); capitalised words before where they start are the same name's.
    const before = run.slice(item, item + abbreviated);
    // "Italy's Customs and Monopolies Agency (ADM)": a country's possessive opens the capitalised words; it owns the body.
    const owner = /^\p{Lu}[\p{L}\-]*[’']s[ \u00a0]+/u.exec(before);
    const ownerLength = owner && isCountry(owner[0].replace(/[’']s[ \u00a0]+$/, '')) ? owner[0].length : 0;
    const grown = /^(?:\p{Lu}[\p{L}\-]*[ \u00a0]+)+$/u.test(before.slice(ownerLength)) && !/\band\b/.test(before) ? ownerLength : abbreviated;
    const at = withCountryBefore(run, item + grown);
    if (hasBodyHead(run.slice(at))) return { name: run.slice(at), at };
  }
  return { name: run.slice(item), at: item };
}

/** An owner a possessive names inside a run: a listed body or a country ("Europol’s", "Italy’s"), not "Her Majesty’s". */
export const isOwnerName = (word: string): boolean => isKnownForm(word) || isCountry(word);

interface Definition {
  readonly index: number;
  readonly run: string;
  readonly qualifier?: string;
  readonly acronym: string;
  readonly end: number;
  /** The short name has one capital ("Europol"): it must abbreviate the run or be a listed body's. */
  readonly shortName?: boolean;
}

/** Each run that "(ACRONYM)" follows, with the optional qualifier between them; resumes after the acronym. */
function* longFormsThenAcronyms(text: string): Generator<Definition> {
  LONG_FORM_RUN.lastIndex = 0;
  for (let run = LONG_FORM_RUN.exec(text); run; run = LONG_FORM_RUN.exec(text)) {
    const runEnd = run.index + run[0].length;
    // Only a bracket right after the run can hold its acronym: most runs are looked at no further.
    if (!/^[ \u00a0]*\(/.test(text.slice(runEnd, runEnd + 8))) continue;
    ACRONYM_AFTER_RUN.lastIndex = runEnd;
    const tail = ACRONYM_AFTER_RUN.exec(text);
    if (tail) {
      const end = tail.index + tail[0].length;
      yield { index: run.index, run: run[0], ...(tail[1] ? { qualifier: tail[1] } : {}), acronym: tail[2]!, end };
      LONG_FORM_RUN.lastIndex = end;
      continue;
    }
    SHORT_NAME_AFTER_RUN.lastIndex = runEnd;
    const short = SHORT_NAME_AFTER_RUN.exec(text);
    if (short) {
      const end = short.index + short[0].length;
      yield { index: run.index, run: run[0], acronym: short[1]!, end, shortName: true };
      LONG_FORM_RUN.lastIndex = end;
    }
  }
}

/** Bodies the text defines with their acronym, either way round: "Long Form (ACR)", "ACR (Long Form)". */
export function findAcronymDefinitions(sentence: Sentence): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const text = sentence.text;
  if (!text.includes('(')) return found;
  const at = (index: number) => sentence.start + index;
  for (const m of longFormsThenAcronyms(text)) {
    const acronym = m.acronym;
    // "Civil Liberties, Justice and Home Affairs (LIBE) Committee": the name goes on after the acronym.
    let { name: long, at: offset } = longFormFor(m.run, acronym);
    const headAfter = m.shortName || hasBodyHead(long) ? null : HEAD_AFTER_ACRONYM.exec(text.slice(m.end));
    const continues = headAfter && HEAD_WORD.test(headAfter[1]!.split(/[ \u00a0]+/).at(-1)!) ? headAfter : null;
    // Commas inside a name the head word closes are the name's own, not a list's.
    if (continues) ({ name: long, at: offset } = longFormFor(m.run, acronym, false));
    // "the Agency (Frontex)": a bare head word refers back to a body; it does not name it.
    if (!/[ \u00a0]/.test(long) || (m.shortName && !isKnownForm(acronym) && abbreviationStart(acronym, long) < 0)) continue;
    const name = continues ? `${long} ${continues[1]}` : long + (m.qualifier ?? '');
    const end = continues ? m.end + continues[0].length : m.end;
    // "the EuroMed Justice (EMJ) project": the text says what it is when the name has no head word.
    const calledProject = /^(?:\*\*)?[ \u00a0]+(?:project|programme)\b/.test(text.slice(m.end));
    if (REGIONS.test(long) || isCountry(long) || !(hasBodyHead(name) || (calledProject && long.includes(' ')))) continue;
    // "EU Anti-Money Laundering Authority (AMLA)": a listed body's longer name that the run ends with is its name here.
    const listed = !continues && !m.qualifier ? longestListedTail(m.run, offset, acronym) : undefined;
    let start = m.index + (listed?.at ?? offset);
    let named = listed?.name ?? name;
    // "Europol’s European Cybercrime Centre (EC3)": the owner is not part of the name.
    // "the Netherlands Police and Europol’s European Cybercrime Centre (EC3)": the last owner in the run, after which
    // the name starts; what comes before it is another body or none.
    const owners = [...named.matchAll(/(?:^|(?<=[ \u00a0]))\p{Lu}[\p{L}\-]*['’]s?[ \u00a0]+(?=\p{Lu})/gu)].filter((o) => o.index === 0 || (/['’]s[ \u00a0]+$/u.test(o[0]) && isOwnerName(o[0].replace(/['’]s[ \u00a0]+$/u, ''))));
    const lastOwner = owners.at(-1);
    const cut = lastOwner ? lastOwner.index + lastOwner[0].length : 0;
    if (lastOwner && hasBodyHead(named.slice(cut)) && /[ \u00a0]/.test(named.slice(cut))) {
      start += cut;
      named = named.slice(cut);
    }
    found.push({ ...definition(named, acronym, at(start), at(end)), ...(lastOwner && start > m.index + (listed?.at ?? offset) ? { owner: lastOwner[0].replace(/['’]s?[ \u00a0]+$/u, '') } : {}) });
  }
  for (const pattern of [ACRONYM_THEN_LONG, SHORT_NAME_THEN_LONG]) {
    for (const m of text.matchAll(pattern)) {
      let name = m[2]!.replace(LEADING_NOISE, '').trim();
      const acronym = m[1]!;
      // "GICO (Organised Crime Investigation Unit – Anti-Drug Section)": the body, then its section.
      const dash = name.search(/[ \u00a0][–—][ \u00a0]/);
      if (!hasBodyHead(name) && dash > 0 && hasBodyHead(name.slice(0, dash))) name = name.slice(0, dash);
      // "EU (EMPACT)": an acronym in brackets after another names a body of it, it does not spell it out.
      if (!/[ \u00a0]/.test(name) || (!hasBodyHead(name) && !knownForm(name))) continue;
      if (pattern === SHORT_NAME_THEN_LONG && !isKnownForm(acronym) && abbreviationStart(acronym, name) < 0) continue;
      // "… in Antwerp (Federale Politie Antwerpen)", "Civil Guard (Guardia Civil)": a place or an English word
      // before a name in brackets is no short name of it.
      if (pattern === SHORT_NAME_THEN_LONG && !isKnownForm(acronym) && (isKnownPlace(acronym) || isCountry(acronym) || isCommonEnglishWord(acronym.toLowerCase()))) continue;
      found.push(definition(name, acronym, at(m.index), at(m.index + m[0].length)));
    }
  }
  return found;
}

/** The longest tail of `run`, starting before `offset`, that is a listed name of the body `acronym` names. */
function longestListedTail(run: string, offset: number, acronym: string): { name: string; at: number } | undefined {
  const body = knownForm(acronym)?.body;
  if (!body) return undefined;
  for (const word of run.slice(0, offset).matchAll(/(?:^|[ \u00a0])(?=\S)/g)) {
    const at = word.index + word[0].length;
    if (knownForm(run.slice(at))?.body === body) return { name: run.slice(at), at };
  }
  return undefined;
}

/**
 * A definition of a listed body keeps the body's identity; when the text misspells the acronym of a body
 * whose full name it writes ("European Judicial Cybercrime Network (EJCM)"), the body's own acronym stands.
 */
function definition(name: string, acronym: string, start: number, end: number): OrganisationMention {
  const byName = knownForm(name);
  const byAcronym = knownForm(acronym);
  const body = byName?.body ?? byAcronym?.body;
  if (byName && byName.body.acronyms.length > 0 && !byName.body.acronyms.includes(acronym) && !byAcronym) {
    return { name, acronym: byName.body.acronyms[0]!, writtenAcronym: acronym, start, end, rule: 'organisation.acronym-definition', known: byName.body, form: 'name', side: byName.body.side };
  }
  return { name, acronym, start, end, rule: 'organisation.acronym-definition', ...(body ? { known: body, form: 'name' as const, side: body.side } : {}) };
}
