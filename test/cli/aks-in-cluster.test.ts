import { join } from 'node:path';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { AKS_SERVER_APP_ID } from '../../src/collectors/azure/in-cluster.ts';
import { inventoryEnrichment, inventoryEstate, PROD } from '../helpers/fake-arm/inventory-estate.ts';
import { aksCredentialRoutes, aksKubeconfig, credentialForbidden, kubeloginArgs, type CredentialAnswer } from '../helpers/fake-arm/routes-aks-credentials.ts';
import { enrichmentRoutes } from '../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes, TENANT_ID, type FakeEstate } from '../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm } from '../helpers/fake-arm/server.ts';
import { startFakeKubeApi, type FakeKubeApiOptions } from '../helpers/fake-kube-api.ts';
import { readJsonReport } from '../helpers/report.ts';
import { workDir } from './run-main.ts';

/**
 * `aks-audit scan --subscription … --arm-endpoint … --aks-in-cluster` in-process: the fake ARM
 * serves production's inventory (one AKS-managed Entra ID cluster), the per-service reads and the
 * cluster user kubeconfig, which points at a fake Kubernetes API on 127.0.0.1 (its CA travels in
 * the kubeconfig, as AKS sends it). The API accepts only an Entra token for the AKS server app.
 */

const AKS_TOKEN = 'entra-token-for-aks-server-app';

/** The scan identity: a distinct token per audience, so the API server proves which one it got. */
const credential: TokenCredential = {
  getToken: async (scope): Promise<AccessToken> => ({ token: String(scope) === `${AKS_SERVER_APP_ID}/.default` ? AKS_TOKEN : 'entra-token-for-arm', expiresOnTimestamp: Date.now() + 3600e3 }),
};

/**
 * Production only, its cluster (the REST example) with AKS-managed Entra ID and Azure RBAC, as most
 * are, and `fqdn` (host and port, as ARM would report it if the fake API server were the cluster's own).
 */
function estate(fqdn = 'dnsprefix1-abcd.hcp.eastus.azmk8s.io'): FakeEstate {
  const all = inventoryEstate();
  const rows = (all.rows as Array<Record<string, unknown>>)
    .filter((row) => String(row.id).toLowerCase().startsWith(`/subscriptions/${PROD}/`))
    .map((row) =>
      row.type === 'microsoft.containerservice/managedclusters' ? { ...row, properties: { ...(row.properties as object), fqdn, aadProfile: { managed: true, enableAzureRBAC: true, tenantID: TENANT_ID } } } : row,
    );
  return { subscriptions: all.subscriptions.filter((s) => s.subscriptionId === PROD), rows };
}
const CLUSTER = estate().rows.find((row) => (row as { type: string }).type === 'microsoft.containerservice/managedclusters') as { id: string; name: string };

const created = '2026-10-02T08:14:55Z';
const deployment = (name: string, securityContext: object) => ({
  metadata: { name, namespace: 'payments', uid: `uid-${name}`, creationTimestamp: created, generation: 3 },
  spec: { replicas: 2, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: `contosoacr.azurecr.io/${name}:1.8.2`, securityContext }] } } },
});
const OBJECTS: FakeKubeApiOptions['objects'] = {
  namespaces: ['default', 'kube-system', 'payments'].map((name) => ({ metadata: { name, uid: `uid-${name}`, creationTimestamp: created }, status: { phase: 'Active' } })),
  networkpolicies: [{ metadata: { name: 'default-deny', namespace: 'payments', uid: 'uid-np', creationTimestamp: created }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } }],
  deployments: [deployment('checkout', { runAsNonRoot: true, runAsUser: 10001 }), deployment('legacy-batch', { runAsUser: 0 })],
};

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** One scan against a fresh fake ARM whose listClusterUserCredential answers `credentials`. */
async function scan(credentials: (kubeApiServer: string, caPem: string | null) => CredentialAnswer) {
  const api = await startFakeKubeApi({ objects: OBJECTS, token: AKS_TOKEN });
  opened.push(api);
  const own = estate(new URL(api.server).host);
  const fake = await startFakeArm([...inventoryRoutes(own), ...enrichmentRoutes(inventoryEnrichment(own)), ...aksCredentialRoutes({ [CLUSTER.id]: credentials(api.server, api.caPem) })]);
  opened.push(fake);
  const out = join(workDir(), 'reports');
  const stderr: string[] = [];
  const argv = ['scan', '--subscription', PROD, '--arm-endpoint', fake.url, '--aks-in-cluster', '--out', out, '--as-of', '2026-11-22', '--fail-on', 'none', '--format', 'json'];
  const code = await main(argv, () => {}, (s) => stderr.push(s), { azure: { credential, tlsCa: fake.ca, retry: { maxRetries: 0, retryDelayInMs: 5, maxRetryDelayInMs: 10 } } });
  return { code, stderr, api, fake, report: readJsonReport(join(out, 'aks-audit.json')) };
}

