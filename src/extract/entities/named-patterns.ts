import { MONTH_NAME_PATTERN, MONTH_NAMES } from '../../nlp/lexicon/months.data.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { isCountry, isKnownForm } from './organisation-words.ts';
import { countryLexicon } from '../../nlp/lexicon/countries.lexicon.ts';
import { isCommonEnglishWord } from '../../nlp/lexicon/english-words.lexicon.ts';
import { isKnownPlace } from '../../nlp/lexicon/places.lexicon.ts';

/** A named thing found by a pattern: legal acts and operations are written in fixed shapes. */
export interface PatternMention {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/** The kinds of acts, their authors and their kinds of powers, written once for titles in both cases. */
const ACT_KINDS = ['Framework Decision', 'Decision', 'Regulation', 'Directive', 'Joint Action', 'Common Position'];
const ACT_AUTHORS = ['Council', 'Commission'];
const ACT_POWERS = ['Implementing', 'Delegated'];
const actHead = (cased: (words: string) => string, authors: readonly string[]) =>
  `\\b(?:(?:${authors.map(cased).join('|')})\\s+)?(?:${ACT_POWERS.map((power) => `${cased(power)} `).join('|')})?(?:${ACT_KINDS.map(cased).join('|')})`;
/** An act's kind with its author: "Council Framework Decision", "Commission Implementing Regulation". */
const ACT_HEAD = actHead((words) => words, [...ACT_AUTHORS, 'European Parliament and Council']);
/** Titles of acts are often in capitals: "REGULATION (EU) 2016/794 OF THE EUROPEAN PARLIAMENT …". */
const ACT_HEAD_CAPITALS = actHead((words) => words.toUpperCase(), ACT_AUTHORS);
/** The words of those heads in capitals, shown as running text writes them. */
const TITLE_TAIL = / (?:of|and|the|between|in|for|on|to|by|with)$/;
const HEAD_IN_CAPITALS = new RegExp(`\\b(?:${[...new Set([...ACT_AUTHORS, ...ACT_POWERS, ...ACT_KINDS.flatMap((kind) => kind.split(' '))])].map((word) => word.toUpperCase()).join('|')})\\b`, 'g');
/** An act's number: "(EU) 2018/1727", "(EU) No 1052/2013", "2008/841/JHA", "(CFSP) 2023/1532". */
const ACT_NUMBER = '(?:\\((?:EU|EC|EEC|Euratom|CFSP|JHA)(?:,\\s*(?:Euratom|CFSP))?\\)\\s*)?(?:No\\.?\\s*\\d{1,4}|\\d{2,4})\\/\\d{1,4}(?:\\/(?:JHA|EU|EC|CFSP|EEC))?';

/**
 * "Regulation (EU) 2018/1727", "Directive (EU) 2024/1260", "Council Framework Decision 2008/841/JHA",
 * "Joint Action 97/827/JHA", "Treaty on European Union". Adding a shape is one entry here.
 */
/** A national code's title, and the form of state that may name whose it is ("… of the Republic of Serbia"). */
const CODE_TITLE = /^(?:Code of (?:Criminal |Civil )?(?:Procedure|Criminal Procedure|Criminal Law)|(?:Criminal|Penal|Civil) (?:Procedure )?Code)/;
const STATE_FORM = '(?:(?:Republic|Kingdom|Federal Republic|Principality|Grand Duchy) of )?';
const STATE_AFTER_TITLE = new RegExp(`^ of (?:the )?${STATE_FORM}(.+)$`);
const LEGAL_ACT_PATTERNS: readonly { id: string; pattern: RegExp; needs?: string }[] = [
  {
    id: 'legal-act.numbered',
    pattern: new RegExp(`${ACT_HEAD}\\s+${ACT_NUMBER}`, 'g'),
  },
  { id: 'legal-act.numbered', pattern: new RegExp(`${ACT_HEAD_CAPITALS}\\s+${ACT_NUMBER}`, 'g') },
  // "Protocol No 22 on the position of Denmark", "Protocol (No 36) on transitional provisions".
  { id: 'legal-act.protocol', pattern: /\bProtocol \(?No\.? ?\d{1,3}\)?/g },
  // "Council Decision of 28 February 2002 setting up Eurojust with a view to …", "the Council Act of 29 May 2000":
  // an act named by its date and title; the title runs to the clause's end or its verb, bounded so a long
  // sentence is not read twice.
  {
    id: 'legal-act.dated',
    pattern: new RegExp(`(?:${ACT_HEAD}|\\bCouncil (?:Act|Resolution))(?= of) of \\d{1,2} ${MONTH_NAME_PATTERN} (?:19|20)\\d\\d(?: (?:on|setting up|establishing|amending|concerning|laying down|implementing|repealing|supplementing)\\b(?:(?! (?:was|were|is|are|has|have|had|will|shall|would|which|that)\\b)[^,.;:()\\n]){1,160})?`, 'g'),
  },
  // "the Council Decision on Eurojust", "the 2016 Regulation on the European Border and Coast Guard": an act named
  // by its kind and its capitalised subject.
  // "the Council Decision on the strengthening of Eurojust": a lower-case noun of the title before "of" and the name.
  { id: 'legal-act.titled', needs: ' on ', pattern: new RegExp(`(?:\\b(?:19|20)\\d\\d )?${ACT_HEAD} on (?:the )?(?:\\p{Ll}+ (?:of|against) (?:the )?)?\\p{Lu}[\\p{L}-]*(?: (?:(?:of|and|the|in|for|against) ){0,2}\\p{Lu}[\\p{L}-]*){0,6}`, 'gu') },
  // "the Directive on combating terrorism", "the Convention on a simplified extradition procedure between the Member
  // States of the European Union": after "the", a capitalised kind of act titled by a lower-case subject. The title runs
  // over lower-case words and "the Member States of …" to punctuation or a verb (at most 14 words).
  {
    id: 'legal-act.titled-subject',
    needs: 'the ',
    pattern: /(?<=\b[Tt]he )(?:(?:Council |Commission )?(?:Implementing |Delegated )?(?:Directive|Regulation|Decision)|Convention|Framework Decision) (?:on|relating to) (?:(?:a|an|the) )?\p{Ll}[\p{Ll}-]+(?: (?!(?:that|which|who|whose|is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|entered|came|adopted|signed|agreed|applies|apply|provides|requires|allows|aims|sets|gives|in force)\b)(?:[\p{Ll}-]+|Member|States|European|Union|EU)){0,13}/gu,
  },
  // "Treaty of the Functioning …" is a common misspelling of the Treaty's name; "TFEU", "TEU" its acronyms.
  // "TEC", the Treaty establishing the European Community, cited by its articles before Lisbon.
  { id: 'legal-act.treaty', pattern: /\bTreaty (?:on|of) (?:the [Ff]unctioning of )?(?:the )?(?:European Union|EU)\b|\bT(?:F)?EU\b|\bTEC\b/g },
  // "the Treaty of Lisbon", "the Treaty of Prüm": a treaty named by the place it was signed.
  { id: 'legal-act.treaty', pattern: /\bTreaty of (?!the\b)\p{Lu}\p{Ll}+(?![\p{L}-]| (?:on|of|for) | and \p{Lu})/gu },
  // A convention's name is bounded ({0,200}): unbounded, each "Convention on" would read to the end of the sentence.
  // "… Organized Crime and the Council of Europe Convention on Cybercrime": "and the" opens the next name.
  // "the Convention on Cybercrime in May": a month after "in" dates the sentence, it is no word of the name.
  // "the Second Additional Protocol to the Convention on Cybercrime": a protocol to a convention is named with it.
  { id: 'legal-act.convention', pattern: new RegExp(`(?:\\b(?:19|20)\\d\\d\\s+)?\\b(?:(?:(?:First|Second|Third|Fourth|Optional|Additional) )*Protocol to the )?(?:(?:United Nations|UN|Council of Europe|\\p{Lu}\\p{Ll}+)\\s+)?Convention (?:on|against) (?:the )?\\p{Lu}[\\p{L}-]*(?: (?!and the )(?:(?:on|of|in|and|the|for|against|to) ){0,2}(?!(?:Convention|Treaty|Protocol|Regulation|Directive|${MONTH_NAMES.join('|')})\\b)\\p{Lu}[\\p{L}-]*){0,12}`, 'gu') },
  // "the Code of Criminal Procedure", "the Criminal Code", "the Law on Personal Data Protection": national codes and laws by their titles.
  // "the Criminal Code of the Republic of Serbia", "the Code of Criminal Procedure of Romania": the state whose code it is belongs to its title.
  { id: 'legal-act.code', needs: 'Code', pattern: new RegExp(`\\b${CODE_TITLE.source.slice(1)}\\b(?: of (?:the )?${STATE_FORM}\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?\\b)?`, 'gu') },
  // "the Act on the Police", "the Act on Criminal Liability of Legal Persons": a national act titled by its subject.
  { id: 'legal-act.law', needs: 'Act on ', pattern: /\bAct on (?:the )?\p{Lu}[\p{L}-]*(?: (?!and (?:the )?(?:Law|Act|Code|Regulation|Directive|Convention|Decision)\b)(?:(?:of|and|the|on|for|against|in) ){0,2}\p{Lu}[\p{L}-]*){0,6}/gu },
  // "the Law on Personal Data Protection and the Act on the Police": a second act after "and" is one of its own.
  { id: 'legal-act.law', needs: 'Law ', pattern: /\bLaw (?:on|of) (?!the Sea\b)(?:the )?\p{Lu}[\p{L}-]*(?: (?!and (?:the )?(?:Law|Act|Code|Regulation|Directive|Convention|Decision)\b)(?:(?:of|and|the|on|for|against|in) ){0,2}\p{Lu}[\p{L}-]*){0,6}/gu },
  // "Charter of Fundamental Rights of the European Union", "Protocol on Privileges and Immunities".
  { id: 'legal-act.charter', pattern: /\b(?:Charter|Protocol|Statute) (?:of|on) (?:the )?\p{Lu}[\p{L}-]*(?: (?:of|on|and|the|\p{Lu}[\p{L}-]*)){0,8}?(?= (?:of the European Union|of the EU)\b| ?[,.;(]| and(?! \p{Lu}[\p{L}-]*(?:[ ,.;]|$))\b| (?!(?:of|on|and|the)\b)\p{Ll}|$)(?: of the (?:European Union|EU))?/gu },
  // "the Europol Regulation", "the European Investigation Order (EIO) Directive", "the AMERIPOL Treaty",
  // "the Staff Regulations", "the E-evidence Package", "the Prüm Decisions", "the Rome Statute": capitalised words
  // before a legal head noun.
  { id: 'legal-act.named', pattern: /(?<![\p{L}\p{N}-])(?:(?:19|20)\d\d )?(?:(?:e-)?\p{Lu}[\p{L}\p{N}-]*|\(\p{Lu}{2,8}\))(?: (?:and |of |for |on )?(?:\p{Lu}[\p{L}\p{N}-]*|\(\p{Lu}{2,8}\))){0,6} (?:Regulations?|Directive|Convention|Treaty|Charter|Package|Code|Framework Decision|Decisions|Statute|Protocol(?: (?:for|on) (?:\p{Lu}[\p{L}-]*)(?: (?:and )?\p{Lu}[\p{L}-]*){0,3})?)\b(?: \(\d{4}\/\d{1,4}\))?/gu },
  // "the Law Enforcement Directive (EU) 2016/680": a named act with its number is the numbered act.
  { id: 'legal-act.named', needs: '/', pattern: new RegExp(`(?<![\\p{L}\\p{N}’'-])\\p{Lu}[\\p{L}’'-]*(?: (?:and |of |for |on )?\\p{Lu}[\\p{L}’'-]*){0,5} (?:Regulation|Directive|Decision|Framework Decision) ${ACT_NUMBER}`, 'gu') },
  // "Law No. 123/2020", "Law 4/2015 on …": a national law by its number.
  { id: 'legal-act.law', needs: 'Law ', pattern: /\bLaw (?:No\.? ?)?\d{1,4}\/(?:19|20)?\d\d\b/gu },
  // "the GDPR", "the ECHR", "the CISA": acts their acronym names everywhere.
  { id: 'legal-act.acronym', pattern: /\b(?:GDPR|ECHR|CISA)\b/g },
  // "the AI Act", "the DSA Act": an acronym in capitals after "the" titles an act too.
  { id: 'legal-act.statute', needs: ' Act', pattern: /(?<=\b[Tt]he )(?!(?:EU|UN|US|UK|EC)\b)\p{Lu}{2,6}\d? Act\b(?![ \u00a0]+(?:\p{Lu}|of \d|on\b))/gu },
  // "the Criminal Justice Act 2006", "the Proceeds of Crime Act 2002": a national statute by its title and year.
  { id: 'legal-act.statute', needs: ' Act ', pattern: /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}-]*(?: (?:of |and |the |on )?\p{Lu}[\p{L}-]*){0,6} Act (?:19|20)\d\d\b/gu },
  // "the Digital Services Act", "the Proceeds of Crime Act": a title of two or more capitalised words before "Act",
  // not a headline's verb ("Europol And Eurojust Act Against …") nor the Council's act of a date.
  { id: 'legal-act.statute', needs: ' Act', pattern: /(?<![\p{L}\p{N}-])(?!(?:The|Council|Joint|Final|This|That|An?|And|Member|States)\b)\p{Lu}[\p{L}-]*(?: (?:of |on )?(?!And\b)\p{Lu}[\p{L}-]*){1,5}(?<!States|Members|Parties|Countries) Act\b(?![ \u00a0]+(?:\p{Lu}|(?:19|20)\d\d|of \d))(?!-)/gu },
  // "UNSCR 1244(1999)", "UNSC Resolution 2396", "Security Council Resolution 1373 (2001)".
  // "UNSCR 1244/1999": the year after a slash, too.
  { id: 'legal-act.un-resolution', pattern: /\b(?:UNSCR|UNSC(?: [Rr]esolution)?|(?:United Nations |UN )?Security Council [Rr]esolution) ?\d{3,4}(?: ?\(\d{4}\)|\/\d{4})?/g },
];

