import type { TfResource } from '../../collectors/terraform/model.ts';
import { valueAt } from './attributes.ts';

const ARM_ID = /^\/subscriptions\/([^/]+)\//i;

/**
 * Source-neutral identity for Terraform resources, and joins through references. A resource
 * that already exists (an update or no-op in a plan) keeps its ARM id, so it is the same
 * resource an ARM export or a live read names; one not yet created is its address, qualified by
 * its configuration's path when another configuration scanned with it declares the same address
 * (`shared`): both may declare `azurerm_kubernetes_cluster.main`, two clusters, not one to merge.
 */
export class Identities {
  private readonly byAddress = new Map<string, TfResource>();
  /** Addresses without their last index: a reference to `azurerm_subnet.nodes` when only `nodes[0]` exists. */
  private readonly byBlock = new Map<string, TfResource[]>();

  private readonly shared: SharedAddresses | undefined;

  constructor(resources: readonly TfResource[], shared?: SharedAddresses) {
    this.shared = shared;
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      const block = r.address.replace(/\[[^\]]*\]$/, '');
      const list = this.byBlock.get(block);
      if (list) list.push(r);
      else this.byBlock.set(block, [r]);
    }
  }

  /** The resource's identity: its ARM id when known, else its address (qualified when shared). */
  idOf(resource: TfResource): string {
    if (hasArmId(resource)) return resource.values.id as string;
    return this.shared?.addresses.has(resource.address) ? `${this.shared.scope}:${resource.address}` : resource.address;
  }

  /**
   * The subscription of a resource: its ARM id's, else the one its azurerm provider configuration
   * states; null when neither says (the runner's environment or Azure CLI would, at apply).
   */
  subscriptionOf(resource: TfResource): string | null {
    const id = resource.values.id;
    const applied = typeof id === 'string' ? ARM_ID.exec(id)?.[1]?.toLowerCase() : undefined;
    return applied ?? resource.provider?.subscriptionId ?? null;
  }

  /**
   * The identity of a resource a subscription holds once (a Defender pricing): its ARM id, also
   * before apply when the subscription is known (`/subscriptions/<id>/providers/<type>/<name>`),
   * so that a plan and an export of the applied resource name it alike; else its address.
   */
  subscriptionChildId(resource: TfResource, type: string, name: string): string {
    const id = this.idOf(resource);
    const subscription = this.subscriptionOf(resource);
    return ARM_ID.test(id) || subscription === null ? id : `/subscriptions/${subscription}/providers/${type}/${name}`;
  }

  /** The resource an address names: exactly, or the only instance of its block. */
  resolve(address: string): TfResource | undefined {
    const exact = this.byAddress.get(address);
    if (exact) return exact;
    const instances = this.byBlock.get(address);
    return instances?.length === 1 ? instances[0] : undefined;
  }

  /**
   * The identity an attribute refers to: the referenced resource's, when the configuration
   * references one; else the attribute's own value when it is an ARM id written out (or read by
   * a data source); else null (unknown).
   */
  target(resource: TfResource, attributePath: string): string | null {
    const address = resource.references[attributePath];
    const referenced = address === undefined ? undefined : this.resolve(address);
    if (referenced) return this.idOf(referenced);
    const value = valueAt(resource.values, attributePath);
    return typeof value === 'string' && ARM_ID.test(value) ? value : null;
  }
}

/** Addresses of a configuration that another configuration scanned with it also declares, and the configuration's path that qualifies them. */
export interface SharedAddresses {
  scope: string;
  addresses: ReadonlySet<string>;
}

/**
 * For each configuration (or plan) scanned together, the addresses of resources not yet created
 * that another one declares too. Only those are qualified: every other finding keeps the bare
 * address a reviewer knows, however many configurations a scan names.
 */
export function sharedAddresses(configurations: readonly (readonly TfResource[])[]): (SharedAddresses | undefined)[] {
  const addresses = configurations.map((resources) => new Set(resources.filter((r) => !hasArmId(r)).map((r) => r.address)));
  const declaredBy = new Map<string, number>();
  for (const set of addresses) for (const address of set) declaredBy.set(address, (declaredBy.get(address) ?? 0) + 1);
  return configurations.map((resources, i) => {
    const shared = new Set([...addresses[i]!].filter((address) => declaredBy.get(address)! > 1));
    const source = resources[0]?.source;
    return shared.size && source ? { scope: source.replace(/^terraform:/, ''), addresses: shared } : undefined;
  });
}

function hasArmId(resource: TfResource): boolean {
  const id = resource.values.id;
  return typeof id === 'string' && ARM_ID.test(id);
}
