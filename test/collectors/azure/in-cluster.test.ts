import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { AksCluster } from '../../../src/state/aks.ts';
import { AKS_SERVER_APP_ID, collectAksInCluster } from '../../../src/collectors/azure/in-cluster.ts';
import { newRequestStats, type ArmConnection } from '../../../src/collectors/azure/connection.ts';
import { Limiter } from '../../../src/collectors/azure/limiter.ts';
import { unreadCluster } from '../../../src/collectors/kubernetes/live.ts';
import { matchAksClusters } from '../../../src/collectors/kubernetes/match-aks.ts';
import namespaceDefaultDeny from '../../../src/rules/kubernetes/k8s-namespace-default-deny.ts';
import { workDir } from '../../cli/run-main.ts';
import { startFakeArm, type FakeArm } from '../../helpers/fake-arm/server.ts';
import { aksCredentialRoutes, aksKubeconfig, credentialForbidden, kubeloginArgs, type AksKubeconfig, type CredentialAnswer } from '../../helpers/fake-arm/routes-aks-credentials.ts';
import { startFakeKubeApi, type FakeKubeApi, type FakeKubeApiOptions } from '../../helpers/fake-kube-api.ts';
import { cluster, run, state } from '../../helpers/state.ts';

const ARM_SCOPE = 'https://management.azure.com/.default';
const AKS_SCOPE = `${AKS_SERVER_APP_ID}/.default`;
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const LOCAL_TOKEN = 'c2VydmljZWFjY291bnQtdG9rZW4tbG9jYWw';

/** The scan identity: a distinct token per audience, and every scope it was asked for. */
function credential(): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    async getToken(scope: string | string[], _options?: GetTokenOptions): Promise<AccessToken> {
      const one = Array.isArray(scope) ? scope.join(' ') : scope;
      scopes.push(one);
      return { token: one === AKS_SCOPE ? 'entra-token-for-aks-server-app' : 'entra-token-for-arm', expiresOnTimestamp: Date.now() + 3600e3 };
    },
  };
}

const created = '2026-10-02T08:14:55Z';
const OBJECTS: FakeKubeApiOptions['objects'] = {
  namespaces: ['default', 'kube-system', 'payments'].map((name) => ({ metadata: { name, uid: `uid-${name}`, creationTimestamp: created }, status: { phase: 'Active' } })),
  networkpolicies: [{ metadata: { name: 'default-deny', namespace: 'payments', uid: 'uid-np', creationTimestamp: created }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } }],
  secrets: [{ metadata: { name: 'checkout-db', namespace: 'payments', uid: 'uid-s', creationTimestamp: created }, type: 'Opaque', data: { password: 'czNjcjN0' } }],
};

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function kubeApi(token: string): Promise<FakeKubeApi> {
  const api = await startFakeKubeApi({ objects: OBJECTS, token });
  opened.push(api);
  return api;
}

async function fakeArm(answers: Record<string, CredentialAnswer>): Promise<FakeArm> {
  const arm = await startFakeArm(aksCredentialRoutes(answers));
  opened.push(arm);
  return arm;
}

function connection(arm: FakeArm, cred: TokenCredential): ArmConnection {
  return { endpoint: arm.url, credential: cred, scope: ARM_SCOPE, tlsCa: arm.ca, concurrency: new Limiter(4), timeoutMs: 10_000, stats: newRequestStats(), retry: { maxRetries: 0, retryDelayInMs: 10, maxRetryDelayInMs: 10 } };
}

/** kubelogin stand-in: if anything ran it, the marker file would exist and the API server would see its token. */
function kubeloginStandIn(): { command: string; marker: string } {
  const dir = workDir();
  const marker = join(dir, 'kubelogin-ran');
  const command = join(dir, 'kubelogin');
  writeFileSync(command, `#!/bin/sh\ntouch '${marker}'\necho '{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"token-from-kubelogin"}}'\n`, { mode: 0o755 });
  return { command, marker };
}

/** A port nothing listens on: an API server the scanner cannot reach (as a private cluster's, from outside its network). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const entraCluster = cluster({ name: 'aks-saas-prod-weu', resourceGroup: 'rg-saas-prod', fqdn: 'aks-saas-prod-weu-k3x9.hcp.westeurope.azmk8s.io', apiServer: { privateCluster: false }, aad: { managed: true, azureRbac: false } });

/** The API server's host and port, as ARM would report the cluster's FQDN if the fake API server were it (AKS serves on 443). */
const fqdnOf = (api: FakeKubeApi): string => new URL(api.server).host;
/** The Entra ID cluster, with the fake API server as its own (public) API server. */
const entraClusterAt = (api: FakeKubeApi): AksCluster => ({ ...entraCluster, fqdn: fqdnOf(api), privateFqdn: null });

