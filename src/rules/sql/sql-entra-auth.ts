import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

interface Params {
  requireEntraOnly: boolean;
}

/** The server has a Microsoft Entra administrator, and optionally refuses SQL authentication. */
export default defineRule<Params>({
  id: 'sql-entra-auth',
  check(ctx) {
    for (const server of ctx.state.sqlServers) {
      const admin = server.entraAdministrator;
      const configured = evidence(server, 'entraAdministrator.configured', admin.configured ? admin.login : admin.configured);
      const entraOnly = evidence(server, 'entraAdministrator.azureADOnlyAuthentication');
      if (admin.configured === null) {
        ctx.unknown(server, unknownReason(evidence(server, 'entraAdministrator', null)), [configured]);
      } else if (!admin.configured) {
        ctx.fail(server, `SQL server ${server.name} has no Microsoft Entra administrator: only SQL logins with passwords can manage it`, [configured, entraOnly]);
      } else if (admin.azureADOnlyAuthentication === true) {
        ctx.pass(server, `SQL server ${server.name} has a Microsoft Entra administrator and accepts Microsoft Entra authentication only`, [configured, entraOnly]);
      } else if (!ctx.params.requireEntraOnly) {
        ctx.pass(server, `SQL server ${server.name} has a Microsoft Entra administrator${admin.azureADOnlyAuthentication === false ? ' (SQL authentication is still allowed)' : ''}`, [configured, entraOnly]);
      } else if (admin.azureADOnlyAuthentication === null) {
        ctx.unknown(server, unknownReason(entraOnly), [configured, entraOnly]);
      } else {
        ctx.fail(server, `SQL server ${server.name} still accepts SQL authentication: Microsoft Entra-only authentication is off`, [configured, entraOnly]);
      }
    }
  },
});
