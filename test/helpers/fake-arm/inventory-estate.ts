import { diagnosticSetting, federatedCredentials, firewallRules, kubernetesVersionsExample, securityContacts, serverParameter, type EnrichmentEstate } from './routes-enrichment.ts';
import { exampleBody, rehome, resourceGraphRow, type FakeEstate } from './routes-inventory.ts';
import { sqlAuditing, sqlFailoverGroup, sqlFirewallRule, sqlTde } from './sql-answers.ts';

/**
 * A small estate built from the example bodies in test/fixtures/azure-rest: production in one
 * subscription (cluster, network, Key Vault, PostgreSQL, SQL, Redis, registry, Defender plans),
 * staging in a second (one cluster, its plans), and a third that is disabled; production also
 * has a SQL managed instance.
 */
export const PROD = 'b3f8c1de-5a41-4d3e-9c2f-1e6a7d0b4c21';
export const STAGING = '7d2e9a40-3c1b-4f8e-a6d5-92b0c4e1f373';
export const RETIRED = '0c5a7e93-1d2f-4b6a-8e4c-5f3b2a1d9e07';

function pricings(subscriptionId: string): Array<Record<string, unknown>> {
  const list = exampleBody('security/2026-07-01/ListPricings_example.json') as { value: Array<Record<string, unknown>> };
  return list.value.map((p) => resourceGraphRow(rehome(p, subscriptionId)));
}

export function inventoryEstate(): FakeEstate {
  const body = (path: string) => exampleBody(path);
  const prod = [
    'containerservice/2026-08-01/ManagedClustersGet.json',
    'network/2026-01-01/NetworkSecurityGroupGet.json',
    'network/2026-03-01/VirtualNetworkGet.json',
    'keyvault/2026-02-01/getVault.json',
    'postgresql/2025-08-01/ServersGet.json',
    'sql/2025-01-01/ServerGet.json',
    'sql/2023-08-01/ManagedInstanceGet.json',
    'redis/2024-11-01/RedisCacheGet.json',
    'containerregistry/2025-11-01/RegistryGet.json',
    'msi/2023-01-31/IdentityGet.json',
  ].map((path) => resourceGraphRow(rehome(body(path), PROD)));
  const assignments = (body('authorization/2022-04-01/RoleAssignments_ListForScope.json').value as Array<Record<string, unknown>>).map((a) => resourceGraphRow(rehome(a, PROD)));
  const staging = [resourceGraphRow(rehome(body('containerservice/2026-08-01/ManagedClustersGet.json'), STAGING, { from: 'aks-shop', to: 'aks-stg' }))];
  return {
    subscriptions: [
      { subscriptionId: PROD, displayName: 'contoso-saas-prod' },
      { subscriptionId: STAGING, displayName: 'contoso-saas-nonprod' },
      { subscriptionId: RETIRED, displayName: 'contoso-legacy', state: 'Disabled' },
    ],
    rows: [...prod, ...assignments, ...pricings(PROD), ...staging, ...pricings(STAGING)],
  };
}

/** A credential that makes no network call (tests never build a real credential chain); records the scopes asked for. */
export function fakeCredential(): { getToken(scopes: string | string[]): Promise<{ token: string; expiresOnTimestamp: number }>; scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    getToken(asked) {
      scopes.push(...(Array.isArray(asked) ? asked : [asked]));
      return Promise.resolve({ token: 'fake-arm-token', expiresOnTimestamp: Date.now() + 3600e3 });
    },
  };
}

/**
 * What the per-service reads after Resource Graph find for an estate's resources: each cluster,
 * vault and database server has one diagnostic setting; each PostgreSQL/MySQL flexible server its
 * TLS parameters (on), the example firewall rules and no Entra administrator; each SQL server the
 * example auditing policy (Disabled), one office firewall range and a failover group with a
 * partner in North Europe, each managed instance the example instance failover group, each user database TDE on;
 * each user-assigned identity the example federated credential;
 * each subscription the example security contacts and, listed at the subscription with
 * `$filter=atScope()`, the example's assignments (two inherited from a management group); each region with clusters the example version
 * list. Only `subscriptions` are read (an unreadable one gets no per-service read).
 */
