import type { EntityFact, EntityType } from '../fact.types.ts';

/** One mention of an entity, before mentions are grouped into one fact per entity per document. */
export interface EntityMention {
  readonly type: EntityType;
  /** Grouping key: the same key is the same entity ("country:AL", "organisation:EJOCN"). */
  readonly key: string;
  readonly name: string;
  readonly code?: string;
  readonly acronym?: string;
  readonly role?: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly rule: string;
  readonly confidence: number;
}

/**
 * One fact per distinct entity: evidence is the first mention, every mention's offsets are kept, and
 * the most confident rule that found it is the fact's rule. Details (acronym, role) come from any mention.
 */
export function groupMentions(mentions: readonly EntityMention[]): EntityFact[] {
  const byKey = new Map<string, EntityMention[]>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    const group = byKey.get(mention.key) ?? [];
    group.push(mention);
    byKey.set(mention.key, group);
  }
  return [...byKey.values()].map((group) => {
    const first = group[0]!;
    const best = group.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const named = group.reduce((a, b) => (b.name.length > a.name.length && b.type !== 'country' ? b : a));
    const acronym = group.find((m) => m.acronym)?.acronym;
    const role = group.find((m) => m.role)?.role;
    return {
      kind: 'entity',
      type: first.type,
      name: first.type === 'country' ? first.name : named.name,
      ...(first.code ? { code: first.code } : {}),
      ...(acronym ? { acronym } : {}),
      ...(role ? { role } : {}),
      mentions: group.map(({ start, end }) => ({ start, end })),
      evidence: { text: first.sentence, start: first.start, end: first.end },
      rule: best.rule,
      confidence: best.confidence,
    };
  });
}
