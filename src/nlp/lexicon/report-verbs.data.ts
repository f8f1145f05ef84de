/**
 * Verbs that report what happened to what a figure counts, in their base form: "Police [detain] 13",
 * "prosecutors [arrest] five", "to [host] over 300 liaison officers". Forms are derived from the base
 * (detains, detained, detaining); past forms that are not regular are in IRREGULAR_FORMS. compromise's
 * lexicon knows many more verbs; this list is for the words it files as nouns ("detain", "host").
 */
export const REPORT_VERBS: readonly string[] = [
  'arrest', 'detain', 'seize', 'raid', 'search', 'charge', 'convict', 'sentence', 'extradite', 'surrender', 'dismantle', 'disrupt',
  'rescue', 'identify', 'freeze', 'confiscate', 'recover', 'retrieve', 'intercept', 'target', 'host', 'uncover', 'smuggle', 'traffic',
  'launder', 'transport', 'import', 'export', 'sell', 'buy', 'steal', 'defraud', 'exploit', 'recruit', 'hold', 'question', 'interrogate',
  'interview', 'indict', 'prosecute', 'execute', 'issue', 'open', 'start', 'launch', 'conduct', 'carry', 'take', 'bring', 'deploy', 'train',
  'support', 'coordinate', 'handle', 'register', 'receive', 'process', 'exchange', 'sign', 'conclude', 'ratify', 'endorse', 'adopt',
  'approve', 'check', 'inspect', 'screen', 'examine', 'detect', 'refuse', 'return', 'deport', 'expel', 'release', 'injure', 'kill', 'die',
  'wound', 'attack', 'save', 'prevent', 'block', 'remove', 'close', 'shut', 'suspend', 'fine', 'allocate', 'fund', 'finance', 'invest',
  'pay', 'spend', 'cost', 'cause', 'collect', 'gather', 'capture', 'catch', 'find', 'discover', 'locate', 'track', 'trace', 'report', 'record',
  'submit', 'send', 'share', 'transmit', 'provide', 'deliver', 'implement', 'create', 'organise', 'organize', 'attend', 'participate',
  'vote', 'elect', 'appoint', 'employ', 'dispatch', 'assist', 'protect', 'secure', 'lose', 'destroy', 'produce', 'manufacture', 'ship',
  'transfer', 'hide', 'conceal', 'store', 'supply', 'distribute', 'trade', 'forge', 'counterfeit', 'hack', 'infect', 'visit', 'welcome',
  'convene', 'gather', 'lead', 'run', 'manage', 'oversee', 'complete', 'foil', 'thwart', 'neutralise', 'neutralize', 'shoot', 'sink', 'stop',
  'unearth', 'unmask', 'unveil', 'unload', 'unravel',
];

/** Irregular past forms and participles, with the base they belong to. */
export const IRREGULAR_FORMS: Readonly<Record<string, string>> = {
  held: 'hold', made: 'make', found: 'find', sold: 'sell', stolen: 'steal', stole: 'steal', froze: 'freeze', frozen: 'freeze',
  took: 'take', taken: 'take', caught: 'catch', brought: 'bring', set: 'set', led: 'lead', ran: 'run', hit: 'hit', sent: 'send',
  spent: 'spend', paid: 'pay', built: 'build', won: 'win', lost: 'lose', kept: 'keep', met: 'meet', put: 'put', shot: 'shoot',
  sank: 'sink', sunk: 'sink', gave: 'give', given: 'give', seen: 'see', saw: 'see', sought: 'seek', bought: 'buy', hidden: 'hide',
  hid: 'hide', shut: 'shut', broken: 'break', broke: 'break', fought: 'fight', begun: 'begin', began: 'begin', done: 'do', did: 'do',
  taught: 'teach', thrown: 'throw', threw: 'throw', withdrawn: 'withdraw', withdrew: 'withdraw', undertaken: 'undertake', undertook: 'undertake',
  overseen: 'oversee', oversaw: 'oversee', arisen: 'arise', arose: 'arise', grown: 'grow', grew: 'grow', rose: 'rise', risen: 'rise',
  fell: 'fall', fallen: 'fall', went: 'go', gone: 'go', spread: 'spread', cut: 'cut', dealt: 'deal',
  heard: 'hear', told: 'tell', fled: 'flee', struck: 'strike', hung: 'hang', sworn: 'swear', shown: 'show', written: 'write', driven: 'drive',
};

