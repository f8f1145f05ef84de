import { extractDocument, readFileDocuments } from '../../pipelines/ingest.pipeline.ts';
import type { DocumentRecord } from '../documents/document.types.ts';

/**
 * The stages a stage thread runs (see stage-threads.ts), by name. Inputs and outputs cross the thread
 * boundary by structured clone, so they are plain data.
 */
export const read = (input: { name: string; bytes: Uint8Array; maxBytes: number }) => readFileDocuments({ name: input.name, bytes: input.bytes, maxBytes: input.maxBytes });

export const extract = (document: DocumentRecord) => extractDocument(document);

export const STAGE_TASKS = new URL(import.meta.url);
