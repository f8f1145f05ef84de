import { MONEY_SCALE_SUFFIXES, SCALE_WORDS } from './numbers.data.ts';

/**
 * Units a figure can carry, by the word written after the number. Adding a unit is one line here.
 * Durations and ages use year/month/week/day/hour; `multiplier` is "three times as many".
 */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  kilos: 'kg', kilo: 'kg', kilograms: 'kg', kilogram: 'kg', kg: 'kg', kgs: 'kg',
  tonnes: 'tonne', tonne: 'tonne', tons: 'tonne', ton: 'tonne',
  grams: 'g', gram: 'g', g: 'g',
  litres: 'l', litre: 'l', liters: 'l', liter: 'l', l: 'l', ml: 'ml',
  km: 'km', kilometres: 'km', kilometers: 'km', metres: 'm', meters: 'm', metre: 'm', meter: 'm', kilometre: 'km', kilometer: 'km',
  hp: 'hp', horsepower: 'hp',
  tb: 'TB', terabytes: 'TB', gb: 'GB', gigabytes: 'GB',
  // Cryptocurrencies have no ISO 4217 code; their exchanges' tickers are the symbols in use.
  bitcoin: 'BTC', bitcoins: 'BTC', btc: 'BTC', monero: 'XMR', xmr: 'XMR', ether: 'ETH', eth: 'ETH',
  percent: 'percent', '%': 'percent',
  years: 'year', year: 'year', months: 'month', month: 'month', weeks: 'week', week: 'week',
  days: 'day', day: 'day', hours: 'hour', hour: 'hour', minutes: 'minute',
};

export const DURATION_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'minute']);

/** Currency symbols and words; ISO 4217 codes themselves come from Intl (Node's ICU data). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'US$': 'USD' };
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  euro: 'EUR', euros: 'EUR', dollars: 'USD', 'us dollars': 'USD', francs: 'CHF', 'swiss francs': 'CHF', 'pounds sterling': 'GBP',
  // "thousands of pounds in cash": money; "50 pounds of cannabis", a weight, is told apart where the unit is read.
  pounds: 'GBP',
};

/** Currency words that are also units of weight when an "of" follows: "20 pounds of cocaine". */
export const CURRENCY_OR_WEIGHT: ReadonlySet<string> = new Set(['pounds']);

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** Uppercase three-letter ISO 4217 codes: EUR, USD, GBP, CHF, ... */
export const isCurrencyCode = (word: string): boolean => word.length === 3 && word === word.toUpperCase() && ISO_CURRENCIES.has(word);

/** A unit, currency or scale written with an amount: "kg", "tonnes", "euros", "million", "bn", "€", "%". */
export const isAmountWord = (written: string): boolean => {
  const word = written.toLowerCase();
  return UNIT_WORDS[word] !== undefined || CURRENCY_WORDS[word] !== undefined || SCALE_WORDS[word] !== undefined
    || MONEY_SCALE_SUFFIXES[word] !== undefined || CURRENCY_SYMBOLS[written] !== undefined || isCurrencyCode(written);
};
