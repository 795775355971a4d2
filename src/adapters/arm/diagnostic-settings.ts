import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import type { ArmResource } from './collect-resources.ts';
import type { ArmIndex } from './index-resources.ts';

export const DIAGNOSTIC_SETTING = 'microsoft.insights/diagnosticsettings';

const DESTINATIONS = ['workspaceId', 'storageAccountId', 'eventHubAuthorizationRuleId', 'eventHubName', 'marketplacePartnerId'];

/**
 * The diagnostic settings attached to a resource. Known (possibly empty) when the input
 * carried the resource's children or any setting for it; null otherwise, because an export
 * without children says nothing about its diagnostic settings.
 */
export function adaptDiagnosticSettings(parent: Pick<ArmResource, 'id'>, index: ArmIndex): DiagnosticSetting[] | null {
  const found = index.attachedTo(parent.id, DIAGNOSTIC_SETTING);
  if (found.length === 0 && !index.includesChildrenOf(parent.id)) return null;
  return found.map(adaptSetting);
}

function adaptSetting(r: ArmResource): DiagnosticSetting {
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
  return {
    id: r.id,
    name: r.name,
    categories,
    categoryGroups,
    hasDestination: DESTINATIONS.some((k) => Boolean(p?.string(k))),
  };
}
