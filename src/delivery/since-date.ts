import { z } from 'zod';

const SINCE_HINT = 'expected an ISO date or date-time, e.g. 2025-06-01 or 2025-06-01T14:30:00Z';

/**
 * `--since` / `?since=`: facts reviewed at or after this instant. A date means its midnight and a
 * date-time without an offset means UTC, so the same value selects the same facts on every machine
 * whatever its time zone.
 */
export const SinceDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], { error: SINCE_HINT })
  .transform((text) => new Date(/T/.test(text) && !/(Z|[+-]\d\d(:?\d\d)?)$/.test(text) ? `${text}Z` : text.length === 10 ? `${text}T00:00:00Z` : text));

/** The instant, or an error message saying what was expected. */
export function parseSinceDate(text: string): { ok: true; date: Date } | { ok: false; error: string } {
  const parsed = SinceDate.safeParse(text);
  return parsed.success ? { ok: true, date: parsed.data } : { ok: false, error: SINCE_HINT };
}
