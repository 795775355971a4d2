import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveOptions } from '../../../src/collectors/kubernetes/live-options.ts';
import { collectLiveKubernetes } from '../../../src/collectors/kubernetes/live.ts';
import { deadlineAfter } from '../../../src/collectors/read-limits.ts';
import { matchAksClusters } from '../../../src/collectors/kubernetes/match-aks.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { KUBERNETES_KINDS, type KubernetesCluster } from '../../../src/state/kubernetes.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { startFakeKubeApi, writeKubeconfig, type FakeKubeApi, type FakeKubeApiOptions } from '../../helpers/fake-kube-api.ts';
import { cluster } from '../../helpers/state.ts';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.reader';
const created = '2026-10-02T08:14:55Z';

const meta = (name: string, namespace?: string, extra: Record<string, unknown> = {}) => ({ name, ...(namespace ? { namespace } : {}), uid: `uid-${namespace ?? ''}-${name}`, creationTimestamp: created, ...extra });

/** A small payments cluster: three namespaces, a deployment with seven pods, secrets with data the collector must never keep. */
const OBJECTS: FakeKubeApiOptions['objects'] = {
  namespaces: ['default', 'kube-system', 'payments'].map((n) => ({ metadata: meta(n), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } })),
  deployments: [{ metadata: meta('checkout', 'payments', { labels: { app: 'checkout' } }), spec: { replicas: 7, selector: { matchLabels: { app: 'checkout' } }, template: { metadata: { labels: { app: 'checkout' } }, spec: { containers: [{ name: 'api', image: 'acrsaasprod.azurecr.io/checkout:1.14.2' }] } } } }],
  replicasets: [{ metadata: meta('checkout-7d9f8b6c5', 'payments', { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'checkout', uid: 'uid-payments-checkout', controller: true }] }), spec: { replicas: 7, selector: { matchLabels: { app: 'checkout' } } } }],
  pods: Array.from({ length: 7 }, (_, i) => ({
    metadata: meta(`checkout-7d9f8b6c5-${i}`, 'payments', {
      labels: { app: 'checkout' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'checkout-7d9f8b6c5', uid: 'uid-payments-checkout-7d9f8b6c5', controller: true }],
      managedFields: [{ manager: 'kube-controller-manager', operation: 'Update', apiVersion: 'v1', time: created, fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': {} } }],
    }),
    spec: { serviceAccountName: 'checkout', containers: [{ name: 'api', image: 'acrsaasprod.azurecr.io/checkout:1.14.2', securityContext: { runAsNonRoot: true } }] },
    status: { phase: 'Running', startTime: created },
  })),
  networkpolicies: [{ metadata: meta('default-deny', 'payments'), spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } }],
  replicationcontrollers: [{ metadata: meta('legacy', 'payments'), spec: { replicas: 1, selector: { app: 'legacy' }, template: { metadata: { labels: { app: 'legacy' } }, spec: { containers: [{ name: 'app', image: 'acrsaasprod.azurecr.io/legacy:2.0' }] } } } }],
  ciliumclusterwidenetworkpolicies: [{ metadata: meta('allow-world'), spec: { endpointSelector: {}, egress: [{ toEntities: ['world'] }] } }],
  serviceaccounts: [{ metadata: meta('checkout', 'payments'), automountServiceAccountToken: false }],
  clusterrolebindings: [{ metadata: meta('cluster-admin'), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }] }],
  secrets: [
    {
      metadata: meta('checkout-db', 'payments', { labels: { app: 'checkout' }, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1","data":{"password":"czNjcjN0"},"kind":"Secret"}', team: 'payments' } }),
      type: 'Opaque',
      data: { password: 'czNjcjN0' },
    },
    { metadata: meta('tls-checkout', 'payments'), type: 'kubernetes.io/tls', data: { 'tls.crt': 'LS0tLS1CRUdJTg==', 'tls.key': 'LS0tLS1CRUdJTiBQUklWQVRF' } },
  ],
};

const servers: FakeKubeApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fakeCluster(extra: Partial<FakeKubeApiOptions> = {}): Promise<FakeKubeApi> {
  const api = await startFakeKubeApi({ objects: OBJECTS, token: TOKEN, ...extra });
  servers.push(api);
  return api;
}

function kubeconfigFor(apis: { name: string; api: FakeKubeApi | { server: string; caPem: string | null } }[], current?: string): string {
  return writeKubeconfig(join(workDir(), 'config'), apis.map(({ name, api }) => ({ name, server: api.server, token: TOKEN, caPem: api.caPem })), current);
}

const live = (kubeconfig: string, extra: Partial<LiveOptions> = {}): LiveOptions => ({ kubeconfig, contexts: [], allContexts: false, inCluster: false, pageSize: 3, ...extra });

function only(clusters: KubernetesCluster[]): KubernetesCluster {
  expect(clusters).toHaveLength(1);
  return clusters[0]!;
}

describe('live collection with @kubernetes/client-node against a local API server', () => {
  it('gathers every page of every kind, with the objects in their API shape and the context as origin', async () => {
    const api = await fakeCluster();
    const { clusters, sources } = await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks-saas-prod-weu', api }])));
    const k = only(clusters);
    expect(k.id).toBe('context:aks-saas-prod-weu');
    expect(k.server).toBe('127.0.0.1');
    expect(k.unread).toEqual({});
    expect(k.objects.pods?.map((p) => p.object.metadata?.name)).toEqual(Array.from({ length: 7 }, (_, i) => `checkout-7d9f8b6c5-${i}`));
    expect(k.objects.namespaces).toHaveLength(3);
    expect(k.objects.ingresses).toEqual([]);
    const pod = k.objects.pods![0]!;
    expect(pod.origin).toEqual({ source: 'context:aks-saas-prod-weu' });
    expect(pod.object).toMatchObject({ apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ securityContext: { runAsNonRoot: true } }] } });
    expect(pod.object.metadata?.creationTimestamp).toBe(created); // a string as the API sent it, not a Date
    expect(pod.object.metadata?.managedFields).toBeUndefined();
    expect(k.objects.deployments![0]!.object).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
    expect(k.objects.replicationcontrollers![0]!.object).toMatchObject({ apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'legacy' } });
    expect(k.objects.ciliumclusterwidenetworkpolicies![0]!.object).toMatchObject({ apiVersion: 'cilium.io/v2', kind: 'CiliumClusterwideNetworkPolicy' });
    expect(k.objects.globalnetworkpolicies).toEqual([]);

    const podPages = api.requests.filter((r) => r.path === '/api/v1/pods');
    expect(podPages.map((r) => r.query.limit)).toEqual(['3', '3', '3']);
    expect(podPages[0]!.query.continue).toBeUndefined();
    expect(podPages.slice(1).every((r) => r.query.continue)).toBe(true);
    expect(api.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(sources).toEqual([{ id: 'context:aks-saas-prod-weu', kind: 'kubernetes', target: `aks-saas-prod-weu (${api.server})`, status: 'ok', resources: 19 }]);
  });

  it('lists Flux and Argo CD objects where their CRDs are served, keeping where they pull from and not their Helm values', async () => {
    const gitops = {
      gitrepositories: [{ metadata: meta('flux-system', 'flux-system'), spec: { url: 'ssh://git@github.com/contoso/fleet', secretRef: { name: 'flux-system' } }, status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Succeeded', message: 'stored artifact' }] } }],
      kustomizations: [{ metadata: meta('apps', 'flux-system'), spec: { path: './apps', sourceRef: { kind: 'GitRepository', name: 'flux-system' }, postBuild: { substitute: { db_password: 'hunter2' } } }, status: { conditions: [{ type: 'Ready', status: 'True', reason: 'ReconciliationSucceeded' }] } }],
      applications: [{ metadata: meta('shop', 'argocd'), spec: { source: { repoURL: 'https://github.com/contoso/shop', helm: { values: 'password: hunter2' } }, syncPolicy: { automated: {} } }, status: { sync: { status: 'Synced' } } }],
    };
    const api = await fakeCluster({ objects: { ...OBJECTS, ...gitops }, notFound: ['ocirepositories'] });
    const k = only((await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks-saas-prod-weu', api }])))).clusters);
    expect(api.requests.map((r) => r.path)).toEqual(expect.arrayContaining(['/apis/source.toolkit.fluxcd.io/v1/gitrepositories', '/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations', '/apis/argoproj.io/v1alpha1/applications']));
    expect(k.unread).toEqual({ ocirepositories: { code: 'not-found', reason: expect.stringMatching(/does not serve source.toolkit.fluxcd.io\/v1beta2 ocirepositories/) } });
    expect(k.objects.kustomizations![0]!.object).toMatchObject({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', spec: { sourceRef: { kind: 'GitRepository', name: 'flux-system' } } });
    expect(k.objects.applications![0]!.object).toMatchObject({ kind: 'Application', spec: { source: { repoURL: 'https://github.com/contoso/shop' } }, status: { sync: { status: 'Synced' } } });
    expect(JSON.stringify(k.objects)).not.toMatch(/hunter2/);
  });

  it('lists Secrets as metadata only: no data is requested, and none is kept whatever arrives', async () => {
    const api = await fakeCluster();
    const k = only((await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks', api }])))).clusters);
    const secretRequests = api.requests.filter((r) => r.path === '/api/v1/secrets');
    expect(secretRequests.length).toBeGreaterThan(0);
    expect(secretRequests.every((r) => r.accept === 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1')).toBe(true);
    expect(k.objects.secrets?.map((s) => s.object)).toEqual([
      { apiVersion: 'v1', kind: 'Secret', metadata: meta('checkout-db', 'payments', { labels: { app: 'checkout' }, annotations: { team: 'payments' } }) },
      { apiVersion: 'v1', kind: 'Secret', metadata: meta('tls-checkout', 'payments') },
    ]);
    expect(JSON.stringify(k)).not.toMatch(/czNjcjN0|LS0tLS1CRUdJTg/);
  });

  it('answers a 403 kind as unread with who was refused, reads the others, and marks the source partial', async () => {
    const api = await fakeCluster({ forbidden: ['secrets', 'clusterrolebindings'], user: 'oid:0b8e2c5d-reader' });
    const { clusters, sources } = await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks-saas-stg-weu', api }])));
    const k = only(clusters);
    expect(k.objects.secrets).toBeNull();
    expect(k.objects.clusterrolebindings).toBeNull();
    expect(k.unread).toEqual({
      clusterrolebindings: { code: 'forbidden', reason: 'list clusterrolebindings forbidden for oid:0b8e2c5d-reader' },
      secrets: { code: 'forbidden', reason: 'list secrets forbidden for oid:0b8e2c5d-reader' },
    });
    expect(k.objects.pods).toHaveLength(7);
    expect(k.objects.networkpolicies).toHaveLength(1);
    expect(sources[0]).toMatchObject({ status: 'partial', code: 'forbidden', message: 'clusterrolebindings: list clusterrolebindings forbidden for oid:0b8e2c5d-reader; secrets: list secrets forbidden for oid:0b8e2c5d-reader' });
    expect(sources[0]!.unread).toEqual([
      { kind: 'clusterrolebindings', code: 'forbidden', reason: 'list clusterrolebindings forbidden for oid:0b8e2c5d-reader' },
      { kind: 'secrets', code: 'forbidden', reason: 'list secrets forbidden for oid:0b8e2c5d-reader' },
    ]);
  });

  it('answers a page slower than the request timeout as a timeout for that kind only', async () => {
    const api = await fakeCluster({ slow: { kind: 'pods', page: 2, delayMs: 5_000 } });
    const k = only((await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks', api }]), { requestTimeoutMs: 400 }))).clusters);
    expect(k.objects.pods).toBeNull();
    expect(k.unread.pods).toEqual({ code: 'timeout', reason: 'list pods timed out after 400 ms (page 2)' });
    expect(k.objects.deployments).toHaveLength(1);
    expect(Object.keys(k.unread)).toEqual(['pods']);
  });

  it('a continue token that comes back ends that kind (page-loop): unread, not the pages so far', async () => {
    const api = await fakeCluster({ endless: { kind: 'pods', token: 'same' } });
    const { clusters, sources } = await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks', api }])));
    const k = only(clusters);
    expect(api.requests.filter((r) => r.path === '/api/v1/pods')).toHaveLength(2);
    expect(k.objects.pods).toBeNull();
    expect(k.unread.pods).toEqual({ code: 'page-loop', reason: expect.stringMatching(/^list pods: a continuation token came back after 2 page/) });
    expect(k.objects.deployments).toHaveLength(1);
    expect(sources).toEqual([expect.objectContaining({ status: 'partial', code: 'page-loop' })]);
  });

  it('a list that pages forever stops at --max-pages (page-limit)', async () => {
    const api = await fakeCluster({ endless: { kind: 'secrets', token: 'fresh' } });
    const k = only((await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks', api }])), { maxPages: 4 })).clusters);
    expect(api.requests.filter((r) => r.path === '/api/v1/secrets')).toHaveLength(4);
    expect(k.unread.secrets).toEqual({ code: 'page-limit', reason: 'list secrets: stopped after 4 page(s) (--max-pages 4); the rest was not read' });
  });

  it('past the scan deadline a hung page is abandoned as timeout, naming the deadline', async () => {
    const api = await fakeCluster({ slow: { kind: 'pods', page: 1, delayMs: 30_000 } });
    const started = Date.now();
    const k = only((await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks', api }])), { deadline: deadlineAfter(1) })).clusters);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(k.unread.pods).toEqual({ code: 'timeout', reason: "list pods: the scan's deadline (--deadline 1) passed before this was read" });
  });

  it('a credential plugin that never answers costs one request timeout for the whole cluster, not the run', async () => {
    const api = await fakeCluster();
    const file = join(workDir(), 'config');
    // kubelogin waiting for a device login that never comes: here, a process that only sleeps.
    writeFileSync(file, ['apiVersion: v1', 'kind: Config', 'clusters:', '- name: aks', '  cluster:', `    server: ${api.server}`, `    certificate-authority-data: ${Buffer.from(api.caPem!).toString('base64')}`,
      'users:', '- name: waiting', '  user:', '    exec:', '      apiVersion: client.authentication.k8s.io/v1beta1', '      command: sleep', '      args: ["3"]', '      interactiveMode: Never',
      'contexts:', '- name: aks', '  context:', '    cluster: aks', '    user: waiting', 'current-context: aks', ''].join('\n'));
    const started = Date.now();
    const { clusters, sources } = await collectLiveKubernetes(live(file, { requestTimeoutMs: 400 }));
    expect(Date.now() - started).toBeLessThan(2500);
    expect(api.requests).toEqual([]);
    const reasons = new Set(Object.values(only(clusters).unread).map((u) => `${u.code}: ${u.reason}`));
    expect([...reasons]).toEqual(['timeout: the credentials of waiting (kubeconfig user: token, certificate or exec plugin) were not ready within 400 ms']);
    expect(Object.keys(only(clusters).unread)).toHaveLength(KUBERNETES_KINDS.length);
    expect(sources).toEqual([expect.objectContaining({ status: 'failed', code: 'timeout' })]);
  });

  it('answers a kind the server does not serve as not-found', async () => {
    const api = await fakeCluster({ notFound: ['horizontalpodautoscalers', 'globalnetworkpolicies'] });
    const k = only((await collectLiveKubernetes(live(kubeconfigFor([{ name: 'aks', api }])))).clusters);
    expect(k.unread).toEqual({
      horizontalpodautoscalers: { code: 'not-found', reason: 'the API server does not serve autoscaling/v2 horizontalpodautoscalers' },
      globalnetworkpolicies: { code: 'not-found', reason: 'the API server does not serve crd.projectcalico.org/v1 globalnetworkpolicies' },
    });
  });

  it('goes on past a context whose API server cannot be reached, marking it failed', async () => {
    const up = await fakeCluster();
    const gone = await startFakeKubeApi({ objects: {}, token: TOKEN });
    await gone.close();
    const file = kubeconfigFor([{ name: 'aks-up', api: up }, { name: 'aks-gone', api: gone }]);
    const { clusters, sources } = await collectLiveKubernetes(live(file, { allContexts: true }));
    expect(clusters.map((c) => c.name)).toEqual(['aks-up', 'aks-gone']);
    const [ok, failed] = clusters as [KubernetesCluster, KubernetesCluster];
    expect(ok.objects.pods).toHaveLength(7);
    expect(Object.values(failed.objects).every((v) => v === null)).toBe(true);
    expect(Object.keys(failed.unread)).toEqual(KUBERNETES_KINDS);
    expect(failed.unread.pods?.reason).toMatch(new RegExp(`^cannot reach ${gone.server}: .*ECONNREFUSED`));
    expect(sources.map((s) => [s.target.split(' ')[0], s.status, s.code])).toEqual([['aks-up', 'ok', undefined], ['aks-gone', 'failed', 'unreachable']]);
  });

  it('reads the current context by default, the named ones with --context, and refuses an unknown name', async () => {
    const a = await fakeCluster();
    const b = await fakeCluster();
    const file = kubeconfigFor([{ name: 'aks-a', api: a }, { name: 'aks-b', api: b }], 'aks-b');
    expect((await collectLiveKubernetes(live(file))).clusters.map((c) => c.name)).toEqual(['aks-b']);
    expect((await collectLiveKubernetes(live(file, { contexts: ['aks-a'] }))).clusters.map((c) => c.name)).toEqual(['aks-a']);
    await expect(collectLiveKubernetes(live(file, { contexts: ['aks-c'] }))).rejects.toThrow(InputError);
    await expect(collectLiveKubernetes(live(file, { contexts: ['aks-c'] }))).rejects.toThrow('no context "aks-c" (contexts: aks-a, aks-b)');
  });
});

describe('matching live clusters to AKS clusters by API server FQDN', () => {
  const k = (server: string | null, aksClusterId: string | null = null) => ({ ...only([{ id: `context:${server}`, name: String(server), server, aksClusterId, subscriptionId: null, resourceGroup: null, objects: {} as KubernetesCluster['objects'], unread: {} }]) });

  it('matches the public or private FQDN, ignoring case and a trailing dot, and leaves others alone', () => {
    const prod = cluster({ name: 'aks-saas-prod-weu', fqdn: 'aks-saas-prod-weu-dns-4f1c9a2e.hcp.westeurope.azmk8s.io', privateFqdn: null });
    const priv = cluster({ name: 'aks-saas-priv-weu', fqdn: null, privateFqdn: 'aks-saas-priv-weu-7a3b.privatelink.westeurope.azmk8s.io' });
    const pub = k('AKS-SAAS-PROD-WEU-DNS-4F1C9A2E.hcp.westeurope.azmk8s.io.');
    const pvt = k('aks-saas-priv-weu-7a3b.privatelink.westeurope.azmk8s.io');
    const other = k('10.0.0.1');
    const none = k(null);
    const linked = k('aks-saas-priv-weu-7a3b.privatelink.westeurope.azmk8s.io', '/subscriptions/x/resourceGroups/y/providers/Microsoft.ContainerService/managedClusters/chosen');
    matchAksClusters([pub, pvt, other, none, linked], [prod, priv]);
    expect([pub, pvt, other, none].map((c) => c.aksClusterId)).toEqual([prod.id, priv.id, null, null]);
    expect([pub, pvt, other].map((c) => [c.subscriptionId, c.resourceGroup])).toEqual([[prod.subscriptionId, prod.resourceGroup], [priv.subscriptionId, priv.resourceGroup], [null, null]]);
    expect(linked.aksClusterId).toMatch(/chosen$/);
  });
});

describe('aks-audit scan --kubeconfig', () => {
  it('scans a live cluster with no --input and names the forbidden kind in the coverage section', async () => {
    const api = await fakeCluster({ forbidden: ['secrets'], user: 'aks-audit-reader' });
    const dir = workDir();
    const file = kubeconfigFor([{ name: 'aks-saas-stg-weu', api }, { name: 'aks-other', api }], 'aks-other');
    const out = join(dir, 'reports');
    const run = await runMain('scan', '--kubeconfig', file, '--context', 'aks-saas-stg-weu', '--page-size', '2', '--format', 'json,html', '--out', out, '--fail-on', 'none', '--quiet', '--save-snapshot', join(dir, 'snapshot.json'));
    expect(run).toEqual({ code: 0, stdout: [], stderr: [] });
    const report = JSON.parse(readFileSync(join(out, 'aks-audit.json'), 'utf8')) as { sources: { id: string; status: string; code?: string; message?: string }[] };
    expect(report.sources).toEqual([expect.objectContaining({ id: 'context:aks-saas-stg-weu', status: 'partial', code: 'forbidden', message: 'secrets: list secrets forbidden for aks-audit-reader' })]);
    const coverage = /<section id="coverage">[\s\S]*?<\/section>/.exec(readFileSync(join(out, 'aks-audit.html'), 'utf8'))?.[0] ?? '';
    expect(coverage).toContain('secrets: list secrets forbidden for aks-audit-reader');
    expect(api.requests.filter((r) => r.path === '/api/v1/pods').map((r) => r.query.limit)).toEqual(['2', '2', '2', '2']);
    // The saved snapshot reads back as a complete scan.
    expect((await runMain('scan', '--snapshot', join(dir, 'snapshot.json'), '--format', 'json', '--out', join(dir, 'again'), '--fail-on', 'none', '--quiet')).code).toBe(0);
  });

  it.each([
    [['--context', 'a', '--all-contexts'], '--context and --all-contexts cannot be combined'],
    [['--in-cluster', '--kubeconfig', 'k'], '--in-cluster uses the pod service account'],
    [['--kubeconfig', 'k', '--page-size', '0'], '--page-size: "0" is not a positive whole number'],
    [['--input', 'x.json', '--page-size', '10'], '--page-size applies to live reads'],
    [['--kubeconfig', 'k', '--snapshot', 's.json'], 'cannot be combined: a snapshot is already a complete scan'],
  ])('refuses %j as a usage error', async (flags, message) => {
    const run = await runMain('scan', ...flags);
    expect(run.code).toBe(2);
    expect(run.stderr.join('\n')).toContain(message);
  });

  it('refuses a missing kubeconfig file with exit 2', async () => {
    const run = await runMain('scan', '--kubeconfig', join(workDir(), 'nope'), '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr[0]).toMatch(/nope: no such kubeconfig file$/);
  });
});
