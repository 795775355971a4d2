import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { Maybe, ResourceBase } from '../../state/resource.ts';

/** One setting a resource must have: its value, its evidence, and what is wrong with a bad value. */
export interface RequiredSetting {
  value: Maybe<string>;
  evidence: Evidence;
  /** Why the value falls short; undefined when it is good. */
  problem(value: string): string | undefined;
}

/**
 * Several settings that must all be right: a bad one fails even when another is unknown
 * (the failure is certain), an unknown one otherwise makes the verdict unknown.
 */
export function judgeSettings(ctx: RuleContext<unknown>, resource: ResourceBase, settings: RequiredSetting[], messages: { pass: string; fail: string }): void {
  const found = settings.map((s) => s.evidence);
  const problems = settings.flatMap((s) => (s.value === null ? [] : (s.problem(s.value) ?? [])));
  const missing = settings.find((s) => s.value === null);
  if (problems.length) ctx.fail(resource, `${messages.fail}: ${problems.join('; ')}`, found);
  else if (missing) ctx.unknown(resource, unknownReason(missing.evidence), found);
  else ctx.pass(resource, messages.pass, found);
}

/** A server parameter switched on, as PostgreSQL (`on`) and MySQL (`ON`) spell it. */
export function isOn(value: string): boolean {
  return ['on', 'true', '1'].includes(value.trim().toLowerCase());
}

/**
 * `require_secure_transport`, the server parameter PostgreSQL and MySQL flexible servers share:
 * on, or clients may connect unencrypted.
 */
export function requireSecureTransport(server: ResourceBase, value: Maybe<string>): RequiredSetting {
  return setting(server, 'serverParameters.requireSecureTransport', value, (v) => (isOn(v) ? undefined : `require_secure_transport is ${v}, so clients may connect unencrypted`));
}

/** A string setting at `statePath` and what is wrong with a bad value. */
export function setting(resource: ResourceBase, statePath: string, value: Maybe<string>, problem: (value: string) => string | undefined): RequiredSetting {
  return { value, evidence: evidence(resource, statePath, value), problem };
}
