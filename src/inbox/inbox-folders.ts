import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { existsSync } from 'node:fs';

/**
 * The operator's folders, side by side in the data folder: files are dropped in inbox/, wait in
 * processing/ while the pipeline reads them, and end in archive/ or, with a `.error.txt` saying why,
 * in failed/. Nothing is ever deleted; a name already taken gets a numbered suffix.
 */
export interface InboxFolders {
  readonly inbox: string;
  readonly processing: string;
  readonly archive: string;
  readonly failed: string;
}

export function inboxFolders(inbox: string): InboxFolders {
  const root = dirname(inbox);
  return { inbox, processing: join(root, 'processing'), archive: join(root, 'archive'), failed: join(root, 'failed') };
}

export async function createInboxFolders(folders: InboxFolders): Promise<void> {
  for (const folder of Object.values(folders)) await mkdir(folder, { recursive: true });
}

/** Moves a file into a folder without overwriting anything there; returns its new path. */
export async function moveInto(file: string, folder: string, name = basename(file)): Promise<string> {
  const target = freeName(folder, name);
  await rename(file, target);
  return target;
}

/** The reason is written first, so a file never sits in failed/ without its NAME.error.txt. */
export async function moveToFailed(file: string, folders: InboxFolders, name: string, reason: string): Promise<string> {
  const target = freeName(folders.failed, name);
  await writeFile(`${target}.error.txt`, `${name}: ${reason}\n`);
  await rename(file, target);
  return target;
}

function freeName(folder: string, name: string): string {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  let candidate = join(folder, name);
  for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${stem} (${n})${extension}`);
  return candidate;
}
