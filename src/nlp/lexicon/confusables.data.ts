/**
 * Cyrillic and Greek letters that look like Latin ones, as they slip into Latin names typed or copied
 * across keyboards ("Kӧvesi" with a Cyrillic ӧ). Lower case, after diacritics are taken off.
 */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', к: 'k', м: 'm', т: 't', н: 'h', в: 'b',
  ο: 'o', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};
