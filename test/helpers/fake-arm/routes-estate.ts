import { readFileSync } from 'node:fs';
import { armError, type FakeArmReply, type FakeArmRequest, type FakeArmRoute } from './server.ts';
import { resourceGraphRow, type FakeEstate } from './routes-inventory.ts';

/**
 * An ARM export served as a live Azure would serve it: the resources Resource Graph indexes as its
 * rows, and every body (children and extension resources included) behind the per-service reads
 * that follow the inventory: `GET <id>` returns the body, `GET <collection>` under a subscription,
 * resource group or resource of the estate lists what the export holds there (none is an empty
 * list, as ARM answers), and a role assignment list at a scope holds those at, above and below it
 * (at and above with `$filter=atScope()`). What the export does not hold is a 404.
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

const key = (path: string): string => path.toLowerCase().replace(/\/+$/, '');
const parentOf = (id: string): string => id.slice(0, id.lastIndexOf('/'));
const ROLE_ASSIGNMENTS = /\/providers\/microsoft\.authorization\/roleassignments$/;

export function estateRoutes(bodies: Body[]): FakeArmRoute[] {
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
