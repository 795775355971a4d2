import type { Evidence } from '../../engine/finding.ts';
import { evidence } from '../../engine/evidence.ts';
import type { Rule } from '../../engine/rule.ts';
import type { AddonName, AksAddon, AksCluster } from '../../state/aks.ts';
import type { Maybe } from '../../state/resource.ts';
import { toggleRule, type ToggleRequirement } from './toggle-rule.ts';

/** One add-on of a cluster, as a rule needs it: whether it is on, the profile itself, and the evidence. */
export interface AddonReading {
  /** True or false when known; null when the cluster's add-ons, or this add-on's `enabled`, were not stated. */
  enabled: Maybe<boolean>;
  /** The add-on profile, when the cluster has one. */
  addon: AksAddon | undefined;
  evidence: Evidence;
}

/** Reads one add-on. A profile absent from stated add-ons means the add-on is off. */
export function readAddon(cluster: AksCluster, name: AddonName): AddonReading {
  if (cluster.addons === null) return { enabled: null, addon: undefined, evidence: evidence(cluster, 'addons') };
  const addon = cluster.addons[name];
  if (!addon) {
    // A complete body without add-on profiles is defaulted to none: say so rather than "absent".
    const absent = cluster.provenance.defaulted.includes('addons')
      ? evidence(cluster, 'addons')
      : { ...evidence(cluster, `addons.${name}`, null), note: 'the cluster has no profile for this add-on, so it is not enabled' };
    return { enabled: false, addon: undefined, evidence: absent };
  }
  return { enabled: addon.enabled, addon, evidence: evidence(cluster, `addons.${name}.enabled`) };
}

/** An add-on that must be on, or (deprecated and retired ones) must be off, and what to say either way. */
export interface AddonRequirement extends Omit<ToggleRequirement<AksCluster>, 'resources' | 'read' | 'wanted'> {
  addon: AddonName;
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
