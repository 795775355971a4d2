import type { ArmIndex } from './index-resources.ts';
import type { StorageAccount } from '../../state/storage-account.ts';

/** ARM types this adapter reads. */
export const STORAGE_ACCOUNT_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptStorageAccounts(_index: ArmIndex): StorageAccount[] {
  return [];
}
