import { Command } from 'commander';
import { clearanceText } from '../auth/clearances.ts';
import { createApiToken, revokeApiToken } from '../store/accounts.repository.ts';
import type { CliContext } from './cli-context.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';
import { clearanceOption } from './user.command.ts';

export function tokenCommand(context: CliContext): Command {
  const command = new Command('token').description('API tokens for programs reading approved facts (Authorization: Bearer TOKEN).');
  command.addCommand(new Command('create').description('Create a token; it is shown once and stored hashed. Classified facts reach it only for the markings given with --clearance, and only when it asks with include_classified=true.')
    .argument('<name>', 'who or what uses it').addOption(clearanceOption('the token')).addOption(dataOption())
    .action((name: string, options: { clearance?: string[]; data?: string }) => {
      const store = openConfiguredStore(configFrom(options));
      try {
        const clearances = options.clearance ?? [];
        context.out(`${createApiToken(store, name, clearances)}\n`);
        context.err(`token ${name} created, cleared for ${clearanceText(clearances)}: copy it now, it is not shown again\n`);
      } finally {
        store.$client.close();
      }
    }));
  command.addCommand(new Command('revoke').description('Revoke every live token of that name.').argument('<name>').addOption(dataOption())
    .action((name: string, options: { data?: string }) => {
      const store = openConfiguredStore(configFrom(options));
      try {
        const revoked = revokeApiToken(store, name);
        context.out(`${revoked} token(s) revoked\n`);
        if (revoked === 0) context.exitStatus = 1;
      } finally {
        store.$client.close();
      }
    }));
  return command;
}
