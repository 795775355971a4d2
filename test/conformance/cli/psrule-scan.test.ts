import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonReport } from '../../helpers/report.ts';
import { CONFORMANCE } from '../inputs.ts';
import { runMain, workDir } from '../../cli/run-main.ts';

describe('scanning the PSRule for Azure test data', () => {
  it('completes without an input or rule error', async () => {
    const out = join(workDir(), 'reports');
    const run = await runMain('scan', '--input', `${CONFORMANCE}/psrule/`, '--format', 'json', '--out', out, '--quiet');
    expect(run.stderr).toEqual([]);
    expect([0, 1]).toContain(run.code);
    const report = readJsonReport(join(out, 'aks-audit.json'));
    expect(report.crashes).toEqual([]);
    expect(report.sources).toHaveLength(9);
    expect(report.sources.every((s) => s.status === 'ok')).toBe(true);
    expect(new Set(report.findings.filter((f) => f.resource.type === 'microsoft.containerservice/managedclusters').map((f) => f.resource.id.toLowerCase())).size).toBe(11);
  });
});
