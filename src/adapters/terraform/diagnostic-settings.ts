import type { TfResource } from '../../collectors/terraform/model.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import type { Maybe } from '../../state/resource.ts';
import { isBlock, valueAt, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import type { TfIndex } from './index-resources.ts';

export const DIAGNOSTIC_SETTING = 'azurerm_monitor_diagnostic_setting';

const DESTINATIONS = ['log_analytics_workspace_id', 'storage_account_id', 'eventhub_authorization_rule_id', 'partner_solution_id'];

/**
 * The `azurerm_monitor_diagnostic_setting`s whose `target_resource_id` is the resource's. None in
 * the configuration proves nothing (landing zones deploy them by Azure Policy, outside it), so
 * that is unknown, as is a setting whose logs cannot be read (a dynamic block over unknown values).
 */
export function diagnosticSettingsOf(targetId: string, index: TfIndex, f: AttributeReader): Maybe<DiagnosticSetting[]> {
  f.provenance.paths.diagnosticSettings = DIAGNOSTIC_SETTING;
  const settings: DiagnosticSetting[] = [];
  for (const r of index.referring(targetId, DIAGNOSTIC_SETTING, 'target_resource_id')) {
    const setting = settingOf(r, index);
    if (setting === null) {
      f.provenance.unknown.diagnosticSettings = `the logs of ${r.address} cannot be read before apply`;
      return null;
    }
    settings.push(setting);
  }
  if (settings.length > 0) return settings;
  f.provenance.unknown.diagnosticSettings = 'not in this configuration, and its absence proves none: Azure Policy often deploys them outside Terraform';
  return null;
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
  const f = index.reader(r);
  // Evidence names the log blocks the categories came from: v4 and v5 `enabled_log`, v3 also `log`.
  f.provenance.paths.categories = f.provenance.paths.categoryGroups = valueAt(r.values, 'log') ? 'log' : 'enabled_log';
  return { ...tfBase(r, 'microsoft.insights/diagnosticsettings', index.ids, f), categories, categoryGroups: groups, hasDestination };
}
