/** Titles of office that introduce a named person ("Eurojust President Michael Schmid"). One per line. */
export const ROLE_TITLES: readonly string[] = [
  'President', 'Vice-President', 'Vice President', 'Executive Director', 'Director-General', 'Director General', 'Deputy Director', 'Director',
  'Minister', 'Deputy Minister', 'Commissioner', 'Prosecutor General', 'Chief Prosecutor', 'Public Prosecutor', 'Prosecutor', 'Attorney General',
  'Chief', 'Head', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Judge', 'Secretary-General', 'Secretary General', 'Secretary',
  'Ambassador', 'Spokesperson', 'Commander', 'National Member', 'Liaison Prosecutor', 'Liaison Magistrate', 'Investigating Judge', 'Mayor',
];

/**
 * Nouns that hold an office, in any case ("President", "spokesperson"): a role phrase has one of them
 * ("Deputy Secretary-General for …", "Europol's executive director"). Looked up lower-case, one word.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'president-elect', 'director', 'director-general', 'commissioner', 'minister', 'secretary', 'secretary-general',
  'undersecretary', 'under-secretary', 'ambassador', 'prosecutor', 'prosecutor-general', 'judge', 'magistrate', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'co-chair', 'head', 'chief', 'spokesperson', 'spokesman', 'spokeswoman', 'commander', 'member', 'officer',
  'rapporteur', 'mayor', 'governor', 'attorney', 'attorney-general', 'coordinator', 'co-ordinator', 'adviser', 'advisor', 'counsellor',
  'councillor', 'counselor', 'consul', 'envoy', 'representative', 'delegate', 'inspector', 'superintendent', 'commissioner-general', 'premier',
  'chancellor', 'rector', 'dean', 'ombudsman', 'ombudsperson', 'auditor', 'registrar', 'manager', 'leader', 'investigator', 'detective',
  'sergeant', 'lieutenant', 'captain', 'colonel', 'sheriff', 'mep', 'ceo', 'founder', 'expert', 'analyst', 'procurator', 'procurator-general',
  'comptroller', 'comptroller-general', 'inspector-general', 'attorney-general', 'prosecutor-general', 'administrator', 'executive', 'vice-chair', 'vice-chairman', 'deputy', 'supervisor', 'controller', 'agent',
]);

/** Words that qualify a role head without holding an office themselves ("Deputy", "Chief", "former"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'executive', 'administrative', 'senior', 'junior', 'acting', 'assistant', 'associate', 'lead', 'principal', 'special',
  'permanent', 'first', 'second', 'prime', 'federal', 'state', 'national', 'chief', 'press', 'public', 'general', 'liaison', 'european',
  'former', 'current', 'outgoing', 'incoming', 'interim', 'then', 'newly', 'appointed', 'elected', 'high', 'investigating', 'examining',
  'presiding', 'police', 'defence', 'defense', 'interior', 'justice', 'foreign', 'regional', 'legal', 'technical', 'political',
]);

/**
 * Courtesy titles and forms of address before a name: part of how the name is written, not of the name
 * nor of the role. "H.E." and "Rt Hon" are read letter by letter ("H", ".", "E", ".").
 */
export const COURTESY_TITLES: readonly string[] = ['Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'Sir', 'Dame'];
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...COURTESY_TITLES, 'Miss', 'Mx', 'Professor', 'Lord', 'Lady', 'Mme', 'Madame', 'Mlle', 'Monsieur', 'Herr', 'Frau', 'Sr', 'Sra', 'Dott',
  'Hon', 'Rt', 'Excellency', 'Sheikh', 'Sheikha', 'Messrs', 'Drs', 'Mag', 'Ing', 'Dipl', 'Rev', 'Msgr', 'JUDr', 'Mgr', 'PhDr', 'MUDr', 'RNDr', 'Avv',
]);

/** Verbs that report speech: the words around them name a speaker ("said Anna Berg", "Berg added"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'stated', 'states', 'added', 'adds', 'commented', 'comments', 'explained', 'explains', 'noted', 'notes', 'stressed',
  'stresses', 'underlined', 'underlines', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'declared', 'declares', 'remarked',
  'welcomed', 'welcomes', 'told', 'tells', 'announced', 'announces', 'highlighted', 'highlights', 'concluded', 'warned', 'affirmed',
  'recalled', 'pointed', 'insisted', 'observed', 'praised', 'thanked', 'urged', 'confirmed', 'acknowledged', 'reiterated', 'underscored',
]);

/** Lines that come just before a signatory's name ("For Europol", "Press contacts", "Yours sincerely"). */
export const BEFORE_SIGNATURE = /^(?:For|On behalf of|Signed for|Press contacts?|Media contacts?|Contacts?|Contact persons?|Yours (?:sincerely|faithfully)|(?:Kind|Best|Warm) regards|Sincerely|Regards)\b/i;
/** Marks that stand for a signature before a name, perhaps closing the sentence before it: "(sd.) J. STORBECK", "(signed) Anna Berg". */
export const SIGNATURE_MARK = /\((?:sd|sgd|signed|signature)\.?\)|\bsigned:/i;
