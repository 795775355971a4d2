import { sqlTdeRule } from '../factories/sql-family.ts';

/** Every user database of the server is encrypted with transparent data encryption; the finding is the database's. */
export default sqlTdeRule({ id: 'sql-tde-enabled', noun: 'SQL server', resources: (state) => state.sqlServers });
