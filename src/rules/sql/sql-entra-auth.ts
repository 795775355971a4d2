import { sqlEntraAuthRule } from '../factories/sql-family.ts';

/** The server has a Microsoft Entra administrator, and optionally refuses SQL authentication. */
export default sqlEntraAuthRule({ id: 'sql-entra-auth', noun: 'SQL server', resources: (state) => state.sqlServers });
