import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyses } from '../../../../src/engine/analysis.ts';
import type { KubernetesCluster } from '../../../../src/state/kubernetes.ts';
import { state } from '../../../helpers/state.ts';
import { NETWORK_POLICIES, selectingPolicies } from '../../../../src/rules/analyses/network-policy.ts';
import { selectsAll } from '../../../../src/rules/lib/label-selector.ts';
import { WORKLOADS } from '../../../../src/rules/analyses/workloads.ts';
import { byKind, kubeCluster, manifestsIn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

const policiesOf = (cluster: KubernetesCluster) => new Analyses(state()).get(NETWORK_POLICIES).of(cluster);
const workloadsOf = (cluster: KubernetesCluster) => new Analyses(state()).get(WORKLOADS).of(cluster);

/**
 * Which policies select which workloads, on Kubescape's own test inputs: C-0260 (is each workload
 * selected by a NetworkPolicy) and C-0299 (does each NetworkPolicy select anything). Verdicts as
 * determined by reading each case's manifests. The peer also reads CiliumNetworkPolicy and
 * CiliumClusterwideNetworkPolicy; aks-audit does not, so those cases select nothing here.
 */
describe('NetworkPolicy selection: Kubescape conformance', () => {
  const root = `${CONFORMANCE}/kubescape`;
  const casesOf = (rule: string) => readdirSync(`${root}/${rule}`).sort();

  it('C-0260 (ensure_network_policy_configured_in_labels): whether each case workload is selected', () => {
    const selected = Object.fromEntries(
      casesOf('ensure_network_policy_configured_in_labels').map((c) => {
        const cluster = kubeCluster(byKind(manifestsIn(`${root}/ensure_network_policy_configured_in_labels/${c}`)));
        const index = policiesOf(cluster)!;
        return [c, workloadsOf(cluster)!.every((w) => selectingPolicies(index.get(w.namespaceKey) ?? [], w.podLabels).length > 0)];
      }),
    );
    expect(selected).toEqual({
      failed_cronjob_no_matched_label: false,
      failed_deployment_no_matched_label: false,
      failed_pod_cilium_match_expressions_selective: false,
      failed_pod_cilium_no_matched_label: false,
      failed_pod_no_matched_label: false, // its matching policy is in my-namespace, the pod in default
      failed_pod_no_networkpolicy: false,
      success_cronjob_label_match: true,
      success_deployment_label_match: true,
      success_pod_ccnp_empty_selector: false, // Cilium: not read
      success_pod_ccnp_specs_list: false,
      success_pod_cilium_empty_selector: false,
      success_pod_cilium_label_match: false,
      success_pod_cilium_specs_list: false,
      success_pod_label_match: true,
      success_pod_no_pod_selector: true,
      success_pod_no_pod_selector_ns: true,
    });
  });

  it('C-0299 (dangling-networkpolicy): whether each case policy selects a workload of its namespace', () => {
    const dangling = Object.fromEntries(
      casesOf('dangling-networkpolicy').map((c) => {
        const cluster = kubeCluster(byKind(manifestsIn(`${root}/dangling-networkpolicy/${c}`)));
        const workloads = workloadsOf(cluster)!;
        const policies = [...policiesOf(cluster)!.values()].flat();
        return [c, policies.some((p) => !selectsAll(p.object.spec?.podSelector) && !workloads.some((w) => w.namespace === p.object.metadata?.namespace && selectingPolicies([p], w.podLabels).length))];
      }),
    );
    expect(dangling).toEqual({
      failed_dangling_matchexpressions: true,
      failed_dangling_matchlabels: true,
      failed_wrong_namespace: true,
      success_empty_matchlabels: false,
      success_empty_selector: false,
      success_matches_deployment: false,
      success_matches_matchexpressions: false,
      success_matches_matchexpressions_doesnotexist: false,
      success_matches_matchexpressions_exists: false,
      success_matches_matchexpressions_notin: false,
      success_matches_matchexpressions_notin_absent: false,
      success_matches_matchlabels: false,
    });
  });
});