/**
 * "operation Prison Break", "Operation ‘Sky’", "Action Danube", "Joint Operation Terra", "an operation
 * codenamed ‘Pandora’": the name after the word that introduces it, in capitals or quotes. Frontex's
 * "Joint Operation X" is a name of its own; elsewhere the introducing word is not part of the name.
 */
const QUOTED = `[‘“"']([^’”"'\\n]{2,40})[’”"']`;
const CAPITALISED = `((?:\\p{Lu}[\\p{L}\\p{N}'-]*)(?:\\s+\\p{Lu}[\\p{L}\\p{N}'-]*){0,3}(?:\\s+(?:[IVX]{1,4}|\\d{1,2}|20\\d\\d)(?=\\s*[,.;:()”"’]|\\s*$|[ \\t]*\\n|\\s+[–—-]\\s|\\s+(?:and|was|were|is|has|had|led|targeted|took|in|on|to|with|roundup|raids?|sweep|crackdown|\\p{Ll}+ed)\\b))?)`;
const INTRODUCER = [
  '(Joint Operation|Joint Action Days?(?: \\(JADs?\\))?|JADs?)',
  '[Oo]peration',
  // "Investigation Calypso", "investigation ‘Koala’"; not "European Investigation Order" nor "Joint Investigation Team".
  // Look-behinds after the literal: tried only where the word is, not at every position of every sentence.
  'Investigation(?<!(?:European|Joint|Criminal|Federal|Central|National|Financial) Investigation)',
  'investigation(?=\\s+[‘“"\'])',
  // "the action day ‘Lynx’", "the action week 'Pangea'": a lower-case word for an action, then its quoted name.
  'action (?:days?|weeks?)(?=\\s+[‘“"\'])',
  // Not "Operational Action Plans" nor "the Joint Cybercrime Action Taskforce": a plan or a body, not an action.
  'Action(?<!External Action)(?! (?:Plans?|Day|Days|Weeks?|Programmes?|Points?|Service|Task ?[Ff]orces?|Groups?|Networks?|Teams?|Funds?)\\b)',
  '(?:[Cc]ode-?named|(?:under )?(?:the )?[Cc]ode ?name:?)(?:\\s+[Oo]peration)?',
  // "The operation, called Eclipse, …": after the word operation itself a capitalised name is enough.
  // "The action, named EMMA 9, …", "the probe, dubbed Nightjar": so too after another word for one.
  '(?:called|known as|named|dubbed)(?<=(?:[Oo]peration|[Ii]nvestigation|[Aa]ction|[Cc]ase|[Pp]robe|JAD)s?,?\\s(?:called|known as|named|dubbed))(?!\\s+(?:Joint|JADs?|Operation|Action)\\b)',
].join('|');
const OPERATION = new RegExp(`\\b(?:${INTRODUCER})\\s+(?:${QUOTED}|${CAPITALISED})`, 'gu');
/**
 * "the investigation, called ‘Kraken’"; not "a network called ‘Kraken’" nor "an app known as ‘Sky’": the
 * words before must be about an operation. Read forwards from the operation word (a look-behind tried at
 * every position of every sentence cost ten times the rest of this reader).
 */