const IN_CLUSTER_RULES = ['k8s-namespace-default-deny', 'k8s-run-as-non-root'];

describe('aks-audit scan --aks-in-cluster against a live (local) Azure', () => {
  it('reads the cluster found in Azure through its API server as the scan identity, and files its findings under the AKS cluster', async () => {
    const { code, stderr, api, fake, report } = await scan((server, caPem) => ({
      kubeconfig: aksKubeconfig({ name: CLUSTER.name, resourceGroup: 'rg1', server, caPem, user: { exec: { command: 'kubelogin', args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT_ID) } } }),
    }));
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    expect(api.requests.length).toBeGreaterThan(0);
    expect(new Set(api.requests.map((r) => r.authorization))).toEqual(new Set([`Bearer ${AKS_TOKEN}`]));
    expect(fake.unmatched).toEqual([]);

    expect(report.sources.find((s) => s.id === `aks:${CLUSTER.id}`)).toMatchObject({ kind: 'kubernetes', status: 'ok', target: `${CLUSTER.name} (${api.server})` });
    const inCluster = report.findings.filter((f) => IN_CLUSTER_RULES.includes(f.ruleId));
    expect(inCluster.length).toBeGreaterThan(0);
    expect(inCluster.every((f) => f.resource.id.startsWith(`${CLUSTER.id}/`))).toBe(true);
    const verdict = (ruleId: string, name: string) => inCluster.filter((f) => f.ruleId === ruleId && f.resource.name === name).map((f) => f.status);
    expect(verdict('k8s-namespace-default-deny', 'payments')).toEqual(['pass']);
    expect(verdict('k8s-namespace-default-deny', 'default')).toEqual(['fail']);
    expect(verdict('k8s-run-as-non-root', 'payments/checkout')).toEqual(['pass']);
    expect(verdict('k8s-run-as-non-root', 'payments/legacy-batch')).toEqual(['fail']);
  });

  it('a 403 on listClusterUserCredential fails the in-cluster source (forbidden) and leaves the cluster in-cluster rules unknown; the ARM scan goes on', async () => {
    const { code, api, fake, report } = await scan(() => credentialForbidden(CLUSTER.id));
    expect(code).toBe(0);
    expect(api.requests).toEqual([]);
    expect(fake.unmatched).toEqual([]);

    const source = report.sources.find((s) => s.id === `aks:${CLUSTER.id}`);
    expect(source).toMatchObject({ kind: 'kubernetes', status: 'failed', code: 'forbidden' });
    expect(source?.message).toContain('listClusterUserCredential');
    expect(report.sources.find((s) => s.target === PROD)?.status).toBe('ok');

    const inCluster = report.findings.filter((f) => IN_CLUSTER_RULES.includes(f.ruleId) && f.resource.id.startsWith(CLUSTER.id));
    expect(inCluster.map((f) => f.ruleId).sort()).toEqual(IN_CLUSTER_RULES);
    expect(inCluster.every((f) => f.status === 'unknown')).toBe(true);
    expect(inCluster[0]?.message).toContain('listClusterUserCredential');
    // The cluster's ARM rules are still judged from the inventory.
    expect(report.findings.find((f) => f.ruleId === 'aks-api-server-access-restricted' && f.resource.id === CLUSTER.id)?.status).not.toBe('unknown');
  });

  it('refuses a credential answer whose kubeconfig points at another server: that server hears nothing, and the coverage entry says why', async () => {
    const hostile = await startFakeKubeApi({ objects: OBJECTS, token: AKS_TOKEN });
    opened.push(hostile);
    const { code, stderr, api, report } = await scan((_server, caPem) => ({
      kubeconfig: aksKubeconfig({ name: CLUSTER.name, resourceGroup: 'rg1', server: hostile.server, caPem, user: { exec: { command: 'kubelogin', args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT_ID) } } }),
    }));
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(hostile.requests).toEqual([]);
    expect(api.requests).toEqual([]);

    const source = report.sources.find((s) => s.id === `aks:${CLUSTER.id}`);
    expect(source).toMatchObject({ kind: 'kubernetes', status: 'failed', code: 'refused' });
    expect(source?.message).toContain(`it names the API server ${hostile.server}, not the cluster's own (${api.server})`);
    const inCluster = report.findings.filter((f) => IN_CLUSTER_RULES.includes(f.ruleId) && f.resource.id.startsWith(CLUSTER.id));
    expect(inCluster.length).toBeGreaterThan(0);
    expect(inCluster.every((f) => f.status === 'unknown')).toBe(true);
  });
});
