import { countryKey, counterpartForms, figureKey, sameAction, sameAcronym, sameCounterpart, sameLegalAct, sameName, sameOrganisation, samePerson, sameRole, sameSubject } from './fact-keys.ts';
import type { GoldDocument } from './gold.ts';

/** Every kind a reviewer sees, in table order; macro F1 is over MACRO_KINDS. */
export const SCORED_KINDS = ['countries', 'organisations', 'persons', 'locations', 'legal_acts', 'operations', 'figures', 'signings'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];
export const MACRO_KINDS = ['countries', 'organisations', 'persons', 'figures', 'signings'] as const satisfies readonly ScoredKind[];

/** What every item carries besides its fields: the rule that made it (ours only), and the words it came from. */
interface Provenance {
  readonly rule?: string;
  readonly where?: string;
}

export interface FigureItem extends Provenance {
  readonly value: number;
  readonly unit: string;
  readonly subject: string | null;
  readonly qualifier: string;
  readonly action: string | null;
  readonly year: number | null;
}

export interface SigningItem extends Provenance {
  readonly counterpart: string;
  /** The counterpart's comparable forms: `country:XX`, or an organisation's folded name and acronym. */
  readonly forms: readonly string[];
  readonly status: string;
  readonly instrument: string;
  readonly date: string | null;
}

interface ItemOf {
  countries: Provenance & { readonly code: string; readonly name: string };
  organisations: Provenance & { readonly name: string; readonly acronym?: string };
  persons: Provenance & { readonly name: string; readonly role?: string };
  locations: Provenance & { readonly name: string };
  legal_acts: Provenance & { readonly name: string };
  operations: Provenance & { readonly name: string };
  figures: FigureItem;
  signings: SigningItem;
}

/** What a system said about one document, in comparable form, one item per fact. */
export type Reading = { readonly [K in ScoredKind]: readonly ItemOf[K][] };

interface Field<T> {
  readonly name: string;
  readonly agree: (gold: T, ours: T) => boolean;
  readonly show: (item: T) => string;
  /** Whether the item leaves the field blank (an optional field): tells a reviewer's fill from a clear. */
  readonly blank?: (item: T) => boolean;
}

/** How a reviewer's edit of one field looks: ours blank and gold set, ours set and gold blank, or both set. */
export type EditShape = 'fill' | 'clear' | 'change';
export const EDIT_SHAPES: readonly EditShape[] = ['fill', 'clear', 'change'];

function editShape<T>(field: Field<T>, gold: T, ours: T): EditShape {
  const [goldBlank, oursBlank] = [field.blank?.(gold) ?? false, field.blank?.(ours) ?? false];
  return oursBlank && !goldBlank ? 'fill' : goldBlank && !oursBlank ? 'clear' : 'change';
}

interface KindRules<T> {
  readonly lenient: (gold: T, ours: T) => boolean;
  /** The other fields a reviewer checks: a strict match agrees on all of them. */
  readonly fields: readonly Field<T>[];
  readonly label: (item: T) => string;
}

const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '—' : String(value));
const byName = { lenient: (a: { name: string }, b: { name: string }) => sameName(a.name, b.name), fields: [], label: (e: { name: string }) => e.name };

const KIND_RULES: { readonly [K in ScoredKind]: KindRules<ItemOf[K]> } = {
  countries: { lenient: (a, b) => a.code === b.code, fields: [], label: (c) => `${c.code} (${c.name})` },
  organisations: {
    lenient: sameOrganisation,
    fields: [{ name: 'acronym', agree: (a, b) => sameAcronym(a.acronym, b.acronym), show: (o) => text(o.acronym), blank: (o) => !o.acronym }],
    label: (o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name),
  },
  persons: {
    lenient: (a, b) => samePerson(a.name, b.name),
    fields: [{ name: 'role', agree: (a, b) => sameRole(a.role, b.role), show: (p) => text(p.role), blank: (p) => !p.role }],
    label: (p) => (p.role ? `${p.name}, ${p.role}` : p.name),
  },
  locations: byName,
  legal_acts: { ...byName, lenient: (a: { name: string }, b: { name: string }) => sameLegalAct(a.name, b.name) },
  operations: byName,
  figures: {
    lenient: (a, b) => figureKey(a.value, a.unit) === figureKey(b.value, b.unit),
    fields: [
      { name: 'qualifier', agree: (a, b) => a.qualifier === b.qualifier, show: (f) => f.qualifier },
      { name: 'subject', agree: (a, b) => sameSubject(a.subject, b.subject), show: (f) => text(f.subject), blank: (f) => !f.subject },
      { name: 'action', agree: (a, b) => sameAction(a.action, b.action), show: (f) => text(f.action), blank: (f) => !f.action },
      { name: 'year', agree: (a, b) => a.year === b.year, show: (f) => text(f.year), blank: (f) => f.year === null },
    ],
    label: (f) => `${f.value} ${f.unit} ${f.qualifier} «${text(f.subject)}» ${text(f.action)}${f.year === null ? '' : ` ${f.year}`}`,
  },
  signings: {
    lenient: (a, b) => a.status === b.status && sameCounterpart(a.forms, b.forms),
    fields: [
      { name: 'instrument', agree: (a, b) => a.instrument === b.instrument, show: (s) => s.instrument },
      { name: 'date', agree: (a, b) => a.date === b.date, show: (s) => text(s.date), blank: (s) => s.date === null },
    ],
    label: (s) => `${s.counterpart} ${s.status} ${s.instrument} ${text(s.date)}`,
  },
};

