import { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import type { CliContext } from './cli-context.ts';
import { extractFiles } from './extract-files.ts';

/** The corpus shipped in the repository, so a fresh clone has documents to show. */
export const BUNDLED_DOCUMENTS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

export function demoCommand(context: CliContext): Command {
  return new Command('demo')
    .description('Run factline on the bundled documents with its built-in defaults (what `npm start` does).')
    .option('--json', 'print JSON Lines instead of the table', false)
    .action(async (options: { json: boolean }) => {
      context.out(`factline: reading the bundled documents in ${BUNDLED_DOCUMENTS}\n`);
      await extractFiles([BUNDLED_DOCUMENTS], { json: options.json, maxBytes: Number.POSITIVE_INFINITY }, context);
    });
}
