import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { loadFrameworks } from '../../src/engine/framework.ts';
import type { FrameworkPosture } from '../../src/engine/report.ts';
import { ajv } from '../../src/engine/schema-check.ts';
import { runMain, workDir } from './run-main.ts';

const validate = ajv.compile(schema);
const frameworks = loadFrameworks(loadCatalogue());
const DEMO = ['--input', 'fixtures/demo', '--manifests', 'fixtures/demo/kubernetes/aks-saas-prod-weu=aks-saas-prod-weu'];

interface Report {
  rules: { id: string }[];
  findings: { ruleId: string }[];
  config: { extends: string };
  frameworks?: FrameworkPosture[];
}

async function scan(...args: string[]): Promise<Report> {
  const out = workDir();
  const run = await runMain('scan', ...args, '--format', 'json', '--out', out, '--quiet', '--fail-on', 'none', '--as-of', '2026-11-22');
  expect(run.stderr).toEqual([]);
  const report = JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as Report;
  expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  return report;
}

describe('aks-audit scan --framework', () => {
  it('runs only the framework\'s rules and reports its posture alone, every control listed', async () => {
    const report = await scan(...DEMO, '--no-config', '--framework', 'CIS-AKS');
    const cis = frameworks.get('cis-aks')!;
    expect(report.rules.map((r) => r.id).every((id) => cis.rules.has(id))).toBe(true);
    expect(new Set(report.findings.map((f) => f.ruleId)).size).toBeGreaterThan(10);
    expect(report.frameworks!.map((f) => f.id)).toEqual(['cis-aks']);
    const [posture] = report.frameworks!;
    expect(posture!.controls.map((c) => c.id)).toEqual(cis.controls.map((c) => c.id));
    expect(posture!.controls.find((c) => c.id === '3.2.1')).toMatchObject({ status: 'manual', automated: true, rules: [], reason: expect.stringContaining('assess it by hand') });
  });

  it('without it, reports every framework; a config extending one reports that one', async () => {
    expect((await scan(...DEMO, '--no-config')).frameworks!.map((f) => f.id)).toEqual(['cis-aks', 'mcsb', 'aks-platform-baseline']);
    const config = join(workDir(), 'aks-audit.yaml');
    writeFileSync(config, 'extends: mcsb\n');
    const report = await scan(...DEMO, '--config', config);
    expect(report.config.extends).toBe('mcsb');
    expect(report.frameworks!.map((f) => f.id)).toEqual(['mcsb']);
    expect(report.rules.map((r) => r.id).sort()).toEqual([...frameworks.get('mcsb')!.rules].sort());
  });

  it('refuses a framework it has not, in one line, exit 2, before reading anything', async () => {
    const out = workDir();
    const run = await runMain('scan', ...DEMO, '--framework', 'pci', '--out', out);
    expect(run).toEqual({ code: 2, stdout: [], stderr: ['aks-audit: --framework: "pci" is not one of cis-aks, mcsb, aks-platform-baseline'] });
  });
});
