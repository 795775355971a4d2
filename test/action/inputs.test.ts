import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.ts';
import { UsageError } from '../../src/engine/errors.ts';

const env = (inputs: Record<string, string>) => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe("the Action's inputs", () => {
  it('become the scan arguments: one path per line, subscriptions by commas or spaces', () => {
    const inputs = readInputs(env({ terraform: 'infra\n\n  stacks/prod  \n', manifests: 'k8s=aks-prod', subscriptions: '1b2c3d4e-0000-4000-8000-000000000001, 1b2c3d4e-0000-4000-8000-000000000002', 'fail-on': 'medium' }));
    expect(inputs.argv).toEqual([
      '--terraform', 'infra', '--terraform', 'stacks/prod', '--manifests', 'k8s=aks-prod',
      '--subscription', '1b2c3d4e-0000-4000-8000-000000000001', '--subscription', '1b2c3d4e-0000-4000-8000-000000000002',
      '--fail-on', 'medium', '--format', 'sarif,json,html', '--out', 'aks-audit-results', '--sarif-category', 'aks-audit/terraform-kubernetes-azure',
    ]);
  });

  it('default the SARIF category per source kind, so each kind of scan keeps its own code-scanning alerts', () => {
    expect(readInputs(env({ terraform: 'infra' })).category).toBe('aks-audit/terraform');
    expect(readInputs(env({ manifests: 'k8s' })).category).toBe('aks-audit/kubernetes');
    expect(readInputs(env({ 'all-subscriptions': 'true' })).category).toBe('aks-audit/azure');
    expect(readInputs(env({ input: 'exports' })).category).toBe('aks-audit/azure');
    expect(readInputs(env({ terraform: 'infra', 'sarif-category': 'aks-audit/prod-plan' })).category).toBe('aks-audit/prod-plan');
    expect(readInputs(env({ terraform: 'infra', formats: 'json' })).argv).not.toContain('--sarif-category');
  });

  it('gate on new failures only when the baseline exists; a missing one is noted and every failure counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aks-audit-inputs-'));
    const baseline = join(dir, 'aks-audit.json');
    writeFileSync(baseline, '{}');
    expect(readInputs(env({ terraform: 'infra', baseline })).argv).toEqual(expect.arrayContaining(['--baseline', baseline, '--fail-on-new']));
    expect(readInputs(env({ terraform: 'infra', baseline, 'fail-on-new': 'false' })).argv).not.toContain('--fail-on-new');
    const missing = readInputs(env({ terraform: 'infra', baseline: join(dir, 'none.json') }));
    expect(missing.argv).not.toContain('--baseline');
    expect(missing.argv).not.toContain('--fail-on-new');
    expect(missing.missingBaseline).toBe(join(dir, 'none.json'));
  });

  it('refuse what cannot work, naming the input', () => {
    expect(() => readInputs(env({}))).toThrow(new UsageError('nothing to scan: set at least one of the inputs terraform, manifests, input, subscriptions or all-subscriptions'));
    expect(() => readInputs(env({ terraform: 'infra', comment: 'yes' }))).toThrow(new UsageError('input comment: "yes" is not true or false'));
    expect(() => readInputs(env({ terraform: 'infra', 'output-dir': '-' }))).toThrow(/output-dir: "-" \(standard output\) is not a folder/);
    expect(() => readInputs(env({ terraform: 'infra', comment: 'true' }))).toThrow(/comment: true needs a token/);
    expect(() => readInputs(env({ terraform: 'infra', 'fail-on-new': 'true' }))).toThrow(/fail-on-new: true counts the failures a baseline does not have/);
  });

  it('pass the config file on to the scan', () => {
    expect(readInputs(env({ terraform: 'infra', config: 'policy/aks-audit.yaml' })).argv).toEqual(expect.arrayContaining(['--config', 'policy/aks-audit.yaml']));
  });
});
