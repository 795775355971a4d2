import { UsageError } from '../engine/errors.ts';
import { parseHistoryLocation, type HistoryLocation } from '../history/location.ts';
import { DEFAULT_RETENTION, parseRetention, type Retention } from '../history/retention.ts';

/** parseArgs definitions of the history flags (merged into the scan command's). */
export const HISTORY_OPTIONS = {
  history: { type: 'string' },
  'history-keep': { type: 'string' },
} as const;

export const HISTORY_USAGE = `History:
  --history <folder|url>     keep a compact record of each run in this folder, or in an Azure
                             Blob container (https://<account>.blob.core.windows.net/<container>
                             [/<prefix>], written with the scan's credential, or a SAS in the
                             URL, which is never recorded); the reports then show the trend,
                             what is new, fixed and regressed since the previous run, and how
                             long each failure has been open (aks-audit report renders the
                             newest again)
  --history-keep <n|nd>      runs kept: the last n (52), or those of the last n days (365d)
                             (default: ${'runs' in DEFAULT_RETENTION ? DEFAULT_RETENTION.runs : `${DEFAULT_RETENTION.days}d`})`;

export interface HistoryOptions {
  location: HistoryLocation;
  retention: Retention;
}

export function parseHistoryArgs(values: { history?: string | undefined; 'history-keep'?: string | undefined }): HistoryOptions | undefined {
  if (values.history === undefined) {
    if (values['history-keep'] !== undefined) throw new UsageError('--history-keep applies to a history: add --history <folder|url>');
    return undefined;
  }
  return { location: parseHistoryLocation(values.history), retention: values['history-keep'] === undefined ? DEFAULT_RETENTION : parseRetention(values['history-keep']) };
}
