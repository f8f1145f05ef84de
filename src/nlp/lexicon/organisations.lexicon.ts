import { isCommonEnglishWord } from './english-words.lexicon.ts';
import { createPhraseMatcher, type PhraseMatcher } from '../phrase-matcher.ts';
import { EU_BODIES, type EuBodyKind } from './eu-bodies.data.ts';
import { ARMED_AND_CRIMINAL_GROUPS, INTERNATIONAL_BODIES, NATIONAL_BODIES } from './organisations.data.ts';

/**
 * The listed bodies, EU-side and international, indexed by every writing: what the organisation reader
 * matches in text and what the signing reader asks about a party.
 */
export interface KnownBody {
  /** Stable id: the official name. */
  readonly id: string;
  readonly names: readonly string[];
  readonly acronyms: readonly string[];
  readonly shortNames: readonly string[];
  readonly side: 'eu' | 'international' | 'national';
  readonly kind: EuBodyKind | 'international' | 'national' | 'group';
  /** A national body's country (ISO 3166-1 alpha-2): it signs for that country. */
  readonly country?: string;
  /** Concludes working arrangements or agreements in its own name (an EU-side party of signings). */
  readonly signsArrangements: boolean;
}

/** How a writing names its body: a full name, an acronym, or an elliptic short name ("the Council"). */
export type FormKind = 'name' | 'acronym' | 'short';

export interface KnownForm {
  readonly body: KnownBody;
  readonly kind: FormKind;
}

/** "the EU Agency for Asylum", "the EU Agency for Cybersecurity": the Union's agencies are often written with "EU" for "European Union". */
const withEuShort = (names: readonly string[]) => [...names, ...names.filter((name) => name.startsWith('European Union ')).map((name) => `EU ${name.slice('European Union '.length)}`).filter((short) => !names.includes(short))];

export const KNOWN_BODIES: readonly KnownBody[] = [
  ...EU_BODIES.map((body) => ({ id: body.names[0]!, names: withEuShort(body.names), acronyms: body.acronyms ?? [], shortNames: body.shortNames ?? [], side: 'eu' as const, kind: body.kind, signsArrangements: body.signsArrangements })),
  ...INTERNATIONAL_BODIES.map((body) => ({ id: body.names[0]!, names: body.names, acronyms: body.acronyms ?? [], shortNames: body.shortNames ?? [], side: 'international' as const, kind: 'international' as const, signsArrangements: true })),
  ...ARMED_AND_CRIMINAL_GROUPS.map((body) => ({ id: body.names[0]!, names: body.names, acronyms: body.acronyms ?? [], shortNames: body.shortNames ?? [], side: 'international' as const, kind: 'group' as const, signsArrangements: false })),
  ...NATIONAL_BODIES.map((body) => ({ id: body.names[0]!, names: body.names, acronyms: body.acronyms ?? [], shortNames: body.shortNames ?? [], side: 'national' as const, kind: 'national' as const, signsArrangements: false, country: body.country })),
];

/** Apostrophes compare equal: "Prosecutor's" is "Prosecutor’s". */
export const foldApostrophes = (text: string) => text.replace(/[’‘`]/g, "'");

const byForm = new Map<string, KnownForm>();
for (const body of KNOWN_BODIES) {
  const forms: [readonly string[], FormKind][] = [[body.names, 'name'], [body.acronyms, 'acronym'], [body.shortNames, 'short']];
  for (const [writings, kind] of forms) for (const form of writings) if (!byForm.has(foldApostrophes(form))) byForm.set(foldApostrophes(form), { body, kind });
  for (const form of inCapitals(body)) if (!byForm.has(form)) byForm.set(form, { body, kind: 'name' });
}

/**
 * "EUROPOL", "EUROJUST", "FRONTEX": national releases write the agencies' one-word names in capitals. Only
 * one-word names of five letters or more, so no capitalised word becomes an acronym of something else.
 */
function inCapitals(body: KnownBody): string[] {
  // "COUNCIL", "COMMISSION" in a heading are words of the language set in capitals, not a mention.
  return [...body.names, ...body.acronyms, ...body.shortNames].filter((form) => /^\p{Lu}\p{Ll}{4,}$/u.test(form) && !isCommonEnglishWord(form)).map((form) => form.toUpperCase());
}

/** The listed body a writing names ("EPPO", "European Public Prosecutor's Office", "the Council" without "the"). */
export const knownForm = (writing: string): KnownForm | undefined => byForm.get(/[’‘`]/.test(writing) ? foldApostrophes(writing) : writing);

let matcher: PhraseMatcher | undefined;
/** Finds every listed writing in a text, longest first ("Council of Europe" before "Council"). */
export const knownBodyMatcher = (): PhraseMatcher => (matcher ??= createPhraseMatcher(KNOWN_BODIES.flatMap((body) => [...body.names, ...body.acronyms, ...body.shortNames, ...inCapitals(body)])));

/** EU-side bodies that sign in their own name, by the writing they usually go by ("Eurojust", "EPPO", "EU"). */
export const EU_SIGNING_BODIES: readonly KnownBody[] = KNOWN_BODIES.filter((body) => body.side === 'eu' && body.signsArrangements);
