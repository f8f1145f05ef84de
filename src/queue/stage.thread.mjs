// A thread that runs pipeline stages for the main thread (see stage-threads.ts). It has no TypeScript
// loader of its own, so tsx is registered here, relative to this file, before the stages are imported.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const tasks = await import(workerData.module);
// Lazy set-up (gazetteers, taggers) happens here, at start, so it is not billed to the first document's budget.
await tasks.warmUp?.();

parentPort.on('message', async ({ id, task, input }) => {
  try {
    parentPort.postMessage({ id, ok: true, value: await tasks[task](input) });
  } catch (error) {
    // Errors cross the thread boundary as plain data; the coded ones keep their code and reason.
    const { name = 'Error', message = String(error), code, file, reason } = error ?? {};
    parentPort.postMessage({ id, ok: false, error: { name, message, code, file, reason } });
  }
});
parentPort.postMessage({ ready: true });
