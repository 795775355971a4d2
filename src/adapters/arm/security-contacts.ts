import type { SecurityContact } from '../../state/subscription.ts';
import type { ArmResource } from './collect-resources.ts';
import type { Node } from './properties.ts';

export const SECURITY_CONTACT = 'microsoft.security/securitycontacts';
/** The 2023-12-01-preview list example in the REST specification spells type and id in the singular. */
export const SECURITY_CONTACT_SINGULAR = 'microsoft.security/securitycontact';

/**
 * One security contact, whatever API version wrote it. A complete body that omits a
 * notification setting has none; a fragment says nothing.
 */
export function adaptSecurityContact(r: ArmResource): SecurityContact {
  const p = r.properties;
  // Null: the source spells the setting twice with conflicting values, so it stays unknown.
  const known = <T>(value: T | null | undefined, absent: T): T | null => (value === null ? null : value !== undefined ? value : r.complete ? absent : null);
  const emails = p?.string('emails') ?? p?.string('email');
  const sources = p?.children('notificationsSources');
  const byRole = p?.child('notificationsByRole');
  const alerts = sources ? alertsFromSources(sources) : alertsFromLegacy(p);
  return {
    id: r.id,
    name: r.name,
    emails: known(typeof emails === 'string' ? splitEmails(emails) : emails, [] as string[]),
    phone: p?.string('phone') ?? null,
    // Only 2023-12-01-preview has the switch; a body in that shape without it is unknown.
    isEnabled: p?.bool('isEnabled') ?? (sources ? null : r.complete ? true : null),
    alertNotifications: known(alerts.on, false),
    alertMinimalSeverity: alerts.on === false ? null : (alerts.minimalSeverity ?? null),
    notificationsByRole: {
      state: byRole?.string('state') ?? p?.string('alertsToAdmins') ?? null,
      roles: byRole?.strings('roles') ?? null,
    },
    origin: { source: r.source, file: r.node.file, pointer: r.node.pointer },
  };
}

interface Alerts {
  on: boolean | null | undefined;
  minimalSeverity: string | null | undefined;
}

/** 2023-12-01-preview: alerts are mailed when an `Alert` source is listed, from its minimal severity up. */
function alertsFromSources(sources: Node[]): Alerts {
  const alert = sources.find((s) => s.string('sourceType')?.toLowerCase() === 'alert');
  return { on: alert !== undefined, minimalSeverity: alert?.string('minimalSeverity') };
}

/** 2020-01-01-preview `{ state, minimalSeverity }`, or 2017-08-01-preview `"On"`, which mailed high-severity alerts. */
function alertsFromLegacy(p: Node | undefined): Alerts {
  const raw = p?.raw('alertNotifications');
  if (raw === undefined || raw === null || !p) return { on: undefined, minimalSeverity: undefined };
  if (typeof raw === 'string') {
    const on = onOff(raw);
    return { on, minimalSeverity: on ? 'High' : undefined };
  }
  const object = p.child('alertNotifications');
  return { on: onOff(object?.string('state')), minimalSeverity: object?.string('minimalSeverity') };
}

function onOff(value: string | null | undefined): boolean | null | undefined {
  if (value === undefined || value === null) return value;
  return value.toLowerCase() === 'on';
}

function splitEmails(text: string): string[] {
  return text.split(/[;,]/).map((e) => e.trim()).filter(Boolean);
}
