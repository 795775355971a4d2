import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/report.schema.json' with { type: 'json' };
import { ajv } from '../../src/engine/schema-check.ts';
import type { JsonFinding, JsonReport } from '../../src/reporters/json.ts';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';
import { runMain, workDir } from './run-main.ts';

const validate = ajv.compile(schema);
const TERRAFORM = 'test/fixtures/terraform/configurations/waivers';
const MANIFEST = 'test/fixtures/waivers/disk-inspector.yaml';

interface Scan {
  stdout: string[];
  json: JsonReport;
  sarif: Log;
  html: string;
  text: string;
  raw: string;
}

async function scan(...args: string[]): Promise<Scan> {
  const out = join(workDir(), 'reports');
  const run = await runMain('scan', ...args, '--as-of', '2026-12-07', '--out', out, '--fail-on', 'none', '--format', 'json,sarif,html,text');
  expect(run.stderr).toEqual([]);
  const read = (name: string) => readFileSync(join(out, name), 'utf8');
  return { stdout: run.stdout, json: JSON.parse(read('aks-audit.json')) as JsonReport, sarif: JSON.parse(read('aks-audit.sarif')) as Log, html: read('aks-audit.html'), text: read('aks-audit.txt'), raw: read('aks-audit.json') + read('aks-audit.sarif') + read('aks-audit.html') };
}

const finding = (report: JsonReport, ruleId: string, resource: string): JsonFinding => {
  const found = report.findings.find((f) => f.ruleId === ruleId && f.resource === resource);
  if (!found) throw new Error(`no ${ruleId} finding on ${resource}`);
  return found;
};

describe('waivers written in Terraform comments, through a scan', async () => {
  const { stdout, json, sarif, html, text } = await scan('--terraform', TERRAFORM);
  const main = `${TERRAFORM}/main.tf`;

  it('waives the failure, and the expired waiver fails again saying so', () => {
    expect(finding(json, 'aks-api-server-access-restricted', 'azurerm_kubernetes_cluster.payments')).toMatchObject({ status: 'waived', waiver: { owner: 'team-payments', expires: '2027-03-31', ticket: 'SEC-481', declared: { kind: 'terraform', file: main, line: 20 } } });
    expect(finding(json, 'aks-local-accounts-disabled', 'azurerm_kubernetes_cluster.payments')).toMatchObject({ status: 'fail', waiver: { expires: '2026-11-30', expired: true } });
  });

  it('lists every waiver in the JSON report, which the schema accepts', () => {
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const { declared, applied, expired, unused, invalid, expiringSoon } = json.waivers;
    expect({ declared, applied: applied.map((w) => w.rule), expired: expired.map((w) => w.rule), unused: unused.map((w) => [w.rule, w.why]), invalid: invalid.map((w) => w.rule), soon: expiringSoon.map((w) => w.rule) }).toEqual({
      declared: 4,
      applied: ['aks-api-server-access-restricted'],
      expired: ['aks-local-accounts-disabled'],
      unused: [['aks-node-public-ip-disabled', 'its finding passes now: remove the waiver']],
      invalid: ['aks-availability-zones'],
      soon: ['aks-node-public-ip-disabled'],
    });
  });

  it('says it on the terminal and in the text report, naming each waiver to act on and where it is written', () => {
    expect(stdout).toContain('  waivers: 4 declared, 1 failure(s) waived; expired 1, unused 1, invalid 1, expiring within 30 days 1');
    expect(text).toContain(`    its waiver expired on 2026-11-30 (Terraform comment ${main}:29): it no longer waives\n`);
    expect(text).toContain('\nWAIVERS: 4 declared, 1 applied, 1 expired, 1 unused, 1 invalid, 1 expiring within 30 days\n');
    expect(text).toContain(`  invalid: aks-availability-zones on azurerm_kubernetes_cluster_node_pool.spot, owner (none), expires never (Terraform comment ${main}:58): no reason: a waiver says why the risk is accepted\n`);
    expect(text).toContain(`  expiring soon: aks-node-public-ip-disabled on azurerm_kubernetes_cluster_node_pool.batch, owner team-payments, expires 2026-12-31 (Terraform comment ${main}:48)\n`);
  });

  it('writes the waived failure to SARIF as an accepted in-source suppression, and the expired one as a result that says it expired', () => {
    expect([...sarifSchemaErrors(sarif), ...githubIngestionProblems(sarif)]).toEqual([]);
    const results = sarif.runs[0]!.results!;
    const waived = results.find((r) => r.ruleId === 'aks-api-server-access-restricted')!;
    expect(waived.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Callbacks reach the API from partner ranges until the private link lands (owner team-payments; until 2027-03-31; ticket SEC-481)' }]);
    const expired = results.find((r) => r.ruleId === 'aks-local-accounts-disabled')!;
    expect(expired.suppressions).toBeUndefined();
    expect(expired.message.text).toMatch(/ \(its waiver expired on 2026-11-30, so it fails again\)$/);
    expect(results.filter((r) => r.suppressions).length).toBe(json.summary.byStatus.waived);
  });

  it('keeps inline waivers in a saved snapshot, so evaluating it later waives the same failures', async () => {
    const snapshot = join(workDir(), 'estate.snapshot.json');
    await scan('--terraform', TERRAFORM, '--save-snapshot', snapshot);
    const later = await scan('--snapshot', snapshot);
    expect(later.json.waivers).toEqual(json.waivers);
  });

  it('has a Waivers section in the HTML naming each waiver and where it is written', () => {
    const section = /<section id="waivers">[\s\S]*?<\/section>/.exec(html)![0];
    expect(section).toContain('4 declared: 1 applied, 1 expired, 1 unused, 1 invalid');
    expect(section).toContain(`Terraform comment <code>${main}:29</code>`);
    expect(section).toContain('no reason: a waiver says why the risk is accepted');
    expect(html).toContain('<strong>Waiver expired</strong> on 2026-11-30');
  });
});

describe('waivers written as Kubernetes annotations, through a scan', async () => {
  const { json, html, raw, sarif } = await scan('--manifests', MANIFEST);
  const deployment = json.findings.find((f) => f.ruleId === 'k8s-not-privileged')!.resource;

  it('waives the Deployment\'s failure, naming the manifest and the object\'s line', () => {
    expect(deployment).toMatch(/\/namespaces\/storage\/deployments\/disk-inspector$/);
    expect(finding(json, 'k8s-not-privileged', deployment)).toMatchObject({ status: 'waived', waiver: { owner: 'storage-team', expires: '2027-02-28', ticket: 'STOR-77', declared: { kind: 'kubernetes', file: MANIFEST, line: 1 } } });
    expect(finding(json, 'k8s-host-path-mounts', deployment)).toMatchObject({ status: 'waived', waiver: { reason: 'Mounts /dev to find the disks', owner: null, expires: null } });
    expect(json.waivers.invalid).toEqual([expect.objectContaining({ rule: 'k8s-run-as-non-root', problem: 'no reason: a waiver says why the risk is accepted', declared: { kind: 'kubernetes', file: MANIFEST, line: 1 } })]);
    expect(sarif.runs[0]!.results!.find((r) => r.ruleId === 'k8s-not-privileged')!.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', status: 'accepted' })]);
  });

  it('copies no other annotation\'s value into any report', () => {
    expect(raw).not.toContain('LICENSE-8f14e45fceea167a5a36dedd4bea2543');
  });

  it('escapes the waiver\'s text in the HTML', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
