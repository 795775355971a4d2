import { defineRule, notStated, observed } from '../../engine/rule.ts';

const RBAC = 'properties.enableRBAC';

/**
 * Kubernetes RBAC on. Absent `enableRBAC` stays unknown: older bodies omit it and its default
 * changed across API versions (PSRule fails such clusters).
 */
export default defineRule({
  id: 'aks-kubernetes-rbac-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const enabled = cluster.rbacEnabled;
      const evidence = [observed(cluster, 'rbacEnabled', RBAC, enabled)];
      if (enabled === null) {
        ctx.unknown(cluster, notStated(RBAC), evidence);
      } else if (enabled) {
        ctx.pass(cluster, `Cluster ${cluster.name} has Kubernetes RBAC enabled`, evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} has Kubernetes RBAC disabled: every authenticated user and service account is effectively cluster-admin, and RBAC can only be turned on by recreating the cluster`, evidence);
      }
    }
  },
});
