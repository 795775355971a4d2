import type { TfResource } from '../../collectors/terraform/model.ts';
import { valueAt } from './attributes.ts';

const ARM_ID = /^\/subscriptions\/([^/]+)\//i;

/**
 * Source-neutral identity for Terraform resources, and joins through references. A resource
 * that already exists (an update or no-op in a plan) keeps its ARM id, so it is the same
 * resource an ARM export or a live read names; one not yet created is its address.
 */
export class Identities {
  private readonly byAddress = new Map<string, TfResource>();
  /** Addresses without their last index: a reference to `azurerm_subnet.nodes` when only `nodes[0]` exists. */
  private readonly byBlock = new Map<string, TfResource[]>();

  constructor(resources: readonly TfResource[]) {
    for (const r of resources) {
      this.byAddress.set(r.address, r);
      const block = r.address.replace(/\[[^\]]*\]$/, '');
      const list = this.byBlock.get(block);
      if (list) list.push(r);
      else this.byBlock.set(block, [r]);
    }
  }

  /** The resource's identity: its ARM id when known, else its address. */
  idOf(resource: TfResource): string {
    const id = resource.values.id;
    return typeof id === 'string' && ARM_ID.test(id) ? id : resource.address;
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
    return id !== resource.address || subscription === null ? id : `/subscriptions/${subscription}/providers/${type}/${name}`;
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
