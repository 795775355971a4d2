import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

interface Params {
  allowedEngines: string[];
}

/** A network policy engine enforces Kubernetes NetworkPolicy; without one, every pod can reach every other. */
export default defineRule<Params>({
  id: 'aks-network-policy-configured',
  check(ctx) {
    const allowed = new Set(ctx.params.allowedEngines.map((e) => e.toLowerCase()));
    for (const cluster of ctx.state.clusters) {
      const engine = cluster.network.policy;
      const evidence = [evidenceOf(cluster, 'network.policy')];
      if (engine === null) {
        ctx.unknown(cluster, unknownReason(evidence[0]!), evidence);
        continue;
      }
      const name = engine.toLowerCase();
      if (name === 'none') {
        ctx.fail(cluster, `Cluster ${cluster.name} has no network policy engine: NetworkPolicy objects are accepted but not enforced, so every pod can reach every other`, evidence);
      } else if (!allowed.has(name)) {
        ctx.fail(cluster, `Cluster ${cluster.name} uses network policy engine ${engine}, which is not one of the allowed engines (${ctx.params.allowedEngines.join(', ')})`, evidence);
      } else if (name === 'azure') {
        ctx.pass(cluster, `Cluster ${cluster.name} enforces network policies with Azure Network Policy Manager, which Microsoft is retiring: plan the move to Cilium Network Policy`, evidence);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} enforces network policies with ${engine}`, evidence);
      }
    }
  },
});