describe('in-cluster read of AKS clusters found in Azure, with the scan identity', () => {
  it('replaces the kubelogin exec plugin with an Entra token for the AKS server application, and never runs the plugin', async () => {
    const api = await kubeApi('entra-token-for-aks-server-app');
    const kubelogin = kubeloginStandIn();
    // As AKS writes it: the FQDN with an explicit :443 (here the fake server's port).
    const kubeconfig = aksKubeconfig({ name: entraCluster.name, resourceGroup: 'rg-saas-prod', server: `https://${fqdnOf(api).toUpperCase()}`, caPem: api.caPem, user: { exec: { command: kubelogin.command, args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT) } } });
    const arm = await fakeArm({ [entraCluster.id]: { kubeconfig } });
    const cred = credential();

    const { clusters, sources } = await collectAksInCluster(connection(arm, cred), { clusters: [entraClusterAt(api)], kubernetes: [] }, { pageSize: 2 });

    expect(existsSync(kubelogin.marker)).toBe(false);
    expect(api.requests.length).toBeGreaterThanOrEqual(18);
    expect(new Set(api.requests.map((r) => r.authorization))).toEqual(new Set(['Bearer entra-token-for-aks-server-app']));
    expect(cred.scopes).toContain(AKS_SCOPE);
    // ARM saw one credential call for the cluster, with the ARM token, and nothing else.
    expect(arm.requests.map((r) => `${r.method} ${r.path}?${r.query.toString()}`)).toEqual([`POST ${entraCluster.id}/listClusterUserCredential?api-version=2026-08-01`]);
    expect(arm.requests[0]?.headers.authorization).toBe('Bearer entra-token-for-arm');
    expect(arm.unmatched).toEqual([]);

    const [k] = clusters;
    expect(k).toMatchObject({ id: `aks:${entraCluster.id}`, name: 'aks-saas-prod-weu', aksClusterId: entraCluster.id, server: '127.0.0.1', unread: {} });
    expect(k?.objects.namespaces).toHaveLength(3);
    expect(k?.objects.secrets?.[0]?.object).not.toHaveProperty('data');
    expect(sources).toEqual([{ id: `aks:${entraCluster.id}`, kind: 'kubernetes', target: `aks-saas-prod-weu (${api.server})`, status: 'ok', resources: 5 }]);
  });

  it('uses a local-account kubeconfig as it is, without asking Entra ID for a cluster token', async () => {
    const api = await kubeApi(LOCAL_TOKEN);
    const local = cluster({ name: 'aks-legacy-weu', resourceGroup: 'rg-legacy', fqdn: fqdnOf(api), apiServer: { privateCluster: false }, localAccountsDisabled: false, aad: { managed: null, azureRbac: null } });
    const arm = await fakeArm({ [local.id]: { kubeconfig: aksKubeconfig({ name: local.name, resourceGroup: 'rg-legacy', server: api.server, caPem: api.caPem, user: { token: LOCAL_TOKEN } }) } });
    const cred = credential();

    const { clusters, sources } = await collectAksInCluster(connection(arm, cred), { clusters: [local], kubernetes: [] }, { pageSize: 50 });

    expect(new Set(api.requests.map((r) => r.authorization))).toEqual(new Set([`Bearer ${LOCAL_TOKEN}`]));
    expect(cred.scopes).toEqual([ARM_SCOPE]);
    expect(clusters[0]?.aksClusterId).toBe(local.id);
    expect(sources[0]?.status).toBe('ok');
  });

  it('marks a cluster whose credentials ARM refuses (403) failed with the reason, reads the others, and its in-cluster rules answer unknown', async () => {
    const refused = cluster({ name: 'aks-payments-weu', resourceGroup: 'rg-payments', apiServer: { privateCluster: false } });
    const api = await kubeApi('entra-token-for-aks-server-app');
    const arm = await fakeArm({
      [refused.id]: credentialForbidden(refused.id),
      [entraCluster.id]: { kubeconfig: aksKubeconfig({ name: entraCluster.name, resourceGroup: 'rg-saas-prod', server: api.server, caPem: api.caPem, user: { exec: { command: 'kubelogin', args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT) } } }) },
    });

    const { clusters, sources } = await collectAksInCluster(connection(arm, credential()), { clusters: [refused, entraClusterAt(api)], kubernetes: [] }, { pageSize: 50 });

    const failed = sources.find((s) => s.id === `aks:${refused.id}`);
    expect(failed).toMatchObject({ kind: 'kubernetes', target: 'aks-payments-weu', status: 'failed', code: 'forbidden', resources: 0 });
    expect(failed?.message).toMatch(/^cannot get the cluster user kubeconfig \(listClusterUserCredential\): AuthorizationFailed: .*listClusterUserCredential\/action.*\(HTTP 403\)$/);
    const k = clusters.find((c) => c.aksClusterId === refused.id)!;
    expect(Object.values(k.objects).every((v) => v === null)).toBe(true);
    expect(k.unread.networkpolicies?.code).toBe('forbidden');
    expect(sources.find((s) => s.id === `aks:${entraCluster.id}`)?.status).toBe('ok');

    const findings = run(namespaceDefaultDeny as never, state({ clusters: [refused, entraCluster], kubernetes: clusters }));
    const aboutRefused = findings.filter((f) => f.resource.id.startsWith(refused.id));
    expect(aboutRefused.length).toBeGreaterThan(0);
    expect(aboutRefused.every((f) => f.status === 'unknown')).toBe(true);
    expect(aboutRefused[0]?.message).toContain('listClusterUserCredential');
    expect(findings.some((f) => f.resource.id.startsWith(entraCluster.id) && f.status !== 'unknown')).toBe(true);
  });

  it('says a private cluster is reachable only from its network when its API server does not answer', async () => {
    const server = `https://127.0.0.1:${await closedPort()}`;
    // The private FQDN is the cluster's own API server as well as the public one.
    const privateCluster = cluster({ name: 'aks-core-private-weu', resourceGroup: 'rg-core', fqdn: 'aks-core-private-weu-p2m4.hcp.westeurope.azmk8s.io', privateFqdn: new URL(server).host });
    const arm = await fakeArm({ [privateCluster.id]: { kubeconfig: aksKubeconfig({ name: privateCluster.name, resourceGroup: 'rg-core', server, caPem: null, user: { exec: { command: 'kubelogin', args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT) } } }) } });

    const { sources } = await collectAksInCluster(connection(arm, credential()), { clusters: [privateCluster], kubernetes: [] }, { pageSize: 50, requestTimeoutMs: 5000 });

    expect(sources[0]).toMatchObject({ status: 'failed', code: 'unreachable' });
    expect(sources[0]?.message).toMatch(/^cannot reach https:\/\/127\.0\.0\.1:\d+: .*; aks-core-private-weu is a private cluster: its API server is reachable only from its virtual network/);
  });

  it('does not read again a cluster a kubeconfig context of the scan already covers', async () => {
    const api = await kubeApi('entra-token-for-aks-server-app');
    const other = cluster({ name: 'aks-saas-stg-weu', resourceGroup: 'rg-saas-stg', fqdn: fqdnOf(api), apiServer: { privateCluster: false } });
    const arm = await fakeArm({ [other.id]: { kubeconfig: aksKubeconfig({ name: other.name, resourceGroup: 'rg-saas-stg', server: api.server, caPem: api.caPem, user: { exec: { command: 'kubelogin', args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT) } } }) } });
    // As --kubeconfig leaves it: the context whose server is the prod cluster's FQDN, matched to it.
    const fromContext = unreadCluster({ id: 'context:aks-saas-prod-weu', name: 'aks-saas-prod-weu', aksClusterId: null, subscriptionId: null, resourceGroup: null }, `https://${entraCluster.fqdn}:443`, 'aks-saas-prod-weu', { code: 'timeout', reason: 'list pods timed out' }).cluster;
    matchAksClusters([fromContext], [entraCluster, other]);

    const { clusters } = await collectAksInCluster(connection(arm, credential()), { clusters: [entraCluster, other], kubernetes: [fromContext] }, { pageSize: 50 });

    expect(fromContext).toMatchObject({ aksClusterId: entraCluster.id, subscriptionId: entraCluster.subscriptionId, resourceGroup: entraCluster.resourceGroup });
    expect(clusters.map((c) => c.aksClusterId)).toEqual([other.id]);
    expect(arm.requests.map((r) => r.path)).toEqual([`${other.id}/listClusterUserCredential`]);
  });

  it('refuses a kubeconfig whose server is not the cluster\'s own API server: no token is asked for, and neither server hears from the scan', async () => {
    const api = await kubeApi('entra-token-for-aks-server-app');
    // Listening, and it would accept the token: it must still get nothing.
    const elsewhere = await kubeApi('entra-token-for-aks-server-app');
    const exec = { exec: { command: 'kubelogin', args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT) } };
    const cases: [string, string, AksKubeconfig['user']][] = [
      ['another port of the same host', elsewhere.server, exec],
      ['plain http to the right host and port', `http://${fqdnOf(api)}`, exec],
      ['a path under the right host', `${api.server}/proxy/${fqdnOf(elsewhere)}`, exec],
      ['a local account sent to another port', elsewhere.server, { token: LOCAL_TOKEN }],
    ];
    for (const [what, server, user] of cases) {
      const arm = await fakeArm({ [entraCluster.id]: { kubeconfig: aksKubeconfig({ name: entraCluster.name, resourceGroup: 'rg-saas-prod', server, caPem: elsewhere.caPem, user }) } });
      const cred = credential();

      const { clusters, sources } = await collectAksInCluster(connection(arm, cred), { clusters: [entraClusterAt(api)], kubernetes: [] }, { pageSize: 50 });

      expect(elsewhere.requests, what).toEqual([]);
      expect(api.requests, what).toEqual([]);
      expect(cred.scopes, what).toEqual([ARM_SCOPE]);
      expect(sources[0], what).toMatchObject({ id: `aks:${entraCluster.id}`, status: 'failed', code: 'refused' });
      expect(sources[0]?.message, what).toBe(`refused the kubeconfig from listClusterUserCredential: it names the API server ${server}, not the cluster's own (${api.server}); no credential was sent`);
      expect(clusters[0]?.unread.pods?.code, what).toBe('refused');
    }
  });

  it('refuses a cluster whose ARM body states no API server FQDN, and says so', async () => {
    const api = await kubeApi('entra-token-for-aks-server-app');
    const arm = await fakeArm({ [entraCluster.id]: { kubeconfig: aksKubeconfig({ name: entraCluster.name, resourceGroup: 'rg-saas-prod', server: api.server, caPem: api.caPem, user: { exec: { command: 'kubelogin', args: kubeloginArgs(AKS_SERVER_APP_ID, TENANT) } } }) } });

    const { sources } = await collectAksInCluster(connection(arm, credential()), { clusters: [{ ...entraCluster, fqdn: null, privateFqdn: null }], kubernetes: [] }, { pageSize: 50 });

    expect(api.requests).toEqual([]);
    expect(sources[0]).toMatchObject({ status: 'failed', code: 'refused' });
    expect(sources[0]?.message).toContain('none: ARM reports no fqdn or privateFQDN for the cluster');
  });

  it('refuses a kubeconfig that asks for a token for another application (kubelogin --server-id, the legacy integration\'s server app, the auth provider\'s apiserver-id)', async () => {
    const otherApp = '3c1f5a8e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
    const api = await kubeApi(`entra-token-for-${otherApp}`);
    const users: [string, string][] = [
      ['--server-id <app>', aksKubeconfig({ name: entraCluster.name, resourceGroup: 'rg-saas-prod', server: api.server, caPem: api.caPem, user: { exec: { command: 'kubelogin', args: kubeloginArgs(otherApp, TENANT) } } })],
      ['--server-id=<app>', aksKubeconfig({ name: entraCluster.name, resourceGroup: 'rg-saas-prod', server: api.server, caPem: api.caPem, user: { exec: { command: 'kubelogin', args: ['get-token', `--server-id=${otherApp}`, '--login', 'azurecli'] } } })],
      ['auth provider apiserver-id', authProviderKubeconfig(api, otherApp)],
    ];
    for (const [what, kubeconfig] of users) {
      const arm = await fakeArm({ [entraCluster.id]: { kubeconfig } });
      const scopes: string[] = [];
      const cred: TokenCredential = {
        getToken: async (scope) => {
          scopes.push(String(scope));
          return { token: String(scope) === `${otherApp}/.default` ? `entra-token-for-${otherApp}` : 'entra-token-for-arm', expiresOnTimestamp: Date.now() + 3600e3 };
        },
      };

      const { sources } = await collectAksInCluster(connection(arm, cred), { clusters: [{ ...entraClusterAt(api), aad: { managed: false, azureRbac: false } }], kubernetes: [] }, { pageSize: 50 });

      expect(scopes, what).toEqual([ARM_SCOPE]);
      expect(api.requests, what).toEqual([]);
      expect(sources[0], what).toMatchObject({ status: 'failed', code: 'refused' });
      expect(sources[0]?.message, what).toBe(`refused the kubeconfig from listClusterUserCredential: it asks for a token for the application ${otherApp}, not the AKS server application (${AKS_SERVER_APP_ID}); no token was asked for or sent`);
    }
  });
});

/** The old `azure` auth provider form of an Entra ID user, as kubeconfigs written before kubelogin carry it. */
function authProviderKubeconfig(api: FakeKubeApi, serverApp: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: entraCluster.name, cluster: { server: api.server, 'certificate-authority-data': Buffer.from(api.caPem ?? '').toString('base64') } }],
    contexts: [{ name: entraCluster.name, context: { cluster: entraCluster.name, user: 'clusterUser' } }],
    'current-context': entraCluster.name,
    users: [{ name: 'clusterUser', user: { 'auth-provider': { name: 'azure', config: { 'apiserver-id': serverApp, 'client-id': '80faf920-1908-4b52-b5ef-a8e7bedfc67a', 'tenant-id': TENANT, 'environment': 'AzurePublicCloud' } } } }],
  });
}
