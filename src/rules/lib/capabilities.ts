import type { V1Container, V1EphemeralContainer } from '@kubernetes/client-node';

/**
 * Linux capabilities as the container runtime reads them: containerd (AKS's runtime) compares
 * names case-insensitively ("all" drops everything, "net_admin" is CAP_NET_ADMIN), so names are
 * upper-cased before any comparison.
 */
export function capabilityName(name: string): string {
  return name.trim().toUpperCase();
}

export function addedCapabilities(container: V1Container | V1EphemeralContainer): string[] {
  return (container.securityContext?.capabilities?.add ?? []).map(capabilityName);
}

export function droppedCapabilities(container: V1Container | V1EphemeralContainer): string[] {
  return (container.securityContext?.capabilities?.drop ?? []).map(capabilityName);
}
