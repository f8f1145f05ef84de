import { Command, CommanderError } from 'commander';
import { type CliContext, processContext } from './cli-context.ts';
import { demoCommand } from './demo.command.ts';
import { exportCommand } from './export.command.ts';
import { extractCommand } from './extract.command.ts';
import { ingestCommand } from './ingest.command.ts';
import { retryCommand } from './retry.command.ts';
import { reviewCommand } from './review.command.ts';
import { nightlyCommand } from './nightly.command.ts';
import { serveCommand } from './serve.command.ts';
import { statusCommand } from './status.command.ts';
import { tokenCommand } from './token.command.ts';
import { userCommand } from './user.command.ts';
import { workerCommand } from './worker.command.ts';

/** Builds the `factline` program; every subcommand lives in its own `*.command.ts` file. */
export function buildProgram(context: CliContext): Command {
  return new Command('factline')
    .description('Turn EU judicial-cooperation documents into reviewed, evidenced facts.')
    .version('0.1.0')
    .showHelpAfterError()
    .addCommand(extractCommand(context))
    .addCommand(demoCommand(context))
    .addCommand(ingestCommand(context))
    .addCommand(statusCommand(context))
    .addCommand(retryCommand(context))
    .addCommand(workerCommand(context))
    .addCommand(serveCommand(context))
    .addCommand(nightlyCommand(context))
    .addCommand(reviewCommand(context))
    .addCommand(userCommand(context))
    .addCommand(exportCommand(context))
    .addCommand(tokenCommand(context));
}

/** Runs the program and returns the exit status instead of exiting, so tests can run it in-process. */
export async function main(argv: readonly string[], context: CliContext = processContext()): Promise<number> {
  const program = buildProgram(context);
  // Subcommands made with `new Command` do not inherit these settings from the program.
  for (const command of [program, ...program.commands, ...program.commands.flatMap((c) => c.commands)]) {
    command.exitOverride().configureOutput({ writeOut: context.out, writeErr: context.err });
  }
  try {
    await program.parseAsync([...argv]);
    return context.exitStatus;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
}
