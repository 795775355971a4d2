import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { Analyses } from '../../src/engine/analysis.ts';
import { clusterTopology, dependencyScope } from '../../src/rules/analyses/cluster-topology.ts';
import { readJsonReport } from '../helpers/report.ts';
import { stateOf } from '../helpers/scan.ts';
import type { Status } from '../../src/engine/finding.ts';
import { FORMATS, REPORTERS } from '../../src/reporters/index.ts';
import { RULES } from '../../src/rules/index.ts';

/**
 * The bundled demo estate through the real CLI: two subscriptions, a hardened private
 * production cluster and its DR twin (exported without diagnostic settings), a public
 * staging cluster on 1.31 with a /8 authorized range, and a legacy dev cluster on a
 * service principal. Rules land one by one: verdicts are asserted for whichever are registered.
 */
const DEMO = fileURLToPath(new URL('../../fixtures/demo', import.meta.url));
const PROD_SUB = '5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1';
const NONPROD_SUB = 'c4e8b2d7-6a1f-4e9b-8d3c-2f7a5b1e9d04';

let out: string;
let exitCode: number;
let stdout: string[];
let report: ReturnType<typeof readJsonReport>;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'aks-audit-demo-'));
  stdout = [];
  const stderr: string[] = [];
  const manifests = ['aks-saas-prod-weu', 'aks-saas-stg-weu'].flatMap((cluster) => ['--manifests', `${join(DEMO, 'kubernetes', cluster)}=${cluster}`]);
  exitCode = await main(['scan', '--config', join(DEMO, 'aks-audit.yaml'), '--input', DEMO, ...manifests, '--format', FORMATS.join(','), '--out', out, '--as-of', '2026-11-22', '--fail-on', 'none'], (s) => stdout.push(s), (s) => stderr.push(s));
  if (exitCode !== 0) throw new Error(`scan exited ${exitCode}: ${stderr.join('\n')}`);
  report = readJsonReport(join(out, 'aks-audit.json'));
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const registered = (id: string): boolean => RULES.some((r) => r.id === id);

/** Every status a rule gave a cluster, pool-level findings included. */
function statuses(ruleId: string, cluster: string): Status[] {
  return report.findings.filter((f) => f.ruleId === ruleId && f.resource.name === cluster).map((f) => f.status);
}

/** The statuses of a rule's findings on a cluster's node pools. */
function poolStatuses(ruleId: string, cluster: string): Status[] {
  return report.findings.filter((f) => f.ruleId === ruleId && f.resource.parent?.name === cluster).map((f) => f.status);
}

