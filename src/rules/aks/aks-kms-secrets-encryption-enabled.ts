import { toggle, toggleRule } from '../factories/toggle-rule.ts';

/** Kubernetes Secrets in etcd are encrypted with a key the customer holds in Key Vault (KMS v2). */
export default toggleRule({
  id: 'aks-kms-secrets-encryption-enabled',
  resources: (state) => state.clusters,
  read: (cluster) => toggle(cluster, 'kmsEnabled'),
  wanted: true,
  pass: (name) => `Cluster ${name} encrypts Kubernetes Secrets in etcd with a Key Vault key (KMS)`,
  fail: (name) => `Cluster ${name} does not encrypt Kubernetes Secrets with a Key Vault key: etcd holds them under platform-managed encryption only`,
});
