import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/**
 * The deprecated pod-managed identity add-on is off: its NMI daemon intercepts every pod's
 * IMDS traffic, and workload identity replaces it.
 */
export default toggleRule({
  id: 'aks-pod-identity-disabled',
  resources: (state) => state.clusters,
  read: (cluster) => toggle(cluster, 'podIdentityEnabled'),
  wanted: false,
  pass: (name) => `Cluster ${name} does not run the deprecated pod-managed identity`,
  fail: (name) => `Cluster ${name} runs the deprecated pod-managed identity; migrate its pods to workload identity and disable it`,
});
