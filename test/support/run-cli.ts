import { main } from '../../src/cli/main.ts';

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `factline ...args` in-process with captured output. */
export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const context = { out: (text: string) => void (stdout += text), err: (text: string) => void (stderr += text), exitStatus: 0 };
  const status = await main(['node', 'factline', ...args], context);
  return { status, stdout, stderr };
}

export const jsonLines = (stdout: string): Record<string, any>[] =>
  stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, any>);
