import { Command } from 'commander';
import { join } from 'node:path';
import { runNightly } from '../../pipelines/nightly.pipeline.ts';
import type { CliContext } from './cli-context.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

export function nightlyCommand(context: CliContext): Command {
  return new Command('nightly')
    .description('Run the nightly re-extraction now: documents read by older rules are read again, reviews kept or flagged; writes the run report. (`serve` schedules it; the inbox sweep happens there.)')
    .addOption(dataOption())
    .action(async (options: { data?: string }) => {
      const config = configFrom(options);
      const store = openConfiguredStore(config);
      try {
        const report = await runNightly({ store, reportsDir: join(config.dataDir, 'reports') });
        context.out(`run ${report.runId}: ${Object.entries(report.counts).map(([k, v]) => `${k} ${v}`).join(', ')}\nreport: ${report.reportPath}\n`);
        if (report.errors.length > 0) context.exitStatus = 1;
      } finally {
        store.$client.close();
      }
    });
}
