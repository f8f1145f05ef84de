/**
 * The coordination reader: turns a written list of names into its items, whatever way the list is
 * written — commas, "and"/"or", "as well as", a serial comma, a missing comma ("Ecuador Panama"),
 * parentheses, dashes, bullets on lines of their own — so that signings, countries and organisations
 * read one list the same way. It works on mentions already found (countries, bodies): two mentions are
 * items of one list when only list punctuation and conjunctions stand between them.
 */
export interface Item {
  readonly start: number;
  readonly end: number;
}

export interface CoordinatedList<T extends Item> {
  readonly items: readonly T[];
  readonly start: number;
  readonly end: number;
}

/**
 * What may stand between two items of one list: separators, conjunctions, articles, bullets and line
 * breaks, and a parenthesised acronym or closing bracket after an item ("Ameripol (Police Community of
 * the Americas), IIIM and UNITAD"). Bounded, so the test is linear.
 */
const LIST_GAP = /^(?:[\s,;–—•·*]|\band\b|\bor\b|\bas well as\b|\bthe\b|\bplus\b|\(\p{Lu}[\p{L}\p{N}&.-]{0,15}\)|[()-])*$/iu;
const MAX_GAP = 40;

/** Groups `items` (sorted by start, not overlapping) into the lists the text writes them in. */
export function coordinatedLists<T extends Item>(text: string, offset: number, items: readonly T[]): CoordinatedList<T>[] {
  const lists: { items: T[]; start: number; end: number }[] = [];
  for (const item of items) {
    const last = lists.at(-1);
    const gap = last ? text.slice(last.end - offset, item.start - offset) : '';
    if (last && gap.length <= MAX_GAP && LIST_GAP.test(gap)) {
      last.items.push(item);
      last.end = item.end;
    } else {
      lists.push({ items: [item], start: item.start, end: item.end });
    }
  }
  return lists;
}

/**
 * A sentence that introduces a list on the lines after it ("… with the following countries:",
 * "The list shall include the following new entries:").
 */
export const introducesList = (sentence: string): boolean => /(?::|\bfollowing)\s*$/i.test(sentence);

/**
 * A line that is only an item of a list: a bullet, a number or letter marker, or nothing, then the
 * name, then at most closing punctuation. `itemsIn` are the mentions found in the line.
 */
export function isListItemLine(line: { text: string; start: number }, itemsIn: readonly Item[]): boolean {
  if (itemsIn.length === 0) return false;
  let rest = '';
  let at = line.start;
  for (const item of itemsIn) {
    rest += line.text.slice(at - line.start, item.start - line.start);
    at = item.end;
  }
  rest += line.text.slice(at - line.start);
  // "• Brazil (2017)", "- Albania - 2013": a year after the name says when; the line is still only the item.
  const withoutYear = rest.replace(/[\s,]*(?:[-–—]\s*|\()\b(?:19|20)\d\d\b\)?/gu, ' ');
  return /^\s*(?:[-–—•·*]|\(?[0-9a-z]{1,3}[.)])?[\s,;.]*$/iu.test(withoutYear.replace(/\b(?:and|or|the)\b/giu, ' '));
}

/** What joins one written name to the next in a list: a comma (with or without "and"), or "and". */
const NAME_JOIN = /^(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)/;

/**
 * The names written as a list from `from` on, before any other finder has read them ("including Sofia,
 * Haskovo … and Mizia", "including Bitdefender, Sekoia … and Zscaler"): each item is what `item` (anchored
 * at the item's start, its first group the name) matches, and items are joined by commas or "and". Bounded
 * to 40 items.
 */
export function namesListedFrom(text: string, from: number, item: RegExp, { bracketed = false } = {}): { name: string; at: number }[] {
  const names: { name: string; at: number }[] = [];
  let at = from;
  for (let guard = 0; guard < 40; guard++) {
    const found = item.exec(text.slice(at));
    if (!found) break;
    names.push({ name: found[1]!, at });
    at += found[0].length;
    // "Fiumicino (Rome), Frankfurt, Schiphol (Amsterdam)": a name in brackets after an item is listed too.
    const aside = bracketed ? /^[ \u00a0]*\(([^()]{1,40})\)/u.exec(text.slice(at)) : null;
    if (aside) {
      const inner = item.exec(aside[1]!);
      if (inner && inner[1] === aside[1]) names.push({ name: inner[1]!, at: at + aside[0].indexOf(aside[1]!) });
      at += aside[0].length;
    }
    const join = NAME_JOIN.exec(text.slice(at));
    if (!join) break;
    at += join[0].length;
  }
  return names;
}
