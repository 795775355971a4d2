import type { ReadLimits } from '../read-limits.ts';
import type { KubeconfigChoice } from './kubeconfig.ts';

// What the command line asks of a live Kubernetes read, apart from the reader itself: the CLI parses
// these without loading the Kubernetes client, which an offline scan never needs.

export interface LiveOptions extends KubeconfigChoice {
  /** `limit` per list request (default 500, as kubectl's chunk size). */
  pageSize: number;
  /** Per request, in milliseconds (default 60 s). */
  requestTimeoutMs?: number;
}

/** What one cluster's read needs: the command line's paging and timeout, and the scan's bounds. */
export type ListSettings = Pick<LiveOptions, 'pageSize' | 'requestTimeoutMs'> & ReadLimits;

export const DEFAULT_PAGE_SIZE = 500;
