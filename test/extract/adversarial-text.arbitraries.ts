import fc from 'fast-check';

/**
 * Text of the shapes that once made reading or extraction quadratic or exponential: statistical annexes,
 * tables, capitalised titles, lines without punctuation, deep nesting, and every kind of Unicode.
 * Long enough to cross the sentence bound (2000 characters), short enough for many runs per test.
 */
const WORDS = [
  'the', 'of', 'and', 'suspects', 'arrested', 'signed', 'a', 'working', 'arrangement', 'agreement', 'with', 'Europol',
  'Eurojust', 'France', 'Italian', 'authorities', 'Public', 'Prosecutor’s', 'Office', 'Directorate', 'Ministry',
  'European', 'Union', 'Agency', 'Mr.', 'President', 'Operation', 'Regulation', 'million', 'EUR', 'kilos', 'in', 'Bari',
  'Convention', 'on', 'May', 'project', 'will', 'negotiate', 'not', 'Source:', '(EJN)', 'Team', '2024', '1 800', 'Anti-Mafia',
];
const CAPITALISED = ['European', 'Union', 'Agency', 'For', 'Criminal', 'Justice', 'Cooperation', 'Directorate', 'General', 'Of', 'The', 'Ministry', 'AAAAAAAA', 'McOffice'];
const ODD_CHARACTERS = [
  '\u0301', '\u0316', '\u200f', '\u202e', '\u200b', '\u00a0', '\u00ad', '\ufb01', '\u034f', '😀', '\ud800', '\udfff', '\t', '\r\n', '\f', '\u2009', '’', '.',
];
const SENTENCES = [
  'Europol signed a working arrangement with Brazil on 5 March 2025.',
  'The Public Prosecutor’s Office of Bari and the Albanian Police arrested 17 suspects and seized EUR 2.5 million.',
  'The European Judicial Network (EJN) met the Council of the European Union; the EJN will negotiate with Peru.',
  'Eurojust President Michael Schmid, Mr. Park and Operation ‘Sky’ under Regulation (EU) 2018/1727 in Antwerp.',
];

// size 'max': fast-check would otherwise keep arrays to a few items, far below the bounds under test.
const words = (pool: readonly string[], maxLength: number) => fc.array(fc.constantFrom(...pool), { maxLength, size: 'max' }).map((w) => w.join(' '));

export const numberRun = fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 800, size: 'max' }).map((ns) => ns.join(' '));
export const capitalisedRun = fc.tuple(words(CAPITALISED, 500), fc.constantFrom('.', ' (ECJ)', '', ' project')).map(([run, end]) => run + end);
export const lineWithoutPunctuation = words(WORDS.filter((w) => !/[.():]/.test(w)), 1200);
export const nesting = fc
  .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom(['(', ')'], ['[', ']'], ['“', '”'], ['‘', '’'], ['"', '"'], ['«', '»']), words(WORDS, 6))
  .map(([depth, [open, close], inner]) => open.repeat(depth) + inner + close.repeat(depth));
export const table = fc
  .array(fc.array(fc.integer({ min: 0, max: 99_999 }), { minLength: 1, maxLength: 14 }).map((row) => row.join(' ')), { maxLength: 250, size: 'max' })
  .map((rows) => rows.join('\n'));
export const anyUnicode = fc.string({ unit: 'binary', maxLength: 400, size: 'max' });
export const oddCharacters = words(ODD_CHARACTERS, 300).map((text) => text.replace(/ /g, ''));
export const prose = words(SENTENCES, 8);

const part = fc.oneof(numberRun, capitalisedRun, lineWithoutPunctuation, nesting, table, anyUnicode, oddCharacters, prose);
const separator = fc.constantFrom('', ' ', '\n', '. ', '\n\n', '\u00a0');

/** One to four adversarial parts, glued in any way. */
export const adversarialText = fc.array(fc.tuple(part, separator), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([text, glue]) => text + glue).join(''));
