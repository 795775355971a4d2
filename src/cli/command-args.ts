import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../engine/errors.ts';

/**
 * `parseArgs`, strict, for one command: an unknown option or an argument the command does not
 * take is a usage error in one line that points at the command's help, never ignored.
 * `positionals` says what a stray argument should have been, for commands that take none.
 */
export function commandArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T, positionals?: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: positionals === undefined });
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as NodeJS.ErrnoException, positionals)} (see aks-audit ${command} --help)`);
  }
}

/** node:util's messages, shortened: its advice about `--` does not apply to a command without positionals. */
export function argumentProblem(error: NodeJS.ErrnoException, positionals = 'this command takes none'): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `unknown option ${quoted}`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted) return `unexpected argument "${quoted}": ${positionals}`;
  return error.message.split('\n')[0] ?? 'invalid arguments';
}
