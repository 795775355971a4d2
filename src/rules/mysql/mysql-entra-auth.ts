import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { administratorEvidence, namedAdministrators } from '../lib/entra-administrators.ts';
import { isOn } from '../factories/settings-check.ts';

/** An Entra administrator turns Entra sign-in on for a MySQL flexible server; aad_auth_only turns passwords off. */
export default defineRule<{ requireEntraOnly: boolean }>({
  id: 'mysql-entra-auth',
  check(ctx) {
    for (const server of ctx.state.mysqlFlexibleServers) {
      if (server.administrators === null) {
        ctx.unknown(server, `the input does not carry the administrators of ${server.name}; export the server with its child resources or scan it live`, [evidence(server, 'administrators')]);
        continue;
      }
      const admins = namedAdministrators(server.administrators);
      const only = server.serverParameters.aadAuthOnly;
      const aadOnly = evidence(server, 'serverParameters.aadAuthOnly');
      const found = [...administratorEvidence(server), aadOnly];
      const entraOnly = only === null ? null : isOn(only);
      if (admins.length === 0) {
        ctx.fail(server, `Flexible server ${server.name} has no Microsoft Entra administrator: only MySQL passwords can sign in`, found);
      } else if (ctx.params.requireEntraOnly && entraOnly === null) {
        ctx.unknown(server, unknownReason(aadOnly), found);
      } else if (ctx.params.requireEntraOnly && !entraOnly) {
        ctx.fail(server, `Flexible server ${server.name} has a Microsoft Entra administrator, but aad_auth_only is ${only}: password authentication is still enabled`, found);
      } else {
        const passwords = entraOnly === null ? 'whether passwords are still accepted is not stated' : entraOnly ? 'Entra only' : 'password authentication is still enabled';
        ctx.pass(server, `Flexible server ${server.name} has a Microsoft Entra administrator (${passwords})`, found);
      }
    }
  },
});
