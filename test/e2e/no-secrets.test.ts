import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { main } from '../../src/cli/main.ts';
import { workDir } from '../cli/run-main.ts';
import { aksCredentialRoutes, aksKubeconfig } from '../helpers/fake-arm/routes-aks-credentials.ts';
import { enrichmentRoutes } from '../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes, resourceGraphRow } from '../helpers/fake-arm/routes-inventory.ts';
import { startFakeArm } from '../helpers/fake-arm/server.ts';
import { startFakeKubeApi, writeKubeconfig, type FakeKubeApi } from '../helpers/fake-kube-api.ts';
import { readJsonReport } from '../helpers/report.ts';

/**
 * One scan over every source at once — an ARM export, a manifests folder, a kubeconfig context,
 * a live Azure subscription and its AKS cluster read in-cluster — whose inputs hide recognisable
 * canary values everywhere secrets hide in the wild: tag values, add-on config, the last-applied
 * annotation, container command lines and probes, literal environment values, Secret data and
 * server error text that echoes request headers and connection strings. No report (SARIF, JSON,
 * HTML), no snapshot, and nothing printed may contain one; nor may a scan of the saved snapshot.
 */

const CANARY = 'CANARY-SECRET-4f1c';
/** An Entra-shaped access token: a JWT never contains the canary text, so it is looked for itself. */
const JWT = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tIiwib2lkIjoiY2FuYXJ5In0.Q0FOQVJZLXNpZ25hdHVyZS00ZjFj';
const LEAKS = [CANARY, JWT];

const SUB_FILES = '9a7c2e14-3b5d-4f6a-8c1e-2d4f6a8b0c12';
const SUB_LIVE = '2e6b9d41-7c3a-4e5f-9b1d-3f5a7c9e1b24';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const credential: TokenCredential = { getToken: async (): Promise<AccessToken> => ({ token: 'entra-token-for-arm', expiresOnTimestamp: Date.now() + 3600e3 }) };

/** A managed cluster as ARM returns it (2026-08-01), with canaries in its tags and add-on config. */
function managedCluster(subscription: string, name: string, fqdn: string): Record<string, unknown> {
  return {
    id: `/subscriptions/${subscription}/resourceGroups/rg-${name}/providers/Microsoft.ContainerService/managedClusters/${name}`,
    name,
    type: 'Microsoft.ContainerService/ManagedClusters',
    location: 'westeurope',
    tags: { owner: 'payments', 'legacy-connection': `Server=tcp:sql-payments.database.windows.net;Password=${CANARY}-tag-value` },
    sku: { name: 'Base', tier: 'Standard' },
    identity: { type: 'SystemAssigned' },
    properties: {
      provisioningState: 'Succeeded',
      kubernetesVersion: '1.33.2',
      currentKubernetesVersion: '1.33.2',
      dnsPrefix: name,
      fqdn,
      enableRBAC: true,
      disableLocalAccounts: false,
      aadProfile: { managed: true, enableAzureRBAC: false, tenantID: TENANT },
      networkProfile: { networkPlugin: 'azure', networkPolicy: 'cilium', networkDataplane: 'cilium', outboundType: 'loadBalancer' },
      addonProfiles: {
        omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: `/subscriptions/${subscription}/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/log-payments` } },
        azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: 'true', rotationPollInterval: '2m' } },
        ingressApplicationGateway: { enabled: true, config: { applicationGatewayName: 'agw-payments', webhookSecret: `${CANARY}-addon-config` } },
      },
      agentPoolProfiles: [{ name: 'system', mode: 'System', count: 3, vmSize: 'Standard_D4s_v5', osType: 'Linux', orchestratorVersion: '1.33.2', availabilityZones: ['1', '2', '3'] }],
    },
  };
}

const created = '2026-10-02T08:14:55Z';
const probe = { exec: { command: ['redis-cli', '-a', `${CANARY}-probe-command`, 'ping'] }, periodSeconds: 10 };

