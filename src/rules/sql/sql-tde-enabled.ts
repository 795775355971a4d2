import { defineRule, notStated, observed } from '../../engine/rule.ts';
import { propertyPath } from '../lib/property-path.ts';

/** Every user database encrypts its data, logs and backups at rest with transparent data encryption. */
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
        const path = propertyPath(server, db.tdePath, 'state');
        const evidence = [observed(server, `databases[${db.name}].transparentDataEncryption`, path, db.transparentDataEncryption)];
        const state = db.transparentDataEncryption;
        if (state === null) ctx.unknown(server, notStated(path), evidence, db.name);
        else if (state.toLowerCase() === 'enabled') ctx.pass(server, `Database ${db.name} on SQL server ${server.name} is encrypted with TDE`, evidence, db.name);
        else ctx.fail(server, `Database ${db.name} on SQL server ${server.name} has transparent data encryption ${state}`, evidence, { part: db.name });
      }
    }
  },
});
