import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../src/collectors/files/expand-inputs.ts';
import { readManifests } from '../../../src/collectors/kubernetes/files.ts';
import { jsonItemOffsets } from '../../../src/collectors/kubernetes/manifest-documents.ts';
import { KUBERNETES_KINDS } from '../../../src/state/kubernetes.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { readJsonReport } from '../../helpers/report.ts';

const SECRET = 'cG9zdGdyZXM6Ly9wYXltZW50czpTM2NyZXRAcHNxbA==';

/** Writes `files` (relative path → text) below a fresh folder; returns the folder. */
function folder(files: Record<string, string>): string {
  const dir = join(workDir(), 'aks-saas-prod-weu');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The line of `needle` in `text`, 1-based: where an object should be reported. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`${needle} not in text`);
  return text.slice(0, at).split('\n').length;
}

const KUBECTL_YAML = `apiVersion: v1
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: payments-api
    namespace: payments
  spec:
    replicas: 3
    template:
      spec:
        containers:
        - name: api
          image: acrsaasprod.azurecr.io/payments/api:4.12.0
- apiVersion: v1
  kind: Service
  metadata:
    name: payments-api
    namespace: payments
  spec:
    type: ClusterIP
kind: List
metadata:
  resourceVersion: ""
`;

const HELM_TEMPLATE = `---
# Source: orders/templates/serviceaccount.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: orders
  namespace: orders
---
# Source: orders/templates/disabled-hpa.yaml
---
# Source: orders/templates/configmap.yaml
apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
data:
  LOG_LEVEL: info
---
# Source: orders/templates/networkpolicy.yaml
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: orders
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`;

