import { sqlFailoverGeoRule } from '../factories/sql-family.ts';

/** The SQL server is in a failover group with a partner server in another region. */
export default sqlFailoverGeoRule({ id: 'sql-failover-group-geo', noun: 'SQL server', resources: (state) => state.sqlServers });
