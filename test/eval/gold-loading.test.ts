import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGoldSet } from '../../src/eval/gold.ts';
import { confidenceFile } from '../../src/eval/rule-confidence.ts';

const TEXT = 'Fifty-four victims were identified, and 17 suspects were arrested in Spain.\n';
const figure = { value: 17, unit: 'count', subject: 'suspects', qualifier: 'exact', action: 'arrested', year: null, quote: '17 suspects were arrested in Spain' };
const gold = (split: string, fields: Record<string, unknown> = {}) => ({
  input: `../../documents/${split}/doc.txt`,
  position: 1,
  title: null,
  document_date: null,
  entities: [{ type: 'country', name: 'Spain', code: 'ES' }],
  figures: [figure],
  signings: [],
  ...fields,
});

let root: string;
function goldRoot(files: Record<string, unknown>): string {
  root = mkdtempSync(join(tmpdir(), 'factline-gold-'));
  for (const split of ['dev', 'test']) {
    mkdirSync(join(root, 'gold', split), { recursive: true });
    mkdirSync(join(root, 'documents', split), { recursive: true });
    writeFileSync(join(root, 'documents', split, 'doc.txt'), TEXT);
  }
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, 'gold', path), typeof content === 'string' ? content : JSON.stringify(content));
  return join(root, 'gold');
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('gold files are loaded from dev/ and test/, each checked against its document', () => {
  it('loads both splits with the document each annotates, read by the real readers', async () => {
    const cases = await loadGoldSet(goldRoot({ 'dev/a.json': gold('dev'), 'test/b.json': gold('test') }));
    expect(cases.map(({ split, file, document }) => [split, file, document.text.includes('17 suspects')])).toEqual([
      ['dev', 'dev/a.json', true],
      ['test', 'test/b.json', true],
    ]);
  });

  it.each([
    ['a misspelt field', { figures: [{ ...figure, qualifer: 'exact' }] }, /dev\/a\.json: not a valid gold annotation[\s\S]*qualifer/],
    ['a missing required field', { figures: [{ ...figure, action: undefined }] }, /dev\/a\.json: not a valid gold annotation[\s\S]*action/],
    ['a country without its code', { entities: [{ type: 'country', name: 'Spain' }] }, /dev\/a\.json[\s\S]*ISO 3166-1/],
    ['a country whose name is not its code', { entities: [{ type: 'country', name: 'Spain', code: 'PT' }] }, /dev\/a\.json[\s\S]*does not resolve to its code/],
    ['an input that does not exist', { input: '../../documents/dev/nothing.txt' }, /dev\/a\.json: input \.\.\/\.\.\/documents\/dev\/nothing\.txt does not exist/],
    ['a position the input does not have', { position: 2 }, /dev\/a\.json: .* has no document at position 2/],
    ['a quote that is not verbatim', { figures: [{ ...figure, quote: '17 suspects were arrested in Spain.\u00a0' }] }, /dev\/a\.json: 1 quote\(s\) not verbatim .*figures\[0\] «17 suspects/],
  ])('names the file and the reason for %s', async (_, fields, message) => {
    await expect(loadGoldSet(goldRoot({ 'dev/a.json': gold('dev', fields) }))).rejects.toThrow(message);
  });

  it('names a test file\'s unverbatim quote by its place, without printing held-out text', async () => {
    const error = await loadGoldSet(goldRoot({ 'test/b.json': gold('test', { figures: [{ ...figure, quote: 'seventeen suspects' }] }) })).catch((e: Error) => e);
    expect(String(error)).toMatch(/test\/b\.json: 1 quote\(s\) not verbatim .*: figures\[0\]$/);
    expect(String(error)).not.toContain('seventeen');
  });

  it('reports every bad file at once, and a gold file left outside dev/ and test/', async () => {
    const error = await loadGoldSet(goldRoot({ 'flat.json': gold('dev'), 'dev/a.json': '{ not json', 'test/b.json': gold('test', { position: 0 }) })).catch((e: Error) => e);
    expect(String(error)).toMatch(/3 files/);
    expect(String(error)).toMatch(/flat\.json: gold files live in dev\/ or test\//);
    expect(String(error)).toMatch(/dev\/a\.json: not JSON/);
    expect(String(error)).toMatch(/test\/b\.json: not a valid gold annotation/);
  });
});

describe('the measured confidence of each rule', () => {
  it('writes lenient precision on dev per rule, sorted by rule id, leaving out rules with fewer than 5 facts', () => {
    const file = confidenceFile([
      { rule: 'figure.words', facts: 41, lenient: 38, strict: 20 },
      { rule: 'country.name', facts: 200, lenient: 199, strict: 199 },
      { rule: 'figure.fraction', facts: 4, lenient: 2, strict: 0 },
    ]);
    expect(JSON.parse(file)).toEqual({ 'country.name': { precision: 0.995, facts: 200 }, 'figure.words': { precision: 0.927, facts: 41 } });
    expect(Object.keys(JSON.parse(file))).toEqual(['country.name', 'figure.words']);
    expect(file.endsWith('}\n')).toBe(true);
  });
});
