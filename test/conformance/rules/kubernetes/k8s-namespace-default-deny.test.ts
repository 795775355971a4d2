import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-namespace-default-deny.ts';
import { byKind, kubeCluster, manifestsIn, namespace } from '../../../helpers/kubernetes.ts';
import { run, state } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

/**
 * Peers' test inputs, with a Namespace object added for each namespace the objects use (the
 * inputs carry none, and this rule judges namespaces). Verdicts as determined by reading them.
 */
describe('k8s-namespace-default-deny: conformance', () => {
  const verdicts = (path: string) => {
    const manifests = manifestsIn(path) as { kind?: string; metadata?: { namespace?: string } }[];
    const used = new Set(manifests.filter((m) => m.kind !== 'Namespace' && m.kind !== 'CiliumClusterwideNetworkPolicy').map((m) => m.metadata?.namespace ?? 'default'));
    const objects = byKind(manifests);
    objects.namespaces = [...(objects.namespaces ?? []), ...[...used].filter((n) => !(objects.namespaces ?? []).some((o) => (o as { metadata?: { name?: string } }).metadata?.name === n)).map((n) => namespace(n))];
    return Object.fromEntries(run(rule, state({ kubernetes: [kubeCluster(objects)] })).map((f) => [f.resource.name, f.status]));
  };
  const byCase = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((c) => [c, verdicts(`${dir}/${c}`)]));

  it('Kubescape C-0030 (ingress-and-egress-blocked): only the NetworkPolicy deny-all passes; Cilium policies are not read', () => {
    expect(byCase(`${CONFORMANCE}/kubescape/ingress-and-egress-blocked`)).toEqual({
      'ccnp-ingress-egress': { 'my-ns': 'fail' },
      'ccnp-specs-list-passed': { 'my-ns': 'fail' },
      'cnp-empty-selector': { 'my-ns': 'fail' },
      'cnp-endpoint-selector-match': { 'my-ns': 'fail' },
      'cnp-ingress-egress': { 'my-ns': 'fail' },
      'cnp-match-expressions-selective-failed': { 'my-ns': 'fail' },
      'cnp-only-egress': { 'my-ns': 'fail' },
      'cnp-specs-empty-failed': { 'my-ns': 'fail' },
      'cnp-specs-list-passed': { 'my-ns': 'fail' },
      'cnp-specs-multiple-passed': { 'my-ns': 'fail' },
      cronjob: { default: 'fail' },
      'default-policy': { 'my-ns': 'pass' },
      'mixed-np-cnp': { 'my-ns': 'fail' },
      'only-egress-policy': { 'my-ns': 'fail' },
      pod: { default: 'fail' },
    });
  });

  it('Kubescape C-0054 (internal-networking): a namespace needs an all-pods default, not just any policy', () => {
    // namespace-passed has a policy in `test` selecting only purpose=demonstrate-command pods: Kubescape passes it.
    expect(byCase(`${CONFORMANCE}/kubescape/internal-networking`)).toEqual({
      'namespace-ccnp-match-expressions-selective-failed': { test: 'fail' },
      'namespace-ccnp-passed': { test: 'fail' },
      'namespace-ccnp-specs-passed': { test: 'fail' },
      'namespace-cnp-passed': { test: 'fail' },
      'namespace-failed': { default: 'fail', test: 'fail' },
      'namespace-passed': { test: 'fail' },
    });
  });

  it('Kubescape C-0260 (ensure_network_policy_configured_in_labels): no case has an all-pods default for both directions', () => {
    const all = byCase(`${CONFORMANCE}/kubescape/ensure_network_policy_configured_in_labels`);
    expect(Object.values(all).flatMap((v) => Object.values(v))).toEqual(Array(Object.keys(all).length + 1).fill('fail'));
    // success_pod_no_pod_selector: `podSelector: {}` with an ingress rule is a default for ingress only.
    expect(all.success_pod_no_pod_selector).toEqual({ default: 'fail' });
    expect(all.failed_pod_no_matched_label).toEqual({ default: 'fail', 'my-namespace': 'fail' });
  });

  it('Polaris missingNetworkPolicy: every file fails, its policies select only labelled pods', () => {
    const dir = `${CONFORMANCE}/polaris/missingNetworkPolicy`;
    expect(Object.fromEntries(readdirSync(dir).sort().map((f) => [f, verdicts(`${dir}/${f}`)]))).toEqual({
      'failure.netpol_missing_egress_in_policytypes.yaml': { default: 'fail' },
      'failure.netpol_missing_egress_rules.yaml': { default: 'fail' },
      'failure.netpol_missing_ingress_in_policytypes.yaml': { default: 'fail' },
      'failure.netpol_missing_ingress_rules.yaml': { default: 'fail' },
      'failure.netpol_targets_wrong_pod_label.yaml': { default: 'fail' },
      'success.yaml': { default: 'fail' },
    });
  });
});
