import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { isCommonEnglishWord } from '../../nlp/lexicon/english-words.lexicon.ts';
import { isKnownPlace } from '../../nlp/lexicon/places.lexicon.ts';
import { namesListedFrom } from '../../nlp/coordination.ts';
import { findCountryMentions } from './country-mentions.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import type { OrganisationMention } from './organisation-mentions.ts';
import { CONNECTOR, HEAD, HEAD_WORD, isCountry, isKnownForm, LEADING_NOISE, REGIONS, SUB_UNIT_HEAD } from './organisation-words.ts';

// Bodies named together: in one list ("Eurojust, Europol and the EJP"), one after another in one
// capitalised run, or a unit after its body ("Israeli Police – National Cybercrime Unit").

const JOINER_CHARS = 40;
// "CCWP", "PCC-SEE": capitals, possibly two parts joined by a hyphen.
const BARE_ACRONYM = /(?<![\p{L}\p{N}\-])\p{Lu}{2,6}(?:-\p{Lu}{2,4})?(?![\p{L}\p{N}\-])/gu;
/**
 * "the Commission, Eurojust and the EJP": a bare acronym coordinated with a body found in the same list
 * is a body too. Country codes, regions and the acronyms of known bodies are left to their own rules.
 */
export function listedAcronyms(sentence: Sentence, found: readonly OrganisationMention[]): OrganisationMention[] {
  // An acronym is kept only next to a find of the sentence: with none, the acronym scan is skipped.
  if (found.length === 0) return [];
  const extra: OrganisationMention[] = [];
  const ends = new Set(found.map((f) => f.end));
  const starts = new Set(found.map((f) => f.start));
  let next = 0;
  for (const m of sentence.text.matchAll(BARE_ACRONYM)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (isKnownForm(m[0]) || isCountry(m[0]) || REGIONS.test(m[0]) || countryLexicon().byCode.has(m[0])) continue;
    // found is sorted and does not overlap, and acronyms come left to right: one pass over both.
    while (next < found.length && found[next]!.end <= start) next++;
    if (next < found.length && found[next]!.start < end) continue;
    // Only the few characters before the acronym can join it to a list: " and the " is the longest.
    const before = sentence.text.slice(Math.max(0, m.index - JOINER_CHARS), m.index);
    const after = sentence.text.slice(m.index + m[0].length, m.index + m[0].length + JOINER_CHARS);
    const joinedBefore = /(?:,|[ \u00a0]and)[ \u00a0]+(?:the[ \u00a0]+)?$/.exec(before);
    const joinedAfter = /^(?:,|[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?/.exec(after);
    const bodyEndsAt = joinedBefore ? start - before.length + joinedBefore.index : -1;
    const bodyStartsAt = joinedAfter ? end + joinedAfter[0].length : -1;
    if (ends.has(bodyEndsAt) || starts.has(bodyStartsAt)) {
      extra.push({ name: m[0], start, end, rule: 'organisation.listed-acronym' });
      // "INTERPOL, UNODC, PCC-SEE, CCWP": the list goes on from the acronym just taken.
      ends.add(end);
    }
  }
  return extra;
}

/**
 * "State Police – Counter crime Squad of Arezzo", "Public Prosecutor’s Office at the Itzehoe Regional Court,
 * Department for Combating Cybercrime", "Israeli Police – National Cybercrime Unit, LAHAV 433": a unit
 * named after its body, behind a dash or comma, is one name with it.
 */
export function joinSubUnits(named: readonly OrganisationMention[], sentence: Sentence): OrganisationMention[] {
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
 * "the Public Prosecutor's Office of Bari and the Special … Prosecutor's Office of Tirana and the
 * Albanian Police" is three bodies: a run splits at "and the" when a side names a body, and at a plain
 * "and" when both sides stand alone ("Europol and Italian Police", "Croatian Police and Eurojust").
 * A plain "and" inside one name stays: "Justice and Home Affairs Council", "Judicial Focus Group on
 * Money Laundering and Asset Recovery". "Directive … of the European Parliament and of the Council" splits.
 */
/** Whether the words around an "and" make a country's name: "Bosnia and Herzegovina", "Saint Vincent and the Grenadines". */
function insideCountryName(left: string, and: string, right: string): boolean {
  const before = left.split(/[ \u00a0]+/).slice(-2);
  const after = right.split(/[ \u00a0]+/).slice(0, 2);
  for (let b = 1; b <= before.length; b++) {
    for (let a = 1; a <= after.length; a++) {
      if (isCountry(`${before.slice(-b).join(' ')}${and.replace(/[ \u00a0]+/g, ' ')}${after.slice(0, a).join(' ')}`.replace(/[,;:]$/, ''))) return true;
    }
  }
  return false;
}

export function splitCoordinatedBodies(run: string, index: number): { text: string; index: number }[] {
  const parts: { text: string; index: number }[] = [];
  let from = 0;
  const standsAlone = (text: string) => {
    const bare = text.replace(LEADING_NOISE, '');
    return isKnownForm(bare) || isCountry(bare);
  };
  for (const m of run.matchAll(/[ \u00a0]+and(?:[ \u00a0]+of)?(?:[ \u00a0]+the)?[ \u00a0]+/g)) {
    if (m.index < from) continue;
    const left = run.slice(from, m.index);
    const rightStart = m.index + m[0].length;
    const nextAnd = run.slice(rightStart).search(/[ \u00a0]+and[ \u00a0]+/);
    const right = run.slice(rightStart, nextAnd < 0 ? run.length : rightStart + nextAnd);
    if (!/^\p{Lu}/u.test(right)) continue;
    // "Council of Ministers of Bosnia and Herzegovina": an "and" inside a country's name joins no bodies.
    if (insideCountryName(left, m[0], right)) continue;
    // "the British NCA and Belgian Federal Judicial Police": a left side ending in an acronym is a body.
    const leftLast = left.split(/[ \u00a0]+/).at(-1) ?? '';
    const leftIsBody = (HEAD.test(left) && left.split(' ').length >= 2) || standsAlone(left) || /^\p{Lu}{3,6}$/u.test(leftLast);
    // The right side begins a body when its words before any connector hold a head word ("Organised Crime Prosecutor’s Office of …"), not when they continue a complement ("Corruption of …").
    const rightHead = right.split(new RegExp(`[ \\u00a0]+${CONNECTOR}[ \\u00a0]+`))[0]!;
    // "… and France's OFAST": a country as the owner opens a body of its own.
    const owned = /^(\p{Lu}[\p{L} ]*?)[’']s[ \u00a0]/u.exec(right);
    const rightIsBody = (HEAD.test(rightHead) && right.split(' ').length >= 2) || standsAlone(right) || (owned !== null && isCountry(owned[1]!));
    const strong = /(?:the|of)[ \u00a0]+$/.test(m[0]);
    // "the Estonian Police and Border Guard Board", "Italy's Customs and Monopolies Agency": one word (after its owner)
    // joined by a bare "and" to words that end on a head is one body's name.
    const leftWords = left.replace(LEADING_NOISE, '').split(/[ \u00a0]+/).filter((w) => !/[’']s$/.test(w) && !countryLexicon().byDemonym.has(w));
    const rightWords = right.split(/[ \u00a0]+/);
    // Not "the British NCA and Belgian Federal Judicial Police": an acronym, or a country's adjective opening the right side.
    if (!strong && leftWords.length === 1 && !/^\p{Lu}{2,}$/u.test(leftWords[0]!) && rightWords.length >= 2 && HEAD.test(rightWords.at(-1)!) && !countryLexicon().byDemonym.has(rightWords[0]!) && !standsAlone(left)) continue;
    const split = strong ? leftIsBody || rightIsBody || /of[ \u00a0]+the[ \u00a0]+$/.test(m[0]) : (leftIsBody || standsAlone(left)) && rightIsBody;
    if (split) {
      parts.push({ text: left, index: index + from });
      from = rightStart;
    }
  }
  parts.push({ text: run.slice(from), index: index + from });
  return parts;
}

/** Plural heads of national bodies and their singular: "Offices" → "Office", "Ministries" → "Ministry". */
const PLURAL_HEADS: Readonly<Record<string, string>> = {
  Offices: 'Office', Ministries: 'Ministry', Agencies: 'Agency', Authorities: 'Authority', Services: 'Service', Directorates: 'Directorate',
  Courts: 'Court', Units: 'Unit', Bureaus: 'Bureau', Bureaux: 'Bureau', Departments: 'Department', Inspectorates: 'Inspectorate', Forces: 'Force',
};
const NAME_PIECE = "\\p{Lu}[\\p{L}’'\\-]*";
/** Names start where a word starts: from inside a long word every capital would start a try again. */
const WORD_START = "(?<![\\p{L}\\p{N}’'\\-])";
/**
 * "the Public Prosecutor's Offices of Argentina, Brazil and Peru", "the Ministries of Interior of Spain and
 * Italy": a plural head before a list of countries names one body per country.
 */
const DISTRIBUTED = new RegExp(
  `${WORD_START}((?:${NAME_PIECE}[ \\u00a0]+){0,4})(${Object.keys(PLURAL_HEADS).join('|')})((?:[ \\u00a0]+(?:of|for)[ \\u00a0]+${NAME_PIECE}(?:[ \\u00a0]+(?:and[ \\u00a0]+)?${NAME_PIECE}){0,3}?)?)[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?(?=\\p{Lu})`,
  'gu',
);
const MAY_DISTRIBUTE = new RegExp(`(?:${Object.keys(PLURAL_HEADS).join('|')})[ \\u00a0]+(?:of|for)[ \\u00a0]`);
const LIST_JOIN = /^(?:,[ \u00a0]+(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)(?:the[ \u00a0]+)?$/;

export function distributedBodies(sentence: Sentence): OrganisationMention[] {
  const found: OrganisationMention[] = byDemonyms(sentence);
  if (!MAY_DISTRIBUTE.test(sentence.text)) return found;
  let countries: ReturnType<typeof findCountryMentions> | undefined;
  for (const m of sentence.text.matchAll(DISTRIBUTED)) {
    countries ??= findCountryMentions(sentence).filter((c) => c.rule === 'country.name');
    const singular = `${m[1]!.replace(LEADING_NOISE, '')}${PLURAL_HEADS[m[2]!]}${m[3]!}`;
    let at = sentence.start + m.index + m[0].length;
    for (const country of countries) {
      if (country.start < at) continue;
      const gap = sentence.text.slice(at - sentence.start, country.start - sentence.start);
      if (gap !== '' && !LIST_JOIN.test(gap)) break;
      const the = /the[ \u00a0]+$/.test(gap) || (gap === '' && /the[ \u00a0]+$/.test(m[0])) ? 'the ' : '';
      const written = the + sentence.text.slice(country.start - sentence.start, country.end - sentence.start);
      found.push({ name: `${singular} of ${written}`, start: country.start, end: country.end, rule: 'organisation.distributed' });
      at = country.end;
    }
  }
  return found;
}

/**
 * "the Norwegian and Swedish Customs Services", "Belgian, Dutch and French Federal Police Units": demonyms
 * before a plural head name one body per country, each written with its demonym.
 */
const BY_DEMONYMS = new RegExp(
  `${WORD_START}(${NAME_PIECE}(?:(?:,[ \\u00a0]+|[ \\u00a0]+and[ \\u00a0]+|,[ \\u00a0]+and[ \\u00a0]+)${NAME_PIECE}){1,6})((?:[ \\u00a0]+${NAME_PIECE}){0,3})[ \\u00a0]+(${Object.keys(PLURAL_HEADS).join('|')})\\b`,
  'gu',
);
const MAY_DISTRIBUTE_BY_DEMONYMS = new RegExp(`\\b(?:${Object.keys(PLURAL_HEADS).join('|')})\\b`);

function byDemonyms(sentence: Sentence): OrganisationMention[] {
  if (!MAY_DISTRIBUTE_BY_DEMONYMS.test(sentence.text) || !sentence.text.includes(' and ')) return [];
  const found: OrganisationMention[] = [];
  const { byDemonym } = countryLexicon();
  for (const m of sentence.text.matchAll(BY_DEMONYMS)) {
    const demonyms = [...m[1]!.matchAll(new RegExp(NAME_PIECE, 'gu'))];
    if (!demonyms.every((d) => byDemonym.has(d[0]))) continue;
    const rest = `${m[2]!}${m[2] ? ' ' : ' '}${PLURAL_HEADS[m[3]!]}`.replace(/^[ \u00a0]+/, '');
    for (const d of demonyms) {
      const start = sentence.start + m.index + d.index;
      found.push({ name: `${d[0]} ${rest}`, start, end: start + d[0].length, rule: 'organisation.distributed' });
    }
  }
  return found;
}

/** Plural heads that follow the names of several projects or networks: "the EuroMed Justice and Western Balkans Criminal Justice projects". */
const SHARED_HEADS: Readonly<Record<string, string>> = { projects: 'Project', programmes: 'Programme', programs: 'Program', networks: 'Network', initiatives: 'Initiative', platforms: 'Platform' };
const NAMES_SHARING_HEAD = new RegExp(
  `${WORD_START}(${NAME_PIECE}(?:[ \\u00a0]+${NAME_PIECE}){0,4})[ \\u00a0]+and[ \\u00a0]+(?:the[ \\u00a0]+)?(${NAME_PIECE}(?:[ \\u00a0]+${NAME_PIECE}){0,4})[ \\u00a0]+(${Object.keys(SHARED_HEADS).flatMap((head) => [head, head[0]!.toUpperCase() + head.slice(1)]).join('|')})\\b`,
  'gu',
);

/** Two names sharing one plural head are two bodies: "the EuroMed Justice and Western Balkans Criminal Justice projects". */
const MAY_SHARE_HEAD = new RegExp(`[ \\u00a0](?:${Object.keys(SHARED_HEADS).join('|')})\\b`, 'i');

export function bodiesSharingHead(sentence: Sentence): OrganisationMention[] {
  if (!MAY_SHARE_HEAD.test(sentence.text)) return [];
  const found: OrganisationMention[] = [];
  for (const m of sentence.text.matchAll(NAMES_SHARING_HEAD)) {
    const plural = m[3]!;
    const head = SHARED_HEADS[plural.toLowerCase()]!;
    for (const [index, group] of [[1, m[1]!], [2, m[2]!]] as const) {
      const name = group.replace(LEADING_NOISE, '');
      if (isCountry(name) || countryLexicon().byDemonym.has(name) || REGIONS.test(name) || isKnownForm(name)) continue;
      const at = m.index + (index === 1 ? m[0].indexOf(group) : m[0].lastIndexOf(group, m[0].length - plural.length)) + group.length - name.length;
      found.push({ name: `${name} ${head}`, start: sentence.start + at, end: sentence.start + at + name.length, rule: 'organisation.shared-head' });
    }
  }
  return found;
}

/**
 * "supported by private partners including Bitdefender, Sekoia, Team Cymru … and Zscaler", "companies such as
 * Fox-IT and Northwave": a list a word for bodies introduces names one body per item, each a capitalised name
 * that is no country, place or word of the language.
 */
const BODIES_INTRODUCED = /\b(?:partners|companies|firms|organi[sz]ations|institutions|agencies|bodies|banks|NGOs|providers|associations)\b[^.;:()]{0,60}?\b(?:including|such as|namely|like)[ \u00a0]+/giu;
const LISTED_NAME = /^((?:\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*)(?:[ \u00a0]+\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*){0,2})(?=,|[ \u00a0]+and[ \u00a0]|[ \u00a0]*[.;)]|[ \u00a0]+\p{Ll}|$)/u;

export function bodiesIntroducedByList(sentence: Sentence, found: readonly OrganisationMention[]): OrganisationMention[] {
  if (!/\b(?:including|such as|namely|like)\b/.test(sentence.text)) return [];
  const extra: OrganisationMention[] = [];
  for (const m of sentence.text.matchAll(BODIES_INTRODUCED)) {
    const items = namesListedFrom(sentence.text, m.index + m[0].length, LISTED_NAME);
    // A list, not one name: "including Europol" is read by the other rules.
    if (items.length < 3) continue;
    for (const { name, at: itemAt } of items) {
      const start = sentence.start + itemAt;
      if (isKnownForm(name) || isCountry(name) || REGIONS.test(name) || countryLexicon().byDemonym.has(name) || isKnownPlace(name)) continue;
      if (name.split(/[ \u00a0]+/).every((word) => isCommonEnglishWord(word.toLowerCase()))) continue;
      if (found.some((f) => f.start < start + name.length && start < f.end)) continue;
      extra.push({ name, start, end: start + name.length, rule: 'organisation.listed-body' });
    }
  }
  return extra;
}
