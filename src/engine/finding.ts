import type { Origin, ResourceRef } from '../state/resource.ts';
import type { Severity } from './severity.ts';

/**
 * What a rule concluded about one resource. `unknown` means it could not look (data
 * missing, source failed) and always carries the reason: never a pass in disguise.
 */
export type Status = 'pass' | 'fail' | 'unknown' | 'not-applicable' | 'waived';

export const STATUSES: readonly Status[] = ['fail', 'unknown', 'waived', 'not-applicable', 'pass'];

/** An observed value and where in the resource it was read. */
export interface Evidence {
  /** Path in the source's terms (`properties.apiServerAccessProfile.authorizedIPRanges`, `api_server_access_profile[0].authorized_ip_ranges`), from the resource's provenance. */
  path: string;
  /** The value seen; `null` when the source did not state it. */
  value: unknown;
  /** Set when the value is the API default because the source omitted the property, or why it is unknown. */
  note?: string;
  /** The file and line of the field itself (a Terraform attribute, a manifest field), when the source has lines. */
  file?: string;
  line?: number;
}

/** Where a waiver is written: the config file's entry, a Terraform comment, a Kubernetes annotation. */
export interface WaiverPlace {
  kind: 'config' | 'terraform' | 'kubernetes';
  file?: string;
  line?: number;
}

/** The accepted exception a failure carries: it is `waived`, or, when `expired`, still `fail`. */
export interface Waiver {
  reason: string;
  owner: string | null;
  /** `YYYY-MM-DD`, the last day it waives; null for an inline waiver without one. */
  expires: string | null;
  ticket?: string;
  declared: WaiverPlace;
  /** Set when it expired before the scan's date: it no longer waives, and the finding fails. */
  expired?: boolean;
}

export interface Finding {
  ruleId: string;
  status: Status;
  severity: Severity;
  resource: ResourceRef;
  message: string;
  evidence: Evidence[];
  origin: Origin;
  /** A sub-part of the resource the finding is about (`agentPools[system]`), when not the whole resource. */
  part?: string;
  waiver?: Waiver;
  /** Set when the resource is AKS-managed and its fail or unknown became not-applicable (config `managedComponents: apart`). */
  setApart?: true;
  /** Stable across runs for the same rule, resource and part (engine/fingerprint.ts): what baselines and diffs match on. */
  fingerprint: string;
  /** With `--baseline`: whether the baseline held this finding with the same status. */
  baseline?: 'new' | 'existing';
}
