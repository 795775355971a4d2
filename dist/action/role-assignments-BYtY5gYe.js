// src/lib/maps.ts
/** Adds `value` to the list under `key`, starting the list when there is none. */
function pushTo(map, key, value) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
/** The value under `key`, made by `make` (and kept) the first time it is asked for; `map` may be a WeakMap. */
function cached(map, key, make) {
	let value = map.get(key);
	if (value === void 0) map.set(key, value = make());
	return value;
}
// src/state/resource.ts
/**
* A tag's value in a saved snapshot: a tag can hold a connection string or a token, and a
* snapshot travels further than a scan, so only tag names are written.
*/
const TAG_VALUE_NOT_KEPT = "<tag value, not kept in snapshots>";
/** One shared ref per resource: a resource gets a finding from every rule, and large estates have hundreds of thousands. */
const REFS = /* @__PURE__ */ new WeakMap();
function refOf(resource) {
	let ref = REFS.get(resource);
	if (!ref) {
		const { id, name, type, subscriptionId, resourceGroup, parent, managedBy } = resource;
		ref = {
			id,
			name,
			type,
			subscriptionId,
			resourceGroup
		};
		if (parent) ref.parent = parent;
		if (managedBy !== void 0) ref.managedBy = managedBy;
		REFS.set(resource, ref);
	}
	return ref;
}
/**
* What tells one subscription's resources from another's: the subscription id, lower case; where
* it is not known (a Terraform configuration that does not state its provider's), the source and
* provider configuration that deploy the resource, so two such configurations are never taken for
* one subscription, and the resources of one are.
*/
function subscriptionScope(resource) {
	const { subscriptionId, origin } = resource;
	return subscriptionId ? subscriptionId.toLowerCase() : `${origin.source} ${origin.provider ?? ""}`;
}
// src/adapters/arm/base.ts
/** The fields every adapted resource shares, taken from the ARM envelope. */
function baseOf(r, defaulted, paths = {}) {
	return {
		id: r.id,
		name: r.name,
		type: r.type,
		subscriptionId: r.subscriptionId,
		resourceGroup: r.resourceGroup,
		location: r.location,
		tags: r.tags,
		origin: {
			source: r.source,
			file: r.node.file,
			pointer: r.node.pointer
		},
		provenance: {
			paths,
			defaulted
		}
	};
}
// src/adapters/arm/resource-id.ts
/**
* Facts read off an ARM resource id. Ids are compared lower-cased: ARM treats them
* case-insensitively and exports do not agree on casing (`resourceGroups`/`resourcegroups`).
*/
const SUBSCRIPTION = /^\/subscriptions\/([^/]+)/i;
const RESOURCE_GROUP = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)/i;
function subscriptionOf(id) {
	return SUBSCRIPTION.exec(id)?.[1]?.toLowerCase();
}
/**
* A child's or extension's id relative to its parent's (`agentPools/system`,
* `providers/Microsoft.Insights/diagnosticSettings/audit`), for evidence on the parent; the whole
* id when it is not under the parent.
*/
function relativeId(parentId, childId) {
	const prefix = parentId.length + 1;
	return childId.length > prefix && childId[parentId.length] === "/" && childId.slice(0, parentId.length).toLowerCase() === parentId.toLowerCase() ? childId.slice(prefix) : childId;
}
function resourceGroupOf(id) {
	return RESOURCE_GROUP.exec(id)?.[1];
}
/**
* The resource type an id names, lower case: `microsoft.containerservice/managedclusters/agentpools`.
* For an extension resource (`<parent>/providers/Microsoft.Insights/diagnosticSettings/x`) it is the
* extension's type. `/subscriptions/<id>` alone is a subscription.
*/
function typeOfId(id) {
	const providers = lastProvidersSegment(id);
	if (providers < 0) {
		const parts = id.split("/").filter(Boolean);
		return parts.length === 2 && parts[0]?.toLowerCase() === "subscriptions" ? "microsoft.resources/subscriptions" : void 0;
	}
	let type = "";
	let segments = 0;
	for (let start = providers + 9 + 1; start < id.length;) {
		const slash = id.indexOf("/", start);
		const end = slash < 0 ? id.length : slash;
		if (end > start) {
			if (segments === 0) type = id.slice(start, end);
			else if (segments % 2 === 1) type += `/${id.slice(start, end)}`;
			segments++;
		}
		start = end + 1;
	}
	return segments < 3 ? void 0 : type.toLowerCase();
}
/** Where the last `providers` segment (any case) of an id starts; -1 when there is none. Walks the segments from the end without copying them. */
function lastProvidersSegment(id) {
	for (let end = id.length; end > 0;) {
		const start = id.lastIndexOf("/", end - 1) + 1;
		if (end - start === 9 && id.slice(start, end).toLowerCase() === "providers") return start;
		end = start - 1;
	}
	return -1;
}
/**
* The key of the resource that `key` (a lower-cased id) hangs off: an extension resource's target
* (`…/managedclusters/x` for `…/managedclusters/x/providers/microsoft.insights/diagnosticsettings/d`)
* or a child's parent (`…/managedclusters/a` for `…/managedclusters/a/agentpools/b`); undefined for
* a top-level resource.
*/
function parentKeyOf(key) {
	const first = key.indexOf("/providers/");
	if (first < 0) return void 0;
	const last = key.lastIndexOf("/providers/");
	if (first < last) return key.slice(0, last);
	if (key.endsWith("/providers")) return void 0;
	let slashes = 0;
	for (let i = key.indexOf("/", last + 1); i >= 0; i = key.indexOf("/", i + 1)) slashes++;
	return slashes > 3 ? key.slice(0, key.lastIndexOf("/", key.lastIndexOf("/") - 1)) : void 0;
}
/** Lower-cased id, the key every index over resources uses. */
function idKey(id) {
	return id.toLowerCase();
}
/** The last segment of an id: the resource's own name (a child's without its parent's, `server/db` → `db`). */
function nameOf(id) {
	return id.slice(id.replace(/\/$/, "").lastIndexOf("/") + 1).replace(/\/$/, "");
}
/** The VNet a subnet id names (`…/virtualNetworks/v/subnets/s` → `…/virtualNetworks/v`); undefined for anything else. */
function virtualNetworkOfSubnet(subnetId) {
	return /^(.*\/virtualnetworks\/[^/]+)\/subnets\/[^/]+\/?$/i.exec(subnetId)?.[1];
}
// src/adapters/arm/fields.ts
/**
* Decides, field by field, between what the source said, the API's documented default,
* and unknown. ARM omits unset properties from the bodies it returns, so in a complete body
* an absent property has its default; in a fragment nothing can be assumed.
*/
var FieldReader = class FieldReader {
	defaulted = [];
	complete;
	prefix;
	constructor(complete, prefix = "", defaulted) {
		this.complete = complete;
		this.prefix = prefix;
		if (defaulted) this.defaulted = defaulted;
	}
	/**
	* Stated value; else the API default when the body is complete; else unknown (null). A stated
	* null (the source spells the property twice with conflicting values) stays unknown: no default.
	*/
	read(path, stated, apiDefault) {
		if (stated === null) return null;
		if (stated !== void 0) return stated;
		if (this.complete && apiDefault !== void 0) {
			this.defaulted.push(this.prefix + path);
			return apiDefault;
		}
		return null;
	}
	/** Stated value or unknown: for properties whose absence proves nothing (preview-only, version-dependent). */
	stated(stated) {
		return stated ?? null;
	}
	/** A reader for a nested object (an agent pool) that records into the same list. */
	nested(prefix, complete = this.complete) {
		return new FieldReader(complete, this.prefix + prefix, this.defaulted);
	}
};
// src/state/gitops.ts
const FLUX_CONFIGURATION = "microsoft.kubernetesconfiguration/fluxconfigurations";
// src/state/managed-identity.ts
/** An OIDC issuer URL as compared: without case or a trailing slash (AKS publishes one, people copy it without). */
function issuerKey(url) {
	return url.toLowerCase().replace(/\/+$/, "");
}
// src/state/monitoring.ts
/** ARM types (lower case), for coverage questions: whether every rule of a subscription was read. */
const METRIC_ALERT = "microsoft.insights/metricalerts";
const PROMETHEUS_RULE_GROUP = "microsoft.alertsmanagement/prometheusrulegroups";
const SCHEDULED_QUERY_RULE = "microsoft.insights/scheduledqueryrules";
const ACTION_GROUP = "microsoft.insights/actiongroups";
// src/state/application-gateway.ts
/** The kind of a WAF policy, as coverage names what was read. */
const WAF_POLICY = "microsoft.network/applicationgatewaywebapplicationfirewallpolicies";
// src/adapters/arm/network-children.ts
/**
* Network resources carry their sub-resources (subnets, security rules, routes, peerings)
* both inline in the body and as separate child resources (`az network vnet subnet list`,
* PowerShell exports with nested `resources`). Both are merged by name; a separate resource
* is a fuller read of the same item, so it wins.
*
* Known when the body is complete (ARM omits empty arrays, and a body omitting the array
* has none), when the array is stated, or when the input carried the resource's children;
* null otherwise.
*/
function mergeChildren(r, index, inlineKey, childType, fromInline, fromChild) {
	const inline = propsOf(r).children(inlineKey);
	const children = index.attachedTo(r.id, childType);
	if (!inline && children.length === 0 && !r.complete && !index.includesChildrenOf(r.id)) return null;
	const byName = /* @__PURE__ */ new Map();
	inline?.forEach((node, i) => {
		const item = fromInline(node, i);
		byName.set(item.name.toLowerCase(), item);
	});
	for (const child of children) {
		const item = fromChild(child);
		byName.set(item.name.toLowerCase(), item);
	}
	return [...byName.values()];
}
/** The properties bag; az CLI's network commands print it flattened onto the resource. */
function propsOf(r) {
	return r.properties ?? r.node;
}
/** An inline sub-resource's properties: nested in REST bodies, flattened by az CLI. */
function itemProps(node) {
	return node.child("properties") ?? node;
}
/** The last segment of a child resource's name (`vnet/subnet` in PowerShell exports → `subnet`). */
function childName(child) {
	return child.name.slice(child.name.lastIndexOf("/") + 1);
}
/**
* Where a separate child resource sits, for evidence on its parent: its id relative to the
* parent's (`securityRules/allow-ssh`), or the whole id when it is not under the parent.
*/
function childAt(parent, child) {
	const prefix = parent.id.length + 1;
	return child.id.length > prefix && child.id[parent.id.length] === "/" && idKey(child.id.slice(0, parent.id.length)) === idKey(parent.id) ? child.id.slice(prefix) : child.id;
}
/**
* `{ id }` reference (`networkSecurityGroup`, `routeTable`, `natGateway`): its id; false when
* the source states it as null (az CLI prints unset references so) or, in a complete body,
* omits it (ARM omits unset references); null when the source did not say.
*/
function association(n, key, f, statePath) {
	const ref = n.child(key);
	if (ref) return ref.string("id") ?? false;
	if (n.has(key)) return false;
	return f.read(statePath, void 0, false);
}
/** Ids of an array of `{ id }` references (`subnets`, `networkInterfaces`, `publicIpAddresses`). */
function referenceIds(n, key, f, statePath) {
	const refs = n?.children(key);
	return f.read(statePath, refs?.flatMap((ref) => ref.string("id") ?? []), []);
}
/** A singular property and its plural form together (`sourceAddressPrefix` + `sourceAddressPrefixes`); null when neither is stated. */
function singularAndPlural(n, singular, plural) {
	const one = n.string(singular);
	const many = n.strings(plural);
	if (one === void 0 && many === void 0) return null;
	if (one === null || many === null) return null;
	return [...one === void 0 || one === "" ? [] : [one], ...many ?? []];
}
// src/adapters/arm/application-gateways.ts
const APPLICATION_GATEWAY = "microsoft.network/applicationgateways";
/** Where each field is read in the resource's body. */
const APPLICATION_GATEWAY_PATHS = {
	skuTier: "properties.sku.tier",
	firewallPolicyId: "properties.firewallPolicy.id",
	wafConfiguration: "properties.webApplicationFirewallConfiguration"
};
const WAF_POLICY_PATHS = {
	state: "properties.policySettings.state",
	mode: "properties.policySettings.mode"
};
/** `Microsoft.Network/applicationGateways` → ApplicationGateway (Microsoft.Network 2024-05-01). */
function adaptApplicationGateways(index) {
	return index.ofType(APPLICATION_GATEWAY).map((r) => {
		const f = new FieldReader(r.complete);
		const p = propsOf(r);
		return {
			...baseOf(r, f.defaulted, APPLICATION_GATEWAY_PATHS),
			skuTier: f.stated(p.child("sku")?.string("tier")),
			firewallPolicyId: association(p, "firewallPolicy", f, "firewallPolicyId"),
			wafConfiguration: wafConfigurationOf(p.child("webApplicationFirewallConfiguration"), p.has("webApplicationFirewallConfiguration"), f)
		};
	});
}
/** The inline WAF configuration: `enabled` and `firewallMode` are required by ARM, so neither has a default. */
function wafConfigurationOf(n, stated, f) {
	if (n) return {
		enabled: n.bool("enabled") ?? null,
		firewallMode: n.string("firewallMode") ?? null
	};
	return stated ? false : f.read("wafConfiguration", void 0, false);
}
/** `Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies` → WafPolicy. The spec documents no default for state or mode. */
function adaptWafPolicies(index) {
	return index.ofType(WAF_POLICY).map((r) => {
		const settings = propsOf(r).child("policySettings");
		return {
			...baseOf(r, [], WAF_POLICY_PATHS),
			state: settings?.string("state") ?? null,
			mode: settings?.string("mode") ?? null
		};
	});
}
// src/state/network.ts
/** The kind of a public IP address, as coverage names what was read. */
const PUBLIC_IP_ADDRESS = "microsoft.network/publicipaddresses";
// src/adapters/arm/network-egress.ts
const ROUTE_TABLE = "microsoft.network/routetables";
const ROUTE = "microsoft.network/routetables/routes";
const NAT_GATEWAY = "microsoft.network/natgateways";
const PUBLIC_IP = PUBLIC_IP_ADDRESS;
/** A scale set instance's public IP (`az vmss list-instance-public-ips`): node pools with node public IPs have these. */
const SCALE_SET_PUBLIC_IP = "microsoft.compute/virtualmachinescalesets/virtualmachines/networkinterfaces/ipconfigurations/publicipaddresses";
const ROUTE_TABLE_PATHS = {
	routes: "properties.routes",
	subnetIds: "properties.subnets"
};
const NAT_GATEWAY_PATHS = {
	subnetIds: "properties.subnets",
	publicIpAddressIds: "properties.publicIpAddresses"
};
const PUBLIC_IP_PATHS = {
	ipAddress: "properties.ipAddress",
	ipConfigurationId: "properties.ipConfiguration.id",
	nodeHolder: "properties.ipConfiguration.id",
	attached: "properties.ipConfiguration",
	skuName: "sku.name"
};
/** Ip configurations of network interfaces and of scale set instances: the nodes themselves, not a load balancer frontend. */
const NODE_IP_CONFIGURATION = /\/providers\/microsoft\.network\/networkinterfaces\/[^/]+\/ipconfigurations\/|\/providers\/microsoft\.compute\/virtualmachinescalesets\/[^/]+\/virtualmachines\//i;
/** `Microsoft.Network/routeTables` → RouteTable, with inline and separate routes. */
function adaptRouteTables(index) {
	return index.ofType(ROUTE_TABLE).map((r) => {
		const f = new FieldReader(r.complete);
		return {
			...baseOf(r, f.defaulted, ROUTE_TABLE_PATHS),
			routes: mergeChildren(r, index, "routes", ROUTE, (n, i) => adaptRoute(n, n.string("name") ?? String(i), `properties.routes[${i}]`), (child) => adaptRoute(child.node, childName(child), childAt(r, child))),
			subnetIds: referenceIds(propsOf(r), "subnets", f, "subnetIds")
		};
	});
}
function adaptRoute(node, name, path) {
	const n = itemProps(node);
	return {
		name,
		addressPrefix: n.string("addressPrefix") ?? null,
		nextHopType: n.string("nextHopType") ?? null,
		nextHopIpAddress: n.string("nextHopIpAddress") ?? null,
		path
	};
}
/** `Microsoft.Network/natGateways` → NatGateway. */
function adaptNatGateways(index) {
	return index.ofType(NAT_GATEWAY).map((r) => {
		const f = new FieldReader(r.complete);
		const p = propsOf(r);
		return {
			...baseOf(r, f.defaulted, NAT_GATEWAY_PATHS),
			subnetIds: referenceIds(p, "subnets", f, "subnetIds"),
			publicIpAddressIds: referenceIds(p, "publicIpAddresses", f, "publicIpAddressIds")
		};
	});
}
/** `Microsoft.Network/publicIPAddresses` and scale set instance public IPs → PublicIpAddress. */
function adaptPublicIpAddresses(index) {
	return [...index.ofType(PUBLIC_IP), ...index.ofType(SCALE_SET_PUBLIC_IP)].map(adaptPublicIpAddress);
}
function adaptPublicIpAddress(r) {
	const f = new FieldReader(r.complete);
	const p = propsOf(r);
	const ipConfigurationId = p.child("ipConfiguration")?.string("id") ?? null;
	const natGateway = p.child("natGateway")?.string("id");
	const stated = ipConfigurationId !== null || natGateway !== void 0 ? true : p.has("ipConfiguration") ? false : void 0;
	return {
		...baseOf(r, f.defaulted, PUBLIC_IP_PATHS),
		ipAddress: p.string("ipAddress") ?? null,
		ipConfigurationId,
		nodeHolder: nodeHolderOf(ipConfigurationId),
		attached: f.read("attached", stated, false),
		skuName: f.stated(r.node.child("sku")?.string("name"))
	};
}
/** `scale set aks-nodepool1-vmss instance 0` or `network interface nic-1` when the ip configuration is a node's; null otherwise. */
function nodeHolderOf(ipConfigurationId) {
	if (!ipConfigurationId || !NODE_IP_CONFIGURATION.test(ipConfigurationId)) return null;
	const parts = ipConfigurationId.split("/");
	const at = (type) => parts[parts.findIndex((p) => p.toLowerCase() === type) + 1];
	const vmss = at("virtualmachinescalesets");
	return vmss ? `scale set ${vmss} instance ${at("virtualmachines")}` : `network interface ${at("networkinterfaces")}`;
}
// src/adapters/arm/network-nsgs.ts
const NETWORK_SECURITY_GROUP = "microsoft.network/networksecuritygroups";
const SECURITY_RULE = "microsoft.network/networksecuritygroups/securityrules";
/** Where each NSG field is read in its body. */
const NSG_PATHS = {
	securityRules: "properties.securityRules",
	subnetIds: "properties.subnets",
	networkInterfaceIds: "properties.networkInterfaces"
};
/**
* `Microsoft.Network/networkSecurityGroups` → NetworkSecurityGroup. `defaultSecurityRules` are
* not read: the platform fixes them (virtual network and load balancer in, everything else denied).
*/
function adaptNetworkSecurityGroups(index) {
	return index.ofType(NETWORK_SECURITY_GROUP).map((r) => adaptNetworkSecurityGroup(r, index));
}
function adaptNetworkSecurityGroup(r, index) {
	const f = new FieldReader(r.complete);
	const p = propsOf(r);
	return {
		...baseOf(r, f.defaulted, NSG_PATHS),
		securityRules: mergeChildren(r, index, "securityRules", SECURITY_RULE, (n, i) => adaptRule(itemProps(n), n.string("name") ?? String(i), `properties.securityRules[${i}]`), (child) => adaptRule(propsOf(child), childName(child), childAt(r, child))),
		subnetIds: referenceIds(p, "subnets", f, "subnetIds"),
		networkInterfaceIds: referenceIds(p, "networkInterfaces", f, "networkInterfaceIds")
	};
}
/**
* Direction, access, protocol and priority are required by ARM: there is no default to assume.
* So are each side's addresses (or application security groups) and the ports: a rule whose
* source, destination or ports are stated by neither the singular nor the plural property
* cannot be judged, whether the body is complete or not.
*/
function adaptRule(n, name, path) {
	const sourceGroups = (n.children("sourceApplicationSecurityGroups")?.length ?? 0) > 0;
	const destinationGroups = (n.children("destinationApplicationSecurityGroups")?.length ?? 0) > 0;
	return {
		name,
		direction: n.string("direction") ?? null,
		access: n.string("access") ?? null,
		protocol: n.string("protocol") ?? null,
		priority: n.number("priority") ?? null,
		sourceAddressPrefixes: addresses(n, "sourceAddressPrefix", "sourceAddressPrefixes", sourceGroups),
		sourceApplicationSecurityGroups: sourceGroups,
		destinationAddressPrefixes: addresses(n, "destinationAddressPrefix", "destinationAddressPrefixes", destinationGroups),
		destinationApplicationSecurityGroups: destinationGroups,
		destinationPortRanges: nonEmpty(singularAndPlural(n, "destinationPortRange", "destinationPortRanges")),
		path
	};
}
/** One side's address prefixes: none at all is unknown, unless application security groups name that side. */
function addresses(n, singular, plural, groups) {
	const prefixes = singularAndPlural(n, singular, plural);
	return groups ? prefixes ?? [] : nonEmpty(prefixes);
}
function nonEmpty(values) {
	return values?.length ? values : null;
}
// src/adapters/arm/network-vnets.ts
const VIRTUAL_NETWORK = "microsoft.network/virtualnetworks";
const SUBNET = "microsoft.network/virtualnetworks/subnets";
const PEERING = "microsoft.network/virtualnetworks/virtualnetworkpeerings";
/** Where each VNet field is read in its body. */
const VNET_PATHS = {
	addressPrefixes: "properties.addressSpace.addressPrefixes",
	subnets: "properties.subnets",
	peerings: "properties.virtualNetworkPeerings"
};
/** Where each subnet field is read, relative to the subnet's properties (`at`). */
const SUBNET_PATHS = {
	addressPrefixes: "addressPrefix",
	networkSecurityGroupId: "networkSecurityGroup.id",
	routeTableId: "routeTable.id",
	natGatewayId: "natGateway.id",
	delegations: "delegations"
};
/**
* `Microsoft.Network/virtualNetworks` → VirtualNetwork, with its subnets and peerings. Subnets
* exported without their VNet (`az network vnet subnet show`) are placed in a VNet known only
* through them, so that a pool's `vnetSubnetID` finds them as it finds a subnet in its VNet's body.
*/
function adaptVirtualNetworks(index) {
	const vnets = index.ofType(VIRTUAL_NETWORK);
	const read = new Set(vnets.map((r) => idKey(r.id)));
	const orphans = /* @__PURE__ */ new Map();
	for (const subnet of index.ofType(SUBNET)) {
		const key = idKey(vnetIdOf(subnet));
		if (!read.has(key)) pushTo(orphans, key, subnet);
	}
	return [...vnets.map((r) => adaptVirtualNetwork(r, index)), ...[...orphans.values()].map(vnetOfSubnets)];
}
/**
* The VNet a subnet belongs to: the VNet it is nested under, else the one its id names
* (`…/virtualNetworks/v/subnets/s`). PSRule exports also nest subnets under the cluster that uses them.
*/
function vnetIdOf(subnet) {
	if (subnet.parentId && typeOfId(subnet.parentId) === "microsoft.network/virtualnetworks") return subnet.parentId;
	return virtualNetworkOfSubnet(subnet.id) ?? subnet.id;
}
/** A VNet the input holds only subnets of: its own properties and peerings are unknown. */
function vnetOfSubnets(subnets) {
	const first = subnets[0];
	const id = vnetIdOf(first);
	const distinct = [...new Map(subnets.map((child) => [idKey(child.id), child])).values()];
	const vnet = {
		...baseOf(first, [], VNET_PATHS),
		id,
		name: nameOf(id),
		type: VIRTUAL_NETWORK,
		location: null,
		tags: {},
		addressPrefixes: null,
		subnets: null,
		peerings: null
	};
	vnet.subnets = distinct.map((child) => separateSubnet(child, vnet));
	return vnet;
}
function adaptVirtualNetwork(r, index) {
	const f = new FieldReader(r.complete);
	const p = propsOf(r);
	const vnet = {
		...baseOf(r, f.defaulted, VNET_PATHS),
		addressPrefixes: f.stated(p.child("addressSpace")?.strings("addressPrefixes")),
		subnets: null,
		peerings: mergeChildren(r, index, "virtualNetworkPeerings", PEERING, (n) => adaptPeering(n, n.string("name") ?? ""), (child) => adaptPeering(child.node, childName(child)))
	};
	vnet.subnets = mergeChildren(r, index, "subnets", SUBNET, (n, i) => {
		const name = n.string("name") ?? String(i);
		return adaptSubnet(itemProps(n), {
			...subnetBase(vnet, n.string("id") ?? `${r.id}/subnets/${name}`, name),
			origin: vnet.origin
		}, `properties.subnets[${i}]`, r.complete);
	}, (child) => separateSubnet(child, vnet));
	return vnet;
}
/** A separate `virtualNetworks/subnets` resource: read at its own body's `properties`. */
function separateSubnet(child, vnet) {
	const base = baseOf(child, []);
	return adaptSubnet(propsOf(child), {
		...subnetBase(vnet, child.id, childName(child)),
		origin: base.origin
	}, "properties", child.complete);
}
/** What a subnet takes from its VNet: place, and the VNet as its parent. */
function subnetBase(vnet, id, name) {
	const { subscriptionId, resourceGroup, location } = vnet;
	return {
		id,
		name,
		type: SUBNET,
		subscriptionId,
		resourceGroup,
		location,
		tags: {},
		parent: refOf(vnet)
	};
}
function adaptSubnet(n, base, at, complete) {
	const f = new FieldReader(complete);
	return {
		...base,
		provenance: {
			paths: SUBNET_PATHS,
			at,
			defaulted: f.defaulted
		},
		addressPrefixes: singularAndPlural(n, "addressPrefix", "addressPrefixes"),
		networkSecurityGroupId: association(n, "networkSecurityGroup", f, "networkSecurityGroupId"),
		routeTableId: association(n, "routeTable", f, "routeTableId"),
		natGatewayId: association(n, "natGateway", f, "natGatewayId"),
		delegations: f.read("delegations", n.children("delegations")?.flatMap((d) => itemProps(d).string("serviceName") ?? []), [])
	};
}
function adaptPeering(node, name) {
	const n = itemProps(node);
	return {
		name,
		remoteVirtualNetworkId: n.child("remoteVirtualNetwork")?.string("id") ?? null,
		peeringState: n.string("peeringState") ?? null
	};
}
// src/adapters/arm/private-link.ts
const PRIVATE_ENDPOINT = "microsoft.network/privateendpoints";
const DNS_ZONE_GROUP = "microsoft.network/privateendpoints/privatednszonegroups";
const PRIVATE_DNS_ZONE = "microsoft.network/privatednszones";
const VIRTUAL_NETWORK_LINK = "microsoft.network/privatednszones/virtualnetworklinks";
/** Where each private endpoint field is read; its DNS zones come from its `privateDnsZoneGroups` children. */
const ENDPOINT_PATHS = {
	subnetId: "properties.subnet.id",
	virtualNetwork: "properties.subnet.id",
	connections: "properties.privateLinkServiceConnections",
	"connections[].status": "properties.privateLinkServiceConnections[].privateLinkServiceConnectionState.status",
	privateDnsZoneIds: "privateDnsZoneGroups[].privateDnsZoneConfigs[].privateDnsZoneId"
};
/** Where each private DNS zone field is read: its links are child `virtualNetworkLinks` resources. */
const ZONE_PATHS = {
	virtualNetworkLinks: "virtualNetworkLinks",
	"virtualNetworkLinks[].virtualNetwork": "virtualNetworkLinks[].virtualNetwork.id"
};
/** ARM types this adapter reads. */
const PRIVATE_LINK_TYPES = [
	PRIVATE_ENDPOINT,
	DNS_ZONE_GROUP,
	PRIVATE_DNS_ZONE,
	VIRTUAL_NETWORK_LINK
];
/**
* `Microsoft.Network/privateEndpoints` → PrivateEndpoint. None of the fields read has an API
* default (a private endpoint always has a subnet and at least one connection), so absence
* in a fragment is unknown and nothing is recorded in `defaulted[]`.
*/
function adaptPrivateEndpoints(index) {
	return index.ofType(PRIVATE_ENDPOINT).map((r) => adaptPrivateEndpoint(r, index));
}
function adaptPrivateEndpoint(r, index) {
	const p = r.properties;
	const subnetId = p?.child("subnet")?.string("id") ?? null;
	return {
		...baseOf(r, [], ENDPOINT_PATHS),
		subnetId,
		virtualNetwork: subnetId ? virtualNetworkRef(subnetId) : null,
		connections: connectionsOf(p),
		privateDnsZoneIds: zoneIdsOf(r, index)
	};
}
/** Automatic and manual (approval-workflow) connections: both reach a service, only their approval differs. */
function connectionsOf(p) {
	const automatic = p?.children("privateLinkServiceConnections");
	const manual = p?.children("manualPrivateLinkServiceConnections");
	if (!automatic && !manual) return null;
	return [...automatic ?? [], ...manual ?? []].map((c) => {
		const n = c.child("properties") ?? c;
		return {
			targetId: n.string("privateLinkServiceId") ?? null,
			groupIds: n.strings("groupIds") ?? [],
			status: n.child("privateLinkServiceConnectionState")?.string("status") ?? null
		};
	});
}
/**
* Zones named by the endpoint's `privateDnsZoneGroups` children. Known (possibly empty) when
* the input carried the endpoint's children or any zone group of it; null otherwise: list
* exports and Resource Graph leave child resources out, so their absence proves nothing.
*/
function zoneIdsOf(r, index) {
	const groups = index.attachedTo(r.id, DNS_ZONE_GROUP);
	if (groups.length === 0 && !index.includesChildrenOf(r.id)) return null;
	const ids = /* @__PURE__ */ new Map();
	for (const group of groups) for (const config of group.properties?.children("privateDnsZoneConfigs") ?? []) {
		const id = (config.child("properties") ?? config).string("privateDnsZoneId");
		if (id) ids.set(id.toLowerCase(), id);
	}
	return [...ids.values()];
}
/** `Microsoft.Network/privateDnsZones` → PrivateDnsZone, with its virtual network links. */
function adaptPrivateDnsZones(index) {
	return index.ofType(PRIVATE_DNS_ZONE).map((r) => ({
		...baseOf(r, [], ZONE_PATHS),
		virtualNetworkLinks: linksOf(r, index)
	}));
}
/**
* The zone's virtual network links, when the input is known to hold all of them: it carried
* the zone's children, or as many links as the zone's own `numberOfVirtualNetworkLinks`
* (Resource Graph and REST zone bodies state it, so a zone with none is known-empty).
*/
function linksOf(zone, index) {
	const found = index.attachedTo(zone.id, VIRTUAL_NETWORK_LINK);
	const count = zone.properties?.number("numberOfVirtualNetworkLinks");
	if (!(index.includesChildrenOf(zone.id) || typeof count === "number" && found.length >= count)) return null;
	return found.map((link) => {
		const vnet = link.properties?.child("virtualNetwork")?.string("id");
		return {
			name: nameOf(link.id),
			virtualNetwork: vnet ? {
				id: vnet,
				name: nameOf(vnet)
			} : null,
			registrationEnabled: link.properties?.bool("registrationEnabled") ?? null
		};
	});
}
/** The VNet a subnet id names, with its name; null when the id names no VNet's subnet. */
function virtualNetworkRef(subnetId) {
	const vnet = virtualNetworkOfSubnet(subnetId);
	return vnet ? {
		id: vnet,
		name: nameOf(vnet)
	} : null;
}
// src/state/virtual-machine.ts
/** The kinds the operator-access rule reads, as coverage names them. */
const VIRTUAL_MACHINE = "microsoft.compute/virtualmachines";
const NETWORK_INTERFACE = "microsoft.network/networkinterfaces";
// src/adapters/arm/virtual-machines.ts
const BASTION_HOST = "microsoft.network/bastionhosts";
/** Where each field is read in the resource's body. */
const VIRTUAL_MACHINE_PATHS = { networkInterfaceIds: "properties.networkProfile.networkInterfaces" };
const NETWORK_INTERFACE_PATHS = {
	ipConfigurations: "properties.ipConfigurations",
	networkSecurityGroupId: "properties.networkSecurityGroup.id",
	virtualMachineId: "properties.virtualMachine.id"
};
const BASTION_PATHS = { virtualNetworkId: "properties.ipConfigurations[0].properties.subnet.id" };
/** `Microsoft.Compute/virtualMachines` → VirtualMachine. Property names follow the Compute 2024-07-01 REST API. */
function adaptVirtualMachines(index) {
	return index.ofType(VIRTUAL_MACHINE).map((r) => {
		const refs = propsOf(r).child("networkProfile")?.children("networkInterfaces");
		return {
			...baseOf(r, [], VIRTUAL_MACHINE_PATHS),
			networkInterfaceIds: refs ? refs.flatMap((ref) => ref.string("id") ?? []) : null
		};
	});
}
/** `Microsoft.Network/networkInterfaces` → NetworkInterface (Microsoft.Network 2024-05-01). */
function adaptNetworkInterfaces(index) {
	return index.ofType(NETWORK_INTERFACE).map((r) => {
		const f = new FieldReader(r.complete);
		const p = propsOf(r);
		const configurations = p.children("ipConfigurations");
		return {
			...baseOf(r, f.defaulted, NETWORK_INTERFACE_PATHS),
			ipConfigurations: configurations?.length ? configurations.map((n, i) => ipConfigurationOf(n, i, r.complete)) : null,
			networkSecurityGroupId: association(p, "networkSecurityGroup", f, "networkSecurityGroupId"),
			virtualMachineId: f.stated(p.child("virtualMachine")?.string("id"))
		};
	});
}
/** A public IP stated, stated as none (null), or left out of a complete body (none: ARM omits unset references). */
function ipConfigurationOf(node, i, complete) {
	const n = itemProps(node);
	const publicIp = n.child("publicIPAddress");
	const publicIpAddressId = publicIp ? publicIp.string("id") ?? null : n.has("publicIPAddress") || complete ? false : null;
	return {
		name: node.string("name") ?? String(i),
		subnetId: n.child("subnet")?.string("id") ?? null,
		publicIpAddressId,
		path: `properties.ipConfigurations[${i}]`
	};
}
/** `Microsoft.Network/bastionHosts` → BastionHost: the VNet of its `AzureBastionSubnet`, or the Developer SKU's `virtualNetwork`. */
function adaptBastionHosts(index) {
	return index.ofType(BASTION_HOST).map((r) => {
		const p = propsOf(r);
		const subnetId = p.children("ipConfigurations")?.[0]?.child("properties")?.child("subnet")?.string("id");
		const developer = p.child("virtualNetwork")?.string("id");
		return {
			...baseOf(r, [], developer ? { virtualNetworkId: "properties.virtualNetwork.id" } : BASTION_PATHS),
			virtualNetworkId: developer ?? (subnetId ? virtualNetworkOfSubnet(subnetId) ?? null : null)
		};
	});
}
// src/adapters/arm/network.ts
/** ARM types this adapter reads. */
const NETWORK_TYPES = [
	VIRTUAL_NETWORK,
	SUBNET,
	PEERING,
	NETWORK_SECURITY_GROUP,
	SECURITY_RULE,
	ROUTE_TABLE,
	ROUTE,
	NAT_GATEWAY,
	PUBLIC_IP,
	SCALE_SET_PUBLIC_IP,
	...PRIVATE_LINK_TYPES,
	NETWORK_INTERFACE,
	BASTION_HOST,
	APPLICATION_GATEWAY,
	WAF_POLICY
];
/** The networking around the clusters. Property names follow the Microsoft.Network 2026-01-01 REST API. */
function adaptNetwork(index) {
	return {
		virtualNetworks: adaptVirtualNetworks(index),
		subnetReferences: [],
		networkSecurityGroups: adaptNetworkSecurityGroups(index),
		routeTables: adaptRouteTables(index),
		natGateways: adaptNatGateways(index),
		publicIpAddresses: adaptPublicIpAddresses(index),
		privateEndpoints: adaptPrivateEndpoints(index),
		privateDnsZones: adaptPrivateDnsZones(index),
		networkInterfaces: adaptNetworkInterfaces(index),
		bastionHosts: adaptBastionHosts(index),
		applicationGateways: adaptApplicationGateways(index),
		wafPolicies: adaptWafPolicies(index)
	};
}
/**
* The state with `network.subnetReferences`: every subnet its resources name (node pools,
* injected servers and caches; a private endpoint carries its VNet itself) that no VNet in it holds, placed in the VNet
* its id names. Done once the whole state is adapted, as the references come from every family.
*/
function withSubnetReferences(state) {
	const read = new Set(state.network.virtualNetworks.flatMap((vnet) => vnet.subnets ?? []).map((subnet) => idKey(subnet.id)));
	const references = /* @__PURE__ */ new Map();
	for (const id of namedSubnets(state)) {
		const key = idKey(id);
		const virtualNetwork = virtualNetworkRef(id);
		if (read.has(key) || references.has(key) || !virtualNetwork) continue;
		references.set(key, {
			id,
			name: nameOf(id),
			virtualNetwork
		});
	}
	return {
		...state,
		network: {
			...state.network,
			subnetReferences: [...references.values()]
		}
	};
}
function* namedSubnets(state) {
	for (const cluster of state.clusters) for (const pool of cluster.agentPools ?? []) if (pool.vnetSubnetId) yield pool.vnetSubnetId;
	for (const server of [...state.postgresFlexibleServers, ...state.mysqlFlexibleServers]) if (server.network.delegatedSubnetResourceId) yield server.network.delegatedSubnetResourceId;
	for (const cache of state.redisCaches) if (cache.subnetId) yield cache.subnetId;
}
// src/state/built-in-roles.ts
const role = (name, privileged, keyVault) => ({
	name,
	privileged,
	keyVault
});
const BUILT_IN_ROLES = /* @__PURE__ */ new Map([
	["8e3af657-a8ff-443c-a75c-2fe8c4bcb635", role("Owner", true, "access")],
	["b24988ac-6180-42a0-ab88-20f7382dd24c", role("Contributor", true, "access")],
	["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9", role("User Access Administrator", true, "access")],
	["f58310d9-a9f6-439a-9e8d-f62e7b41a168", role("Role Based Access Control Administrator", true, "access")],
	["acdd72a7-3385-48ef-bd42-f606fba81ae7", role("Reader", false, null)],
	["f25e0fa2-a7c8-4377-a976-54943a77a395", role("Key Vault Contributor", false, "access")],
	["8b54135c-b56d-4d72-a534-26097cfdc8d8", role("Key Vault Data Access Administrator", false, "access")],
	["00482a5a-887f-4fb3-b363-3b7fe8e74483", role("Key Vault Administrator", false, "data-write")],
	["b86a8fe4-44ce-4948-aee5-eccb2c155cd7", role("Key Vault Secrets Officer", false, "data-write")],
	["a4417e6f-fecd-4de8-b567-7b0420556985", role("Key Vault Certificates Officer", false, "data-write")],
	["14b46e9e-c2b7-41b4-b07b-48a6ebf60603", role("Key Vault Crypto Officer", false, "data-write")],
	["4633458b-17de-408a-b874-0445c86b69e6", role("Key Vault Secrets User", false, "data-read")],
	["db79e9a7-68ee-4b58-9aeb-b90e7c24fcba", role("Key Vault Certificate User", false, "data-read")],
	["12338af0-0e69-4776-bea7-57ae8d297424", role("Key Vault Crypto User", false, "data-read")],
	["e147488a-f6f5-4113-8e2d-b22465e65bf6", role("Key Vault Crypto Service Encryption User", false, "data-read")],
	["08bbd89e-9f13-488c-ac41-acfcb10c90ab", role("Key Vault Crypto Service Release User", false, "data-read")],
	["21090545-7ca7-4776-b22c-e363652d74d2", role("Key Vault Reader", false, "data-read")]
]);
const BY_NAME = new Map([...BUILT_IN_ROLES.values()].map((r) => [r.name.toLowerCase(), r]));
const GUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s*$/i;
/** The built-in role a role definition id names (its last segment is the role's GUID); undefined for any other. */
function builtInRoleOfId(roleDefinitionId) {
	const guid = GUID.exec(roleDefinitionId)?.[1];
	return guid === void 0 ? void 0 : BUILT_IN_ROLES.get(guid.toLowerCase());
}
/** The built-in role of that name: a custom role cannot take a built-in role's name, so the name alone identifies it. */
function builtInRoleNamed(name) {
	return BY_NAME.get(name.trim().toLowerCase());
}
// src/adapters/arm/role-assignments.ts
const ROLE_ASSIGNMENT = "microsoft.authorization/roleassignments";
/** Source path of each state field a rule reports on, in the REST body. */
const ROLE_ASSIGNMENT_PATHS = {
	scope: "properties.scope",
	scopeLevel: "properties.scope",
	roleDefinitionId: "properties.roleDefinitionId",
	roleName: "properties.roleDefinitionId",
	principalId: "properties.principalId",
	principalType: "properties.principalType"
};
const ASSIGNMENT_SUFFIX = /\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/i;
/** `Microsoft.Authorization/roleAssignments` → RoleAssignment. Property names per the 2022-04-01 REST API; nothing is defaulted. */
function adaptRoleAssignments(index) {
	return index.ofType(ROLE_ASSIGNMENT).map(adaptAssignment);
}
function adaptAssignment(r) {
	const f = new FieldReader(false);
	const p = r.properties;
	const scope = p?.string("scope") ?? (ASSIGNMENT_SUFFIX.test(r.id) ? r.id.replace(ASSIGNMENT_SUFFIX, "") || "/" : void 0);
	const roleDefinitionId = p?.string("roleDefinitionId");
	const named = p?.string("roleDefinitionName");
	const role = (roleDefinitionId ? builtInRoleOfId(roleDefinitionId) : void 0) ?? (named ? builtInRoleNamed(named) : void 0);
	return {
		...baseOf(r, f.defaulted, ROLE_ASSIGNMENT_PATHS),
		scope: f.stated(scope),
		scopeLevel: scope ? scopeLevelOf(scope) : null,
		roleDefinitionId: f.stated(roleDefinitionId),
		roleName: role?.name ?? null,
		principalId: f.stated(p?.string("principalId")),
		principalType: f.stated(p?.string("principalType")),
		principalResourceId: null
	};
}
/** What an ARM scope id names: `/providers/Microsoft.Management/managementGroups/<name>`, `/subscriptions/<id>`, a resource group or a resource under it. */
function scopeLevelOf(scope) {
	const s = scope.replace(/\/+$/, "");
	if (/^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/i.test(s)) return "managementGroup";
	if (/^\/subscriptions\/[^/]+$/i.test(s)) return "subscription";
	if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/i.test(s)) return "resourceGroup";
	if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/.+/i.test(s)) return "resource";
	return null;
}
export { TAG_VALUE_NOT_KEPT as A, nameOf as C, subscriptionOf as D, resourceGroupOf as E, subscriptionScope as M, cached as N, typeOfId as O, pushTo as P, idKey as S, relativeId as T, PROMETHEUS_RULE_GROUP as _, builtInRoleOfId as a, FLUX_CONFIGURATION as b, withSubnetReferences as c, VIRTUAL_MACHINE as d, virtualNetworkRef as f, METRIC_ALERT as g, ACTION_GROUP as h, builtInRoleNamed as i, refOf as j, baseOf as k, adaptVirtualMachines as l, WAF_POLICY as m, adaptRoleAssignments as n, NETWORK_TYPES as o, PUBLIC_IP_ADDRESS as p, scopeLevelOf as r, adaptNetwork as s, ROLE_ASSIGNMENT as t, NETWORK_INTERFACE as u, SCHEDULED_QUERY_RULE as v, parentKeyOf as w, FieldReader as x, issuerKey as y };
