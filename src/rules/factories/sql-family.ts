import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { sameRegion } from '../../lib/regions.ts';
import type { Maybe, ResourceBase } from '../../state/resource.ts';
import type { SqlEntraAdministrator, SqlFailoverGroup, SqlFailoverPartner } from '../../state/sql.ts';
import type { State } from '../../state/state.ts';
import { meetsTlsMinimum } from '../lib/tls.ts';

/**
 * The checks Azure SQL servers and SQL Managed Instances share, each over one kind: its resources
 * and the noun messages name them by (`SQL server`, `SQL managed instance`).
 */
export interface SqlKind<R extends ResourceBase> {
  id: string;
  noun: string;
  resources(state: State): R[];
}

type WithTls = ResourceBase & { minimalTlsVersion: Maybe<string> };
type WithEntraAdministrator = ResourceBase & { entraAdministrator: SqlEntraAdministrator };
type WithDatabases = ResourceBase & { databases: Maybe<Array<ResourceBase & { transparentDataEncryption: Maybe<string> }>> };
type WithFailoverGroups = ResourceBase & { failoverGroups: Maybe<SqlFailoverGroup[]> };

/** The server refuses client connections below the minimum TLS version. */
export function sqlMinTlsRule<R extends WithTls>(kind: SqlKind<R>): Rule<{ minimum: string }> {
  return defineRule<{ minimum: string }>({
    id: kind.id,
    check(ctx) {
      for (const server of kind.resources(ctx.state)) {
        const version = server.minimalTlsVersion;
        const found = [evidence(server, 'minimalTlsVersion')];
        const what = `${kind.noun} ${server.name}`;
        if (version === null) {
          ctx.unknown(server, unknownReason(found[0]!), found);
          continue;
        }
        const ok = meetsTlsMinimum(version, ctx.params.minimum);
        if (ok === undefined) ctx.unknown(server, `${what} states minimalTlsVersion ${JSON.stringify(version)}, which is not a TLS version`, found);
        else if (ok) ctx.pass(server, `${what} requires TLS ${version} or later`, found);
        else if (version.toLowerCase() === 'none') ctx.fail(server, `${what} sets no minimum TLS version, so clients may connect with TLS 1.0 or 1.1`, found);
        else ctx.fail(server, `${what} accepts TLS ${version}, older than ${ctx.params.minimum}`, found);
      }
    },
  });
}

/** The server has a Microsoft Entra administrator, and optionally refuses SQL authentication. */
export function sqlEntraAuthRule<R extends WithEntraAdministrator>(kind: SqlKind<R>): Rule<{ requireEntraOnly: boolean }> {
  return defineRule<{ requireEntraOnly: boolean }>({
    id: kind.id,
    check(ctx) {
      for (const server of kind.resources(ctx.state)) {
        const admin = server.entraAdministrator;
        const what = `${kind.noun} ${server.name}`;
        const configured = evidence(server, 'entraAdministrator.configured', admin.configured ? admin.login : admin.configured);
        const entraOnly = evidence(server, 'entraAdministrator.azureADOnlyAuthentication');
        if (admin.configured === null) {
          ctx.unknown(server, unknownReason(evidence(server, 'entraAdministrator', null)), [configured]);
        } else if (!admin.configured) {
          ctx.fail(server, `${what} has no Microsoft Entra administrator: only SQL logins with passwords can manage it`, [configured, entraOnly]);
        } else if (admin.azureADOnlyAuthentication === true) {
          ctx.pass(server, `${what} has a Microsoft Entra administrator and accepts Microsoft Entra authentication only`, [configured, entraOnly]);
        } else if (!ctx.params.requireEntraOnly) {
          ctx.pass(server, `${what} has a Microsoft Entra administrator${admin.azureADOnlyAuthentication === false ? ' (SQL authentication is still allowed)' : ''}`, [configured, entraOnly]);
        } else if (admin.azureADOnlyAuthentication === null) {
          ctx.unknown(server, unknownReason(entraOnly), [configured, entraOnly]);
        } else {
          ctx.fail(server, `${what} still accepts SQL authentication: Microsoft Entra-only authentication is off`, [configured, entraOnly]);
        }
      }
    },
  });
}

/**
 * Every user database encrypts its data, logs and backups at rest with transparent data
 * encryption. The finding is the database's: TDE is set per database.
 */
export function sqlTdeRule<R extends WithDatabases>(kind: SqlKind<R>): Rule {
  return defineRule({
    id: kind.id,
    check(ctx) {
      for (const server of kind.resources(ctx.state)) {
        const what = `${kind.noun} ${server.name}`;
        if (server.databases === null) {
          ctx.unknown(server, `The databases of ${what} are not in the input; export it with its databases and their transparentDataEncryption settings, or scan it live`);
          continue;
        }
        if (server.databases.length === 0) {
          ctx.notApplicable(server, `${what} has no user databases`);
          continue;
        }
        for (const db of server.databases) {
          const tde = evidence(db, 'transparentDataEncryption');
          const state = db.transparentDataEncryption;
          if (state === null) ctx.unknown(db, unknownReason(tde), [tde]);
          else if (state.toLowerCase() === 'enabled') ctx.pass(db, `Database ${db.name} on ${what} is encrypted with TDE`, [tde]);
          else ctx.fail(db, `Database ${db.name} on ${what} has transparent data encryption ${state}`, [tde]);
        }
      }
    },
  });
}

/**
 * The server is in a failover group whose partner runs in another region, so a regional outage
 * can fail over to it. Passes on the first such group; a partner not named, or whose region is not
 * stated, leaves the verdict unknown unless another group already proves one.
 */
export function sqlFailoverGeoRule<R extends WithFailoverGroups>(kind: SqlKind<R>): Rule {
  return defineRule({
    id: kind.id,
    check(ctx) {
      for (const server of kind.resources(ctx.state)) {
        const what = `${kind.noun} ${server.name}`;
        const groups = server.failoverGroups;
        if (groups === null) {
          const listed = evidence(server, 'failoverGroups');
          ctx.unknown(server, `The failover groups of ${what} are not in the input; export them or scan it live`, [listed]);
          continue;
        }
        const shown = groups.map((g, i) => evidence(server, `failoverGroups.${i}`, g.partners.map((p) => `${p.id ?? '?'} (${p.location ?? 'region not stated'})`)));
        if (groups.length === 0) {
          ctx.fail(server, `${what} is in no failover group: a regional outage takes its databases down until a geo-restore`, [evidence(server, 'failoverGroups', [])]);
          continue;
        }
        // A partner proves another region only when it is named and its region stated.
        const away = (p: SqlFailoverPartner) => p.id !== null && p.location !== null && server.location !== null && !sameRegion(p.location, server.location);
        const geo = groups.find((g) => g.partners.some(away));
        const unstated = server.location === null || groups.some((g) => g.partners.length === 0 || g.partners.some((p) => p.id === null || p.location === null));
        if (geo) ctx.pass(server, `${what} is in failover group ${geo.name} with a partner in ${geo.partners.find(away)!.location}`, shown);
        else if (unstated) ctx.unknown(server, `The region of ${what}, or of a partner in its failover groups, is not stated by the source`, shown);
        else ctx.fail(server, `${what} fails over only within ${server.location}: every partner in failover group(s) ${groups.map((g) => g.name).join(', ')} is in the same region`, shown);
      }
    },
  });
}
