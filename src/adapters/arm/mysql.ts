import type { ArmIndex } from './index-resources.ts';
import type { MySqlFlexibleServer } from '../../state/mysql.ts';

/** ARM types this adapter reads. */
export const MYSQL_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptMySqlFlexibleServers(_index: ArmIndex): MySqlFlexibleServer[] {
  return [];
}
