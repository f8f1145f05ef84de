import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files named on a command line, with folders expanded to the files inside them (recursively,
 * sorted, hidden files skipped). A name that does not exist is passed through so the reader can say so.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) files.push(...(await filesUnder(input)));
    else files.push(input);
  }
  return files;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
