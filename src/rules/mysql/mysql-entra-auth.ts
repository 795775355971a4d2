import { defineRule, notStated, observed } from '../../engine/rule.ts';
import { administratorEvidence, namedAdministrators } from '../lib/entra-administrators.ts';
import { isOn } from '../lib/settings-check.ts';

const AAD_ONLY = 'configurations/aad_auth_only#properties.value';

/** An Entra administrator turns Entra sign-in on for a MySQL flexible server; aad_auth_only turns passwords off. */
export default defineRule<{ requireEntraOnly: boolean }>({
  id: 'mysql-entra-auth',
  check(ctx) {
    for (const server of ctx.state.mysqlFlexibleServers) {
      if (server.administrators === null) {
        ctx.unknown(server, `the input does not carry the administrators of ${server.name}; export the server with its child resources or scan it live`, [{ path: 'administrators', value: null, note: 'not stated by the source' }]);
        continue;
      }
      const admins = namedAdministrators(server.administrators);
      const only = server.serverParameters.aadAuthOnly;
      const evidence = [...administratorEvidence(server, admins), observed(server, 'serverParameters.aadAuthOnly', AAD_ONLY, only)];
      const entraOnly = only === null ? null : isOn(only);
      if (admins.length === 0) {
        ctx.fail(server, `Flexible server ${server.name} has no Microsoft Entra administrator: only MySQL passwords can sign in`, evidence);
      } else if (ctx.params.requireEntraOnly && entraOnly === null) {
        ctx.unknown(server, notStated(AAD_ONLY), evidence);
      } else if (ctx.params.requireEntraOnly && !entraOnly) {
        ctx.fail(server, `Flexible server ${server.name} has a Microsoft Entra administrator, but aad_auth_only is ${only}: password authentication is still enabled`, evidence);
      } else {
        const passwords = entraOnly === null ? 'whether passwords are still accepted is not stated' : entraOnly ? 'Entra only' : 'password authentication is still enabled';
        ctx.pass(server, `Flexible server ${server.name} has a Microsoft Entra administrator (${passwords})`, evidence);
      }
    }
  },
});
