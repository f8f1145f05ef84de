import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { deliveredFact } from '../delivery/delivered-fact.ts';
import { EXPORT_FORMATS, type ExportFormat, formatFacts, formatRegressionCases, leftOutSummary } from '../delivery/export-formats.ts';
import { regressionCase } from '../delivery/regression-cases.ts';
import { parseSinceDate } from '../delivery/since-date.ts';
import { approvedFacts, FACT_KINDS, type FactKind, type LeftOut, type ReviewedFactsFilter, ruleErrorFacts } from '../store/approved-facts.repository.ts';
import type { CliContext } from './cli-context.ts';
import { configFrom, dataOption, openConfiguredStore, storeFile } from './store-options.ts';

interface ExportOptions {
  format?: ExportFormat;
  since?: Date;
  kind?: FactKind;
  includeClassified: boolean;
  rejections: boolean;
  out?: string;
  data?: string;
}

/** A wrong option value is a usage error: exit status 2, as with the shell's own builtins. */
class UsageError extends InvalidArgumentError {
  constructor(message: string) {
    super(message);
    this.exitCode = 2;
  }
}

const oneOf = <T extends string>(allowed: readonly T[]) => (value: string): T => {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`expected one of ${allowed.join(', ')}`);
  return value as T;
};

const sinceDate = (value: string): Date => {
  const parsed = parseSinceDate(value);
  if (!parsed.ok) throw new UsageError(parsed.error);
  return parsed.date;
};

export function exportCommand(context: CliContext): Command {
  return new Command('export')
    .description('Write approved (and edited) facts with their evidence and document, for programs and analysts; or, with --rejections, rejected and corrected facts as regression cases for rule authors. Facts of classified documents are left out, and counted, unless --include-classified. It reads the SQLite file itself: whoever can run it on the file can read every document, so account and token clearances do not apply here.')
    .addOption(new Option('--format <format>', 'json (one object with the counts), jsonl (one fact a line) or csv; default json, jsonl with --rejections').argParser(oneOf(EXPORT_FORMATS)))
    .addOption(new Option('--since <date>', 'only facts reviewed at or after this ISO date or date-time (UTC unless an offset is given)').argParser(sinceDate))
    .addOption(new Option('--kind <kind>', `only facts of this kind: ${FACT_KINDS.join(', ')}`).argParser(oneOf(FACT_KINDS)))
    .option('--include-classified', 'include facts of documents with any classification marking (LIMITE, RESTREINT UE, ...); not limited by clearances, since the file itself is at hand', false)
    .option('--rejections', 'export rejected and corrected facts as regression cases instead', false)
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(dataOption())
    .action((options: ExportOptions) => {
      const config = configFrom(options);
      // Opening a missing store would create an empty one and export nothing, silently: say where we looked.
      if (!existsSync(storeFile(config))) {
        context.err(`factline: no store at ${storeFile(config)}; pass --data DIR or set FACTLINE_DATA\n`);
        context.exitStatus = 1;
        return;
      }
      // Clearances guard the web pages and the API; whoever holds the SQLite file can read it all anyway, so here it is all or none.
      const filter: ReviewedFactsFilter = { kind: options.kind, since: options.since, cleared: options.includeClassified ? 'all' : [] };
      const head = (leftOut: LeftOut) => ({
        exported_at: new Date().toISOString(),
        filters: { since: options.since?.toISOString() ?? null, kind: options.kind ?? null, include_classified: options.includeClassified },
        left_out: leftOutSummary(leftOut),
      });
      const store = openConfiguredStore(config);
      let output: string;
      let summary: string;
      try {
        if (options.rejections) {
          const page = ruleErrorFacts(store, filter);
          const cases = page.facts.map(regressionCase);
          output = formatRegressionCases(cases, options.format ?? 'jsonl', head(page.leftOut));
          const rejected = cases.filter((c) => c.case === 'rejected').length;
          summary = `exported ${counted(cases.length, 'regression case')} (${rejected} rejected, ${cases.length - rejected} corrected)${classificationNote(page.leftOut, page.classifiedIncluded)}`;
        } else {
          const page = approvedFacts(store, filter);
          output = formatFacts(page.facts.map(deliveredFact), options.format ?? 'json', head(page.leftOut));
          summary = `exported ${counted(page.facts.length, 'fact')}${classificationNote(page.leftOut, page.classifiedIncluded)}`;
        }
      } finally {
        store.$client.close();
      }
      if (options.out) {
        try {
          writeWhole(options.out, output);
        } catch (error) {
          context.err(`factline: cannot write ${options.out}: ${(error as Error).message}\n`);
          context.exitStatus = 1;
          return;
        }
      } else {
        context.out(output);
      }
      context.err(`${summary}\n`);
    });
}

const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `; left out 7 from classified documents (LIMITE: 7); --include-classified to include them` */
function classificationNote(leftOut: LeftOut, included: LeftOut): string {
  const markings = (counts: LeftOut) => Object.entries(counts.byClassification).map(([marking, n]) => `${marking}: ${n}`).join(', ');
  if (included.classified > 0) return `, ${included.classified} of them from classified documents (${markings(included)})`;
  if (leftOut.classified === 0) return '; left out 0 from classified documents';
  return `; left out ${leftOut.classified} from classified documents (${markings(leftOut)}); --include-classified to include them`;
}

/** Written beside the target and renamed, so a program watching the file never reads half an export. */
function writeWhole(file: string, text: string): void {
  const partial = `${file}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}
