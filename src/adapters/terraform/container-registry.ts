import type { TfResource, TfValue } from '../../collectors/terraform/model.ts';
import type { ContainerRegistry } from '../../state/container-registry.ts';
import type { Maybe } from '../../state/resource.ts';
import { asBool, asString, isBlock, type AttributeReader } from './attributes.ts';
import { tfBase } from './base.ts';
import { blockAbsent } from './children.ts';
import type { TfIndex } from './index-resources.ts';
import { linkTargetOf } from './link-target.ts';
import { enabledOf } from './key-vault.ts';

export const CONTAINER_REGISTRY = 'azurerm_container_registry';

/**
 * `azurerm_container_registry` → ContainerRegistry. Defaults per the provider's documentation,
 * v3.117 to v5.2. 4.0 replaced the `trust_policy` and `retention_policy` blocks with
 * `trust_policy_enabled` and `retention_policy_in_days`; 5.0 removed `trust_policy_enabled`.
 */
export function adaptContainerRegistries(index: TfIndex): ContainerRegistry[] {
  return index.ofType(CONTAINER_REGISTRY).map((r) => adaptRegistry(r, index));
}

function adaptRegistry(r: TfResource, index: TfIndex): ContainerRegistry {
  const f = index.reader(r);
  const base = tfBase(r, 'microsoft.containerregistry/registries', index.ids, f);
  // Basic and Standard registries have no `network_rule_set`; without one every source is admitted.
  const noRules = blockAbsent(f, 'network_rule_set');
  return {
    ...linkTargetOf(base, index, f, enabledOf(f.read('publicNetworkAccess', 'public_network_access_enabled', asBool, true))),
    sku: f.read('sku', 'sku', asString),
    adminUserEnabled: f.read('adminUserEnabled', 'admin_enabled', asBool, false),
    // No documented default, but the schema has none and create and update send the unset value as false.
    anonymousPullEnabled: f.read('anonymousPullEnabled', 'anonymous_pull_enabled', asBool, false),
    networkDefaultAction: f.read('networkDefaultAction', 'network_rule_set[0].default_action', asString, noRules ? 'Allow' : undefined),
    ipRules: f.read('ipRules', 'network_rule_set[0].ip_rule', ipRangesOf, noRules ? ([] as string[]) : undefined),
    networkRuleBypassOptions: f.read('networkRuleBypassOptions', 'network_rule_bypass_option', asString, 'AzureServices'),
    dataEndpointEnabled: f.read('dataEndpointEnabled', 'data_endpoint_enabled', asBool),
    policies: policiesOf(f, index),
  };
}

function policiesOf(f: AttributeReader, index: TfIndex): ContainerRegistry['policies'] {
  return {
    quarantine: status(f.read('policies.quarantine', 'quarantine_policy_enabled', asBool)),
    // v4: `trust_policy_enabled`, default false; v3: `trust_policy[0].enabled`, a computed block; v5: gone.
    trust: status(f.read('policies.trust', ['trust_policy_enabled', 'trust_policy[0].enabled'], asBool, index.byMajor({ 3: undefined, 4: false, 5: undefined }))),
    // v4 and v5: retention is on with a positive `retention_policy_in_days`; v3: `retention_policy[0].enabled`.
    retention: status(f.read('policies.retention', ['retention_policy_in_days', 'retention_policy[0].enabled'], retentionOn)),
    export: status(f.read('policies.export', 'export_policy_enabled', asBool, true)),
  };
}

/** `ip_rule { action, ip_range }` blocks → their ranges. */
function ipRangesOf(v: TfValue): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const ranges = v.map((rule) => (isBlock(rule) && typeof rule.ip_range === 'string' ? rule.ip_range : undefined));
  return ranges.every((x) => x !== undefined) ? (ranges as string[]) : undefined;
}

function retentionOn(v: TfValue): boolean | undefined {
  return typeof v === 'number' ? v > 0 : asBool(v);
}

/** A policy switch as the API spells its status. */
function status(on: Maybe<boolean>): Maybe<string> {
  return on === null ? null : on ? 'enabled' : 'disabled';
}
