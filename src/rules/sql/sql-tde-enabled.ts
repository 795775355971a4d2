import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/**
 * Every user database encrypts its data, logs and backups at rest with transparent data
 * encryption. The finding is the database's: TDE is set per database.
 */
export default defineRule({
  id: 'sql-tde-enabled',
  check(ctx) {
    for (const server of ctx.state.sqlServers) {
      if (server.databases === null) {
        ctx.unknown(server, `The databases of SQL server ${server.name} are not in the input; export the server with its databases and their transparentDataEncryption settings, or scan it live`);
        continue;
      }
      if (server.databases.length === 0) {
        ctx.notApplicable(server, `SQL server ${server.name} has no user databases`);
        continue;
      }
      for (const db of server.databases) {
        const tde = evidence(db, 'transparentDataEncryption');
        const state = db.transparentDataEncryption;
        if (state === null) ctx.unknown(db, unknownReason(tde), [tde]);
        else if (state.toLowerCase() === 'enabled') ctx.pass(db, `Database ${db.name} on SQL server ${server.name} is encrypted with TDE`, [tde]);
        else ctx.fail(db, `Database ${db.name} on SQL server ${server.name} has transparent data encryption ${state}`, [tde]);
      }
    }
  },
});
