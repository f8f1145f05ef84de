import { createHash } from 'node:crypto';
import type { Store } from '../db/client.ts';
import type { DocumentRecord } from '../src/documents/document.types.ts';
import { fileTooLarge } from '../src/documents/file-size-limit.ts';
import { DEFAULT_MAX_BYTES, readDocuments } from '../src/documents/read-documents.ts';
import { extractFacts, RULES_VERSION } from '../src/extract/extract-facts.ts';
import type { Fact } from '../src/extract/fact.types.ts';
import { resolveDocumentFailure } from '../src/store/document-failures.repository.ts';
import { recordSourceFile, storeExtraction } from '../src/store/extractions.repository.ts';

/**
 * The ingest pipeline, stage by stage, in order: read a file into documents → extract each document's
 * facts → store them. Each stage is a plain typed function; the queue (src/queue) runs each on its
 * own workers, and `factline extract` runs the first two in-process.
 */
/** read: bytes → documents (throws DocumentReadError for files that cannot be read, or larger than `maxBytes`). */
export const readFileDocuments = ({ name, bytes, maxBytes = DEFAULT_MAX_BYTES }: { name: string; bytes: Uint8Array; maxBytes?: number }): Promise<DocumentRecord[]> => {
  if (bytes.byteLength > maxBytes) return Promise.reject(fileTooLarge(name, bytes.byteLength, maxBytes));
  // The same limit bounds what a Word file expands to.
  return readDocuments({ source: name, bytes }, { maxBytes });
};

/** extract: a document → its facts, with the rules version that read them. */
export const extractDocument = (document: DocumentRecord): { facts: Fact[]; rulesVersion: string } => ({ facts: extractFacts(document), rulesVersion: RULES_VERSION });

/** persist: a document's facts → SQLite, recording the file it came from. */
export function storeDocumentFacts(store: Store, input: { document: DocumentRecord; facts: readonly Fact[]; rulesVersion: string; source?: { name: string; sha256: string; size: number } }) {
  const sourceFileId = input.source ? recordSourceFile(store, { ...input.source, status: 'stored' }) : undefined;
  resolveDocumentFailure(store, input.document.sha256);
  return storeExtraction(store, { document: input.document, facts: input.facts, rulesVersion: input.rulesVersion, ...(sourceFileId ? { sourceFileId } : {}) });
}

/** persist, for a file that could not be read: kept with its reason. */
export function storeFailedFile(store: Store, file: { name: string; sha256: string; size: number; reason: string }) {
  return { sourceFileId: recordSourceFile(store, { name: file.name, sha256: file.sha256, size: file.size, status: 'failed', error: file.reason }) };
}

/**
 * All three stages in this process, without Redis: what `factline demo` does with the bundled
 * documents so a fresh clone has facts to review. Same stages, same store, same result as the queue.
 */
export async function ingestInProcess(store: Store, file: { name: string; bytes: Uint8Array }): Promise<{ documents: number; facts: number }> {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const documents = await readFileDocuments(file);
  let facts = 0;
  for (const document of documents) {
    const extraction = extractDocument(document);
    storeDocumentFacts(store, { document, ...extraction, source: { name: file.name, sha256, size: file.bytes.byteLength } });
    facts += extraction.facts.length;
  }
  return { documents: documents.length, facts };
}
