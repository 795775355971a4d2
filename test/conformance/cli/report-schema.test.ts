import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../../src/engine/schema-check.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { CONFORMANCE } from '../inputs.ts';

const validate = ajv.compile(schema);

/** The JSON report of a real scan of `inputs`. */
async function reportOf(...inputs: string[]): Promise<Record<string, unknown>> {
  const out = join(workDir(), 'reports');
  const run = await runMain('scan', ...inputs.flatMap((i) => ['--input', i]), '--format', 'json', '--out', out, '--quiet', '--fail-on', 'none');
  expect(run.stderr).toEqual([]);
  return JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as Record<string, unknown>;
}

const problems = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

describe('schemas/report.schema.json', () => {
  it('accepts the report of the PSRule for Azure test data', async () => {
    expect(validate(await reportOf(`${CONFORMANCE}/psrule/`)), problems().join('\n')).toBe(true);
  });
});
