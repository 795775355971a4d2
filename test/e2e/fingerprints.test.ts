import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/reporters/json.ts';
import { runMain, workDir } from '../cli/run-main.ts';

/**
 * Fingerprints over whole scans: one per finding across the demo estate, and the same for an
 * ARM export and a Terraform plan of the same estate once applied, where both name a resource by
 * its ARM id (azurerm spells ids in its own case).
 */
async function scan(...args: string[]): Promise<JsonReport> {
  const out = workDir();
  const run = await runMain('scan', ...args, '--out', out, '--format', 'json', '--fail-on', 'none', '--as-of', '2026-11-22', '--quiet');
  expect(run.stderr).toEqual([]);
  return JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as JsonReport;
}

describe('fingerprints over whole scans', () => {
  it('no two findings of the demo estate share one', async () => {
    const demo = 'fixtures/demo';
    const manifests = ['aks-saas-prod-weu', 'aks-saas-stg-weu'].flatMap((cluster) => ['--manifests', `${demo}/kubernetes/${cluster}=${cluster}`]);
    const report = await scan('--input', demo, ...manifests);
    expect(report.findings.length).toBeGreaterThan(400);
    const seen = new Map<string, string>();
    for (const f of report.findings) {
      const key = `${f.ruleId} ${f.resource} ${f.part ?? ''} ${f.parent?.id ?? ''}`;
      expect(seen.get(f.fingerprint), key).toBeUndefined();
      seen.set(f.fingerprint, key);
    }
  });

  it('an ARM export and the plan of the same estate after apply give the same fingerprints', async () => {
    const arm = await scan('--input', 'fixtures/same-estate/arm');
    // fixtures/same-estate/plan-v4.json is a first apply; once applied, each resource has its
    // ARM id (here lower-cased, as azurerm may spell it) and the plan changes nothing.
    const idByName = new Map(arm.resources.map((r) => [r.name.toLowerCase(), r.id.toLowerCase()]));
    const plan = JSON.parse(readFileSync('fixtures/same-estate/plan-v4.json', 'utf8')) as { resource_changes: { change: { actions: string[]; before: unknown; after: Record<string, unknown>; after_unknown?: Record<string, unknown> } }[]; planned_values: { root_module: { resources: { values: Record<string, unknown> }[] } } };
    for (const { change } of plan.resource_changes) {
      const id = idByName.get(String(change.after.name).toLowerCase());
      if (id === undefined) continue;
      change.after.id = id;
      change.actions = ['no-op'];
      change.before = change.after;
      delete change.after_unknown?.id;
    }
    for (const { values } of plan.planned_values.root_module.resources) {
      const id = idByName.get(String(values.name).toLowerCase());
      if (id !== undefined) values.id = id;
    }
    const applied = join(workDir(), 'applied.json');
    writeFileSync(applied, JSON.stringify(plan));
    const planned = await scan('--terraform', applied);

    const shared = new Set(planned.resources.map((r) => r.id.toLowerCase()));
    const armFindings = arm.findings.filter((f) => shared.has(f.resource.toLowerCase()));
    expect(armFindings.length).toBeGreaterThan(50);
    const planFingerprints = new Set(planned.findings.map((f) => f.fingerprint));
    expect(armFindings.filter((f) => !planFingerprints.has(f.fingerprint)).map((f) => `${f.ruleId} ${f.resource} ${f.part ?? ''}`)).toEqual([]);
  });
});
