import { sqlEntraAuthRule } from '../factories/sql-family.ts';

/** The managed instance has a Microsoft Entra administrator, and optionally refuses SQL authentication. */
export default sqlEntraAuthRule({ id: 'sqlmi-entra-auth', noun: 'SQL managed instance', resources: (state) => state.sqlManagedInstances });
