import { Command } from 'commander';
import type { CliContext } from './cli-context.ts';
import { extractFiles } from './extract-files.ts';
import { maxSizeOption } from './read-limit-option.ts';

export function extractCommand(context: CliContext): Command {
  return new Command('extract')
    .description('Read files (PDF, text, Markdown, HTML, Word .docx) or folders and print their documents and facts. Needs no Redis and no database.')
    .argument('<files...>', 'files or folders to read')
    .option('--json', 'print JSON Lines, one line per document (the SPEC.md contract)', false)
    .addOption(maxSizeOption())
    .addHelpText('after', '\nExit status: 0 when every file was read, 1 when any failed (each failure is one line on stderr).')
    .action(async (files: string[], options: { json: boolean; maxSize: number }) => {
      await extractFiles(files, { json: options.json, maxBytes: options.maxSize }, context);
    });
}
