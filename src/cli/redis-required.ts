import { checkRedis } from '../queue/redis-connection.ts';
import type { CliContext } from './cli-context.ts';

/**
 * For commands that need the queue: true when Redis answers (its set-up warnings printed), else one
 * line saying so and how to start one, and exit status 1.
 */
export async function redisAnswers(url: string, context: CliContext, label = 'factline'): Promise<boolean> {
  const check = await checkRedis(url);
  if (!check.ok) {
    context.err(`${label}: ${check.error}\n`);
    context.exitStatus = 1;
    return false;
  }
  for (const warning of check.warnings) context.err(`${label}: warning: ${warning}\n`);
  return true;
}
