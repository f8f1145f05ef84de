import { MONTH_NAMES, WEEKDAY_NAMES } from './months.data.ts';

/**
 * How personal names are written, as data for the person reader (src/extract/entities/persons/).
 * Given names and surnames themselves come from packages (person-names.lexicon.ts).
 */

/** Lower-case particles inside a name: "Ursula von der Leyen", "Juan Carlos de la Fuente", "bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'delle', 'degli', 'dei', 'di', 'da', 'das', 'dos', 'do', 'du', 'des', 'la', 'le', 'les',
  'ten', 'ter', 'zu', 'zur', 'y', 'bin', 'ibn', 'bint', 'al', 'el', 'af', 'av', 'ben',
]);

/** Capitalised words that never belong to a person's name: months, days, closed-class words, regions. */
export const NEVER_IN_NAME: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'From', 'With', 'Without', 'By', 'To', 'Of', 'And', 'Or',
  'But', 'Nor', 'As', 'After', 'Before', 'During', 'Under', 'Over', 'Since', 'Until', 'Following', 'Through', 'Between', 'Among', 'Against',
  'Today', 'Yesterday', 'Tomorrow', 'Its', 'Their', 'Our', 'His', 'Her', 'My', 'Your', 'We', 'They', 'It', 'He', 'She', 'I', 'You',
  'All', 'Both', 'Each', 'Every', 'Some', 'Any', 'No', 'Not', 'If', 'When', 'Where', 'While', 'Which', 'Who', 'Whose', 'What', 'How',
  'Europe', 'European', 'Union', 'EU', 'Member', 'States', 'State', 'Agency', 'Eurojust', 'Europol', 'Frontex', 'Interpol', 'Operation',
  'Annex', 'Article', 'Section', 'Chapter', 'Part', 'Table', 'Figure', 'Box', 'Note', 'Source', 'Press', 'Release', 'Subject', 'Dear',
]);

/**
 * Words right after a name that make it the name of something else: "the Jean Monnet Programme",
 * "Victoria Police", "Nobel Prize", "Schuman Declaration". Compared in lower case.
 */
export const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([
  'programme', 'program', 'prize', 'award', 'awards', 'foundation', 'fund', 'fellowship', 'scholarship', 'lecture', 'chair', 'institute',
  'university', 'college', 'school', 'academy', 'hospital', 'street', 'avenue', 'road', 'square', 'boulevard', 'bridge', 'airport', 'port',
  'station', 'building', 'hall', 'centre', 'center', 'stadium', 'plan', 'act', 'law', 'doctrine', 'report', 'rule', 'rules', 'process',
  'declaration', 'treaty', 'convention', 'regulation', 'initiative', 'era', 'commission', 'government', 'cabinet', 'administration',
  'police', 'court', 'group', 'network', 'project', 'platform', 'office', 'agency', 'company', 'ltd', 'inc', 'gmbh', 'sa', 'bv', 'ag',
  'family', 'clan', 'cartel', 'gang', 'brothers', 'operation', 'case', 'affair', 'method', 'model', 'index', 'test', 'system', 'line',
  'city', 'district', 'region', 'province', 'county', 'municipality', 'island', 'islands', 'valley', 'river', 'lake', 'bay', 'coast',
  'stiftung', 'fondation', 'fundación', 'fondazione', 'stichting', 'institut', 'instituut', 'universität', 'université', 'universidad',
  'università', 'hotel', 'restaurant', 'club', 'bank', 'holding', 'holdings', 'limited', 'trust', 'partners', 'associates', 'ventures',
]);

/** A name word that is a street of an address: "Johan de Wittlaan", "Kärntner Straße", "Rue de la Loi". */
export const STREET_WORD = /(?:straat|laan|weg|gracht|plein|kade|dreef|steeg|stra(?:ss|ß)e|gasse|platz|allee|ufer|ulica|utca|gatan|vägen|vej|gade|katu|tie|väylä)$/iu;
