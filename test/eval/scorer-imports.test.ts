import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const EVAL = join(SRC, 'eval');
/** The one module allowed to run the extractor: it scores the extractor's output. */
const RUNNER = join(EVAL, 'run-eval.ts');
const EXTRACTOR = [join(SRC, 'extract'), join(SRC, 'nlp')];
/**
 * The scorer reads gold documents with the product's own readers, so it sees the text every offset
 * refers to; what those readers use (the month names of a document's date) is not the scorer's.
 */
const READERS = join(SRC, 'documents');

/** Every module specifier a file names: import/export … from '…', import '…', import('…'). */
function specifiers(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The relative imports of a file and, through them, of everything it reaches inside src/. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  for (const specifier of specifiers(file).filter((s) => s.startsWith('.'))) {
    const target = resolve(dirname(file), specifier);
    if (seen.has(target)) continue;
    seen.add(target);
    if (target.startsWith(SRC) && !target.startsWith(`${READERS}/`) && target.endsWith('.ts') && existsSync(target)) reachable(target, seen);
  }
  return seen;
}

describe('the scorer imports nothing of the extractor', () => {
  const scorerModules = readdirSync(EVAL)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(EVAL, name))
    .filter((file) => file !== RUNNER);

  it('finds the scorer modules and reads their imports', () => {
    expect(scorerModules.map((file) => relative(EVAL, file))).toEqual(expect.arrayContaining(['score.ts', 'fact-keys.ts', 'gold.ts', 'compromise-baseline.ts']));
    expect(specifiers(join(EVAL, 'score.ts'))).toContain('./fact-keys.ts');
  });

  it.each(readdirSync(EVAL).filter((name) => name.endsWith('.ts') && join(EVAL, name) !== RUNNER))('src/eval/%s reaches no module of src/extract or src/nlp, directly or through other modules', (name) => {
    const reached = [...reachable(join(EVAL, name))].filter((target) => EXTRACTOR.some((folder) => target.startsWith(`${folder}/`)));
    expect(reached.map((target) => relative(SRC, target))).toEqual([]);
  });

  it('would notice the extractor: the runner, which calls it, reaches src/extract and through it src/nlp', () => {
    const reached = [...reachable(RUNNER)].map((target) => relative(SRC, target));
    expect(reached).toContain('extract/extract-facts.ts');
    expect(reached.some((target) => target.startsWith('nlp/'))).toBe(true);
  });
});
