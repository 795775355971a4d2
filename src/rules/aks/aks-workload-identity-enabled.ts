import { defineRule, notStated, observed } from '../../engine/rule.ts';

const OIDC = 'properties.oidcIssuerProfile.enabled';
const WORKLOAD_IDENTITY = 'properties.securityProfile.workloadIdentity.enabled';

/**
 * Pods can get Entra tokens through federated service-account tokens (the OIDC issuer plus the
 * workload identity webhook) instead of secrets or the node's identity.
 */
export default defineRule({
  id: 'aks-workload-identity-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const parts = [
        { name: 'the OIDC issuer', path: OIDC, value: cluster.oidcIssuerEnabled },
        { name: 'workload identity', path: WORKLOAD_IDENTITY, value: cluster.workloadIdentityEnabled },
      ];
      const evidence = [observed(cluster, 'oidcIssuerEnabled', OIDC, cluster.oidcIssuerEnabled), observed(cluster, 'workloadIdentityEnabled', WORKLOAD_IDENTITY, cluster.workloadIdentityEnabled)];
      const missing = parts.filter((p) => p.value === false);
      const unstated = parts.filter((p) => p.value === null);
      if (missing.length) {
        // A setting that is off fails the cluster whatever the other one is.
        ctx.fail(cluster, `Cluster ${cluster.name} does not enable ${missing.map((p) => p.name).join(' or ')}, so pods cannot use Microsoft Entra Workload ID`, evidence);
      } else if (unstated.length) {
        ctx.unknown(cluster, unstated.map((p) => notStated(p.path)).join('; '), evidence);
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} enables the OIDC issuer and workload identity`, evidence);
      }
    }
  },
});
