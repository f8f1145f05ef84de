import { Command } from 'commander';
import { createApiToken, revokeApiToken } from '../store/accounts.repository.ts';
import type { CliContext } from './cli-context.ts';
import { configFrom, dataOption, openConfiguredStore } from './store-options.ts';

export function tokenCommand(context: CliContext): Command {
  const command = new Command('token').description('API tokens for programs reading approved facts (Authorization: Bearer TOKEN).');
  command.addCommand(new Command('create').description('Create a token; it is shown once and stored hashed.').argument('<name>', 'who or what uses it').addOption(dataOption())
    .action((name: string, options: { data?: string }) => {
      const store = openConfiguredStore(configFrom(options));
      try {
        context.out(`${createApiToken(store, name)}\n`);
        context.err(`token ${name} created: copy it now, it is not shown again\n`);
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
