import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

const MANAGED = new Set(['systemassigned', 'userassigned']);

/**
 * The cluster manages Azure resources with a managed identity, not a service principal whose
 * secret sits on every node, expires and is rotated by hand.
 */
export default defineRule({
  id: 'aks-managed-identity',
  check(ctx) {
    for (const cluster of ctx.state.clusters) {
      const { type, servicePrincipalClientId: clientId } = cluster.identity;
      const typeEvidence = evidence(cluster, 'identity.type');
      const clientIdEvidence = evidence(cluster, 'identity.servicePrincipalClientId');
      const both = [typeEvidence, clientIdEvidence];
      if (type === null) {
        ctx.unknown(cluster, unknownReason(typeEvidence), both);
      } else if (MANAGED.has(type.toLowerCase())) {
        ctx.pass(cluster, `Cluster ${cluster.name} uses a ${type} managed identity`, both);
      } else if (clientId?.toLowerCase() === 'msi') {
        // servicePrincipalProfile.clientId 'msi' is how ARM marks a managed-identity cluster.
        ctx.pass(cluster, `Cluster ${cluster.name} uses a managed identity (servicePrincipalProfile.clientId: msi)`, both);
      } else if (clientId === null) {
        ctx.unknown(cluster, `Cluster ${cluster.name} has identity type ${type} and ${unknownReason(clientIdEvidence)}`, both);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} uses service principal ${clientId} instead of a managed identity (identity type ${type})`, both);
      }
    }
  },
});
