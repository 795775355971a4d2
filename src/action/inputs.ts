import { existsSync } from 'node:fs';
import { UsageError } from '../engine/errors.ts';

/** What the step's `with:` asked for, as the CLI's scan arguments plus what only the Action does. */
export interface ActionInputs {
  /** `aks-audit scan` arguments: the scan itself is the CLI's, flags and checks alike. */
  argv: string[];
  /** The SARIF run's category, given or defaulted per source kind. */
  category: string;
  comment: boolean;
  token: string;
  /** A `baseline` named but not there (the default branch has not been scanned yet): the scan then gates on every failure. */
  missingBaseline?: string;
}

/** The kinds of source a scan reads, in the order a default category names them. */
const SOURCE_KINDS = ['terraform', 'kubernetes', 'azure'] as const;

/**
 * The step's inputs, read as the runner passes them (`INPUT_<NAME>`, upper-cased, spaces as `_`).
 * Lists (`terraform`, `manifests`, `input`) take one path per line; `subscriptions` also takes
 * commas or spaces, as ids never hold them. A bad value is a UsageError naming the input.
 */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const get = (name: string) => inputOf(env, name);
  const argv: string[] = [];
  const add = (flag: string, values: string[]) => {
    for (const value of values) argv.push(flag, value);
  };
  const terraform = lines(get('terraform'));
  const manifests = lines(get('manifests'));
  const exports = lines(get('input'));
  const subscriptions = get('subscriptions').split(/[\s,]+/).filter(Boolean);
  const allSubscriptions = booleanInput(env, 'all-subscriptions', false);
  add('--terraform', terraform);
  add('--manifests', manifests);
  add('--input', exports);
  add('--subscription', subscriptions);
  if (allSubscriptions) argv.push('--all-subscriptions');

  const kinds = new Set<(typeof SOURCE_KINDS)[number]>();
  if (terraform.length) kinds.add('terraform');
  if (manifests.length) kinds.add('kubernetes');
  if (exports.length || subscriptions.length || allSubscriptions) kinds.add('azure');
  if (kinds.size === 0) throw new UsageError('nothing to scan: set at least one of the inputs terraform, manifests, input, subscriptions or all-subscriptions');
  const givenCategory = get('sarif-category');
  const category = givenCategory || `aks-audit/${SOURCE_KINDS.filter((k) => kinds.has(k)).join('-')}`;

  const config = get('config');
  if (config) argv.push('--config', config);
  const baseline = get('baseline');
  const found = baseline !== '' && existsSync(baseline);
  if (found) argv.push('--baseline', baseline);
  const failOnNew = booleanInput(env, 'fail-on-new', found);
  if (failOnNew && baseline === '') throw new UsageError('fail-on-new: true counts the failures a baseline does not have: set baseline to a report of the default branch');
  if (failOnNew && found) argv.push('--fail-on-new');
  const failOn = get('fail-on');
  if (failOn) argv.push('--fail-on', failOn);
  const formats = get('formats') || 'sarif,json,html';
  const outputDir = get('output-dir') || 'aks-audit-results';
  // The step's stdout is the runner's command channel: no report goes there.
  if (outputDir === '-') throw new UsageError('output-dir: "-" (standard output) is not a folder: the step\'s output is read by the runner, name a folder');
  argv.push('--format', formats, '--out', outputDir);
  // A category given for a scan that writes no SARIF is the CLI's to refuse; a defaulted one is left out.
  if (givenCategory || formats.split(',').some((f) => f.trim().toLowerCase() === 'sarif')) argv.push('--sarif-category', category);

  const inputs: ActionInputs = { argv, category, comment: booleanInput(env, 'comment', false), token: get('github-token') };
  if (baseline && !found) inputs.missingBaseline = baseline;
  if (inputs.comment && !inputs.token) throw new UsageError('comment: true needs a token to post with: set github-token (its default is the workflow\'s GITHUB_TOKEN)');
  return inputs;
}

function inputOf(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] ?? '').trim();
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

/** A boolean as the YAML 1.2 core schema spells one (actions/toolkit's getBooleanInput); empty means the default. */
function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = inputOf(env, name);
  if (text === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new UsageError(`input ${name}: "${text}" is not true or false`);
}
