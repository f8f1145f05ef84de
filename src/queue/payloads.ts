import { z } from 'zod';
import { DOCUMENT_TYPES } from '../documents/document.types.ts';

/**
 * Job payloads, versioned: jobs in Redis outlive the code that wrote them, so a processor checks
 * `job.data` against these before doing anything and fails the job clearly when it cannot read it.
 */
export const QUEUE_NAMES = { ingest: 'ingest', extract: 'extract', persist: 'persist', nightly: 'nightly' } as const;

export const IngestPayload = z.object({
  v: z.literal(1),
  /** The file's name as the operator gave it. */
  name: z.string().min(1),
  /** Redis key holding the file's bytes: every machine can read it, unlike a local path. */
  blobKey: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  /**
   * One id per time the file is handed in. Stage job ids carry it, so a file dropped again (into a new
   * or restored store, or after Redis lost its jobs) is read again instead of being taken for done
   * because a finished job of the same content is still in Redis.
   */
  take: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
});
export type IngestPayload = z.infer<typeof IngestPayload>;

export const DocumentPayload = z.object({
  source: z.string(), position: z.number().int().positive(), parts: z.number().int().positive(),
  reader: z.enum(['pdf', 'text', 'markdown', 'html', 'docx']), sha256: z.string(), type: z.enum(DOCUMENT_TYPES),
  title: z.string().nullable(), date: z.string().nullable(), reference: z.string().nullable(), classification: z.string().nullable(),
  /** Optional: jobs queued before languages were detected have none. */
  language: z.string().nullable().optional(),
  text: z.string(),
});

/** The file a document came from, so the persist stage can record it. */
export const SourcePayload = z.object({ name: z.string(), sha256: z.string(), size: z.number().int().nonnegative() });

export const ExtractPayload = z.object({ v: z.literal(1), document: DocumentPayload, source: SourcePayload.optional() });
export type ExtractPayload = z.infer<typeof ExtractPayload>;

/** What an extract job returns to its parent persist job. */
export const ExtractResult = z.object({
  document: DocumentPayload,
  facts: z.array(z.record(z.string(), z.unknown())),
  rulesVersion: z.string(),
});

export const PersistPayload = z.union([
  z.object({ v: z.literal(1), documentSha256: z.string(), position: z.number().int().positive().optional(), source: SourcePayload.optional() }),
  /** A file that could not be read: kept in the store with its reason. */
  z.object({ v: z.literal(1), failedFile: SourcePayload.extend({ reason: z.string() }) }),
]);
export type PersistPayload = z.infer<typeof PersistPayload>;

/** Reads a payload or says, in one line, which field is wrong. */
export function readPayload<T>(schema: z.ZodType<T>, data: unknown, queue: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${queue} job: unreadable payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** What an ingest job returns: the documents read from the file and the persist job of each. */
export const IngestResult = z.object({
  documents: z.array(z.object({ sha256: z.string(), position: z.number().int().positive(), persistJobId: z.string() })),
});
export type IngestResult = z.infer<typeof IngestResult>;
