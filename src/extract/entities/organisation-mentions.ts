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
  readonly rule: 'organisation.known' | 'organisation.acronym-definition' | 'organisation.head-word';
  readonly side?: 'eu' | 'international';
}

const CONNECTOR = "(?:of|for|against|and|the|on|in|de|du|des|del|della|at|to|&)";
const MONTH_NAMES = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NAME_WORD = `(?!${MONTH_NAMES}\\b)(?:\\p{Lu}[\\p{L}\\p{N}’'.\\-]*)`;
const RUN = `${NAME_WORD}(?:[ \\u00a0]+(?:${CONNECTOR}[ \\u00a0]+)*${NAME_WORD})*`;
/** "European Judicial Organised Crime Network (EJOCN)" and "JUNALCO (National Jurisdiction against Organised Crime)". */
const LONG_THEN_ACRONYM = new RegExp(`(${RUN})[ \\u00a0]*\\((\\p{Lu}[\\p{L}\\p{N}&\\-]{1,14})\\)`, 'gu');
const ACRONYM_THEN_LONG = new RegExp(`\\b(\\p{Lu}{2,}[\\p{Lu}\\p{N}\\-]*)[ \\u00a0]+\\((${RUN})\\)`, 'gu');
const NAME_RUN = new RegExp(RUN, 'gu');
const HEAD = new RegExp(`\\b(?:${ORGANISATION_HEAD_WORDS.join('|')}|Embassy)\\b`, 'u');
/** Words after a head word that make the phrase a document, event or group of people, not a body. */
const NOT_A_BODY_AFTER_HEAD = /^(?:Conclusions?|Decisions?|Regulations?|Reports?|Strateg(?:y|ies)|Plans?|Meetings?|Summits?|Conferences?|Declarations?|Agreements?|Arrangements?|Members?|States|Presidenc(?:y|ies)|Roadmap|Communication|Action|Package|Threat|Assessment|Cycle|Dialogue|Mandates?|Priorities|Framework|Directive)$/;
const LEADING_NOISE = /^(?:(?:The|the|of|A|An|In|On|At|By|For|From|With|During|Following|Since|Through|Under|As|And|Both|Its|Their|This|These|Thanks to|Supported by|Under the|Various|Several|Other|Relevant|Competent|All|Many|Some|Each|Every)\s+)+/;
const LEADING_ROLE = new RegExp(`^(?:${ROLE_TITLES.join('|')})[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?`);
const REGIONS = /^(?:EU|European Union|Europe|Latin America|Western Balkans?|Middle East|North Africa|South America)$/;

let known: PhraseMatcher | undefined;
const knownByForm = new Map<string, (typeof KNOWN_ORGANISATIONS)[number]>();

function knownMatcher(): PhraseMatcher {
  if (known) return known;
  for (const body of KNOWN_ORGANISATIONS) for (const form of [body.name, body.acronym, ...(body.aliases ?? [])]) if (form) knownByForm.set(form, body);
  return (known = createPhraseMatcher(knownByForm.keys()));
}

const initialsOf = (words: readonly string[]) =>
  words.filter((w) => !new RegExp(`^${CONNECTOR}$`).test(w)).flatMap((w) => w.split(/[-‐]/)).map((w) => w[0] ?? '').join('').toUpperCase();

/** The shortest tail of a run whose initials spell the acronym, else the run when it names a body. */
function longFormFor(run: string, acronym: string): string | null {
  const words = run.replace(LEADING_NOISE, '').split(/[ \u00a0]+/);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  for (let k = 1; k <= words.length; k++) {
    const tail = words.slice(words.length - k);
    if (new RegExp(`^${CONNECTOR}$`).test(tail[0]!)) continue;
    const initials = initialsOf(tail);
    if (initials === letters || (initials.length >= 3 && letters.startsWith(initials) && letters.length - initials.length <= 1)) return tail.join(' ');
  }
  const cleaned = words.join(' ');
  return HEAD.test(cleaned) ? cleaned : null;
}

function isBodyName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  if (words.length < 2 || REGIONS.test(name) || countryLexicon().byName.has(name)) return false;
  const headAt = words.findLastIndex((w) => HEAD.test(w));
  if (headAt < 0) return false;
  const after = words.slice(headAt + 1);
  if (after.length > 0 && after[0] !== 'of' && after[0] !== 'for' && after[0] !== 'against' && after[0] !== 'on' && after[0] !== 'at') {
    if (after.length > 2 || after.some((w) => NOT_A_BODY_AFTER_HEAD.test(w))) return false;
  }
  return true;
}

