import { UsageError } from '../engine/errors.ts';
import { DEFAULT_FORMATS, FORMATS, REPORTERS, type Format } from '../reporters/index.ts';

/** The path that names standard output, in `--out` and `--output`. */
export const STDOUT = '-';

/** parseArgs definitions of the report flags (merged into the scan command's). */
export const OUTPUT_OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  output: { type: 'string', multiple: true },
  'sarif-category': { type: 'string' },
} as const;

export const OUTPUT_USAGE = `  --format <list>            comma-separated: ${FORMATS.join(',')} (default: ${DEFAULT_FORMATS.join(',')})
  --out <dir>                where reports are written (default: aks-audit-results); - writes
                             the one report asked for to stdout (the summary goes to stderr)
  --output <format>=<path>   write one format to its own path, - for stdout (repeatable; adds
                             the format; without --format only these formats are written)
  --sarif-category <name>    code-scanning category of the SARIF run (automationDetails.id), so
                             scans of one repository (plan, manifests, live) do not replace each
                             other's alerts: letters, digits, . _ - and / (default: aks-audit)`;

export interface OutputFlags {
  format?: string | undefined;
  out?: string | undefined;
  output?: string[] | undefined;
  'sarif-category'?: string | undefined;
}

export interface OutputOptions {
  formats: Format[];
  out: string;
  /** Formats written elsewhere than `out` (`--output`, `--out -`): a path, or `STDOUT`. */
  paths?: Partial<Record<Format, string>>;
  /** `--sarif-category`, without a trailing slash. */
  sarifCategory?: string;
}

/** Which reports go where: each format to `out` unless `--output` names its own path; at most one to stdout. */
export function parseOutputArgs(values: OutputFlags): OutputOptions {
  const paths = parseOutputs(values.output ?? []);
  const named = values.format === undefined ? [] : parseFormats(values.format);
  const formats = [...new Set([...named, ...(Object.keys(paths) as Format[])])];
  if (formats.length === 0) formats.push(...DEFAULT_FORMATS);
  const out = values.out ?? 'aks-audit-results';
  if (out === STDOUT) {
    const inOut = formats.filter((f) => paths[f] === undefined);
    if (inOut.length !== 1) throw new UsageError(`--out - writes one report to stdout, and ${inOut.length ? `${inOut.length} formats would go there (${inOut.join(', ')}): name one with --format, or give the others their own --output <format>=<path>` : 'every format has its own --output'}`);
    paths[inOut[0]!] = STDOUT;
  }
  const toStdout = formats.filter((f) => paths[f] === STDOUT);
  if (toStdout.length > 1) throw new UsageError(`only one report can go to stdout, and ${toStdout.join(' and ')} would: give the others a file path`);
  const options: OutputOptions = { formats, out };
  if (Object.keys(paths).length) options.paths = paths;
  if (values['sarif-category'] !== undefined) {
    if (!formats.includes('sarif')) throw new UsageError('--sarif-category applies to the SARIF report: add sarif to --format');
    options.sarifCategory = parseCategory(values['sarif-category']);
  }
  return options;
}

function parseOutputs(values: string[]): Partial<Record<Format, string>> {
  const paths: Partial<Record<Format, string>> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    const format = value.slice(0, Math.max(at, 0)).trim().toLowerCase();
    const path = value.slice(at + 1);
    if (at < 0 || path === '') throw new UsageError(`--output: "${value}" is not <format>=<path> (for example json=-, or sarif=results/aks-audit.sarif)`);
    if (!isFormat(format)) throw new UsageError(`--output: "${format}" is not one of ${FORMATS.join(', ')}`);
    if (paths[format] !== undefined) throw new UsageError(`--output: ${format} is given twice`);
    paths[format] = path;
  }
  return paths;
}

function parseFormats(text: string): Format[] {
  const formats = text.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const bad = formats.find((f) => !isFormat(f));
  if (bad !== undefined || formats.length === 0) throw new UsageError(`--format: "${bad ?? text}" is not one of ${FORMATS.join(', ')}`);
  return [...new Set(formats)] as Format[];
}

function isFormat(text: string): text is Format {
  return Object.hasOwn(REPORTERS, text);
}

const CATEGORY = /^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const MAX_CATEGORY = 200;

/**
 * GitHub takes a run's category from `automationDetails.id`: everything before its last `/`.
 * The id written is `<category>/`, so a trailing slash given here is dropped, not doubled (it
 * would make a different category). Segments are kept to characters that survive every shell,
 * YAML file and URL a workflow passes them through.
 */
function parseCategory(text: string): string {
  const category = text.endsWith('/') ? text.slice(0, -1) : text;
  if (category.length > MAX_CATEGORY) throw new UsageError(`--sarif-category: longer than ${MAX_CATEGORY} characters`);
  if (!CATEGORY.test(category)) throw new UsageError(`--sarif-category: "${text}" is not a category: use letters, digits, ".", "_" and "-", in segments separated by single "/" (for example aks-audit/plan)`);
  return category;
}
