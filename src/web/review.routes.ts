import { type Context, Hono } from 'hono';
import { html } from 'hono/html';
import { z } from 'zod';
import type { Store } from '../../db/client.ts';
import { mayRead } from '../auth/clearances.ts';
import { decisionFrom } from '../review/decision-form.ts';
import { effectiveData } from '../review/fact-summary.ts';
import { startOfToday } from '../review/review-day.ts';
import { decideFact, undoLastDecision } from '../store/review-decisions.repository.ts';
import { documentWithFacts, filterChoices, QUEUE_ORDERS, QUEUE_STATUSES, type QueueFilter, reviewFact, reviewProgress, reviewQueue } from '../store/review-queue.repository.ts';
import { type CardContext, factCard } from './fact-card.view.ts';
import { documentView } from './document.view.ts';
import { page } from './layout.ts';
import { progressPanel, reviewQueueView } from './review-queue.view.ts';
import { requireRole, type WebEnv } from './session.middleware.ts';

const PER_PAGE = 20;

/**
 * Query values a reviewer can type or edit in the address bar: anything unknown falls back to the
 * default rather than failing, and free text stays text (bound as a parameter, shown escaped).
 */
const queueQuery = z.object({
  status: z.enum(QUEUE_STATUSES).catch('to_review'),
  kind: z.enum(['entity', 'figure', 'signing']).optional().catch(undefined),
  type: z.string().trim().max(200).optional().catch(undefined),
  document: z.coerce.number().int().positive().optional().catch(undefined),
  classification: z.string().trim().max(200).optional().catch(undefined),
  country: z.string().trim().max(200).optional().catch(undefined),
  order: z.enum(QUEUE_ORDERS).catch('confidence'),
  page: z.coerce.number().int().positive().max(1e6).catch(1),
  message: z.string().max(500).optional().catch(undefined),
});

const blankToUndefined = (query: Record<string, string>) => Object.fromEntries(Object.entries(query).filter(([, value]) => value.trim() !== ''));

