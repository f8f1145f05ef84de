import type { Fact } from '../extract/fact.types.ts';
import { figureKey, sameOrganisation, samePerson, signingKey } from './fact-keys.ts';
import type { GoldDocument } from './gold.ts';

export const SCORED_KINDS = ['countries', 'organisations', 'persons', 'figures', 'signings'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** What a system said about one document, in the comparable form of each kind. */
export interface Reading {
  readonly countries: readonly string[];
  readonly organisations: readonly { name: string; acronym?: string }[];
  readonly persons: readonly string[];
  readonly figures: readonly string[];
  readonly signings: readonly string[];
  /** Where each figure key was read, to show a person why a figure is spurious. */
  readonly figureWords?: ReadonlyMap<string, string[]>;
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  readonly misses: string[];
  readonly spurious: string[];
}

export const emptyScore = (): KindScore => ({ tp: 0, fp: 0, fn: 0, misses: [], spurious: [] });

export function readingOfGold(gold: GoldDocument): Reading {
  return {
    countries: [...new Set(gold.entities.filter((e) => e.type === 'country').map((e) => e.code ?? e.name))],
    organisations: gold.entities.filter((e) => e.type === 'organisation').map(({ name, acronym }) => ({ name, ...(acronym ? { acronym } : {}) })),
    persons: gold.entities.filter((e) => e.type === 'person').map((e) => e.name),
    figures: gold.figures.map((f) => figureKey(f.value, f.unit)),
    signings: [...new Set(gold.signings.map((s) => signingKey(s.counterpart, s.status)))],
    figureWords: gold.figures.reduce((words, f) => words.set(figureKey(f.value, f.unit), [f.quote ?? '']), new Map<string, string[]>()),
  };
}

export function readingOfFacts(facts: readonly Fact[]): Reading {
  const entities = facts.filter((f) => f.kind === 'entity');
  return {
    countries: [...new Set(entities.filter((e) => e.type === 'country').map((e) => e.code ?? e.name))],
    organisations: entities.filter((e) => e.type === 'organisation').map(({ name, acronym }) => ({ name, ...(acronym ? { acronym } : {}) })),
    persons: entities.filter((e) => e.type === 'person').map((e) => e.name),
    figures: facts.filter((f) => f.kind === 'figure').map((f) => figureKey(f.value, f.unit)),
    signings: [...new Set(facts.filter((f) => f.kind === 'signing').map((s) => signingKey(s.counterpartCode ?? s.counterpart, s.status)))],
    figureWords: facts.reduce((words, f) => {
      if (f.kind === 'figure') words.set(figureKey(f.value, f.unit), [...(words.get(figureKey(f.value, f.unit)) ?? []), f.evidence.text]);
      return words;
    }, new Map<string, string[]>()),
  };
}

/** Scores one document: one-to-one matching per kind, multisets for figures. */
export function scoreReading(gold: Reading, predicted: Reading): Record<ScoredKind, KindScore> {
  return {
    countries: matchItems(gold.countries, predicted.countries, (a, b) => a === b, String),
    organisations: matchItems(gold.organisations, predicted.organisations, sameOrganisation, (o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)),
    persons: matchItems(gold.persons, predicted.persons, samePerson, String),
    figures: matchItems(gold.figures, predicted.figures, (a, b) => a === b, (key) => {
      const where = predicted.figureWords?.get(key)?.[0] ?? gold.figureWords?.get(key)?.[0];
      return where ? `${key}  «${where.length > 140 ? `${where.slice(0, 140)}…` : where}»` : key;
    }),
    signings: matchItems(gold.signings, predicted.signings, (a, b) => a === b, String),
  };
}

function matchItems<T>(gold: readonly T[], predicted: readonly T[], same: (a: T, b: T) => boolean, label: (item: T) => string): KindScore {
  const score = emptyScore();
  const unmatched = [...predicted];
  for (const item of gold) {
    const at = unmatched.findIndex((candidate) => same(item, candidate));
    if (at >= 0) {
      score.tp++;
      unmatched.splice(at, 1);
    } else {
      score.fn++;
      score.misses.push(label(item));
    }
  }
  score.fp = unmatched.length;
  score.spurious.push(...unmatched.map(label));
  return score;
}

export const precision = (s: KindScore) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: KindScore) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
export const f1 = (s: KindScore) => {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

