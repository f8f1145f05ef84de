import nlp from 'compromise';
import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { MONTH_NAME_PATTERN } from '../../nlp/lexicon/months.data.ts';
import { MODIFIED_HEAD_WORDS, NATIONAL_LANGUAGE_HEAD_WORDS, ORGANISATION_HEAD_WORDS, TOPIC_HEAD_WORDS } from '../../nlp/lexicon/organisations.data.ts';
import { knownForm } from '../../nlp/lexicon/organisations.lexicon.ts';
import { ROLE_TITLES } from '../../nlp/lexicon/person-roles.data.ts';

/** The words organisation names are made of: regex parts and word tests shared by the organisation rules. */

export const SPACE = '[ \\u00a0]';
/**
 * Words that join the capitalised words of one name, English and the national languages' ("Guardia di Finanza"),
 * and the particles inside a place's name that a body's name may end with ("… Office in Frankfurt am Main").
 */
export const CONNECTOR = "(?:of|for|against|and|the|on|in|de|du|des|del|della|di|da|la|van|der|y|at|to|from|am|upon|sur|&)";
export const CONNECTOR_WORD = /^(?:of|for|against|and|the|on|in|de|du|des|del|della|di|da|la|van|der|y|at|to|from|by|am|upon|sur|&)$/;
/** Prepositions that open a head word's complement: the head of "Directorate for the Investigation of …" is "Directorate". */
export const PREPOSITION_WORD = /^(?:of|for|against|on|in|at|to|from|by|de|du|des|del|della|di|da)$/i;
const MONTH_NAMES = MONTH_NAME_PATTERN;
/**
 * A hyphen belongs to a word only between letters or digits: "Anti-Mafia", not "West Flanders- Federal Police".
 * The capital is asserted first so that a scan tries the month names only where a word starts with
 * one (both are lookaheads at the same place, so the matches are the same).
 */
export const NAME_WORD = `(?=\\p{Lu})(?!${MONTH_NAMES}\\b)(?:\\p{Lu}(?:[\\p{L}\\p{N}’'.]|[-‐](?=[\\p{L}\\p{N}]))*)`;
/**
 * A name is at most MAX_NAME_WORDS capitalised words with at most three connectors between two of them
 * (the corpus's longest has 13: "Public Prosecutor’s Office of Bari and the Special Anti-Corruption and
 * Organised Crime Prosecutor’s Office of Tirana and the Albanian Police"). A longer capitalised run (a
 * title in capitals, a table header) is read as several runs, which keeps the work per run bounded.
 */
export const MAX_NAME_WORDS = 24;
export const RUN = `${NAME_WORD}(?:${SPACE}+(?:${CONNECTOR}${SPACE}+){0,3}${NAME_WORD}){0,${MAX_NAME_WORDS - 1}}`;
/**
 * A long form in front of "(ACRONYM)" is bounded by the parenthesis, so it may hold what a free-running
 * name may not: commas and dashes ("International, Impartial and Independent Mechanism – Syria (IIIM)"),
 * "by" and slashes ("… Crimes Committed by Da'esh/ISIL (UNITAD)"). Which part is the name is decided by
 * the acronym's letters, else by list boundaries (longFormFor).
 */