const CALLED_OPERATION = new RegExp(`\\b(?:[Oo]perations?|[Ii]nvestigations?|[Aa]ction(?: [Dd]ays?)?|[Cc]ase|[Pp]robe|JADs?)\\b[^.;]{0,30}?\\b(?<!so-)(?:called|known as|named|dubbed)\\s+(?!(?:Joint|JADs?|Operation|Action)\\b)${QUOTED}`, 'gu');
const MAY_BE_CALLED = /\b(?:called|known as|named|dubbed)\b/;
/** "the ‘Thunder’ operation", "Operations ‘Arbor’ and ‘Vesta’": quoted names beside the word, before it or listed after it. */
const QUOTED_BEFORE_OPERATION = new RegExp(`${QUOTED}\\s+(?:joint\\s+)?operations?\\b`, 'gu');
// "the so-called CETIL operation", "The CETIL operation began": also opening a sentence, and after "so-called".
const CAPITALS_BEFORE_OPERATION = /\b[Tt]he\s+(?:so-called\s+)?(\p{Lu}{4,}(?:\s+\d{1,2})?)\s+(?:joint\s+)?operation\b/gu;
const NAME_BEFORE_OPERATION = /\b[Tt]he\s+(?:so-called\s+)?((?:\p{Lu}[\p{L}\p{N}]*\s+){0,2}\p{Lu}\p{Ll}[\p{L}\p{N}]*)\s+(?:joint\s+)?operation\b/gu;
/** Capitals before "operation" that say what kind it is or who runs it, not its name. */
const NOT_CAPITALS_NAME = /^(?:JITS?|JADS?|EMPACT|JOINT|POLICE|CUSTOMS|NATO|EUNAVFOR|EULEX|CSDP|CCWP)$/;
/** "the EncroChat, Sky ECC and AN0M operations": names listed before the plural word. */
const NAMES_BEFORE_OPERATIONS = /\b(?:the|The)[ \u00a0]+((?:\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*){0,2}[ \u00a0]*,[ \u00a0]*)*\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*){0,2}[ \u00a0]+and[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*){0,2})(?:[ \u00a0]+\d{1,2})?[ \u00a0]+operations\b/gu;
const OPERATIONS_LISTED = new RegExp(`\\b[Oo]perations\\s+${QUOTED}((?:\\s*(?:,|and)\\s*${QUOTED.replace('(', '(?:')})+)`, 'gu');

