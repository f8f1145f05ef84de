import { appendFileSync, mkdtempSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWriteCompletion, isUnfinishedName, type WriteCompletion } from '../../src/inbox/write-completion.ts';

const trackers: WriteCompletion[] = [];
afterEach(() => trackers.splice(0).forEach((t) => t.close()));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('write completion', () => {
  it('takes a file written in 5 chunks over 5 s once, whole, after it stopped changing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factline-slow-'));
    const path = join(folder, 'slow.txt');
    const completed: { path: string; size: number }[] = [];
    const tracker = createWriteCompletion({ stableMs: 1500, pollMs: 100, onComplete: (p) => completed.push({ path: p, size: statSync(p).size }) });
    trackers.push(tracker);
    writeFileSync(path, 'x'.repeat(1000));
    tracker.watch(path);
    for (let chunk = 1; chunk < 5; chunk++) {
      await sleep(1000); // a pause shorter than the stability time, as a slow network copy makes
      expect(completed).toEqual([]);
      appendFileSync(path, 'x'.repeat(1000));
    }
    await sleep(2500);
    expect(completed).toEqual([{ path, size: 5000 }]);
  }, 20000);

  it.each([
    ['.report.pdf', true], ['report.pdf.part', true], ['report.tmp', true], ['report.pdf.crdownload', true],
    ['report.pdf', false], ['part.pdf', false], ['council.note.txt', false],
  ])('says whether %s is still being written by its name (%s)', (name, unfinished) => {
    expect(isUnfinishedName(join('/inbox', name))).toBe(unfinished);
  });

  it('waits for a .part file until it is renamed, then takes the new name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factline-part-'));
    const completed: string[] = [];
    const tracker = createWriteCompletion({ stableMs: 200, pollMs: 50, onComplete: (p) => completed.push(p) });
    trackers.push(tracker);
    writeFileSync(join(folder, 'note.pdf.part'), 'data');
    tracker.watch(join(folder, 'note.pdf.part'));
    await sleep(600);
    expect(completed).toEqual([]);
    renameSync(join(folder, 'note.pdf.part'), join(folder, 'note.pdf'));
    tracker.watch(join(folder, 'note.pdf'));
    await sleep(600);
    expect(completed).toEqual([join(folder, 'note.pdf')]);
  });
});
