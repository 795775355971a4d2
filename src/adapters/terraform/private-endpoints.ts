import type { TfResource } from '../../collectors/terraform/model.ts';
import { valueAt } from './attributes.ts';
import type { TfIndex } from './index-resources.ts';

export const PRIVATE_ENDPOINT = 'azurerm_private_endpoint';
const TARGET = 'private_service_connection[0].private_connection_resource_id';

/** The private endpoints in the configuration that connect to `targetId`. */
export function privateEndpointsTo(targetId: string, index: TfIndex): TfResource[] {
  return index.referring(targetId, PRIVATE_ENDPOINT, TARGET);
}

/** Their identities: a configuration holds every endpoint it manages, so none is an empty list. */
export function privateEndpointIdsOf(targetId: string, index: TfIndex): string[] {
  return privateEndpointsTo(targetId, index).map((pe) => index.ids.idOf(pe));
}

/**
 * The state a connection will be in: one requested as manual waits for the target's owner
 * (`Pending`); an automatic one is approved on creation, the deployer holding the right on
 * the target (else the apply fails).
 */
export function connectionStatusOf(pe: TfResource, connection = 0): string | null {
  const manual = valueAt(pe.values, `private_service_connection[${connection}].is_manual_connection`);
  return manual === false ? 'Approved' : manual === true ? 'Pending' : null;
}
