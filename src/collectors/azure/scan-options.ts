import type { CloudName, CredentialKind } from './credential.ts';
import type { InventoryFilters } from './resource-graph.ts';

// What the command line asks of Azure, apart from the reader itself: the CLI parses and checks these
// without loading the Azure SDK, which an offline scan never needs.

export const DEFAULT_CONCURRENCY = 8;

export interface AzureScanOptions {
  /** `--subscription` ids; empty with `allSubscriptions`. */
  subscriptions: string[];
  allSubscriptions: boolean;
  filters: InventoryFilters;
  credential: CredentialKind;
  cloud?: CloudName;
  armEndpoint?: string;
  concurrency: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isSubscriptionId(text: string): boolean {
  return GUID.test(text);
}
