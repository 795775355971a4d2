#!/usr/bin/env node
// Runs the TypeScript sources directly: Node 24 strips types natively.
import { main } from '../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
