import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

/**
 * factline's structured log: one JSON object a line on standard error, so a supervisor or a log
 * shipper reads it as is and standard output stays free for what a command prints (an export, JSON
 * Lines). In a terminal the same records are printed readably (pino-pretty, synchronously, so a line
 * is never lost when the process exits). `FACTLINE_LOG_LEVEL` (info) and `FACTLINE_LOG_FORMAT`
 * (json|pretty, default pretty only on a terminal) choose.
 *
 * Every record names what it is about: `file`, `document` (sha256), `job`, `queue`, `reason`.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream; pretty?: boolean } = {}): Logger {
  const level = options.level ?? process.env.FACTLINE_LOG_LEVEL ?? 'info';
  const wantsPretty = options.pretty ?? (process.env.FACTLINE_LOG_FORMAT ? process.env.FACTLINE_LOG_FORMAT === 'pretty' : process.stderr.isTTY === true);
  const destination = options.destination ?? (wantsPretty ? pretty({ destination: 2, sync: true, colorize: process.stderr.isTTY === true }) : pino.destination({ dest: 2, sync: true }));
  return pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** The process's logger; modules take a child of it (`logger.child({ component: 'inbox' })`). */
export const logger: Logger = createLogger();
