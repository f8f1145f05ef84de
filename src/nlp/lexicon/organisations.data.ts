/**
 * Bodies of EU justice and home affairs and their usual partners, with the acronym they go by and
 * other names they are written under. One line per body; the text's own "Long Form (ACRONYM)"
 * definitions are read by the extractor, so bodies not listed here are still found.
 * `side: 'eu'` marks the EU-side parties of signings.
 */
export interface KnownOrganisation {
  readonly name: string;
  readonly acronym?: string;
  readonly aliases?: readonly string[];
  readonly side?: 'eu' | 'international';
}

export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = [
  { name: 'Eurojust', aliases: ['European Union Agency for Criminal Justice Cooperation'], side: 'eu' },
  // Eurojust's governing body of its National Members, named as a body of its own.
  { name: 'College of Eurojust', side: 'eu' },
  { name: 'Europol', aliases: ['European Union Agency for Law Enforcement Cooperation'], side: 'eu' },
  { name: "European Public Prosecutor's Office", acronym: 'EPPO', aliases: ['European Public Prosecutor’s Office'], side: 'eu' },
  { name: 'European Anti-Fraud Office', acronym: 'OLAF', side: 'eu' },
  { name: 'European Border and Coast Guard Agency', acronym: 'Frontex', aliases: ['Frontex'], side: 'eu' },
  { name: 'European Union Agency for Law Enforcement Training', acronym: 'CEPOL', side: 'eu' },
  { name: 'European Union Drugs Agency', acronym: 'EUDA', side: 'eu' },
  { name: 'European Monitoring Centre for Drugs and Drug Addiction', acronym: 'EMCDDA', side: 'eu' },
  { name: 'European Union Agency for Asylum', acronym: 'EUAA', side: 'eu' },
  { name: 'European Union Agency for the Operational Management of Large-Scale IT Systems in the Area of Freedom, Security and Justice', acronym: 'eu-LISA', side: 'eu' },
  { name: 'European Commission', aliases: ['Commission'], side: 'eu' },
  { name: 'Council of the European Union', aliases: ['Council'], side: 'eu' },
  { name: 'European Council', side: 'eu' },
  { name: 'European Parliament', side: 'eu' },
  // Council configurations and preparatory bodies, often named by acronym only ("discussed in COPEN").
  { name: 'Justice and Home Affairs Council', aliases: ['JHA Council'], side: 'eu' },
  { name: 'Permanent Representatives Committee', acronym: 'COREPER', side: 'eu' },
  { name: 'Coordinating Committee in the area of police and judicial cooperation in criminal matters', acronym: 'CATS', side: 'eu' },
  { name: 'Working Party on Judicial Cooperation in Criminal Matters', acronym: 'COPEN', aliases: ['COPEN Working Party'], side: 'eu' },
  { name: 'Working Party on JHA Information Exchange', acronym: 'IXIM', aliases: ['IXIM Working Party'], side: 'eu' },
  { name: 'Law Enforcement Working Party', acronym: 'LEWP', side: 'eu' },
  { name: 'Law Enforcement Working Party (Police)', acronym: 'LEWP-Police', aliases: ['LEWP-P'], side: 'eu' },
  { name: 'Law Enforcement Working Party (Customs)', acronym: 'LEWP-C', aliases: ['LEWP-Customs'], side: 'eu' },
  { name: 'Horizontal Working Party on Drugs', acronym: 'HDG', side: 'eu' },
  { name: 'European External Action Service', acronym: 'EEAS', side: 'eu' },
  { name: 'European Judicial Network', acronym: 'EJN', side: 'eu' },
  { name: 'European Judicial Cybercrime Network', acronym: 'EJCN', side: 'eu' },
  { name: 'European Judicial Organised Crime Network', acronym: 'EJOCN', side: 'eu' },
  { name: 'Genocide Network', side: 'eu' },
  { name: 'European Multidisciplinary Platform Against Criminal Threats', acronym: 'EMPACT', side: 'eu' },
  // EU-funded programme with Latin America: on the EU side of the cooperation it supports, never a counterpart.
  { name: 'Europe Latin America programme of assistance against transnational organised crime', acronym: 'EL PAcCTO 2.0', aliases: ['EL PAcCTO', 'EL PACCTO 2.0', 'EL PACCTO'], side: 'eu' },
  { name: 'Standing Committee on Operational Cooperation on Internal Security', acronym: 'COSI', side: 'eu' },
  { name: 'International Criminal Police Organization', acronym: 'Interpol', aliases: ['INTERPOL'], side: 'international' },
  { name: 'International Criminal Court', acronym: 'ICC', side: 'international' },
  { name: 'International Court of Justice', acronym: 'ICJ', side: 'international' },
  { name: 'Commission on Narcotic Drugs', acronym: 'CND', side: 'international' },
  { name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', side: 'international' },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE', side: 'international' },
  { name: 'Council of Europe', side: 'international' },
  { name: 'North Atlantic Treaty Organisation', acronym: 'NATO', aliases: ['North Atlantic Treaty Organization'], side: 'international' },
  { name: 'Police Community of the Americas', acronym: 'AMERIPOL', aliases: ['Ameripol'], side: 'international' },
  { name: 'Ibero-American Association of Public Prosecutors', acronym: 'AIAMP', side: 'international' },
  { name: 'Community of Latin American and Caribbean States', acronym: 'CELAC', side: 'international' },
  { name: 'World Customs Organization', acronym: 'WCO', side: 'international' },
  { name: 'Financial Action Task Force', acronym: 'FATF', side: 'international' },
  { name: 'United Nations', acronym: 'UN', side: 'international' },
];

/**
 * Words that make a capitalised phrase the name of a body: "Public Prosecutor's Office of Bari",
 * "National Crime Agency", "Western Balkans Criminal Justice Project". Singular only: "Prosecution
 * Services of Bolivia" is several bodies, not one name.
 */
export const ORGANISATION_HEAD_WORDS: readonly string[] = [
  'Office', 'Police', 'Agency', 'Directorate', 'Network', 'Project', 'Programme', 'Program', 'Court', 'Service', 'Unit', 'Ministry',
  'Council', 'Commission', 'Parliament', 'Association', 'Organisation', 'Organization', 'Alliance', 'Platform', 'Group', 'Centre',
  'Center', 'Mechanism', 'Team', 'Inspectorate', 'Gendarmerie', 'Carabinieri', 'Guard', 'Department', 'Division', 'Branch', 'Bureau',
  'Authority', 'Institute', 'Academy', 'Desk', 'Prosecution', 'Judiciary', 'Squad', 'Taskforce', 'Task Force', 'Coalition',
  'Partnership', 'Secretariat', 'Committee', 'Working Party', 'Board', 'Tribunal', 'Headquarters', 'Headquarter', 'Subdivision',
  'Company', 'Jurisdiction', 'Instrument', 'Initiative', 'Fund', 'Facility', 'Observatory', 'Hub', 'Corps', 'Force', 'Customs',
];
