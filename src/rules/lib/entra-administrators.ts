import { evidence } from '../../engine/evidence.ts';
import type { Evidence } from '../../engine/finding.ts';
import type { DatabaseServer, EntraAdministrator } from '../../state/database-server.ts';

/**
 * The administrators that name an Entra principal. Exports carry placeholder `administrators`
 * children with a null login (PSRule's test data has them): those grant nobody anything.
 */
export function namedAdministrators(admins: EntraAdministrator[]): EntraAdministrator[] {
  return admins.filter(isNamed);
}

/** Evidence for a server's named administrators: each one's login, or the empty list. */
export function administratorEvidence(server: DatabaseServer): Evidence[] {
  const named = (server.administrators ?? []).flatMap((admin, i) => (isNamed(admin) ? [i] : []));
  if (named.length === 0) return [evidence(server, 'administrators', [])];
  return named.map((i) => evidence(server, `administrators.${i}.login`));
}

function isNamed(admin: EntraAdministrator): boolean {
  return Boolean(admin.login?.trim());
}
