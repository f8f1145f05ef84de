import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../db/client.ts';
import { deliveredFact } from '../delivery/delivered-fact.ts';
import { leftOutSummary } from '../delivery/export-formats.ts';
import { SinceDate } from '../delivery/since-date.ts';
import { approvedDocument, approvedFacts, FACT_KINDS } from '../store/approved-facts.repository.ts';
import type { ApiEnv } from './api-caller.middleware.ts';

const MAX_PER_PAGE = 1000;

const Flag = z.enum(['true', 'false'], { error: 'expected true or false' }).transform((value) => value === 'true');
const WholeNumber = z.string().regex(/^[1-9]\d*$/, 'expected a whole number from 1').transform(Number);

// Strict: a misspelt parameter (`perpage`) would otherwise be ignored and the caller get what they did not ask for.
const FactsQuery = z.strictObject({
  kind: z.enum(FACT_KINDS, { error: `expected one of ${FACT_KINDS.join(', ')}` }).optional(),
  since: SinceDate.optional(),
  document: WholeNumber.optional(),
  include_classified: Flag.default(false),
  page: WholeNumber.default(1),
  per_page: WholeNumber.pipe(z.number().max(MAX_PER_PAGE, `at most ${MAX_PER_PAGE}`)).default(100),
}, { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown parameter; known: kind, since, document, include_classified, page, per_page` : undefined) });

const DocumentQuery = z.strictObject({ include_classified: Flag.default(false) }, { error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown parameter; known: include_classified' : undefined) });

/** The first problem, naming the parameter: `{ error: "per_page: at most 1000", parameter: "per_page" }`. */
function badRequest(error: z.ZodError) {
  const issue = error.issues[0]!;
  const parameter = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
  return { error: `${parameter}: ${issue.message}`, parameter };
}

/**
 * The read-only JSON API for programs: approved (and edited) facts only, never pending or rejected ones.
 * Facts of documents with a classification marking are left out, and counted in `left_out`, unless the
 * caller asks with `include_classified=true` and its token or account is cleared for that marking.
 * Authentication happens before these routes.
 */
export function apiRoutes(store: Store) {
  const api = new Hono<ApiEnv>();

  api.get('/facts', (c) => {
    const query = FactsQuery.safeParse(c.req.query());
    if (!query.success) return c.json(badRequest(query.error), 400);
    const { page, per_page: perPage, include_classified: includeClassified, kind, since, document } = query.data;
    const cleared = includeClassified ? c.get('caller').clearances : [];
    const found = approvedFacts(store, { kind, since, documentId: document, cleared }, { limit: perPage, offset: (page - 1) * perPage });
    const next = page * perPage < found.total ? pageUrl(c.req.url, page + 1) : null;
    return c.json({ facts: found.facts.map(deliveredFact), page, per_page: perPage, total: found.total, left_out: leftOutSummary(found.leftOut), next });
  });

  api.get('/documents/:id', (c) => {
    const id = WholeNumber.safeParse(c.req.param('id'));
    if (!id.success) return c.json({ error: `id: ${id.error.issues[0]!.message}, got "${c.req.param('id')}"`, parameter: 'id' }, 400);
    const query = DocumentQuery.safeParse(c.req.query());
    if (!query.success) return c.json(badRequest(query.error), 400);
    const includeClassified = query.data.include_classified;
    const found = approvedDocument(store, id.data, { cleared: includeClassified ? c.get('caller').clearances : [] });
    if (!found.found && found.reason === 'missing') return c.json({ error: `no document ${id.data}` }, 404);
    // Refused as if absent, so a program that did not opt in never handles classified text by accident.
    if (!found.found && !includeClassified) return c.json({ error: `document ${id.data} is not delivered without include_classified=true: it is marked ${found.classification}`, classification: found.classification }, 404);
    if (!found.found) return c.json({ error: `document ${id.data} is marked ${found.classification}, which ${c.get('caller').name} is not cleared for`, classification: found.classification }, 403);
    return c.json({ document: found.document, facts: found.facts.map(deliveredFact) });
  });

  // Every /api route lives in this file, so a catch-all can answer the rest in JSON; notFound() would not do,
  // since a sub-app mounted with route() does not keep it.
  api.all('*', (c) => c.json({ error: `no such API route: ${c.req.method} ${c.req.path}; try GET /api/facts or GET /api/documents/ID` }, 404));
  return api;
}

function pageUrl(current: string, page: number): string {
  const url = new URL(current);
  url.searchParams.set('page', String(page));
  return url.toString();
}
