import type { Evidence } from '../../engine/finding.ts';
import { childPath } from '../../engine/rule.ts';
import type { DatabaseServer, EntraAdministrator } from '../../state/database-server.ts';

/**
 * The administrators that name an Entra principal. Exports carry placeholder `administrators`
 * children with a null login (PSRule's test data has them): those grant nobody anything.
 */
export function namedAdministrators(admins: EntraAdministrator[]): EntraAdministrator[] {
  return admins.filter((a) => Boolean(a.login?.trim()));
}

/** Evidence for a server's administrators: each one's login, or the empty list. */
export function administratorEvidence(server: DatabaseServer, admins: EntraAdministrator[]): Evidence[] {
  if (admins.length === 0) return [{ path: 'administrators', value: [] }];
  return admins.map((a) => ({ path: `${childPath(server, a.id)}#properties.login`, value: a.login }));
}
