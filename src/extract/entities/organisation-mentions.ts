import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { createPhraseMatcher } from '../../nlp/phrase-matcher.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { findAcronymDefinitions } from './acronym-definitions.ts';
import { isBodyName, trimAfterHead } from './body-names.ts';
import { joinSubUnits, listedAcronyms, splitCoordinatedBodies } from './coordinated-bodies.ts';
import { sameBodyAs } from './organisation-writings.ts';
import { HEAD_WORD, initialsOf, isCountry, knownByForm, knownMatcher, LEADING_NOISE, LEADING_ROLE, NAME_WORD, REGIONS, RUN, SPACE } from './organisation-words.ts';

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

const NAME_RUN = new RegExp(RUN, 'gu');
/** "the Sirius project", "the **EuroMed Justice (EMJ)** project": a name the text calls a project or programme. */
const NAMED_PROJECT = new RegExp(`\\bthe${SPACE}+(?:\\*\\*)?(${NAME_WORD}(?:${SPACE}+${NAME_WORD}){0,3})(?:\\*\\*)?${SPACE}+(?:project|programme)\\b`, 'gu');
/** "the second Plenary of the EJC", "the IXIM meeting": only a body holds plenaries and meetings. */
const MEETING_OF_ACRONYM = /\b(?:[Pp]lenary|[Mm]eeting|[Mm]embers)\s+of\s+(?:the\s+)?(\p{Lu}{3,6})(?![\p{L}\p{N}\-])|\b(\p{Lu}{3,6})(?![\p{L}\p{N}\-])\s+(?:meeting|plenary)s?\b/gu;

/** Bodies named in one sentence, by every rule; where finds overlap, the longest stays. */
export function findOrganisationMentions(sentence: Sentence): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const text = sentence.text;
  const at = (index: number) => sentence.start + index;
  found.push(...findAcronymDefinitions(sentence));
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
      let name = trimEndOf(raw.slice(role).replace(/[’']s$/, ''), "’'.,");
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