/** The strict fields of each kind, for reports. */
export const STRICT_FIELDS: { readonly [K in ScoredKind]: readonly string[] } = Object.fromEntries(
  SCORED_KINDS.map((kind) => [kind, KIND_RULES[kind].fields.map((field) => field.name)]),
) as { [K in ScoredKind]: string[] };

export interface KindScore {
  gold: number;
  ours: number;
  /** Pairs that agree on the lenient field. */
  tp: number;
  /** Lenient pairs that also agree on every strict field: facts a reviewer approves without an edit. */
  strictTp: number;
  /** Per strict field, how many lenient pairs agree on it. */
  readonly fieldAgreement: Record<string, number>;
  /**
   * Per strict field, the lenient pairs that disagree on it by the shape of the edit: counts only, so the
   * test split can show where its edits lie without showing a single one of its facts.
   */
  readonly fieldEdits: Record<string, Record<EditShape, number>>;
  readonly misses: string[];
  readonly spurious: string[];
  /** Lenient pairs that need an edit: which fields, ours against gold. */
  readonly edits: string[];
  /** One per fact of ours: its rule and whether it matched, for per-rule precision. */
  readonly outcomes: { rule: string | undefined; lenient: boolean; strict: boolean }[];
}

export const emptyScore = (): KindScore => ({ gold: 0, ours: 0, tp: 0, strictTp: 0, fieldAgreement: {}, fieldEdits: {}, misses: [], spurious: [], edits: [], outcomes: [] });

/**
 * Scores one document, one-to-one per kind. Among the lenient candidates for a gold fact, the pairing
 * prefers the one agreeing on most strict fields (pairs taken greedily, best first), so an unlucky pairing
 * of two "2 count" figures does not turn an approvable fact into an edit.
 */
export function scoreReading(gold: Reading, ours: Reading): Record<ScoredKind, KindScore> {
  const score = <K extends ScoredKind>(kind: K) => matchKind<ItemOf[K]>(gold[kind], ours[kind], KIND_RULES[kind]);
  return Object.fromEntries(SCORED_KINDS.map((kind) => [kind, score(kind)])) as Record<ScoredKind, KindScore>;
}

function matchKind<T extends Provenance>(gold: readonly T[], ours: readonly T[], rules: KindRules<T>): KindScore {
  const score: KindScore = { ...emptyScore(), gold: gold.length, ours: ours.length };
  const candidates: { g: number; o: number; agreeing: number }[] = [];
  gold.forEach((g, gi) =>
    ours.forEach((o, oi) => {
      if (rules.lenient(g, o)) candidates.push({ g: gi, o: oi, agreeing: rules.fields.filter((field) => field.agree(g, o)).length });
    }),
  );
  candidates.sort((a, b) => b.agreeing - a.agreeing || a.g - b.g || a.o - b.o);
  const goldPair = new Map<number, number>();
  const oursPair = new Map<number, number>();
  for (const { g, o } of candidates) {
    if (goldPair.has(g) || oursPair.has(o)) continue;
    goldPair.set(g, o);
    oursPair.set(o, g);
  }
  for (const field of rules.fields) {
    score.fieldAgreement[field.name] = 0;
    score.fieldEdits[field.name] = { fill: 0, clear: 0, change: 0 };
  }
  const strictOurs = new Set<number>();
  for (const [gi, oi] of goldPair) {
    const [g, o] = [gold[gi]!, ours[oi]!];
    const disagreeing = rules.fields.filter((field) => !field.agree(g, o));
    for (const field of rules.fields) if (!disagreeing.includes(field)) score.fieldAgreement[field.name]!++;
    for (const field of disagreeing) score.fieldEdits[field.name]![editShape(field, g, o)]++;
    score.tp++;
    if (disagreeing.length === 0) {
      score.strictTp++;
      strictOurs.add(oi);
    } else {
      score.edits.push(`${rules.label(o)}: ${disagreeing.map((field) => `${field.name} ${field.show(o)} → ${field.show(g)}`).join(', ')}`);
    }
  }
  gold.forEach((g, gi) => goldPair.has(gi) || score.misses.push(withWhere(rules.label(g), g.where)));
  ours.forEach((o, oi) => {
    if (!oursPair.has(oi)) score.spurious.push(withWhere(rules.label(o), o.where));
    score.outcomes.push({ rule: o.rule, lenient: oursPair.has(oi), strict: strictOurs.has(oi) });
  });
  return score;
}

const withWhere = (label: string, where: string | undefined) => (where ? `${label}  «${where.length > 140 ? `${where.slice(0, 140)}…` : where}»` : label);

