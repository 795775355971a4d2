import type { ContainerRegistry } from '../../src/state/container-registry.ts';
import { CONTAINER_REGISTRY_PATHS } from '../../src/adapters/arm/container-registry.ts';
import { provenanceWith, resource } from './state.ts';

/** A Premium registry as a hardened estate has it: private, admin user and anonymous pull off. */
export function registry(overrides: Partial<ContainerRegistry> = {}): ContainerRegistry {
  const name = overrides.name ?? 'acrprod';
  const base = resource('Microsoft.ContainerRegistry/registries', name);
  return {
    ...base,
    sku: 'Premium',
    adminUserEnabled: false,
    anonymousPullEnabled: false,
    publicNetworkAccess: 'Disabled',
    networkDefaultAction: 'Deny',
    ipRules: [],
    networkRuleBypassOptions: 'AzureServices',
    dataEndpointEnabled: true,
    policies: { quarantine: 'disabled', trust: 'disabled', retention: 'enabled', export: 'disabled' },
    privateEndpointIds: [`${base.id.split('/providers/')[0]}/providers/Microsoft.Network/privateEndpoints/pe-${name}`],
    diagnosticSettings: [],
    ...overrides,
    provenance: provenanceWith(CONTAINER_REGISTRY_PATHS, overrides),
  };
}