export function inventoryEnrichment(estate: FakeEstate, subscriptions: readonly string[] = estate.subscriptions.map((s) => s.subscriptionId)): EnrichmentEstate {
  const answers: EnrichmentEstate['answers'] = {};
  const readable = new Set(subscriptions.map((s) => s.toLowerCase()));
  for (const row of estate.rows as Array<{ id: string; type: string; location?: string; subscriptionId?: string }>) {
    const sub = row.id.split('/')[2]!.toLowerCase();
    if (!readable.has(sub)) continue;
    const type = row.type.toLowerCase();
    if (['microsoft.containerservice/managedclusters', 'microsoft.keyvault/vaults', 'microsoft.dbforpostgresql/flexibleservers', 'microsoft.dbformysql/flexibleservers', 'microsoft.sql/servers', 'microsoft.sql/managedinstances'].includes(type)) {
      answers[`${row.id}/providers/Microsoft.Insights/diagnosticSettings`] = { items: [diagnosticSetting(row.id)] };
    }
    if (type === 'microsoft.containerservice/managedclusters' && row.location) {
      answers[`/subscriptions/${sub}/providers/Microsoft.ContainerService/locations/${row.location}/kubernetesVersions`] = { body: kubernetesVersionsExample() };
    }
    if (type === 'microsoft.dbforpostgresql/flexibleservers' || type === 'microsoft.dbformysql/flexibleservers') {
      const parameters = type.includes('postgresql') ? { require_secure_transport: 'on', ssl_min_protocol_version: 'TLSv1.2' } : { require_secure_transport: 'ON', tls_version: 'TLSv1.2', aad_auth_only: 'OFF' };
      for (const [name, value] of Object.entries(parameters)) answers[`${row.id}/configurations/${name}`] = { body: serverParameter(row.id, name, value) };
      answers[`${row.id}/firewallRules`] = { items: firewallRules(row.id) };
      answers[`${row.id}/administrators`] = { items: [] };
    }
    if (type === 'microsoft.sql/servers') {
      answers[`${row.id}/auditingSettings/default`] = { body: sqlAuditing(row.id) };
      answers[`${row.id}/firewallRules`] = { items: [sqlFirewallRule(row.id, 'office', '203.0.113.0', '203.0.113.31')] };
      answers[`${row.id}/failoverGroups`] = { items: [sqlFailoverGroup(row.id)] };
    }
    if (type === 'microsoft.sql/managedinstances') {
      const group = row.id.slice(0, row.id.toLowerCase().indexOf('/providers/'));
      answers[`${group}/providers/Microsoft.Sql/locations/${row.location ?? ''}/instanceFailoverGroups`] = { items: [rehome(exampleBody('sql/2023-08-01/InstanceFailoverGroupGet.json'), sub)] };
    }
    if (type === 'microsoft.managedidentity/userassignedidentities') {
      answers[`${row.id}/federatedIdentityCredentials`] = { items: federatedCredentials(row.id) };
    }
    if (type === 'microsoft.sql/servers/databases' && !row.id.toLowerCase().endsWith('/databases/master')) {
      answers[`${row.id}/transparentDataEncryption/current`] = { body: sqlTde(row.id, 'Enabled') };
    }
  }
  for (const sub of readable) answers[`/subscriptions/${sub}/providers/Microsoft.Security/securityContacts`] = { items: securityContacts(sub) };
  // What each subscription inherits: the example's two Contributor assignments on the management group both sit under.
  const atScope = (exampleBody('authorization/2022-04-01/RoleAssignments_ListForSubscription.json').value as unknown[]);
  for (const sub of readable) answers[`/subscriptions/${sub}/providers/Microsoft.Authorization/roleAssignments`] = { items: rehome(atScope, sub) };
  return { answers };
}
