import { Command, InvalidArgumentError, Option } from 'commander';
import type { Store } from '../../db/client.ts';
import { evidenceView, paragraphAround } from '../review/evidence-view.ts';
import { parseEdits } from '../review/edit-fields.ts';
import { effectiveData, factSummary } from '../review/fact-summary.ts';
import { startOfToday } from '../review/review-day.ts';
import { findUserForLogin } from '../store/accounts.repository.ts';
import { type Decision, decideFact, REJECT_REASONS, type RejectReason, undoLastDecision } from '../store/review-decisions.repository.ts';
import { factHistory, QUEUE_ORDERS, QUEUE_STATUSES, type QueueFilter, type QueueOrder, type QueueStatus, reviewFact, reviewProgress, reviewQueue } from '../store/review-queue.repository.ts';
import type { CliContext } from './cli-context.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

const positiveInteger = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number above 0');
  return number;
};

const asOption = () => new Option('--as <name>', 'the account deciding, as recorded in the audit log (a reviewer or admin)').env('FACTLINE_REVIEWER').makeOptionMandatory();
const revisionOption = () => new Option('--revision <n>', 'the revision you looked at (from `review list`): refused if someone decided since').argParser((value) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number');
  return number;
});

/** `[[words]]` inside their sentence, shortened around them for a terminal. */
function markedSentence(text: string, fact: Parameters<typeof evidenceView>[1], width = 240): string {
  const { before, words, after } = evidenceView(text, fact);
  const room = Math.max(40, Math.floor((width - words.length) / 2));
  const head = before.length > room ? `…${before.slice(before.length - room)}` : before;
  const tail = after.length > room ? `${after.slice(0, room)}…` : after;
  return `${head}[[${words}]]${tail}`.replace(/\s+/g, ' ');
}

/**
 * The review queue from a terminal: the same queue, filters and decisions as the page, recorded the
 * same way (audit log, revisions, conflicts).
 */
