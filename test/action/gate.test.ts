import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAD_SHA, runStep, type StepRun } from '../helpers/action-runner.ts';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';

/**
 * The Action gating a pull request on fixtures/pr-repo, run as GitHub runs it. The default branch
 * already carries debt (a public ingress pool, an SSH rule open to the Internet, ...); its scan is
 * the baseline. The pull request adds a node pool with public node IPs: the step fails with an
 * error annotation on that line, a job summary and a SARIF result, while the same gate over the
 * unchanged repository passes.
 */
const EDGE_POOL = `
resource "azurerm_kubernetes_cluster_node_pool" "edge" {
  name                    = "edge"
  kubernetes_cluster_id   = module.aks.cluster_id
  mode                    = "User"
  vm_size                 = "Standard_D4ds_v5"
  node_count              = 2
  vnet_subnet_id          = azurerm_subnet.nodes.id
  orchestrator_version    = var.kubernetes_version
  os_sku                  = "AzureLinux"
  zones                   = ["1", "2", "3"]
  host_encryption_enabled = true
  node_public_ip_enabled  = true
}
`;

/** The line of the last (or first) line of `file` matching `pattern`: the pool the change adds is at the end. */
const lineOf = (file: string, pattern: RegExp) => readFileSync(file, 'utf8').split('\n').findLastIndex((l) => pattern.test(l)) + 1;
const firstLineOf = (file: string, pattern: RegExp) => readFileSync(file, 'utf8').split('\n').findIndex((l) => pattern.test(l)) + 1;

let unchanged: string;
let changed: string;
let pass: StepRun;
let gate: StepRun;
let manifests: StepRun;

beforeAll(async () => {
  const checkout = () => {
    const workspace = mkdtempSync(join(tmpdir(), 'aks-audit-pr-'));
    cpSync('fixtures/pr-repo', workspace, { recursive: true });
    return workspace;
  };
  unchanged = checkout();
  changed = checkout();
  // The default branch's run: a JSON report of its debt, recorded and never failing.
  const base = await runStep(unchanged, { inputs: { terraform: 'infra', formats: 'json', 'output-dir': 'baseline', 'fail-on': 'none' }, event: {} });
  expect(base.code, base.stdout).toBe(0);
  cpSync(join(unchanged, 'baseline'), join(changed, 'baseline'), { recursive: true });
  appendFileSync(join(changed, 'infra/aks.tf'), EDGE_POOL);
  const inputs = { terraform: 'infra', baseline: 'baseline/aks-audit.json' };
  [pass, gate, manifests] = await Promise.all([runStep(unchanged, { inputs }), runStep(changed, { inputs }), runStep(unchanged, { inputs: { manifests: 'k8s', 'output-dir': 'k8s-results' } })]);
}, 120_000);

describe('the Action on a pull request that adds a public node pool', () => {
  it('fails the step, saying how many new failures at or above the threshold', () => {
    expect(gate.code, gate.stdout).toBe(1);
    const errors = gate.commands.filter((c) => c.name === 'error' && !c.properties['file']);
    expect(errors.map((c) => c.message)).toEqual([expect.stringMatching(/^aks-audit: \d+ new failure\(s\) at or above high/)]);
    expect(gate.outputs['gate-failed']).toBe('true');
  });

  it('puts an error annotation on the line that makes the pool public', () => {
    const publicIp = gate.commands.find((c) => c.name === 'error' && c.properties['title']?.includes('aks-node-public-ip-disabled'));
    expect(publicIp?.properties).toMatchObject({ file: 'infra/aks.tf', line: String(lineOf(join(changed, 'infra/aks.tf'), /node_public_ip_enabled\s*=\s*true/)) });
    expect(publicIp?.message).toMatch(/^Node pool edge of cluster aks-platform-prod-weu gives every node a public IP address/);
  });

  it('annotates only the new pool as errors; the debt the branch already had is warnings', () => {
    const file = join(changed, 'infra/aks.tf');
    const errors = gate.commands.filter((c) => c.name === 'error' && c.properties['file']);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect({ file: e.properties['file'], after: Number(e.properties['line']) >= lineOf(file, /"edge"/) }).toEqual({ file: 'infra/aks.tf', after: true });
    const ingress = gate.commands.find((c) => c.properties['title'] === 'aks-audit: aks-node-public-ip-disabled (high)');
    expect(ingress).toMatchObject({ name: 'warning', properties: { line: String(firstLineOf(file, /node_public_ip_enabled\s*=\s*true/)) } });
    expect(gate.commands.filter((c) => c.name === 'warning').length).toBe(10);
  });

  it('writes a job summary: the verdict, counts against the baseline, and the new failure linked to its line at the head commit', () => {
    const line = lineOf(join(changed, 'infra/aks.tf'), /node_public_ip_enabled\s*=\s*true/);
    expect(gate.summary).toMatch(/^## ❌ aks-audit: failed, \d+ new failure\(s\) at or above high/);
    expect(gate.summary).toMatch(new RegExp(`Against the baseline baseline/aks-audit\\.json: \\*\\*${gate.outputs['new']} new\\*\\*, ${gate.outputs['existing']} existing, 0 fixed`));
    expect(gate.summary).toContain(`| high **new** | aks-node-public-ip-disabled | edge | [infra/aks.tf:${line}](https://github.com/contoso/platform-infra/blob/${HEAD_SHA}/infra/aks.tf#L${line}) |`);
    expect(Buffer.byteLength(gate.summary)).toBeLessThan(1024 * 1024);
  });

  it('sets the outputs: counts, new against the baseline, report paths', () => {
    const report = JSON.parse(readFileSync(join(changed, gate.outputs['json-file']!), 'utf8')) as { summary: { byStatus: Record<string, number> } };
    expect(gate.outputs).toMatchObject({ fail: String(report.summary.byStatus['fail']), 'sarif-file': 'aks-audit-results/aks-audit.sarif', 'html-file': 'aks-audit-results/aks-audit.html', 'text-file': '', 'sarif-category': 'aks-audit/terraform', 'exit-code': '1', fixed: '0' });
    expect(Number(gate.outputs['new'])).toBeGreaterThan(0);
    expect(Number(gate.outputs['new']) + Number(gate.outputs['existing'])).toBe(report.summary.byStatus['fail']);
  });

  it('writes SARIF GitHub accepts, in the terraform category, with the new failure at its line', () => {
    const log = JSON.parse(readFileSync(join(changed, gate.outputs['sarif-file']!), 'utf8')) as Log;
    expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
    expect(log.runs[0]!.automationDetails?.id).toBe('aks-audit/terraform/');
    const lines = log.runs[0]!.results!.filter((r) => r.ruleId === 'aks-node-public-ip-disabled').map((r) => r.locations![0]!.physicalLocation);
    expect(lines).toContainEqual(expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'infra/aks.tf' }), region: expect.objectContaining({ startLine: lineOf(join(changed, 'infra/aks.tf'), /node_public_ip_enabled\s*=\s*true/) }) }));
  });

  it('keeps the log of the scan out of the runner: a line of it is never a command', () => {
    expect(gate.log.some((l) => l.includes('aks-node-public-ip-disabled  edge  [new]  infra/aks.tf:'))).toBe(true);
    expect(gate.commands.every((c) => ['error', 'warning', 'notice'].includes(c.name))).toBe(true);
  });
});

