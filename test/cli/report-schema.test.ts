import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../src/engine/schema-check.ts';
import { runMain, workDir } from './run-main.ts';

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
  it('accepts the JSON report of a real scan of every input shape and a partial source', async () => {
    const paged = join(workDir(), 'page.json');
    const page = JSON.parse(readFileSync('fixtures/inputs/cluster-list.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(paged, JSON.stringify({ ...page, nextLink: 'https://management.azure.com/next' }));
    const report = await reportOf('fixtures/inputs', paged);
    expect(validate(report), problems().join('\n')).toBe(true);
    expect((report.findings as unknown[]).length).toBeGreaterThan(0);
  });

  it('is strict: an unknown field is refused', async () => {
    const report = await reportOf('fixtures/inputs/cluster-resource.json');
    expect(validate({ ...report, extra: true })).toBe(false);
    const findings = report.findings as Record<string, unknown>[];
    expect(validate({ ...report, findings: [{ ...findings[0], verdict: 'ok' }] })).toBe(false);
  });
});
