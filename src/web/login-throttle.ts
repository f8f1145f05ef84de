/**
 * Failed sign-ins per address and name: after 5 failures in 15 minutes further attempts are refused
 * until the window passes, so passwords cannot be guessed at speed.
 */
export function createLoginThrottle(limit = 5, windowMs = 15 * 60 * 1000) {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((at) => now - at < windowMs);
  return {
    blocked: (key: string, now = Date.now()) => recent(key, now).length >= limit,
    failed: (key: string, now = Date.now()) => void failures.set(key, [...recent(key, now), now]),
    succeeded: (key: string) => void failures.delete(key),
  };
}
