import type { V1LabelSelector } from '@kubernetes/client-node';

/**
 * Kubernetes label selector semantics (metav1.LabelSelector): every `matchLabels` pair and every
 * `matchExpressions` requirement must hold. An empty selector selects everything; callers decide
 * what an absent one means (for a NetworkPolicy's podSelector it is the same as empty).
 */
export function selects(selector: V1LabelSelector | undefined, labels: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const { key, operator, values = [] } of selector?.matchExpressions ?? []) {
    const has = Object.hasOwn(labels, key);
    switch (operator) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        // A pod without the key is "not in" the set.
        if (has && values.includes(labels[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        // The API server rejects other operators; a selector that cannot be parsed selects nothing.
        return false;
    }
  }
  return true;
}

/** True when the selector has no requirement at all, so it selects every object in scope. */
export function selectsAll(selector: V1LabelSelector | undefined): boolean {
  return Object.keys(selector?.matchLabels ?? {}).length === 0 && (selector?.matchExpressions ?? []).length === 0;
}