const NAME_WORDS = '\\p{Lu}[\\p{L}\\p{N}-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}\\p{N}-]*){0,2}';
const OPERATIONS_AFTER_DASH = new RegExp(`\\b[Oo]perations[ \\u00a0]*[-–—:][ \\u00a0]*(${NAME_WORDS}(?:[ \\u00a0]*,[ \\u00a0]*(?:and[ \\u00a0]+)?${NAME_WORDS}|[ \\u00a0]+and[ \\u00a0]+${NAME_WORDS})+)`, 'gu');
const LISTED_NAME = new RegExp(NAME_WORDS, 'gu');

/**
 * "the Global Airport Action Days 2023", "the Cyber Action Week": action days are named by the capitalised
 * words before them (joint ones are read above, with their name after).
 */
const NAMED_ACTION_DAYS = /\b((?:\p{Lu}[\p{L}-]*\s+){1,3}Action\s+(?:Days?|Weeks?)(?:\s+(?:19|20)\d\d\b)?)/gu;
const NOT_ACTION_DAYS_NAME = /^(?:(?:The|During|In|On|At|For|After|Before|Since|These|Those|This|Its|Their|Both|Two|Three|Several|Joint|EU|European|Common)\s+)+/;

/** "The fifth European Money Mule Action (EMMA 5)": an action named in full, known by the short name in brackets. */
const ACTION_WITH_SHORT_NAME = /\b(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Action|Operation|Action Days?|Action Week)\s*\((\p{Lu}{2,8}(?:\s?\d{1,2}|\s[IVX]{1,4})?)\)/gu;