export const ACR_WORD = `(?=\\p{Lu})(?!${MONTH_NAMES}\\b)(?:\\p{Lu}(?:[\\p{L}\\p{N}’'.]|[-‐/](?=[\\p{L}\\p{N}]))*)`;
export const ACR_RUN = `${ACR_WORD}(?:(?:${SPACE}+(?:(?:${CONNECTOR}|by)${SPACE}+){0,3}|,${SPACE}+|${SPACE}+[–—]${SPACE}+)${ACR_WORD}){0,${MAX_NAME_WORDS - 1}}`;
/** Two capitals at least ("(Customs)" is a qualifier, not an acronym); a second part or a version may follow ("EL PAcCTO 2.0", "CT JUST"). */
export const ACRONYM = `\\p{Lu}(?=[\\p{L}\\p{N}&\\-]{0,14}\\p{Lu})[\\p{L}\\p{N}&\\-]{1,14}(?:${SPACE}(?:\\p{Lu}[\\p{L}\\p{N}&\\-]{1,14}|\\d+(?:\\.\\d+)?)){0,2}`;
export const HEAD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ORGANISATION_HEAD_WORDS.join('|')}|Embassy)(?![\\p{L}\\p{N}])`, 'u');
/** One word of a name is a head when it ends a head ("Party" of "Working Party", "Force" of "Task Force"). */
export const HEAD_WORD = new RegExp(`^(?:${[...new Set([...ORGANISATION_HEAD_WORDS, 'Embassy'].map((head) => head.split(' ').at(-1)!))].join('|')})(?:[’']s)?[,;:]?$`, 'u');
/** Heads that name a topic as well as a body (see TOPIC_HEAD_WORDS), and heads that need a word before them. */
export const TOPIC_HEAD = new RegExp(`^(?:${TOPIC_HEAD_WORDS.join('|')})$`, 'u');
export const MODIFIED_HEAD = new RegExp(`^(?:${MODIFIED_HEAD_WORDS.join('|')})$`, 'u');
/** Heads in a national language, which adjectives follow ("Policía Nacional"). */
export const NATIONAL_HEAD = new RegExp(`^(?:${NATIONAL_LANGUAGE_HEAD_WORDS.join('|')})$`, 'u');
/** Heads of a part of a body: "Israeli Police – National Cybercrime Unit" is one name, the unit of that police. */
export const SUB_UNIT_HEAD = /^(?:Unit|Squad|Company|Department|Division|Section|Branch|Desk|Team)$/;
/** Words after a head word that make the phrase a document, event, tool or group of people, not a body. */
export const NOT_A_BODY_AFTER_HEAD = /^(?:Conclusions?|Decisions?|Regulations?|Reports?|Strateg(?:y|ies)|Plans?|Meetings?|Summits?|Conferences?|Declarations?|Agreements?|Arrangements?|Members?|States|Presidenc(?:y|ies)|Roadmap|Communication|Action|Package|Threat|Assessment|Cycle|Dialogue|Mandates?|Priorities|Framework|Directive|Code|Application|Systems?|Database|Opinion|Session|Plenary|Decrees?|Acts?|Laws?|Orders?|Budget|Website)$/;
/** A head followed by these words has its complement after it: "Group on Precursors", "Coalition to Address …". */
export const COMPLEMENT = /^(?:of|for|against|on|at|in|to|de|du|des|del|della|di|da)$/;
/** Nouns of documents, events and people that, in front of "of the Body", make the phrase about the body, not the body. */
export const ABOUT_A_BODY = /^(?:Conclusions?|Decisions?|Regulations?|Directives?|Resolutions?|Opinions?|Reports?|Declarations?|Presidenc(?:y|ies)|Members?|Meetings?|Plenary|Sessions?|Strateg(?:y|ies)|Work|Rules|Minutes)$/;
/** "Members of the …", "Plenary of the …" in front of a name defined by an acronym. */
export const ABOUT_A_BODY_PREFIX = new RegExp(`^(?:\\p{Lu}\\S*${SPACE}+)?(?:${ABOUT_A_BODY.source.slice(1, -1)})${SPACE}+of${SPACE}+(?:the${SPACE}+)?`, 'u');
export const LEADING_NOISE = /^(?:(?:The|the|of|A|An|In|On|At|By|For|From|With|During|Following|Since|Through|Under|As|And|Both|Its|Their|This|These|Thanks to|According to|Due to|Pursuant to|Prior to|Further to|Owing to|In line with|On behalf of|Together with|Along with|Supported by|Under the|Various|Several|Other|Relevant|Competent|All|Many|Some|Each|Every|Dear|Today|Yesterday|Meanwhile|However|Moreover|Furthermore|Additionally|Also|Then|Together|Later|Earlier|When|While|After|Before|Where|If|Once|Whereas|Having|Considering|Recalling|Noting)\s+)+/;
/** Titles of office that may end a run after a body's name ("Civil Liberties Committee Chair Anna Berg"). */
export const ROLE_WORD = /^(?:Chair|Chairman|Chairwoman|Chairperson|President|Vice-President|Director|Director-General|Minister|Commissioner|Head|Chief|Spokesperson|Rapporteur|Secretary-General|Ambassador|Commander|Judge|Prosecutor|Mayor|Members?|Officers?|Staff|Representatives?|Delegations?)$/;
export const LEADING_ROLE = new RegExp(`^(?:${ROLE_TITLES.join('|')})[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?`);
export const REGION_ADJECTIVE = /^(?:Latin|South|North|Central) (?:American|African|Asian)$/;
export const REGIONS = /^(?:EU|European Union|Europe|Latin America|Western Balkans?|Middle East|North Africa|South America)$/;

/** Whether a writing is a listed body's name, acronym or short name. */
export const isKnownForm = (writing: string): boolean => knownForm(writing) !== undefined;

export const isDash = (word: string) => /^[–—-]$/.test(word);
export const initialsOf = (words: readonly string[]) =>
  words
    .filter((w) => !CONNECTOR_WORD.test(w) && !isDash(w))
    .flatMap((w) => w.split(/[-‐/]/))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')[0] ?? '')
    .join('')
    .toUpperCase();
export const isCountry = (name: string) => countryLexicon().byName.has(name);

/** Closed-class words (and adverbs) of compromise's English lexicon: never the first word of a name. */
const CLAUSE_TAGS = new Set(['Modal', 'Conjunction', 'Preposition', 'QuestionWord', 'Pronoun', 'Determiner', 'Copula', 'Auxiliary', 'Negative', 'Adverb']);
let clauseWords: ReadonlySet<string> | undefined;

function loadClauseWords(): ReadonlySet<string> {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  return new Set(Object.entries(lexicon).filter(([word, tags]) => !word.includes(' ') && [tags].flat().some((tag) => CLAUSE_TAGS.has(tag))).map(([word]) => word));
}

/**
 * How many characters of a run's start are words that open a clause, not a name: "Should the
 * Government …", "Where the Agency …", "Further, the Police …". Only Title-case words: "US" is no pronoun.
 */
export function clauseWordsAt(run: string): number {
  clauseWords ??= loadClauseWords();
  let at = 0;
  for (let n = 0; n < 3; n++) {
    const word = /^(\p{Lu}\p{Ll}+)[ \u00a0,]+/u.exec(run.slice(at));
    if (!word || !clauseWords.has(word[1]!.toLowerCase())) break;
    at += word[0].length;
    at += /^(?:the|[Tt]his|[Tt]hese|its|their)[ \u00a0]+/.exec(run.slice(at))?.[0].length ?? 0;
  }
  return at;
}
