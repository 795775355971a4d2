import type { ResourceBase } from './resource.ts';

/** `Microsoft.Insights/diagnosticSettings` on a resource: which log categories it sends, and where. */
export interface DiagnosticSetting extends ResourceBase {
  /** Enabled log categories (`kube-audit`, ...) and category groups (`allLogs`, `audit`), as the source spelled them. */
  categories: string[];
  categoryGroups: string[];
  /** True when it has a destination: workspace, storage account, event hub or partner solution. */
  hasDestination: boolean;
}
