import type { ArmIndex } from './index-resources.ts';
import type { RedisCache } from '../../state/redis.ts';

/** ARM types this adapter reads. */
export const REDIS_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptRedisCaches(_index: ArmIndex): RedisCache[] {
  return [];
}
