import type { Node } from './properties.ts';

/**
 * How complete a body without a `properties` bag is. az CLI prints many resources flattened
 * (`az aks show`, `az postgres flexible-server show`, `az monitor diagnostic-settings list`): the
 * properties sit at the root, and every property of the SDK model is printed, unset ones as null,
 * so the body is as complete as ARM's. Resource Graph projections (`project id, type,
 * kubernetesVersion`) also put properties at the root, but only the columns someone selected.
 * A lone `provisioningState` tells the two apart no better than a guess; the keys each command
 * always prints do. A flattened body is taken for complete only when it has all of them.
 */
const FLATTENED_SHAPES: Readonly<Record<string, readonly string[]>> = {
  // az aks show / create / update
  'microsoft.containerservice/managedclusters': ['provisioningState', 'kubernetesVersion', 'dnsPrefix', 'agentPoolProfiles', 'networkProfile', 'nodeResourceGroup'],
  // az aks nodepool show / add
  'microsoft.containerservice/managedclusters/agentpools': ['provisioningState', 'orchestratorVersion', 'mode', 'osType', 'vmSize', 'count'],
  // az postgres flexible-server show / az mysql flexible-server show: `state`, no provisioningState
  'microsoft.dbforpostgresql/flexibleservers': ['state', 'version', 'fullyQualifiedDomainName', 'network', 'backup', 'storage'],
  'microsoft.dbformysql/flexibleservers': ['state', 'version', 'fullyQualifiedDomainName', 'network', 'backup', 'storage'],
  // az sql server show
  'microsoft.sql/servers': ['state', 'version', 'fullyQualifiedDomainName', 'administratorLogin'],
  // az sql server firewall-rule create / show, az postgres|mysql flexible-server firewall-rule create / show
  'microsoft.sql/servers/firewallrules': ['startIpAddress', 'endIpAddress'],
  'microsoft.dbforpostgresql/flexibleservers/firewallrules': ['startIpAddress', 'endIpAddress'],
  'microsoft.dbformysql/flexibleservers/firewallrules': ['startIpAddress', 'endIpAddress'],
  // az monitor diagnostic-settings list / show
  'microsoft.insights/diagnosticsettings': ['logs', 'metrics'],
  // az security pricing list / show
  'microsoft.security/pricings': ['pricingTier'],
  // az network vnet show / create, az network vnet subnet show, az network nsg show / create
  'microsoft.network/virtualnetworks': ['provisioningState', 'addressSpace', 'subnets', 'virtualNetworkPeerings', 'resourceGuid'],
  'microsoft.network/virtualnetworks/subnets': ['provisioningState', 'privateEndpointNetworkPolicies', 'privateLinkServiceNetworkPolicies'],
  'microsoft.network/networksecuritygroups': ['provisioningState', 'securityRules', 'defaultSecurityRules', 'resourceGuid'],
};

/**
 * Keys of the resource envelope, not of its properties: a row with nothing else (`az resource
 * list` without properties, a Resource Graph row of ids) has no properties to read.
 */
const ENVELOPE = new Set([
  'id', 'name', 'type', 'location', 'tags', 'sku', 'identity', 'kind', 'etag', 'zones', 'plan', 'managedby', 'systemdata',
  'extendedlocation', 'resourcegroup', 'subscriptionid', 'tenantid', 'apiversion', 'resourceid', 'resourcename', 'resourcetype',
  'extensionresourcetype', 'resourcegroupname', 'resources', 'changedtime', 'createdtime', 'provisioningstate',
]);

export interface BodyShape {
  /** Where the properties are read: the bag, the root of a flattened body or projection, or nowhere. */
  properties: Node | undefined;
  /** Whether an absent property takes the API's default (see `ArmResource.complete`). */
  complete: boolean;
}

export function bodyShapeOf(node: Node, type: string): BodyShape {
  const bag = node.child('properties');
  if (bag) return { properties: bag, complete: true };
  // `properties: null` (az resource list, a Resource Graph row that left them out): a fragment.
  if (node.has('properties')) return { properties: undefined, complete: false };
  const shape = FLATTENED_SHAPES[type];
  if (shape?.every((key) => node.has(key))) return { properties: node, complete: true };
  // A projection: what it states is read, what it leaves out is unknown.
  for (const key in node.obj) if (!ENVELOPE.has(key.toLowerCase())) return { properties: node, complete: false };
  return { properties: undefined, complete: false };
}
