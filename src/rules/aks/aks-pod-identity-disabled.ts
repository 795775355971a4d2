import { defineRule, notStated, observed } from '../../engine/rule.ts';

const POD_IDENTITY = 'properties.podIdentityProfile.enabled';

/**
 * The deprecated pod-managed identity add-on is off: its NMI daemon intercepts every pod's
 * IMDS traffic, and workload identity replaces it.
 */
export default defineRule({
  id: 'aks-pod-identity-disabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const enabled = cluster.podIdentityEnabled;
      const evidence = [observed(cluster, 'podIdentityEnabled', POD_IDENTITY, enabled)];
      if (enabled === null) ctx.unknown(cluster, notStated(POD_IDENTITY), evidence);
      else if (enabled) ctx.fail(cluster, `Cluster ${cluster.name} runs the deprecated pod-managed identity; migrate its pods to workload identity and disable it`, evidence);
      else ctx.pass(cluster, `Cluster ${cluster.name} does not run the deprecated pod-managed identity`, evidence);
    }
  },
});
