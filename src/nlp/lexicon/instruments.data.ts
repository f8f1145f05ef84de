/** The instrument types of SPEC.md; a new type is one entry here and its wordings below. */
export const INSTRUMENTS = [
  'working_arrangement', 'international_agreement', 'cooperation_agreement', 'memorandum_of_understanding', 'joint_declaration', 'letter_of_intent', 'other',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * How each instrument is written, most specific first. Adding an instrument type or wording is one
 * line here. `refersBack` marks wordings that take the instrument of the previous mention
 * ("13 such agreements", "a similar agreement with Ecuador").
 */
export interface InstrumentWording {
  readonly id: string;
  readonly pattern: RegExp;
  readonly instrument: Instrument;
  readonly refersBack?: boolean;
}

export const INSTRUMENT_WORDINGS: readonly InstrumentWording[] = [
  { id: 'instrument.working-arrangement', pattern: /\b(?:strategic |operational |bilateral )?working(?:[ -]level)?[ -](?:arrangements?|agreements?)\b/i, instrument: 'working_arrangement' },
  { id: 'instrument.cooperation-arrangement', pattern: /\b(?:mutual )?(?:cooperation|co-operation) arrangements?\b/i, instrument: 'working_arrangement' },
  { id: 'instrument.bilateral-arrangement', pattern: /\bbilateral arrangements?\b/i, instrument: 'working_arrangement' },
  // "an administrative arrangement with Ukraine", "an operational arrangement with Japan": an agency's arrangement by its kind.
  { id: 'instrument.kind-arrangement', pattern: /\b(?:administrative|operational|technical|strategic) arrangements?\b(?! (?:for|on) the (?:meeting|event|conference|visit)\b)/i, instrument: 'working_arrangement' },
  { id: 'instrument.international-agreement', pattern: /\binternational agreements?\b/i, instrument: 'international_agreement' },
  // "status agreements" (Frontex's operational deployments in a third country) are concluded by the EU.
  { id: 'instrument.status-agreement', pattern: /\bstatus agreements?\b/i, instrument: 'international_agreement' },
  // "the agreement between Europol and Qatar on strategic cooperation": the parties may stand between the two.
  { id: 'instrument.cooperation-agreement', pattern: /\b(?:cooperation|co-operation|operational|strategic) agreements?\b|\bagreements? (?:between [^,.;:()]{3,80}? )?(?:on|for) (?:(?:operational|strategic|judicial|police|mutual|closer)\s+(?:and\s+\w+\s+)?)?(?:cooperation|co-operation)\b/i, instrument: 'cooperation_agreement' },
  { id: 'instrument.mou', pattern: /\bmemorand(?:um|a) of understanding\b|\bMoUs?\b/i, instrument: 'memorandum_of_understanding' },
  { id: 'instrument.joint-declaration', pattern: /\bjoint (?:ministerial )?declarations?\b/i, instrument: 'joint_declaration' },
  { id: 'instrument.letter-of-intent', pattern: /\bletters? of intent\b/i, instrument: 'letter_of_intent' },
  { id: 'instrument.letter-of-understanding', pattern: /\bletters? of understanding\b/i, instrument: 'other' },
  // "a Memorandum of Cooperation", "an Exchange of Letters": instruments of no listed type.
  { id: 'instrument.memorandum-of-cooperation', pattern: /\bmemorand(?:um|a) of (?:cooperation|co-operation|agreement)\b/i, instrument: 'other' },
  { id: 'instrument.exchange-of-letters', pattern: /\bexchanges? of letters\b/i, instrument: 'other' },
  // "a Joint Statement on cooperation": a joint declaration by another name; "a Declaration of Intent": a letter of intent.
  { id: 'instrument.joint-statement', pattern: /\bjoint statements?\b/i, instrument: 'joint_declaration' },
  { id: 'instrument.declaration-of-intent', pattern: /\b(?:declarations?|statements?) of intent\b/i, instrument: 'letter_of_intent' },
  // "inked a deal to share intelligence": a deal is an instrument of no named type; "deal with" is a verb.
  { id: 'instrument.deal', pattern: /\b(?<!(?:great|good) )deals?\b(?![ \u00a0]+with\b)/i, instrument: 'other' },
  { id: 'instrument.similar-agreement', pattern: /\b(?:such|similar|these|those|this|the same)\s+agreements?\b/i, instrument: 'other', refersBack: true },
  // "such arrangements", "these arrangements", "new arrangements will be signed with …": arrangements of the kind named before.
  { id: 'instrument.similar-arrangement', pattern: /\b(?:such|similar|these|those|this|the same|the|new|further|updated)\s+arrangements?\b/i, instrument: 'other', refersBack: true },
  // Not the EU's own treaties, which are legal acts: "Treaty on the Functioning of the European Union".
  { id: 'instrument.treaty', pattern: /\b(?:treaty|treaties|strategic instruments?|similar instruments?)\b(?![ \u00a0]+(?:on|of)[ \u00a0]+(?:the[ \u00a0]+)?(?:Functioning|European Union))/i, instrument: 'other' },
  // Not "a JIT agreement", "the joint investigation team agreement": national authorities set up a team between
  // themselves; the EU side takes part in it, it does not sign it.
  // "The Commission has given its agreement": consent, no instrument.
  { id: 'instrument.agreement', pattern: /(?<!\bin )(?<!\bJITs? )(?<!\binvestigation teams? )(?<!\b(?:give|gives|gave|given|giving|expressed|expresses|express)\s+(?:its|their|his|her|full)\s+)\bagreements?\b(?! of the\b)(?! on the (?:text|terms|need|importance|principles?|general approach|way|basis)\b)/i, instrument: 'other' },
];

/** The wording that tells a signing's status, with a stable id; the nearest one before the counterpart wins. */
export interface StatusCue {
  readonly id: string;
  readonly pattern: RegExp;
  readonly status: 'signed' | 'negotiating' | 'planned';
}

/**
 * "The working arrangement sets out cooperation with …", "the MoU establishes …": an arrangement told by what it does
 * exists, so it was signed (its status) and is in use (no date of the day). One list, read by both.
 */
export const DESCRIBED_INSTRUMENT = /(?:arrangements?|memorand(?:um|a)|MoUs?)\s+(?:establishes|establish|provides\s+for|provide\s+for|sets\s+out|set\s+out|lays\s+down|lay\s+down|governs|govern|allows|allow|enables|enable)/;

/** "Council Decision (EU) 2023/418 on the conclusion of the Agreement …": the act records an agreement concluded, on its own date. */
export const DECISION_ON_CONCLUSION = /\bDecision\b[^.;]{0,60}?\bon\s+the\s+conclusion\s+of\b/;

export const STATUS_CUES: readonly StatusCue[] = [
  // "Strategic agreements:", "Operational agreements with third countries:" heading a list of partners: the instruments
  // the list's partners have, so concluded.
  { id: 'status.signed.heading', pattern: /^\s*(?:[\p{L}-]+\s+){0,2}(?:agreements|arrangements|memoranda(?:\s+of\s+understanding)?)(?:\s+with\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?\s*:?\s*$/giu, status: 'signed' },
  { id: 'status.planned.modal', pattern: /\b(?:will|would|shall|should|could|can|may|might|intends? to|aims? to|plans? to|hopes? to|expects? to|wants? to|wish(?:es)? to|looks? forward to|(?:is|are) (?:set|expected|due|scheduled|poised|ready|keen|likely) to|is to|are to|needs? to be|(?<!\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest|only)\s(?:[\w-]+\s){0,2})to be)\s+(?:\w+\s+){0,2}?(?:sign\w*|conclud\w*|establish\w*|negotiat\w*|sought|seek\w*|pursu\w*|explor\w*|open\w*|authori[sz]\w*|approv\w*|start\w*|launch\w*|begin\w*|finali[sz]\w*|enter(?:ed|ing|s)?\s+into(?!\s+force))/gi, status: 'planned' },
  // "Recommendation for a Council Decision authorising …", "COM(2023) 706 – Signing of an Agreement …": the Commission proposes.
  { id: 'status.planned.propose', pattern: /\b(?:[Rr]ecommendation for an? |COM\s*\(\d{4}\)\s*\d+|propos\w*|recommend(?:s|ed|ing|ations?)?|seek(?:s|ing)? (?:authori[sz]ation|to)|sought|prioriti[sz]\w*|priority partners?|potential (?:new )?partners?|pursue\w*|envisag\w*|planned|foresee\w*|identified as (?:a )?priority)\b/gi, status: 'planned' },
  // "Council Decision of 21 September 2009 on the signing … of the Agreement": the decision lets the signing happen
  // later; a decision "on the conclusion" records an agreement concluded.
  // "adopted a decision authorising the signing of the agreement": signing is authorised, not done.
  // "adopted decisions to sign, on behalf of the EU, status agreements with …": a decision to sign, the same.
  { id: 'status.planned.decision-to-sign', pattern: /\bDecision\b[^.;]{0,60}?\bon the (?=signing\b)|\b[Dd]ecisions?\s+to\s+sign\b|\bauthori[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:signing|signature)\b|\bgreen\s+light\s+(?:to|for)\s+(?:the\s+)?(?:signing|signature)\b/gi, status: 'planned' },
  // An initialled agreement is agreed by the negotiators but not yet signed: still under negotiation.
  // "is working on similar agreements with Turkey": an instrument being worked on is under negotiation.
  { id: 'status.negotiating', pattern: /\b(?:(?:in the (?:process|course)|(?:beginning|early|initial|first|final) stages?|on the verge) of (?:signing|concluding)|negotiat\w*|opening of negotiations|open negotiations|authori[sz]ed the opening|under negotiation|facilitating an?|talks|initiall?(?:ed|ing)|working (?:on|towards)|finali[sz]ing|in preparation|being (?:prepared|drafted|finali[sz]ed)|reached\s+agreement(?=[^.;]{0,60}\btext\b)|conclu(?:ded|des?|sion\s+of|ding)\s+(?:the\s+)?(?:\w+\s+)?negotiations)\b/gi, status: 'negotiating' },
  // "approved the draft agreement", "the draft working arrangement will be presented": a text still being drafted is under negotiation.
  { id: 'status.negotiating.draft', pattern: /\bdraft(?=\s+(?:[\w-]+\s+){0,3}?(?:agreements?|arrangements?|memorand\w*|MoU|declaration)\b)/gi, status: 'negotiating' },
  { id: 'status.signed', pattern: new RegExp(String.raw`\b(?:signed|(?<!\b(?:stages?|process|verge|course) of |close to )signing|sign|signs|signature of|signatories|(?<!\b(?:negotiations?|talks) (?:on|for|of) )new\s+(?:\w+\s+){0,2}?(?:agreements?|arrangements?)\s+with|concluded(?!\s+(?:the\s+)?(?:\w+\s+)?negotiations)|endorsed|(?:entered|enters|entering|enter|entry) into force|${DECISION_ON_CONCLUSION.source}|(?:entered|enters)\s+into(?=\s+(?:an?|the|its|their|this|these)\b|\s+is\s+with\b|\s*$)|(?:has|have)\s+made(?=\s+(?:is|are|was|were)\s+with\b)|in force|can count on|${DESCRIBED_INSTRUMENT.source}|(?:has|have|had)\s+(?:\w+\s+){0,4}?(?:\w+-)?(?:agreements?|arrangements?),?\s+(?:(?:on|for|in|which|that)\s[^.;:]{0,80}?\s)?(?:with|in place)|(?:is|are|was|were)\s+(?:already\s+|now\s+)?in place|ratified|adopted|agreed|approved by (?:the )?(?:European )?Parliament|(?:gave|give|gives|given)\s+(?:its\s+|their\s+)?consent\s+to|Parliament (?:also )?approved|final green light|renew(?:ed|s|ing)?|(?:been|was|were)\s+(?:updated|revised)|exists?|existed|existing\s+(?:\w+\s+){0,2}?(?:agreements?|arrangements?|memorand\w*)|implement(?:s|ed|ing)?\s+(?:its|their|the|this)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|latest)\s+(?:\w+\s+){0,2}?to\s+(?:be\s+(?:signed|concluded)|sign|conclude)|inked|formali[sz]ed|(?:on\s+the\s+basis|under\s+the\s+terms)\s+of\s+(?:an?|the|its|their)(?=\s+(?:\w+\s+){0,3}?(?:agreements?|arrangements?|memorand\w*)\b)|(?:cooperat\w+|work\w*)\s+(?:\w+\s+){0,2}?under(?=\s+(?:an?|the|its|their)\s+(?:\w+\s+){0,3}?(?:agreements?|arrangements?|memorand\w*)\b)|(?:has|have)\s+had\s+(?:\w+\s+){0,3}?(?:agreements?|arrangements?))\b`, 'gi'), status: 'signed' },
];

/** Words that turn a statement about an instrument into a negation: "do not allow", "is no basis for". */
export const NEGATION = /\b(?:not|no|never|nor|neither|without|lacks?)\b/i;