/** One operation however it is introduced: "Joint Action Day (JAD) Danube 5" = "JAD Danube 5" = "Danube 5". */
export function operationKey(name: string): string {
  return name.toLowerCase().replace(/^(?:joint\s+operation|joint\s+action\s+days?|jads?|operation)\s+/, '');
}

/** Capitalised words that follow "Operation" without being a name: "Operation Centre", "Operational Task Force". */
const NOT_OPERATION_NAME = /^(?:Counties|County|Results|Leads|Nets|Targets|Hits|Ends|Dismantles|Busts|Seizes|Takes|Brings|Sees|Yields|Centre|Center|Command|Control|Headquarters|HQ|Room|Plan|Manager|Managers|Unit|Team|Teams|Order|Orders|Office|Department|Division|Bureau|Police|Judge|Judges|Service|Task|Director|Directorate|Support|Coordination|Service|Services|The|A|An|In|On|At|For|And|With|Was|Is|Were)\b/;

/** "Regulations (EU) No 1052/2013 and (EU) 2016/1624": a plural head before numbers names one act per number. */
const PLURAL_ACTS = new RegExp(`\\b((?:(?:Council|Commission)\\s+)?(?:Implementing |Delegated )?(?:Framework Decisions|Decisions|Regulations|Directives))\\s+(${ACT_NUMBER}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+)${ACT_NUMBER})+)`, 'g');
const ONE_NUMBER = new RegExp(ACT_NUMBER, 'g');

function pluralActs(sentence: Sentence): PatternMention[] {
  return [...sentence.text.matchAll(PLURAL_ACTS)].flatMap((m) => {
    const head = m[1]!.replace(/s$/, '').replace(/Decisions$/, 'Decision');
    const listAt = m.index + m[0].length - m[2]!.length;
    return [...m[2]!.matchAll(ONE_NUMBER)].map((n) => {
      const start = sentence.start + listAt + n.index;
      return { name: `${head} ${n[0]}`, start, end: start + n[0].length, rule: 'legal-act.numbered' };
    });
  });
}

const ORDINAL_BEFORE = /(?<=\b[Tt]he )(?:\d{1,2}(?:st|nd|rd|th)|Fifth|Sixth|Seventh|Eighth) $/;

