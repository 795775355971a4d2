import { describe, expect, it } from 'vitest';
import { parentKeyOf, typeOfId } from '../../../src/adapters/arm/resource-id.ts';

const RG = '/subscriptions/s/resourceGroups/rg';
const CLUSTER = `${RG}/providers/Microsoft.ContainerService/managedClusters/aks`;

describe('typeOfId', () => {
  it.each([
    [CLUSTER, 'microsoft.containerservice/managedclusters'],
    [`${CLUSTER}/agentPools/system`, 'microsoft.containerservice/managedclusters/agentpools'],
    [`${CLUSTER}/Providers/Microsoft.Insights/diagnosticSettings/d`, 'microsoft.insights/diagnosticsettings'],
    // A child type without its name still names the type; empty segments do not count.
    [`${CLUSTER}/agentPools`, 'microsoft.containerservice/managedclusters/agentpools'],
    [`${RG}/providers//Microsoft.Storage//storageAccounts/st/`, 'microsoft.storage/storageaccounts'],
    ['/subscriptions/s', 'microsoft.resources/subscriptions'],
    ['/Subscriptions/s/', 'microsoft.resources/subscriptions'],
  ])('%s → %s', (id, type) => {
    expect(typeOfId(id)).toBe(type);
  });

  it.each([`${RG}/providers/Microsoft.Storage`, `${RG}/providers/Microsoft.Storage/storageAccounts`, `${CLUSTER}/providers`, `${CLUSTER}/providers/`, RG])(
    'names no type for %s',
    (id) => {
      expect(typeOfId(id)).toBeUndefined();
    },
  );
});

describe('parentKeyOf', () => {
  const key = CLUSTER.toLowerCase();

  it.each([
    [`${key}/agentpools/system`, key],
    [`${key}/providers/microsoft.insights/diagnosticsettings/d`, key],
    [`${key}/agentpools/system/providers/microsoft.insights/diagnosticsettings/d`, `${key}/agentpools/system`],
  ])('%s hangs off %s', (child, parent) => {
    expect(parentKeyOf(child)).toBe(parent);
  });

  it.each([key, `${key}/providers`, '/subscriptions/s', '/subscriptions/s/resourcegroups/rg'])('%s is top-level', (id) => {
    expect(parentKeyOf(id)).toBeUndefined();
  });
});
