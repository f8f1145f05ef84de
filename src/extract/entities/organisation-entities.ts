import { withCapitalRuns } from '../../nlp/capital-runs.ts';
import nlp from 'compromise';
import { type Country, countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { foldApostrophes, type KnownBody, knownBodyMatcher, knownForm } from '../../nlp/lexicon/organisations.lexicon.ts';
import type { PhraseMatch } from '../../nlp/phrase-matcher.ts';
import { type DocumentModel, layer, type Span } from '../../nlp/document-model.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { countryBefore } from './body-names.ts';
import { findDefinedAcronyms, findOrganisationMentions, type OrganisationMention } from './organisation-mentions.ts';
import { HEAD_WORD, TOPIC_HEAD } from './organisation-words.ts';

/**
 * The organisations layer: every mention of a body, with the entity it belongs to and how the document
 * names that entity. Later readers (signings) read it instead of finding bodies again.
 */
export interface OrganisationSpan extends Span, OrganisationMention {
  readonly rule: OrganisationMention['rule'];
  /** One key per entity in the document: a listed body's id, a defined acronym, or the name and country. */
  readonly key: string;
  /** The words of this mention as written. */
  readonly written: string;
  /** The entity's name in this document: its full name as written where the document writes one. */
  readonly name: string;
  /** Beside a full name, the acronym or short name the document also uses for it. */
  readonly acronym?: string;
  /** The country a national body belongs to, where the text says it ("Ministry of Interior of Egypt", "the Spanish Guardia Civil"). */
  readonly country?: Country;
  /** A listed EU-side body that signs in its own name (Eurojust, Europol, the EU …). */
  readonly signsArrangements?: boolean;
}

export const ORGANISATIONS = layer<OrganisationSpan>('organisations');

/** Finds the document's bodies, adds them to the model as the organisations layer, and returns them per sentence. */
export function readOrganisations(model: DocumentModel): OrganisationSpan[][] {
  const { sentences, text } = model;
  const known = knownBySentence(sentences, withCapitalRuns(text, knownBodyMatcher()));
  const found = findDefinedAcronyms(sentences, sentences.map((sentence, i) => findOrganisationMentions(sentence, known[i])));
  // Only sentences that name a body need to know whether they are headings.
  const headings = sentences.map((sentence, i) => (found[i]!.length > 0 || /^Dear[ \u00a0]/.test(sentence.text) ? headingKind(text, sentence) : null));
  const notBodies = acronymsDefinedAsOther(text, found);
  const names = nameReader();
  const drafts = found.map((mentions, i) =>
    mentions
      .filter((m) => (headings[i] !== 'salutation' || m.known) && !(BARE_ACRONYM_RULES.has(m.rule) && notBodies.has(m.name)))
      .map((m): Draft => {
        const slice = text.slice(m.start, m.end);
        // "the Dutch, Serbian and Belgian police": a listed demonym's force is named whole, though its words are apart.
        const written = (m.known && m.rule === 'organisation.known' && !knownForm(slice)) || m.rule === 'organisation.national-force' ? m.name : slice;
        if (m.known) return { mention: m, sentence: i, written, country: m.known.country ? countryLexicon().byCode.get(m.known.country) : undefined, key: `known:${m.known.id}` };
        const name = names(m.name);
        const country = name.ofTheUnion ? undefined : (m.owner ? countryLexicon().byName.get(m.owner) : undefined) ?? name.country ?? countryAfter(m, sentences[i]!, text);
        const inName = !!(m.owner || name.country);
        return { mention: m, sentence: i, written, country, key: keyOf(m, name, inName ? country : undefined) };
      }),
  );
  for (const list of drafts) {
    list.push(...unionInside(list, text));
    for (const d of list) if (d.mention.sameAs !== undefined) d.key = list.find((other) => other.mention.start === d.mention.sameAs)?.key ?? d.key;
  }
  const all = drafts.flat();
  unifyWritings(all);
  // A body named only in heading lines, by a head that also names topics, is the heading's topic. Where
  // each entity is named outside headings (two sentences are enough: a line does not confirm itself):
  const inText = new Map<string, number[]>();
  for (const d of all) {
    if (headings[d.sentence] === 'heading' || headings[d.sentence] === 'salutation') continue;
    const seen = inText.get(d.key) ?? [];
    if (seen.length < 2 && !seen.includes(d.sentence)) seen.push(d.sentence);
    inText.set(d.key, seen);
  }
  const confirmed = (d: Draft) => (inText.get(d.key) ?? []).some((i) => i !== d.sentence);
  const onlyInHeading = (d: Draft) => !confirmed(d) && !d.mention.known && isTopicName(d.mention);
  // A line in sentence case is a heading when it has no verb; compromise is asked only about lines that would lose a body.
  const kept = drafts.map((list, i) =>
    headings[i] === 'heading' || (headings[i] === 'short-line' && list.some(onlyInHeading) && !hasVerb(sentences[i]!.text)) ? list.filter((d) => !onlyInHeading(d)) : list,
  );
  const entities = entityNames(kept.flat());
  const spans = kept.map((list) => list.map((draft) => spanOf(draft, entities.get(draft.key)!)));
  model.add(ORGANISATIONS, spans.flat());
  return spans;
}

const UNION = knownForm('European Union')!.body;
/** "Council of the European Union", "Court of Justice of the EU": the Union named inside one of its bodies' names. */
const UNION_AT_END = /(?:European[ \u00a0]+Union|EU)$/;
// "the European Union’s Judicial Cooperation Unit": the Union as the owner that opens the name.
const UNION_AT_START = /^(European[ \u00a0]+Union|EU)(?:[’']s)?[ \u00a0]+\p{Lu}/u;

function unionInside(drafts: readonly Draft[], text: string): Draft[] {
  const extra: Draft[] = [];
  for (const d of drafts) {
    if (d.mention.known === UNION) continue;
    // "European Union Agency for Law Enforcement Cooperation", "EU Cohesion Fund": the Union as the modifier that
    // opens a body's name (SPEC.md: the EU wherever the text names it, as a noun or as a modifier).
    const opening = UNION_AT_START.exec(d.written);
    if (opening && text.slice(d.mention.start, d.mention.start + opening[1]!.length) === opening[1]) {
      const union = opening[1]!;
      const mention: OrganisationMention = { name: union, start: d.mention.start, end: d.mention.start + union.length, rule: 'organisation.known', side: 'eu', known: UNION, form: union === 'EU' ? 'acronym' : 'name' };
      extra.push({ mention, sentence: d.sentence, written: union, country: undefined, key: `known:${UNION.id}` });
      continue;
    }
    // "the Management Board of Europol": a listed body its organ is named by is an entity of its own too.
    const owner = OWNER_COMPLEMENT.exec(d.written);
    const ownerBody = owner && !d.mention.known ? knownForm(owner[1]!) : undefined;
    if (owner && ownerBody && ownerBody.body !== UNION) {
      const end = d.mention.end;
      const start = end - owner[1]!.length;
      if (text.slice(start, end) === owner[1]) {
        const mention: OrganisationMention = { name: owner[1]!, start, end, rule: 'organisation.known', side: ownerBody.body.side, known: ownerBody.body, form: ownerBody.kind === 'acronym' ? 'acronym' : 'name' };
        extra.push({ mention, sentence: d.sentence, written: owner[1]!, country: undefined, key: `known:${ownerBody.body.id}` });
      }
      continue;
    }
    if (!EU_COMPLEMENT.test(d.written)) continue;
    const union = UNION_AT_END.exec(d.written)![0];
    const end = d.mention.end;
    const start = end - union.length;
    if (text.slice(start, end) !== union) continue;
    const mention: OrganisationMention = { name: union, start, end, rule: 'organisation.known', side: 'eu', known: UNION, form: union === 'EU' ? 'acronym' : 'name' };
    extra.push({ mention, sentence: d.sentence, written: union, country: undefined, key: `known:${UNION.id}` });
  }
  return extra;
}

/** Matches of the whole text, each with the sentence it starts in (sentences and matches are in text order). */
function knownBySentence(sentences: readonly Sentence[], matches: readonly PhraseMatch[]): PhraseMatch[][] {
  const buckets: PhraseMatch[][] = sentences.map(() => []);
  let i = 0;
  for (const match of matches) {
    while (i < sentences.length - 1 && sentences[i]!.end <= match.start) i++;
    if (sentences[i] && sentences[i]!.start <= match.start) buckets[i]!.push(match);
  }
  return buckets;
}

const BARE_ACRONYM_RULES = new Set<OrganisationMention['rule']>(['organisation.listed-acronym', 'organisation.meeting-acronym', 'organisation.trailing-acronym']);
/** "Common Security and Defence Policy (CSDP)": an acronym the document defines, but not as a body. */
const DEFINED_ACRONYM = /\((\p{Lu}[\p{Lu}\p{N}&\-]{1,10})\)/gu;

function acronymsDefinedAsOther(text: string, found: readonly OrganisationMention[][]): Set<string> {
  const bodies = new Set(found.flat().flatMap((m) => [m.acronym, m.writtenAcronym].filter((a): a is string => !!a)));
  const other = new Set<string>();
  for (const m of text.matchAll(DEFINED_ACRONYM)) if (!bodies.has(m[1]!) && !knownForm(m[1]!)) other.add(m[1]!);
  return other;
}

/** "Publications Office of the European Union": a body of the Union, whatever place is named after it. */
const OWNER_COMPLEMENT = /[ \u00a0]of[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}’'\- \u00a0]*)$/u;
const EU_COMPLEMENT = /[ \u00a0](?:of|to|in)[ \u00a0]+the[ \u00a0]+(?:European[ \u00a0]+Union|EU)$/;

function spanOf({ mention, sentence, written, country, key }: Draft, { name, acronym }: { name: string; acronym?: string }): OrganisationSpan {
  const known = mention.known;
  const side = known?.side ?? mention.side;
  return {
    name,
    ...(acronym ? { acronym } : {}),
    start: mention.start,
    end: mention.end,
    sentence,
    rule: mention.rule,
    key,
    written,
    ...(side ? { side } : {}),
    ...(known ? { known, form: mention.form! } : {}),
    ...(mention.owner ? { owner: mention.owner } : {}),
    ...(country ? { country } : {}),
    ...(known?.signsArrangements && known.side === 'eu' ? { signsArrangements: true } : {}),
  };
}

interface Draft {
  readonly mention: OrganisationMention;
  readonly sentence: number;
  readonly written: string;
  readonly country: Country | undefined;
  key: string;
}

/** Words of a name for keys: case, apostrophes, a possessive and punctuation do not count. */
const comparable = (name: string) => foldApostrophes(name).toLowerCase().replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** What a body's name alone says, read once per distinct name in a document. */
interface NameFacts {
  readonly known?: KnownBody;
  /** The country the name itself holds: a demonym or country in front, or a country after "of". */
  readonly country?: Country;
  /** The name without those words, for keys: "Spanish Guardia Civil" → "guardia civil". */
  readonly core: string;
  readonly comparable: string;
  /** "Publications Office of the European Union": a body of the Union, whatever place follows it. */
  readonly ofTheUnion: boolean;
}

function nameReader(): (name: string) => NameFacts {
  const cache = new Map<string, NameFacts>();
  return (name) => {
    let facts = cache.get(name);
    if (!facts) {
      const before = countryBefore(name);
      const complement = countryComplement(name);
      facts = {
        ...(knownForm(name) ? { known: knownForm(name)!.body } : {}),
        ...((before?.country ?? complement?.country) ? { country: before?.country ?? complement?.country } : {}),
        core: comparable(coreOf(name, before?.words ?? 0)),
        comparable: comparable(name),
        ofTheUnion: EU_COMPLEMENT.test(name),
      };
      cache.set(name, facts);
    }
    return facts;
  };
}

function keyOf(mention: OrganisationMention, name: NameFacts, country: Country | undefined): string {
  const known = name.known ?? (mention.acronym ? knownForm(mention.acronym)?.body : undefined);
  if (known) return `known:${known.id}`;
  if (mention.acronym) return `acronym:${mention.acronym.toLowerCase()}`;
  if (country) return `national:${name.core}|${country.code}`;
  return `name:${name.comparable}`;
}

/**
 * A name written once with its acronym is the same entity when written alone ("European Judicial
 * Organised Crime Network (EJOCN)" … "the European Judicial Organised Crime Network"), wherever it comes.
 */
function unifyWritings(drafts: Draft[]): void {
  const byName = new Map<string, string>();
  for (const d of drafts) if (d.mention.acronym) byName.set(comparable(d.mention.name), d.key);
  // "the WBCJ project" after "Western Balkan Criminal Justice Project (WBCJ)": the acronym alone is the body.
  for (const d of drafts) if (d.mention.acronym && !byName.has(comparable(d.mention.acronym))) byName.set(comparable(d.mention.acronym), d.key);
  for (const d of drafts) if (!d.mention.acronym && !d.mention.known) d.key = byName.get(comparable(d.mention.name)) ?? d.key;
  // "the Federal Police" after "the Federal Police of Nigeria": the body's name without its country, written
  // later, is the same body, when only one country's body goes by that name in the document.
  const national = new Map<string, { keys: Set<string>; first: number }>();
  for (const d of drafts) {
    if (!d.key.startsWith('national:')) continue;
    const core = d.key.slice('national:'.length, d.key.lastIndexOf('|'));
    const seen = national.get(core) ?? { keys: new Set<string>(), first: d.mention.start };
    national.set(core, { keys: seen.keys.add(d.key), first: Math.min(seen.first, d.mention.start) });
  }
  for (const d of drafts) {
    const same = d.key.startsWith('name:') ? national.get(d.key.slice('name:'.length)) : undefined;
    if (same?.keys.size === 1 && same.first < d.mention.start) d.key = [...same.keys][0]!;
  }
}

/**
 * How the document names each entity: a listed body by the first full name it writes, with the acronym
 * it also writes ("European Union (EU)"), else by the short name or acronym it writes ("EPPO", "the
 * Council"); a body the text names itself by its longest writing, a definition's first.
 */
function entityNames(drafts: readonly Draft[]): Map<string, { name: string; acronym?: string }> {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const group = groups.get(d.key);
    if (group) group.push(d);
    else groups.set(d.key, [d]);
  }
  const names = new Map<string, { name: string; acronym?: string }>();
  for (const [key, group] of groups) {
    const naming = group.filter((d) => d.mention.rule !== 'organisation.appositive');
    const mentions = naming.length > 0 ? naming : group;
    const definition = mentions.find((d) => d.mention.rule === 'organisation.acronym-definition');
    const fullNames = mentions.flatMap(fullNameOf);
    const longest = fullNames.reduce<string | undefined>((a, b) => (!a || b.length > a.length ? b : a), undefined);
    if (key.startsWith('known:')) {
      const acronym = definition?.mention.acronym ?? mentions.find((d) => d.mention.form === 'acronym')?.written;
      names.set(key, longest ? { name: longest, ...(acronym ? { acronym } : {}) } : { name: mentions[0]!.written });
      continue;
    }
    const acronym = mentions.find((d) => d.mention.acronym)?.mention.acronym;
    const name = longest ?? mentions[0]!.mention.name;
    names.set(key, { name, ...(acronym && acronym !== name ? { acronym } : {}) });
  }
  return names;
}

/** The full name a mention writes, if it writes one: a definition's long form, a listed full name, a name read from the text. */
function fullNameOf(draft: Draft): string[] {
  const { mention, written } = draft;
  if (mention.rule === 'organisation.acronym-definition') return [mention.name];
  if (mention.rule === 'organisation.known') return mention.form === 'name' ? [written] : [];
  if (mention.rule === 'organisation.distributed' || mention.rule === 'organisation.shared-head') return [mention.name];
  if (BARE_ACRONYM_RULES.has(mention.rule) || mention.rule === 'organisation.appositive') return [];
  return [written];
}

/** "Spanish Guardia Civil" → "Guardia Civil"; "Ministry of Interior of the Arab Republic of Egypt" → "Ministry of Interior". */
function coreOf(name: string, countryWords: number): string {
  const words = name.split(/[ \u00a0]+/).slice(countryWords);
  const core = words.join(' ');
  const of = countryComplement(core);
  return of ? core.slice(0, of.index) : core;
}

/** "… of the Arab Republic of Egypt", "… of Ukraine": the country a name ends with, after "of". */
function countryComplement(name: string): { index: number; country: Country } | undefined {
  const { byName } = countryLexicon();
  for (const m of name.matchAll(/[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?/g)) {
    const country = byName.get(name.slice(m.index + m[0].length));
    if (country) return { index: m.index, country };
  }
  return undefined;
}

/**
 * The country of a national body, where the text says it: by a demonym or country name in front ("the
 * Spanish Guardia Civil", "Cyprus Police"), a possessive ("Egypt’s Ministry of Interior"), a complement
 * ("Ministry of Interior of the Arab Republic of Egypt") — these three read from the name (nameReader) —
 * or the country after a comma ("the Central Bureau of Investigation (CBI), India"), read here.
 */
function countryAfter(mention: OrganisationMention, sentence: Sentence, text: string): Country | undefined {
  const { byName } = countryLexicon();
  const after = /^,[ \u00a0]+(?:the[ \u00a0]+)?((?:\p{Lu}[\p{L}’'\-]*)(?:[ \u00a0]+(?:of[ \u00a0]+)?\p{Lu}[\p{L}’'\-]*){0,3})/u.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)));
  if (!after) return undefined;
  const words = after[1]!.split(/[ \u00a0]+/);
  for (let n = words.length; n >= 1; n--) {
    const country = byName.get(words.slice(0, n).join(' '));
    if (!country) continue;
    // "the Federal Police, Spain and Italy": a list of countries, not the body's own.
    const next = text.slice(mention.end + after[0].length - after[1]!.length + words.slice(0, n).join(' ').length, Math.min(sentence.end, mention.end + 120));
    const item = /^(?:,|[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}’'\-]*(?:[ \u00a0]+\p{Lu}[\p{L}’'\-]*){0,2})/u.exec(next)?.[1]?.split(/[ \u00a0]+/);
    const listed = item?.some((_, k) => byName.has(item.slice(0, k + 1).join(' ')));
    return listed ? undefined : country;
  }
  return undefined;
}

