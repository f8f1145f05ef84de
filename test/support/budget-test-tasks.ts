import { DocumentReadError } from '../../src/documents/document-read-error.ts';

/**
 * Stages for the tests of stage threads' budgets: work that takes too long or grows too large, on
 * purpose. Real stages would need inputs chosen to be slow on this machine, and no input should be.
 */
export const echo = (input: unknown) => input;

export const spin = ({ ms }: { ms: number }) => {
  const until = Date.now() + ms;
  while (Date.now() < until) { /* busy, as a runaway rule would be */ }
  return 'done';
};

export const hog = () => {
  const kept: number[][] = [];
  for (;;) kept.push(Array.from({ length: 1e5 }, (_, i) => i * Math.random()));
};

export const unreadable = ({ file }: { file: string }) => {
  throw new DocumentReadError('corrupt_pdf', file, 'corrupt or truncated PDF (test)');
};

export const BUDGET_TEST_TASKS = new URL(import.meta.url);
