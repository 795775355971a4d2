import { hash } from 'node:crypto';

/**
 * A finding's stable identity across runs: the rule, the resource's identity lower-cased (ARM
 * ids are case-insensitive, and an export, a plan after apply and a live read spell them
 * differently), the part (a pool, a container), and the resource it was judged under when that
 * is not its own parent (a subnet judged for each cluster whose nodes use it). Nothing a run may
 * word or order differently (message, evidence, severity, source) goes in, so the same failure
 * has the same fingerprint in every report and a renamed resource is a new one.
 *
 * 32 hex digits of SHA-256: the SARIF `primaryLocationLineHash` of earlier versions was this
 * hash of rule, resource and part, so alerts already in code scanning keep their identity.
 */
export function fingerprintOf(ruleId: string, resourceId: string, part?: string, groupId?: string): string {
  const key = `${ruleId}|${resourceId.toLowerCase()}|${part ?? ''}`;
  // The one-shot hash: half the cost of a Hash object, and every finding of a scan has one.
  return hash('sha256', groupId === undefined ? key : `${key}|${groupId.toLowerCase()}`, 'hex').slice(0, 32);
}
