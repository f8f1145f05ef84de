import { ABOUT_A_BODY, COMPLEMENT, CONNECTOR_WORD, HEAD, HEAD_WORD, isCountry, knownByForm, NOT_A_BODY_AFTER_HEAD, REGION_ADJECTIVE, REGIONS } from './organisation-words.ts';

// Whether a capitalised phrase names a body, and where its name ends.

/** A head word ends the name or is followed by its complement, a place or an identifier, not by a document word. */
export function hasBodyHead(name: string): boolean {
  const words = name.split(/[ \u00a0]+/).map((w) => w.replace(/[,;:]$/, ''));
  const headAt = words.findLastIndex((w) => HEAD_WORD.test(w));
  if (headAt < 0) return false;
  // "the Agency’s National Desks": a possessive head owns what follows; it is not the name.
  if (headAt < words.length - 1 && /[’']s$/.test(words[headAt]!)) return false;
  const after = words.slice(headAt + 1);
  if (after.length === 0) return true;
  if (after[0] === 'to' && isCountry(after.slice(1).join(' '))) return false;
  if (COMPLEMENT.test(after[0]!)) return true;
  return after.length <= 2 && !after.some((w) => NOT_A_BODY_AFTER_HEAD.test(w) || CONNECTOR_WORD.test(w));
}

export function isBodyName(name: string): boolean {
  const words = name.split(/[ \u00a0]+/);
  if (words.length < 2 || REGIONS.test(name) || isCountry(name)) return false;
  // "the Latin American Agency": a region's adjective and a bare head refer back to a body named elsewhere.
  if (words.length === 3 && REGION_ADJECTIVE.test(words.slice(0, 2).join(' ')) && HEAD_WORD.test(words[2]!)) return false;
  // "Conclusions of the Council", "Presidencies of the Mechanism": about a body, not a body.
  const ofAt = words.indexOf('of');
  if (ofAt > 0 && words.slice(0, ofAt).some((w) => ABOUT_A_BODY.test(w))) return false;
  // "Team Europe": a head with only a region or country after it is an initiative's label, not a body.
  if (HEAD_WORD.test(words[0]!) && !HEAD.test(words.slice(1).join(' ')) && (REGIONS.test(words.slice(1).join(' ')) || isCountry(words.slice(1).join(' ')))) return false;
  return hasBodyHead(name);
}

/**
 * Trims what follows a body's name but is not part of it: "French Desk at Eurojust" (the host is a body of
 * its own) and a name repeated in the national language after the English one ("Freilassing Federal Police
 * Inspectorate Bundespolizeiinspektion Freilassing").
 */
export function trimAfterHead(name: string): string {
  const words = name.split(/[ \u00a0]+/);
  const headAt = words.findLastIndex((w) => HEAD_WORD.test(w));
  if (headAt < 0) return name;
  const after = words.slice(headAt + 1);
  const cut = () => name.slice(0, name.lastIndexOf(words[headAt]!) + words[headAt]!.length);
  if (after[0] === 'at' && knownByForm.has(after.slice(1).join(' ').replace(/^the /, ''))) return cut();
  if (after.length === 2 && !CONNECTOR_WORD.test(after[0]!) && words.slice(0, headAt).includes(after[1]!)) return cut();
  return name;
}
