import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import type { ArmIndex } from './index-resources.ts';
import { relativeId } from './resource-id.ts';

export const DIAGNOSTIC_SETTING = 'microsoft.insights/diagnosticsettings';

const DESTINATIONS = ['workspaceId', 'storageAccountId', 'eventHubAuthorizationRuleId', 'eventHubName', 'marketplacePartnerId'];

/** Where each field is, relative to the setting's `properties`: categories and groups are read off its log entries. */
export const SETTING_PATHS = { categories: 'logs', categoryGroups: 'logs' };

/** Where a resource's diagnostic settings are, for the paths table of every resource that has them. */
export const DIAGNOSTIC_SETTINGS_PATH = { diagnosticSettings: 'providers/Microsoft.Insights/diagnosticSettings' } as const;

/**
 * The diagnostic settings attached to a resource. Known (possibly empty) when the input
 * carried the resource's children or any setting for it; null otherwise, because an export
 * without children says nothing about its diagnostic settings.
 */
export function adaptDiagnosticSettings(parent: Pick<ArmResource, 'id'>, index: ArmIndex): DiagnosticSetting[] | null {
  const found = index.attachedTo(parent.id, DIAGNOSTIC_SETTING);
  if (found.length === 0 && !index.includesChildrenOf(parent.id)) return null;
  return found.map((r) => adaptSetting(r, parent.id));
}

/** A setting named relative to the resource it is on (`providers/Microsoft.Insights/diagnosticSettings/audit`), as evidence on that resource reads. */
function adaptSetting(r: ArmResource, parentId: string): DiagnosticSetting {
  const p = r.properties;
  const categories: string[] = [];
  const categoryGroups: string[] = [];
  for (const log of p?.children('logs') ?? []) {
    if (log.bool('enabled') === false) continue;
    const category = log.string('category');
    const group = log.string('categoryGroup');
    if (category) categories.push(category);
    if (group) categoryGroups.push(group);
  }
  const base = baseOf(r, [], SETTING_PATHS);
  return {
    ...base,
    provenance: { ...base.provenance, at: `${relativeId(parentId, r.id)}#properties` },
    categories,
    categoryGroups,
    hasDestination: DESTINATIONS.some((k) => Boolean(p?.string(k))),
  };
}
