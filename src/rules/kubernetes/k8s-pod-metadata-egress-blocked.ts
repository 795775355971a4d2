import type { Evidence } from '../../engine/finding.ts';
import { evidence as fieldEvidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { KubernetesCluster } from '../../state/kubernetes.ts';
import { kubernetesClusterResource, namespaceResource } from '../lib/kubernetes-resource.ts';
import { engineMayAdmit } from '../analyses/cluster-policies.ts';
import { egressTo, NETWORK_POLICIES, type HostEndpoint, type Policy } from '../analyses/network-policy.ts';
import { refusedWorkloadKinds } from '../factories/workload-rule.ts';
import { describeWorkload, WORKLOADS, type Workload } from '../analyses/workloads.ts';
import { pushTo } from '../../lib/maps.ts';

interface Params {
  systemNamespaces: string[];
}

/** The Azure Instance Metadata Service: tokens for the node's managed identities, over plain HTTP. */
const IMDS: HostEndpoint = { address: '169.254.169.254', port: 80, protocol: 'TCP' };
/** Names listed per reason before "and N more": a namespace can run hundreds of workloads. */
const NAMES_PER_REASON = 5;

type Outcome = { workload: Workload; reaches: boolean | null; reason: string; evidence: Evidence[] };

/**
 * Pods of user namespaces cannot open a connection to 169.254.169.254:80. Decided per workload
 * (its pod template's labels against its namespace's NetworkPolicies) and reported per namespace,
 * where the fix goes: the namespace's egress policy. AKS IMDS restriction settles it for every pod
 * not on the host network; host-network pods bypass both that and NetworkPolicy.
 */
export default defineRule<Params>({
  id: 'k8s-pod-metadata-egress-blocked',
  check(ctx) {
    const system = new Set(ctx.params.systemNamespaces);
    const aksById = new Map(ctx.state.clusters.map((c) => [c.id.toLowerCase(), c]));
    for (const cluster of ctx.state.kubernetes) {
      const aks = cluster.aksClusterId ? aksById.get(cluster.aksClusterId.toLowerCase()) : undefined;
      const aksEvidence = aks ? [fieldEvidence(aks, 'network.podLinkLocalAccess'), fieldEvidence(aks, 'network.policy')] : [];
      const workloads = ctx.analysis(WORKLOADS).of(cluster);
      if (workloads === null) {
        const resource = kubernetesClusterResource(cluster);
        if (aks && blockedByAks(aks)) ctx.pass(resource, `Cluster ${cluster.name}: AKS blocks the Instance Metadata Service for pods (podLinkLocalAccess: None); its pods could not be read (${cluster.unread.pods?.reason ?? 'not read'}), so host-network pods, which the block does not cover, were not checked`, aksEvidence);
        else ctx.unknown(resource, `Which pods of ${cluster.name} can reach 169.254.169.254 cannot be judged: neither pods nor their controllers could be read (${cluster.unread.pods?.reason ?? 'not read'})`, aksEvidence);
        continue;
      }
      const byNamespace = new Map<string, Workload[]>();
      for (const workload of workloads) {
        if (!system.has(workload.namespace)) pushTo(byNamespace, workload.namespaceKey, workload);
      }
      // Asked only for a workload the host network, the AKS block and the engine leave undecided.
      const policiesOf = () => ctx.analysis(NETWORK_POLICIES).of(cluster);
      const namespaceObjects = new Map((cluster.objects.namespaces ?? []).map((n) => [n.object.metadata?.name ?? '', n]));
      for (const members of byNamespace.values()) {
        const { namespace, namespaceKey } = members[0]!;
        const known = namespaceKey === namespace ? namespaceObjects.get(namespace) : undefined;
        const resource = namespaceResource(cluster, namespace, namespaceKey, known?.object.metadata, known?.origin ?? members[0]!.origin);
        const outcomes = members.map((w) => judge(cluster, aks, w, policiesOf));
        const reaching = outcomes.filter((o) => o.reaches === true);
        const undecided = outcomes.filter((o) => o.reaches === null);
        if (reaching.length) {
          ctx.fail(resource, `In namespace ${namespace}, ${reaching.length} of ${members.length} workload(s) can reach the Instance Metadata Service at 169.254.169.254 and take the node's managed identity tokens: ${summarize(reaching)}`, [...aksEvidence, ...evidenceOf(reaching)]);
        } else if (undecided.length) {
          ctx.unknown(resource, `In namespace ${namespace}, whether ${undecided.length} workload(s) can reach 169.254.169.254 cannot be judged: ${summarize(undecided)}`, aksEvidence);
        } else {
          ctx.pass(resource, `In namespace ${namespace}, none of the ${members.length} workload(s) can reach the Instance Metadata Service: ${summarize(outcomes)}`, [...aksEvidence, ...evidenceOf(outcomes)]);
        }
      }
      // Pods of kinds that could not be listed are not among the passes: the cluster says so.
      const refused = refusedWorkloadKinds(cluster);
      if (refused) ctx.unknown(kubernetesClusterResource(cluster), refused, aksEvidence);
    }
  },
});

function blockedByAks(aks: AksCluster): boolean {
  return aks.network.podLinkLocalAccess?.toLowerCase() === 'none';
}

/** One workload's answer, in order of what settles it: host network, the AKS block, the policy engine, the policies. */
function judge(cluster: KubernetesCluster, aks: AksCluster | undefined, workload: Workload, policiesOf: () => Map<string, Policy[]> | null): Outcome {
  const ref = `${workload.kind.toLowerCase()}s/${workload.name}`;
  if (workload.malformed !== null) return { workload, reaches: null, reason: workload.malformed, evidence: [] };
  if (workload.spec.hostNetwork === true) {
    return { workload, reaches: true, reason: 'it uses the host network, which neither NetworkPolicy nor AKS IMDS restriction covers', evidence: [{ path: `${ref}#${workload.specPath}.hostNetwork`, value: true }] };
  }
  if (aks && blockedByAks(aks)) return { workload, reaches: false, reason: 'AKS IMDS restriction blocks it (podLinkLocalAccess: None)', evidence: [] };
  const engine = aks?.network.policy?.toLowerCase();
  if (engine === 'none') return { workload, reaches: true, reason: 'the cluster has no network policy engine (networkPolicy: none), so no NetworkPolicy is enforced', evidence: [] };
  const policies = policiesOf();
  if (policies === null) return { workload, reaches: null, reason: `NetworkPolicies could not be read (${cluster.unread.networkpolicies?.reason ?? 'not read'})`, evidence: [] };
  const verdict = egressTo(policies.get(workload.namespaceKey) ?? [], workload.podLabels, IMDS);
  if (verdict.allowed) {
    const admitted = verdict.admittedBy;
    const evidence = admitted ? [{ path: `networkpolicies/${admitted.policy.object.metadata?.name ?? ''}#${admitted.path}`, value: admitted.value }] : [];
    return { workload, reaches: true, reason: verdict.reason, evidence };
  }
  // The NetworkPolicies deny it: a pass only if they are enforced and nothing else may allow it.
  if (!aks) return { workload, reaches: null, reason: `${verdict.reason}, but no AKS cluster is linked, so whether the cluster enforces NetworkPolicy is not known (link it with --manifests <path>=<cluster>)`, evidence: [] };
  if (engine === undefined) return { workload, reaches: null, reason: `its NetworkPolicies would block it, but whether the cluster enforces them is not known: ${unknownReason(fieldEvidence(aks, 'network.policy'))}`, evidence: [] };
  const unplaced = mayShareNamespace(policies, workload);
  if (unplaced.length && egressTo([...(policies.get(workload.namespaceKey) ?? []), ...unplaced], workload.podLabels, IMDS).allowed) {
    return { workload, reaches: null, reason: `${verdict.reason}, but a NetworkPolicy whose namespace kubectl sets when it applies its file may share the namespace and admit it`, evidence: [] };
  }
  const other = engineMayAdmit(cluster, engine, IMDS);
  if (other) return { workload, reaches: null, reason: `${verdict.reason}, but ${other}`, evidence: [] };
  return { workload, reaches: false, reason: verdict.reason, evidence: verdict.isolatedBy.map((p) => ({ path: `networkpolicies/${p.object.metadata?.name ?? ''}#spec.egress`, value: p.object.spec?.egress ?? [] })) };
}

/**
 * Policies of other namespace keys that may still land in the workload's namespace: a file's
 * namespace-less policy goes wherever that file is applied, and so does a namespace-less workload.
 */
function mayShareNamespace(policies: Map<string, Policy[]>, workload: Workload): Policy[] {
  const workloadUnplaced = !workload.metadata.namespace && workload.origin.file !== undefined;
  const out: Policy[] = [];
  for (const [key, list] of policies) {
    if (key === workload.namespaceKey) continue;
    for (const policy of list) if (workloadUnplaced || (!policy.object.metadata?.namespace && policy.origin.file !== undefined)) out.push(policy);
  }
  return out;
}

/** Workloads grouped by the sentence that explains them: `Deployment payments/api, CronJob payments/sync (it is not isolated ...)`. */
function summarize(outcomes: Outcome[]): string {
  const byReason = new Map<string, Workload[]>();
  for (const { reason, workload } of outcomes) pushTo(byReason, reason, workload);
  return [...byReason]
    .map(([reason, list]) => {
      const named = list.slice(0, NAMES_PER_REASON).map(describeWorkload).join(', ');
      const more = list.length > NAMES_PER_REASON ? ` and ${list.length - NAMES_PER_REASON} more` : '';
      return `${named}${more}: ${reason}`;
    })
    .join('; ');
}

/** Each piece of evidence once (many workloads share the rule that admits them). */
function evidenceOf(outcomes: Outcome[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const { evidence } of outcomes) for (const e of evidence) if (!seen.has(e.path)) seen.set(e.path, e);
  return [...seen.values()];
}
