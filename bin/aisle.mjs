#!/usr/bin/env node
// The command-line entry: runs the TypeScript CLI through tsx, so the core is shared with the app as source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
