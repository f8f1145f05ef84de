/**
 * The bodies on the EU side of judicial and police cooperation: the Union itself, its institutions, its
 * agencies and offices, the Council's preparatory bodies, and the networks and programmes it runs. The
 * one place these facts of the world are written; the organisation reader, the signing reader, the
 * person reader and the figure rules take them from here. One line per body.
 *
 * - `names`: full names, the official one first, then former or other full names ("European Police Office").
 * - `acronyms`: acronyms and short names the body goes by ("EPPO", "Frontex", "Europol"). Beside a full name
 *   in the same document, one is the entity's `acronym`; alone, it is its name.
 * - `shortNames`: elliptic writings that stand for the body but are not acronyms ("the Council",
 *   "the Commission", "LIBE Committee"); alone, one is the entity's name.
 * - `signsArrangements`: the body concludes working arrangements or agreements in its own name, so it can
 *   be the EU-side party of a signing (the Union signs international agreements).
 */
export type EuBodyKind = 'union' | 'institution' | 'agency' | 'office' | 'preparatory-body' | 'committee' | 'network' | 'programme';

export interface EuBody {
  readonly names: readonly string[];
  readonly acronyms?: readonly string[];
  readonly shortNames?: readonly string[];
  readonly kind: EuBodyKind;
  readonly signsArrangements: boolean;
}

