/**
 * International bodies the EU cooperates with, in the shape of eu-bodies.data.ts (`names`, `acronyms`,
 * `shortNames`); an international body signs for itself. One line per body. Bodies not listed are still
 * found: the text's own "Long Form (ACRONYM)" definitions and head words are read by the extractor.
 */
export interface InternationalBody {
  readonly names: readonly string[];
  readonly acronyms?: readonly string[];
  readonly shortNames?: readonly string[];
}

export const INTERNATIONAL_BODIES: readonly InternationalBody[] = [
  { names: ['International Criminal Police Organization', 'International Criminal Police Organisation'], acronyms: ['Interpol', 'INTERPOL'] },
  { names: ['United Nations'], acronyms: ['UN'] },
  { names: ['United Nations Security Council', 'UN Security Council'], acronyms: ['UNSC'] },
  { names: ['United Nations Office on Drugs and Crime'], acronyms: ['UNODC'] },
  { names: ['United Nations High Commissioner for Refugees'], acronyms: ['UNHCR'] },
  { names: ['International Organization for Migration', 'International Organisation for Migration'], acronyms: ['IOM'] },
  { names: ['Commission on Narcotic Drugs'], acronyms: ['CND'] },
  { names: ['International Criminal Court'], acronyms: ['ICC'] },
  { names: ['International Court of Justice'], acronyms: ['ICJ'] },
  { names: ['Council of Europe'], acronyms: ['CoE'] },
  { names: ['Organization for Security and Co-operation in Europe', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Cooperation in Europe'], acronyms: ['OSCE'] },
  { names: ['North Atlantic Treaty Organisation', 'North Atlantic Treaty Organization'], acronyms: ['NATO'] },
  { names: ['Police Community of the Americas'], acronyms: ['AMERIPOL', 'Ameripol'] },
  { names: ['Ibero-American Association of Public Prosecutors'], acronyms: ['AIAMP'] },
  { names: ['Community of Latin American and Caribbean States'], acronyms: ['CELAC'] },
  { names: ['World Customs Organization', 'World Customs Organisation'], acronyms: ['WCO'] },
  { names: ['Financial Action Task Force'], acronyms: ['FATF'] },
  { names: ['World Bank'] },
  { names: ['United Nations General Assembly', 'UN General Assembly'], acronyms: ['UNGA'] },
  // "WHO" is left out: an English word, in capitals in headlines ("WHO ARE WE"); a document defining it is read.
  { names: ['World Health Organization', 'World Health Organisation'] },
  { names: ['International Monetary Fund'], acronyms: ['IMF'] },
  { names: ["United Nations Children's Fund", 'United Nations Children’s Fund'], acronyms: ['UNICEF'] },
  { names: ['United Nations Development Programme'], acronyms: ['UNDP'] },
  { names: ['International Civil Aviation Organization', 'International Civil Aviation Organisation'], acronyms: ['ICAO'] },
  { names: ['Internet Corporation for Assigned Names and Numbers'], acronyms: ['ICANN'] },
  // Regional police and justice cooperation bodies, partners of Europol and Eurojust.
  { names: ['ASEAN National Police', 'ASEAN Chiefs of National Police'], acronyms: ['ASEANAPOL'] },
  { names: ['African Union Mechanism for Police Cooperation'], acronyms: ['AFRIPOL'] },
  { names: ['GCC Police'], acronyms: ['GCCPOL', 'GCC-POL'] },
  { names: ['Southeast European Law Enforcement Center', 'Southeast European Law Enforcement Centre'], acronyms: ['SELEC'] },
  { names: ['Maritime Analysis and Operations Centre – Narcotics', 'Maritime Analysis and Operations Centre - Narcotics'], acronyms: ['MAOC-N', 'MAOC (N)'] },
  { names: ['Association of Southeast Asian Nations'], acronyms: ['ASEAN'] },
  { names: ['African Union'], acronyms: ['AU'] },
  { names: ['Gulf Cooperation Council'], acronyms: ['GCC'] },
  { names: ['Organization of American States', 'Organisation of American States'], acronyms: ['OAS'] },
  { names: ['League of Arab States', 'Arab League'] },
];

/**
 * Terrorist and organised crime groups the documents name as actors ("attacks claimed by Islamic State", "the
 * 'Ndrangheta"): organisations of the text, never a party to a signing. Spellings as the agencies write them.
 */
export const ARMED_AND_CRIMINAL_GROUPS: readonly InternationalBody[] = [
  { names: ['Islamic State', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], acronyms: ['ISIL', 'ISIS'], shortNames: ['Daesh', 'Da’esh', "Da'esh"] },
  { names: ['al-Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida', 'Al Qaida'] },
  { names: ['Hamas'] },
  { names: ['Hezbollah', 'Hizbollah'] },
  { names: ['Al-Shabaab', 'al-Shabaab'] },
  { names: ['Boko Haram'] },
  { names: ['Kurdistan Workers’ Party'], acronyms: ['PKK'] },
  { names: ['‘Ndrangheta', "'Ndrangheta", 'Ndrangheta'] },
  { names: ['Camorra'] },
  { names: ['Cosa Nostra'] },
  { names: ['Sinaloa Cartel'] },
  { names: ['Clan del Golfo', 'Gulf Clan'] },
  { names: ['Hells Angels'] },
];

/**
 * National bodies that press releases name by a word of their own language, with no head word an English
 * reader would know ("the Carabinieri", "the Bundeskriminalamt", "the Mossos d'Esquadra"), each with the
 * country it belongs to (ISO 3166-1 alpha-2): a national body signs for its country (SPEC.md).
 */
export interface NationalBody extends InternationalBody {
  readonly country: string;
}

export const NATIONAL_BODIES: readonly NationalBody[] = [
  { names: ['Arma dei Carabinieri', 'Carabinieri'], country: 'IT' },
  { names: ['Guardia di Finanza'], acronyms: ['GdF'], country: 'IT' },
  { names: ['Polizia di Stato'], country: 'IT' },
  { names: ['Guardia Civil'], country: 'ES' },
  { names: ['Policía Nacional', 'Policia Nacional'], country: 'ES' },
  { names: ["Mossos d'Esquadra"], country: 'ES' },
  { names: ['Ertzaintza'], country: 'ES' },
  { names: ['Bundeskriminalamt'], acronyms: ['BKA'], country: 'DE' },
  { names: ['Bundespolizei'], country: 'DE' },
  { names: ['Zollfahndungsdienst'], country: 'DE' },
  { names: ['Bundesamt für Verfassungsschutz'], acronyms: ['BfV'], country: 'DE' },
  { names: ['Bundeskriminalamt Österreich'], country: 'AT' },
  { names: ['Gendarmerie nationale'], country: 'FR' },
  { names: ['Police nationale'], country: 'FR' },
  { names: ['Koninklijke Marechaussee'], country: 'NL' },
  { names: ['Fiscale Inlichtingen- en Opsporingsdienst'], acronyms: ['FIOD'], country: 'NL' },
  { names: ['Openbaar Ministerie'], country: 'NL' },
  { names: ['Garda Síochána', 'An Garda Síochána', 'Garda Siochana'], country: 'IE' },
  { names: ['Polícia Judiciária', 'Policia Judiciaria'], country: 'PT' },
  { names: ['Guarda Nacional Republicana'], acronyms: ['GNR'], country: 'PT' },
  { names: ['Centralne Biuro Śledcze Policji'], acronyms: ['CBŚP'], country: 'PL' },
  { names: ['Direcţia de Investigare a Infracţiunilor de Criminalitate Organizată şi Terorism'], acronyms: ['DIICOT'], country: 'RO' },
  { names: ['Federal Bureau of Investigation'], acronyms: ['FBI'], country: 'US' },
  { names: ['Drug Enforcement Administration'], acronyms: ['DEA'], country: 'US' },
  { names: ['Homeland Security Investigations'], acronyms: ['HSI'], country: 'US' },
  { names: ['Royal Canadian Mounted Police'], acronyms: ['RCMP'], country: 'CA' },
  { names: ['Australian Federal Police'], acronyms: ['AFP'], country: 'AU' },
];

/**
 * Words that make a capitalised phrase the name of a body: "Public Prosecutor's Office of Bari",
 * "National Crime Agency", "Western Balkans Criminal Justice Project". Singular only: "Prosecution
 * Services of Bolivia" is several bodies, not one name.
 */
export const ENGLISH_HEAD_WORDS: readonly string[] = [
  'Office', 'Police', 'Agency', 'Directorate', 'Network', 'Project', 'Programme', 'Program', 'Court', 'Service', 'Unit', 'Ministry',
  'Council', 'Commission', 'Parliament', 'Association', 'Organisation', 'Organization', 'Alliance', 'Platform', 'Group', 'Centre',
  'Center', 'Mechanism', 'Team', 'Inspectorate', 'Gendarmerie', 'Carabinieri', 'Guard', 'Department', 'Division', 'Branch', 'Bureau',
  'Authority', 'Institute', 'Academy', 'Desk', 'Prosecution', 'Judiciary', 'Squad', 'Taskforce', 'Task Force', 'Coalition',
  'Partnership', 'Secretariat', 'Committee', 'Working Party', 'Board', 'Tribunal', 'Headquarters', 'Headquarter', 'Subdivision',
  'Company', 'Jurisdiction', 'Instrument', 'Initiative', 'Fund', 'Facility', 'Observatory', 'Hub', 'Corps', 'Force', 'Customs',
  'Bank', 'Government', 'Body', 'Brigade', 'Prefecture', 'Administration', 'Directorate-General', 'League', 'Foundation', 'Registry',
  'Command', 'Chamber', 'Delegation', 'Embassy', 'Mission', 'Navy', 'Army', 'Coastguard', 'Assembly', 'Senate',
];

/**
 * Heads of national bodies written in their own language, where adjectives follow the head ("Guardia
 * Civil", "Policía Nacional", "Polizia di Stato", "Openbaar Ministerie").
 */
export const NATIONAL_LANGUAGE_HEAD_WORDS: readonly string[] = [
  'Guardia', 'Guarda', 'Policía', 'Polícia', 'Policia', 'Polizia', 'Politie', 'Polizei', 'Policja', 'Poliția', 'Politia', 'Gendarmería',
  'Garda', 'Procura', 'Fiscalía', 'Fiscalia', 'Ministerio', 'Ministère', 'Ministerie', 'Parquet', 'Prokuratura', 'Brigada', 'Préfecture',
];

/** Every head word: English and the national languages'. */
export const ORGANISATION_HEAD_WORDS: readonly string[] = [...ENGLISH_HEAD_WORDS, ...NATIONAL_LANGUAGE_HEAD_WORDS];

/**
 * Heads that name what a body does or runs as much as the body itself: a title-cased heading line made
 * of one ("Strategic Partnership with Africa", "Operational Support Hub") is a topic of the document,
 * not a body, unless the running text names it too.
 */
export const TOPIC_HEAD_WORDS: readonly string[] = [
  'Project', 'Programme', 'Program', 'Network', 'Platform', 'Group', 'Centre', 'Center', 'Mechanism', 'Team', 'Partnership', 'Alliance',
  'Coalition', 'Initiative', 'Instrument', 'Fund', 'Facility', 'Hub', 'Jurisdiction', 'Force', 'Customs', 'Body', 'Company', 'Desk',
];

/** Heads that need a word before them: "Police Headquarters" is a body, "Headquarters of Europol" a place. */
export const MODIFIED_HEAD_WORDS: readonly string[] = ['Headquarters', 'Headquarter', 'Body'];

/**
 * Capitalised abbreviations that name things, not bodies, though a country's adjective may stand before them ("the
 * Spanish JIT", "an Italian OCG", "the Dutch EAW"): kinds of team, group, document, tax, system and crime.
 */
export const NOT_BODY_ABBREVIATIONS: readonly string[] = [
  'JIT', 'OCG', 'EAW', 'EIO', 'MLA', 'VAT', 'GDP', 'CEO', 'CSAM', 'DDOS', 'SIM', 'GPS', 'PNR', 'SIS', 'VIS', 'ETIAS', 'EES',
  'COVID', 'HIV', 'MDMA', 'LSD', 'NPS', 'THC', 'BMK', 'PMK', 'SUV', 'ATM', 'IBAN', 'LLC', 'LTD', 'SME', 'NGO', 'KPI', 'MOU',
  'USB', 'VPN', 'ECC',
];
