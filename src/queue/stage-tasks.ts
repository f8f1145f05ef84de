import { extractDocument, readFileDocuments } from '../../pipelines/ingest.pipeline.ts';
import type { DocumentRecord } from '../documents/document.types.ts';

/**
 * The stages a stage thread runs (see stage-threads.ts), by name. Inputs and outputs cross the thread
 * boundary by structured clone, so they are plain data.
 */
export const read = (input: { name: string; bytes: Uint8Array; maxBytes: number }) => readFileDocuments({ name: input.name, bytes: input.bytes, maxBytes: input.maxBytes });

export const extract = (document: DocumentRecord) => extractDocument(document);

/** Runs every stage once on a small document when a thread starts, so the lazily built data is ready. */
export async function warmUp(): Promise<void> {
  const [document] = await readFileDocuments({ name: 'warm-up.txt', bytes: new TextEncoder().encode(WARM_UP_TEXT) });
  if (document) extractDocument(document);
}

const WARM_UP_TEXT = `Eurojust supports action against drug trafficking in Bari

The Hague, 3 March 2025 | Authorities in Italy and Albania, with the support of Eurojust and Europol, arrested 12 suspects and seized EUR 2 million and 1 800 kg of cocaine in Bari and Tirana. Eurojust signed a Working Arrangement with the Ministry of Justice of Brazil.`;

export const STAGE_TASKS = new URL(import.meta.url);
