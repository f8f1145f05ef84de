/**
 * Titles and headings of legal texts are set in capitals ("COUNCIL DECISION (EU) 2022/2345 on the
 * signing … THE COUNCIL OF THE EUROPEAN UNION", "AGREEMENT BETWEEN NEW ZEALAND AND EUROPOL"), where
 * gazetteers that match case-sensitively find nothing. A run of words in capitals is written here as a
 * title is ("The Council of the European Union"), character for character, so that a match in the
 * copy has the same offsets as the words in the text. Acronyms in the run ("(EU)") lose their capitals
 * in the copy: a gazetteer reads both the text and the copy (`withCapitalRuns`).
 */

/** Words a title writes in lower case. */
const SMALL_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'ON', 'IN', 'TO', 'A', 'AN', 'BY', 'WITH', 'AT', 'FROM', 'BETWEEN', 'AGAINST', 'OR']);
/** Two or more words in capitals in a row (a lone acronym such as "EU" is left as it is). */
// No assertion after the run: a run whose last word ends in "-" would otherwise be tried again from every word.
const CAPITAL_RUN = /\b[\p{Lu}][\p{Lu}'’-]*(?:[ \u00a0]+(?:\(?[\p{Lu}][\p{Lu}'’-]*\)?|\d[\d/]*))+/gu;
const CAPITAL_WORD = /[\p{Lu}][\p{Lu}'’-]*/gu;

export function titleCaseCapitalRuns(text: string): string {
  // Most texts have no run of capitals: no copy is made for them.
  if (!/\p{Lu}{2,}[ \u00a0]+\p{Lu}{2,}/u.test(text)) return text;
  return text.replace(CAPITAL_RUN, (run) => {
    if (!/\p{Lu}{4,}/u.test(run)) return run;
    let first = true;
    return run.replace(CAPITAL_WORD, (word) => {
      const titled = SMALL_WORDS.has(word) && !first ? word.toLowerCase() : word[0] + word.slice(1).toLowerCase();
      first = false;
      return titled;
    });
  });
}

/** Matches in the text and, where it has runs of capitals, in its title-cased copy; a longer match wins where two overlap. */
export function withCapitalRuns<M extends { readonly start: number; readonly end: number }>(text: string, find: (text: string) => M[]): M[] {
  const found = find(text);
  const titled = titleCaseCapitalRuns(text);
  if (titled === text) return found;
  const all = [...found, ...find(titled)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: M[] = [];
  for (const match of all) {
    const last = kept.at(-1);
    if (last && match.start < last.end) {
      if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
      continue;
    }
    kept.push(match);
  }
  return kept;
}
