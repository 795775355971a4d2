import { FLUX_CONFIGURATION_PATHS } from '../../src/adapters/arm/gitops.ts';
import type { FluxConfiguration } from '../../src/state/gitops.ts';
import type { CoverageEntry } from '../../src/state/coverage.ts';
import { AKS_ID } from './kubernetes.ts';
import { SUB } from './state.ts';

/** A Flux configuration on aks-prod (or `clusterId`), reconciling from Git and Compliant. */
export function fluxConfiguration(overrides: Partial<FluxConfiguration> = {}): FluxConfiguration {
  const clusterId = overrides.clusterId ?? AKS_ID;
  const name = overrides.name ?? 'cluster-config';
  return {
    id: `${clusterId}/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/${name}`,
    name,
    type: 'microsoft.kubernetesconfiguration/fluxconfigurations',
    subscriptionId: SUB,
    resourceGroup: 'rg-prod',
    location: null,
    tags: {},
    origin: { source: 'file:test.json', file: 'test.json', pointer: '/1' },
    provenance: { paths: FLUX_CONFIGURATION_PATHS, defaulted: [] },
    clusterId,
    suspend: false,
    complianceState: 'Compliant',
    sourceKind: 'GitRepository',
    sourceUrl: 'https://github.com/contoso/platform-gitops',
    ...overrides,
  };
}

/** Coverage saying rg-prod's Flux configurations were read (so none there means none). */
export const FLUX_READ: CoverageEntry = { subscriptionId: SUB, resourceGroup: 'rg-prod', types: ['microsoft.kubernetesconfiguration/fluxconfigurations'], read: true };
