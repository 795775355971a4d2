import type { ArmIndex } from './index-resources.ts';
import type { KeyVault } from '../../state/key-vault.ts';

/** ARM types this adapter reads. */
export const KEY_VAULT_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptKeyVaults(_index: ArmIndex): KeyVault[] {
  return [];
}
