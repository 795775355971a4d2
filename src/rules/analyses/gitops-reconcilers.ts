import type { Evidence } from '../../engine/finding.ts';
import { namespaceKey, type ArgoApplication, type ArgoSource, type FluxKustomization, type KubernetesCluster, type KubernetesItem, type ReadyCondition } from '../../state/kubernetes.ts';
import { perCluster } from './per-cluster.ts';

/** How far one GitOps object shows the cluster reconciled from a repository. */
export type ReconcilerState = 'reconciling' | 'stopped' | 'unconfirmed';

export interface Reconciler {
  /** `Flux Kustomization flux-system/apps`, `Argo CD Application argocd/shop`. */
  label: string;
  state: ReconcilerState;
  /** Why, in a clause: `is Ready from GitRepository flux-system/flux-system (https://…)`. */
  why: string;
  evidence: Evidence[];
}

export interface ClusterReconcilers {
  reconcilers: Reconciler[];
  /** The GitOps kinds that could not be read, with why; empty when every kind was read or is not served (no such controller). */
  unread: string[];
}

const GITOPS_KINDS = ['kustomizations', 'gitrepositories', 'ocirepositories', 'applications'] as const;
const SOURCE_KINDS: Readonly<Record<string, 'gitrepositories' | 'ocirepositories'>> = { GitRepository: 'gitrepositories', OCIRepository: 'ocirepositories' };
/** The controllers that do the reconciling, by the names Flux and Argo CD install them under. */
const CONTROLLERS = new Set(['Deployment kustomize-controller', 'Deployment source-controller', 'StatefulSet argocd-application-controller', 'Deployment argocd-application-controller']);

/**
 * What reconciles each cluster from Git or an OCI registry: Flux Kustomizations (with the source
 * they pull) and Argo CD Applications. A Kustomization reconciles when it is not suspended, its
 * GitRepository or OCIRepository is present and not suspended, and its Ready condition is True;
 * an Application when it names a repository, syncs automatically, and reports Synced. Without a
 * status (manifests as written) neither is confirmed.
 */
export const GITOPS_RECONCILERS = perCluster('gitops-reconcilers', (cluster): ClusterReconcilers => {
  const unread = GITOPS_KINDS.filter((k) => cluster.objects[k] === null && cluster.unread[k]?.code !== 'not-found').map((k) => `${k} (${cluster.unread[k]?.reason ?? 'not read'})`);
  const reconcilers = [...(cluster.objects.kustomizations ?? []).map((k) => kustomization(k, cluster)), ...(cluster.objects.applications ?? []).map(application)];
  return { reconcilers, unread };
});

/** The Flux or Argo CD controllers running in a cluster (`Deployment flux-system/kustomize-controller`): a hint when their objects could not be read. */
export function gitopsControllers(cluster: KubernetesCluster): string[] {
  const controllers: string[] = [];
  for (const [kind, kindName] of [['deployments', 'Deployment'], ['statefulsets', 'StatefulSet']] as const) {
    for (const { object } of cluster.objects[kind] ?? []) {
      if (CONTROLLERS.has(`${kindName} ${object.metadata?.name ?? ''}`)) controllers.push(`${kindName} ${object.metadata?.namespace ?? 'default'}/${object.metadata?.name ?? ''}`);
    }
  }
  return controllers;
}