describe('demo estate, scanned as of 2026-11-22', () => {
  it('writes a report for every registered format', () => {
    for (const { file } of Object.values(REPORTERS)) expect(existsSync(join(out, file)), file).toBe(true);
    expect(stdout.some((line) => line.includes('wrote'))).toBe(true);
  });

  it('reads every export shape in the estate', () => {
    expect(report.sources.map((s) => s.target.replace(/^.*fixtures\/demo\//, '')).sort()).toEqual([
      'dev/access-and-edge.json',
      'dev/aks-saas-dev-weu.az-aks-show.json',
      'dev/pip-dev-ingress.json',
      'kubernetes/aks-saas-prod-weu',
      'kubernetes/aks-saas-stg-weu',
      'platform/database-diagnostic-settings.json',
      'platform/key-vaults.json',
      'platform/managed-identities.json',
      'platform/mysql.json',
      'platform/network.json',
      'platform/postgresql.json',
      'platform/private-link.json',
      'platform/redis.json',
      'platform/registries.json',
      'platform/role-assignments.resource-graph.json',
      'platform/sql-failover-groups.json',
      'platform/sql-managed-instances.json',
      'platform/sql.json',
      'platform/storage.json',
      'prod/access-and-edge.json',
      'prod/aks-saas-prod-neu.resource-graph.json',
      'prod/aks-saas-prod-weu.json',
      'prod/flux-configurations.json',
      'prod/monitoring.json',
      'prod/rg-saas-prod-weu-shared.json',
      'prod/st-saas-prod-weu-media.json',
      'staging/diagnostic-settings.json',
      'staging/flux-configurations.json',
      'staging/managed-clusters.json',
      'tenant/defender-pricings.resource-graph.json',
      'tenant/security-contacts.json',
      'tenant/subscriptions.resource-graph.json',
    ]);
    expect(report.sources.every((s) => s.status === 'ok' && s.resources > 0)).toBe(true);
    const clusters = new Set(report.findings.filter((f) => f.resource.type === 'microsoft.containerservice/managedclusters').map((f) => `${f.resource.subscriptionId}/${f.resource.name}`));
    expect([...clusters].sort()).toEqual([
      `${PROD_SUB}/aks-saas-prod-neu`,
      `${PROD_SUB}/aks-saas-prod-weu`,
      `${NONPROD_SUB}/aks-saas-dev-weu`,
      `${NONPROD_SUB}/aks-saas-stg-weu`,
    ]);
  });

  it('knows what each cluster depends on: its spoke network and the services of its subscription', () => {
    const topology = clusterTopology(new Analyses(stateOf(DEMO)), dependencyScope(undefined));
    const prod = topology.find((c) => c.name === 'aks-saas-prod-weu');
    const kinds = new Map(prod?.dependsOn.map((d) => [d.name, d.kind]));
    expect(kinds.get('vnet-saas-prod-weu-spoke')).toBe('Virtual network');
    expect(kinds.get('snet-aks-system')).toBe('Subnet');
    expect([...kinds.values()]).toEqual(expect.arrayContaining(['Network security group', 'Route table', 'Key Vault', 'PostgreSQL flexible server', 'Redis cache', 'Azure SQL server', 'Container registry']));
    expect([...kinds.keys()].some((name) => name.includes('nonprod'))).toBe(false);
    expect(topology.find((c) => c.name === 'aks-saas-dev-weu')?.networkKnown).toBe(false);
    expect(readFileSync(join(out, 'aks-audit.html'), 'utf8')).toMatch(/<details class="cluster"[^>]*>\s*<summary><strong>aks-saas-prod-weu<\/strong>/);
  });

  it('reads each cluster\'s Kubernetes export and files its in-cluster findings under that AKS cluster', () => {
    const files = report.sources.filter((s) => s.id.startsWith('files:'));
    expect(files.map((s) => s.target.replace(/^.*fixtures\/demo\//, '')).sort()).toEqual(['kubernetes/aks-saas-prod-weu', 'kubernetes/aks-saas-stg-weu']);
    const inCluster = report.findings.filter((f) => f.resource.type.startsWith('kubernetes/'));
    expect(inCluster.filter((f) => !/\/managedClusters\/aks-saas-(prod|stg)-weu\//i.test(f.resource.id))).toEqual([]);
  });

  it('lists the resource types no rule reads instead of dropping them', () => {
    const types = report.unrecognized.map((u) => u.type);
    expect(types).toEqual(expect.arrayContaining(['microsoft.operationalinsights/workspaces']));
    expect(report.unrecognized.find((u) => u.type === 'microsoft.operationalinsights/workspaces')?.count).toBe(1);
  });

  it('finds failures at high severity, so the default --fail-on gate trips', async () => {
    const quiet = mkdtempSync(join(tmpdir(), 'aks-audit-demo-gate-'));
    try {
      expect(await main(['scan', '--input', DEMO, '--out', quiet, '--as-of', '2026-11-22', '--quiet', '--format', 'json'], () => {}, () => {})).toBe(1);
    } finally {
      rmSync(quiet, { recursive: true, force: true });
    }
  });

  describe('verdicts that describe the estate', () => {
    it.skipIf(!registered('compute-vm-management-ports-exposed'))('the prod jump box without a public IP passes through the hub Bastion; the dev build VM with SSH open fails', () => {
      const vm = (name: string) => report.findings.find((f) => f.ruleId === 'compute-vm-management-ports-exposed' && f.resource.name === name);
      expect(vm('vm-saas-prod-jump')).toMatchObject({ status: 'pass', message: expect.stringMatching(/Azure Bastion bas-hub-weu/) });
      expect(vm('vm-saas-dev-build')).toMatchObject({ status: 'fail', message: expect.stringMatching(/pip-saas-dev-build: 22 admitted/) });
    });

    it.skipIf(!registered('network-appgw-waf-prevention'))('the production Application Gateway blocks with its WAF policy; the nonprod one only detects', () => {
      expect(statuses('network-appgw-waf-prevention', 'agw-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('network-appgw-waf-prevention', 'agw-saas-nonprod-weu')).toEqual(['fail']);
    });

    it.skipIf(!registered('aks-api-server-access-restricted'))('the private production cluster passes API server access; staging, open to a /8, fails', () => {
      expect(statuses('aks-api-server-access-restricted', 'aks-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('aks-api-server-access-restricted', 'aks-saas-stg-weu')).toEqual(['fail']);
      expect(report.findings.find((f) => f.ruleId === 'aks-api-server-access-restricted' && f.resource.name === 'aks-saas-stg-weu')?.message).toMatch(/20\.0\.0\.0\/8/);
    });

    it.skipIf(!registered('aks-kubernetes-version-supported'))('staging on 1.31 (Free tier, no LTS) is unsupported; production on 1.35 is supported', () => {
      expect(statuses('aks-kubernetes-version-supported', 'aks-saas-stg-weu')).toContain('fail');
      expect(statuses('aks-kubernetes-version-supported', 'aks-saas-prod-weu')).toEqual(['pass']);
    });

    it.skipIf(!registered('aks-managed-identity'))('the dev cluster still on a service principal fails managed identity', () => {
      expect(statuses('aks-managed-identity', 'aks-saas-dev-weu')).toContain('fail');
      expect(statuses('aks-managed-identity', 'aks-saas-prod-weu')).toEqual(['pass']);
    });

    it.skipIf(!registered('identity-service-principal-privileged-role'))('the prod pipeline identity with Contributor passes; the nonprod app registration with Contributor fails', () => {
      expect(statuses('identity-service-principal-privileged-role', '0b7e3c59-6a1d-4f2e-9c8b-5d4a3e2f1b0c')).toEqual(['pass']);
      expect(statuses('identity-service-principal-privileged-role', '9f1b3d5e-7a2c-4e6f-8b0d-2c4e6a8b0d1f')).toEqual(['fail']);
    });

    it.skipIf(!registered('keyvault-identity-least-privilege-role'))('the prod kubelet identity reads its vault; the staging workload identity is a Secrets Officer', () => {
      expect(statuses('keyvault-identity-least-privilege-role', '2d4f6a8c-0e1b-4c3d-9f5e-7a9c1e3b5d7f')).toEqual(['pass']);
      expect(statuses('keyvault-identity-least-privilege-role', '1c3e5a7b-9d0f-4b2e-8c4a-6e8f0b2d4a6c')).toEqual(['fail']);
    });

    it.skipIf(!registered('aks-defender-for-containers-enabled'))('Defender for Containers: Standard in contoso-saas-prod passes, Free in contoso-saas-nonprod fails', () => {
      expect(statuses('aks-defender-for-containers-enabled', 'aks-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('aks-defender-for-containers-enabled', 'aks-saas-stg-weu')).toContain('fail');
      expect(statuses('aks-defender-for-containers-enabled', 'aks-saas-dev-weu')).toContain('fail');
    });

    it.skipIf(!registered('aks-audit-logs-enabled'))('audit logs: unknown for the DR cluster exported without diagnostic settings, never a pass or a fail', () => {
      expect(statuses('aks-audit-logs-enabled', 'aks-saas-prod-neu')).toEqual(['unknown']);
      expect(statuses('aks-audit-logs-enabled', 'aks-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('aks-audit-logs-enabled', 'aks-saas-stg-weu')).toEqual(['fail']);
    });

    it.skipIf(!registered('aks-gitops-reconciled'))('GitOps: production is reconciled by a Compliant Flux configuration, staging\'s is suspended, the DR and dev clusters\' configurations were not exported', () => {
      expect(statuses('aks-gitops-reconciled', 'aks-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('aks-gitops-reconciled', 'aks-saas-stg-weu')).toEqual(['fail']);
      expect(statuses('aks-gitops-reconciled', 'aks-saas-prod-neu')).toEqual(['unknown']);
      expect(statuses('aks-gitops-reconciled', 'aks-saas-dev-weu')).toEqual(['unknown']);
    });

    it.skipIf(!registered('k8s-workload-autoscaled'))('autoscaling: the production APIs have HPAs; staging\'s orders-api HPA is pinned and mock-upstream runs two fixed replicas', () => {
      expect(statuses('k8s-workload-autoscaled', 'payments/payments-api').filter((s) => s !== 'not-applicable')).toContain('pass');
      expect(report.findings.filter((f) => f.ruleId === 'k8s-workload-autoscaled' && f.status === 'fail').map((f) => f.resource.name).sort()).toEqual(['loadtest/mock-upstream', 'orders/orders-api']);
    });

    it.skipIf(!registered('aks-node-public-ip-disabled'))('the pools with node public IPs fail', () => {
      expect(poolStatuses('aks-node-public-ip-disabled', 'aks-saas-stg-weu')).toContain('fail');
      expect(poolStatuses('aks-node-public-ip-disabled', 'aks-saas-dev-weu')).toContain('fail');
      expect(poolStatuses('aks-node-public-ip-disabled', 'aks-saas-prod-weu')).toEqual(['pass', 'pass', 'pass']);
    });

    it.skipIf(!registered('network-aks-egress-controlled'))('network: production egresses through the hub firewall; staging has an NSG-less subnet and a node public IP; the DR cluster network was not exported', () => {
      expect(statuses('network-aks-egress-controlled', 'aks-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('network-aks-egress-controlled', 'aks-saas-stg-weu')).toEqual(['fail']);
      expect(statuses('network-aks-egress-controlled', 'aks-saas-prod-neu')).toEqual(['unknown']);
      // Node subnets are judged on the subnet, grouped under the cluster.
      expect(statuses('network-aks-egress-controlled', 'snet-aks-system')).toEqual(['pass']);
      expect(statuses('network-aks-subnet-nsg', 'snet-aks-system')).toEqual(['pass']);
      expect(statuses('network-aks-subnet-nsg', 'snet-aks-apps')).toEqual(['pass']);
      expect(statuses('network-aks-subnet-nsg', 'aks-saas-prod-weu')).toEqual([]);
      expect(statuses('network-aks-subnet-nsg', 'snet-aks-stg')).toEqual(['fail']);
      expect(statuses('network-aks-subnet-nsg', 'aks-saas-dev-weu')).toEqual(['not-applicable']);
      expect(statuses('network-aks-node-public-ips', 'aks-saas-dev-weu')).toEqual(['fail']);
      expect(statuses('network-aks-node-public-ips', 'aks-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('network-nsg-management-ports-closed', 'nsg-saas-nonprod-weu-jumpbox')).toEqual(['fail']);
      expect(statuses('network-nsg-management-ports-closed', 'nsg-saas-prod-weu-aks')).toEqual(['pass']);
    });

    it.skipIf(!registered('sqlmi-failover-group-geo'))('the production SQL server and managed instance fail over to North Europe; the nonprod instance is exposed and its only partner is in its own region', () => {
      expect(statuses('sql-failover-group-geo', 'sql-saas-prod-weu')).toEqual(['pass']);
      expect(statuses('sql-failover-group-geo', 'sql-saas-nonprod-weu')).toEqual(['fail']);
      for (const rule of ['sqlmi-auditing-enabled', 'sqlmi-entra-auth', 'sqlmi-failover-group-geo', 'sqlmi-min-tls', 'sqlmi-public-endpoint-restricted']) {
        expect(statuses(rule, 'sqlmi-saas-prod-weu'), rule).toEqual(['pass']);
        expect(statuses(rule, 'sqlmi-saas-nonprod-weu'), rule).toEqual(['fail']);
      }
      expect(statuses('sqlmi-tde-enabled', 'billing')).toEqual(['pass']);
      expect(statuses('sqlmi-tde-enabled', 'orders-stg')).toEqual(['fail']);
    });
  });

  /**
   * Rules that fail only on what a live inventory of a whole subscription proves absent: exports
   * are per resource group, so from files they answer pass or unknown. Their fails are tested live.
   */
  const FAILS_ONLY_LIVE = new Set(['aks-alerts-configured']);

  it('gives every registered rule at least one pass and one fail (a waived failure is one)', () => {
    const seen = new Map<string, Set<Status>>();
    for (const f of report.findings) {
      const set = seen.get(f.ruleId) ?? new Set<Status>();
      set.add(f.status === 'waived' ? 'fail' : f.status);
      seen.set(f.ruleId, set);
    }
    const missing = RULES.flatMap((rule) => {
      const got = seen.get(rule.id) ?? new Set<Status>();
      return (['pass', 'fail'] as const).filter((s) => !got.has(s) && !(s === 'fail' && FAILS_ONLY_LIVE.has(rule.id))).map((s) => `${rule.id}: no ${s} (got ${[...got].join(', ') || 'nothing'})`);
    });
    expect(missing).toEqual([]);
  });

  describe('with its config: a live waiver, one expiring soon, an inline one, an expired one and an unused one', () => {
    const NODE_EXPORTER = 'namespaces/loadtest/daemonsets/node-exporter';
    const REDIS = 'Microsoft.Cache/Redis/redis-saas-nonprod-weu';

    it('waives the failures live waivers name, and fails the one whose waiver expired', () => {
      const waived = report.findings.filter((f) => f.status === 'waived');
      expect(waived.map((f) => [f.ruleId, f.resource.name, f.waiver?.declared.kind]).sort()).toEqual([
        ['k8s-host-namespaces', 'loadtest/node-exporter', 'config'],
        ['k8s-not-privileged', 'kube-ops/node-tuner', 'kubernetes'],
        ['keyvault-purge-protection-enabled', 'kv-saas-dev-weu', 'config'],
      ]);
      const expired = report.findings.find((f) => f.ruleId === 'redis-non-tls-port-disabled' && f.resource.id.endsWith(REDIS))!;
      expect(expired.status).toBe('fail');
      expect(expired.waiver).toMatchObject({ expired: true, expires: '2026-09-30', owner: 'data-platform' });
    });

    it('lists the unused and the soon-expiring waivers in the JSON coverage', () => {
      const { waivers } = report as unknown as { waivers: { unused: { rule: string }[]; expiringSoon: { rule: string }[]; expired: { rule: string }[] } };
      expect(waivers.unused.map((w) => w.rule)).toEqual(['acr-admin-user-disabled']);
      expect(waivers.expired.map((w) => w.rule)).toEqual(['redis-non-tls-port-disabled']);
      expect(waivers.expiringSoon.map((w) => w.rule)).toEqual(['keyvault-purge-protection-enabled']);
    });

    it('shows them in the SARIF, the HTML and the text report', () => {
      const sarif = JSON.parse(readFileSync(join(out, 'aks-audit.sarif'), 'utf8')) as { runs: { results: { ruleId: string; suppressions?: { kind: string; justification?: string }[]; message: { text: string } }[] }[] };
      const results = sarif.runs[0]!.results;
      const suppressed = results.filter((r) => r.suppressions?.length);
      expect(suppressed.map((r) => [r.ruleId, r.suppressions![0]!.kind]).sort()).toEqual([
        ['k8s-host-namespaces', 'external'],
        ['k8s-not-privileged', 'inSource'],
        ['keyvault-purge-protection-enabled', 'external'],
      ]);
      expect(results.some((r) => r.ruleId === 'redis-non-tls-port-disabled' && !r.suppressions && /expired/i.test(r.message.text))).toBe(true);
      const html = readFileSync(join(out, 'aks-audit.html'), 'utf8');
      const text = readFileSync(join(out, 'aks-audit.txt'), 'utf8');
      for (const page of [html, text]) {
        expect(page).toContain('OBS-412');
        expect(page).toContain('acr-admin-user-disabled');
        expect(page).toMatch(/expired/i);
      }
      expect(html).toContain(NODE_EXPORTER.split('/').pop());
    });
  });
});

describe('demo estate: framework posture', () => {
  const posture = (id: string) => report.frameworks!.find((f) => f.id === id)!;
  const percentOf = (scores: { name?: string; score: { percent: number } }[], name: string) => scores.find((s) => s.name === name)!.score.percent;

  it('reports CIS AKS, MCSB and the platform baseline, every CIS control listed and the manual ones said to be', () => {
    expect(report.frameworks!.map((f) => [f.id, f.version])).toEqual([['cis-aks', '1.8.0'], ['mcsb', '1.0'], ['aks-platform-baseline', '1']]);
    const cis = posture('cis-aks');
    expect(cis.controls).toHaveLength(51);
    const manual = cis.controls.filter((c) => c.status === 'manual');
    expect(manual.map((c) => c.id)).toEqual(expect.arrayContaining(['3.1.1', '3.2.9', '4.1.7', '4.6.3', '5.1.3']));
    expect(manual.every((c) => c.rules.length === 0 && c.reason?.includes('assess it by hand'))).toBe(true);
    // The staging DaemonSet's host namespaces are waived, and everything else admitted passes.
    expect(cis.controls.filter((c) => c.status === 'waived').map((c) => c.id)).toEqual(['4.2.1', '4.2.2', '4.2.3', '4.2.4']);
  });

  it('scores add up, and the hardened production estate scores above the neglected non-production one', () => {
    for (const f of report.frameworks!) {
      for (const { score } of [{ score: f.score }, ...f.bySubscription, ...f.byCluster]) {
        expect(score.passed).toBeLessThanOrEqual(score.evaluated);
        expect(score.evaluated).toBeLessThanOrEqual(score.total);
        expect(score.percent).toBe(score.total ? Math.round((score.passed / score.total) * 1000) / 10 : 0);
      }
      const statuses = f.controls.map((c) => c.status);
      expect(f.score.total).toBe(statuses.filter((s) => s !== 'not-applicable').length);
      expect(f.bySubscription.map((s) => s.name)).toEqual(['contoso-saas-prod', 'contoso-saas-nonprod']);
      expect(percentOf(f.bySubscription, 'contoso-saas-prod')).toBeGreaterThan(percentOf(f.bySubscription, 'contoso-saas-nonprod'));
      expect(percentOf(f.byCluster, 'aks-saas-prod-weu')).toBeGreaterThan(percentOf(f.byCluster, 'aks-saas-stg-weu'));
      expect(percentOf(f.byCluster, 'aks-saas-prod-weu')).toBeGreaterThan(percentOf(f.byCluster, 'aks-saas-dev-weu'));
    }
    expect(percentOf(posture('aks-platform-baseline').byCluster, 'aks-saas-prod-weu')).toBeGreaterThan(90);
  });
});