/** Where a form may send the reviewer back to: only our own review and document pages. */
function safeReturn(value: unknown): string {
  return typeof value === 'string' && /^\/(review|documents\/\d+)(?:[?#]|$)/.test(value) ? value : '/review';
}

const wantsJson = (c: Context) => (c.req.header('accept') ?? '').includes('application/json');

function withMessage(target: string, message: string, anchor?: string): string {
  const [path, query = ''] = target.split('#')[0]!.split('?');
  const params = new URLSearchParams(query);
  params.set('message', message);
  return `${path}?${params}${anchor ? `#${anchor}` : ''}`;
}

/** The review pages: the queue, decisions on facts, and a document with its facts marked. */
export function reviewRoutes(store: Store) {
  const app = new Hono<WebEnv>();
  const canDecide = (c: Context<WebEnv>) => ['reviewer', 'admin'].includes(c.get('account').role);

  app.get('/', (c) => c.redirect('/review', 303));

  app.get('/review', (c) => {
    const query = queueQuery.parse(blankToUndefined(c.req.query()));
    const filter: QueueFilter = { status: query.status, kind: query.kind, type: query.type, documentId: query.document, classification: query.classification, country: query.country };
    const cleared = c.get('account').clearances;
    const queuePage = reviewQueue(store, { filter, order: query.order, offset: (query.page - 1) * PER_PAGE, limit: PER_PAGE, cleared });
    const link = (pageNumber: number) => {
      const params = new URLSearchParams(Object.entries({ status: query.status, kind: query.kind, type: query.type, document: query.document?.toString(), classification: query.classification, country: query.country, order: query.order })
        .filter((entry): entry is [string, string] => entry[1] !== undefined));
      if (pageNumber > 1) params.set('page', String(pageNumber));
      return `/review?${params}`;
    };
    // Decided facts leave a to-review queue, so its next page is this page again.
    const shrinks = ['to_review', 'pending', 'needs_review'].includes(query.status);
    const hasNext = query.page * PER_PAGE < queuePage.total;
    const nextLink = shrinks ? link(query.page) : link(hasNext ? query.page + 1 : 1);
    const account = c.get('account');
    const card: CardContext = { csrfToken: account.csrfToken, returnTo: link(query.page), canDecide: canDecide(c) };
    return c.html(page('Review', reviewQueueView({
      page: queuePage, filter, order: query.order, pageNumber: query.page, perPage: PER_PAGE, choices: filterChoices(store, cleared),
      progress: reviewProgress(store, startOfToday()), card, link, nextLink, message: query.message,
    }), account, { script: '/assets/review.js' }));
  });

  app.get('/documents/:id{[0-9]+}', (c) => {
    const found = documentWithFacts(store, Number(c.req.param('id')));
    if (!found) return c.html(page('No such document', html`<div class="card"><h1>No such document</h1><p><a href="/review">Back to the queue</a></p></div>`, c.get('account')), 404);
    const marking = found.document.classification;
    if (!mayRead(c.get('account').clearances, marking)) {
      return c.html(page('Not cleared', html`<div class="card"><h1>Not cleared</h1><p>This document is marked ${marking}, which your account is not cleared for; an admin grants clearances on the accounts page.</p><p><a href="/review">Back to the queue</a></p></div>`, c.get('account')), 403);
    }
    return c.html(page(found.document.title ?? 'Document', documentView(found.document, found.facts), c.get('account'), { script: '/assets/review.js' }));
  });

  app.use('/review/*', async (c, next) => (c.req.method === 'POST' ? requireRole('reviewer', 'admin')(c, next) : next()));

  app.post('/review/facts/:id{[0-9]+}', async (c) => {
    const body = await c.req.parseBody();
    const factId = Number(c.req.param('id'));
    const returnTo = safeReturn(body.return);
    const fact = reviewFact(store, factId);
    const revision = Number(body.revision);
    const refuse = (message: string, status: 400 | 403 | 404 | 409) => respond(c, { factId, returnTo, message, status, ok: false });
    if (!fact) return refuse(`fact ${factId} does not exist`, 404);
    if (!mayRead(c.get('account').clearances, fact.document.classification)) return refuse(notCleared(fact.id, fact.document.classification), 403);
    if (!Number.isInteger(revision)) return refuse('the form lacks the revision you decided on; reload the page', 400);
    const decision = decisionFrom(body, fact.kind, effectiveData(fact));
    if ('error' in decision) return refuse(decision.error, 400);
    const result = decideFact(store, { factId, revision, actor: c.get('account').name, decision });
    if (!result.ok) return refuse(result.conflict, 409);
    return respond(c, { factId, returnTo, message: `fact ${factId} ${decision.kind === 'approve' ? 'approved' : decision.kind === 'reject' ? 'rejected' : 'edited and approved'}`, status: 200, ok: true });
  });

  app.post('/review/bulk-approve', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const returnTo = safeReturn(body.return);
    const picked = ([] as unknown[]).concat(body.fact ?? []).filter((value): value is string => typeof value === 'string');
    const { name: actor, clearances } = c.get('account');
    let approved = 0;
    const refused: string[] = [];
    for (const value of picked) {
      const [id, revision] = value.split(':').map(Number);
      if (!Number.isInteger(id) || !Number.isInteger(revision)) {
        refused.push(`"${value}" is not a fact`);
        continue;
      }
      const marking = reviewFact(store, id!)?.document.classification ?? null;
      if (!mayRead(clearances, marking)) {
        refused.push(notCleared(id!, marking));
        continue;
      }
      const result = decideFact(store, { factId: id!, revision: revision!, actor, decision: { kind: 'approve' } });
      if (result.ok) approved++;
      else refused.push(result.conflict);
    }
    const message = picked.length === 0 ? 'nothing selected: press x on the facts to approve, then Shift+A'
      : `${approved} of ${picked.length} approved${refused.length ? `; not approved: ${refused.join('; ')}` : ''}`;
    if (wantsJson(c)) return c.json({ ok: refused.length === 0, approved, refused, message, progress: progressPanel(reviewProgress(store, startOfToday())).toString() }, refused.length ? 409 : 200);
    return c.redirect(withMessage(returnTo, message), 303);
  });

  app.post('/review/undo', async (c) => {
    const body = await c.req.parseBody();
    const returnTo = safeReturn(body.return);
    const result = undoLastDecision(store, c.get('account').name);
    if (!result.ok || result.factId === undefined) {
      if (wantsJson(c)) return c.json({ ok: false, message: result.ok ? 'nothing to undo' : result.conflict }, 409);
      return c.redirect(withMessage(returnTo, result.ok ? 'nothing to undo' : result.conflict), 303);
    }
    return respond(c, { factId: result.factId, returnTo, message: `your last decision on fact ${result.factId} was undone`, status: 200, ok: true });
  });

  /** Answers a decision: the script gets the card as it is now, a plain form goes back to its page. */
  function respond(c: Context<WebEnv>, input: { factId: number; returnTo: string; message: string; status: 200 | 400 | 403 | 404 | 409; ok: boolean }) {
    if (!wantsJson(c)) return c.redirect(withMessage(input.returnTo, input.message, `fact-${input.factId}`), 303);
    const found = reviewFact(store, input.factId);
    // An undone decision may be on a fact whose marking the account has since lost clearance for.
    const fact = found && mayRead(c.get('account').clearances, found.document.classification) ? found : undefined;
    const card = fact ? factCard(fact, fact.text, { csrfToken: c.get('account').csrfToken, returnTo: input.returnTo, canDecide: canDecide(c) }).toString() : '';
    const progress = progressPanel(reviewProgress(store, startOfToday())).toString();
    return c.json({ ok: input.ok, factId: input.factId, state: fact?.reviewState, revision: fact?.revision, message: input.message, card, progress }, input.status);
  }

  return app;
}

const notCleared = (factId: number, marking: string | null) => `fact ${factId} is from a document marked ${marking}, which your account is not cleared for`;
