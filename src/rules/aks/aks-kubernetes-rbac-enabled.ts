import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/**
 * Kubernetes RBAC on. Absent `enableRBAC` stays unknown: older bodies omit it and its default
 * changed across API versions (PSRule fails such clusters).
 */
export default toggleRule({
  id: 'aks-kubernetes-rbac-enabled',
  resources: (state) => state.clusters,
  read: (cluster) => toggle(cluster, 'rbacEnabled'),
  wanted: true,
  pass: (name) => `Cluster ${name} has Kubernetes RBAC enabled`,
  fail: (name) => `Cluster ${name} has Kubernetes RBAC disabled: every authenticated user and service account is effectively cluster-admin, and RBAC can only be turned on by recreating the cluster`,
});
