/**
 * A Council document number standing on its own line in the head: `15571/25`, `9876/1/24 REV 1`,
 * `ST 8085/21 ADD 1 COR 2`, `5432/25 INIT`. Numbers after a label ("No. prev. doc.: 10254/24") are
 * other documents and never match, because the line must hold the number alone.
 */
// "(?:\s*\d{1,2})?", not "\s*\d{0,2}": a space could then go to either of two \s, and a line of repeated
// suffixes that fails at its end would be tried every way of sharing its spaces (exponential).
const REFERENCE_LINE = /^(?:ST\s+)?(\d{1,5}(?:\/\d{1,2})?\/\d{2})((?:\s+(?:REV|COR|ADD)(?:\s*\d{1,2})?)*)(?:\s+INIT)?$/;

export function findCouncilReference(head: readonly string[]): string | null {
  for (const line of head) {
    const match = line.replace(/\u00a0/g, ' ').match(REFERENCE_LINE);
    if (!match) continue;
    const suffixes = [...(match[2] ?? '').matchAll(/(REV|COR|ADD)\s*(\d{0,2})/g)].map(([, kind, n]) => (n ? `${kind} ${n}` : kind));
    return [match[1], ...suffixes].join(' ');
  }
  return null;
}