/** Adds one document's scores into running totals. */
export function addScore(into: KindScore, score: KindScore): void {
  into.gold += score.gold;
  into.ours += score.ours;
  into.tp += score.tp;
  into.strictTp += score.strictTp;
  for (const [field, n] of Object.entries(score.fieldAgreement)) into.fieldAgreement[field] = (into.fieldAgreement[field] ?? 0) + n;
  for (const [field, shapes] of Object.entries(score.fieldEdits)) {
    const sum = (into.fieldEdits[field] ??= { fill: 0, clear: 0, change: 0 });
    for (const shape of EDIT_SHAPES) sum[shape] += shapes[shape];
  }
  into.outcomes.push(...score.outcomes);
}

export const precision = (s: KindScore) => (s.ours === 0 ? 1 : s.tp / s.ours);
export const recall = (s: KindScore) => (s.gold === 0 ? 1 : s.tp / s.gold);
export const f1 = (s: KindScore) => harmonic(precision(s), recall(s));
export const strictPrecision = (s: KindScore) => (s.ours === 0 ? 1 : s.strictTp / s.ours);
export const strictRecall = (s: KindScore) => (s.gold === 0 ? 1 : s.strictTp / s.gold);
export const strictF1 = (s: KindScore) => harmonic(strictPrecision(s), strictRecall(s));
/**
 * Of the facts we produced, the share a reviewer approves without an edit. With one-to-one pairing this is
 * strict precision, shown apart (with its counts) because it is the number a reviewer feels.
 */
export const approvableShare = (s: KindScore) => strictPrecision(s);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Gold in comparable form. */
export function readingOfGold(gold: GoldDocument): Reading {
  const entities = (type: string) => gold.entities.filter((e) => e.type === type);
  const organisations = entities('organisation').map(({ name, acronym }) => ({ name, ...(acronym ? { acronym } : {}) }));
  return {
    countries: entities('country').map((e) => ({ code: countryKey(e.name, e.code), name: e.name })),
    organisations,
    persons: entities('person').map(({ name, role }) => ({ name, ...(role ? { role } : {}) })),
    locations: entities('location').map(({ name }) => ({ name })),
    legal_acts: entities('legal_act').map(({ name }) => ({ name })),
    operations: entities('operation').map(({ name }) => ({ name })),
    figures: gold.figures.map(({ value, unit, subject, qualifier, action, year, quote }) => ({ value, unit, subject, qualifier, action, year, where: quote })),
    signings: gold.signings.map(({ counterpart, status, instrument, date, quote }) => ({ counterpart, forms: counterpartForms(counterpart, organisations), status, instrument, date, where: quote })),
  };
}

/** The SPEC's fact shape, as far as the scorer reads it (the extractor's facts fit it; nothing of it is imported). */
export type ExtractedFact = { readonly rule?: string; readonly evidence: { readonly text: string } } & (
  | { readonly kind: 'entity'; readonly type: string; readonly name: string; readonly code?: string; readonly acronym?: string; readonly role?: string }
  | { readonly kind: 'figure'; readonly value: number; readonly unit: string; readonly subject: string | null; readonly qualifier: string; readonly action: string | null; readonly year: number | null }
  | { readonly kind: 'signing'; readonly counterpart: string; readonly status: string; readonly instrument: string; readonly date: string | null }
);

/** Our facts in comparable form: every fact is one item, so a duplicate is spurious. */
export function readingOfFacts(facts: readonly ExtractedFact[]): Reading {
  const entities = (type: string) => facts.flatMap((f) => (f.kind === 'entity' && f.type === type ? [f] : []));
  const organisations = entities('organisation').map(({ name, acronym, rule }) => ({ name, rule, ...(acronym ? { acronym } : {}) }));
  return {
    countries: entities('country').map(({ name, code, rule }) => ({ code: countryKey(name, code), name, rule })),
    organisations,
    persons: entities('person').map(({ name, role, rule }) => ({ name, rule, ...(role ? { role } : {}) })),
    locations: entities('location').map(({ name, rule }) => ({ name, rule })),
    legal_acts: entities('legal_act').map(({ name, rule }) => ({ name, rule })),
    operations: entities('operation').map(({ name, rule }) => ({ name, rule })),
    figures: facts.flatMap((f) => (f.kind === 'figure' ? [{ value: f.value, unit: f.unit, subject: f.subject, qualifier: f.qualifier, action: f.action, year: f.year, rule: f.rule, where: f.evidence.text }] : [])),
    signings: facts.flatMap((f) =>
      f.kind === 'signing' ? [{ counterpart: f.counterpart, forms: counterpartForms(f.counterpart, organisations), status: f.status, instrument: f.instrument, date: f.date, rule: f.rule, where: f.evidence.text }] : [],
    ),
  };
}

/** A reading with nothing in it, for systems that only attempt some kinds. */
export const emptyReading = (): Reading => Object.fromEntries(SCORED_KINDS.map((kind) => [kind, []])) as unknown as Reading;
