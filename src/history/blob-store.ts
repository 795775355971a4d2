import type { TokenCredential } from '@azure/core-auth';
import type { StorageSharedKeyCredential } from '@azure/storage-blob';
import { InputError } from '../engine/errors.ts';
import type { HistoryLocation } from './location.ts';
import type { HistoryStore } from './store.ts';

/** What signs the requests: the scan's Entra ID credential, or (tests, the emulator) an account key; none when the URL holds a SAS. */
export type BlobCredential = TokenCredential | StorageSharedKeyCredential;

/**
 * A history in an Azure Blob container, through `@azure/storage-blob` (loaded only when a history
 * is kept there). The container must exist: the role a scheduled scan needs on it (Storage Blob
 * Data Contributor) cannot create one, and a misspelt URL should fail, not make a new container.
 */
export async function blobStore(location: Extract<HistoryLocation, { kind: 'blob' }>, credential: BlobCredential | undefined): Promise<HistoryStore> {
  const { ContainerClient } = await import('@azure/storage-blob');
  const container = location.sas || credential === undefined ? new ContainerClient(location.containerUrl) : new ContainerClient(location.containerUrl, credential);
  const blob = (name: string) => container.getBlockBlobClient(location.prefix + name);
  const failed = (name: string, error: unknown) => blobError(location.shown, location.prefix + name, error);
  return {
    shown: location.shown,
    read: async (name) => {
      try {
        return await blob(name).downloadToBuffer();
      } catch (error) {
        if (statusOf(error) === 404 && codeOf(error) !== 'ContainerNotFound') return undefined;
        throw failed(name, error);
      }
    },
    write: async (name, bytes) => {
      try {
        await blob(name).uploadData(bytes, { blobHTTPHeaders: { blobContentType: name.endsWith('.gz') ? 'application/gzip' : 'application/json' } });
      } catch (error) {
        throw failed(name, error);
      }
    },
    remove: async (name) => {
      try {
        await blob(name).deleteIfExists();
      } catch (error) {
        throw failed(name, error);
      }
    },
  };
}

/** One line naming the blob and what the service (or the network) said, with any URL's query cut: it may hold a SAS. */
function blobError(shown: string, name: string, error: unknown): InputError {
  const status = statusOf(error);
  const code = codeOf(error);
  const said = code ?? (status === undefined ? String((error as Error).message ?? error).split('\n')[0]! : `HTTP ${status}`);
  const hint = code === 'ContainerNotFound' ? ' (create the container first)' : status === 403 ? ' (the identity needs Storage Blob Data Contributor on the container)' : '';
  return new InputError(`${shown}/${name}`, undefined, `${said.replace(/\?[^\s'"]*/g, '')}${hint}`);
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code ?? (error as { details?: { errorCode?: unknown } }).details?.errorCode;
  return typeof code === 'string' ? code : undefined;
}