/** Workloads as the API stores them (and kubectl prints them), with canaries where secrets hide. */
function objects(where: string): Record<string, object[]> {
  const container = {
    name: 'checkout',
    image: 'contosoacr.azurecr.io/checkout:1.8.2',
    command: ['/app/checkout', `--db-password=${CANARY}-${where}-command`],
    args: ['--api-token', `${CANARY}-${where}-args`],
    env: [
      { name: 'DB_PASSWORD', value: `${CANARY}-${where}-env-credential` },
      { name: 'FEATURE_FLAGS', value: `${CANARY}-${where}-env-plain` },
    ],
    livenessProbe: probe,
    lifecycle: { preStop: { exec: { command: ['/bin/sh', '-c', `curl -H 'Authorization: Bearer ${CANARY}-${where}-hook' http://localhost/drain`] } } },
    securityContext: { runAsNonRoot: true, runAsUser: 10001, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
  };
  const lastApplied = (o: object) => JSON.stringify({ ...o, env: `${CANARY}-${where}-last-applied` });
  const deploymentSpec = { replicas: 2, selector: { matchLabels: { app: 'checkout' } }, template: { metadata: { labels: { app: 'checkout' } }, spec: { containers: [container], initContainers: [{ ...container, name: 'migrate' }] } } };
  return {
    namespaces: [{ metadata: { name: 'payments', uid: 'uid-payments', creationTimestamp: created }, status: { phase: 'Active' } }],
    deployments: [
      {
        metadata: { name: 'checkout', namespace: 'payments', uid: 'uid-checkout', creationTimestamp: created, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied(deploymentSpec), 'deployment.kubernetes.io/revision': '3' } },
        spec: deploymentSpec,
      },
    ],
    cronjobs: [{ metadata: { name: 'nightly-export', namespace: 'payments', uid: 'uid-cron', creationTimestamp: created }, spec: { schedule: '0 2 * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'Never', containers: [container] } } } } } }],
    pods: [{ metadata: { name: 'debug-shell', namespace: 'payments', uid: 'uid-debug', creationTimestamp: created }, spec: { containers: [container], ephemeralContainers: [{ ...container, name: 'debugger' }] } }],
    secrets: [
      {
        metadata: { name: 'checkout-db', namespace: 'payments', uid: 'uid-secret', creationTimestamp: created, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ data: { password: `${CANARY}-${where}-secret-last-applied` } }) } },
        type: 'Opaque',
        data: { password: Buffer.from(`${CANARY}-${where}-secret-data`).toString('base64') },
        stringData: { token: `${CANARY}-${where}-secret-string-data` },
      },
    ],
  };
}

/** The objects as a manifests folder: one `kubectl get -o yaml` List per kind. */
function manifestsFolder(dir: string): string {
  const folder = join(dir, 'manifests');
  mkdirSync(folder);
  const kinds: Record<string, [string, string]> = { namespaces: ['v1', 'Namespace'], deployments: ['apps/v1', 'Deployment'], cronjobs: ['batch/v1', 'CronJob'], pods: ['v1', 'Pod'], secrets: ['v1', 'Secret'] };
  for (const [plural, items] of Object.entries(objects('manifest'))) {
    const [apiVersion, kind] = kinds[plural]!;
    writeFileSync(join(folder, `${plural}.yaml`), stringify({ apiVersion: 'v1', kind: 'List', items: items.map((item) => ({ apiVersion, kind, ...item })) }));
  }
  return folder;
}

/** A server error that echoes what it was sent, as proxies and gateways do. */
const echoedHeaders = (where: string) => `upstream rejected the request: Authorization: Bearer ${CANARY}-${where}-bearer-header (x-ms-client-request-id: 5b2f0c1e)`;

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function kubeApi(where: string, token: string): Promise<FakeKubeApi> {
  const api = await startFakeKubeApi({ objects: objects(where), token, failing: { roles: { status: 502, message: echoedHeaders(`${where}-kube`) }, services: { status: 500, message: `admission webhook failed: ${JWT}` } } });
  opened.push(api);
  return api;
}

interface Outputs {
  files: Record<string, string>;
  printed: string;
}

/** Every file under `dir`, by name, and what the run printed. */
function outputsOf(dir: string, printed: string[]): Outputs {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) if (name.isFile()) files[join(name.parentPath, name.name)] = readFileSync(join(name.parentPath, name.name), 'utf8');
  return { files, printed: printed.join('\n') };
}

function leaksIn(outputs: Outputs): string[] {
  const texts = { ...outputs.files, printed: outputs.printed };
  return Object.entries(texts).flatMap(([where, text]) => LEAKS.filter((leak) => text.includes(leak)).map((leak) => `${where}: ${text.slice(text.indexOf(leak) - 80, text.indexOf(leak) + 60)}`));
}

