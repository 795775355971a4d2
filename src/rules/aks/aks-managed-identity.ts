import { defineRule, notStated, observed } from '../../engine/rule.ts';

const TYPE = 'identity.type';
const CLIENT_ID = 'properties.servicePrincipalProfile.clientId';
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
      const evidence = [observed(cluster, 'identity.type', TYPE, type), observed(cluster, 'identity.servicePrincipalClientId', CLIENT_ID, clientId)];
      if (type === null) {
        ctx.unknown(cluster, notStated(TYPE), evidence);
      } else if (MANAGED.has(type.toLowerCase())) {
        ctx.pass(cluster, `Cluster ${cluster.name} uses a ${type} managed identity`, evidence);
      } else if (clientId?.toLowerCase() === 'msi') {
        // servicePrincipalProfile.clientId 'msi' is how ARM marks a managed-identity cluster.
        ctx.pass(cluster, `Cluster ${cluster.name} uses a managed identity (servicePrincipalProfile.clientId: msi)`, evidence);
      } else if (clientId === null) {
        ctx.unknown(cluster, `Cluster ${cluster.name} has identity type ${type} and ${notStated(CLIENT_ID)}`, evidence);
      } else {
        ctx.fail(cluster, `Cluster ${cluster.name} uses service principal ${clientId} instead of a managed identity (identity type ${type})`, evidence);
      }
    }
  },
});
