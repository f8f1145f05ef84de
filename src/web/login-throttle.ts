import { createFailureCounts, type Failures } from './failure-counts.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** How many failures are free, then the wait after the last failure: `firstDelayMs`, doubling, at most `maxDelayMs`. */
interface Backoff {
  readonly free: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * - one address guessing one account: 5 free failures, then 30 s, doubling up to 15 min;
 * - one address trying many accounts: 20 free failures, then the same;
 * - one account tried from many addresses: 10 free failures, then each address that has itself failed
 *   on it waits 1 s, doubling up to only 30 s. It is never a lock: an address that has not failed on the
 *   account (the real user's, during an attack from elsewhere) is not held back at all.
 */
export const LOGIN_BACKOFF = {
  pair: { free: 5, firstDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE },
  address: { free: 20, firstDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE },
  account: { free: 10, firstDelayMs: SECOND, maxDelayMs: 30 * SECOND },
} as const satisfies Record<string, Backoff>;

/** Failures are forgotten an hour after the last one, longer than the longest wait, so waiting does not reset the count. */
const FORGET_AFTER_MS = 60 * MINUTE;

export interface LoginAttempt {
  /** The client's address (an IPv6 client's /64), as `clientAddressOf` and `throttleKeyOfAddress` give it. */
  readonly address: string;
  /** The name typed, whether or not such an account exists: unknown names are throttled like real ones. */
  readonly account: string;
}

/** When the wait after `since` ends, given the failures counted; 0 while they are still free. */
const waitUntil = (failures: Failures | undefined, backoff: Backoff, since: number | undefined): number => {
  if (!failures || since === undefined || failures.count < backoff.free) return 0;
  return since + Math.min(backoff.firstDelayMs * 2 ** (failures.count - backoff.free), backoff.maxDelayMs);
};

/** Sign-in throttling by address, by address and account, and by account; memory bounded by `maxKeys` per kind. */
export function createLoginThrottle(options: { maxKeys?: number } = {}) {
  const counts = () => createFailureCounts({ maxKeys: options.maxKeys ?? 10_000, forgetAfterMs: FORGET_AFTER_MS });
  const pairs = counts();
  const addresses = counts();
  const accounts = counts();
  // Names are bounded so that a megabyte-long "name" does not become a megabyte-long key.
  const accountKey = (attempt: LoginAttempt) => attempt.account.slice(0, 200);
  const pairKey = (attempt: LoginAttempt) => `${attempt.address}\n${accountKey(attempt)}`;

  return {
    /** How long this address must wait before trying this account again; 0 when it may try now. */
    waitMs(attempt: LoginAttempt, now = Date.now()): number {
      const pair = pairs.get(pairKey(attempt), now);
      const address = addresses.get(attempt.address, now);
      const until = Math.max(
        waitUntil(pair, LOGIN_BACKOFF.pair, pair?.last),
        waitUntil(address, LOGIN_BACKOFF.address, address?.last),
        // Counted over every address, but waited out per address, from that address's own last failure.
        waitUntil(accounts.get(accountKey(attempt), now), LOGIN_BACKOFF.account, pair?.last),
      );
      return Math.max(0, until - now);
    },
    /**
     * Counts an attempt as failed before its password is checked, so that guesses sent all at once, each
     * checked while the others are, count as they arrive; `succeeded` takes it back.
     */
    attempted(attempt: LoginAttempt, now = Date.now()): void {
      pairs.add(pairKey(attempt), now);
      addresses.add(attempt.address, now);
      accounts.add(accountKey(attempt), now);
    },
    /**
     * Takes back the attempt and clears this address's failures on this account, but not the address's
     * other failures: an attacker must not reset their address's count by signing in to an account of their own.
     */
    succeeded(attempt: LoginAttempt): void {
      pairs.forget(pairKey(attempt));
      addresses.takeBack(attempt.address);
      accounts.takeBack(accountKey(attempt));
    },
    /** How many keys are held, for tests of the memory bound. */
    get size() {
      return pairs.size + addresses.size + accounts.size;
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
