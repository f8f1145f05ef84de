/**
 * The scorer's own text folding, shared by every comparison in src/eval. It knows nothing of the
 * extractor: a name is compared after folding case, diacritics, apostrophe style, a leading "the",
 * a possessive 's and punctuation ("the Public Prosecutor’s Office of Bari." = "Public Prosecutors Office of Bari").
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** Words of a normalised name: "President of Eurojust" → ["president", "of", "eurojust"]. */
export const nameWords = (name: string): string[] => normaliseName(name).split(' ').filter(Boolean);

/** A noun in one number: "cases" = "case", "searches" = "search", "authorities" = "authority". */
export function foldNoun(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_NOUNS[lower];
  if (irregular) return irregular;
  if (/ies$/.test(lower) && lower.length > 4) return `${lower.slice(0, -3)}y`;
  const singular = /[^s]s$/.test(lower) && lower.length > 3 ? lower.slice(0, -1) : lower;
  return singular.replace(/e$/, '');
}

const IRREGULAR_NOUNS: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', person: 'person', children: 'child', women: 'woman', men: 'man',
};

/**
 * A verb in one form: "arrested" = "arrest" = "arrests" = "arresting", "seized" = "seize",
 * "identified" = "identifies", "stopped" = "stop"; a few irregular participles map to their base.
 */
export function foldVerb(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_VERBS[lower];
  if (irregular) return irregular;
  let stem = lower;
  if (/ie[sd]$/.test(stem) && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/ing$/.test(stem) && stem.length > 5) stem = stem.slice(0, -3);
  else if (/[^e]ed$/.test(stem) && stem.length > 3) stem = stem.slice(0, -2);
  else if (/(?:ss|sh|ch|x|z)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^s]s$/.test(stem) && stem.length > 3) stem = stem.slice(0, -1);
  stem = stem.replace(/e$/, '');
  return stem.replace(/([bdfgklmnprt])\1$/, '$1');
}

const IRREGULAR_VERBS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    freeze: ['froze', 'frozen'], take: ['took', 'taken'], hold: ['held'], bring: ['brought'], find: ['found'],
    catch: ['caught'], send: ['sent'], lead: ['led'], make: ['made'], give: ['gave', 'given'], see: ['saw', 'seen'],
    seek: ['sought'], get: ['got', 'gotten'], set: ['set'], put: ['put'], hit: ['hit'], sell: ['sold'], build: ['built'],
    spend: ['spent'], lose: ['lost'], pay: ['paid'], run: ['ran'], keep: ['kept'], become: ['became'], begin: ['began', 'begun'],
  }).flatMap(([base, forms]) => [...forms, base].map((form) => [form, foldVerbRegular(base)])),
);

function foldVerbRegular(base: string): string {
  return base.replace(/e$/, '');
}
