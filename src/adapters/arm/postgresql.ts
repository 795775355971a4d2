import type { ArmIndex } from './index-resources.ts';
import type { PostgresFlexibleServer, PostgresSingleServer } from '../../state/postgresql.ts';

/** ARM types this adapter reads. */
export const POSTGRESQL_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptPostgresFlexibleServers(_index: ArmIndex): PostgresFlexibleServer[] {
  return [];
}

/** Placeholder until the adapter lands. */
export function adaptPostgresSingleServers(_index: ArmIndex): PostgresSingleServer[] {
  return [];
}
