import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../src/engine/schema-check.ts';
import { runMain, workDir } from './run-main.ts';

const validate = ajv.compile(schema);

/** The JSON report of a real scan of `inputs` (ARM files, unless the arguments start with an option). */
async function reportOf(...inputs: string[]): Promise<Record<string, unknown>> {
  const out = join(workDir(), 'reports');
  const args = inputs[0]?.startsWith('--') ? inputs : inputs.flatMap((i) => ['--input', i]);
  const run = await runMain('scan', ...args, '--format', 'json', '--out', out, '--quiet', '--fail-on', 'none');
  expect(run.stderr).toEqual([]);
  return JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as Record<string, unknown>;
}

const problems = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

describe('schemas/report.schema.json', () => {
  it('accepts the JSON report of a real scan of every input shape and a partial source', async () => {
    const paged = join(workDir(), 'page.json');
    const page = JSON.parse(readFileSync('fixtures/inputs/cluster-list.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(paged, JSON.stringify({ ...page, nextLink: 'https://management.azure.com/next' }));
    const report = await reportOf('fixtures/inputs', paged);
    expect(validate(report), problems().join('\n')).toBe(true);
    expect((report.findings as unknown[]).length).toBeGreaterThan(0);
  });

  it('accepts the JSON report of a Terraform configuration and a plan (addresses, provider configurations, provider defaults)', async () => {
    for (const path of ['fixtures/pr-repo/infra', 'fixtures/same-estate/plan-v5.json']) {
      expect(validate(await reportOf('--terraform', path)), `${path}: ${problems().join('\n')}`).toBe(true);
    }
  });

  it('is strict: an unknown field is refused', async () => {
    const report = await reportOf('fixtures/inputs/cluster-resource.json');
    expect(validate({ ...report, extra: true })).toBe(false);
    const findings = report.findings as Record<string, unknown>[];
    expect(validate({ ...report, findings: [{ ...findings[0], verdict: 'ok' }] })).toBe(false);
  });
});
