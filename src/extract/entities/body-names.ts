import { MONTH_NAMES, WEEKDAY_NAMES } from '../../nlp/lexicon/months.data.ts';
import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { isKnownPlace } from '../../nlp/lexicon/places.lexicon.ts';
import { givenNameKind } from '../../nlp/lexicon/person-names.lexicon.ts';
import { knownForm } from '../../nlp/lexicon/organisations.lexicon.ts';
import { isCommonEnglishWord } from '../../nlp/lexicon/english-words.lexicon.ts';
import {
  ABOUT_A_BODY, COMPLEMENT, CONNECTOR_WORD, HEAD, HEAD_WORD, isCountry, isKnownForm, MODIFIED_HEAD, NATIONAL_HEAD, NOT_A_BODY_AFTER_HEAD, PREPOSITION_WORD, REGION_ADJECTIVE, REGIONS, ROLE_WORD,
} from './organisation-words.ts';

// Whether a capitalised phrase names a body, and which part of it is the name.

/** A head word ends the name or is followed by its complement, a place or an identifier, not by a document word. */
export function hasBodyHead(name: string): boolean {
  const words = name.split(/[ \u00a0]+/).map((w) => w.replace(/[,;:]$/, ''));
  const headAt = words.findLastIndex((w) => HEAD_WORD.test(w));
  if (headAt < 0) return false;
  // "Headquarters of Europol": a head that needs a word before it names a place when it comes first.
  if (headAt === 0 && MODIFIED_HEAD.test(words[0]!.replace(/[’']s$/, ''))) return false;
  // "the Agency’s National Desks": a possessive head owns what follows; it is not the name.
  if (headAt < words.length - 1 && /[’']s$/.test(words[headAt]!)) return false;
  const after = words.slice(headAt + 1);
  if (after.length === 0) return true;
  // "EU Delegation to Kenya", "Permanent Mission of Norway to the EU": a diplomatic body is accredited "to" someone.
  if (after[0] === 'to' && /^(?:Delegation|Mission|Embassy)$/.test(words[headAt]!)) return true;
  if (after[0] === 'to' && isCountry(after.slice(1).join(' '))) return false;
  if (COMPLEMENT.test(after[0]!)) return true;
  // "General Directorate Combating Organised Crime": a gerund followed by its object opens the complement;
  // "European Police Office Having regard …": one closing the run starts a clause, not a name.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(after[0]!) && after.length >= 2 && /^\p{Lu}/u.test(after[1]!) && !after.some((w) => NOT_A_BODY_AFTER_HEAD.test(w))) return true;
  if (after.some((w) => /\p{Ll}(?:ing|ed)$/u.test(w) && !isKnownPlace(w))) return false;
  // "Policia Federal of Brazil", "Guardia Civil de …": adjectives after a head written first, then its complement.
  const complementAt = after.findIndex((w) => COMPLEMENT.test(w));
  if (NATIONAL_HEAD.test(words[headAt]!) && complementAt > 0 && complementAt <= 2 && after.slice(0, complementAt).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_A_BODY_AFTER_HEAD.test(w))) return true;
  return after.length <= 2 && !after.some((w) => NOT_A_BODY_AFTER_HEAD.test(w) || CONNECTOR_WORD.test(w));
}

export function isBodyName(name: string): boolean {
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
export function trimAfterHead(name: string): string {
  const words = name.split(/[ \u00a0]+/);
  const headAt = words.findLastIndex((w) => HEAD_WORD.test(w));
  if (headAt < 0) return name;
  const after = words.slice(headAt + 1);
  const cut = () => name.slice(0, name.lastIndexOf(words[headAt]!) + words[headAt]!.length);
  if (after[0] === 'at' && isKnownForm(after.slice(1).join(' ').replace(/^the /, ''))) return cut();
  // "the support of the Agency to the Member States": what a body gives to the Member States is no part of its name.
  if (after[0] === 'to' && /^(?:the )?Member States$/.test(after.slice(1).join(' '))) return cut();
  if (after.length === 2 && !CONNECTOR_WORD.test(after[0]!) && words.slice(0, headAt).includes(after[1]!)) return cut();
  // "Executive Secretary of the Pompidou Group Denis Huber": a person named after the body, by a given name and a surname.
  if (after.length >= 2 && after.length <= 3 && givenNameKind(after[0]!) !== undefined && after.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return cut();
  return name;
}

interface Word {
  readonly text: string;
  readonly at: number;
}

/** The part of a capitalised run that names a body, with its offset in the run, and who owns it by a possessive. */
export interface BodyPart {
  readonly at: number;
  readonly name: string;
  /** "Egypt’s Ministry of Interior", "Europol’s Management Board": the country or listed body before the possessive. */
  readonly owner?: string;
}

const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
const bare = (word: string) => word.replace(/[’']s$/, '').replace(/[,;:]$/, '');

/**
 * Which part of a capitalised run names the body, by the grammar of English names: the head of "X of Y"
 * is X, so the name starts at the first stretch between prepositions that holds a head word ("Officers
 * of the Directorate for the Investigation of …" → "Directorate for …"; "Inviolability of Headquarters" →
 * none). A complement that is a listed body other than the Union names the owner, not the name ("LIBE
 * Committee of the European Parliament" → "LIBE Committee"; "Publications Office of the European Union"
 * stays whole); so does a possessive ("Europol’s Management Board" → "Management Board"). A title of
 * office after the head ("Civil Liberties Committee Chair") and "in the Western Balkans" are cut.
 */
export function bodyPartOf(run: string): BodyPart | null {
  const words: Word[] = [...run.matchAll(/[^ \u00a0]+/g)].map((m) => ({ text: m[0], at: m.index }));
  let start = firstHeadedStretch(words);
  if (start < 0) return null;
  let owner: string | undefined;
  // A possessive before the head: "Egypt’s Ministry of Interior", "Europol’s Management Board".
  const headAt = words.findIndex((w, i) => i >= start && HEAD_WORD.test(w.text));
  const lastHeadAt = words.findLastIndex((w) => HEAD_WORD.test(w.text));
  for (let i = headAt - 1; i >= start; i--) {
    if (!/[’']s$/.test(words[i]!.text)) continue;
    const before = words.slice(start, i + 1).map((w) => w.text).join(' ').replace(/[’']s$/, '');
    if (isCountry(before) || isKnownForm(before)) {
      owner = before;
      start = i + 1;
    }
    break;
  }
  let end = words.length;
  let inComplement = false;
  for (let i = headAt + 1; i < end; i++) {
    const word = words[i]!.text;
    // A title right after the name, not one inside its complement ("Office of the Prosecutor General").
    if (!inComplement && i > lastHeadAt && ROLE_WORD.test(bare(word))) {
      end = i;
      break;
    }
    // "EU Delegation to BiH and EU Special Representative in BiH": after "and", a title of office starts a person's role.
    if (word === 'and') {
      const next = words.slice(i + 1, end).map((w) => bare(w.text));
      const stop = next.findIndex((w) => PREPOSITION_WORD.test(w));
      if (next.slice(0, stop < 0 ? next.length : stop).some((w) => ROLE_WORD.test(w))) {
        end = i;
        break;
      }
    }
    // "approved by Parliament on Wednesday", "the Council in March": a day or a month after a preposition dates.
    if (PREPOSITION_WORD.test(word) && DATE_WORDS.has(bare(words[i + 1]?.text ?? ''))) {
      end = i;
      break;
    }
    if (PREPOSITION_WORD.test(word)) inComplement = true;
    if (/^(?:of|at)$/.test(word)) {
      const rest = words.slice(i + 1, end).map((w) => w.text).join(' ').replace(/^the /, '');
      const body = knownForm(bare(rest));
      // "the Management Board of Europol", "the Office of the Prosecutor of the ICC": an organ named only by common
      // words is known by the body it belongs to, and keeps it; "LIBE Committee" has a name of its own.
      const generic = word === 'of' && words.slice(start, i).every((w) => isCommonEnglishWord(bare(w.text)) || /^(?:of|the)$/.test(w.text));
      if (body && body.body.kind !== 'union' && !generic) {
        end = i;
        break;
      }
    }
    // "… in the Western Balkans", "Bavarian State Criminal Police Office in Germany": a region or a country after
    // "in" places the body; a town may be its name's ("Public Prosecutor's Office in Frankfurt am Main").
    const placedIn = word === 'in' ? words.slice(i + 1, end).map((w) => w.text).join(' ').replace(/^the /, '') : '';
    if (word === 'in' && (REGIONS.test(placedIn) || isCountry(bare(placedIn)))) {
      end = i;
      break;
    }
  }
  if (end <= start) return null;
  const at = words[start]!.at;
  const last = words[end - 1]!;
  const name = run.slice(at, last.at + last.text.length);
  return { at, name, ...(owner ? { owner } : {}) };
}

/** Words before "of" that make what follows part of a proper name: "Commonwealth of Independent States Border … Council". */
const POLITY_WORD = /^(?:Commonwealth|Republic|Kingdom|Principality|Grand Duchy|Federation|Union|League|Community|States?|Emirates?|Province|Region|City|County|Canton)$/;

/**
 * Index of the first word of the name in a run: the first stretch between prepositions that holds a
 * usable head word, or -1. Within it, the name starts after "and the" ("Director and the Government")
 * and, in a stretch that continues a complement without "the", after "and" ("… Dialogue on Drugs and
 * Joint Follow-up Group"). A stretch joined by "of" to a polity word keeps it ("Commonwealth of …").
 */
function firstHeadedStretch(words: readonly Word[]): number {
  let stretch = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && !PREPOSITION_WORD.test(words[i]!.text)) continue;
    let from = stretch;
    const afterPreposition = from > 0;
    const withArticle = from < i && /^(?:the|The)$/.test(words[from]!.text);
    while (from < i && /^(?:the|The)$/.test(words[from]!.text)) from++;
    const headAt = headIn(words, from, i);
    if (headAt >= 0) {
      for (let k = headAt - 1; k > from; k--) {
        if (words[k]!.text !== 'and') continue;
        const cut = words[k + 1]?.text === 'the' || (afterPreposition && !withArticle);
        if (cut && headIn(words, from, k) < 0) from = k + (words[k + 1]?.text === 'the' ? 2 : 1);
        break;
      }
      // "Commonwealth of Independent States …", "Republic of Korea National Police": a polity's name before the head.
      let start = from;
      let joined = stretch;
      while (joined >= 2 && start <= joined + 1 && words[joined - 1]!.text === 'of' && POLITY_WORD.test(words[joined - 2]!.text)) {
        start = stretchStart(words, joined - 2);
        joined = start;
      }
      return start;
    }
    stretch = i + 1;
  }
  return -1;
}

/** The first usable head word in words[from..to), or -1. */
function headIn(words: readonly Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (!HEAD_WORD.test(words[k]!.text)) continue;
    // "Headquarters of Europol", "the Headquarters": a place, unless a word qualifies it ("Police Headquarters").
    if (k === from && MODIFIED_HEAD.test(bare(words[k]!.text))) continue;
    return k;
  }
  return -1;
}

/** The first word of the stretch (between prepositions) that holds word `at`. */
function stretchStart(words: readonly Word[], at: number): number {
  let k = at;
  while (k > 0 && !PREPOSITION_WORD.test(words[k - 1]!.text)) k--;
  return k;
}

/** The country a body belongs to by its first words: "Spanish Guardia Civil", "Cyprus Police", "Egypt’s …". */
export function countryBefore(name: string) {
  const { byName, byDemonym } = countryLexicon();
  const words = name.split(/[ \u00a0]+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/[’']s$/, '');
    const country = byDemonym.get(phrase) ?? byName.get(phrase);
    if (country) return { country, words: n };
  }
  return undefined;
}
