import { exampleBody, rehome } from './routes-inventory.ts';
import { armError, type FakeArmReply, type FakeArmRoute } from './server.ts';

/**
 * The per-service reads that follow the inventory, each answered by ARM path in the REST shape of
 * its operation: DiagnosticSettings_List, Pricings_List, SecurityContacts_List, Configurations_Get,
 * FirewallRules_ListByServer, the Entra administrators lists and ManagedClusters_ListKubernetesVersions.
 * Lists page with `nextLink` (to this server) when longer than `pageSize`. Only the paths given are
 * routed: any other request stays unmatched, so tests can prove the collector asked nothing else.
 */

export type Refusal = { status: number; code: string; message: string };
/** A list's items, a single body (a server parameter, a version list), or a refusal. */
export type EnrichmentAnswer = { items: unknown[] } | { body: unknown } | Refusal;

export interface EnrichmentEstate {
  /** Answers by ARM path (compared without case, as ARM does). */
  answers: Record<string, EnrichmentAnswer>;
  /** Items per list page (default 100). */
  pageSize?: number;
}

export function enrichmentRoutes(estate: EnrichmentEstate): FakeArmRoute[] {
  const byPath = new Map(Object.entries(estate.answers).map(([path, answer]) => [path.toLowerCase(), answer]));
  const pageSize = estate.pageSize ?? 100;
  if (byPath.size === 0) return [];
  const escaped = [...byPath.keys()].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return [
    {
      method: 'GET',
      path: new RegExp(`^(?:${escaped.join('|')})$`, 'i'),
      reply(req): FakeArmReply {
        const answer = byPath.get(req.path.toLowerCase())!;
        if (!req.query.get('api-version')) return { status: 400, body: armError('MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.") };
        if ('status' in answer) return { status: answer.status, body: armError(answer.code, answer.message) };
        if ('body' in answer) return { status: 200, body: answer.body };
        const offset = Number(req.query.get('$skiptoken') ?? 0);
        const body: Record<string, unknown> = { value: answer.items.slice(offset, offset + pageSize) };
        if (offset + pageSize < answer.items.length) body.nextLink = `https://${req.headers.host}${req.path}?api-version=${req.query.get('api-version')}&$skiptoken=${offset + pageSize}`;
        return { status: 200, body };
      },
    },
  ];
}

/** The refusal ARM gives an identity without read permission on a scope. */
export function forbidden(action: string, scope: string): Refusal {
  return { status: 403, code: 'AuthorizationFailed', message: `The client 'aks-audit-reader' with object id '5b4e7a1c-0b0e-4a6f-9d1e-3f2a7c9b8e10' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid.` };
}

/** The DiagnosticSettings_List example's setting (all logs to storage and an event hub), on `parentId`. */
export function diagnosticSetting(parentId: string, name = 'to-siem'): Record<string, unknown> {
  const item = (exampleBody('monitor/2021-05-01-preview/listDiagnosticSettings.json').value as Array<Record<string, unknown>>)[0]!;
  // The example spells the extension segment in lower case, as ARM returns it.
  return { ...item, id: `${parentId}/providers/microsoft.insights/diagnosticSettings/${name}`, name };
}

/** The FederatedIdentityCredentials_List example's credential, on user-assigned identity `identityId`. */
export function federatedCredentials(identityId: string): Record<string, unknown>[] {
  const item = (exampleBody('msi/2023-01-31/FederatedIdentityCredentialList.json').value as Array<Record<string, unknown>>)[0]!;
  return [{ ...item, id: `${identityId}/federatedIdentityCredentials/${String(item.name)}` }];
}

/** Configurations_Get example (`log_connections`) turned into the parameter `name` with `value`. */
export function serverParameter(serverId: string, name: string, value: string): Record<string, unknown> {
  const body = exampleBody('postgresql/2025-08-01/ConfigurationsGet.json');
  return { ...body, id: `${serverId}/configurations/${name}`, name, properties: { ...(body.properties as object), value, source: 'user-override' } };
}

/** FirewallRules_ListByServer example's rules (0.0.0.0–255.255.255.255 and 1.0.0.0–255.0.0.0), on `serverId`. */
export function firewallRules(serverId: string): Array<Record<string, unknown>> {
  return (exampleBody('postgresql/2025-08-01/FirewallRulesListByServer.json').value as Array<Record<string, unknown>>).map((rule) => ({ ...rule, id: `${serverId}/firewallRules/${String(rule.name)}` }));
}

/** Pricings_List example (VirtualMachines P2, SqlServers Standard, AppServices Free...) in `subscriptionId`. */
export function pricings(subscriptionId: string): unknown[] {
  return rehome(exampleBody('security/2026-07-01/ListPricings_example.json').value as unknown[], subscriptionId);
}

/** SecurityContacts_List example (2023-12-01-preview, alerts from Medium) in `subscriptionId`. */
export function securityContacts(subscriptionId: string): unknown[] {
  return rehome(exampleBody('security/2023-12-01-preview/GetSecurityContactsSubscription_example.json').value as unknown[], subscriptionId);
}

/** ManagedClusters_ListKubernetesVersions example (1.23–1.26, 1.26 in preview). */
export function kubernetesVersionsExample(): unknown {
  return exampleBody('containerservice/2026-08-01/KubernetesVersions_List.json');
}

/**
 * The same shape for the minors a region offers today: `{ minor: plans }`, each with two patches
 * that upgrade to the next minor. The example's capabilities name only KubernetesOfficial; LTS
 * minors add AKSLongTermSupport.
 */
export function kubernetesVersions(minors: Record<string, string[]>, options: { preview?: string[]; default?: string } = {}): unknown {
  return {
    values: Object.entries(minors).map(([version, supportPlan]) => ({
      capabilities: { supportPlan },
      ...(version === options.default ? { isDefault: true } : {}),
      ...(options.preview?.includes(version) ? { isPreview: true } : {}),
      patchVersions: { [`${version}.4`]: { upgrades: [`${version}.7`] }, [`${version}.7`]: { upgrades: [] } },
      version,
    })),
  };
}
