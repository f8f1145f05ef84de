/** Cardinal number words. "one" is here for compounds ("one hundred", "twenty-one"); alone it is never a figure. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "a dozen", "two dozen", "half a dozen". */
export const DOZEN = 12;

/** Words that multiply the number before them: "EUR 5 million", "two hundred", "1.2 bn". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2, hundreds: 1e2, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, bln: 1e9, trillion: 1e12,
};

/** Scales glued to an amount of money: "€3.2m", "EUR 2bn", "USD 400k". Alone, "m" is more often metres. */
export const MONEY_SCALE_SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, b: 1e9 };

/** Abbreviated scales written as a word after an amount of money only: "EUR 1.2 mil", "EUR 3 Mio.". */
export const MONEY_SCALE_WORDS: Readonly<Record<string, number>> = { mil: 1e6, mio: 1e6, mld: 1e9, mrd: 1e9 };

/**
 * Vague quantities read as their least value, with qualifier at_least: "several millions" = at least
 * 2 000 000, "hundreds of millions" = at least 200 000 000, "dozens of" = at least 24.
 */
export const VAGUE_QUANTITIES: Readonly<Record<string, number>> = {
  several: 2, dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9, tens: 20,
};

/** Multipliers written as words: "double the damages", "more than tripling", "twice as many". */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = {
  twice: 2, double: 2, doubled: 2, doubling: 2, triple: 3, tripled: 3, tripling: 3, threefold: 3, quadrupled: 4, quadrupling: 4, fourfold: 4, twofold: 2,
};

/**
 * Fractions are proportions, reported in percent: "a third" = 33.3, "two-thirds" = 66.7, "half" = 50,
 * "a quarter" = 25 (numerator from NUMBER_WORDS or "a"; value rounded to one decimal).
 */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};