export function findOrganisationMentions(sentence: Sentence): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const at = (index: number) => sentence.start + index;
  for (const m of sentence.text.matchAll(LONG_THEN_ACRONYM)) {
    const acronym = m[2]!;
    const name = longFormFor(m[1]!, acronym);
    if (!name || !HEAD.test(name) || REGIONS.test(name) || countryLexicon().byName.has(name)) continue;
    const start = m.index + m[0].indexOf(name);
    found.push({ name, acronym, start: at(start), end: at(m.index + m[0].length), rule: 'organisation.acronym-definition' });
  }
  for (const m of sentence.text.matchAll(ACRONYM_THEN_LONG)) {
    const name = m[2]!.replace(LEADING_NOISE, '');
    if (!HEAD.test(name)) continue;
    found.push({ name, acronym: m[1]!, start: at(m.index), end: at(m.index + m[0].length), rule: 'organisation.acronym-definition' });
  }
  for (const m of knownMatcher()(sentence.text, sentence.start)) {
    const body = knownByForm.get(m.phrase)!;
    found.push({ name: body.name, ...(body.acronym ? { acronym: body.acronym } : {}), start: m.start, end: m.end, rule: 'organisation.known', ...(body.side ? { side: body.side } : {}) });
  }
  for (const m of sentence.text.matchAll(NAME_RUN)) {
    for (const part of splitCoordinatedBodies(m[0], m.index)) {
      const lead = LEADING_NOISE.exec(part.text)?.[0].length ?? 0;
      const raw = part.text.slice(lead);
      // "Director of the Kenyan Directorate …": a person's title in front of the body is not its name.
      const role = LEADING_ROLE.exec(raw)?.[0].length ?? 0;
      const name = raw.slice(role).replace(/[’']s$/, '').replace(/[.,]+$/, '').replace(/[ \u00a0]+\p{Lu}{3,}$/u, '');
      const offset = lead + role;
      if (!isBodyName(name)) continue;
      found.push({ name, start: at(part.index + offset), end: at(part.index + offset + name.length), rule: 'organisation.head-word' });
    }
  }
  return keepLongest(found);
}

/**
 * Later bare uses of acronyms the document defined ("… Mechanism – Syria (IIIM)" … "with Ameripol,
 * IIIM and UNITAD"), for every sentence, where no other find covers them.
 */
export function findDefinedAcronyms(sentences: readonly Sentence[], found: readonly OrganisationMention[][]): OrganisationMention[][] {
  const defined = new Map<string, OrganisationMention>();
  for (const mention of found.flat()) if (mention.acronym && mention.rule === 'organisation.acronym-definition') defined.set(mention.acronym, mention);
  if (defined.size === 0) return found.map((list) => [...list]);
  const matcher = createPhraseMatcher(defined.keys());
  return sentences.map((sentence, i) => {
    const own = found[i] ?? [];
    const extra = matcher(sentence.text, sentence.start)
      .filter((m) => !own.some((o) => m.start < o.end && o.start < m.end))
      .map((m) => ({ ...defined.get(m.phrase)!, start: m.start, end: m.end }));
    return [...own, ...extra].sort((a, b) => a.start - b.start);
  });
}

/**
 * "the Public Prosecutor's Office of Bari and the Special … Prosecutor's Office of Tirana and the
 * Albanian Police" is three bodies: a run splits at "and (the)" when both sides name a body.
 */
function splitCoordinatedBodies(run: string, index: number): { text: string; index: number }[] {
  const parts: { text: string; index: number }[] = [];
  let from = 0;
  for (const m of run.matchAll(/[ \u00a0]+and(?:[ \u00a0]+the)?[ \u00a0]+/g)) {
    const left = run.slice(from, m.index);
    const rightStart = m.index + m[0].length;
    const nextAnd = run.slice(rightStart).search(/[ \u00a0]+and[ \u00a0]+/);
    const right = run.slice(rightStart, nextAnd < 0 ? run.length : rightStart + nextAnd);
    const leftIsBody = (HEAD.test(left) && left.split(' ').length >= 2) || knownByForm.has(left.replace(LEADING_NOISE, ''));
    const rightIsBody = HEAD.test(right) && right.split(' ').length >= 2;
    if ((leftIsBody || rightIsBody) && /^\p{Lu}/u.test(right)) {
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
