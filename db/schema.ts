import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * factline's store. Only src/store/ reads and writes these tables. Timestamps are milliseconds since
 * the epoch; JSON columns hold the SPEC.md shapes. Migrations in db/migrations are generated from
 * this file with `npm run db:generate` and applied at start.
 */
const now = sql`(unixepoch('subsec') * 1000)`;

/** A file an operator handed in; the same bytes are one row however often they are dropped. */
export const sourceFiles = sqliteTable('source_files', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  sha256: text().notNull(),
  size: integer().notNull(),
  status: text({ enum: ['stored', 'failed'] }).notNull(),
  error: text(),
  receivedAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
}, (t) => [uniqueIndex('source_files_sha256').on(t.sha256)]);

/** A document: the same text (sha256) is stored once. */
export const documents = sqliteTable('documents', {
  id: integer().primaryKey({ autoIncrement: true }),
  sha256: text().notNull(),
  sourceFileId: integer().references(() => sourceFiles.id),
  source: text().notNull(),
  position: integer().notNull(),
  parts: integer().notNull(),
  type: text().notNull(),
  title: text(),
  date: text(),
  reference: text(),
  classification: text(),
  /** ISO 639-1, null when it could not be told (or for documents stored before it was detected). */
  language: text(),
  /** Why the document has no facts although it was read (another language than the rules'), else null. */
  extractionNote: text(),
  reader: text().notNull(),
  text: text().notNull(),
  rulesVersion: text(),
  extractedAt: integer({ mode: 'timestamp_ms' }),
  createdAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
}, (t) => [uniqueIndex('documents_sha256').on(t.sha256)]);

export const REVIEW_STATES = ['pending', 'approved', 'rejected', 'edited', 'needs_review'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * A fact of a document. `identity` says which fact it is across rule versions (the same figure in the
 * same sentence); `contentHash` says whether a newer rule reads it differently.
 */
export const facts = sqliteTable('facts', {
  id: integer().primaryKey({ autoIncrement: true }),
  documentId: integer().notNull().references(() => documents.id, { onDelete: 'cascade' }),
  kind: text({ enum: ['entity', 'figure', 'signing'] }).notNull(),
  type: text(),
  identity: text().notNull(),
  contentHash: text().notNull(),
  data: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  editedData: text({ mode: 'json' }).$type<Record<string, unknown>>(),
  evidenceText: text().notNull(),
  evidenceStart: integer().notNull(),
  evidenceEnd: integer().notNull(),
  confidence: real().notNull(),
  rule: text().notNull(),
  rulesVersion: text().notNull(),
  reviewState: text({ enum: REVIEW_STATES }).notNull().default('pending'),
  /** Why a reviewed fact needs review again: what the newer rules read differently. */
  reviewNote: text(),
  /** Bumped by every decision: a decision made on an older revision is refused, never silently applied. */
  revision: integer().notNull().default(0),
  rejectReason: text(),
  rejectNote: text(),
  reviewedBy: text(),
  reviewedAt: integer({ mode: 'timestamp_ms' }),
  createdAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
  updatedAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
}, (t) => [uniqueIndex('facts_document_identity').on(t.documentId, t.identity), index('facts_review_state').on(t.reviewState)]);

/** Append-only: every change of a fact's review state or content, with who and when. */
export const auditLog = sqliteTable('audit_log', {
  id: integer().primaryKey({ autoIncrement: true }),
  factId: integer().references(() => facts.id),
  actor: text().notNull(),
  action: text().notNull(),
  before: text({ mode: 'json' }).$type<Record<string, unknown>>(),
  after: text({ mode: 'json' }).$type<Record<string, unknown>>(),
  at: integer({ mode: 'timestamp_ms' }).notNull().default(now),
}, (t) => [index('audit_log_fact').on(t.factId)]);

/** A batch or nightly run: what it did, counts and errors. */
export const runs = sqliteTable('runs', {
  id: integer().primaryKey({ autoIncrement: true }),
  kind: text({ enum: ['batch', 'nightly', 'reextract'] }).notNull(),
  /** `interrupted`: the process running it stopped (a kill, a crash) before it could finish; closed at the next start. */
  status: text({ enum: ['running', 'succeeded', 'failed', 'interrupted'] }).notNull().default('running'),
  counts: text({ mode: 'json' }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
  errors: text({ mode: 'json' }).$type<{ file: string; reason: string }[]>().notNull().default(sql`'[]'`),
  reportPath: text(),
  startedAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
  finishedAt: integer({ mode: 'timestamp_ms' }),
});

export const ROLES = ['reviewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** People who sign in: reviewers review, operators run the pipeline, admins manage accounts. */
export const users = sqliteTable('users', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  role: text({ enum: ROLES }).notNull(),
  /** scrypt, with its parameters and salt: `scrypt$N$r$p$salt$hash`. */
  passwordHash: text().notNull(),
  /** Classification markings this account may read (`LIMITE`, ...); none by default. */
  clearances: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  createdAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
  disabledAt: integer({ mode: 'timestamp_ms' }),
}, (t) => [uniqueIndex('users_name').on(t.name)]);

/** Server-side sessions; the cookie holds the signed id only. */
export const sessions = sqliteTable('sessions', {
  id: text().primaryKey(),
  userId: integer().notNull().references(() => users.id, { onDelete: 'cascade' }),
  csrfToken: text().notNull(),
  createdAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
  expiresAt: integer({ mode: 'timestamp_ms' }).notNull(),
});

/** Bearer tokens for programs reading the API: shown once, stored hashed, revocable. */
export const apiTokens = sqliteTable('api_tokens', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  tokenHash: text().notNull(),
  /** Classification markings this token may read; none by default. */
  clearances: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  createdAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
  revokedAt: integer({ mode: 'timestamp_ms' }),
  lastUsedAt: integer({ mode: 'timestamp_ms' }),
}, (t) => [uniqueIndex('api_tokens_hash').on(t.tokenHash)]);

/**
 * Facts about the store itself, such as its identity (`store_id`): queue job ids and the single-writer
 * lock name the store they belong to, so a new or restored store is never taken for one that saw a file.
 */
export const storeMeta = sqliteTable('store_meta', {
  key: text().primaryKey(),
  value: text().notNull(),
});

/**
 * A document that was read but could not be extracted or stored (a time or memory budget exceeded, a
 * rule crashing): kept with its stage and reason so an operator finds it. Resolved, never deleted, when
 * a later attempt stores it.
 */
export const documentFailures = sqliteTable('document_failures', {
  id: integer().primaryKey({ autoIncrement: true }),
  documentSha256: text().notNull(),
  sourceName: text().notNull(),
  sourceSha256: text(),
  position: integer().notNull(),
  stage: text({ enum: ['read', 'extract', 'persist'] }).notNull(),
  reason: text().notNull(),
  failedAt: integer({ mode: 'timestamp_ms' }).notNull().default(now),
  resolvedAt: integer({ mode: 'timestamp_ms' }),
}, (t) => [uniqueIndex('document_failures_sha256').on(t.documentSha256)]);
