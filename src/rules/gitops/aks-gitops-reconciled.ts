import { unknownReason } from '../../engine/evidence.ts';
import { defineRule, type RuleContext } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import { FLUX_CONFIGURATION, type FluxConfiguration } from '../../state/gitops.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';
import { pushTo } from '../../lib/maps.ts';
import { gitopsControllers, GITOPS_RECONCILERS, type ClusterReconcilers, type Reconciler } from '../analyses/gitops-reconcilers.ts';
import { relatedEvidence } from '../lib/related-evidence.ts';

/**
 * Each AKS cluster is reconciled from Git (or an OCI registry): a Flux configuration on it that is
 * not suspended and reports Compliant, or, read in the cluster, a Flux Kustomization or Argo CD
 * Application that reconciles. One is enough. None at all fails only where absence is known: the
 * cluster's Flux configurations were read (`ctx.coverage`), or its GitOps objects were.
 */
export default defineRule({
  id: 'aks-gitops-reconciled',
  check(ctx) {
    const configurations = new Map<string, FluxConfiguration[]>();
    for (const c of ctx.state.fluxConfigurations) if (c.clusterId) pushTo(configurations, c.clusterId.toLowerCase(), c);
    const inCluster = new Map<string, KubernetesCluster[]>();
    for (const k of ctx.state.kubernetes) if (k.aksClusterId) pushTo(inCluster, k.aksClusterId.toLowerCase(), k);
    for (const cluster of ctx.state.clusters) {
      const linked = inCluster.get(cluster.id.toLowerCase()) ?? [];
      const read = linked.map((k) => ctx.analysis(GITOPS_RECONCILERS).of(k));
      const all = [...(configurations.get(cluster.id.toLowerCase()) ?? []).map(judgeConfiguration), ...read.flatMap((r) => r.reconcilers)];
      const evidence = all.flatMap((r) => r.evidence);
      const listed = (state: Reconciler['state']) => all.filter((r) => r.state === state).map((r) => `${r.label} ${r.why}`);
      const [reconciling, unconfirmed, stopped] = [listed('reconciling'), listed('unconfirmed'), listed('stopped')];
      if (reconciling.length) {
        ctx.pass(cluster, `Cluster ${cluster.name} is reconciled from its repository: ${reconciling.join('; ')}`, evidence);
      } else if (unconfirmed.length) {
        ctx.unknown(cluster, `Whether cluster ${cluster.name} is reconciled from its repository is not confirmed: ${[...unconfirmed, ...stopped].join('; ')}`, evidence);
      } else if (stopped.length) {
        ctx.fail(cluster, `Nothing reconciles cluster ${cluster.name} from its repository: ${stopped.join('; ')}`, evidence);
      } else {
        judgeNone(ctx, cluster, linked, read);
      }
    }
  },
});

/** No GitOps object at all: a failure where the Flux configurations or the in-cluster objects were read, else unknown. */
function judgeNone(ctx: RuleContext<unknown>, cluster: AksCluster, linked: KubernetesCluster[], read: ClusterReconcilers[]): void {
  const azureUnread = cluster.resourceGroup === null ? 'the resource group is not known' : ctx.coverage.unread(FLUX_CONFIGURATION, cluster.subscriptionId, cluster.resourceGroup);
  for (const [i, r] of read.entries()) {
    const controllers = r.unread.length ? gitopsControllers(linked[i]!) : [];
    if (!controllers.length) continue;
    ctx.unknown(cluster, `Cluster ${cluster.name} runs ${controllers.join(', ')}, but what it reconciles could not be read: ${r.unread.join('; ')}`);
    return;
  }
  const inClusterRead = read.some((r) => r.unread.length === 0);
  const azure = azureUnread === null ? 'it has no Flux configuration' : `its Flux configurations were not read (${azureUnread})`;
  const inside = inClusterRead ? 'no Flux Kustomization or Argo CD Application is in it' : read.length ? `its GitOps objects were not read (${read.flatMap((r) => r.unread).join('; ')})` : 'its in-cluster state was not read';
  if (azureUnread === null || inClusterRead) ctx.fail(cluster, `Cluster ${cluster.name} is not reconciled from a repository: ${azure}, and ${inside}`, []);
  else ctx.unknown(cluster, `Whether cluster ${cluster.name} is reconciled from a repository cannot be told: ${azure}, and ${inside}`);
}

/** A Flux configuration AKS manages: not suspended, and Compliant as the cluster last reported. */
function judgeConfiguration(c: FluxConfiguration): Reconciler {
  const label = `Flux configuration ${c.name}`;
  const evidence = [relatedEvidence(c, 'suspend'), relatedEvidence(c, 'complianceState'), relatedEvidence(c, 'sourceUrl')];
  const pulls = `pulls from ${c.sourceKind ?? 'its source'}${c.sourceUrl ? ` ${c.sourceUrl}` : ''}`;
  if (c.suspend === true) return { label, state: 'stopped', why: `${pulls} but is suspended`, evidence };
  if (c.suspend === null) return { label, state: 'unconfirmed', why: `(${unknownReason(evidence[0]!)})`, evidence };
  const state = c.complianceState;
  if (state === null) return { label, state: 'unconfirmed', why: `${pulls}, and its compliance state is ${evidence[1]!.note ?? 'not stated'}`, evidence };
  if (state.toLowerCase() === 'compliant') return { label, state: 'reconciling', why: `${pulls} and is Compliant`, evidence };
  if (['non-compliant', 'suspended'].includes(state.toLowerCase())) return { label, state: 'stopped', why: `${pulls} and is ${state}`, evidence };
  return { label, state: 'unconfirmed', why: `${pulls}, and its compliance state is ${state}`, evidence };
}