describe('Kubernetes objects from files', () => {
  it('reads kubectl -o yaml List output, each item at its own line', () => {
    const dir = folder({ 'workloads.yaml': KUBECTL_YAML });
    const { cluster, source } = readManifests(dir);
    const file = displayPath(join(dir, 'workloads.yaml'));
    expect(cluster.name).toBe('aks-saas-prod-weu');
    expect(cluster.id).toBe(`files:${displayPath(dir)}`);
    expect(cluster.server).toBeNull();
    expect(cluster.aksClusterId).toBeNull();
    expect(cluster.objects.deployments).toEqual([
      { object: expect.objectContaining({ kind: 'Deployment', metadata: { name: 'payments-api', namespace: 'payments' } }), origin: { source: cluster.id, file, pointer: '/items/0', line: 3 } },
    ]);
    expect(cluster.objects.services?.[0]?.origin).toEqual({ source: cluster.id, file, pointer: '/items/1', line: lineOf(KUBECTL_YAML, '- apiVersion: v1\n  kind: Service') });
    expect(source).toMatchObject({ id: cluster.id, kind: 'file', target: displayPath(dir), status: 'ok', resources: 2 });
  });

  it('reads kubectl -o json List output and finds each item line in the text', () => {
    const list = { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: [
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'orders-7d9c-x2k4p', namespace: 'orders', annotations: { note: 'has "quotes", [brackets] and {braces}' } }, spec: { containers: [{ name: 'app', image: 'acrsaasprod.azurecr.io/orders:2.3.1' }] } },
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'orders-7d9c-q8w2m', namespace: 'orders' }, spec: { containers: [] } },
    ] };
    const text = JSON.stringify(list, null, 4);
    const { cluster } = readManifests(folder({ 'pods.json': text }));
    expect(cluster.objects.pods?.map((p) => [p.object.metadata?.name, p.origin.pointer, p.origin.line])).toEqual([
      ['orders-7d9c-x2k4p', '/items/0', lineOf(text, '{\n            "apiVersion": "v1",\n            "kind": "Pod"') ],
      ['orders-7d9c-q8w2m', '/items/1', text.slice(0, text.lastIndexOf('        {')).split('\n').length],
    ]);
  });

  it('finds item offsets in compact JSON, whatever the key order and string content', () => {
    const text = '{"kind":"List","metadata":{"x":"}]\\"items\\":["},"items":[{"a":"[{"},[1,2],  "s",3,true,null],"apiVersion":"v1"}';
    const offsets = jsonItemOffsets(text, 0)!;
    expect(offsets.map((o) => text.slice(o, o + 3))).toEqual(['{"a', '[1,', '"s"', '3,t', 'tru', 'nul']);
  });

  it('reads an API list (DeploymentList) whose items omit kind and apiVersion', () => {
    const text = JSON.stringify({ apiVersion: 'apps/v1', kind: 'DeploymentList', metadata: {}, items: [{ metadata: { name: 'orders', namespace: 'orders' }, spec: {} }] });
    const { cluster } = readManifests(folder({ 'deployments.json': text }));
    expect(cluster.objects.deployments?.[0]?.object).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'orders' } });
  });

  it('an empty typed list says "none of this kind"; an empty untyped List says nothing', () => {
    const { cluster } = readManifests(folder({
      'netpol.json': JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicyList', items: [] }),
      'pods.yaml': 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n',
      'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: orders\n',
    }));
    expect(cluster.objects.networkpolicies).toEqual([]);
    expect(cluster.unread.networkpolicies).toBeUndefined();
    expect(cluster.objects.pods).toBeNull();
    expect(cluster.unread.pods).toEqual({ code: 'absent', reason: 'not in the input files' });
  });

  it('reads multi-document YAML as helm template prints it: empty documents skipped, pointers per document', () => {
    const { cluster, unrecognized } = readManifests(folder({ 'orders.yaml': HELM_TEMPLATE }));
    const file = cluster.objects.serviceaccounts![0]!.origin.file;
    expect(cluster.objects.serviceaccounts?.[0]?.origin).toEqual({ source: cluster.id, file, pointer: '/0', line: 3 });
    expect(cluster.objects.networkpolicies?.[0]?.origin).toEqual({ source: cluster.id, file, pointer: '/3', line: lineOf(HELM_TEMPLATE, 'apiVersion: networking.k8s.io/v1') });
    expect(cluster.objects.networkpolicies?.[0]?.object.spec?.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(unrecognized).toEqual([{ type: 'kubernetes/ConfigMap', count: 1 }]);
  });

  it('reads a single plain manifest, pointer empty, and names the cluster after the file', () => {
    const dir = folder({ 'payments-sa.yml': '# the payments identity\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: payments\n  namespace: payments\n' });
    const { cluster } = readManifests(join(dir, 'payments-sa.yml'));
    expect(cluster.name).toBe('payments-sa');
    expect(cluster.objects.serviceaccounts?.[0]?.origin).toMatchObject({ pointer: '', line: 2 });
  });

  it('reads YAML merge keys and anchors, as kustomize and hand-written manifests use them', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: &labels\n    app: web\nspec:\n  selector:\n    matchLabels: *labels\n  template:\n    metadata:\n      labels:\n        <<: *labels\n        tier: front\n';
    const { cluster } = readManifests(folder({ 'web.yaml': text }));
    expect(cluster.objects.deployments?.[0]?.object.spec?.template.metadata?.labels).toEqual({ app: 'web', tier: 'front' });
  });

  it('walks folders recursively in a stable order, reading .yaml, .yml and .json only', () => {
    const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
    const dir = folder({ 'b/zeta.yml': ns('zeta'), 'a.yaml': ns('alpha'), 'b/c/mid.json': JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'mid' } }), 'README.md': '# not a manifest', '.hidden/x.yaml': 'not: [valid', 'values.txt': 'x' });
    const { cluster } = readManifests(dir);
    expect(cluster.objects.namespaces?.map((n) => n.object.metadata?.name)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('drops Secret data, stringData and the last-applied copy of them on read', () => {
    const text = `apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: payments
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1","data":{"url":"${SECRET}"},"kind":"Secret"}'
    owner: payments
type: Opaque
data:
  url: ${SECRET}
stringData:
  password: ${SECRET}
`;
    const { cluster } = readManifests(folder({ 'secret.yaml': text }));
    const secret = cluster.objects.secrets?.[0]?.object;
    expect(secret?.metadata).toMatchObject({ name: 'payments-db', namespace: 'payments', annotations: { owner: 'payments' } });
    expect(secret).not.toHaveProperty('data');
    expect(secret).not.toHaveProperty('stringData');
    expect(JSON.stringify(cluster)).not.toContain(SECRET);
  });

  it('keeps no container command line and no last-applied copy of any object: a CronJob, a Deployment and a bare Pod', () => {
    const token = 'CANARY-SECRET-9d41-argument';
    const lastApplied = `'{"kind":"Deployment","spec":{"template":{"spec":{"containers":[{"env":[{"name":"API_KEY","value":"${token}"}]}]}}}}'`;
    const probe = `exec: { command: [redis-cli, -a, ${token}, ping] }`;
    const container = `{ name: app, image: contosoacr.azurecr.io/app:2.1.0, command: [/app/run, --password=${token}], args: [--token, ${token}], livenessProbe: { ${probe} }, readinessProbe: { ${probe}, periodSeconds: 5 }, startupProbe: { ${probe} }, lifecycle: { preStop: { ${probe} }, postStart: { httpGet: { path: /ready, port: 8080 } } }, securityContext: { runAsNonRoot: true } }`;
    const text = [
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: checkout\n  namespace: payments\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: ${lastApplied}\n    owner: payments\nspec:\n  template:\n    spec:\n      initContainers: [${container}]\n      containers: [${container}]\n`,
      `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\n  namespace: payments\nspec:\n  schedule: '0 2 * * *'\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [${container}]\n`,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  namespace: payments\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: ${lastApplied}\nspec:\n  ephemeralContainers: [${container}]\n  containers: [${container}]\n`,
    ].join('---\n');

    const { cluster } = readManifests(folder({ 'workloads.yaml': text }));

    expect(JSON.stringify(cluster)).not.toContain(token);
    const deployment = cluster.objects.deployments?.[0]?.object;
    expect(deployment?.metadata?.annotations).toEqual({ owner: 'payments' });
    // What rules read is still there.
    const app = deployment?.spec?.template.spec?.containers[0];
    expect(app).toMatchObject({ name: 'app', image: 'contosoacr.azurecr.io/app:2.1.0', securityContext: { runAsNonRoot: true }, readinessProbe: { exec: {}, periodSeconds: 5 }, lifecycle: { postStart: { httpGet: { path: '/ready', port: 8080 } } } });
    expect(app?.command).toBeUndefined();
    expect(app?.args).toBeUndefined();
    expect(app?.livenessProbe?.exec?.command).toBeUndefined();
    expect(cluster.objects.cronjobs?.[0]?.object.spec?.jobTemplate.spec?.template.spec?.containers[0]?.name).toBe('app');
    expect(cluster.objects.pods?.[0]?.object.spec?.ephemeralContainers?.[0]?.name).toBe('app');
  });

  it('counts kinds no rule reads, by API group: a Calico NetworkPolicy is not a Kubernetes one, a Cilium one is read as itself', () => {
    const text = [
      'apiVersion: projectcalico.org/v3\nkind: NetworkPolicy\nmetadata:\n  name: allow-dns\n  namespace: orders\n',
      'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: l7\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n',
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n',
      'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: legacy\n  namespace: orders\n',
    ].join('---\n');
    const { cluster, unrecognized } = readManifests(folder({ 'mixed.yaml': text }));
    expect(unrecognized).toEqual([
      { type: 'kubernetes/ConfigMap', count: 2 },
      { type: 'kubernetes/kustomize.config.k8s.io/Kustomization', count: 1 },
      { type: 'kubernetes/projectcalico.org/NetworkPolicy', count: 1 },
    ]);
    expect(cluster.objects.networkpolicies).toBeNull();
    expect(cluster.objects.ciliumnetworkpolicies?.map((i) => i.object.metadata?.name)).toEqual(['l7']);
    expect(cluster.objects.ingresses?.map((i) => i.object.metadata?.name)).toEqual(['legacy']);
  });

  it('reads Calico GlobalNetworkPolicies in both groups, Cilium policies, and ReplicationControllers', () => {
    const text = [
      'apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: allow-egress\nspec:\n  selector: all()\n  types: [Egress]\n  egress: [{action: Allow}]\n',
      'apiVersion: crd.projectcalico.org/v1\nkind: GlobalNetworkPolicy\nmetadata:\n  name: default.deny-metadata\nspec:\n  egress: [{action: Deny, destination: {nets: [169.254.169.254/32]}}]\n',
      'apiVersion: cilium.io/v2\nkind: CiliumClusterwideNetworkPolicy\nmetadata:\n  name: world\nspec:\n  endpointSelector: {}\n  egress: [{toEntities: [world]}]\n',
      'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: legacy\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: app}]\n',
    ].join('---\n');
    const { cluster, unrecognized } = readManifests(folder({ 'policies.yaml': text }));
    expect(unrecognized).toEqual([]);
    expect(cluster.objects.globalnetworkpolicies?.map((p) => p.object.metadata?.name)).toEqual(['allow-egress', 'default.deny-metadata']);
    expect(cluster.objects.ciliumclusterwidenetworkpolicies?.map((p) => p.object.metadata?.name)).toEqual(['world']);
    expect(cluster.objects.replicationcontrollers?.map((p) => p.object.metadata?.name)).toEqual(['legacy']);
  });

  it('marks every kind the files do not hold as absent, in the cluster and in its source', () => {
    const { cluster, source } = readManifests(folder({ 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n' }));
    const absent = KUBERNETES_KINDS.filter((k) => k !== 'namespaces');
    for (const kind of absent) {
      expect(cluster.objects[kind], kind).toBeNull();
      expect(cluster.unread[kind], kind).toEqual({ code: 'absent', reason: 'not in the input files' });
    }
    expect(cluster.unread.namespaces).toBeUndefined();
    expect(source.unread?.map((u) => u.kind)).toEqual(absent);
    expect(source.status).toBe('ok');
  });
});

describe('a manifests folder that holds other files too', () => {
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers: [{name: web, image: web}]\n';
  const chart = {
    'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.2.0\n',
    'values.yaml': 'replicaCount: 2\nimage:\n  repository: web\n',
    'templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n',
    'package.json': '{"name": "web", "version": "1.0.0"}\n',
    'empty.yaml': '',
    'broken.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: "shop\n',
    // All or nothing: the good first document of a file that fails later is not kept.
    'half.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: half, namespace: shop}\n---\nname: not-an-object\n',
    'rendered/web.yaml': deployment,
  };

  it('skips each file that is not Kubernetes objects, as a failed source with its reason, and reads the rest', () => {
    const { cluster, source, skipped } = readManifests(folder(chart));
    expect(cluster.objects.deployments?.map((d) => d.object.metadata?.name)).toEqual(['web']);
    expect(cluster.objects.serviceaccounts).toBeNull();
    expect(source).toMatchObject({ status: 'ok', resources: 1 });
    expect(skipped.map((s) => [s.target.replace(/^.*aks-saas-prod-weu\//, ''), s.status, s.code, s.resources])).toEqual([
      ['Chart.yaml', 'failed', 'skipped', 0],
      ['broken.yaml', 'failed', 'skipped', 0],
      ['empty.yaml', 'failed', 'skipped', 0],
      ['half.yaml', 'failed', 'skipped', 0],
      ['package.json', 'failed', 'skipped', 0],
      ['templates/deployment.yaml', 'failed', 'skipped', 0],
      ['values.yaml', 'failed', 'skipped', 0],
    ]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.target.replace(/^.*aks-saas-prod-weu\//, ''), s.message]));
    expect(reasons['Chart.yaml']).toMatch(/^not read: .*Chart\.yaml: line 1: has no kind: not a Kubernetes object$/);
    expect(reasons['empty.yaml']).toMatch(/empty\.yaml: is empty: expected Kubernetes objects$/);
    expect(reasons['broken.yaml']).toMatch(/broken\.yaml: line \d+, column \d+: invalid YAML: /);
    expect(reasons['half.yaml']).toMatch(/half\.yaml: line 5: \/1: has no kind/);
    for (const message of Object.values(reasons)) expect(message).not.toContain('\n');
  });

  it('still refuses a single file given on its own, naming file and line', () => {
    const dir = folder(chart);
    expect(() => readManifests(join(dir, 'Chart.yaml'))).toThrow(/Chart\.yaml: line 1: has no kind: not a Kubernetes object$/);
  });
});

describe('a corpus of manifests written for this repository', () => {
  const CORPUS = 'test/fixtures/kubernetes';
  /** Objects read per kind (kinds the file does not hold left out). */
  const kindsOf = (path: string) => {
    const { cluster, source, unrecognized, skipped } = readManifests(path);
    expect(source.status, path).toBe('ok');
    expect(unrecognized, path).toEqual([]);
    expect(skipped, path).toEqual([]);
    return Object.fromEntries(Object.entries(cluster.objects).flatMap(([kind, objects]) => (objects ? [[kind, objects.length]] : [])));
  };

  it.each([
    ['cronjob-ledger-reconcile.yaml', { cronjobs: 1 }],
    ['pod-with-debug-container.yaml', { pods: 1 }],
    ['kubectl-list-storefront.yaml', { deployments: 1, services: 1, serviceaccounts: 1 }],
    ['deployment-list-search.json', { deployments: 2 }],
    ['platform-namespaces.yaml', { namespaces: 2, networkpolicies: 1 }],
    ['kubectl-get-pods.json', { pods: 2 }],
  ])('reads %s without error, every object counted', (file, kinds) => {
    expect(kindsOf(join(CORPUS, file))).toEqual(kinds);
  });

  it('reads the folder as one cluster holding every file\'s objects', () => {
    expect(kindsOf(CORPUS)).toEqual({ namespaces: 2, pods: 3, deployments: 3, cronjobs: 1, services: 1, networkpolicies: 1, serviceaccounts: 1 });
  });

  it('keeps a pod\'s init and ephemeral containers beside its containers', () => {
    const [pod] = readManifests(join(CORPUS, 'pod-with-debug-container.yaml')).cluster.objects.pods!;
    expect(pod!.object.spec?.initContainers?.map((c) => c.name)).toEqual(['wait-for-db']);
    expect(pod!.object.spec?.containers?.map((c) => c.name)).toEqual(['api']);
    expect(pod!.object.spec?.ephemeralContainers?.map((c) => c.name)).toEqual(['debugger-7xk2p']);
  });

  it('gives every rule the corpus without a crash', async () => {
    const out = join(workDir(), 'reports');
    const run = await runMain('scan', '--manifests', CORPUS, '--format', 'json', '--out', out, '--fail-on', 'none', '--quiet');
    expect(run.stderr).toEqual([]);
    const report = readJsonReport(join(out, 'aks-audit.json'));
    expect(report.crashes).toEqual([]);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});
