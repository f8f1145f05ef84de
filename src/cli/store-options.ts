import { Option } from 'commander';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/client.ts';
import { loadConfig, type Config } from '../config.ts';

/** `--data DIR` for every command that uses the store; the SQLite file is DIR/factline.sqlite. */
export const dataOption = () => new Option('--data <dir>', 'data folder (default ./data, or FACTLINE_DATA)');

export function configFrom(options: { data?: string; inbox?: string; port?: string }): Config {
  return loadConfig({ dataDir: options.data, inbox: options.inbox, port: options.port });
}

export const storeFile = (config: Config): string => join(config.dataDir, 'factline.sqlite');
export const openConfiguredStore = (config: Config): Store => openStore(storeFile(config));
