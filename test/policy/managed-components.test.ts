import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../src/engine/schema-check.ts';
import { runMain, workDir } from '../cli/run-main.ts';
import { readJsonReport } from '../helpers/report.ts';

/** kube-system of a real AKS cluster (CSI drivers, kube-proxy, Container insights, CoreDNS, konnectivity) and a user's fluent-bit in it. */
const KUBE_SYSTEM = fileURLToPath(new URL('../fixtures/kube-system/aks-kube-system.yaml', import.meta.url));

async function scan(...flags: string[]) {
  const out = join(workDir(), 'reports');
  const run = await runMain('scan', '--manifests', KUBE_SYSTEM, '--format', 'json,html,text', '--out', out, '--fail-on', 'critical', ...flags);
  const read = (file: string) => readFileSync(join(out, file), 'utf8');
  return { run, report: readJsonReport(join(out, 'aks-audit.json')), html: read('aks-audit.html'), text: read('aks-audit.txt') };
}

const verdicts = (report: Awaited<ReturnType<typeof scan>>['report'], ruleId: string) =>
  Object.fromEntries(report.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.resource.name, f.status]));

describe('components AKS manages, on a kube-system dump', () => {
  it('sets their failures apart as not-applicable with the reason; a user\'s workload in kube-system is judged', async () => {
    const { run, report } = await scan();
    expect(verdicts(report, 'k8s-not-privileged')).toEqual({
      'kube-system/csi-azuredisk-node': 'not-applicable',
      'kube-system/kube-proxy': 'not-applicable',
      'kube-system/ama-logs': 'not-applicable',
      'kube-system/coredns': 'pass',
      'kube-system/konnectivity-agent': 'pass',
      'kube-system/ama-logs-rs-7d8c5b9f6-x2x7k': 'not-applicable',
      'kube-system/fluent-bit': 'fail',
    });
    const csi = report.findings.find((f) => f.ruleId === 'k8s-not-privileged' && f.resource.name === 'kube-system/csi-azuredisk-node')!;
    expect(csi).toMatchObject({ setApart: true, message: expect.stringMatching(/^Set apart, managed by AKS: label kubernetes\.azure\.com\/managedby=aks\. DaemonSet kube-system\/csi-azuredisk-node .*privileged/) });
    expect(csi.evidence.length).toBeGreaterThan(0);
    const reasons = Object.fromEntries(report.resources.filter((r) => r.managedBy).map((r) => [r.name, r.managedBy]));
    expect(reasons).toEqual({
      'kube-system/csi-azuredisk-node': 'managed by AKS: label kubernetes.azure.com/managedby=aks',
      'kube-system/kube-proxy': 'managed by the AKS add-on manager: label addonmanager.kubernetes.io/mode=Reconcile',
      'kube-system/ama-logs': 'an AKS system component: kube-system DaemonSet ama-logs',
      'kube-system/coredns': 'managed by the AKS add-on manager: label addonmanager.kubernetes.io/mode=Reconcile',
      'kube-system/konnectivity-agent': 'managed by AKS: label kubernetes.azure.com/managedby=aks',
      'kube-system/ama-logs-rs-7d8c5b9f6-x2x7k': 'an AKS system component: kube-system Deployment ama-logs-rs',
    });
    const apart = report.findings.filter((f) => f.setApart);
    expect(apart.every((f) => f.status === 'not-applicable' && f.resource.managedBy !== undefined)).toBe(true);
    expect(report.managed).toEqual({ mode: 'apart', findings: apart.length, resources: 6 });
    expect(report.findings.some((f) => f.resource.managedBy && (f.status === 'fail' || f.status === 'unknown'))).toBe(false);
    // Only fluent-bit's critical failure gates the scan.
    expect(report.findings.filter((f) => f.status === 'fail' && f.severity === 'critical').map((f) => f.resource.name)).toEqual(['kube-system/fluent-bit']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`  set apart: ${apart.length} fail/unknown finding(s) on 6 AKS-managed resource(s) (not-applicable; managedComponents: judge to judge them)`);
  });

  it('writes a JSON report the published schema accepts, with managedBy, setApart, managed and config', async () => {
    const out = join(workDir(), 'reports');
    await runMain('scan', '--manifests', KUBE_SYSTEM, '--format', 'json', '--out', out, '--quiet');
    const report = JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as Record<string, unknown>;
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ schemaVersion: 4, config: { file: null, extends: 'all' }, managed: { mode: 'apart', resources: 6 } });
  });

  it('counts them in the HTML coverage section and the text report', async () => {
    const { report, html, text } = await scan();
    expect(text).toContain(`set apart: ${report.managed.findings} fail/unknown finding(s) on 6 AKS-managed resource(s), not applicable`);
    expect(html).toContain('<h3>AKS-managed components</h3>');
    expect(html).toContain(`${report.managed.findings} failing or unknown findings on 6 AKS-managed resources set apart as not applicable`);
  });

  it('judges them as any other with managedComponents: judge', async () => {
    const config = join(workDir(), 'aks-audit.yaml');
    writeFileSync(config, 'managedComponents: judge\n');
    const { report, html, text, run } = await scan('--config', config);
    expect(verdicts(report, 'k8s-not-privileged')).toMatchObject({ 'kube-system/csi-azuredisk-node': 'fail', 'kube-system/kube-proxy': 'fail', 'kube-system/ama-logs': 'fail', 'kube-system/fluent-bit': 'fail' });
    expect(report.findings.some((f) => f.setApart)).toBe(false);
    expect(report.managed).toEqual({ mode: 'judge', findings: 0, resources: 6 });
    expect(report.config).toEqual({ file: config, extends: 'all' });
    expect(html).toContain('6 AKS-managed resources judged as any other');
    expect(run.stdout).toContain(`  config: ${config} (extends all)`);
    expect(text).toContain(`config: ${config} (extends all)`);
    expect(text).not.toContain('set apart');
  });

  it('waives through the config file: its waivers reach the scan with their file and line', async () => {
    const config = join(workDir(), 'aks-audit.yaml');
    writeFileSync(config, `waivers:
  entries:
    - rule: k8s-not-privileged
      resource: "**/namespaces/kube-system/daemonsets/fluent-bit"
      reason: ships node logs; moves to Container insights
      owner: platform-team
      expires: 2027-01-31
    - rule: k8s-not-privileged
      resource: "**/daemonsets/csi-azuredisk-node"
      reason: AKS's own
      owner: platform-team
      expires: 2027-01-31
`);
    const { report, run } = await scan('--config', config, '--as-of', '2026-11-22');
    const fluentBit = report.findings.find((f) => f.ruleId === 'k8s-not-privileged' && f.resource.name === 'kube-system/fluent-bit')!;
    expect(fluentBit).toMatchObject({ status: 'waived', waiver: { owner: 'platform-team', expires: '2027-01-31', declared: { kind: 'config', file: config, line: 3 } } });
    // Set apart already, AKS's DaemonSet has no failure to waive.
    expect(report.waivers.unused.map((w) => w.resource)).toEqual(['**/daemonsets/csi-azuredisk-node']);
    expect(run.code).toBe(0);
  });
});
