/**
 * Security and handling markings of EU institutions and agencies, as printed on documents. A document
 * carrying one is restricted: its facts are left out of exports unless asked for (SPEC.md).
 * One line per marking; the printed form is what we report.
 */
export const CLASSIFICATION_MARKINGS: readonly string[] = [
  'TRÈS SECRET UE/EU TOP SECRET',
  'SECRET UE/EU SECRET',
  'CONFIDENTIEL UE/EU CONFIDENTIAL',
  'RESTREINT UE/EU RESTRICTED',
  'EU TOP SECRET',
  'EU SECRET',
  'EU CONFIDENTIAL',
  'EU RESTRICTED',
  'LIMITE',
  'EUROPOL TOP SECRET',
  'EUROPOL SECRET',
  'EUROPOL CONFIDENTIAL',
  'EUROPOL RESTRICTED',
  'EUROPOL UNCLASSIFIED - BASIC PROTECTION LEVEL',
  'EUROJUST LIMITED',
];

const canonical = (line: string) =>
  line.toUpperCase().replace(/TRES/g, 'TRÈS').replace(/\s*\/\s*/g, '/').replace(/\s*[–—-]\s*/g, ' - ').replace(/[\s\u00a0]+/g, ' ').trim();

const BY_CANONICAL = new Map(CLASSIFICATION_MARKINGS.map((marking) => [canonical(marking), marking]));

/** No marking holds a digit or runs longer than this, whatever its spacing: other lines are not rewritten. */
const MAX_MARKING_CHARS = 2 * Math.max(...CLASSIFICATION_MARKINGS.map((marking) => marking.length));

/** The marking standing as a line of its own in the head, if any. */
export function findClassification(head: readonly string[]): string | null {
  for (const line of head) {
    if (line.length > MAX_MARKING_CHARS || /\d/.test(line)) continue;
    const marking = BY_CANONICAL.get(canonical(line));
    if (marking) return marking;
  }
  return null;
}
