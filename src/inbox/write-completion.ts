import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

/**
 * Names that say a file is still being written: hidden files (rsync, many copy tools), `.part`,
 * `.tmp` and `.crdownload`. They wait until renamed, which the watcher sees as a new file.
 */
export const isUnfinishedName = (path: string): boolean => {
  const name = basename(path);
  return name.startsWith('.') || /\.(part|tmp|crdownload)$/i.test(name);
};

export interface WriteCompletion {
  /** Starts (or restarts) watching a path; `onComplete` runs once its size and time stop changing. */
  watch(path: string): void;
  close(): void;
}

/**
 * A file is complete when its size and modification time have not changed for `stableMs`. Checked by
 * polling stat, the same way for a local copy and a slow network copy that pauses between chunks;
 * chokidar's own write-finish check had taken a file written in 5 chunks over 5 s as two files.
 */
export function createWriteCompletion(input: { stableMs: number; pollMs?: number; onComplete: (path: string) => void }): WriteCompletion {
  const pollMs = input.pollMs ?? Math.max(50, Math.min(500, Math.floor(input.stableMs / 4)));
  const watched = new Map<string, { size: number; mtimeMs: number; since: number }>();
  let polling = false;
  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const now = Date.now();
      for (const [path, last] of [...watched]) {
        const info = await stat(path).catch(() => undefined);
        if (!info || !info.isFile()) {
          watched.delete(path);
        } else if (info.size !== last.size || info.mtimeMs !== last.mtimeMs) {
          watched.set(path, { size: info.size, mtimeMs: info.mtimeMs, since: now });
        } else if (now - last.since >= input.stableMs) {
          watched.delete(path);
          input.onComplete(path);
        }
      }
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), pollMs);
  timer.unref();
  return {
    watch(path) {
      if (isUnfinishedName(path)) return;
      watched.set(path, { size: -1, mtimeMs: -1, since: Date.now() });
    },
    close() {
      clearInterval(timer);
      watched.clear();
    },
  };
}
