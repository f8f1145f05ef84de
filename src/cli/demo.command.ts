import { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A path as short as it can be said: relative when under the working folder. */
const shown = (path: string) => { const near = relative(process.cwd(), path); return near && !near.startsWith('..') ? near : path; };
import { fileURLToPath } from 'node:url';
import { ingestInProcess } from '../../pipelines/ingest.pipeline.ts';
import { storeStatus } from '../store/status.repository.ts';
import { startWebServer } from '../web/start-web-server.ts';
import { loadWebSecret } from '../web/web-secret.ts';
import type { CliContext } from './cli-context.ts';
import { extractFiles } from './extract-files.ts';
import { firstAccount } from './first-account.ts';
import { untilSignal } from './shutdown.ts';
import { configFrom, dataOption, openConfiguredStore, storeFile } from './store-options.ts';

/** The corpus shipped in the repository, so a fresh clone has documents to show. */
export const BUNDLED_DOCUMENTS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

export function demoCommand(context: CliContext): Command {
  return new Command('demo')
    .description('What `npm start` runs: stores the bundled documents\' facts and opens the review page on them, without Redis.')
    .option('--table', 'only print what the bundled documents hold, one row per document, and exit', false)
    .option('--json', 'with --table: JSON Lines instead of the table', false)
    .option('--port <n>', 'HTTP port (default 8080; a free one if that is taken)')
    .addOption(dataOption())
    .action(async (options: { table: boolean; json: boolean; port?: string; data?: string }) => {
      if (options.table || options.json) {
        context.out(`factline: reading the bundled documents in ${BUNDLED_DOCUMENTS}\n`);
        await extractFiles([BUNDLED_DOCUMENTS], { json: options.json, maxBytes: Number.POSITIVE_INFINITY }, context);
        return;
      }
      const config = configFrom(options);
      const store = openConfiguredStore(config);
      try {
        const files = readdirSync(BUNDLED_DOCUMENTS).sort();
        // Stored by content: running the demo again adds nothing and keeps every decision made.
        for (const name of files) await ingestInProcess(store, { name: join(BUNDLED_DOCUMENTS, name), bytes: readFileSync(join(BUNDLED_DOCUMENTS, name)) });
        const status = storeStatus(store);
        const toReview = (status.byReviewState.pending ?? 0) + (status.byReviewState.needs_review ?? 0);
        context.out(`factline: ${files.length} bundled files → ${status.documents} documents, ${status.facts} facts (${toReview} to review) in ${shown(storeFile(config))}\n`);
        const account = await firstAccount(store, config.dataDir);
        const server = await startWebServer({ store, secret: loadWebSecret(config.dataDir), port: config.port, fallbackToFreePort: options.port === undefined, maxRequestKb: config.maxRequestKb, trustedProxies: config.trustedProxies });
        context.out(`factline: review page at ${server.address}/review\n`);
        context.out(account
          ? `factline: sign in as ${account.name} with password ${account.password} (kept in ${shown(account.file)}; add people with \`npx factline user add NAME --role reviewer\`)\n`
          : 'factline: sign in with your account (`npx factline user add NAME --role reviewer` makes one)\n');
        context.out('factline: no Redis needed to review or export; `npx factline serve` adds the watched inbox and the queues. Ctrl-C stops.\n');
        await untilSignal();
        await server.close();
      } finally {
        store.$client.close();
      }
    });
}
