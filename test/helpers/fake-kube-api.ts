import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A Kubernetes API server on 127.0.0.1 that answers list requests the way a real one does:
 * `limit`/`continue` paging with opaque tokens, Status objects for 401/403/404, and
 * PartialObjectMetadataList when the client asks for metadata only. It holds the objects
 * given, refuses the kinds named forbidden, and can stall one page to exercise timeouts.
 * Used by the live-collection tests and by the benchmark.
 */

/** List paths as the API serves them: written out here, not taken from the code under test. */
const LIST_PATHS: Record<string, string> = {
  '/api/v1/namespaces': 'namespaces',
  '/api/v1/pods': 'pods',
  '/apis/apps/v1/deployments': 'deployments',
  '/apis/apps/v1/statefulsets': 'statefulsets',
  '/apis/apps/v1/daemonsets': 'daemonsets',
  '/apis/apps/v1/replicasets': 'replicasets',
  '/apis/batch/v1/jobs': 'jobs',
  '/apis/batch/v1/cronjobs': 'cronjobs',
  '/api/v1/services': 'services',
  '/apis/networking.k8s.io/v1/ingresses': 'ingresses',
  '/apis/networking.k8s.io/v1/networkpolicies': 'networkpolicies',
  '/api/v1/serviceaccounts': 'serviceaccounts',
  '/apis/rbac.authorization.k8s.io/v1/roles': 'roles',
  '/apis/rbac.authorization.k8s.io/v1/clusterroles': 'clusterroles',
  '/apis/rbac.authorization.k8s.io/v1/rolebindings': 'rolebindings',
  '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings': 'clusterrolebindings',
  '/api/v1/secrets': 'secrets',
  '/apis/autoscaling/v2/horizontalpodautoscalers': 'horizontalpodautoscalers',
  '/api/v1/replicationcontrollers': 'replicationcontrollers',
  '/apis/crd.projectcalico.org/v1/globalnetworkpolicies': 'globalnetworkpolicies',
  '/apis/cilium.io/v2/ciliumnetworkpolicies': 'ciliumnetworkpolicies',
  '/apis/cilium.io/v2/ciliumclusterwidenetworkpolicies': 'ciliumclusterwidenetworkpolicies',
  '/apis/source.toolkit.fluxcd.io/v1/gitrepositories': 'gitrepositories',
  '/apis/source.toolkit.fluxcd.io/v1beta2/ocirepositories': 'ocirepositories',
  '/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations': 'kustomizations',
  '/apis/argoproj.io/v1alpha1/applications': 'applications',
  '/apis/keda.sh/v1alpha1/scaledobjects': 'scaledobjects',
};

const LIST_KINDS: Record<string, string> = {
  namespaces: 'NamespaceList', pods: 'PodList', deployments: 'DeploymentList', statefulsets: 'StatefulSetList', daemonsets: 'DaemonSetList',
  replicasets: 'ReplicaSetList', jobs: 'JobList', cronjobs: 'CronJobList', services: 'ServiceList', ingresses: 'IngressList',
  networkpolicies: 'NetworkPolicyList', serviceaccounts: 'ServiceAccountList', roles: 'RoleList', clusterroles: 'ClusterRoleList',
  rolebindings: 'RoleBindingList', clusterrolebindings: 'ClusterRoleBindingList', secrets: 'SecretList', horizontalpodautoscalers: 'HorizontalPodAutoscalerList',
  replicationcontrollers: 'ReplicationControllerList', globalnetworkpolicies: 'GlobalNetworkPolicyList', ciliumnetworkpolicies: 'CiliumNetworkPolicyList',
  ciliumclusterwidenetworkpolicies: 'CiliumClusterwideNetworkPolicyList', gitrepositories: 'GitRepositoryList', ocirepositories: 'OCIRepositoryList',
  kustomizations: 'KustomizationList', applications: 'ApplicationList', scaledobjects: 'ScaledObjectList',
};

export interface FakeKubeApiOptions {
  /** Objects per kind plural, as the API stores them (list items carry no apiVersion/kind). */
  objects: Record<string, object[]>;
  /** Bearer token the server accepts; anything else is 401. */
  token: string;
  /** The identity 403 messages name, as a real API server does. */
  user?: string;
  forbidden?: string[];
  /** Kinds this server does not serve (404), like an API group a cluster lacks. */
  notFound?: string[];
  /** Kinds that fail with this status and Status message (a proxy or webhook error that echoes the request, say). */
  failing?: Record<string, { status: number; message: string }>;
  /** One page that answers only after `delayMs` (1-based page number). */
  slow?: { kind: string; page: number; delayMs: number };
  /** A kind whose list never ends: every page hands back a `continue` token, the same one each time or a new one. */
  endless?: { kind: string; token: 'same' | 'fresh' };
  /** Serve HTTPS with a fresh self-signed certificate for 127.0.0.1 (default true). */
  tls?: boolean;
}

