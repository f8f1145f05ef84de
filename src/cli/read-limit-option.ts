import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../documents/read-documents.ts';

/** `--max-size MB`, defaulting to FACTLINE_MAX_FILE_MB, then 50. Returns bytes. */
export function maxSizeOption(): Option {
  return new Option('--max-size <MB>', 'refuse files larger than this many megabytes')
    .env('FACTLINE_MAX_FILE_MB')
    .default(DEFAULT_MAX_BYTES, String(DEFAULT_MAX_BYTES / 1024 / 1024))
    .argParser((value: string) => {
      const megabytes = Number(value);
      if (!Number.isFinite(megabytes) || megabytes <= 0) {
        throw new InvalidArgumentError(`expected a positive number of megabytes, got "${value}"`);
      }
      return Math.round(megabytes * 1024 * 1024);
    });
}
