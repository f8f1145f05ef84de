/** Resolves on the first SIGINT or SIGTERM, so a command can finish its jobs in hand before exiting. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * Runs the shutdown steps, and exits the process if they have not finished within `deadlineMs` (a
 * connection that will not close, a library waiting for ever): a supervisor's SIGTERM always stops us.
 * A second signal exits at once.
 */
export async function stopWithin(deadlineMs: number, steps: () => Promise<void>): Promise<void> {
  const timer = setTimeout(() => {
    process.stderr.write(`factline: shutdown did not finish within ${deadlineMs / 1000} s; exiting\n`);
    process.exit(1);
  }, deadlineMs);
  timer.unref();
  const again = () => process.exit(1);
  process.once('SIGINT', again);
  process.once('SIGTERM', again);
  try {
    await steps();
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', again);
    process.off('SIGTERM', again);
  }
}
