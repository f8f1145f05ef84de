import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES } from '../../db/schema.ts';
import { accountNameProblem, normalAccountName } from '../auth/account-name.ts';
import { clearanceText, parseClearances } from '../auth/clearances.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { AccountError, addUser, listAccounts, setClearances } from '../store/accounts.repository.ts';
import type { CliContext } from './cli-context.ts';
import { readSecret } from './read-secret.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

/** `--clearance M`, repeatable; a marking not on the list is a usage error naming the known ones. */
export const clearanceOption = (what: string) => new Option('--clearance <marking>', `a classification marking ${what} may read (repeatable), e.g. LIMITE or "RESTREINT UE/EU RESTRICTED"; none by default`)
  .argParser((value: string, previous: string[] = []) => {
    const parsed = parseClearances([...previous, value]);
    if (!parsed.ok) throw new InvalidArgumentError(parsed.error);
    return parsed.clearances;
  });

const accountName = (value: string) => {
  const name = normalAccountName(value);
  const problem = accountNameProblem(name);
  if (problem) throw new InvalidArgumentError(problem);
  return name;
};

export function userCommand(context: CliContext): Command {
  const command = new Command('user').description('Manage accounts of the review pages: roles, and the classification markings each may read.');
  const fail = (message: string) => {
    context.err(`factline: ${message}\n`);
    context.exitStatus = 1;
  };

  command.addCommand(new Command('add')
    .description('Create an account; the password is prompted, or read from standard input when it is not a terminal.')
    .argument('<name>', 'login name: letters, digits, . _ @ -', accountName)
    .addOption(new Option('--role <role>', 'reviewer (review), operator (ingest, retry, runs), admin (accounts)').choices(ROLES).makeOptionMandatory())
    .addOption(clearanceOption('the account'))
    .addOption(dataOption())
    .action(async (name: string, options: { role: (typeof ROLES)[number]; clearance?: string[]; data?: string }) => {
      const password = await readSecret(`password for ${name}: `, context.err);
      const problem = passwordProblem(password);
      if (problem) return fail(`${name}: ${problem}`);
      const store = openConfiguredStore(configFrom(options));
      try {
        const account = addUser(store, { name, role: options.role, passwordHash: await hashPassword(password), clearances: options.clearance ?? [] });
        context.out(`created ${account.role} ${account.name}, cleared for ${clearanceText(account.clearances)}\n`);
      } catch (error) {
        if (!(error instanceof AccountError)) throw error;
        fail(error.message);
      } finally {
        store.$client.close();
      }
    }));

  command.addCommand(new Command('clear')
    .description('Set the classification markings an account may read, replacing what it had: --clearance for each, or --none. Its open sessions follow at once.')
    .argument('<name>', 'login name')
    .addOption(clearanceOption('the account'))
    .option('--none', 'may read unmarked documents only', false)
    .addOption(dataOption())
    .action((name: string, options: { clearance?: string[]; none: boolean; data?: string }) => {
      if (options.none === (options.clearance !== undefined)) {
        context.err('factline: say which markings with --clearance (repeatable), or --none\n');
        context.exitStatus = 2;
        return;
      }
      const store = openConfiguredStore(configFrom(options));
      try {
        const account = setClearances(store, normalAccountName(name), options.clearance ?? []);
        if (!account) return fail(`no account ${name}`);
        context.out(`${account.name} is cleared for ${clearanceText(account.clearances)}\n`);
      } finally {
        store.$client.close();
      }
    }));

  command.addCommand(new Command('list').description('Every account with its role, clearances and state.').addOption(dataOption())
    .action((options: { data?: string }) => {
      const store = openConfiguredStore(configFrom(options));
      try {
        for (const user of listAccounts(store)) context.out(`${user.name}\t${user.role}\t${user.disabledAt ? 'disabled' : 'active'}\tcleared for ${clearanceText(user.clearances)}\n`);
      } finally {
        store.$client.close();
      }
    }));
  return command;
}
