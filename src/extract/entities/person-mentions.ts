import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { ORGANISATION_HEAD_WORDS } from '../../nlp/lexicon/organisations.data.ts';
import { COURTESY_TITLES, ROLE_TITLES } from '../../nlp/lexicon/person-roles.data.ts';
import type { Sentence } from '../../nlp/sentences.ts';

export interface PersonMention {
  readonly name: string;
  readonly role?: string;
  readonly start: number;
  readonly end: number;
  readonly rule: 'person.role-before' | 'person.role-after' | 'person.courtesy-title';
}

// A name word is never a title, an organisation head word or a month: excluding them inside the
// pattern lets a long role ("Director of the Kenyan Directorate of …, Mr Amin") extend to the real name.
const NOT_NAME = [...COURTESY_TITLES, ...ORGANISATION_HEAD_WORDS, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'The', 'European', 'Union'];
const CAP = `(?!(?:${NOT_NAME.join('|')})\\b)\\p{Lu}[\\p{Ll}’'\\-]+`;
const NAME = `(${CAP}(?:[ \\u00a0]+${CAP}){1,2})`;
const TITLE = `(?:(?:${COURTESY_TITLES.join('|')})\\.?[ \\u00a0]+)`;
const ROLE = `(?:${ROLE_TITLES.map((r) => r.replace(/ /g, '[ \\u00a0]+')).join('|')})`;
// At most twelve words after "of" ("of Justice of the Republic of Korea" has six): unbounded, every role
// title in a long capitalised run would read to the run's end looking for a name.
const ROLE_TAIL = "(?:[ \\u00a0]+of(?:[ \\u00a0]+(?:the|of|\\p{Lu}[\\p{L}’'\\-]*|and|for)){1,12}?)?";
// A role starts where a word starts: from inside a long capitalised word, the words before the role
// would be tried from each of its letters.
const WORD_START = "(?<![\\p{L}\\p{N}’'\\-])";
const ROLE_PHRASE = `(${WORD_START}(?:(?:\\p{Lu}[\\p{L}’'\\-]*|EU)[ \\u00a0]+){0,3}?${ROLE}${ROLE_TAIL})`;
/** "Eurojust President Michael Schmid", "Eurojust President, Michael Schmid,", "Minister of Justice of the Republic of Korea Mr. Park Sung-jae". */
const ROLE_BEFORE_TITLED = new RegExp(`${ROLE_PHRASE},?[ \\u00a0]+${TITLE}${NAME}`, 'gu');
/** Without a courtesy title the role has no "of" tail, so a capitalised noun after it is not taken for a name. */
const ROLE_BEFORE = new RegExp(`(${WORD_START}(?:(?:\\p{Lu}[\\p{L}’'\\-]*|EU)[ \\u00a0]+){0,3}?${ROLE}),?[ \\u00a0]+${NAME}`, 'gu');
/** "Michael Schmid, President of Eurojust". */
const ROLE_AFTER = new RegExp(`${TITLE}?${NAME},[ \\u00a0]+(?:the[ \\u00a0]+)?${ROLE_PHRASE}`, 'gu');
const WITH_TITLE = new RegExp(`\\b${TITLE}${NAME}`, 'gu');
const NOT_NAME_WORD = new RegExp(`^(?:${[...ORGANISATION_HEAD_WORDS, 'The', 'This', 'That', 'These', 'European', 'Union', 'Agency', 'Member', 'States', 'Eurojust', 'Europol', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].join('|')})$`);

function isPersonName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  return words.every((w) => !NOT_NAME_WORD.test(w) && !countryLexicon().byName.has(w) && !countryLexicon().byDemonym.has(w));
}

/** Cheap test first: a sentence with no role title and no courtesy title names no person we can read. */
const MAY_NAME_PERSON = new RegExp(`\\b(?:${[...ROLE_TITLES, ...COURTESY_TITLES].map((r) => r.split(/[ -]/).at(-1)).join('|')})\\b`);

export function findPersonMentions(sentence: Sentence): PersonMention[] {
  if (!MAY_NAME_PERSON.test(sentence.text)) return [];
  const found: PersonMention[] = [];
  const starts = new Set<number>();
  const add = (name: string, nameAt: number, role: string | undefined, rule: PersonMention['rule']) => {
    if (starts.has(sentence.start + nameAt) || !isPersonName(name)) return;
    starts.add(sentence.start + nameAt);
    found.push({ name, ...(role ? { role: role.replace(/[ \u00a0]+/g, ' ').trim() } : {}), start: sentence.start + nameAt, end: sentence.start + nameAt + name.length, rule });
  };
  for (const m of sentence.text.matchAll(ROLE_BEFORE_TITLED)) add(m[2]!, m.index + m[0].lastIndexOf(m[2]!), m[1], 'person.role-before');
  for (const m of sentence.text.matchAll(ROLE_BEFORE)) add(m[2]!, m.index + m[0].lastIndexOf(m[2]!), m[1], 'person.role-before');
  for (const m of sentence.text.matchAll(ROLE_AFTER)) add(m[1]!, m.index + m[0].indexOf(m[1]!), m[2], 'person.role-after');
  for (const m of sentence.text.matchAll(WITH_TITLE)) add(m[1]!, m.index + m[0].indexOf(m[1]!), undefined, 'person.courtesy-title');
  return found;
}
