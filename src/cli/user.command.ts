import { Command, Option } from 'commander';
import { ROLES } from '../../db/schema.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { AccountError, addUser } from '../store/accounts.repository.ts';
import type { CliContext } from './cli-context.ts';
import { readSecret } from './read-secret.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

export function userCommand(context: CliContext): Command {
  const command = new Command('user').description('Manage accounts of the review pages.');
  command.addCommand(new Command('add')
    .description('Create an account; the password is prompted, or read from standard input when it is not a terminal.')
    .argument('<name>', 'login name')
    .addOption(new Option('--role <role>', 'reviewer (review), operator (ingest, retry, runs), admin (accounts)').choices(ROLES).makeOptionMandatory())
    .addOption(dataOption())
    .action(async (name: string, options: { role: (typeof ROLES)[number]; data?: string }) => {
      const password = await readSecret(`password for ${name}: `, context.err);
      const problem = passwordProblem(password);
      if (problem) {
        context.err(`factline: ${name}: ${problem}\n`);
        context.exitStatus = 1;
        return;
      }
      const store = openConfiguredStore(configFrom(options));
      try {
        const account = addUser(store, { name, role: options.role, passwordHash: await hashPassword(password) });
        context.out(`created ${account.role} ${account.name}\n`);
      } catch (error) {
        if (!(error instanceof AccountError)) throw error;
        context.err(`factline: ${error.message}\n`);
        context.exitStatus = 1;
      } finally {
        store.$client.close();
      }
    }));
  return command;
}
