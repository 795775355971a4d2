import { sqlFailoverGeoRule } from '../factories/sql-family.ts';

/** The managed instance is in an instance failover group with a partner instance in another region. */
export default sqlFailoverGeoRule({ id: 'sqlmi-failover-group-geo', noun: 'SQL managed instance', resources: (state) => state.sqlManagedInstances });
