import type { TfResource } from '../../collectors/terraform/model.ts';
import type { UnrecognizedType } from '../../state/snapshot.ts';
import { emptyState, type State } from '../../state/state.ts';
import { adaptClusters, AKS_TYPES } from './aks.ts';
import { DIAGNOSTIC_SETTING } from './diagnostic-settings.ts';
import { TfIndex } from './index-resources.ts';
import { adaptKeyVaults, KEY_VAULT_TYPES } from './key-vault.ts';
import { PRIVATE_ENDPOINT } from './private-endpoints.ts';
import type { AzurermMajor } from './provider-version.ts';

/** azurerm types some adapter reads, directly or as part of another resource. */
const KNOWN_TYPES = new Set([...AKS_TYPES, ...KEY_VAULT_TYPES, DIAGNOSTIC_SETTING, PRIVATE_ENDPOINT]);

export interface TerraformAdaptation {
  state: State;
  unrecognized: UnrecognizedType[];
}

/**
 * Terraform resource instances (from a plan or an evaluated configuration: one shape) →
 * normalized state, for azurerm provider versions 3 to 5. Types no adapter reads are counted.
 */
export function adaptTerraform(resources: readonly TfResource[], major: AzurermMajor | null): TerraformAdaptation {
  const index = new TfIndex(resources, major);
  const counts = new Map<string, number>();
  for (const [type, list] of index.types()) if (!KNOWN_TYPES.has(type)) counts.set(type, list.length);
  const unrecognized = [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const state = emptyState();
  state.clusters = adaptClusters(index);
  state.keyVaults = adaptKeyVaults(index);
  return { state, unrecognized };
}
