import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/finding.ts';
import { fingerprintOf } from '../../src/engine/fingerprint.ts';
import type { RecordedFinding, ScanReport } from '../../src/engine/report.ts';
import type { Severity } from '../../src/engine/severity.ts';
import { applyBaseline, compareFindings, type RecordedReport } from '../../src/policy/baseline.ts';

const AKS = '/subscriptions/5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/';

function finding(ruleId: string, cluster: string, status: Status, severity: Severity = 'high', message = `${ruleId} on ${cluster}`): RecordedFinding {
  return { fingerprint: fingerprintOf(ruleId, AKS + cluster), ruleId, status, severity, resource: { id: AKS + cluster, name: cluster }, message };
}

const before = [
  finding('aks-local-accounts-disabled', 'aks-prod', 'fail'),
  finding('aks-api-server-access-restricted', 'aks-prod', 'fail', 'high'),
  finding('aks-azure-policy-addon-enabled', 'aks-prod', 'fail'),
  finding('aks-kms-secrets-encryption-enabled', 'aks-prod', 'fail'),
  finding('aks-uptime-sla-enabled', 'aks-prod', 'pass'),
  finding('aks-entra-id-integration', 'aks-old', 'fail'),
  finding('aks-managed-identity', 'aks-prod', 'fail'),
];
const after = [
  // Reworded and listed in another order: the same failure.
  finding('aks-managed-identity', 'aks-prod', 'fail', 'high', 'Cluster aks-prod runs on a service principal'),
  finding('aks-api-server-access-restricted', 'aks-prod', 'fail', 'critical'),
  finding('aks-local-accounts-disabled', 'aks-prod', 'pass'),
  finding('aks-azure-policy-addon-enabled', 'aks-prod', 'unknown'),
  finding('aks-kms-secrets-encryption-enabled', 'aks-prod', 'waived'),
  finding('aks-uptime-sla-enabled', 'aks-prod', 'fail'),
  // aks-old renamed aks-legacy: its failure is new, the old one fixed.
  finding('aks-entra-id-integration', 'aks-legacy', 'fail'),
];

describe('compareFindings', () => {
  const changes = compareFindings(before, after);
  const ids = (list: { ruleId: string; resource: { name: string } }[]) => list.map((f) => `${f.ruleId} ${f.resource.name}`).sort();

  it('calls a failure new when the other side did not fail it, whatever it was', () => {
    expect(changes.new.map(({ finding: f, was }) => [f.ruleId, f.resource.name, was])).toEqual([
      ['aks-uptime-sla-enabled', 'aks-prod', 'pass'],
      ['aks-entra-id-integration', 'aks-legacy', 'absent'],
    ]);
  });

  it('calls fixed only what now passes or is gone: unknown and waived are changed status, never fixed', () => {
    expect(changes.fixed.map((f) => [f.ruleId, f.resource.name, f.now])).toEqual([
      ['aks-local-accounts-disabled', 'aks-prod', 'pass'],
      ['aks-entra-id-integration', 'aks-old', 'absent'],
    ]);
    expect(changes.changedStatus.map(({ finding: f }) => [f.ruleId, f.status])).toEqual([
      ['aks-azure-policy-addon-enabled', 'unknown'],
      ['aks-kms-secrets-encryption-enabled', 'waived'],
    ]);
  });

  it('matches a reworded failure as unchanged and a regraded one as changed severity', () => {
    expect(ids(changes.unchanged)).toEqual(['aks-managed-identity aks-prod']);
    expect(changes.changedSeverity.map(({ finding: f, was }) => [f.ruleId, was, f.severity])).toEqual([['aks-api-server-access-restricted', 'high', 'critical']]);
  });

  it('gives the same answer whatever order either side lists its findings in', () => {
    const reversed = compareFindings(before.toReversed(), after.toReversed());
    expect(ids(reversed.new.map((n) => n.finding))).toEqual(ids(changes.new.map((n) => n.finding)));
    expect(ids(reversed.fixed)).toEqual(ids(changes.fixed));
  });
});

describe('applyBaseline', () => {
  const report = (): ScanReport => ({ findings: after.map((f) => ({ ...f, evidence: [], origin: { source: 'x' }, resource: { ...f.resource, type: 't', subscriptionId: null } })) }) as unknown as ScanReport;
  const baseline = (format: 'json' | 'sarif', findings = before): RecordedReport => ({ file: `main.${format}`, format, findings, notes: [] });

  it('marks every finding against a JSON baseline, existing only with the same status, and lists what is fixed', () => {
    const scanned = report();
    applyBaseline(scanned, baseline('json'));
    expect(scanned.findings.map((f) => [f.ruleId, f.resource.name, f.status, f.baseline])).toEqual([
      ['aks-managed-identity', 'aks-prod', 'fail', 'existing'],
      ['aks-api-server-access-restricted', 'aks-prod', 'fail', 'existing'],
      ['aks-local-accounts-disabled', 'aks-prod', 'pass', 'new'],
      ['aks-azure-policy-addon-enabled', 'aks-prod', 'unknown', 'new'],
      ['aks-kms-secrets-encryption-enabled', 'aks-prod', 'waived', 'new'],
      ['aks-uptime-sla-enabled', 'aks-prod', 'fail', 'new'],
      ['aks-entra-id-integration', 'aks-legacy', 'fail', 'new'],
    ]);
    expect(scanned.baseline).toMatchObject({ file: 'main.json', format: 'json', counts: { new: 2, existing: 2, fixed: 2 } });
    expect(scanned.baseline!.fixed.map((f) => [f.ruleId, f.resource.name, f.message, f.now])).toEqual([
      ['aks-local-accounts-disabled', 'aks-prod', 'aks-local-accounts-disabled on aks-prod', 'pass'],
      ['aks-entra-id-integration', 'aks-old', 'aks-entra-id-integration on aks-old', 'absent'],
    ]);
    expect(scanned.baseline!.severityChanged).toEqual([{ fingerprint: fingerprintOf('aks-api-server-access-restricted', `${AKS}aks-prod`), was: 'high' }]);
  });

  it('marks only failures and waived findings against a SARIF baseline, which says nothing of the rest', () => {
    const scanned = report();
    applyBaseline(scanned, baseline('sarif', before.filter((f) => f.status === 'fail')));
    expect(scanned.findings.filter((f) => f.baseline !== undefined).map((f) => f.status)).toEqual(['fail', 'fail', 'waived', 'fail', 'fail']);
    expect(scanned.baseline!.counts).toEqual({ new: 2, existing: 2, fixed: 2 });
  });
});
