import type { ArmIndex } from './index-resources.ts';
import type { ContainerRegistry } from '../../state/container-registry.ts';

/** ARM types this adapter reads. */
export const CONTAINER_REGISTRY_TYPES: readonly string[] = [];

/** Placeholder until the adapter lands. */
export function adaptContainerRegistries(_index: ArmIndex): ContainerRegistry[] {
  return [];
}
