import { evidence as evidenceOf, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/**
 * AKS-managed Microsoft Entra ID integration. The adapter reads both "no aadProfile" and the
 * legacy integration (an aadProfile with `managed: false`) as false; the message tells them apart
 * where the source allows.
 */
export default defineRule({
  id: 'aks-entra-id-integration',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const managed = cluster.aad.managed;
      const evidence = [evidenceOf(cluster, 'aad.managed')];
      if (managed === null) {
        ctx.unknown(cluster, unknownReason(evidence[0]!), evidence);
      } else if (managed) {
        ctx.pass(cluster, `Cluster ${cluster.name} uses AKS-managed Microsoft Entra ID integration`, evidence);
      } else if (cluster.provenance.defaulted.includes('aad.managed')) {
        ctx.fail(cluster, `Cluster ${cluster.name} has no AKS-managed Microsoft Entra ID integration: users authenticate with Kubernetes certificates or local accounts, not Entra identities (a legacy Azure AD integration, if configured, is retired)`, evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} sets aadProfile.managed to false: the legacy Azure AD integration is retired; move to AKS-managed Microsoft Entra ID integration`, evidence);
      }
    }
  },
});
