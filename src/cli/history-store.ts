import type { AzureScanOptions } from '../collectors/azure/scan-options.ts';
import { createCredential, resolveArmTarget } from '../collectors/azure/credential.ts';
import { blobStore, type BlobCredential } from '../history/blob-store.ts';
import type { HistoryLocation } from '../history/location.ts';
import { folderStore, type HistoryStore } from '../history/store.ts';

/** What tests set instead: the credential a Blob history is written with (the emulator's account key). */
export interface HistoryHooks {
  credential?: BlobCredential;
}

/**
 * The store `--history` names. A Blob container is written with the scan's own credential (its
 * `--credential` and cloud when it reads Azure live, the default chain otherwise), or with the
 * SAS in its URL, when there is one.
 */
export async function historyStore(location: HistoryLocation, azure: AzureScanOptions | undefined, hooks: HistoryHooks = {}): Promise<HistoryStore> {
  if (location.kind === 'folder') return folderStore(location.path);
  if (location.sas) return blobStore(location, undefined);
  const credential = hooks.credential ?? (await createCredential(azure?.credential ?? 'default', resolveArmTarget(azure?.cloud, azure?.armEndpoint)));
  return blobStore(location, credential);
}
