import { createInterface } from 'node:readline';

/**
 * A password: prompted without echo on a terminal, else the first line of standard input
 * (`echo "$PW" | factline user add ana --role reviewer`).
 */
export async function readSecret(prompt: string, write: (text: string) => void): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  write(prompt);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  write('\n');
  return answer;
}