export function findLegalActs(sentence: Sentence): PatternMention[] {
  // A pattern with a literal it needs is tried only where the sentence holds it: most sentences name no act.
  const found = LEGAL_ACT_PATTERNS.flatMap(({ id, pattern, needs }) =>
    (needs && !sentence.text.includes(needs) ? [] : [...sentence.text.matchAll(pattern)]).flatMap((m) => {
      // "the 2000 EU Mutual Legal Assistance Convention": a year opens the name only after "the".
      const year = /^(?:19|20)\d\d\s+/.exec(m[0]);
      const yearOff = year && !/\b[Tt]he\s+$/.test(sentence.text.slice(Math.max(0, m.index - 4), m.index)) ? year[0].length : 0;
      const lead = yearOff + (LEADING_NON_NAME.exec(m[0].slice(yearOff))?.[0].length ?? 0);
      // "REGULATION (EU) 2016/794" is shown as its title is written in running text.
      const written = m[0].slice(lead).trim().replace(HEAD_IN_CAPITALS, (word) => word[0] + word.slice(1).toLowerCase());
      // A title read to a verb may end with the word before it ("… of the European Union of 1996"): not the name's.
      // "the Criminal Code of Europol staff": only a state's name after "of" is the code's.
      const title = id === 'legal-act.code' ? CODE_TITLE.exec(written)?.[0] : undefined;
      const state = title ? STATE_AFTER_TITLE.exec(written.slice(title.length)) : null;
      const code = title && state && !isCountry(state[1]!) ? title : written;
      const name = id === 'legal-act.titled-subject' ? written.replace(TITLE_TAIL, '') : code;
      if (!/^(?:e-)?\p{Lu}/u.test(name) && !/^\d/.test(name)) return [];
      // A head noun alone ("the Regulation") refers back; it does not name an act.
      // "the Second Additional Protocol" names no act of its own either; "Voice over Internet Protocol" is a technology.
      if (id === 'legal-act.named' && !NAMING_WORD.test(name.replace(/^(?:(?:Council|Commission|European|Parliament|Joint|Implementing|Delegated|First|Second|Third|Fourth|Additional|Optional|and)\s+)+/, '').replace(HEAD_NOUN, ''))) return [];
      if (id === 'legal-act.named' && /\bInternet Protocol$/.test(name)) return [];
      // "the 4th AML Directive", "the Sixth Anti-Money Laundering Directive": an ordinal before the name numbers the act in
      // its series (read here, not in the pattern, which every sentence is scanned with).
      const ordinal = id === 'legal-act.named' && lead === 0 ? ORDINAL_BEFORE.exec(sentence.text.slice(Math.max(0, m.index - 12), m.index))?.[0] : undefined;
      if (ordinal) return [{ name: `${ordinal}${name}`, start: sentence.start + m.index - ordinal.length, end: sentence.start + m.index + name.length, rule: id }];
      const start = sentence.start + m.index + lead;
      // "the Resettlement Regulation and Reception Conditions Directive": two named acts joined by "and".
      const pair = id === 'legal-act.named' ? /^(.+? (?:Regulation|Directive|Convention|Treaty|Charter|Code|Statute)) and (\p{Lu}.+)$/u.exec(name) : null;
      if (pair) return [{ name: pair[1]!, start, end: start + pair[1]!.length, rule: id }, { name: pair[2]!, start: start + name.length - pair[2]!.length, end: start + name.length, rule: id }];
      return [{ name, start, end: start + name.length, rule: id }];
    }),
  );
  // "the Eurodac and Qualification regulations": names sharing a plural head in lower case, one act each.
  if (/ (?:regulations|directives)\b/.test(sentence.text)) {
    for (const m of sentence.text.matchAll(/\b(\p{Lu}[\p{L}-]+) and (\p{Lu}[\p{L}-]+) (regulations|directives)\b/gu)) {
      const head = m[3] === 'regulations' ? 'Regulation' : 'Directive';
      for (const [i, part] of [m[1]!, m[2]!].entries()) {
        const at = sentence.start + m.index + (i === 0 ? 0 : m[1]!.length + 5);
        found.push({ name: `${part} ${head}`, start: at, end: i === 0 ? at + part.length : sentence.start + m.index + m[0].length, rule: 'legal-act.shared-head' });
      }
    }
  }
  // "the EPPO regulation", "the Europol regulation", "the Europol Decision": an EU body's founding act by the body's name.
  if (sentence.text.includes(' regulation') || sentence.text.includes(' Decision')) {
    for (const m of sentence.text.matchAll(/\b(EPPO|Europol|Eurojust|Frontex|EUAA|eu-LISA|CEPOL|OLAF) (?:regulation|Decision)\b/g)) {
      found.push({ name: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, rule: 'legal-act.body-regulation' });
    }
  }
  if (/(?:Regulations|Directives|Decisions)\s/.test(sentence.text)) found.push(...pluralActs(sentence));
  // Shapes overlap ("the Vienna Convention on …" is a convention and a named act): the longest wins.
  const kept: PatternMention[] = [];
  for (const mention of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The legal head noun that ends a named act, and a word left before it that names the act. */
const HEAD_NOUN = /\s*(?:Regulations?|Directive|Convention|Treaty|Charter|Package|Code|Framework Decision|Decisions|Statute|Protocol)\b.*$/u;
const NAMING_WORD = /\p{L}/u;

/** Capitalised words that open a sentence or clause before an act's name: "Under the …", "The …", "In its …". */
const LEADING_NON_NAME = /^(?:(?:The|Under|In|As|A|An|This|That|These|Those|Its|Their|Our|On|For|With|By|From|At|And|Of|To|New|Both|Each|Any|All|Such|Member|States?)\s+)+/;

export function findOperations(sentence: Sentence): PatternMention[] {
  const found: PatternMention[] = [];
  const add = (name: string, at: number) => {
    // "‘Operation Wolf’", "codenamed Operation Blue Heron": the introducing word is not the name.
    const written = name.replace(/^(?:[Oo]peration|OPERATION)\s+/, '');
    const start = sentence.start + at + name.length - written.length;
    const end = start + written.length;
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ name: written, start, end, rule: 'operation.named' });
  };
  const operations = new RegExp(OPERATION.source, OPERATION.flags);
  for (let m = operations.exec(sentence.text); m; m = operations.exec(sentence.text)) {
    // "Joint Operation Focal Points 2020": Frontex names a yearly joint operation by its year; elsewhere a year
    // after the name dates the operation ("Operation Kestrel 2019 was …").
    const written = m[1] ? (m[2] ?? m[3])! : (m[2] ?? m[3])!.replace(/\s+20\d\d$/, '');
    const at = m.index + m[0].lastIndexOf(written);
    if (m[3] !== undefined && NOT_OPERATION_NAME.test(written)) continue;
    // "known as EMPACT Joint Action Day (JAD) Danube": the joint action day's own name is read by its pattern,
    // from where the words that introduced it end.
    if (m[1] === undefined && /\b(?:Joint Action Days?|JADs?|Joint Operation)\b/.test(written)) {
      operations.lastIndex = at;
      continue;
    }
    if (m[1]) {
      const joint = m[1].replace(/\s*\(JADs?\)/, '');
      found.push({ name: `${joint} ${written.replace(/^(?:[Oo]peration)\s+/, '')}`, start: sentence.start + m.index, end: sentence.start + at + written.length, rule: 'operation.joint-operation' });
    } else add(written, at);
  }
  if (MAY_BE_CALLED.test(sentence.text)) for (const m of sentence.text.matchAll(CALLED_OPERATION)) add(m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  if (sentence.text.includes('operation')) for (const m of sentence.text.matchAll(QUOTED_BEFORE_OPERATION)) add(m[1]!, m.index + m[0].indexOf(m[1]!));
  // "within the framework of the TURIA operation": a name in capitals before the word, unless a body's or a country's.
  if (sentence.text.includes('operation')) {
    for (const m of sentence.text.matchAll(CAPITALS_BEFORE_OPERATION)) {
      if (isKnownForm(m[1]!) || isCountry(m[1]!) || NOT_CAPITALS_NAME.test(m[1]!)) continue;
      add(m[1]!, m.index + m[0].indexOf(m[1]!));
    }
    // "The Dark HunTor operation", "the Pangea operation": a capitalised name of up to three words, unless it says who
    // ran the operation (a body, a country, its people, a place) or what kind it was in words of the language.
    for (const m of sentence.text.matchAll(NAME_BEFORE_OPERATION)) {
      const name = m[1]!;
      const words = name.split(/\s+/);
      if (isKnownForm(name) || isKnownPlace(`The ${name}`) || words.some((w) => isKnownForm(w) || isCountry(w) || countryLexicon().byDemonym.has(w) || isKnownPlace(w) || /-\p{Ll}+$/u.test(w))
        || words.every((w) => isCommonEnglishWord(w.toLowerCase())) || NOT_CAPITALS_NAME.test(name.toUpperCase())) continue;
      add(name, m.index + m[0].indexOf(name));
    }
  }
  if (/Action|Operation/.test(sentence.text)) {
    for (const m of sentence.text.matchAll(ACTION_WITH_SHORT_NAME)) {
      // "Joint Action Day (JAD) Danube": there the bracket abbreviates the kind, and the name follows it.
      if (/\bJoint\b/.test(m[0]) || /^JADs?$/.test(m[1]!)) continue;
      add(m[1]!, m.index + m[0].lastIndexOf(m[1]!));
    }
  }
  if (sentence.text.includes('Action')) {
    for (const m of sentence.text.matchAll(NAMED_ACTION_DAYS)) {
      const lead = NOT_ACTION_DAYS_NAME.exec(m[1]!)?.[0].length ?? 0;
      const name = m[1]!.slice(lead);
      if (/^Action\b/.test(name) || /\bJoint\s+Action/.test(m[1]!)) continue;
      const start = sentence.start + m.index + lead;
      if (!found.some((f) => f.start < start + name.length && start < f.end)) found.push({ name, start, end: start + name.length, rule: 'operation.action-days' });
    }
  }
  if (sentence.text.includes(' operations')) {
    for (const m of sentence.text.matchAll(NAMES_BEFORE_OPERATIONS)) {
      const listAt = m.index + m[0].indexOf(m[1]!);
      const items = [...m[1]!.matchAll(/\p{Lu}[\p{L}\p{N}-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}-]*){0,2}/gu)];
      // "the Dutch, French and Belgian operations": who ran them, not their names.
      if (items.some((item) => isCountry(item[0]) || countryLexicon().byDemonym.has(item[0]) || isKnownForm(item[0]) || NOT_CAPITALS_NAME.test(item[0].toUpperCase()))) continue;
      for (const item of items) add(item[0], listAt + item.index);
    }
  }
  if (sentence.text.includes('perations')) {
    for (const m of sentence.text.matchAll(OPERATIONS_LISTED)) {
      for (const q of (m[0].slice(m[0].indexOf(m[1]!) - 1)).matchAll(new RegExp(QUOTED, 'gu'))) add(q[1]!, m.index + m[0].indexOf(q[0]) + 1);
    }
    // "the successful operations 2017 Dragon; 2016 Ciconia Alba; and 2014 Archimedes", "operations Pangea and Shield":
    // names listed right after the plural, each perhaps after its year; two at least, none a body's or a country's.
    for (const m of sentence.text.matchAll(/\b[Oo]perations[ \u00a0]+(?=(?:(?:19|20)\d\d[ \u00a0]+)?\p{Lu})/gu)) {
      const items: { name: string; at: number }[] = [];
      let at = m.index + m[0].length;
      for (let guard = 0; guard < 20; guard++) {
        const item = /^(?:(?:19|20)\d\d[ \u00a0]+)?(\p{Lu}[\p{L}-]+(?:[ \u00a0]+\p{Lu}[\p{L}-]+){0,2})(?![\p{L}-])/u.exec(sentence.text.slice(at));
        if (!item) break;
        items.push({ name: item[1]!, at: at + item[0].length - item[1]!.length });
        at += item[0].length;
        const join = /^(?:[,;][ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)/.exec(sentence.text.slice(at));
        if (!join) break;
        at += join[0].length;
      }
      if (items.length < 2 || items.some(({ name }) => isCountry(name) || isKnownForm(name) || countryLexicon().byDemonym.has(name) || NOT_OPERATION_NAME.test(name) || NOT_CAPITALS_NAME.test(name.toUpperCase()))) continue;
      for (const { name, at: itemAt } of items) add(name, itemAt);
    }
    // "in six operations - Terra, Montenegro, Albania, …": names listed after a dash or colon, though they
    // are written as places are.
    for (const m of sentence.text.matchAll(OPERATIONS_AFTER_DASH)) {
      const listAt = m.index + m[0].length - m[1]!.length;
      for (const item of m[1]!.matchAll(LISTED_NAME)) add(item[0], listAt + item.index);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The title run of an act up to the bracket that gives its short name: "… by means of criminal law (the ". */
const SHORT_NAME_OPENS = /^[^.;()\n]{0,250}\((?:the\s+|hereinafter(?:\s+referred\s+to\s+as)?\s+(?:the\s+)?)?[‘“"']?$/u;

/**
 * "Directive (EU) 2017/1371 on the fight against fraud … (the PIF Directive)": a short name given in brackets
 * after an act's title is that act, here and wherever the document uses it again. `shortNames` carries the
 * document's short names (key → the act's name) from sentence to sentence; the mentions come back named as
 * their act.
 */
export function nameActsByShortNames(sentence: Sentence, acts: readonly PatternMention[], shortNames: Map<string, string>): PatternMention[] {
  return acts.map((act, i) => {
    const previous = acts[i - 1];
    if (previous && act.rule !== 'legal-act.numbered' && SHORT_NAME_OPENS.test(sentence.text.slice(previous.end - sentence.start, act.start - sentence.start))) {
      const named = shortNames.get(legalActKey(previous.name)) ?? previous.name;
      shortNames.set(legalActKey(act.name), named);
      return { ...act, name: named };
    }
    const named = shortNames.get(legalActKey(act.name));
    return named ? { ...act, name: named } : act;
  });
}

/** A treaty and its acronym are one act: "TFEU" is the "Treaty on the Functioning of the European Union" named before. */
export function legalActKey(name: string): string {
  // "Council Decision 2008/615/JHA" and, later, "Decision 2008/615/JHA": a numbered act is known by its kind and number.
  const numbered = /\b(regulation|directive|decision)\b[^/]*?\b(\d{2,4}\/\d{1,4}(?:\/[a-z]+)?)\b/.exec(name.toLowerCase());
  if (numbered) return `${numbered[1]} ${numbered[2]}`;
  const key = name.toLowerCase().replace(/^treaty of the functioning/, 'treaty on the functioning');
  if (key === 'tfeu') return 'treaty on the functioning of the european union';
  if (key === 'teu') return 'treaty on european union';
  return key;
}
