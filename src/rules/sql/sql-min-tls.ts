import { sqlMinTlsRule } from '../factories/sql-family.ts';

/** The SQL server refuses client connections below the minimum TLS version. */
export default sqlMinTlsRule({ id: 'sql-min-tls', noun: 'SQL server', resources: (state) => state.sqlServers });
