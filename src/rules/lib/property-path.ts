import { childPath } from '../../engine/rule.ts';
import type { ResourceBase } from '../../state/resource.ts';

/**
 * The evidence path of a property read at `location`: inside the resource's own body
 * (`properties.administrators` → `properties.administrators.login`) or in a child resource
 * given by its id (`firewallRules/AllowAllWindowsAzureIps#properties.startIpAddress`).
 */
export function propertyPath(resource: ResourceBase, location: string, property: string): string {
  return `${propertyPrefix(resource, location)}${property}`;
}

/** What `propertyPath` puts before the property's name: for callers that read many properties at one location. */
export function propertyPrefix(resource: ResourceBase, location: string): string {
  return location.startsWith('properties.') || location === 'properties' ? `${location}.` : `${childPath(resource, location)}#properties.`;
}