export interface RecordedRequest {
  path: string;
  query: Record<string, string>;
  accept: string;
  authorization: string;
}

export interface FakeKubeApi {
  server: string;
  /** PEM of the self-signed CA (HTTPS only). */
  caPem: string | null;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeKubeApi(options: FakeKubeApiOptions): Promise<FakeKubeApi> {
  const requests: RecordedRequest[] = [];
  const tls = options.tls ?? true;
  const cert = tls ? selfSignedCertificate() : null;
  const handler = (req: IncomingMessage, res: ServerResponse) => handle(options, requests, req, res);
  const server: Server = cert ? createHttpsServer({ key: cert.key, cert: cert.cert }, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    caPem: cert?.cert ?? null,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function handle(options: FakeKubeApiOptions, requests: RecordedRequest[], req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const query = Object.fromEntries(url.searchParams);
  requests.push({ path: url.pathname, query, accept: req.headers.accept ?? '', authorization: req.headers.authorization ?? '' });
  const user = options.user ?? 'aks-audit-reader';
  if (req.headers.authorization !== `Bearer ${options.token}`) return status(res, 401, 'Unauthorized', 'Unauthorized');
  const kind = LIST_PATHS[url.pathname];
  if (!kind || options.notFound?.includes(kind)) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
  const group = url.pathname.startsWith('/apis/') ? (url.pathname.split('/')[2] ?? '') : '';
  if (options.forbidden?.includes(kind)) {
    return status(res, 403, 'Forbidden', `${kind} is forbidden: User "${user}" cannot list resource "${kind}" in API group "${group}" at the cluster scope`);
  }
  const failure = options.failing?.[kind];
  if (failure) return status(res, failure.status, 'InternalError', failure.message);
  const all = options.objects[kind] ?? [];
  const limit = query.limit ? Number(query.limit) : all.length || 1;
  const offset = query.continue ? Number(Buffer.from(query.continue, 'base64url').toString().split(':')[1]) : 0;
  const page = Math.floor(offset / limit) + 1;
  const items = all.slice(offset, offset + limit);
  const endless = options.endless?.kind === kind ? options.endless.token : undefined;
  const next = endless === 'same' ? 'c2FtZQ' : endless === 'fresh' || offset + limit < all.length ? Buffer.from(`${kind}:${offset + limit}`).toString('base64url') : undefined;
  const metadataOnly = (req.headers.accept ?? '').includes('as=PartialObjectMetadataList');
  const body = JSON.stringify({
    kind: metadataOnly ? 'PartialObjectMetadataList' : LIST_KINDS[kind],
    apiVersion: metadataOnly ? 'meta.k8s.io/v1' : url.pathname.startsWith('/api/') ? 'v1' : url.pathname.split('/').slice(2, 4).join('/'),
    metadata: { resourceVersion: '48213', ...(next ? { continue: next, remainingItemCount: all.length - offset - limit } : {}) },
    items: metadataOnly ? items.map((o) => ({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: (o as { metadata?: object }).metadata })) : items,
  });
  const send = () => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  };
  if (options.slow && options.slow.kind === kind && options.slow.page === page) setTimeout(send, options.slow.delayMs).unref();
  else send();
}

function status(res: ServerResponse, code: number, reason: string, message: string): void {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code }));
}

let certificate: { key: string; cert: string } | undefined;

/** One self-signed certificate for 127.0.0.1 per process, made with openssl (node:crypto cannot issue X.509). */
export function selfSignedCertificate(): { key: string; cert: string } {
  if (!certificate) {
    const dir = mkdtempSync(join(tmpdir(), 'fake-kube-api-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    certificate = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  }
  return certificate;
}

export interface KubeconfigContext {
  name: string;
  server: string;
  token: string;
  caPem: string | null;
}

/** A kubeconfig as `az aks get-credentials` writes one: a cluster, a user and a context per entry. */
export function writeKubeconfig(file: string, contexts: KubeconfigContext[], current: string | undefined = contexts[0]?.name): string {
  const lines = ['apiVersion: v1', 'kind: Config', 'clusters:'];
  for (const c of contexts) {
    lines.push(`- name: ${c.name}`, '  cluster:', `    server: ${c.server}`);
    if (c.caPem) lines.push(`    certificate-authority-data: ${Buffer.from(c.caPem).toString('base64')}`);
  }
  lines.push('users:');
  for (const c of contexts) lines.push(`- name: clusterUser_${c.name}`, '  user:', `    token: ${c.token}`);
  lines.push('contexts:');
  for (const c of contexts) lines.push(`- name: ${c.name}`, '  context:', `    cluster: ${c.name}`, `    user: clusterUser_${c.name}`);
  if (current) lines.push(`current-context: ${current}`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
