import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { DiagnosticSetting } from '../../state/diagnostic-setting.ts';
import type { Maybe, ResourceBase } from '../../state/resource.ts';
import { describeSetting, sendsLogs, settingEvidence, type WantedLogs } from '../lib/diagnostics.ts';

/** A resource whose logs leave it only through `Microsoft.Insights/diagnosticSettings`. */
export interface LogSource extends ResourceBase {
  diagnosticSettings: Maybe<DiagnosticSetting[]>;
}

/** Which logs one rule wants sent, and the words its findings use. */
export interface LogDemand<P> {
  logs: WantedLogs;
  /** `Key vault`, `Cluster`, `Server`: starts the messages. */
  noun: string;
  /** `its audit log`: what a qualifying setting sends. */
  what: string;
  /** What is lost when the resource has no setting at all. */
  lost: string;
  /** Why a setting with a destination does not qualify: `enables neither AuditEvent nor ...`. */
  noneEnabled: string;
  /** A further demand on a setting that sends the logs by category only (AKS's `guard`). */
  byCategory?: (s: DiagnosticSetting, params: P) => string | undefined;
}

/**
 * Pass when at least one diagnostic setting sends the wanted logs to a destination; fail when
 * none does, saying why for each; unknown when the input did not carry the settings at all.
 */
export function judgeDiagnosticLogs<P>(ctx: RuleContext<P>, resource: LogSource, demand: LogDemand<P>): void {
  const settings = resource.diagnosticSettings;
  if (settings === null) {
    const none = evidence(resource, 'diagnosticSettings');
    ctx.unknown(resource, unknownReason(none), [none]);
    return;
  }
  const found = settings.map(settingEvidence);
  const shortfall = (s: DiagnosticSetting) => shortfallOf(s, demand, ctx.params);
  const qualifying = settings.filter((s) => shortfall(s) === undefined);
  if (qualifying.length) {
    ctx.pass(resource, `${demand.noun} ${resource.name} sends ${demand.what} through diagnostic setting(s) ${qualifying.map(describeSetting).join('; ')}`, found);
  } else if (settings.length === 0) {
    ctx.fail(resource, `${demand.noun} ${resource.name} has no diagnostic settings, so ${demand.lost}`, found);
  } else {
    ctx.fail(resource, `No diagnostic setting of ${demand.noun.toLowerCase()} ${resource.name} sends ${demand.what}: ${settings.map((s) => `${describeSetting(s)} ${shortfall(s)}`).join('; ')}`, found);
  }
}

/** Why a setting does not deliver the wanted logs, or undefined when it does. */
function shortfallOf<P>(s: DiagnosticSetting, demand: LogDemand<P>, params: P): string | undefined {
  switch (sendsLogs(s, demand.logs)) {
    case 'no-destination':
      return 'has no destination';
    case 'none':
      return demand.noneEnabled;
    case 'category':
      return demand.byCategory?.(s, params);
    case 'group':
      return undefined;
  }
}