/**
 * Verbs that only relate or describe ("based in", "linked to", "involved in", "estimated"): the
 * counted thing was not acted on. "took place" and "made up" are phrases of the same kind.
 */
export const NOT_ACTIONS: ReadonlySet<string> = new Set([
  'based', 'related', 'involved', 'involve', 'involves', 'involving', 'represent', 'represents', 'represented', 'representing', 'totalling', 'totaling', 'amounting', 'reaching', 'valuing', 'located', 'called', 'named', 'estimated', 'estimate', 'compared', 'organised', 'organized',
  'linked', 'connected', 'suspected', 'alleged', 'concerned', 'owned', 'established', 'dedicated', 'believed', 'composed', 'include',
  'includes', 'included', 'including', 'consisting', 'consist', 'consists', 'resulted', 'result', 'results', 'resulting', 'amounted',
  'amount', 'amounts', 'totalled', 'totaled', 'ranged', 'ranging', 'range', 'ranges', 'showed', 'shows', 'show', 'shown', 'said', 'says', 'stated',
  'expected', 'aimed', 'needed', 'required', 'allowed', 'entitled', 'given', 'spread', 'born', 'aged', 'worth', 'valued', 'considered',
  'known', 'seen', 'deemed', 'thought', 'reached', 'exceeded', 'stood', 'remained', 'became', 'become', 'seemed', 'appeared',
  'remain', 'remains', 'stand', 'stands', 'seem', 'seems', 'appear', 'appears', 'account', 'accounts', 'belong', 'belongs', 'come', 'comes', 'constitute', 'constitutes', 'constituted', 'represent',
  'saw', 'see', 'sees', 'witnessed', 'brings', 'follows', 'featured', 'comprised', 'comprising', 'contained', 'containing',
  // "three nationalities accounted for a third", "the MoU covers five areas", "a database which contains 7.2 million records".
  'accounted', 'accounting', 'covers', 'covering', 'contains', 'contain', 'holds', 'holding',
]);

/**
 * Of NOT_ACTIONS, the participles that tell the counted things' part when they are the clause's passive
 * ("8 838 officers were [involved]", "11 Member States are [concerned]", "with 112 nationalities
 * [represented]"), though they only relate as modifiers ("a case involving 3 countries") or active verbs.
 */
// "28 coordination meetings were organised": the adjective of "organised crime" is the clause's passive too.
export const PREDICATE_ACTIONS: ReadonlySet<string> = new Set(['involved', 'concerned', 'represented', 'connected', 'linked', 'suspected', 'accused', 'organised', 'organized', 'dedicated', 'required', 'allowed', 'established']);

/** Verbs that give a person a term, in base form: "sentenced the leader to 8 years", "jailed two men for 6 years". */
export const SENTENCING_VERBS: ReadonlySet<string> = new Set(['sentence', 'condemn', 'jail', 'imprison', 'convict']);

/** Verbs that make an action with their bare object: "took action", "start talks", "open negotiations". */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['take', 'start', 'open', 'launch', 'hold', 'make', 'begin', 'conduct', 'give']);

/** Verbs whose object takes a preposition, in base form: "dealt with 8000 cases", "worked on 461 cases". */
/** Verbs whose second complement, after "of", is what was taken: "defrauded 1 000 people of EUR 4.5 million". */
export const OF_TAKING_VERBS: ReadonlySet<string> = new Set(['defraud', 'rob', 'deprive', 'cheat', 'swindle', 'relieve', 'strip', 'scam', 'con']);

export const PREPOSITIONAL_VERBS: ReadonlySet<string> = new Set([
  'deal with', 'work on', 'look into', 'focus on', 'crack down on', 'call for', 'check on', 'participate in', 'take part in', 'engage in', 'arrange for',
]);

/** Particles that belong to the verb before them: "carried out", "brought together", "set up", "took down". */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'down', 'off', 'offline', 'together', 'back', 'away']);

/**
 * Nouns that name an action on what follows "of": "the arrest of 13 individuals", "the seizure and
 * freezing of criminal assets", "the illegal transport of up to 12 people". A gerund ("the smuggling
 * of") is one too, except the few that name things (NOT_ACTION_GERUNDS).
 */