export function reviewCommand(context: CliContext): Command {
  const command = new Command('review').description('Review facts from the terminal: list, show, approve, reject, edit, undo, progress.');
  const withStore = async <T>(options: { data?: string }, work: (store: Store) => T | Promise<T>): Promise<T> => {
    const store = openConfiguredStore(configFrom(options));
    try {
      return await work(store);
    } finally {
      store.$client.close();
    }
  };
  const fail = (message: string, status = 1) => {
    context.err(`factline review: ${message}\n`);
    context.exitStatus = status;
  };
  /** The deciding account must exist and may review: the CLI is held to the page's rules. */
  const reviewer = (store: Store, name: string): string | undefined => {
    const user = findUserForLogin(store, name);
    if (!user) return void fail(`--as ${name}: no such account (factline user add ${name} --role reviewer)`, 2);
    if (user.role === 'operator') return void fail(`--as ${name}: an operator cannot review`, 2);
    return user.name;
  };
  const decide = (store: Store, actor: string, id: number, revision: number | undefined, decision: Decision): boolean => {
    const fact = reviewFact(store, id);
    if (!fact) {
      fail(`fact ${id} does not exist`);
      return false;
    }
    const result = decideFact(store, { factId: id, revision: revision ?? fact.revision, actor, decision });
    if (!result.ok) {
      fail(result.conflict);
      return false;
    }
    context.out(`fact ${id} ${decision.kind === 'approve' ? 'approved' : decision.kind === 'reject' ? 'rejected' : 'edited and approved'} (revision ${result.revision})\n`);
    return true;
  };

  command.addCommand(new Command('list').description('List the queue, lowest confidence first unless --order says otherwise.')
    .addOption(new Option('--status <status>', 'which facts').choices(QUEUE_STATUSES).default('to_review'))
    .addOption(new Option('--kind <kind>').choices(['entity', 'figure', 'signing']))
    .option('--type <type>', 'entity type, figure unit or signing instrument')
    .option('--document <id>', 'one document', positiveInteger)
    .option('--classification <marking>', 'a marking such as LIMITE, or none')
    .option('--country <code>', 'ISO alpha-2: facts about or naming that country')
    .addOption(new Option('--order <order>').choices(QUEUE_ORDERS).default('confidence'))
    .option('--limit <n>', 'how many', positiveInteger, 20)
    .option('--offset <n>', 'skip this many', (value) => Number(value), 0)
    .option('--json', 'JSON Lines, one fact per line', false)
    .addOption(dataOption())
    .action((options: { status: QueueStatus; kind?: 'entity'; type?: string; document?: number; classification?: string; country?: string; order: QueueOrder; limit: number; offset: number; json: boolean; data?: string }) => withStore(options, (store) => {
      const filter: QueueFilter = { status: options.status, kind: options.kind, type: options.type, documentId: options.document, classification: options.classification, country: options.country };
      // Whoever runs this holds the SQLite file and can read every document in it: clearances guard the web pages and the API.
      const page = reviewQueue(store, { filter, order: options.order, offset: options.offset, limit: options.limit, cleared: 'all' });
      for (const fact of page.facts) {
        const text = page.texts.get(fact.documentId) ?? '';
        if (options.json) {
          context.out(`${JSON.stringify({ id: fact.id, revision: fact.revision, state: fact.reviewState, kind: fact.kind, ...effectiveData(fact), confidence: fact.confidence, rule: fact.rule, document: fact.document, evidence: { text: fact.evidenceText, start: fact.evidenceStart, end: fact.evidenceEnd } })}\n`);
          continue;
        }
        context.out(`#${fact.id} r${fact.revision} ${fact.reviewState} ${fact.confidence.toFixed(2)} ${fact.kind}: ${factSummary(fact.kind, effectiveData(fact))}\n`);
        context.out(`    doc ${fact.document.id} ${fact.document.title ?? fact.document.source}${fact.document.date ? ` · ${fact.document.date}` : ''}${fact.document.classification ? ` · ${fact.document.classification}` : ''}\n`);
        context.out(`    ${markedSentence(text, fact)}\n`);
      }
      if (!options.json) context.err(`${page.facts.length === 0 ? 'nothing matches' : `${options.offset + 1}–${options.offset + page.facts.length}`} of ${page.total}\n`);
    })));

  command.addCommand(new Command('show').description('One fact in full: reading, sentence, paragraph, review history fields.').argument('<id>', 'fact id', positiveInteger).addOption(dataOption())
    .action((id: number, options: { data?: string }) => withStore(options, (store) => {
      const fact = reviewFact(store, id);
      if (!fact) return fail(`fact ${id} does not exist`);
      const paragraph = paragraphAround(fact.text, fact.evidenceStart, fact.evidenceEnd);
      context.out([
        `#${fact.id} ${fact.kind}: ${factSummary(fact.kind, effectiveData(fact))}`,
        `state ${fact.reviewState} (revision ${fact.revision})${fact.reviewedBy ? ` by ${fact.reviewedBy}` : ''}${fact.rejectReason ? `, reason ${fact.rejectReason}` : ''}${fact.rejectNote ? `: ${fact.rejectNote}` : ''}`,
        ...(fact.editedData ? [`read by the rule as: ${factSummary(fact.kind, fact.data)}`] : []),
        ...(fact.reviewNote ? [fact.reviewNote] : []),
        `rule ${fact.rule}, rules ${fact.rulesVersion}, confidence ${fact.confidence}`,
        `document ${fact.document.id}: ${fact.document.title ?? fact.document.source}${fact.document.date ? ` · ${fact.document.date}` : ''}${fact.document.reference ? ` · ${fact.document.reference}` : ''}${fact.document.classification ? ` · ${fact.document.classification}` : ''}`,
        `sentence: ${markedSentence(fact.text, fact, 10_000)}`,
        `paragraph:\n${paragraph.text.slice(0, paragraph.start)}[[${paragraph.text.slice(paragraph.start, paragraph.end)}]]${paragraph.text.slice(paragraph.end)}`,
        `data: ${JSON.stringify(effectiveData(fact))}`,
        ...factHistory(store, fact.id).map((entry) => `${entry.at.toISOString()} ${entry.actor} ${entry.action}: ${String(entry.before?.reviewState ?? '?')} → ${String(entry.after?.reviewState ?? '?')}`),
      ].join('\n') + '\n');
    })));

  command.addCommand(new Command('approve').description('Approve facts as read.').argument('<ids...>', 'fact ids', (value, previous: number[] = []) => [...previous, positiveInteger(value)])
    .addOption(asOption()).addOption(revisionOption()).addOption(dataOption())
    .action((ids: number[], options: { as: string; revision?: number; data?: string }) => withStore(options, (store) => {
      const actor = reviewer(store, options.as);
      if (!actor) return;
      if (options.revision !== undefined && ids.length > 1) return fail('--revision applies to one fact at a time', 2);
      for (const id of ids) decide(store, actor, id, options.revision, { kind: 'approve' });
    })));

  command.addCommand(new Command('reject').description('Reject a fact with a coded reason.').argument('<id>', 'fact id', positiveInteger)
    .addOption(new Option('--reason <code>', Object.entries(REJECT_REASONS).map(([code, label]) => `${code}: ${label}`).join('; ')).choices(Object.keys(REJECT_REASONS)).makeOptionMandatory())
    .option('--note <text>', 'what was wrong, in words')
    .addOption(asOption()).addOption(revisionOption()).addOption(dataOption())
    .action((id: number, options: { reason: RejectReason; note?: string; as: string; revision?: number; data?: string }) => withStore(options, (store) => {
      const actor = reviewer(store, options.as);
      if (!actor) return;
      if (options.reason === 'other' && !options.note?.trim()) return fail('--reason other needs --note saying what was wrong', 2);
      decide(store, actor, id, options.revision, { kind: 'reject', reason: options.reason, note: options.note });
    })));

  command.addCommand(new Command('edit').description('Correct fields of a fact; it then counts as approved with edit, the original reading kept.').argument('<id>', 'fact id', positiveInteger)
    .option('--set <field=value>', 'a field to change (repeatable), e.g. --set value=15 --set "subject=arrested suspects"; empty value clears optional fields', (value: string, previous: string[] = []) => [...previous, value])
    .addOption(asOption()).addOption(revisionOption()).addOption(dataOption())
    .action((id: number, options: { set?: string[]; as: string; revision?: number; data?: string }) => withStore(options, (store) => {
      const actor = reviewer(store, options.as);
      if (!actor) return;
      const fact = reviewFact(store, id);
      if (!fact) return fail(`fact ${id} does not exist`);
      const pairs = (options.set ?? []).map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const);
      const malformed = (options.set ?? []).find((pair) => !pair.includes('='));
      if (malformed !== undefined || pairs.length === 0) return fail(malformed !== undefined ? `--set ${malformed}: expected field=value` : 'say what to change with --set field=value', 2);
      const parsed = parseEdits(fact.kind, effectiveData(fact), Object.fromEntries(pairs));
      if (!parsed.ok) return fail(parsed.error, 2);
      if (Object.keys(parsed.changes).length === 0) return fail('nothing changed: use `factline review approve` to approve it as it is', 2);
      decide(store, actor, id, options.revision, { kind: 'edit', changes: parsed.changes });
    })));

  command.addCommand(new Command('undo').description('Take back your own last decision.').addOption(asOption()).addOption(dataOption())
    .action((options: { as: string; data?: string }) => withStore(options, (store) => {
      const actor = reviewer(store, options.as);
      if (!actor) return;
      const result = undoLastDecision(store, actor);
      if (!result.ok) return fail(result.conflict);
      context.out(`your last decision on fact ${result.factId} was undone (revision ${result.revision})\n`);
    })));

  command.addCommand(new Command('progress').description('Facts per review state, and decisions per reviewer today.').option('--json', 'as JSON', false).addOption(dataOption())
    .action((options: { json: boolean; data?: string }) => withStore(options, (store) => {
      const progress = reviewProgress(store, startOfToday());
      if (options.json) return context.out(`${JSON.stringify(progress)}\n`);
      context.out(`${Object.entries(progress.byState).map(([state, n]) => `${n} ${state}`).join(', ')}\n`);
      for (const entry of progress.byReviewer) context.out(`today ${entry.reviewer}: ${entry.approve} approved, ${entry.edit} edited, ${entry.reject} rejected, ${entry.undo} undone\n`);
      if (progress.byReviewer.length === 0) context.out('today: no decisions yet\n');
    })));
  return command;
}
