#!/usr/bin/env node
// The installed command. The code is TypeScript run through tsx's loader, so a fresh clone needs no
// build step; the loader is registered here, relative to this file, whatever the working directory.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
