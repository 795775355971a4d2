import { streamWriter } from '../cli/standard-streams.ts';
import { runAction } from './run-action.ts';

// The Action's entry (action.yml runs its bundle, dist/action/index.js): the step's environment in, its exit code out.
const write = streamWriter(process.stdout);
process.exitCode = await runAction(process.env, (line) => write(`${line}\n`));
