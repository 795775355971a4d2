import { sqlTdeRule } from '../factories/sql-family.ts';

/** Every database of the managed instance is encrypted with transparent data encryption; the finding is the database's. */
export default sqlTdeRule({ id: 'sqlmi-tde-enabled', noun: 'SQL managed instance', resources: (state) => state.sqlManagedInstances });
