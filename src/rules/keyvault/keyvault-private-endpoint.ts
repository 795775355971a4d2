import { defineRule, notStated, observed } from '../../engine/rule.ts';
import { nameOf } from '../../adapters/arm/resource-id.ts';

const CONNECTIONS = 'properties.privateEndpointConnections';

/** Workloads reach the vault over a private endpoint the vault owner approved. */
export default defineRule({
  id: 'keyvault-private-endpoint',
  check(ctx) {
    for (const vault of ctx.state.keyVaults) {
      const connections = vault.privateEndpointConnections;
      const evidence = [observed(vault, 'privateEndpointConnections', CONNECTIONS, connections)];
      if (connections === null) {
        ctx.unknown(vault, notStated(CONNECTIONS), evidence);
        continue;
      }
      const approved = connections.filter((c) => c.status?.toLowerCase() === 'approved');
      if (approved.length) {
        ctx.pass(vault, `Key vault ${vault.name} has ${approved.length} approved private endpoint(s): ${approved.map((c) => endpointName(c.privateEndpointId)).join(', ')}`, evidence);
      } else if (connections.length) {
        ctx.fail(vault, `Key vault ${vault.name} has no approved private endpoint: ${connections.map((c) => `${endpointName(c.privateEndpointId)} is ${c.status ?? 'in an unstated state'}`).join('; ')}`, evidence);
      } else {
        ctx.fail(vault, `Key vault ${vault.name} has no private endpoint, so workloads reach it over its public endpoint`, evidence);
      }
    }
  },
});

function endpointName(id: string | null): string {
  return id ? nameOf(id) : '(unnamed endpoint)';
}
