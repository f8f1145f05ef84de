/**
 * The party on the EU side of a signing. The body named as the subject before the status wording wins
 * ("the EU signed", "the EPPO signed", "with Eurojust were signed"), then one named after it ("… a
 * working arrangement with Europol"), then the agency the document comes from, then Eurojust.
 */
const EU_SIDE = [
  { name: 'Eurojust', pattern: /\bEurojust\b/g },
  { name: 'Europol', pattern: /\b(?:Europol|European Police Office)\b/g },
  { name: 'EPPO', pattern: /\b(?:EPPO|European Public Prosecutor[’']s Office)\b/g },
  { name: 'European Commission', pattern: /\b(?:European Commission|[Tt]he Commission)\b/g },
  { name: 'Frontex', pattern: /\bFrontex\b/g },
  // "the EU signed", not "the EU Member States" or "the EU-China dialogue".
  { name: 'EU', pattern: /\b(?:[Tt]he EU|[Tt]he European Union)\b(?!-\p{L}| (?:Member|Drugs|Strategy|Roadmap|level|hub|countries|agencies|institutions|Agency|side)\b)/gu },
] as const;

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
