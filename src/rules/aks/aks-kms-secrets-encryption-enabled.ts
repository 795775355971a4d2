import { defineRule, notStated, observed } from '../../engine/rule.ts';

const KMS = 'properties.securityProfile.azureKeyVaultKms.enabled';

/** Kubernetes Secrets in etcd are encrypted with a key the customer holds in Key Vault (KMS v2). */
export default defineRule({
  id: 'aks-kms-secrets-encryption-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const evidence = [observed(cluster, 'kmsEnabled', KMS, cluster.kmsEnabled)];
      if (cluster.kmsEnabled === null) ctx.unknown(cluster, notStated(KMS), evidence);
      else if (cluster.kmsEnabled) ctx.pass(cluster, `Cluster ${cluster.name} encrypts Kubernetes Secrets in etcd with a Key Vault key (KMS)`, evidence);
      else ctx.fail(cluster, `Cluster ${cluster.name} does not encrypt Kubernetes Secrets with a Key Vault key: etcd holds them under platform-managed encryption only`, evidence);
    }
  },
});