export const ACTION_NOUNS: ReadonlySet<string> = new Set([
  'arrest', 'arrests', 'seizure', 'seizures', 'detention', 'extradition', 'extraditions', 'confiscation', 'identification', 'interception',
  'rescue', 'recovery', 'surrender', 'conviction', 'convictions', 'dismantlement', 'deployment', 'deportation', 'return', 'release',
  'handover', 'interrogation', 'import', 'importation', 'export', 'sale', 'purchase', 'theft', 'recruitment', 'exploitation', 'murder',
  'abduction', 'prosecution', 'indictment', 'execution', 'issuance', 'launch', 'destruction', 'removal', 'takedown', 'shutdown', 'closure',
  'search', 'searches', 'raid', 'raids', 'inspection', 'inspections', 'detection', 'endorsement', 'adoption', 'ratification', 'approval',
  'increase', 'rise', 'decrease', 'drop', 'decline', 'growth', 'reduction', 'transfer', 'transport', 'transportation', 'exchange', 'delivery',
  'organisation', 'organization', 'visit', 'visits', 'payment', 'payments', 'coordination', 'investigation', 'investigations', 'trafficking',
  'forfeiture', 'apprehension', 'interdiction', 'repatriation', 'expulsion', 'deportations', 'confiscations', 'detentions', 'interceptions', 'rescues',
  'participation', 'discovery', 'suspension', 'blocking', 'dismantling', 'introduction', 'distribution', 'production', 'shipment', 'shipments', 'diversion', 'laundering', 'embezzlement', 'misappropriation', 'freezing',
]);
/**
 * Of ACTION_NOUNS, the plurals that count events which carry their own action: "17 arrests and 67 million cigarettes
 * seized" seized the cigarettes, not the arrests.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(['arrests', 'searches', 'raids', 'seizures', 'convictions', 'detentions', 'extraditions', 'interceptions', 'inspections', 'deportations', 'rescues', 'confiscations']);
export const NOT_ACTION_GERUNDS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'building', 'buildings', 'training', 'funding', 'hearing', 'setting', 'beginning', 'ending', 'spending', 'during', 'following', 'including', 'regarding', 'concerning', 'ongoing', 'outstanding', 'existing', 'remaining', 'missing', 'pending', 'leading', 'interesting']);

/** Verbs of change: "rose by 40%", "increased to 1 804"; their subject is what changed. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'increase', 'rise', 'grow', 'fall', 'decrease', 'drop', 'decline', 'climb', 'jump', 'surge', 'double', 'triple', 'go', 'reduce', 'shrink', 'expand',
]);

/**
 * Verbs whose complement is an amount, by the preposition they take before it: "came to €60 million", "rose to
 * 5 100", "stood at 61%", "reached 380 000". Their subject is what the figure measures.
 */
export const AMOUNT_VERBS_TO: ReadonlySet<string> = new Set([
  'amount', 'amounts', 'amounted', 'came', 'comes', 'come', 'rose', 'rises', 'rise', 'risen', 'fell', 'falls', 'fallen', 'increased', 'increases',
  'decreased', 'decreases', 'grew', 'grows', 'grown', 'jumped', 'climbed', 'dropped', 'doubled', 'tripled', 'declined', 'reach', 'reached',
]);
export const AMOUNT_VERBS_AT: ReadonlySet<string> = new Set(['stood', 'stands', 'stand', 'estimated', 'put', 'valued', 'set']);
export const AMOUNT_VERBS_DIRECT: ReadonlySet<string> = new Set([
  'reached', 'reach', 'reaches', 'totalled', 'totaled', 'totals', 'total', 'exceeded', 'exceeds', 'exceed', 'was', 'were', 'is', 'are', 'be', 'been',
]);

/**
 * Verbs with no passive: after a counted phrase they are the clause's own verb, never a participle describing
 * what is counted ("Officers from 12 countries participated", unlike "13 cases registered at Eurojust").
 */
export const INTRANSITIVE_VERBS: ReadonlySet<string> = new Set([
  'participated', 'cooperated', 'collaborated', 'worked', 'operated', 'travelled', 'traveled', 'arrived', 'contributed', 'acted',
  'responded', 'gathered', 'died', 'fled', 'lived', 'stayed', 'testified', 'agreed', 'engaged', 'intervened',
]);
