import { extractFacts } from '../../src/extract/extract-facts.ts';
import type { EntityFact, Fact, FigureFact, SigningFact } from '../../src/extract/fact.types.ts';

/** Facts of a text written for a test, as if it were a whole document. */
export const factsOf = (text: string, date: string | null = null): Fact[] => extractFacts({ text, date });
export const figuresOf = (text: string, date: string | null = null) => factsOf(text, date).filter((f): f is FigureFact => f.kind === 'figure');
export const signingsOf = (text: string, date: string | null = null) => factsOf(text, date).filter((f): f is SigningFact => f.kind === 'signing');
export const entitiesOf = (text: string, type: EntityFact['type']) => factsOf(text).filter((f): f is EntityFact => f.kind === 'entity' && f.type === type);
