import { html } from 'hono/html';
import type { FilterChoices, QueueFilter, QueueOrder, QueuePage, ReviewProgress } from '../store/review-queue.repository.ts';
import { QUEUE_ORDERS, QUEUE_STATUSES } from '../store/review-queue.repository.ts';
import { type CardContext, factCard } from './fact-card.view.ts';

export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['j / ↓', 'next fact'], ['k / ↑', 'previous fact'], ['a', 'approve'], ['r', 'reject: 1–8 picks the reason, Enter confirms'],
  ['e', 'edit: Enter saves'], ['Esc', 'cancel reject or edit'], ['u', 'undo my last decision'], ['x', 'select for bulk approve'],
  ['Shift+A', 'approve all selected'], ['p', 'show or hide the paragraph'], ['o', 'open the document'], ['n', 'next page of the queue'],
];

export const shortcutList = () => html`<aside class="card shortcuts" aria-label="Keyboard shortcuts"><h2>Keys</h2><dl>${
  SHORTCUTS.map(([key, what]) => html`<dt><kbd>${key}</kbd></dt><dd>${what}</dd>`)}</dl></aside>`;

export function progressPanel(progress: ReviewProgress) {
  const { byState } = progress;
  return html`<section class="card progress" aria-label="Progress"><strong>Progress</strong>
<span class="count" data-state="pending">${byState.pending} pending</span>
<span class="count" data-state="needs_review">${byState.needs_review} to check again</span>
<span class="count" data-state="approved">${byState.approved} approved</span>
<span class="count" data-state="edited">${byState.edited} approved with edit</span>
<span class="count" data-state="rejected">${byState.rejected} rejected</span>
<span class="today">Today: ${progress.byReviewer.length === 0 ? 'no decisions yet' : progress.byReviewer.map((entry, i) => html`${i > 0 ? ', ' : ''}<span class="reviewer">${entry.reviewer} ${entry.approve + entry.edit + entry.reject} (${entry.approve} approved, ${entry.edit} edited, ${entry.reject} rejected${entry.undo ? `, ${entry.undo} undone` : ''})</span>`)}</span>
</section>`;
}

const selected = (on: boolean) => (on ? html` selected` : '');

function filterForm(filter: QueueFilter, order: QueueOrder, choices: FilterChoices) {
  const typeOptions = choices.types.filter((choice) => !filter.kind || choice.kind === filter.kind);
  return html`<form method="get" action="/review" class="card filters" aria-label="Filters">
<label>Status <select name="status">${QUEUE_STATUSES.map((status) => html`<option value="${status}"${selected(status === (filter.status ?? 'to_review'))}>${status.replace('_', ' ')}</option>`)}</select></label>
<label>Kind <select name="kind"><option value="">any</option>${['entity', 'figure', 'signing'].map((kind) => html`<option${selected(kind === filter.kind)}>${kind}</option>`)}</select></label>
<label>Type <input name="type" list="types" value="${filter.type ?? ''}" placeholder="any" size="14"><datalist id="types">${typeOptions.map((choice) => html`<option value="${choice.type}">${choice.kind}</option>`)}</datalist></label>
<label>Document <select name="document"><option value="">any</option>${choices.documents.map((document) => html`<option value="${document.id}"${selected(document.id === filter.documentId)}>${document.id}: ${(document.title ?? document.source).slice(0, 70)}</option>`)}</select></label>
<label>Classification <select name="classification"><option value="">any</option><option value="none"${selected(filter.classification === 'none')}>unmarked</option>${choices.classifications.map((marking) => html`<option${selected(marking === filter.classification)}>${marking}</option>`)}</select></label>
<label>Country <input name="country" list="countries" value="${filter.country ?? ''}" placeholder="any" size="6"><datalist id="countries">${choices.countries.map((country) => html`<option value="${country.code}">${country.name}</option>`)}</datalist></label>
<label>Order <select name="order">${QUEUE_ORDERS.map((choice) => html`<option value="${choice}"${selected(choice === order)}>${choice === 'confidence' ? 'lowest confidence first' : `by ${choice}`}</option>`)}</select></label>
<button type="submit">Show</button> <a href="/review">Reset</a>
</form>`;
}

/** Says that facts were held back and why, without showing anything of them but their count and marking. */
function notClearedNote(leftOut: QueuePage['leftOut']) {
  if (leftOut.classified === 0) return '';
  const markings = Object.entries(leftOut.byClassification).map(([marking, n]) => `${marking}: ${n}`).join(', ');
  return html`<p class="card not-cleared" role="note">${leftOut.classified} matching ${leftOut.classified === 1 ? 'fact is' : 'facts are'} not shown: ${leftOut.classified === 1 ? 'its document is' : 'their documents are'} marked (${markings}) with a marking your account is not cleared for. An admin grants clearances on the accounts page.</p>`;
}

export interface QueueViewInput {
  readonly page: QueuePage;
  readonly filter: QueueFilter;
  readonly order: QueueOrder;
  readonly pageNumber: number;
  readonly perPage: number;
  readonly choices: FilterChoices;
  readonly progress: ReviewProgress;
  readonly card: CardContext;
  readonly link: (pageNumber: number) => string;
  /** Where `n` goes: the same page again when decided facts leave the queue, else the next one. */
  readonly nextLink: string;
  readonly message?: string;
}

export function reviewQueueView(input: QueueViewInput) {
  const { page, pageNumber, perPage } = input;
  const first = page.total === 0 ? 0 : (pageNumber - 1) * perPage + 1;
  const last = Math.min(page.total, pageNumber * perPage);
  const hasNext = last < page.total;
  return html`<div class="review-layout">
<div class="review-main">
${progressPanel(input.progress)}
${filterForm(input.filter, input.order, input.choices)}
<p id="flash" class="flash" role="status" aria-live="polite">${input.message ?? ''}</p>
${notClearedNote(page.leftOut)}
<div class="queue-bar"><span>${page.total === 0 ? (input.progress.byState.pending + input.progress.byState.needs_review + input.progress.byState.approved + input.progress.byState.edited + input.progress.byState.rejected === 0
    ? 'No facts yet: operators add documents with factline ingest or the inbox folder.' : 'Nothing matches these filters.') : `Facts ${first}–${last} of ${page.total}`}</span>
${input.card.canDecide ? html`<form method="post" action="/review/bulk-approve" id="bulk"><input type="hidden" name="_csrf" value="${input.card.csrfToken}"><input type="hidden" name="return" value="${input.card.returnTo}"><button type="submit" class="bulk-approve">Approve selected <kbd>Shift+A</kbd></button></form>
<form method="post" action="/review/undo" id="undo"><input type="hidden" name="_csrf" value="${input.card.csrfToken}"><input type="hidden" name="return" value="${input.card.returnTo}"><button type="submit">Undo my last decision <kbd>u</kbd></button></form>` : html`<span>Your role can read the queue; reviewers decide.</span>`}
</div>
<section id="queue" aria-label="Facts to review" data-next="${input.nextLink}">
${page.facts.map((fact) => factCard(fact, page.texts.get(fact.documentId) ?? '', input.card))}
</section>
<nav class="pages">${pageNumber > 1 ? html`<a href="${input.link(pageNumber - 1)}" rel="prev">← previous</a>` : ''} ${hasNext ? html`<a href="${input.link(pageNumber + 1)}" rel="next">next →</a>` : ''}</nav>
</div>
${shortcutList()}
</div>`;
}
