/**
 * The in-cluster benchmark: a synthetic cluster served by the local fake API server (the test
 * helper's), read live through the real client with paging, then evaluated by every rule.
 * Reports list time and evaluation time in this process, and the real CLI's wall time and
 * peak RSS as a child process. Targets: evaluation under 5 s, peak RSS under 1 GiB.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectLiveKubernetes } from '../../src/collectors/kubernetes/live.ts';
import { loadReferenceData } from '../../src/cli/reference-data.ts';
import { evaluate } from '../../src/engine/evaluate.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { RULES } from '../../src/rules/index.ts';
import { emptyState } from '../../src/state/state.ts';
import { startFakeKubeApi, writeKubeconfig } from '../../test/helpers/fake-kube-api.ts';

type Obj = Record<string, unknown>;

const NAMESPACES = 500;
const CONTROLLERS_PER_NAMESPACE = 10; // 8 Deployments (each with its ReplicaSet), 1 StatefulSet, 1 DaemonSet-like worker
const POLICIES_PER_NAMESPACE = 4;
const TOKEN = 'bench-token';

/** 50,000 pods behind 5,000 controllers in 500 namespaces, with 2,000 NetworkPolicies; pods divide evenly among controllers. */
export function syntheticCluster(pods: number): Record<string, Obj[]> {
  const perController = Math.max(1, Math.round(pods / (NAMESPACES * CONTROLLERS_PER_NAMESPACE)));
  const o: Record<string, Obj[]> = { namespaces: [], pods: [], deployments: [], replicasets: [], statefulsets: [], services: [], networkpolicies: [], serviceaccounts: [], roles: [], rolebindings: [], secrets: [], clusterroles: [], clusterrolebindings: [] };
  const push = (kind: string, item: Obj) => (o[kind] as Obj[]).push(item);
  const meta = (name: string, namespace?: string, extra: Obj = {}) => ({ name, ...(namespace ? { namespace } : {}), uid: `${namespace ?? '-'}/${name}`, creationTimestamp: '2026-10-02T08:14:55Z', ...extra });
  const podSpec = (app: string, n: number, hardened: boolean) => ({
    serviceAccountName: n % 7 === 0 ? 'default' : app,
    automountServiceAccountToken: hardened ? false : undefined,
    securityContext: hardened ? { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } : {},
    containers: [
      {
        name: 'app',
        image: n % 11 === 0 ? `docker.io/library/${app}:latest` : `acrsaasprod.azurecr.io/${app}:1.${n % 30}.0`,
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
        env: [{ name: 'LOG_LEVEL', value: 'info' }, ...(n % 13 === 0 ? [{ name: 'DB_PASSWORD', value: 'not-a-real-password' }] : [])],
        resources: hardened ? { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } } : {},
        securityContext: hardened ? { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } } : { privileged: n % 17 === 0 },
      },
    ],
  });
  for (let ns = 0; ns < NAMESPACES; ns++) {
    const namespace = `team-${ns}`;
    const hardened = ns % 3 !== 0;
    push('namespaces', { metadata: meta(namespace, undefined, { labels: { 'kubernetes.io/metadata.name': namespace, team: `t${ns % 40}` } }), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
    push('serviceaccounts', { metadata: meta('default', namespace) });
    push('secrets', { metadata: meta(`${namespace}-tls`, namespace), type: 'kubernetes.io/tls', data: { 'tls.crt': 'LS0t', 'tls.key': 'LS0t' } });
    push('roles', { metadata: meta('reader', namespace), rules: [{ apiGroups: [''], resources: ['pods', 'services'], verbs: ['get', 'list', 'watch'] }] });
    push('rolebindings', { metadata: meta('reader', namespace), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' }, subjects: [{ kind: 'Group', name: `team-${ns % 40}` }] });
    for (let p = 0; p < POLICIES_PER_NAMESPACE; p++) push('networkpolicies', { metadata: meta(`policy-${p}`, namespace), spec: policy(p, ns) });
    for (let c = 0; c < CONTROLLERS_PER_NAMESPACE; c++) {
      const app = `svc-${c}`;
      const labels = { app, 'app.kubernetes.io/part-of': namespace };
      const n = ns * CONTROLLERS_PER_NAMESPACE + c;
      const template = { metadata: { labels }, spec: podSpec(app, n, hardened) };
      let owner: Obj;
      if (c < 8) {
        push('deployments', { metadata: meta(app, namespace, { labels }), spec: { replicas: perController, selector: { matchLabels: labels }, template } });
        const rs = `${app}-5d8f7c9b4`;
        push('replicasets', { metadata: meta(rs, namespace, { labels, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: app, uid: `${namespace}/${app}`, controller: true }] }), spec: { replicas: perController, selector: { matchLabels: labels }, template } });
        owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs, uid: `${namespace}/${rs}`, controller: true };
        push('serviceaccounts', { metadata: meta(app, namespace), automountServiceAccountToken: false });
        push('services', { metadata: meta(app, namespace), spec: { type: c === 0 && ns % 25 === 0 ? 'LoadBalancer' : 'ClusterIP', selector: labels, ports: [{ port: 80, targetPort: 8080 }] } });
      } else {
        push('statefulsets', { metadata: meta(app, namespace, { labels }), spec: { replicas: perController, serviceName: app, selector: { matchLabels: labels }, template } });
        owner = { apiVersion: 'apps/v1', kind: 'StatefulSet', name: app, uid: `${namespace}/${app}`, controller: true };
      }
      for (let i = 0; i < perController; i++) {
        push('pods', { metadata: meta(`${app}-${i}`, namespace, { labels, ownerReferences: [owner] }), spec: { ...template.spec, nodeName: `aks-user-${(n + i) % 300}` }, status: { phase: 'Running', podIP: `10.244.${ns % 250}.${i}` } });
      }
    }
  }
  push('clusterroles', { metadata: meta('cluster-admin'), rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }] });
  push('clusterrolebindings', { metadata: meta('ops-admin'), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'Group', name: 'ops' }] });
  return o;
}

