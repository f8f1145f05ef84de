import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture-paths.ts';
import { jsonLines, runCli } from '../support/run-cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'factline-cli-'));
const scratchFile = (name: string, bytes: Uint8Array | string) => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};
const GOOD = fixture('corpus/eurojust-pr-50-jurisdictions-working-arrangements.txt');

describe('factline extract --json', () => {
  it('prints one SPEC.md line per document found, the digest as ten', async () => {
    const { status, stdout, stderr } = await runCli('extract', '--json', fixture('corpus'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = jsonLines(stdout);
    expect(lines).toHaveLength(14);
    for (const { document, facts } of lines) {
      expect(Object.keys(document)).toEqual(expect.arrayContaining(['source', 'type', 'title', 'date', 'reference', 'classification']));
      expect(Array.isArray(facts)).toBe(true);
    }
    const note = lines.find(({ document }) => document.reference === '15571/25')!.document;
    expect(note).toMatchObject({ type: 'council_document', date: '2025-11-21', classification: 'LIMITE', title: 'The fight against drug trafficking and organised crime - Summary report' });
    expect(lines.filter(({ document }) => document.source.endsWith('digest-2025.txt')).map(({ document }) => document.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('prints a readable table without --json', async () => {
    const { status, stdout } = await runCli('extract', GOOD, fixture('corpus/council-note-15571-25-drug-trafficking-summary.txt'));
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^source\s+type\s+date\s+reference\s+class\.\s+facts\s+title$/);
    expect(stdout).toMatch(/council-note-15571-25-drug-trafficking-summary\.txt\s+council_document\s+2025-11-21\s+15571\/25\s+LIMITE/);
  });
});

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe('bad input: one clear line per failed file, the others still read, exit status 1', () => {
  it.each([
    ['a missing file', () => join(scratch, 'nowhere.pdf'), /no such file/],
    ['an empty file', () => fixture('bad/empty.txt'), /empty file/],
    ['a corrupt PDF', () => fixture('pdf/generated/corrupt.pdf'), /corrupt or truncated PDF/],
    ['a truncated PDF', () => fixture('pdf/generated/truncated.pdf'), /corrupt or truncated PDF/],
    ['an encrypted PDF', () => fixture('pdf/generated/encrypted.pdf'), /encrypted PDF: it needs a password/],
    ['a scanned PDF', () => fixture('pdf/generated/scanned.pdf'), /no text layer: OCR is not supported/],
    ['binary garbage', () => fixture('bad/garbage.bin'), /binary content that is not a supported document type/],
    ['a corrupt Word file', () => fixture('bad/corrupt.docx'), /corrupt Word document/],
    ['an image', () => scratchFile('photo.pdf', PNG), /unsupported file type image\/png/],
    ['a legacy Word 97 file', () => scratchFile('old.doc', OLE), /legacy Word 97-2003 \(\.doc\).*save it as \.docx/],
    ['a folder entry that is not a file', () => '/dev/null', /not a regular file/],
  ])('%s', async (_, file, reason) => {
    const bad = file();
    const { status, stdout, stderr } = await runCli('extract', '--json', bad, GOOD);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`factline: ${bad}: `);
    expect(stderr).toMatch(reason);
    expect(jsonLines(stdout).map(({ document }) => document.source)).toEqual([GOOD]);
  });

  it('refuses a file over the size limit, naming the limit and how to raise it', async () => {
    const { status, stderr } = await runCli('extract', '--max-size', '0.001', GOOD);
    expect(status).toBe(1);
    expect(stderr).toMatch(/file is 8 KB, over the 1 KB limit \(raise it with --max-size/);
  });

  it('rejects a size limit that is not a positive number, naming the option', async () => {
    const { status, stderr } = await runCli('extract', '--max-size', 'lots', GOOD);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/--max-size.*expected a positive number of megabytes, got "lots"/);
  });

  it('exits 0 when a legacy-encoded text file is decoded', async () => {
    const { status, stdout } = await runCli('extract', '--json', fixture('bad/windows-1252.txt'));
    expect(status).toBe(0);
    expect(jsonLines(stdout)[0]!.document.title).toBe('Opération Sécurité: Eurojust supports authorities in Liège');
  });
});

describe('the installed factline command', () => {
  const bin = fixture('../src/cli/factline.mjs');
  it.each([[[]], [['extract']], [['demo']]])('prints help for %j with --help', (args) => {
    const help = execFileSync(process.execPath, [bin, ...args, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: factline/);
  });

  it('prints what the bundled documents hold with demo --table', () => {
    const out = execFileSync(process.execPath, [bin, 'demo', '--table'], { encoding: 'utf8' });
    expect(out).toMatch(/council-note-15571-25-drug-trafficking-summary\.txt\s+council_document/);
    expect(out.match(/digest-2025\.txt #\d+/g)).toHaveLength(10);
  });
});
