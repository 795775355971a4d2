import { UsageError } from '../engine/errors.ts';
import { mayCarryToken } from '../lib/bearer-url.ts';

/**
 * Where `--history` keeps its runs: a folder, or an Azure Blob container (and a prefix in it).
 * `shown` is what reports and messages name: a URL without its query, so a SAS token given in
 * the URL is used to sign in and never written anywhere.
 */
export type HistoryLocation =
  | { kind: 'folder'; path: string; shown: string }
  | {
      kind: 'blob';
      /** The container's URL, with the SAS query when one was given. */
      containerUrl: string;
      /** Blob names start with it: empty, or ending in `/`. */
      prefix: string;
      /** True when the URL carries a SAS: then no credential is needed. */
      sas: boolean;
      shown: string;
    };

/** Hosts of the Blob service in each cloud; anything else on https must be the emulator's path-style URL on this machine. */
const BLOB_HOST = /^[a-z0-9]+\.blob\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)$/;

export function parseHistoryLocation(text: string): HistoryLocation {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (text.trim() === '') throw new UsageError('--history: give a folder or an https://<account>.blob.core.windows.net/<container> URL');
    return { kind: 'folder', path: text, shown: text };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--history: "${withoutQuery(text)}" is not a URL`);
  }
  const shown = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  if (url.username || url.password) throw new UsageError(`--history: ${shown}: a user name or password in the URL is not accepted`);
  if (!mayCarryToken(url)) throw new UsageError(`--history: ${shown} must be https:// (http only to this machine, for the storage emulator)`);
  // The emulator (Azurite) names the account in the path: http://127.0.0.1:10000/<account>/<container>.
  const pathStyle = !BLOB_HOST.test(url.hostname);
  if (pathStyle && url.protocol === 'https:') throw new UsageError(`--history: ${shown} is not an Azure Blob Storage URL (https://<account>.blob.core.windows.net/<container>[/<prefix>])`);
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const head = pathStyle ? 2 : 1;
  if (segments.length < head) throw new UsageError(`--history: ${shown} names no container (https://<account>.blob.core.windows.net/<container>[/<prefix>])`);
  const container = segments.slice(0, head).map(encodeURIComponent).join('/');
  const rest = segments.slice(head).join('/');
  return { kind: 'blob', containerUrl: `${url.origin}/${container}${url.search}`, prefix: rest ? `${rest}/` : '', sas: url.searchParams.has('sig'), shown };
}

function withoutQuery(text: string): string {
  return text.replace(/[?#].*$/s, '');
}