/** Four policies per namespace: default deny, DNS egress, ingress from the gateway, and egress to the Internet with or without an IMDS hole. */
function policy(p: number, ns: number): Obj {
  if (p === 0) return { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };
  if (p === 1) return { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: 53, protocol: 'UDP' }] }] };
  if (p === 2) return { podSelector: { matchLabels: { app: 'svc-0' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } } }] }] };
  const except = ns % 5 === 0 ? ['169.254.0.0/17'] : ['169.254.169.254/32'];
  return { podSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['svc-1', 'svc-2', 'svc-3'] }] }, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except } }], ports: [{ port: 443, endPort: 8443, protocol: 'TCP' }] }] };
}

export interface KubernetesBench {
  pods: number;
  objects: number;
  listMs: number;
  evaluateMs: number;
  findings: number;
  cliWallMs: number;
  cliPeakRssMb: number | null;
}

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

export async function benchKubernetes(pods: number, cli: string, asOf: string): Promise<KubernetesBench> {
  const objects = syntheticCluster(pods);
  const api = await startFakeKubeApi({ objects, token: TOKEN });
  const dir = mkdtempSync(join(tmpdir(), 'aks-audit-bench-k8s-'));
  try {
    const kubeconfig = writeKubeconfig(join(dir, 'config'), [{ name: 'aks-bench', server: api.server, token: TOKEN, caPem: api.caPem }]);
    let start = process.hrtime.bigint();
    const { clusters } = await collectLiveKubernetes({ kubeconfig, contexts: [], allContexts: false, inCluster: false, pageSize: 500 });
    const listMs = ms(start);
    const state = emptyState();
    state.kubernetes.push(...clusters);
    start = process.hrtime.bigint();
    const { findings } = evaluate(state, RULES, defaultPolicy(loadCatalogue()), new Date(`${asOf}T00:00:00Z`), loadReferenceData());
    const evaluateMs = ms(start);
    const child = await cliRun([cli, 'scan', '--kubeconfig', kubeconfig, '--out', join(dir, 'out'), '--quiet', '--fail-on', 'none', '--as-of', asOf]);
    return { pods: objects.pods?.length ?? 0, objects: Object.values(objects).reduce((n, list) => n + list.length, 0), listMs, evaluateMs, findings: findings.length, cliWallMs: child.wallMs, cliPeakRssMb: child.peakRssMb };
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI as a child: asynchronous, since the fake API server answers from this process's event loop. */
function cliRun(args: string[]): Promise<{ wallMs: number; peakRssMb: number | null }> {
  const gnuTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const child = gnuTime ? spawn('/usr/bin/time', ['-v', process.execPath, ...args]) : spawn(process.execPath, args);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`scan exited ${code}: ${stderr}`));
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ wallMs: ms(start), peakRssMb: kb ? Number(kb[1]) / 1024 : null });
    });
  });
}