function kustomization({ object, origin }: KubernetesItem<FluxKustomization>, cluster: KubernetesCluster): Reconciler {
  const namespace = namespaceKey(object.metadata, origin);
  const label = `Flux Kustomization ${namespace}/${object.metadata?.name ?? '(unnamed)'}`;
  const at = `kustomizations/${object.metadata?.name ?? '(unnamed)'}`;
  const evidence: Evidence[] = [{ path: `${at}.spec.sourceRef`, value: object.spec?.sourceRef ?? null }];
  if (object.spec?.suspend === true) return { label, state: 'stopped', why: 'is suspended (spec.suspend: true)', evidence: [...evidence, { path: `${at}.spec.suspend`, value: true }] };
  const ref = object.spec?.sourceRef ?? {};
  const sourceKind = SOURCE_KINDS[ref.kind ?? ''];
  const sourceLabel = `${ref.kind ?? '(no kind)'} ${ref.namespace ?? namespace}/${ref.name ?? '(no name)'}`;
  if (!sourceKind) return judgeReady(label, at, object.status?.conditions, `pulls from ${sourceLabel}`, evidence);
  const sources = cluster.objects[sourceKind];
  if (sources === null) return { label, state: 'unconfirmed', why: `pulls from ${sourceLabel}, and ${sourceKind} could not be read (${cluster.unread[sourceKind]?.reason ?? 'not read'})`, evidence };
  const source = sources.find((s) => s.object.metadata?.name === ref.name && namespaceKey(s.object.metadata, s.origin) === (ref.namespace ?? namespace));
  if (!source) return { label, state: 'stopped', why: `pulls from ${sourceLabel}, which is not in the cluster`, evidence };
  const url = source.object.spec?.url;
  evidence.push({ path: `${sourceKind}/${ref.name!}.spec.url`, value: url ?? null });
  if (source.object.spec?.suspend === true) return { label, state: 'stopped', why: `pulls from ${sourceLabel}, which is suspended`, evidence };
  return judgeReady(label, at, object.status?.conditions, `pulls from ${sourceLabel}${url ? ` (${url})` : ''}`, evidence);
}

/** A Flux object's Ready condition: True reconciles, False has stopped (with the reason), none is not confirmed. */
function judgeReady(label: string, at: string, conditions: ReadyCondition[] | undefined, pulls: string, evidence: Evidence[]): Reconciler {
  const ready = conditions?.find((c) => c.type === 'Ready');
  if (!ready) return { label, state: 'unconfirmed', why: `${pulls}, and no Ready condition was read (manifests as written carry no status)`, evidence: [...evidence, { path: `${at}.status.conditions[Ready]`, value: null, note: 'not read' }] };
  const withReady = [...evidence, { path: `${at}.status.conditions[Ready]`, value: { status: ready.status ?? null, reason: ready.reason ?? null } }];
  if (ready.status === 'True') return { label, state: 'reconciling', why: `${pulls} and is Ready`, evidence: withReady };
  if (ready.status === 'False') return { label, state: 'stopped', why: `${pulls} and is not Ready (${ready.reason ?? 'no reason given'})`, evidence: withReady };
  return { label, state: 'unconfirmed', why: `${pulls}, and its Ready condition is ${ready.status ?? 'not stated'}`, evidence: withReady };
}

function application({ object, origin }: KubernetesItem<ArgoApplication>): Reconciler {
  const name = object.metadata?.name ?? '(unnamed)';
  const label = `Argo CD Application ${namespaceKey(object.metadata, origin)}/${name}`;
  const at = `applications/${name}`;
  const repos = [object.spec?.source, ...(object.spec?.sources ?? [])].filter((s): s is ArgoSource => typeof s?.repoURL === 'string' && s.repoURL !== '').map((s) => s.repoURL!);
  const evidence: Evidence[] = [{ path: `${at}.spec.source.repoURL`, value: repos.length ? repos : null }];
  if (!repos.length) return { label, state: 'stopped', why: 'names no source repository', evidence };
  const automated = object.spec?.syncPolicy?.automated;
  const on = automated !== null && automated !== undefined && (automated as { enabled?: unknown }).enabled !== false;
  evidence.push({ path: `${at}.spec.syncPolicy.automated`, value: automated ?? null });
  const pulls = `syncs from ${repos.join(', ')}`;
  if (!on) return { label, state: 'stopped', why: `${pulls} only when someone syncs it (no automated sync policy), so drift from Git stays`, evidence };
  const sync = object.status?.sync?.status;
  evidence.push({ path: `${at}.status.sync.status`, value: sync ?? null });
  if (sync === 'Synced') return { label, state: 'reconciling', why: `${pulls} automatically and is Synced`, evidence };
  if (sync === 'OutOfSync') return { label, state: 'stopped', why: `${pulls} automatically but is OutOfSync`, evidence };
  return { label, state: 'unconfirmed', why: `${pulls} automatically, and its sync status is ${sync ?? 'not read (manifests as written carry no status)'}`, evidence };
}
