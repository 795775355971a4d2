import type { TfResource } from '../../collectors/terraform/model.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import type { Maybe } from '../../state/resource.ts';
import { isBlock, valueAt } from './attributes.ts';
import type { TfIndex } from './index-resources.ts';

export const DIAGNOSTIC_SETTING = 'azurerm_monitor_diagnostic_setting';

const DESTINATIONS = ['log_analytics_workspace_id', 'storage_account_id', 'eventhub_authorization_rule_id', 'partner_solution_id'];

/**
 * The `azurerm_monitor_diagnostic_setting`s whose `target_resource_id` is `targetId`. A
 * configuration holds every setting it manages, so none is an empty list; a setting whose logs
 * cannot be read (a dynamic block over unknown values) makes the list unknown.
 */
export function diagnosticSettingsOf(targetId: string, index: TfIndex): Maybe<DiagnosticSetting[]> {
  const settings: DiagnosticSetting[] = [];
  for (const r of index.referring(targetId, DIAGNOSTIC_SETTING, 'target_resource_id')) {
    const setting = settingOf(r, index);
    if (setting === null) return null;
    settings.push(setting);
  }
  return settings;
}

function settingOf(r: TfResource, index: TfIndex): DiagnosticSetting | null {
  const categories: string[] = [];
  const groups: string[] = [];
  // v4 and v5: `enabled_log { category | category_group }`; v3 also `log { category, enabled }`.
  for (const block of ['enabled_log', 'log']) {
    const entries = valueAt(r.values, block);
    if (entries === undefined || entries === null) continue;
    if (!Array.isArray(entries)) return null;
    for (const entry of entries) {
      if (!isBlock(entry)) return null;
      if (block === 'log' && entry.enabled === false) continue;
      const { category, category_group: group } = entry;
      if (typeof category === 'string' && category !== '') categories.push(category);
      else if (typeof group === 'string' && group !== '') groups.push(group);
      else if (category !== null || group !== null) return null;
    }
  }
  const hasDestination = DESTINATIONS.some((a) => r.references[a] !== undefined || typeof valueAt(r.values, a) === 'string');
  return { id: index.ids.idOf(r), name: typeof r.values.name === 'string' ? r.values.name : r.address, categories, categoryGroups: groups, hasDestination };
}
