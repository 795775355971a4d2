import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { YamlFile } from './yaml-file.ts';

/** One ajv instance for the whole process: compiling schemas is the expensive part. */
export const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);

/** A list of problems in a user-written file, each one line naming the file, the path and the line. */
export class FileErrors extends Error {
  override name = 'FileErrors';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** Every schema violation in `file`, as one-line messages (`rules.yaml: rules.x.severity (line 7): must be one of …`). */
export function schemaProblems(file: YamlFile, validate: ValidateFunction, value: unknown = file.value, base: (string | number)[] = []): string[] {
  if (validate(value)) return [];
  return alternativesJoined(validate.errors ?? []).filter(notNoise).map((e) => describe(file, e, base));
}

/**
 * An `anyOf` whose branches each require a field ("rules or categories") fails with one
 * `required` error per branch, which read as if all were needed: they become one, naming them all.
 */
function alternativesJoined(errors: ErrorObject[]): ErrorObject[] {
  const out = [...errors];
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = out.filter((e) => e.schemaPath.startsWith(`${anyOf.schemaPath}/`));
    if (!branches.length || branches.some((e) => e.keyword !== 'required')) continue;
    const fields = branches.map((e) => `"${String(e.params.missingProperty)}"`);
    out.splice(out.indexOf(branches[0]!), 1, { ...anyOf, keyword: 'required', message: `needs one of ${fields.join(', ')}` });
    for (const branch of branches.slice(1)) out.splice(out.indexOf(branch), 1);
  }
  return out;
}

export function describe(file: YamlFile, error: ErrorObject, base: (string | number)[]): string {
  const path = [...base, ...error.instancePath.split('/').slice(1).map(unescape)];
  if (error.keyword === 'additionalProperties') path.push(String(error.params.additionalProperty));
  const line = file.lineOf(path);
  const where = path.length ? path.join('.') : '(top level)';
  return `${file.file}: ${where}${line ? ` (line ${line})` : ''}: ${messageOf(error)}`;
}

function messageOf(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return 'unknown field';
    case 'enum':
      return `must be one of ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'required':
      return e.params.missingProperty === undefined ? (e.message ?? 'is incomplete') : `missing required field "${String(e.params.missingProperty)}"`;
    case 'minProperties':
    case 'minLength':
      return e.params.limit === 1 ? 'must not be empty' : (e.message ?? 'is too short');
    case 'format':
      return e.params.format === 'date' ? 'must be a date, YYYY-MM-DD' : (e.message ?? 'is invalid');
    default:
      return e.message ?? 'is invalid';
  }
}

/** `if`/`then` and `anyOf` wrappers repeat what their branches already said. */
function notNoise(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf';
}

function unescape(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
