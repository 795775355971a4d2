import type { Evidence } from '../../engine/finding.ts';
import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { AksCluster } from '../../state/aks.ts';

/** The parameter both upgrade-channel rules take. */
export interface ChannelParams {
  allowedChannels: string[];
}

/** One of a cluster's two upgrade channels (`autoUpgradeProfile`), and how to word a verdict on it. */
export interface Channel {
  field: 'autoUpgradeChannel' | 'nodeOsUpgradeChannel';
  /** `auto-upgrade channel`, `node OS channel`. */
  label: string;
  /** Completes `Cluster <name> ...` for an allowed channel. */
  passing: (channel: string) => string;
  /** Completes `Cluster <name> ...` for a known non-compliant channel, by lower-cased name. */
  explained: Record<string, string>;
  /** Appended to the unknown reason. */
  unknownNote?: string;
  /** Another setting that settles the question when this channel is not stated: a pass message and its evidence. */
  impliedWhenAbsent?: (cluster: AksCluster) => { passing: string; evidence: Evidence } | null;
}

/**
 * One finding per cluster on an upgrade channel: allowed → pass, anything else → fail (with the
 * channel's own explanation when there is one), not stated → unknown. Channel names compare
 * case-insensitively: exports and templates do not always spell them as the API documents.
 */
export function judgeChannel(ctx: RuleContext<ChannelParams>, channel: Channel): void {
  const allowed = new Set(ctx.params.allowedChannels.map((c) => c.toLowerCase()));
  for (const cluster of ctx.state.clusters) {
    const value = cluster[channel.field];
    const stated = evidence(cluster, channel.field);
    const implied = value === null ? channel.impliedWhenAbsent?.(cluster) : null;
    if (implied) {
      ctx.pass(cluster, `Cluster ${cluster.name} ${implied.passing}`, [stated, implied.evidence]);
      continue;
    }
    if (value === null) {
      ctx.unknown(cluster, unknownReason(stated) + (channel.unknownNote ?? ''), [stated]);
      continue;
    }
    const key = value.toLowerCase();
    if (allowed.has(key)) {
      ctx.pass(cluster, `Cluster ${cluster.name} ${channel.passing(value)}`, [stated]);
    } else {
      const why = channel.explained[key] ?? `uses ${channel.label} ${value}, which is not one of the allowed channels (${ctx.params.allowedChannels.join(', ')})`;
      ctx.fail(cluster, `Cluster ${cluster.name} ${why}`, [stated]);
    }
  }
}
