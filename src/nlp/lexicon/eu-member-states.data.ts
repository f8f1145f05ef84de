/**
 * The Union's member states by ISO 3166-1 code (27 since 2020). A fact of the world kept in one place:
 * the Union concludes international agreements with third countries, never with its own members, and
 * their regions are places to the location reader.
 */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO',
  'SK', 'SI', 'ES', 'SE',
]);
