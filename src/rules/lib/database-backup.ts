import { notStated, observed, type RuleContext } from '../../engine/rule.ts';
import type { DatabaseServer } from '../../state/database-server.ts';

/** Where a server kind keeps its backup settings: `properties.backup` (flexible) or `properties.storageProfile` (single). */
export type BackupLocation = 'properties.backup' | 'properties.storageProfile';

/** Backup retention of one database server against `minDays`. */
export function judgeRetention(ctx: RuleContext<{ minDays: number }>, server: DatabaseServer, location: BackupLocation): void {
  const path = `${location}.backupRetentionDays`;
  const days = server.backup.retentionDays;
  const evidence = [observed(server, 'backup.retentionDays', path, days)];
  const { minDays } = ctx.params;
  if (days === null) ctx.unknown(server, notStated(path), evidence);
  else if (days >= minDays) ctx.pass(server, `Server ${server.name} keeps backups for ${days} days (at least ${minDays})`, evidence);
  else ctx.fail(server, `Server ${server.name} keeps backups for only ${days} day${days === 1 ? '' : 's'}; at least ${minDays} are required`, evidence);
}

/** Geo-redundant backup storage of one database server. */
export function judgeGeoRedundantBackup(ctx: RuleContext<unknown>, server: DatabaseServer, location: BackupLocation): void {
  const path = `${location}.geoRedundantBackup`;
  const value = server.backup.geoRedundantBackup;
  const evidence = [observed(server, 'backup.geoRedundantBackup', path, value)];
  if (value === null) ctx.unknown(server, notStated(path), evidence);
  else if (value.toLowerCase() === 'enabled') ctx.pass(server, `Server ${server.name} stores its backups geo-redundantly`, evidence);
  else ctx.fail(server, `Server ${server.name} keeps its backups only in its own region (geoRedundantBackup: ${value}): a regional outage loses them`, evidence);
}
