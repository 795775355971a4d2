import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/**
 * Pods can get Entra tokens through federated service-account tokens (the OIDC issuer plus the
 * workload identity webhook) instead of secrets or the node's identity.
 */
export default defineRule({
  id: 'aks-workload-identity-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const parts = [
        { name: 'the OIDC issuer', value: cluster.oidcIssuerEnabled, evidence: evidenceOf(cluster, 'oidcIssuerEnabled') },
        { name: 'workload identity', value: cluster.workloadIdentityEnabled, evidence: evidenceOf(cluster, 'workloadIdentityEnabled') },
      ];
      const evidence = parts.map((p) => p.evidence);
      const missing = parts.filter((p) => p.value === false);
      const unstated = parts.filter((p) => p.value === null);
      if (missing.length) {
        // A setting that is off fails the cluster whatever the other one is.
        ctx.fail(cluster, `Cluster ${cluster.name} does not enable ${missing.map((p) => p.name).join(' or ')}, so pods cannot use Microsoft Entra Workload ID`, evidence);
      } else if (unstated.length) {
        ctx.unknown(cluster, unstated.map((p) => unknownReason(p.evidence)).join('; '), evidence);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} enables the OIDC issuer and workload identity`, evidence);
      }
    }
  },
});
