import type { Evidence } from '../../engine/finding.ts';
import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule, type RuleContext } from '../../engine/rule.ts';
import type { PostgresFlexibleServer, PostgresSingleServer } from '../../state/postgresql.ts';
import { administratorEvidence, namedAdministrators } from '../lib/entra-administrators.ts';

interface Params {
  requireEntraOnly: boolean;
}

/**
 * Flexible servers: `authConfig.activeDirectoryAuth` on, and an Entra administrator (unknown
 * when the input does not carry the administrators). Single servers: an Entra administrator (they cannot turn passwords off).
 */
export default defineRule<Params>({
  id: 'postgresql-entra-auth',
  check(ctx) {
    for (const server of ctx.state.postgresFlexibleServers) judgeFlexible(ctx, server);
    for (const server of ctx.state.postgresSingleServers) judgeSingle(ctx, server);
  },
});

function judgeFlexible(ctx: RuleContext<Params>, server: PostgresFlexibleServer): void {
  const { activeDirectoryAuth, passwordAuth } = server.authConfig;
  const entra = evidence(server, 'authConfig.activeDirectoryAuth');
  const password = evidence(server, 'authConfig.passwordAuth');
  const found: Evidence[] = [entra, password];
  if (activeDirectoryAuth === null) return ctx.unknown(server, unknownReason(entra), found);
  if (activeDirectoryAuth.toLowerCase() !== 'enabled') return ctx.fail(server, `Flexible server ${server.name} does not accept Microsoft Entra ID authentication: only PostgreSQL passwords`, found);
  const admins = server.administrators === null ? null : namedAdministrators(server.administrators);
  if (admins) found.push(...administratorEvidence(server));
  if (admins?.length === 0) return ctx.fail(server, `Flexible server ${server.name} accepts Microsoft Entra ID authentication but has no Entra administrator, so no Entra principal can sign in`, found);
  const passwords = passwordAuth === null ? 'password authentication is not stated' : passwordAuth.toLowerCase() === 'disabled' ? 'Entra only' : 'password authentication is still enabled';
  if (ctx.params.requireEntraOnly) {
    if (passwordAuth === null) return ctx.unknown(server, unknownReason(password), found);
    if (passwordAuth.toLowerCase() !== 'disabled') return ctx.fail(server, `Flexible server ${server.name} accepts Microsoft Entra ID authentication, but password authentication is still enabled`, found);
  }
  // Without an administrator no Entra principal can sign in (a fail above): unread administrators leave that open.
  if (admins === null) return ctx.unknown(server, `Flexible server ${server.name} accepts Microsoft Entra ID authentication, but its Entra administrators are not in the input, so whether any principal can sign in is unknown; export the server with its administrators child resources or scan it live`, found);
  ctx.pass(server, `Flexible server ${server.name} accepts Microsoft Entra ID authentication (${passwords})`, found);
}

function judgeSingle(ctx: RuleContext<Params>, server: PostgresSingleServer): void {
  if (server.administrators === null) return ctx.unknown(server, `the input does not carry the administrators of ${server.name}; export the server with its child resources or scan it live`, [evidence(server, 'administrators')]);
  const admins = namedAdministrators(server.administrators);
  const found = administratorEvidence(server);
  if (admins.length === 0) return ctx.fail(server, `Single server ${server.name} has no Microsoft Entra administrator: only PostgreSQL passwords can sign in`, found);
  if (ctx.params.requireEntraOnly) return ctx.fail(server, `Single server ${server.name} has a Microsoft Entra administrator, but a single server cannot turn password authentication off`, found);
  ctx.pass(server, `Single server ${server.name} has a Microsoft Entra administrator (password authentication stays enabled on single servers)`, found);
}
