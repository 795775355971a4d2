import { readFileSync } from 'node:fs';
import { armError, type FakeArmReply, type FakeArmRequest, type FakeArmRoute } from './server.ts';
import { resourceGraphRow, type FakeEstate } from './routes-inventory.ts';

/**
 * An ARM export served as a live Azure would serve it: the resources Resource Graph indexes as its
 * rows, and every body (children and extension resources included) behind the per-service reads
 * that follow the inventory: `GET <id>` returns the body, `GET <collection>` under a subscription,
 * resource group or resource of the estate lists what the export holds there (none is an empty
 * list, as ARM answers), and a role assignment list at a scope holds those at, above and below it
 * (at and above with `$filter=atScope()`), and the built-in role definitions they name are readable
 * under the subscription. What the export does not hold is a 404.
 */

type Body = Record<string, unknown>;

/** Resource Graph's `resources` holds top-level resources and these children. */
const GRAPH_CHILD_TYPES = new Set([
  'microsoft.sql/servers/databases',
  'microsoft.sql/managedinstances/databases',
  'microsoft.network/privatednszones/virtualnetworklinks',
  'microsoft.containerservice/managedclusters/agentpools',
]);
/** Extension resources Resource Graph does not index: read per service, after the inventory. */
const NOT_IN_GRAPH = new Set(['microsoft.insights/diagnosticsettings']);

/** An export file's resources, with the children nested under `resources` flattened beside them. */
export function exportedBodies(file: string): Body[] {
  const flat: Body[] = [];
  const visit = (items: Body[]): void => {
    for (const { resources, ...body } of items) {
      flat.push(body);
      if (Array.isArray(resources)) visit(resources as Body[]);
    }
  };
  visit(JSON.parse(readFileSync(file, 'utf8')) as Body[]);
  return flat;
}

/** The subscription and the Resource Graph rows of an estate's bodies. */
export function graphEstate(bodies: Body[], subscriptionId: string, displayName: string): FakeEstate {
  const indexed = bodies.filter((b) => {
    const type = String(b.type).toLowerCase();
    return GRAPH_CHILD_TYPES.has(type) || (type.split('/').length === 2 && !NOT_IN_GRAPH.has(type));
  });
  return { subscriptions: [{ subscriptionId, displayName }], rows: indexed.map((b) => resourceGraphRow(b)) };
}

/** The built-in roles the estates assign, as RoleDefinitions_Get returns them (permissions abridged to what decides their reach). */
const BUILT_IN_ROLES: Record<string, { roleName: string; actions: string[]; notActions?: string[]; dataActions?: string[] }> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': { roleName: 'Owner', actions: ['*'] },
  'b24988ac-6180-42a0-ab88-20f7382dd24c': { roleName: 'Contributor', actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'] },
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': { roleName: 'User Access Administrator', actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'] },
  '7f951dda-4ed3-4680-a7ca-43fe172d538d': { roleName: 'AcrPull', actions: ['Microsoft.ContainerRegistry/registries/pull/read'] },
  '4633458b-17de-408a-b874-0445c86b69e6': { roleName: 'Key Vault Secrets User', actions: [], dataActions: ['Microsoft.KeyVault/vaults/secrets/getSecret/action', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'] },
  'b86a8fe4-44ce-4948-aee5-eccb2c155cd7': { roleName: 'Key Vault Secrets Officer', actions: ['Microsoft.Authorization/*/read', 'Microsoft.KeyVault/checkNameAvailability/read', 'Microsoft.KeyVault/vaults/*/read'], dataActions: ['Microsoft.KeyVault/vaults/secrets/*'] },
  '00482a5a-887f-4fb3-b363-3b7fe8e74483': { roleName: 'Key Vault Administrator', actions: ['Microsoft.Authorization/*/read', 'Microsoft.KeyVault/checkNameAvailability/read', 'Microsoft.KeyVault/vaults/*/read'], dataActions: ['Microsoft.KeyVault/vaults/*'] },
};

function roleDefinitions(subscriptionId: string): Body[] {
  return Object.entries(BUILT_IN_ROLES).map(([name, role]) => ({
    id: `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${name}`,
    name,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: {
      roleName: role.roleName,
      type: 'BuiltInRole',
      description: `${role.roleName} (built-in role)`,
      assignableScopes: ['/'],
      permissions: [{ actions: role.actions, notActions: role.notActions ?? [], dataActions: role.dataActions ?? [], notDataActions: [] }],
      createdOn: '2015-02-02T21:55:09.8806423Z',
      updatedOn: '2025-11-06T16:21:07.2841104Z',
      createdBy: null,
      updatedBy: null,
    },
  }));
}

const key = (path: string): string => path.toLowerCase().replace(/\/+$/, '');
const parentOf = (id: string): string => id.slice(0, id.lastIndexOf('/'));
const ROLE_ASSIGNMENTS = /\/providers\/microsoft\.authorization\/roleassignments$/;

export function estateRoutes(exported: Body[]): FakeArmRoute[] {
  const subscriptions = [...new Set(exported.map((b) => String(b.id).split('/')[2]!))];
  const bodies = [...exported, ...subscriptions.flatMap(roleDefinitions)];
  const byId = new Map(bodies.map((b) => [key(String(b.id)), b]));
  const scopes = new Set<string>();
  for (const id of byId.keys()) {
    const [, , sub, rgWord, rg] = id.split('/');
    scopes.add(`/subscriptions/${sub}`);
    if (rgWord === 'resourcegroups') scopes.add(`/subscriptions/${sub}/resourcegroups/${rg}`);
    scopes.add(id);
  }
  const assignments = bodies.filter((b) => String(b.type).toLowerCase() === 'microsoft.authorization/roleassignments');

  function reply(req: FakeArmRequest): FakeArmReply | undefined {
    const path = key(req.path);
    const scope = [...scopes].filter((s) => path.startsWith(`${s}/`)).sort((a, b) => b.length - a.length)[0];
    if (!scope) return undefined;
    if (!req.query.get('api-version')) return { status: 400, body: armError('MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.') };
    const body = byId.get(path);
    if (body) return { status: 200, body };
    if (ROLE_ASSIGNMENTS.test(path)) {
      const at = parentOf(parentOf(parentOf(path)));
      const atScopeOnly = /atScope\(\)/i.test(req.query.get('$filter') ?? '');
      const within = (s: string) => at === s || at.startsWith(`${s}/`) || (!atScopeOnly && s.startsWith(`${at}/`));
      return { status: 200, body: { value: assignments.filter((a) => within(key(String((a.properties as Body).scope)))) } };
    }
    const listed = bodies.filter((b) => parentOf(key(String(b.id))) === path);
    const rest = path.slice(scope.length + 1).split('/');
    const typed = rest[0] === 'providers' ? rest.slice(2) : rest;
    if (listed.length || typed.length % 2 === 1) return { status: 200, body: { value: listed } };
    return { status: 404, body: armError('ResourceNotFound', `The Resource '${req.path}' was not found.`) };
  }

  return [{ method: 'GET', path: /^\/subscriptions\/[^/]+\/.+/i, reply }];
}
