import type { Rule } from '../engine/rule.ts';
import aksApiServerAccessRestricted from './aks/aks-api-server-access-restricted.ts';

/** Every rule, sorted by id. Explicit on purpose: the catalogue test checks it against the folders. */
export const RULES: readonly Rule<never>[] = [
  aksApiServerAccessRestricted,
] as Rule<never>[];
