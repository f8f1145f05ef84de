import dictionary from 'dictionary-en';

/**
 * Common English words, from the Hunspell dictionary of the dictionary-en package (SCOWL, about 39 000
 * lower-case stems). Hunspell writes proper nouns capitalised ("Smith", "Ursula", "Europe") and common
 * words in lower case ("smith", "affair"), so a capitalised word whose lower-case form is listed is a
 * word of the language written at a sentence start or in a title ("Home Affairs"), not a name.
 * Inflections are found by stripping the regular endings the dictionary's affix rules add.
 */
let words: Set<string> | undefined;
let verbStems: Set<string> | undefined;

function load(): Set<string> {
  const set = new Set<string>();
  const verbs = new Set<string>();
  const text = new TextDecoder().decode(dictionary.dic);
  for (const line of text.split('\n')) {
    const [written, flags = ''] = line.trim().split('/', 2);
    const stem = written!.replace(/’/g, "'");
    if (!/^\p{Ll}/u.test(stem)) continue;
    set.add(stem);
    // The affix flag G adds "-ing": only a verb takes it ("work/ADJSG", "evade/DRSZG"; not "officer/M"); T adds
    // "-est", so a word taking both is an adjective first ("ready/DRSTG").
    if (flags.includes('G') && !flags.includes('T')) verbs.add(stem);
  }
  verbStems = verbs;
  return set;
}

/** "work", "evade", "police": a word the dictionary inflects as a verb (it may be a noun too). */
export function mayBeVerb(word: string): boolean {
  words ??= load();
  return verbStems!.has(word.toLowerCase());
}

const ENDINGS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'],
];

/** "affairs", "Operations", "Home", "said" → true; "Schmid", "Ursula", "Johansson" → false. */
export function isCommonEnglishWord(word: string): boolean {
  const set = (words ??= load());
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (set.has(lower)) return true;
  for (const [ending, stem] of ENDINGS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending) && set.has(lower.slice(0, -ending.length) + stem)) return true;
  }
  return false;
}
