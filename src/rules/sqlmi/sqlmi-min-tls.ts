import { sqlMinTlsRule } from '../factories/sql-family.ts';

/** The managed instance refuses client connections below the minimum TLS version. */
export default sqlMinTlsRule({ id: 'sqlmi-min-tls', noun: 'SQL managed instance', resources: (state) => state.sqlManagedInstances });
