import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonReport } from '../helpers/report.ts';
import { runMain, workDir } from './run-main.ts';

const readReport = (dir: string) => readJsonReport(join(dir, 'aks-audit.json'));

describe('snapshot round trip', () => {
  it('--save-snapshot then --snapshot gives the same findings, sources and exit code', async () => {
    const dir = workDir();
    const snapshot = join(dir, 's.json');
    const first = await runMain('scan', '--input', 'fixtures/inputs/estate-psrule-export.json', '--input', 'fixtures/inputs/cluster-public-api-server.json', '--format', 'json', '--out', join(dir, 'a'), '--save-snapshot', snapshot, '--as-of', '2026-11-22', '--quiet');
    const second = await runMain('scan', '--snapshot', snapshot, '--format', 'json', '--out', join(dir, 'b'), '--as-of', '2026-11-22', '--quiet');
    expect(first.stderr).toEqual([]);
    expect(second.stderr).toEqual([]);
    expect(second.code).toBe(first.code);
    const [a, b] = [readReport(join(dir, 'a')), readReport(join(dir, 'b'))];
    expect(a.findings.length).toBeGreaterThan(0);
    expect(b.findings).toEqual(a.findings);
    expect(b.sources).toEqual(a.sources);
    expect(b.unrecognized).toEqual(a.unrecognized);
    expect(b.summary).toEqual(a.summary);
  });
});
