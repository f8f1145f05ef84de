import { EU_BODIES } from '../../nlp/lexicon/eu-bodies.data.ts';

/**
 * The party on the EU side of a signing. The body named as the subject before the status wording wins
 * ("the EU signed", "the EPPO signed", "with Eurojust were signed"), then one named after it ("… a
 * working arrangement with Europol"), then the agency the document comes from, then Eurojust.
 */
/** "EU" as an adjective in front of what it qualifies is not the Union acting. */
const NOT_EU_ADJECTIVE = '(?!-\\p{L}| (?:Member|Drugs|Strategy|Roadmap|level|hub|countries|agencies|institutions|Agency|side)\\b)';
/** "the Council of Europe" is no institution of the Union's. */
const NOT_COUNCIL_OF_EUROPE = '(?![ \\u00a0]+of[ \\u00a0]+Europe\\b)';
const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+');

/**
 * From the one list of EU bodies: an agency or office that concludes arrangements in its own name is its
 * own party (by its acronym, "Europol", "EPPO"); the Union, and the institutions that negotiate and
 * conclude its agreements (the Commission, the Council), stand for the EU.
 */
const EU_SIDE = EU_BODIES.flatMap((body) => {
  const union = body.kind === 'union' || body.kind === 'institution';
  if (!body.signsArrangements && !(union && /Commission|Council of the European Union/.test(body.names[0]!))) return [];
  const name = union ? 'EU' : (body.acronyms?.[0] ?? body.names[0]!);
  const forms = [...body.names, ...(body.acronyms ?? []), ...(body.shortNames ?? [])];
  // "the EU signed", not "the EU Member States" or "the EU-China dialogue"; "the Commission", not "a commission".
  const written = union
    ? forms.flatMap((form) => [`[Tt]he ${escape(form)}`, ...(body.kind === 'institution' && /^European /.test(form) ? [escape(form)] : [])])
    : forms.map(escape);
  return [{ name, pattern: new RegExp(`\\b(?:${written.join('|')})\\b${union ? NOT_EU_ADJECTIVE + NOT_COUNCIL_OF_EUROPE : ''}`, 'gu') }];
});
/** "the EU–Japan agreement", "EU-CELAC joint declaration": the Union named first in a pair of parties. */
EU_SIDE.push({ name: 'EU', pattern: /\bEU(?=[-–]\p{Lu})/gu });
/** "EU signs agreement with Albania": in a headline the Union acts with no article. */
EU_SIDE.push({ name: 'EU', pattern: /\bEU(?=[ \u00a0]+(?:has[ \u00a0]+)?(?:signs|signed|concludes|concluded|initials|initiall?ed)\b)/gu });

/**
 * Whether a sentence names anything on the EU side at all, written any way ("EU", "Commission",
 * "Europol"): a bare "agreement" or talks with no EU side named are not a signing of ours.
 */
const EU_SIDE_WORD = new RegExp(
  `\\b(?:${EU_BODIES.filter((body) => body.signsArrangements || body.kind === 'institution')
    .flatMap((body) => [...body.names, ...(body.acronyms ?? []), ...(body.shortNames ?? [])])
    .map(escape)
    .join('|')})\\b${NOT_COUNCIL_OF_EUROPE}`,
  'u',
);
export const namesEuSide = (sentence: string): boolean => EU_SIDE_WORD.test(sentence);

export interface PartyMention {
  readonly name: string;
  readonly index: number;
  readonly end: number;
}

export function euSideMentions(sentence: string): PartyMention[] {
  return EU_SIDE.flatMap(({ name, pattern }) => [...sentence.matchAll(pattern)].map((m) => ({ name, index: m.index, end: m.index + m[0].length })))
    .sort((a, b) => a.index - b.index);
}

/** `mentions` are the sentence's euSideMentions, read once per sentence however many counterparts it names. */
export function euSideParty(mentions: readonly PartyMention[], cueIndex: number, documentAgency: string | null): string {
  const before = mentions.filter((m) => m.end <= cueIndex).at(-1);
  if (before) return before.name;
  return mentions[0]?.name ?? documentAgency ?? 'Eurojust';
}
