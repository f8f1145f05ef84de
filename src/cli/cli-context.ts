/** Where commands write and how they report failure; tests pass their own to run commands in-process. */
export interface CliContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Set to 1 by a command when any of its inputs failed. */
  exitStatus: number;
}

export const processContext = (): CliContext => ({
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  exitStatus: 0,
});