describe('no secret value from the input reaches any output', () => {
  it('a scan of every kind of source writes none in SARIF, JSON, HTML, the snapshot or the terminal; nor does a scan of that snapshot', async () => {
    const dir = workDir();
    // ARM export and manifests.
    const exported = join(dir, 'arm');
    mkdirSync(exported);
    writeFileSync(join(exported, 'aks-files.json'), JSON.stringify([managedCluster(SUB_FILES, 'aks-files-weu', 'aks-files-weu-k3x9.hcp.westeurope.azmk8s.io')], null, 2));
    const manifests = manifestsFolder(dir);

    // A kubeconfig context, its token a canary too.
    const contextToken = `${CANARY}-context-token`;
    const contextApi = await kubeApi('context', contextToken);
    const kubeconfig = writeKubeconfig(join(dir, 'kubeconfig'), [{ name: 'aks-context-weu', server: contextApi.server, token: contextToken, caPem: contextApi.caPem }]);

    // Live Azure: the cluster's own API server (a local account whose token is a canary), and per-service reads whose errors echo credentials.
    const localToken = `${CANARY}-local-account-token`;
    const liveApi = await kubeApi('live', localToken);
    const live = managedCluster(SUB_LIVE, 'aks-live-weu', new URL(liveApi.server).host);
    const liveId = String(live.id);
    const arm = await startFakeArm([
      ...inventoryRoutes({ subscriptions: [{ subscriptionId: SUB_LIVE, displayName: 'contoso-payments-prod' }], rows: [resourceGraphRow(live, TENANT)] }),
      ...enrichmentRoutes({
        answers: {
          [`${liveId}/providers/Microsoft.Insights/diagnosticSettings`]: { status: 401, code: 'InvalidAuthenticationToken', message: echoedHeaders('arm') },
          [`/subscriptions/${SUB_LIVE}/providers/Microsoft.ContainerService/locations/westeurope/kubernetesVersions`]: {
            status: 500,
            code: 'InternalServerError',
            message: `cache read failed: DefaultEndpointsProtocol=https;AccountName=stakscache;AccountKey=${CANARY}-account-key;EndpointSuffix=core.windows.net`,
          },
          [`/subscriptions/${SUB_LIVE}/providers/Microsoft.Security/securityContacts`]: { status: 403, code: 'Forbidden', message: `token ${JWT} rejected for https://stsec.blob.core.windows.net/contacts?sv=2022-11-02&sp=r&sig=${CANARY}-sas-signature` },
        },
      }),
      ...aksCredentialRoutes({ [liveId]: { kubeconfig: aksKubeconfig({ name: 'aks-live-weu', resourceGroup: 'rg-aks-live-weu', server: liveApi.server, caPem: liveApi.caPem, user: { token: localToken } }) } }),
    ]);
    opened.push(arm);

    const out = join(dir, 'out');
    const printed: string[] = [];
    const hooks = { azure: { credential, tlsCa: arm.ca, retry: { maxRetries: 0, retryDelayInMs: 5, maxRetryDelayInMs: 10 } } };
    const print = (s: string) => printed.push(s);
    const code = await main(
      ['scan', '--input', exported, '--manifests', `${manifests}=aks-files-weu`, '--kubeconfig', kubeconfig, '--context', 'aks-context-weu', '--subscription', SUB_LIVE, '--arm-endpoint', arm.url, '--aks-in-cluster',
        '--format', 'sarif,json,html', '--out', join(out, 'reports'), '--save-snapshot', join(out, 'snapshot.json'), '--as-of', '2026-11-22', '--fail-on', 'none'],
      print,
      print,
      hooks,
    );
    expect(printed.filter((line) => line.startsWith('aks-audit:'))).toEqual([]);
    expect(code).toBe(0);
    expect(leaksIn(outputsOf(out, printed))).toEqual([]);

    // Every source was read (the scan is not vacuous), and the errors are there, redacted.
    const report = readJsonReport(join(out, 'reports', 'aks-audit.json'));
    expect(liveApi.requests.length).toBeGreaterThan(0);
    expect(contextApi.requests.length).toBeGreaterThan(0);
    const messages = report.sources.map((s) => `${s.id}: ${s.message ?? ''} ${(s.unread ?? []).map((u) => u.reason).join(' ')}`).join('\n');
    expect(messages).toContain('Authorization: [redacted]');
    expect(messages).toContain('AccountKey=[redacted]');
    expect(messages).toContain('sig=[redacted]');
    expect(messages).toContain('admission webhook failed: [redacted]');
    const credentialsInEnv = report.findings.filter((f) => f.ruleId === 'k8s-credentials-in-env' && f.status === 'fail');
    // Deployment, CronJob and Pod, in each of the three clusters.
    expect(credentialsInEnv).toHaveLength(9);
    expect(credentialsInEnv.some((f) => f.message.includes('DB_PASSWORD'))).toBe(true);
    expect(Object.keys(outputsOf(out, []).files).map((f) => f.slice(out.length + 1)).sort()).toEqual(['reports/aks-audit.html', 'reports/aks-audit.json', 'reports/aks-audit.sarif', 'snapshot.json']);


    // The saved snapshot, scanned again: the same holds.
    const again = join(dir, 'again');
    const printedAgain: string[] = [];
    const codeAgain = await main(['scan', '--snapshot', join(out, 'snapshot.json'), '--format', 'sarif,json,html', '--out', again, '--as-of', '2026-11-22', '--fail-on', 'none'], (s) => printedAgain.push(s), (s) => printedAgain.push(s));
    expect(codeAgain).toBe(0);
    expect(readJsonReport(join(again, 'aks-audit.json')).findings.filter((f) => f.ruleId === 'k8s-credentials-in-env' && f.status === 'fail')).toHaveLength(credentialsInEnv.length);
    expect(leaksIn(outputsOf(again, printedAgain))).toEqual([]);
  });
});
