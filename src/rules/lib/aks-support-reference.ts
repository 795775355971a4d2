import type { AksCluster, AksRegionVersions } from '../../state/aks.ts';
import type { State } from '../../state/state.ts';
import { byMinor, type AksCalendar, type Support } from '../../reference/aks-calendar.ts';

/**
 * What a Kubernetes minor's support is judged against: the versions AKS offers in the
 * cluster's region when the scan read them live, otherwise the bundled, dated calendar.
 * Every verdict names the one it used.
 */
export interface SupportReference {
  /** `AKS supported versions for westeurope, read live 2026-11-22` or `AKS support calendar of 2026-08-05`. */
  label: string;
  supportOf(minor: string, options: { lts: boolean }, now: Date): Support;
}

/** The reference for each cluster, by its region: the live list read for it, else the calendar. */
export function supportReferences(state: Pick<State, 'aksVersions'>, calendar: AksCalendar): (cluster: AksCluster) => SupportReference {
  const bundled: SupportReference = { label: calendar.label, supportOf: (minor, options, now) => calendar.supportOf(minor, options, now) };
  const live = new Map(state.aksVersions.map((region) => [region.location, liveReference(region, calendar)]));
  return (cluster) => live.get(cluster.location?.toLowerCase().replace(/\s+/g, '') ?? '') ?? bundled;
}

export function liveLabel(region: Pick<AksRegionVersions, 'location' | 'readAt'>): string {
  return `AKS supported versions for ${region.location}, read live ${region.readAt.slice(0, 10)}`;
}

/**
 * The live list says which minors AKS supports today, and under which plans; it gives no end
 * dates, so those (for the warning ahead of an end) come from the calendar when it agrees that
 * the minor is in that support. A minor the list no longer offers is out of support: AKS
 * lists only versions it supports (platform support for an older minor gives no security patches).
 */
function liveReference(region: AksRegionVersions, calendar: AksCalendar): SupportReference {
  const label = liveLabel(region);
  const offered = new Map(region.versions.map((v) => [v.minor, v]));
  const generallyAvailable = region.versions.filter((v) => !v.isPreview).map((v) => v.minor);
  return {
    label,
    supportOf(minor, options, now) {
      const version = offered.get(minor);
      if (!version) {
        if (generallyAvailable.some((m) => byMinor(m, minor) > 0)) return { kind: 'ended', end: null, daysLeft: null, reason: `${minor} is not among the versions AKS supports in ${region.location}` };
        return { kind: 'unknown', end: null, daysLeft: null, reason: `${minor} is newer than every version AKS offers in ${region.location}, so its support cannot be judged` };
      }
      const plans = version.supportPlans.map((p) => p.toLowerCase());
      const official = plans.length === 0 || plans.includes('kubernetesofficial');
      const kind = options.lts && plans.includes('akslongtermsupport') ? 'lts' : official ? 'community' : undefined;
      if (!kind) return { kind: 'ended', end: null, daysLeft: null, reason: `AKS offers ${minor} in ${region.location} only with Long Term Support (the Premium tier and the AKSLongTermSupport plan)` };
      const dated = calendar.supportOf(minor, options, now);
      return dated.kind === kind ? dated : { kind, end: null, daysLeft: null };
    },
  };
}
