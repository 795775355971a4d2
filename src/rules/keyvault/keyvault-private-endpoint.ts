import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** Workloads reach the vault over a private endpoint the vault owner approved. */
export default defineRule({
  id: 'keyvault-private-endpoint',
  check(ctx) {
    const endpointNames = new Map(ctx.state.network.privateEndpoints.map((e) => [e.id.toLowerCase(), e.name]));
    /** The endpoint's name when it is in the input, else its identity as the vault states it. */
    const endpointName = (id: string | null): string => (id ? (endpointNames.get(id.toLowerCase()) ?? id) : '(unnamed endpoint)');
    for (const vault of ctx.state.keyVaults) {
      const connections = vault.privateEndpointConnections;
      const shown = [evidence(vault, 'privateEndpointConnections')];
      if (connections === null) {
        ctx.unknown(vault, unknownReason(shown[0]!), shown);
        continue;
      }
      const approved = connections.filter((c) => c.status?.toLowerCase() === 'approved');
      if (approved.length) {
        ctx.pass(vault, `Key vault ${vault.name} has ${approved.length} approved private endpoint(s): ${approved.map((c) => endpointName(c.privateEndpointId)).join(', ')}`, shown);
      } else if (connections.length) {
        ctx.fail(vault, `Key vault ${vault.name} has no approved private endpoint: ${connections.map((c) => `${endpointName(c.privateEndpointId)} is ${c.status ?? 'in an unstated state'}`).join('; ')}`, shown);
      } else {
        ctx.fail(vault, `Key vault ${vault.name} has no private endpoint, so workloads reach it over its public endpoint`, shown);
      }
    }
  },
});
