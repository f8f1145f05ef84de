import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { DocumentReadError, type ReadErrorCode } from '../documents/document-read-error.ts';

/**
 * Runs CPU-bound stages (reading a file, extracting a document) in worker threads under a budget:
 * past its time limit a task's thread is terminated, past its heap limit V8 stops it, and either way
 * the task fails with a BudgetExceededError saying which budget and how much, while the main thread
 * (queue locks, the web pages, signals) never waits on the work. Threads are reused between tasks;
 * a terminated one is replaced on the next task.
 */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  constructor(readonly budget: 'time' | 'memory', message: string) {
    super(message);
  }
}

export interface StageThreads {
  run<T>(task: string, input: unknown, label?: string): Promise<T>;
  /** Stops every thread at once; tasks in hand fail with "stopped". */
  close(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./stage.thread.mjs', import.meta.url));
/** Starting a thread compiles and imports the stages: generous, and not counted in a task's budget. */
const STARTUP_MS = 120_000;

interface Slot {
  worker?: Worker;
  ready?: Promise<Worker>;
  /** A thread still starting: a stop must end it too, or the job waiting for it holds the process up. */
  starting?: { worker: Worker; fail: (error: Error) => void };
  busy: boolean;
}

export function createStageThreads(options: { module: URL; size: number; timeoutMs: number; memoryMb: number }): StageThreads {
  const slots: Slot[] = Array.from({ length: Math.max(1, options.size) }, () => ({ busy: false }));
  const waiting: (() => void)[] = [];
  let closed = false;

  const start = (slot: Slot): Promise<Worker> => {
    if (closed) return Promise.reject(new Error('stopped: the process is shutting down'));
    slot.ready ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(ENTRY, { workerData: { module: options.module.href }, resourceLimits: { maxOldGenerationSizeMb: options.memoryMb } });
      const timer = setTimeout(() => fail(new Error(`a stage thread did not start within ${STARTUP_MS / 1000} s`)), STARTUP_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        slot.starting = undefined;
        discard(slot);
        void worker.terminate();
        reject(error);
      };
      slot.starting = { worker, fail };
      worker.once('error', fail);
      worker.once('message', (message: { ready?: boolean }) => {
        clearTimeout(timer);
        slot.starting = undefined;
        worker.off('error', fail);
        if (message.ready) resolve((slot.worker = worker));
      });
    });
    return slot.ready;
  };
  const discard = (slot: Slot) => {
    void slot.worker?.terminate();
    slot.worker = undefined;
    slot.ready = undefined;
  };
  const freeSlot = async (): Promise<Slot> => {
    for (;;) {
      if (closed) throw new Error('stopped: the process is shutting down');
      const slot = slots.find((s) => !s.busy);
      if (slot) return slot;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  const runOn = (worker: Worker, slot: Slot, task: string, input: unknown, label: string) => new Promise<unknown>((resolve, reject) => {
    const id = Math.random().toString(36).slice(2);
    const settle = (action: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      action();
    };
    const onMessage = (message: { id?: string; ok: boolean; value?: unknown; error?: SerialisedError }) => {
      if (message.id === id) settle(() => (message.ok ? resolve(message.value) : reject(revive(message.error!))));
    };
    const onError = (error: Error & { code?: string }) => {
      discard(slot);
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new BudgetExceededError('memory', `${label}: ${task} went over its memory budget of ${options.memoryMb} MB and was stopped`)
        : error));
    };
    const onExit = (code: number) => {
      discard(slot);
      settle(() => reject(closed ? new Error('stopped: the process is shutting down') : new Error(`${label}: the ${task} thread stopped unexpectedly (exit code ${code})`)));
    };
    const timer = setTimeout(() => {
      discard(slot);
      settle(() => reject(new BudgetExceededError('time', `${label}: ${task} went over its time budget of ${formatMs(options.timeoutMs)} and was stopped`)));
    }, options.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, task, input });
  });

  return {
    async run<T>(task: string, input: unknown, label = task): Promise<T> {
      const slot = await freeSlot();
      slot.busy = true;
      try {
        return (await runOn(await start(slot), slot, task, input, label)) as T;
      } finally {
        slot.busy = false;
        waiting.shift()?.();
      }
    },
    async close() {
      closed = true;
      for (const resolve of waiting.splice(0)) resolve();
      await Promise.all(slots.map(async (slot) => {
        slot.starting?.fail(new Error('stopped: the process is shutting down'));
        const worker = slot.worker;
        slot.worker = undefined;
        slot.ready = undefined;
        await worker?.terminate();
      }));
    },
  };
}

interface SerialisedError {
  name: string;
  message: string;
  code?: string;
  file?: string;
  reason?: string;
}

function revive(error: SerialisedError): Error {
  if (error.name === 'DocumentReadError' && error.code && error.file !== undefined && error.reason !== undefined) {
    return new DocumentReadError(error.code as ReadErrorCode, error.file, error.reason);
  }
  return Object.assign(new Error(error.message), { name: error.name });
}

const formatMs = (ms: number) => (ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`);
