import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../db/client.ts';
import { documents, facts } from '../../db/schema.ts';
import { readDocumentsFromFile } from '../../src/documents/read-documents.ts';
import { extractFacts } from '../../src/extract/extract-facts.ts';
import { fixture } from '../support/fixture-paths.ts';

const MIGRATIONS = fixture('../db/migrations');

/** The migrations folder as it was after its first migration only. */
function firstMigrationOnly(): string {
  const folder = mkdtempSync(join(tmpdir(), 'factline-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, 1) }));
  return folder;
}

describe('schema migrations', () => {
  it('upgrade a store that holds documents and facts without losing a row', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'factline-upgrade-')), 'factline.sqlite');
    const old = openStore(file, firstMigrationOnly());
    const [document] = await readDocumentsFromFile(fixture('corpus/eurojust-pr-50-jurisdictions-working-arrangements.txt'), { maxBytes: 1e9 });
    // Written with the old columns only: the store code of today also writes new ones, so insert by SQL.
    const rows = extractFacts(document!);
    old.$client.prepare('insert into documents (sha256, source, position, parts, type, reader, text) values (?, ?, 1, 1, ?, ?, ?)').run(document!.sha256, document!.source, document!.type, document!.reader, document!.text);
    const insertFact = old.$client.prepare("insert into facts (document_id, kind, identity, content_hash, data, evidence_text, evidence_start, evidence_end, confidence, rule, rules_version) values (1, ?, ?, 'h', '{}', ?, ?, ?, 0.9, 'r', 'v0')");
    rows.forEach((fact, i) => insertFact.run(fact.kind, `f${i}`, fact.evidence.text, fact.evidence.start, fact.evidence.end));
    old.$client.close();

    const upgraded = openStore(file);
    expect(upgraded.select().from(documents).all()).toHaveLength(1);
    expect(upgraded.select().from(facts).all()).toHaveLength(rows.length);
    expect(upgraded.select().from(facts).all()[0]).toMatchObject({ revision: 0, reviewState: 'pending' });
    expect(upgraded.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    upgraded.$client.close();
  });
});
