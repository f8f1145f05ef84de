import { afterEach, describe, expect, it } from 'vitest';
import { DocumentReadError } from '../../src/documents/document-read-error.ts';
import { BudgetExceededError, createStageThreads, type StageThreads } from '../../src/queue/stage-threads.ts';
import { BUDGET_TEST_TASKS } from '../support/budget-test-tasks.ts';

const pools: StageThreads[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});
const threads = (timeoutMs: number, memoryMb = 256, size = 1) => {
  const pool = createStageThreads({ module: BUDGET_TEST_TASKS, size, timeoutMs, memoryMb });
  pools.push(pool);
  return pool;
};

describe('stage threads', () => {
  it('stop a task past its time budget, say which budget and for what, and run the next task on a fresh thread', async () => {
    const pool = threads(500);
    await pool.run('echo', 1); // the thread's start-up is not counted in a task's budget
    const stopped = pool.run('spin', { ms: 60_000 }, 'annex.txt #1');
    await expect(stopped).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(stopped).rejects.toThrow(/annex\.txt #1: spin went over its time budget of 500 ms/);
    expect(await pool.run('echo', { after: 'timeout' })).toEqual({ after: 'timeout' });
  });

  it('stop a task past its memory budget instead of letting it take the machine', async () => {
    const pool = threads(60_000, 64);
    const stopped = pool.run('hog', {}, 'bomb.docx');
    await expect(stopped).rejects.toMatchObject({ budget: 'memory' });
    await expect(stopped).rejects.toThrow(/bomb\.docx: hog went over its memory budget of 64 MB/);
    expect(await pool.run('echo', 'still working')).toBe('still working');
  });

  it('give back coded read errors as DocumentReadError with their code and reason', async () => {
    const error = await threads(10_000).run('unreadable', { file: 'x.pdf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error).toMatchObject({ code: 'corrupt_pdf', file: 'x.pdf', reason: 'corrupt or truncated PDF (test)' });
  });

  it('run as many tasks at once as they have threads, and queue the rest', async () => {
    const pool = threads(30_000, 256, 2);
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run('echo', n)));
    expect(results).toEqual([1, 2, 3, 4, 5]);
  });

  it('fail the tasks in hand with "stopped" when closed, whatever they are doing', async () => {
    const pool = threads(120_000);
    await pool.run('echo', 0);
    const running = pool.run('spin', { ms: 120_000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await pool.close();
    await expect(running).rejects.toThrow(/stopped/);
  });

  it('fail a task whose thread is still starting with "stopped" when closed, and end that thread', async () => {
    const pool = threads(120_000);
    // The first task starts the thread, which compiles the stages: closed at once, it has not said it is ready yet.
    const starting = pool.run('echo', 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await pool.close();
    await expect(starting).rejects.toThrow(/stopped/);
    // Closed before it asked for a thread, a task gets none.
    const second = threads(120_000);
    const late = second.run('echo', 0);
    await second.close();
    await expect(late).rejects.toThrow(/stopped/);
  });
});
