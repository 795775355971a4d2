import type { Evidence } from '../../engine/finding.ts';
import { observed, type Rule } from '../../engine/rule.ts';
import type { AksAddon, AksCluster } from '../../state/aks.ts';
import type { Maybe } from '../../state/resource.ts';
import { toggleRule, type ToggleRequirement } from './toggle-rule.ts';

/** Where a cluster's add-ons live in an ARM body: the unknown reason when `addons` is null. */
export const ADDONS_PATH = 'properties.addonProfiles';

/** One add-on of a cluster, as a rule needs it: whether it is on, the profile itself, and the evidence. */
export interface AddonReading {
  /** True or false when known; null when the cluster's add-ons, or this add-on's `enabled`, were not stated. */
  enabled: Maybe<boolean>;
  /** The add-on profile, when the cluster has one under that name. */
  addon: AksAddon | undefined;
  evidence: Evidence;
}

/**
 * Reads add-on `armName` (ARM spelling, e.g. `azureKeyvaultSecretsProvider`; the state keys
 * add-ons in lower case). A profile absent from stated add-ons means the add-on is off.
 */
export function readAddon(cluster: AksCluster, armName: string): AddonReading {
  if (cluster.addons === null) {
    return { enabled: null, addon: undefined, evidence: observed(cluster, 'addons', ADDONS_PATH, null) };
  }
  const addon = cluster.addons[armName.toLowerCase()];
  if (!addon) {
    // A complete body without addonProfiles is defaulted to {}: say so rather than "absent".
    const evidence = cluster.provenance.defaulted.includes('addons')
      ? observed(cluster, 'addons', ADDONS_PATH, cluster.addons)
      : { path: `${ADDONS_PATH}.${armName}`, value: null, note: 'the cluster has no profile for this add-on, so it is not enabled' };
    return { enabled: false, addon: undefined, evidence };
  }
  const path = `${ADDONS_PATH}.${armName}.enabled`;
  const evidence: Evidence = addon.enabled === null ? { path, value: null, note: 'not stated by the source' } : { path, value: addon.enabled };
  return { enabled: addon.enabled, addon, evidence };
}

/** An add-on config value by key, matched case-insensitively (exports spell `enableSecretRotation` both ways). */
export function addonConfig(addon: AksAddon, key: string): string | undefined {
  const wanted = key.toLowerCase();
  const found = Object.keys(addon.config).find((k) => k.toLowerCase() === wanted);
  return found === undefined ? undefined : addon.config[found];
}

/** An add-on that must be on, or (deprecated and retired ones) must be off, and what to say either way. */
export interface AddonRequirement extends Omit<ToggleRequirement<AksCluster>, 'resources' | 'read' | 'wanted'> {
  /** ARM spelling of the add-on name. */
  addon: string;
  wanted: 'enabled' | 'disabled';
}

/** The whole rule for a plain add-on requirement: unknown when add-ons are not stated, else pass or fail. */
export function addonRule({ addon, wanted, ...messages }: AddonRequirement): Rule {
  return toggleRule({
    ...messages,
    resources: (state) => state.clusters,
    read: (cluster) => {
      const { enabled, evidence } = readAddon(cluster, addon);
      return { value: enabled, evidence };
    },
    wanted: wanted === 'enabled',
  });
}