/** Whether the name's head word is one that also names a topic ("Partnership", "Hub", "Network"). */
function isTopicName(mention: OrganisationMention): boolean {
  const head = mention.name.split(/[ \u00a0]+/).findLast((w) => HEAD_WORD.test(w));
  return !head || TOPIC_HEAD.test(head.replace(/[’']s$|[,;:]$/g, ''));
}

const MAX_HEADING_WORDS = 12;
const SMALL_WORD = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|against|between|via|vs\.?|&|[–—-])$/;

const hasVerb = (line: string): boolean => (nlp(line).docs as { tags: Set<string> }[][]).some((terms) => terms.some((term) => term.tags.has('Verb')));

/**
 * A line that is a heading: alone on its line, at most twelve words, no closing punctuation, and every
 * word but the small ones capitalised ("Cooperation with Third Countries", "Key Findings"); a short line
 * in sentence case ("EU judiciary hub for global impact"), which is a heading when it has no verb; or a
 * salutation ("Dear Colleagues,").
 */
function headingKind(text: string, sentence: Sentence): 'heading' | 'short-line' | 'salutation' | null {
  if (/^Dear[ \u00a0]/.test(sentence.text)) return 'salutation';
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = text.indexOf('\n', sentence.end);
  if (text.slice(lineStart, sentence.start).trim() !== '' || text.slice(sentence.end, lineEnd < 0 ? text.length : lineEnd).trim() !== '') return null;
  const line = sentence.text.replace(/^(?:[#*•\-–]+|\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)[ \u00a0]+/, '');
  if (/[.;:!?,]$/.test(line)) return null;
  const words = line.split(/[ \u00a0]+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return null;
  if (words.every((w) => SMALL_WORD.test(w) || /^[\p{Lu}\p{N}"“‘'(]/u.test(w))) return 'heading';
  return /^\p{Lu}/u.test(words[0]!) ? 'short-line' : null;
}

const CONFIDENCE: Readonly<Record<OrganisationMention['rule'], number>> = {
  'organisation.known': 0.95,
  'organisation.acronym-definition': 0.85,
  'organisation.head-word': 0.7,
  'organisation.named-project': 0.7,
  'organisation.distributed': 0.7,
  'organisation.shared-head': 0.7,
  'organisation.trailing-acronym': 0.6,
  'organisation.meeting-acronym': 0.6,
  'organisation.listed-acronym': 0.6,
  'organisation.listed-body': 0.6,
  'organisation.appositive': 0.6,
  'organisation.national-force': 0.7,
  'organisation.national-abbreviation': 0.6,
};

/** A rule's confidence, until each rule's measured precision on the gold replaces it. */
export const organisationConfidence = (rule: OrganisationMention['rule']): number => CONFIDENCE[rule];
