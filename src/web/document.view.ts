import { html } from 'hono/html';
import { highlightSegments } from '../review/document-highlights.ts';
import { effectiveData, factSummary } from '../review/fact-summary.ts';
import type { DocumentSummary, ReviewFact } from '../store/review-queue.repository.ts';
import { documentLine } from './fact-card.view.ts';

const KINDS = [['entity', 'Entities'], ['figure', 'Figures'], ['signing', 'Signings']] as const;

/** Every place a fact was read from: an entity's every mention, a figure's or signing's words. */
function factRanges(fact: ReviewFact) {
  const mentions = fact.kind === 'entity' && Array.isArray(fact.data.mentions) ? fact.data.mentions as { start: number; end: number }[] : [];
  const ranges = mentions.length > 0 ? mentions : [{ start: fact.evidenceStart, end: fact.evidenceEnd }];
  return ranges.map((range) => ({ id: fact.id, kind: fact.kind, start: range.start, end: range.end }));
}

/**
 * A whole document with every fact marked in place (overlaps included: the narrowest fact colours the
 * words, all covering facts are named in the title), and its facts grouped by kind beside it.
 */
export function documentView(document: DocumentSummary & { text: string }, facts: readonly ReviewFact[]) {
  const segments = highlightSegments(document.text, facts.flatMap(factRanges));
  const anchored = new Set<number>();
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const marked = segments.map((segment) => {
    if (segment.facts.length === 0) return segment.text;
    const first = segment.facts.find((fact) => !anchored.has(fact.id));
    const anchor = first ? (anchored.add(first.id), `fact-${first.id}`) : undefined;
    const title = segment.facts.map((fact) => { const row = byId.get(fact.id)!; return `${row.kind} #${row.id}: ${factSummary(row.kind, effectiveData(row))} (${row.reviewState})`; }).join('\n');
    const top = byId.get(segment.facts[0]!.id)!;
    return html`<mark class="hl kind-${segment.facts[0]!.kind} state-${top.reviewState}"${anchor ? html` id="${anchor}"` : ''} data-facts="${segment.facts.map((fact) => fact.id).join(' ')}" title="${title}">${segment.text}</mark>`;
  });
  return html`<div class="document-layout">
<article class="card document">
<h1>${document.title ?? document.source.split('/').pop()}</h1>
<p class="doc-meta">${documentLine(document)} · ${document.type.replace('_', ' ')} · <span class="source" title="${document.source}">${document.source.split('/').pop()}${document.position > 1 || document.parts > 1 ? ` #${document.position}` : ''}</span></p>
<p class="legend"><mark class="hl kind-entity">entity</mark> <mark class="hl kind-figure">figure</mark> <mark class="hl kind-signing">signing</mark> · ${facts.length} facts</p>
<div class="document-text">${marked}</div>
</article>
<aside class="card document-facts" aria-label="Facts of this document">
${KINDS.map(([kind, heading]) => {
    const ofKind = facts.filter((fact) => fact.kind === kind);
    return html`<section class="fact-group" data-kind="${kind}"><h2>${heading} (${ofKind.length})</h2><ol>${ofKind.map((fact) => html`<li class="state-${fact.reviewState}"><a href="#fact-${fact.id}" data-fact="${fact.id}">${factSummary(fact.kind, effectiveData(fact))}</a> <span class="state">${fact.reviewState.replace('_', ' ')}</span></li>`)}</ol></section>`;
  })}
<p><a href="/review?document=${document.id}&amp;order=document">Review this document's facts in order</a></p>
</aside>
</div>`;
}
