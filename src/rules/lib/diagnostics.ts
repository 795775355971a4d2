import type { Evidence } from '../../engine/finding.ts';
import { evidence } from '../../engine/evidence.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';

/** The logs a rule wants kept: categories, and the category groups that include them (lower case). */
export interface WantedLogs {
  categories: readonly string[];
  groups: readonly string[];
}

/**
 * What a diagnostic setting does with the wanted logs: sends them through a `group` or a
 * `category`, or falls short because it has `no-destination` or enables `none` of them.
 * Names compare case-insensitively: exports and the portal disagree on casing.
 */
export function sendsLogs(s: DiagnosticSetting, wanted: WantedLogs): 'group' | 'category' | 'no-destination' | 'none' {
  if (!s.hasDestination) return 'no-destination';
  if (s.categoryGroups.some((g) => wanted.groups.includes(g.toLowerCase()))) return 'group';
  if (s.categories.some((c) => wanted.categories.includes(c.toLowerCase()))) return 'category';
  return 'none';
}

/** Audit records of Azure SQL servers (on `master`) and managed instances: their category, and the groups that include it. */
export const SQL_AUDIT_LOGS: WantedLogs = { categories: ['sqlsecurityauditevents'], groups: ['audit', 'alllogs'] };

/** Whether the setting sends the wanted logs to a destination, by group or by category. */
export function delivers(s: DiagnosticSetting, wanted: WantedLogs): boolean {
  const how = sendsLogs(s, wanted);
  return how === 'group' || how === 'category';
}

/** Whether the setting enables one log category (compared case-insensitively). */
export function enablesCategory(s: DiagnosticSetting, category: string): boolean {
  return s.categories.some((c) => c.toLowerCase() === category);
}

/** `name (sends group audit, AuditEvent)` for messages. */
export function describeSetting(s: DiagnosticSetting): string {
  const sent = [...s.categoryGroups.map((g) => `group ${g}`), ...s.categories];
  return `${s.name} (${sent.length ? `sends ${sent.join(', ')}` : 'sends no logs'})`;
}

/** Evidence for one diagnostic setting: where it is, what it enables, whether it has a destination. */
export function settingEvidence(s: DiagnosticSetting): Evidence {
  return evidence(s, 'categories', { enabledCategories: s.categories, enabledCategoryGroups: s.categoryGroups, hasDestination: s.hasDestination });
}

