/**
 * The one rule for account names, whether made with `factline user add` or on the accounts page:
 * letters, digits, `.`, `_`, `@` and `-`. It leaves out spaces, markup and the invisible direction
 * controls (U+202E...) that would make one name display as another in lists and the audit log.
 */
const ACCOUNT_NAME = /^[\p{L}\p{N}._@-]{1,100}$/u;

export const ACCOUNT_NAME_RULE = 'a name is 1 to 100 letters, digits, dots, dashes, underscores or @';

/** Stored and looked up in one Unicode form, so a name typed with a decomposed "é" still finds its account. */
export const normalAccountName = (name: string): string => name.trim().normalize('NFC');

export function accountNameProblem(name: string): string | null {
  return ACCOUNT_NAME.test(name) ? null : ACCOUNT_NAME_RULE;
}
