import type { ContainerRegistry } from '../../state/container-registry.ts';
import { baseOf } from './base.ts';
import type { ArmResource } from './collect-resources.ts';
import { DIAGNOSTIC_SETTINGS_PATH, adaptDiagnosticSettings } from './diagnostic-settings.ts';
import { FieldReader } from './fields.ts';
import type { ArmIndex } from './index-resources.ts';
import { ipRulesOf } from './ip-rules.ts';
import { privateEndpointIdsOf } from './private-endpoint-connections.ts';

export const REGISTRY = 'microsoft.containerregistry/registries';
export const REGISTRY_PRIVATE_ENDPOINT_CONNECTION = 'microsoft.containerregistry/registries/privateendpointconnections';

/** ARM types this adapter reads. */
export const CONTAINER_REGISTRY_TYPES: readonly string[] = [REGISTRY, REGISTRY_PRIVATE_ENDPOINT_CONNECTION];

/** Source path of each state field a rule reports on, in the REST body. */
export const CONTAINER_REGISTRY_PATHS: Readonly<Record<string, string>> = {
  ...DIAGNOSTIC_SETTINGS_PATH,
  sku: 'sku.name',
  adminUserEnabled: 'properties.adminUserEnabled',
  anonymousPullEnabled: 'properties.anonymousPullEnabled',
  publicNetworkAccess: 'properties.publicNetworkAccess',
  privateEndpointIds: 'properties.privateEndpointConnections',
  networkDefaultAction: 'properties.networkRuleSet.defaultAction',
  ipRules: 'properties.networkRuleSet.ipRules',
  networkRuleBypassOptions: 'properties.networkRuleBypassOptions',
  dataEndpointEnabled: 'properties.dataEndpointEnabled',
  'policies.quarantine': 'properties.policies.quarantinePolicy.status',
  'policies.trust': 'properties.policies.trustPolicy.status',
  'policies.retention': 'properties.policies.retentionPolicy.status',
  'policies.export': 'properties.policies.exportPolicy.status',
};

/** `Microsoft.ContainerRegistry/registries` → ContainerRegistry. Property names and defaults follow the 2025-11-01 REST API. */
export function adaptContainerRegistries(index: ArmIndex): ContainerRegistry[] {
  return index.ofType(REGISTRY).map((r) => adaptRegistry(r, index));
}

function adaptRegistry(r: ArmResource, index: ArmIndex): ContainerRegistry {
  const f = new FieldReader(r.complete);
  const p = r.properties;
  const rules = p?.child('networkRuleSet');
  const policies = p?.child('policies');
  return {
    ...baseOf(r, f.defaulted, CONTAINER_REGISTRY_PATHS),
    sku: f.stated(r.node.child('sku')?.string('name') ?? r.node.child('sku')?.string('tier')),
    adminUserEnabled: f.read('adminUserEnabled', p?.bool('adminUserEnabled'), false),
    anonymousPullEnabled: f.read('anonymousPullEnabled', p?.bool('anonymousPullEnabled'), false),
    publicNetworkAccess: f.read('publicNetworkAccess', p?.string('publicNetworkAccess'), 'Enabled'),
    // Basic and Standard registries have no network rule set: ARM omits it and admits every source.
    networkDefaultAction: f.read('networkDefaultAction', rules?.string('defaultAction'), 'Allow'),
    ipRules: f.read('ipRules', ipRulesOf(rules), [] as string[]),
    networkRuleBypassOptions: f.read('networkRuleBypassOptions', p?.string('networkRuleBypassOptions'), 'AzureServices'),
    dataEndpointEnabled: f.stated(p?.bool('dataEndpointEnabled')),
    policies: {
      quarantine: f.stated(policies?.child('quarantinePolicy')?.string('status')),
      trust: f.stated(policies?.child('trustPolicy')?.string('status')),
      retention: f.stated(policies?.child('retentionPolicy')?.string('status')),
      export: f.stated(policies?.child('exportPolicy')?.string('status')),
    },
    privateEndpointIds: privateEndpointIdsOf(r, index, f),
    diagnosticSettings: adaptDiagnosticSettings(r, index),
  };
}
