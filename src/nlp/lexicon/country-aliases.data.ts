/**
 * Names used in EU documents that the world-countries package does not list for the country.
 * One line per alias: `alias: ISO 3166-1 alpha-2`. Everything else comes from the package.
 */
export const EXTRA_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  Turkey: 'TR',
  Britain: 'GB',
  'Great Britain': 'GB',
  'Viet Nam': 'VN',
  'Republic of Korea': 'KR',
  Korea: 'KR',
  UAE: 'AE',
  'Czech Republic': 'CZ',
  'Holy See': 'VA',
  'Cape Verde': 'CV',
  'Cabo Verde': 'CV',
  Swaziland: 'SZ',
  Burma: 'MM',
  'East Timor': 'TL',
  'Ivory Coast': 'CI',
  'Democratic Republic of the Congo': 'CD',
  'Republic of Moldova': 'MD',
  'Russian Federation': 'RU',
  'Syrian Arab Republic': 'SY',
  'Lao PDR': 'LA',
  'State of Palestine': 'PS',
  'Occupied Palestinian Territory': 'PS',
  Bosnia: 'BA',
  Herzegovina: 'BA',
  // The German and older English spelling, still in EU texts.
  Luxemburg: 'LU',
  'The Netherlands': 'NL',
  'the Netherlands': 'NL',
  'United States of America': 'US',
  USA: 'US',
  'U.S.': 'US',
  UK: 'GB',
  'U.K.': 'GB',
  // North Macedonia's name in EU texts before 2019.
  'former Yugoslav Republic of Macedonia': 'MK',
  'Former Yugoslav Republic of Macedonia': 'MK',
  FYROM: 'MK',
  'fYROM': 'MK',
};

/**
 * Alternative spellings from the package that are not names in running English text: two-letter
 * codes ("IN", "IS", "NO" are words), and forms that collide with common words or other entities: "Nijar", a
 * transliteration listed for Niger, is the Spanish town Níjar in English texts.
 */
export const REJECTED_COUNTRY_ALIASES: ReadonlySet<string> = new Set(['Congo', 'Macedonia', 'Korea, Republic of', 'Nijar']);

/**
 * Nouns through which a country acts: "French authorities", "the Albanian Police", "Belgian, German and
 * Polish authorities". A demonym before one of these is a mention of the country; before anything else
 * ("Syrian migrants", "Italian organised crime") it is not.
 */
export const ACTOR_NOUNS: readonly string[] = [
  'authorities', 'authority', 'police', 'prosecutors', 'prosecutor', 'prosecution', 'investigators', 'investigating',
  'judicial', 'judges', 'courts', 'court', 'government', 'ministry', 'minister', 'presidency', 'desk', 'customs',
  'counterparts', 'counterpart', 'presidencies', 'officials', 'officers', 'law enforcement', 'border guard', 'border police', 'gendarmerie',
  'embassy', 'delegation', 'national desk', 'liaison prosecutor', 'federal police', 'national police', 'state police',
  'public prosecutor', 'public prosecutors', 'prosecution service', 'prosecution services', 'judiciary', 'agencies',
];

/**
 * Adjectives of countries that EU documents use and the world-countries package does not list: "the Hellenic
 * Police", "the Kosovan authorities", "Slovenian customs". One line per adjective: `demonym: ISO 3166-1 alpha-2`.
 */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  Hellenic: 'GR',
  Kosovan: 'XK',
  'North Macedonian': 'MK',
  Slovenian: 'SI',
  Icelandic: 'IS',
  Luxembourgish: 'LU',
  Uzbek: 'UZ',
  Kyrgyz: 'KG',
};
