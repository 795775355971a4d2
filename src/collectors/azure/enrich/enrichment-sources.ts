import { collectArmResources, type ArmResource } from '../../../adapters/arm/collect-resources.ts';
import type { Source } from '../../../state/snapshot.ts';
import type { ArmFailure } from '../failure.ts';

/**
 * What an enrichment adds to the inventory: resources in the REST shape, and how far each source
 * could be read, as tallies: the scan enriches each inventory family as it arrives, and the same
 * topic and subscription from several calls must add up before they become a source (`sourcesOf`).
 */
export interface Enrichment {
  resources: ArmResource[];
  tallies: SourceTally[];
}

/** An enrichment of child resources, with the parents (ids, lower case) whose children of that kind were all read. */
export interface ChildEnrichment extends Enrichment {
  complete: Set<string>;
}

/** One read: the ARM path it asked (the resources' origin reads `azure:<path>`), and its items or why it failed. */
export interface EnrichmentRead {
  path: string;
  items: unknown[];
  failure?: ArmFailure;
}

/** The reads of one source so far: how many, and which failed. */
export interface SourceTally {
  source: Source;
  reads: number;
  failures: ArmFailure[];
}

/**
 * The reads of one topic (diagnostic settings, server parameters...) in one subscription make one
 * source: `ok` when all succeeded, `partial` when some failed, `failed` when none succeeded, with
 * the failures' most frequent code. One source per read would bury the coverage section under
 * thousands of rows; one per scan would hide which subscription refused.
 */
export class EnrichmentSources {
  private readonly topic: string;
  private readonly label: string;
  private readonly tallies = new Map<string, SourceTally>();
  readonly resources: ArmResource[] = [];

  /** `topic`: the source id suffix (`diagnostic-settings`); `label`: what it reads, for the target. */
  constructor(topic: string, label: string) {
    this.topic = topic;
    this.label = label;
  }

  /** Records one read; returns its resources, or null when it failed (its children then stay unknown). */
  add(subscriptionId: string, read: EnrichmentRead): ArmResource[] | null {
    const tally = this.tallyOf(subscriptionId);
    tally.reads += 1;
    if (read.failure) {
      tally.failures.push(read.failure);
      return null;
    }
    const { resources } = collectArmResources(read.items, `azure:${read.path}`, tally.source.id);
    tally.source.resources += resources.length;
    this.resources.push(...resources);
    return resources;
  }

  result(): Enrichment {
    return { resources: this.resources, tallies: [...this.tallies.values()] };
  }

  private tallyOf(subscriptionId: string): SourceTally {
    const key = subscriptionId.toLowerCase();
    let tally = this.tallies.get(key);
    if (!tally) {
      const source: Source = { id: `azure:subscription:${key}:${this.topic}`, kind: 'azure', target: `${key}: ${this.label}`, status: 'ok', resources: 0 };
      this.tallies.set(key, (tally = { source, reads: 0, failures: [] }));
    }
    return tally;
  }
}

/**
 * One source per topic and subscription, from the tallies of every enrichment call: reads and
 * resources added up, then `ok` when all reads succeeded, `partial` when some failed, `failed` when
 * none succeeded, with the failures' most frequent code; sorted by id, as calls finish in any order.
 */
export function sourcesOf(tallies: SourceTally[]): Source[] {
  const byId = new Map<string, SourceTally>();
  for (const { source, reads, failures } of tallies) {
    const seen = byId.get(source.id);
    if (!seen) byId.set(source.id, { source: { ...source }, reads, failures: [...failures] });
    else {
      seen.source.resources += source.resources;
      seen.reads += reads;
      seen.failures.push(...failures);
    }
  }
  return [...byId.values()].map(finish).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function finish({ source, reads, failures }: SourceTally): Source {
  if (failures.length === 0) return source;
  const byCode = new Map<string, number>();
  for (const f of failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const code = [...byCode.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const status = failures.length === reads ? 'failed' : 'partial';
  const message = reads === 1 ? failures[0]!.message : `${failures.length} of ${reads} reads failed; first: ${failures[0]!.message}`;
  return { ...source, status, code, message };
}