describe('the Action on the unchanged repository, against its own baseline', () => {
  it('passes: the debt the default branch already has does not fail the pull request', () => {
    expect(pass.code, pass.stdout).toBe(0);
    expect(pass.commands.filter((c) => c.name === 'error')).toEqual([]);
    expect(pass.outputs).toMatchObject({ 'gate-failed': 'false', 'exit-code': '0', new: '0', fixed: '0' });
    expect(Number(pass.outputs['fail'])).toBeGreaterThan(20);
    expect(pass.summary).toMatch(/^## ✅ aks-audit: passed, no new failure at or above high/);
  });

  it('still shows the debt as warnings on its lines', () => {
    const publicIp = pass.commands.find((c) => c.name === 'warning' && c.properties['title'] === 'aks-audit: aks-node-public-ip-disabled (high)');
    expect(publicIp?.properties).toMatchObject({ file: 'infra/aks.tf', line: String(firstLineOf(join(unchanged, 'infra/aks.tf'), /node_public_ip_enabled\s*=\s*true/)) });
  });
});

describe('the Action on the manifests of the pull request, without a baseline', () => {
  it('fails on every failure at or above high, annotated on the manifests, in the kubernetes category', () => {
    expect(manifests.code, manifests.stdout).toBe(1);
    const errors = manifests.commands.filter((c) => c.name === 'error' && c.properties['file']);
    // Every failure at or above high has a line in a manifest; 9 is the most, beside the step's own error.
    expect(errors.length).toBe(Math.min(9, Number(manifests.outputs['critical']) + Number(manifests.outputs['high'])));
    expect(new Set(errors.map((c) => c.properties['file']))).toContain('k8s/deployment-node-debugger.yaml');
    expect(errors.find((c) => c.properties['title'] === 'aks-audit: k8s-not-privileged (critical)')?.properties['file']).toBe('k8s/deployment-node-debugger.yaml');
    expect(manifests.outputs).toMatchObject({ 'sarif-category': 'aks-audit/kubernetes', 'sarif-file': 'k8s-results/aks-audit.sarif', new: '', fixed: '' });
    expect(manifests.summary).toMatch(/^## ❌ aks-audit: failed, \d+ failure\(s\) at or above high/);
    const log = JSON.parse(readFileSync(join(unchanged, 'k8s-results/aks-audit.sarif'), 'utf8')) as Log;
    expect(log.runs[0]!.automationDetails?.id).toBe('aks-audit/kubernetes/');
  });
});

describe('the committed bundle (dist/action, what action.yml runs)', () => {
  it('gates the pull request as the sources do: the same exit code, annotations and outputs', async () => {
    const bundled = await runStep(changed, { inputs: { terraform: 'infra', baseline: 'baseline/aks-audit.json', 'output-dir': 'bundle-results' }, entry: join(process.cwd(), 'dist/action/index.js') });
    const annotations = (run: StepRun) => run.commands.filter((c) => c.name === 'error' || c.name === 'warning').map((c) => [c.name, c.properties['file'], c.properties['line'], c.message]);
    expect(bundled.code).toBe(gate.code);
    expect(annotations(bundled)).toEqual(annotations(gate));
    for (const output of ['gate-failed', 'new', 'fail', 'high']) expect(bundled.outputs[output], output).toBe(gate.outputs[output]);
    expect(bundled.outputs['gate-failed']).toBe('true');
  }, 60_000);
});
