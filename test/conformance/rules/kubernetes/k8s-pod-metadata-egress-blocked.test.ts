import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/kubernetes/k8s-pod-metadata-egress-blocked.ts';
import { statusesOn } from '../../../helpers/kubernetes.ts';
import { CONFORMANCE } from '../../inputs.ts';

/**
 * Kubescape's inputs for neighbouring controls, as manifests with no AKS cluster matched (so a
 * NetworkPolicy can fail a workload, but its deny cannot pass one: enforcement is not known). Verdicts as determined by reading them. C-0052 has no Kubernetes
 * objects (node-agent `cloudProviderInfo` records), so nothing is judged there.
 */
describe('k8s-pod-metadata-egress-blocked: Kubescape conformance', () => {
  const root = `${CONFORMANCE}/kubescape`;
  const byCase = (rule_: string) => Object.fromEntries(readdirSync(`${root}/${rule_}`).sort().map((c) => [c, statusesOn(rule, `${root}/${rule_}/${c}`)]));

  it('C-0052 (instance-metadata-api-access): node-sensor records only, no workload to judge', () => {
    expect(byCase('instance-metadata-api-access')).toEqual({ failed: {}, passed: {} });
  });

  it('C-0030 (ingress-and-egress-blocked): only a NetworkPolicy isolating egress blocks the endpoint', () => {
    expect(byCase('ingress-and-egress-blocked')).toEqual({
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
      cronjob: { default: 'fail' }, // hostNetwork
      'default-policy': { 'my-ns': 'unknown' }, // denied, but no AKS cluster says NetworkPolicy is enforced
      'mixed-np-cnp': { 'my-ns': 'fail' }, // the NetworkPolicy is ingress-only
      'only-egress-policy': { 'my-ns': 'unknown' },
      pod: { default: 'fail' },
    });
  });

  it('C-0260 (ensure_network_policy_configured_in_labels): every NetworkPolicy there is ingress-only, so every workload reaches the endpoint', () => {
    const all = byCase('ensure_network_policy_configured_in_labels');
    expect(Object.keys(all)).toHaveLength(16);
    for (const [name, verdicts] of Object.entries(all)) expect(Object.values(verdicts), name).toEqual(Object.values(verdicts).length ? Object.values(verdicts).map(() => 'fail') : ['fail']);
  });
});
