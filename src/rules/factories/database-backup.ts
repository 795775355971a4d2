import { evidence, unknownReason } from '../../engine/evidence.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { DatabaseServer } from '../../state/database-server.ts';

/** Backup retention of one database server against `minDays`. */
export function judgeRetention(ctx: RuleContext<{ minDays: number }>, server: DatabaseServer): void {
  const days = server.backup.retentionDays;
  const retention = evidence(server, 'backup.retentionDays');
  const found = [retention];
  const { minDays } = ctx.params;
  if (days === null) ctx.unknown(server, unknownReason(retention), found);
  else if (days >= minDays) ctx.pass(server, `Server ${server.name} keeps backups for ${days} days (at least ${minDays})`, found);
  else ctx.fail(server, `Server ${server.name} keeps backups for only ${days} day${days === 1 ? '' : 's'}; at least ${minDays} are required`, found);
}

/** Geo-redundant backup storage of one database server. */
export function judgeGeoRedundantBackup(ctx: RuleContext<unknown>, server: DatabaseServer): void {
  const value = server.backup.geoRedundantBackup;
  const geo = evidence(server, 'backup.geoRedundantBackup');
  if (value === null) ctx.unknown(server, unknownReason(geo), [geo]);
  else if (value.toLowerCase() === 'enabled') ctx.pass(server, `Server ${server.name} stores its backups geo-redundantly`, [geo]);
  else ctx.fail(server, `Server ${server.name} keeps its backups only in its own region (geoRedundantBackup: ${value}): a regional outage loses them`, [geo]);
}
