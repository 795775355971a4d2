import type { Evidence } from '../../engine/finding.ts';
import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { readAddon } from '../factories/addons.ts';

interface Params {
  requireRotation: boolean;
}

/**
 * The Secrets Store CSI driver add-on mounts Key Vault secrets instead of Kubernetes Secrets;
 * with rotation on, a secret rotated in Key Vault reaches the pods without a redeploy.
 */
export default defineRule<Params>({
  id: 'aks-keyvault-secrets-provider-enabled',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { enabled, addon, evidence } = readAddon(cluster, 'keyVaultSecretsProvider');
      if (enabled === null) {
        ctx.unknown(cluster, unknownReason(evidence), [evidence]);
        continue;
      }
      if (!enabled || !addon) {
        ctx.fail(cluster, `Cluster ${cluster.name} does not run the Azure Key Vault Secrets Provider add-on (Secrets Store CSI driver): workloads keep secrets in Kubernetes Secrets or images instead of Key Vault`, [evidence]);
        continue;
      }
      const rotation = addon.config.secretRotation;
      // Sources spell the flag as a string; absent means off (the add-on's default).
      const rotating = rotation?.toLowerCase() === 'true';
      const rotationEvidence = evidenceOf(cluster, 'addons.keyVaultSecretsProvider.config.secretRotation', rotation ?? null);
      const both: Evidence[] = [evidence, rotation === undefined ? { ...rotationEvidence, note: 'not set; secret rotation is off by default' } : rotationEvidence];
      if (rotating) {
        ctx.pass(cluster, `Cluster ${cluster.name} runs the Azure Key Vault Secrets Provider add-on with secret rotation`, both);
      } else if (ctx.params.requireRotation) {
        ctx.fail(cluster, `Cluster ${cluster.name} runs the Azure Key Vault Secrets Provider add-on with secret rotation off: a secret rotated or revoked in Key Vault stays in mounted volumes until the pod restarts`, both, { severity: 'low' });
      } else {
        ctx.pass(cluster, `Cluster ${cluster.name} runs the Azure Key Vault Secrets Provider add-on (secret rotation off; not required by policy)`, both);
      }
    }
  },
});
