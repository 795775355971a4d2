/**
 * What the scan read, per ARM type and scope, so that "none in the input" can be told from "not
 * read". Rules that count resources in a scope (public IPs in a node resource group) ask it
 * through the engine's `ctx.coverage` before they take finding none for there being none.
 *
 * - Live (Resource Graph): one entry per inventory family and subscription, for the whole
 *   subscription (or per resource group named by `--resource-group`); `read: false` with the
 *   failure's code when the family or the subscription could not be read, or when a `--tag`
 *   filter left resources out.
 * - Files: one entry per subscription and resource group, naming the types the input held
 *   resources of from that group. Exports are made per resource group (portal, `az group export`,
 *   `Export-AzRuleData`, `az … list -g`), so a file holding a group's public IPs is taken for the
 *   listing of that group's public IPs; a group the input holds none of a type from was not read
 *   for that type. Files that are one page of a longer list add nothing.
 */
export interface CoverageEntry {
  /** Lower case. */
  subscriptionId: string;
  /** Lower case; absent when the entry is about every resource group of the subscription. */
  resourceGroup?: string;
  /** ARM types (lower case) the entry is about. */
  types: string[];
  read: boolean;
  /** Why not read: a stable code (`forbidden`, `throttled`, `filtered`, ...) and the reason. */
  code?: string;
  reason?: string;
}
