import { html } from 'hono/html';
import { evidenceView, paragraphAround } from '../review/evidence-view.ts';
import { EDIT_FIELDS, fieldText } from '../review/edit-fields.ts';
import { effectiveData, factSummary } from '../review/fact-summary.ts';
import { REJECT_REASONS } from '../store/review-decisions.repository.ts';
import type { DocumentSummary, ReviewFact } from '../store/review-queue.repository.ts';

export interface CardContext {
  readonly csrfToken: string;
  /** Where a form without JavaScript returns to. */
  readonly returnTo: string;
  /** Operators see the queue but cannot decide. */
  readonly canDecide: boolean;
}

export const documentLine = (document: DocumentSummary) => html`<span class="doc-title">${document.title ?? document.source.split('/').pop()}</span>${
  document.date ? html` · <span>${document.date}</span>` : ''}${document.reference ? html` · <span>${document.reference}</span>` : ''}${
  document.classification ? html` · <span class="marking">${document.classification}</span>` : ''}`;

const stateLabel = (fact: ReviewFact) => {
  if (fact.reviewState === 'rejected') return `rejected: ${fact.rejectReason ?? ''}`;
  if (fact.reviewState === 'edited') return 'approved with edit';
  return fact.reviewState.replace('_', ' ');
};

/**
 * One fact to decide on: its reading, the sentence with the words it was read from marked, the
 * paragraph on demand, and the forms for approve, reject and edit (they work without JavaScript; the
 * page script only sends them without a reload and adds the keys).
 */
export function factCard(fact: ReviewFact & { document: DocumentSummary }, documentText: string, context: CardContext) {
  const data = effectiveData(fact);
  const evidence = evidenceView(documentText, fact);
  const paragraph = paragraphAround(documentText, fact.evidenceStart, fact.evidenceEnd);
  const action = `/review/facts/${fact.id}`;
  const hidden = html`<input type="hidden" name="_csrf" value="${context.csrfToken}"><input type="hidden" name="revision" value="${fact.revision}"><input type="hidden" name="return" value="${context.returnTo}">`;
  const fields = (EDIT_FIELDS[fact.kind] ?? []).filter((field) => !field.derivedFrom);
  return html`<article class="fact state-${fact.reviewState}" id="fact-${fact.id}" data-id="${fact.id}" data-revision="${fact.revision}" data-state="${fact.reviewState}" tabindex="-1">
<div class="fact-head">
  ${context.canDecide ? html`<input type="checkbox" class="pick" name="fact" value="${fact.id}:${fact.revision}" form="bulk" aria-label="select fact ${fact.id} for bulk approve">` : ''}
  <span class="kind kind-${fact.kind}">${fact.kind}</span>
  <strong class="summary">${factSummary(fact.kind, data)}</strong>
  <span class="state">${stateLabel(fact)}</span>
  <span class="confidence" title="rule confidence">${fact.confidence.toFixed(2)}</span>
</div>
<div class="fact-doc"><a href="/documents/${fact.document.id}#fact-${fact.id}">${documentLine(fact.document)}</a></div>
<blockquote class="evidence">${evidence.before}<mark>${evidence.words}</mark>${evidence.after}</blockquote>
<details class="paragraph"><summary>Paragraph (p)</summary><p>${paragraph.text.slice(0, paragraph.start)}<mark>${paragraph.text.slice(paragraph.start, paragraph.end)}</mark>${paragraph.text.slice(paragraph.end)}</p></details>
${fact.editedData ? html`<p class="original">Read by the rule as: ${factSummary(fact.kind, fact.data)}</p>` : ''}
${fact.reviewNote ? html`<p class="note">${fact.reviewNote}</p>` : ''}
${fact.rejectNote ? html`<p class="note">Reviewer's note: ${fact.rejectNote}</p>` : ''}
<p class="meta">rule ${fact.rule} · rules ${fact.rulesVersion}${fact.reviewedBy ? html` · last decided by ${fact.reviewedBy}` : ''}</p>
${context.canDecide ? html`<div class="actions">
  <form method="post" action="${action}" class="decide approve">${hidden}<input type="hidden" name="decision" value="approve"><button type="submit">Approve <kbd>a</kbd></button></form>
  <form method="post" action="${action}" class="decide reject">${hidden}<input type="hidden" name="decision" value="reject">
    <label>Reason <kbd>r</kbd> <select name="reason" class="reason">${Object.entries(REJECT_REASONS).map(([code, label], i) => html`<option value="${code}">${i + 1} ${label}</option>`)}</select></label>
    <label>Note <input name="note" class="reject-note" maxlength="2000" placeholder="what was wrong (optional)"></label>
    <button type="submit">Reject</button>
  </form>
  <details class="edit"><summary>Edit <kbd>e</kbd></summary>
  <form method="post" action="${action}" class="decide edit">${hidden}<input type="hidden" name="decision" value="edit">
    ${fields.map((field) => html`<label>${field.label} ${field.input === 'select'
      ? html`<select name="${field.name}">${field.options!.map((option) => html`<option${option === data[field.name] ? html` selected` : ''}>${option}</option>`)}</select>`
      : html`<input name="${field.name}" value="${fieldText(field, data[field.name])}"${field.input === 'number' ? html` inputmode="decimal"` : ''} maxlength="500">`}</label>`)}
    <button type="submit">Save edit <kbd>Enter</kbd></button> <span class="hint"><kbd>Esc</kbd> cancels</span>
  </form></details>
</div>` : ''}
<p class="message" role="status"></p>
</article>`;
}
