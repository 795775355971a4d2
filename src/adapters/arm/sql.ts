import type { ArmIndex } from './index-resources.ts';
import type { SqlServer } from '../../state/sql.ts';

/** ARM types this adapter reads. */
export const SQL_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptSqlServers(_index: ArmIndex): SqlServer[] {
  return [];
}
