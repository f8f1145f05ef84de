import type { Sentence } from '../../nlp/sentences.ts';
import { hasBodyHead } from './body-names.ts';
import type { OrganisationMention } from './organisation-mentions.ts';
import { ABOUT_A_BODY_PREFIX, ACR_RUN, ACRONYM, CONNECTOR_WORD, HEAD, initialsOf, isCountry, isDash, knownByForm, LEADING_NOISE, REGIONS, SPACE } from './organisation-words.ts';

/**
 * "European Judicial Organised Crime Network (EJOCN)", "Law Enforcement Working Party (Customs) (LEWP-C)":
 * a run, then the acronym right after it. Runs are found once each, left to right, and the acronym is
 * looked for where a run ends: one regex for both would retry the whole run from each of its words.
 */
const LONG_FORM_RUN = new RegExp(ACR_RUN, 'gu');
const ACRONYM_AFTER_RUN = new RegExp(`(${SPACE}*\\(\\p{Lu}\\p{Ll}+\\))?${SPACE}*\\((${ACRONYM})\\)`, 'uy');
/** "JUNALCO (National Jurisdiction against Organised Crime)", "BL2C – PJPP (Cybercrime unit Préfecture de Police)": inside the parenthesis lower-case words may belong to the name. */
// Written "\p{Lu}\p{Lu}[…]*", not "\p{Lu}{2,}[…]*": the two would share capitals and backtrack over a long capital word.
const ACRONYM_THEN_LONG = new RegExp(`\\b(\\p{Lu}\\p{Lu}[\\p{Lu}\\p{N}\\-]*(?:${SPACE}+[–—]${SPACE}+\\p{Lu}\\p{Lu}[\\p{Lu}\\p{N}\\-]*)?)${SPACE}+\\((\\p{Lu}[^()]{2,90}?)\\)`, 'gu');

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

/** Each run that "(ACRONYM)" follows, with the optional qualifier between them; resumes after the acronym. */
function* longFormsThenAcronyms(text: string): Generator<{ index: number; run: string; qualifier?: string; acronym: string; end: number }> {
  LONG_FORM_RUN.lastIndex = 0;
  for (let run = LONG_FORM_RUN.exec(text); run; run = LONG_FORM_RUN.exec(text)) {
    ACRONYM_AFTER_RUN.lastIndex = run.index + run[0].length;
    const tail = ACRONYM_AFTER_RUN.exec(text);
    if (!tail) continue;
    const end = tail.index + tail[0].length;
    yield { index: run.index, run: run[0], ...(tail[1] ? { qualifier: tail[1] } : {}), acronym: tail[2]!, end };
    LONG_FORM_RUN.lastIndex = end;
  }
}

/** Bodies the text defines with their acronym, either way round: "Long Form (ACR)", "ACR (Long Form)". */
export function findAcronymDefinitions(sentence: Sentence): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const text = sentence.text;
  const at = (index: number) => sentence.start + index;
  for (const m of longFormsThenAcronyms(text)) {
    const acronym = m.acronym;
    const { name: long, at: offset } = longFormFor(m.run, acronym);
    const name = long + (m.qualifier ?? '');
    // "the EuroMed Justice (EMJ) project": the text says what it is when the name has no head word.
    const calledProject = /^(?:\*\*)?[ \u00a0]+(?:project|programme)\b/.test(text.slice(m.end));
    if (REGIONS.test(long) || isCountry(long) || !(hasBodyHead(long) || (calledProject && long.includes(' ')))) continue;
    const body = knownByForm.get(name);
    const start = m.index + offset;
    // A known body keeps its own name and acronym when the text misspells the acronym ("… Network (EJOEN)").
    if (body && body.acronym && body.acronym !== acronym) {
      found.push({ name: body.name, acronym: body.acronym, writtenAcronym: acronym, start: at(start), end: at(m.end), rule: 'organisation.acronym-definition', ...(body.side ? { side: body.side } : {}) });
      continue;
    }
    found.push({ name, acronym, start: at(start), end: at(m.end), rule: 'organisation.acronym-definition' });
  }
  for (const m of text.matchAll(ACRONYM_THEN_LONG)) {
    const name = m[2]!.replace(LEADING_NOISE, '').trim();
    if (!hasBodyHead(name)) continue;
    found.push({ name, acronym: m[1]!, start: at(m.index), end: at(m.index + m[0].length), rule: 'organisation.acronym-definition' });
  }
  return found;
}
