import type { Evidence } from '../../engine/finding.ts';
import { defineRule } from '../../engine/rule.ts';
import { kubernetesClusterResource, kubernetesResource } from '../lib/kubernetes-resource.ts';
import { defaultPosture, describePolicy, NETWORK_POLICIES, type DefaultPosture, type Policy } from '../analyses/network-policy.ts';

interface Params {
  systemNamespaces: string[];
}

/**
 * Every user namespace denies ingress and egress unless a policy allows it: one NetworkPolicy
 * selecting all pods (present and future) per direction, with allow-lists on top. Whether the
 * cluster enforces NetworkPolicy at all is aks-network-policy-configured's question.
 */
export default defineRule<Params>({
  id: 'k8s-namespace-default-deny',
  check(ctx) {
    const system = new Set(ctx.params.systemNamespaces);
    for (const cluster of ctx.state.kubernetes) {
      const namespaces = cluster.objects.namespaces;
      const policies = ctx.analysis(NETWORK_POLICIES).of(cluster);
      if (namespaces === null || policies === null) {
        const missing = (['namespaces', 'networkpolicies'] as const).filter((k) => cluster.objects[k] === null);
        const reasons = missing.map((k) => `${k}: ${cluster.unread[k]?.reason ?? 'not read'}`).join('; ');
        ctx.unknown(kubernetesClusterResource(cluster), `The default network posture of ${cluster.name}'s namespaces cannot be judged without ${missing.join(' and ')} (${reasons})`);
        continue;
      }
      for (const { object, origin } of namespaces) {
        const name = object.metadata?.name ?? '';
        if (system.has(name)) continue;
        const resource = kubernetesResource(cluster, 'Namespace', object.metadata, origin);
        const inNamespace = policies.get(name) ?? [];
        const ingress = defaultPosture(inNamespace, 'ingress');
        const egress = defaultPosture(inNamespace, 'egress');
        const evidence = evidenceOf({ ingress, egress });
        if (ingress.denied && egress.denied) {
          const same = ingress.by.length === egress.by.length && ingress.by.every((p, i) => p === egress.by[i]);
          const why = same ? `${ingress.by.map(describePolicy).join(', ')} select${ingress.by.length === 1 ? 's' : ''} every pod for Ingress and Egress` : `${ingress.reason}; ${egress.reason}`;
          ctx.pass(resource, `Namespace ${name} denies ingress and egress by default: ${why}`, evidence);
          continue;
        }
        const gaps = [ingress, egress].filter((p) => !p.denied).map((p) => p.reason);
        const open = [!ingress.denied && 'ingress', !egress.denied && 'egress'].filter(Boolean).join(' and ');
        ctx.fail(resource, `Namespace ${name} has no default-deny ${open} (${inNamespace.length} NetworkPolic${inNamespace.length === 1 ? 'y' : 'ies'}): ${gaps.join('; ')}`, evidence);
      }
    }
  },
});

/** The all-pods policies behind the postures (each once, with its types), the rules that undo them, and the directions nothing covers. */
function evidenceOf(postures: Record<'ingress' | 'egress', DefaultPosture>): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<Policy>();
  for (const policy of [...postures.ingress.by, ...postures.egress.by]) {
    if (seen.has(policy)) continue;
    seen.add(policy);
    const types = policy.object.spec?.policyTypes;
    out.push({ path: `${refOf(policy)}#spec.policyTypes`, value: types ?? null, ...(types?.length ? {} : { note: 'not stated: Ingress, plus Egress when the policy has egress rules' }) });
  }
  for (const direction of ['ingress', 'egress'] as const) {
    const { by, undoneBy } = postures[direction];
    if (undoneBy) out.push({ path: `${refOf(undoneBy.policy)}#${undoneBy.path}`, value: undoneBy.value });
    if (!by.length) out.push({ path: `networkpolicies selecting every pod for ${direction === 'egress' ? 'Egress' : 'Ingress'}`, value: [] });
  }
  return out;
}

function refOf(policy: Policy): string {
  return `networkpolicies/${policy.object.metadata?.name ?? ''}`;
}
