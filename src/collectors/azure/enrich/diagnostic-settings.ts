import type { LocatedArmResource } from '../../../adapters/arm/collect-resources.ts';
import { idKey } from '../../../adapters/arm/resource-id.ts';
import { armList } from '../arm-rest.ts';
import type { ArmConnection } from '../connection.ts';
import { EnrichmentSources, type ChildEnrichment } from './enrichment-sources.ts';

/** Microsoft.Insights `DiagnosticSettings_List`: the newest version in the specifications (preview only). */
export const DIAGNOSTIC_SETTINGS_API_VERSION = '2021-05-01-preview';

/**
 * The diagnostic settings of each resource (Resource Graph has none). A raw REST read, not
 * `@azure/arm-monitor`: its modular model flattens `properties` away and its pager fetches later
 * pages without handing back their bodies, while the ARM adapter reads the REST shape.
 * An empty list is an answer ("no settings"), which `complete` records; a failed read is not.
 */
export async function readDiagnosticSettings(conn: ArmConnection, parents: LocatedArmResource[]): Promise<ChildEnrichment> {
  const sources = new EnrichmentSources('diagnostic-settings', 'diagnostic settings');
  const complete = new Set<string>();
  await Promise.all(
    parents.map(async (parent) => {
      const path = `${parent.id}/providers/Microsoft.Insights/diagnosticSettings`;
      const { items, failure } = await armList(conn, path, DIAGNOSTIC_SETTINGS_API_VERSION);
      if (sources.add(parent.subscriptionId, { path, items, ...(failure ? { failure } : {}) })) complete.add(idKey(parent.id));
    }),
  );
  return { ...sources.result(), complete };
}
