import { countryCode, countryOfBody } from './countries.ts';
import { foldNoun, foldVerb, nameWords, normaliseName } from './normalise.ts';

/**
 * How one fact is compared with one gold fact, field by field. Lenient matching asks the field a fact
 * is about (a country's code, an organisation's name or acronym, a figure's value and unit, a signing's
 * counterpart and status); strict matching asks every other field a reviewer checks too.
 */

export const figureKey = (value: number, unit: string): string => `${Math.round(value * 1000) / 1000}|${unit}`;

/** A country fact's code: its own code when it gives a real one, else its name resolved. */
export const countryKey = (name: string, code?: string): string => (code && countryCode(code)) || countryCode(name) || normaliseName(name);

interface Named {
  readonly name: string;
  readonly acronym?: string | undefined;
}

const formsOf = (o: Named): string[] => [o.name, o.acronym].filter((x): x is string => !!x).map(normaliseName);

/** Two organisations are one when a name or acronym of one equals a name or acronym of the other. */
export function sameOrganisation(a: Named, b: Named): boolean {
  const bForms = formsOf(b);
  return formsOf(a).some((form) => bForms.includes(form));
}

/** Strict for organisations: the acronym agrees (both absent, or equal). */
export const sameAcronym = (a?: string, b?: string): boolean => (a ? normaliseName(a) : '') === (b ? normaliseName(b) : '');

const HONORIFICS = /^(?:(?:mr|mrs|ms|miss|dr|prof|professor|sir|dame|mme|mlle|hon)\s+)+/;
const personName = (name: string): string => normaliseName(name).replace(HONORIFICS, '');

/** "Mr Michael Schmid" and "Michael Schmid" are one person. */
export const samePerson = (a: string, b: string): boolean => personName(a) === personName(b);

/** Roles agree when both are absent, or the words of one are all among the words of the other. */
export function sameRole(a?: string | null, b?: string | null): boolean {
  if (!a || !b) return !a && !b;
  const [wa, wb] = [new Set(nameWords(a)), new Set(nameWords(b))];
  const within = (x: Set<string>, y: Set<string>) => [...x].every((word) => y.has(word));
  return within(wa, wb) || within(wb, wa);
}

/** Locations, legal acts and operations: by name ("operation Prison Break" = "Prison Break" = "Joint Operation Prison Break"). */
export const sameName = (a: string, b: string): boolean => entityName(a) === entityName(b);
/**
 * A numbered legal act is the act its number names, however much of its title is quoted:
 * "Directive 2014/41/EU" = "Directive 2014/41/EU regarding the European Investigation Order in criminal
 * matters"; "Regulation (EU) 2018/1727" ≠ "Regulation (EU) 2016/794".
 */
export function sameLegalAct(a: string, b: string): boolean {
  const [na, nb] = [actNumber(a), actNumber(b)];
  return na !== null && na === nb ? true : sameName(a, b);
}
const actNumber = (name: string): string | null => {
  // "Council Decision of 28 February 2002 setting up Eurojust": a dated act is known by its kind and date.
  const dated = /\b(regulation|directive|decision|joint action|common position|act|resolution) of (\d{1,2} [a-z]+ \d{4})\b/.exec(name.toLowerCase());
  if (dated) return `${dated[1]} ${dated[2]}`;
  const m = /\b(regulation|directive|decision|joint action|common position)\b.*?\b(\d{2,4}\/\d{1,4}(?:\/[a-z]+)?)/.exec(name.toLowerCase());
  return m ? `${m[1]} ${m[2]}` : null;
};
const entityName = (name: string): string => normaliseName(name).replace(/^(?:joint\s+)?(?:operation|action(?:\s+days?)?|jads?)\s+/, '');

const DETERMINERS = new Set(['the', 'a', 'an', 'some', 'these', 'those', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'all', 'both', 'each', 'every', 'such']);
const NUMBER_WORDS = /^(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)$/;

/** A subject's words, lowercase, without leading determiners or numbers: "the 17 suspects" → ["suspects"]. */
export function subjectWords(subject: string): string[] {
  const words = subject
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s?(?=\s|$)/g, '')
    .replace(/[^\p{L}\p{N}\- ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 0 && (DETERMINERS.has(words[0]!) || NUMBER_WORDS.test(words[0]!))) words.shift();
  return words;
}

/**
 * Subjects agree when equal after folding, or when gold's head noun (its last word, in either number)
 * is among ours and ours is at most twice as long: gold "suspects" ~ ours "criminal suspects", but not
 * ours "suspects arrested in the two countries".
 */
export function sameSubject(gold: string | null, ours: string | null): boolean {
  if (gold === null || ours === null) return gold === ours;
  const [g, o] = [subjectWords(gold), subjectWords(ours)];
  if (g.join(' ') === o.join(' ')) return true;
  const head = g.at(-1);
  return head !== undefined && o.length <= 2 * g.length && o.some((word) => foldNoun(word) === foldNoun(head));
}

const AUXILIARIES = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are', 'has', 'have', 'had', 'got', 'get', 'will']);

/**
 * An action in one form: "were arrested" = "arrest" = "arrests"; null only equals null. A preposition
 * after the verb is the object's, not the verb's: "focused on" = "focused", "dealt with" = "dealt".
 */
export function actionWords(action: string): string[] {
  return action.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word && !AUXILIARIES.has(word) && !OBJECT_PREPOSITIONS.has(word)).map(foldVerb);
}
const OBJECT_PREPOSITIONS = new Set(['on', 'with', 'in', 'into', 'for', 'against', 'to', 'at', 'from', 'by', 'of']);

export function sameAction(gold: string | null, ours: string | null): boolean {
  if (gold === null || ours === null) return gold === ours;
  return actionWords(gold).join(' ') === actionWords(ours).join(' ');
}

/**
 * A signing's counterpart: a country by code (a national body signs for its country, as the SPEC says),
 * else an organisation by its name and, where the same reading pairs it with one, its acronym.
 */
export function counterpartForms(counterpart: string, organisations: readonly Named[]): string[] {
  const code = countryOfBody(counterpart);
  if (code) return [`country:${code}`];
  const organisation = organisations.find((o) => sameOrganisation(o, { name: counterpart }));
  return organisation ? [...new Set([normaliseName(counterpart), ...formsOf(organisation)])] : [normaliseName(counterpart)];
}

export const sameCounterpart = (a: readonly string[], b: readonly string[]): boolean => a.some((form) => b.includes(form));