export const EU_BODIES: readonly EuBody[] = [
  { names: ['European Union'], acronyms: ['EU'], kind: 'union', signsArrangements: true },
  // Institutions.
  { names: ['European Commission'], shortNames: ['Commission'], kind: 'institution', signsArrangements: false },
  { names: ['Council of the European Union', 'Council of the EU'], shortNames: ['Council'], kind: 'institution', signsArrangements: false },
  { names: ['General Secretariat of the Council', 'General Secretariat of the Council of the European Union'], acronyms: ['GSC'], kind: 'institution', signsArrangements: false },
  { names: ['European Council'], kind: 'institution', signsArrangements: false },
  { names: ['European Parliament'], kind: 'institution', signsArrangements: false },
  { names: ['Court of Justice of the European Union'], acronyms: ['CJEU'], kind: 'institution', signsArrangements: false },
  { names: ['European Court of Auditors'], kind: 'institution', signsArrangements: false },
  { names: ['European Central Bank'], acronyms: ['ECB'], kind: 'institution', signsArrangements: false },
  { names: ['European External Action Service'], acronyms: ['EEAS'], kind: 'institution', signsArrangements: false },
  { names: ['European Data Protection Supervisor'], acronyms: ['EDPS'], kind: 'institution', signsArrangements: false },
  // Agencies and offices of justice and home affairs.
  // Before its 2019 Regulation, releases called Eurojust "the European Union’s Judicial Cooperation Unit".
  { names: ['European Union Agency for Criminal Justice Cooperation'], acronyms: ['Eurojust'], shortNames: ['European Union’s Judicial Cooperation Unit', 'EU’s Judicial Cooperation Unit', 'Union’s Judicial Cooperation Unit'], kind: 'agency', signsArrangements: true },
  { names: ['College of Eurojust'], kind: 'agency', signsArrangements: false },
  { names: ['European Union Agency for Law Enforcement Cooperation', 'European Police Office'], acronyms: ['Europol'], kind: 'agency', signsArrangements: true },
  { names: ['European Counter Terrorism Centre'], acronyms: ['ECTC'], kind: 'agency', signsArrangements: false },
  { names: ['European Cybercrime Centre'], acronyms: ['EC3'], kind: 'agency', signsArrangements: false },
  { names: ['European Public Prosecutor’s Office'], acronyms: ['EPPO'], kind: 'office', signsArrangements: true },
  { names: ['European Anti-Fraud Office'], acronyms: ['OLAF'], kind: 'office', signsArrangements: true },
  { names: ['European Border and Coast Guard Agency'], acronyms: ['Frontex'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Agency for Law Enforcement Training'], acronyms: ['CEPOL'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Drugs Agency'], acronyms: ['EUDA'], shortNames: ['EU Drugs Agency'], kind: 'agency', signsArrangements: true },
  { names: ['European Monitoring Centre for Drugs and Drug Addiction'], acronyms: ['EMCDDA'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Agency for Asylum'], acronyms: ['EUAA'], kind: 'agency', signsArrangements: true },
  { names: ['European Asylum Support Office'], acronyms: ['EASO'], kind: 'agency', signsArrangements: true },
  {
    // Its name until Regulation (EU) 2018/1726: "the European Agency for the operational management of …".
    names: ['European Union Agency for the Operational Management of Large-Scale IT Systems in the Area of Freedom, Security and Justice', 'European Agency for the Operational Management of Large-Scale IT Systems in the Area of Freedom, Security and Justice', 'European Agency for the operational management of large-scale IT systems in the area of freedom, security and justice'],
    acronyms: ['eu-LISA'],
    kind: 'agency',
    signsArrangements: true,
  },
  { names: ['European Union Agency for Cybersecurity'], acronyms: ['ENISA'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Agency for Fundamental Rights'], acronyms: ['FRA'], kind: 'agency', signsArrangements: true },
  { names: ['European Maritime Safety Agency'], acronyms: ['EMSA'], kind: 'agency', signsArrangements: true },
  { names: ['European Fisheries Control Agency'], acronyms: ['EFCA'], kind: 'agency', signsArrangements: true },
  { names: ['Anti-Money Laundering Authority', 'EU Anti-Money Laundering Authority'], acronyms: ['AMLA'], kind: 'agency', signsArrangements: true },
  // The Union's other decentralised agencies: they sign working arrangements with the agencies above.
  { names: ['European Centre for Disease Prevention and Control'], acronyms: ['ECDC'], kind: 'agency', signsArrangements: true },
  { names: ['European Chemicals Agency'], acronyms: ['ECHA'], kind: 'agency', signsArrangements: true },
  { names: ['European Food Safety Authority'], acronyms: ['EFSA'], kind: 'agency', signsArrangements: true },
  { names: ['European Medicines Agency'], acronyms: ['EMA'], kind: 'agency', signsArrangements: true },
  { names: ['European Labour Authority'], acronyms: ['ELA'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Intellectual Property Office'], acronyms: ['EUIPO'], kind: 'agency', signsArrangements: true },
  { names: ['European Institute for Gender Equality'], acronyms: ['EIGE'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Aviation Safety Agency', 'European Aviation Safety Agency'], acronyms: ['EASA'], kind: 'agency', signsArrangements: true },
  { names: ['European Agency for Safety and Health at Work'], acronyms: ['EU-OSHA'], kind: 'agency', signsArrangements: true },
  { names: ['European Foundation for the Improvement of Living and Working Conditions'], acronyms: ['Eurofound'], kind: 'agency', signsArrangements: true },
  { names: ['European Centre for the Development of Vocational Training'], acronyms: ['Cedefop'], kind: 'agency', signsArrangements: true },
  { names: ['European Training Foundation'], acronyms: ['ETF'], kind: 'agency', signsArrangements: true },
  { names: ['European Banking Authority'], acronyms: ['EBA'], kind: 'agency', signsArrangements: true },
  { names: ['European Securities and Markets Authority'], acronyms: ['ESMA'], kind: 'agency', signsArrangements: true },
  { names: ['European Insurance and Occupational Pensions Authority'], acronyms: ['EIOPA'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Agency for the Space Programme'], acronyms: ['EUSPA'], kind: 'agency', signsArrangements: true },
  { names: ['European Union Satellite Centre'], acronyms: ['SatCen'], kind: 'agency', signsArrangements: true },
  { names: ['European Defence Agency'], acronyms: ['EDA'], kind: 'agency', signsArrangements: true },
  // "EEA" is also the European Economic Area: the agency is known by its full name only.
  { names: ['European Environment Agency'], kind: 'agency', signsArrangements: true },
  // The Council's configurations and preparatory bodies, often named by acronym only ("discussed in COPEN").
  { names: ['Justice and Home Affairs Council'], shortNames: ['JHA Council'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Permanent Representatives Committee'], acronyms: ['COREPER', 'Coreper'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Coordinating Committee in the area of police and judicial cooperation in criminal matters'], acronyms: ['CATS'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Working Party on Judicial Cooperation in Criminal Matters'], acronyms: ['COPEN'], shortNames: ['COPEN Working Party'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Working Party on JHA Information Exchange'], acronyms: ['IXIM'], shortNames: ['IXIM Working Party'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Law Enforcement Working Party'], acronyms: ['LEWP'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Law Enforcement Working Party (Police)'], acronyms: ['LEWP-Police', 'LEWP-P'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Law Enforcement Working Party (Customs)'], acronyms: ['LEWP-C', 'LEWP-Customs'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Horizontal Working Party on Drugs'], acronyms: ['HDG'], kind: 'preparatory-body', signsArrangements: false },
  { names: ['Standing Committee on Operational Cooperation on Internal Security'], acronyms: ['COSI'], kind: 'preparatory-body', signsArrangements: false },
  // The Parliament's committee for justice and home affairs, named in many ways.
  {
    names: ['Committee on Civil Liberties, Justice and Home Affairs', 'Civil Liberties, Justice and Home Affairs Committee'],
    acronyms: ['LIBE'],
    shortNames: ['LIBE Committee', 'Civil Liberties Committee'],
    kind: 'committee',
    signsArrangements: false,
  },
  // Networks and programmes the EU runs or funds: on the EU side of the cooperation they support.
  { names: ['European Judicial Network in criminal matters', 'European Judicial Network'], acronyms: ['EJN'], kind: 'network', signsArrangements: false },
  { names: ['European Judicial Cybercrime Network'], acronyms: ['EJCN'], kind: 'network', signsArrangements: false },
  { names: ['European Judicial Organised Crime Network'], acronyms: ['EJOCN'], kind: 'network', signsArrangements: false },
  { names: ['European Judicial Training Network'], acronyms: ['EJTN'], kind: 'network', signsArrangements: false },
  { names: ['Genocide Network'], kind: 'network', signsArrangements: false },
  { names: ['European Multidisciplinary Platform Against Criminal Threats'], acronyms: ['EMPACT'], kind: 'programme', signsArrangements: false },
  {
    names: ['Europe Latin America programme of assistance against transnational organised crime'],
    acronyms: ['EL PAcCTO 2.0', 'EL PAcCTO', 'EL PACCTO 2.0', 'EL PACCTO'],
    kind: 'programme',
    signsArrangements: false,
  },
];
