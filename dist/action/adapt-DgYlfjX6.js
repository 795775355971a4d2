import { t as emptyState } from "./state-BaxEFh_U.js";
import { C as nameOf, M as subscriptionScope, _ as PROMETHEUS_RULE_GROUP, a as builtInRoleOfId, b as FLUX_CONFIGURATION$1, c as withSubnetReferences, d as VIRTUAL_MACHINE, f as virtualNetworkRef, g as METRIC_ALERT, h as ACTION_GROUP, i as builtInRoleNamed, j as refOf, m as WAF_POLICY, r as scopeLevelOf, u as NETWORK_INTERFACE, v as SCHEDULED_QUERY_RULE, y as issuerKey } from "./role-assignments-BYtY5gYe.js";
import { r as Unknown } from "./model-D6nq99Po.js";
// src/adapters/terraform/attributes.ts
/**
* Reads a Terraform resource's attributes into state fields, recording for each where it came
* from (the attribute path and its line), whether it is the provider's documented default,
* and why it is unknown. One reader per resource instance.
*
* An attribute may have several spellings across azurerm versions (`enable_node_public_ip` in
* v3, `node_public_ip_enabled` in v4): every spelling is read, and two that disagree make the
* field unknown, never the more protective of the two.
*/
var AttributeReader = class AttributeReader {
	provenance;
	resource;
	ids;
	prefix;
	constructor(resource, ids, prefix = "", provenance) {
		this.resource = resource;
		this.ids = ids;
		this.prefix = prefix;
		this.provenance = provenance ?? {
			paths: {},
			defaulted: [],
			defaultNotes: {},
			unknown: {},
			lines: {}
		};
	}
	/** A reader for a nested block (`default_node_pool[0]`) recording into its own provenance, its paths relative to it. */
	block(prefix) {
		return new AttributeReader(this.resource, this.ids, `${this.prefix}${prefix}.`, {
			paths: {},
			at: prefix,
			defaulted: [],
			defaultNotes: {},
			unknown: {},
			lines: {}
		});
	}
	/**
	* The identity an attribute refers to (a pool's subnet): the referenced resource's, or an ARM id
	* written out; null when unset (nothing to join) or, with the reason, when it cannot be resolved.
	*/
	target(statePath, name) {
		const path = this.prefix + name;
		const raw = valueAt(this.resource.values, path);
		const id = this.ids?.target(this.resource, path) ?? null;
		if (id === null && raw !== void 0 && raw !== null) this.provenance.unknown[statePath] = raw instanceof Unknown ? `${raw.reason}, and refers to no resource of this configuration` : "not a resource of this configuration or an ARM id";
		return this.record(statePath, name, id);
	}
	/**
	* The field at `statePath` from the first stated of `names` (attribute paths, newest spelling
	* first), parsed by `parse` (undefined when the value has the wrong type). Unset in the
	* configuration → `unset` when the provider documents one (pass undefined when it does not,
	* or when it depends on a provider version that is not known). A value a plan holds for an
	* attribute its configuration does not write is the provider's: stated by no one, so defaulted.
	*/
	read(statePath, names, parse, unset) {
		const spellings = typeof names === "string" ? [names] : names;
		let found;
		let unknown;
		for (const name of spellings) {
			const raw = valueAt(this.resource.values, this.prefix + name);
			if (raw === void 0 || raw === null) continue;
			if (raw instanceof Unknown) {
				unknown ??= {
					name,
					reason: raw.reason
				};
				continue;
			}
			const value = parse(raw);
			if (value === void 0) {
				unknown ??= {
					name,
					reason: firstUnknown(raw)?.reason ?? `not of the type the provider expects (${describe(raw)})`
				};
				continue;
			}
			if (found && !same(found.value, value)) return this.conflict(statePath, found.name);
			if (found) found.names.push(name);
			else found = {
				name,
				value,
				names: [name]
			};
		}
		if (found) {
			const note = this.providerFilled(found.names);
			if (note !== void 0) this.defaulted(statePath, note);
			return this.record(statePath, found.name, found.value);
		}
		if (unknown) {
			this.provenance.unknown[statePath] = unknown.reason;
			return this.record(statePath, unknown.name, null);
		}
		const name = spellings[0];
		if (unset === void 0) {
			this.provenance.unknown[statePath] = "not set in the configuration, and the provider documents no default for it";
			return this.record(statePath, name, null);
		}
		this.defaulted(statePath, DOCUMENTED_DEFAULT);
		return this.record(statePath, name, unset);
	}
	/** Whether an optional block is present (`oms_agent`: present means the add-on is on); unknown when the block is. */
	present(statePath, name) {
		return this.read(statePath, name, (v) => Array.isArray(v) ? v.length > 0 : void 0, false);
	}
	/** A field azurerm has no attribute for, whose value follows from that (a cluster it creates runs no pod identity). */
	fixed(statePath, value, why) {
		this.provenance.paths[statePath] = `(${why})`;
		this.provenance.defaulted.push(statePath);
		return value;
	}
	/** A field the source cannot say, with why (and the attribute it would be, when there is one). */
	unknowable(statePath, why, name) {
		this.provenance.unknown[statePath] = why;
		return name === void 0 ? null : this.record(statePath, name, null);
	}
	/** The raw value of an attribute path, for lists of nested blocks the caller walks. */
	raw(name) {
		return valueAt(this.resource.values, this.prefix + name);
	}
	/**
	* Why a value a plan holds is the provider's, when no spelling that holds it is written in the
	* configuration: undefined when one is, or when that cannot be told (no configuration, a `dynamic` block).
	*/
	providerFilled(names) {
		const { configured, values, action } = this.resource;
		if (!configured) return void 0;
		if (names.some((name) => configured.writes(this.prefix + name, values) !== false)) return void 0;
		return action === "update" || action === "no-op" ? PROVIDER_KEPT : PROVIDER_FILLED;
	}
	defaulted(statePath, note) {
		this.provenance.defaulted.push(statePath);
		this.provenance.defaultNotes[statePath] = note;
	}
	record(statePath, name, value) {
		this.provenance.paths[statePath] = name;
		const line = this.resource.lines[this.prefix + name];
		if (line !== void 0) this.provenance.lines[statePath] = line;
		return value;
	}
	conflict(statePath, name) {
		(this.provenance.conflicting ??= []).push(statePath);
		return this.record(statePath, name, null);
	}
};
const DOCUMENTED_DEFAULT = "not set in the configuration; this is the provider default";
const PROVIDER_FILLED = "not set in the configuration; the plan holds the provider default";
/** An existing resource keeps, for an attribute the configuration leaves out, what it has (or the provider resets it to its default). */
const PROVIDER_KEPT = "not set in the configuration; the plan holds the provider default or the value the resource already has";
/** The value at `a[0].b`, undefined where the path leaves the value; an Unknown on the way is the answer. */
function valueAt(values, path) {
	let value = values;
	for (const segment of path.split(".")) {
		const m = /^([^[]+)((?:\[\d+\])*)$/.exec(segment);
		if (!m) return void 0;
		const steps = [m[1], ...[...(m[2] ?? "").matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
		for (const step of steps) {
			if (value instanceof Unknown) return value;
			if (typeof step === "number") value = Array.isArray(value) ? value[step] : void 0;
			else value = value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, step) ? value[step] : void 0;
			if (value === void 0) return void 0;
		}
	}
	return value;
}
const asBool = (v) => typeof v === "boolean" ? v : void 0;
const asString = (v) => typeof v === "string" ? v : void 0;
const asNumber = (v) => typeof v === "number" ? v : void 0;
/** A list (or set) of strings; an unknown element makes the whole list unknown rather than shorter. */
const asStrings = (v) => Array.isArray(v) && v.every((e) => typeof e === "string") ? v : void 0;
/** The first unknown inside a list or object: a list with one unknown element is not a shorter list. */
function firstUnknown(v) {
	if (v instanceof Unknown) return v;
	if (v === null || typeof v !== "object") return void 0;
	for (const e of Object.values(v)) {
		const found = firstUnknown(e);
		if (found) return found;
	}
}
function same(a, b) {
	return JSON.stringify(a) === JSON.stringify(b);
}
function describe(v) {
	return Array.isArray(v) ? "a list" : v === null ? "null" : typeof v === "object" ? "an object" : `a ${typeof v}`;
}
/** A nested block's object (not an unknown, not a list). */
function isBlock(v) {
	return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Unknown);
}
// src/adapters/terraform/base.ts
/**
* The fields every adapted resource shares, from a Terraform instance: identity, the name
* and resource group it will have (when the configuration states them), its tags, where its
* block is and the waivers written on it. `type` is the Azure resource type the instance creates.
*/
function tfBase(r, type, ids, f) {
	const name = r.values.name;
	const group = r.values.resource_group_name;
	const location = r.values.location;
	const base = {
		id: ids.idOf(r),
		name: typeof name === "string" ? name : r.address,
		type,
		subscriptionId: ids.subscriptionOf(r),
		resourceGroup: typeof group === "string" ? group : null,
		location: typeof location === "string" ? location.toLowerCase().replaceAll(" ", "") : null,
		tags: tagsOf(r),
		origin: originOf(r),
		provenance: f.provenance
	};
	if (r.inlineWaivers) base.inlineWaivers = r.inlineWaivers;
	return base;
}
/** Where an instance is declared, and the provider configuration deploying it. */
function originOf(r) {
	const origin = {
		source: r.source,
		file: r.file,
		line: r.line,
		address: r.address
	};
	if (r.provider) origin.provider = r.provider.key;
	return origin;
}
/** Tags whose names and values are known; an unknown tag map is taken as none (rules read tags for scoping only). */
function tagsOf(r) {
	const tags = r.values.tags;
	if (tags === null || typeof tags !== "object" || Array.isArray(tags)) return {};
	return Object.fromEntries(Object.entries(tags).filter((e) => typeof e[1] === "string"));
}
// src/adapters/terraform/diagnostic-settings.ts
const DIAGNOSTIC_SETTING = "azurerm_monitor_diagnostic_setting";
const DESTINATIONS = [
	"log_analytics_workspace_id",
	"storage_account_id",
	"eventhub_authorization_rule_id",
	"partner_solution_id"
];
/**
* The `azurerm_monitor_diagnostic_setting`s whose `target_resource_id` is the resource's. None in
* the configuration proves nothing (landing zones deploy them by Azure Policy, outside it), so
* that is unknown, as is a setting whose logs cannot be read (a dynamic block over unknown values).
*/
function diagnosticSettingsOf(targetId, index, f) {
	f.provenance.paths.diagnosticSettings = DIAGNOSTIC_SETTING;
	const settings = [];
	for (const r of index.referring(targetId, DIAGNOSTIC_SETTING, "target_resource_id")) {
		const setting = settingOf(r, index);
		if (setting === null) {
			f.provenance.unknown.diagnosticSettings = `the logs of ${r.address} cannot be read before apply`;
			return null;
		}
		settings.push(setting);
	}
	if (settings.length > 0) return settings;
	f.provenance.unknown.diagnosticSettings = "not in this configuration, and its absence proves none: Azure Policy often deploys them outside Terraform";
	return null;
}
function settingOf(r, index) {
	const categories = [];
	const groups = [];
	for (const block of ["enabled_log", "log"]) {
		const entries = valueAt(r.values, block);
		if (entries === void 0 || entries === null) continue;
		if (!Array.isArray(entries)) return null;
		for (const entry of entries) {
			if (!isBlock(entry)) return null;
			if (block === "log" && entry.enabled === false) continue;
			const { category, category_group: group } = entry;
			if (typeof category === "string" && category !== "") categories.push(category);
			else if (typeof group === "string" && group !== "") groups.push(group);
			else if (category !== null || group !== null) return null;
		}
	}
	const hasDestination = DESTINATIONS.some((a) => r.references[a] !== void 0 || typeof valueAt(r.values, a) === "string");
	const f = index.reader(r);
	f.provenance.paths.categories = f.provenance.paths.categoryGroups = valueAt(r.values, "log") ? "log" : "enabled_log";
	return {
		...tfBase(r, "microsoft.insights/diagnosticsettings", index.ids, f),
		categories,
		categoryGroups: groups,
		hasDestination
	};
}
// src/adapters/terraform/aks.ts
const CLUSTER$1 = "azurerm_kubernetes_cluster";
const NODE_POOL = "azurerm_kubernetes_cluster_node_pool";
const AGENT_POOL = "microsoft.containerservice/managedclusters/agentpools";
const AKS_TYPES = [CLUSTER$1, NODE_POOL];
/** What a Terraform configuration cannot say about a cluster: what AKS reports once it runs. */
const LIVE_ONLY = "what AKS reports once the cluster runs, not in a Terraform configuration";
/**
* `azurerm_kubernetes_cluster` (with its `azurerm_kubernetes_cluster_node_pool`s) → AksCluster.
* Names and defaults per the provider's documentation at v3.117, v4.20 and v5.2.
*/
function adaptClusters(index) {
	return index.ofType(CLUSTER$1).map((r) => adaptCluster(r, index));
}
function adaptCluster(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.containerservice/managedclusters", index.ids, f);
	const identityType = f.read("identity.type", "identity[0].type", asString);
	const aad = f.raw("azure_active_directory_role_based_access_control");
	const aadBlock = Array.isArray(aad) && aad.length > 0;
	return {
		...base,
		apiVersion: null,
		provisioningState: null,
		kubernetesVersion: f.read("kubernetesVersion", "kubernetes_version", asString),
		skuTier: f.read("skuTier", "sku_tier", asString, "Free"),
		supportPlan: f.read("supportPlan", "support_plan", asString, "KubernetesOfficial"),
		fqdn: f.unknowable("fqdn", LIVE_ONLY, "fqdn"),
		privateFqdn: f.unknowable("privateFqdn", LIVE_ONLY, "private_fqdn"),
		nodeResourceGroup: f.read("nodeResourceGroup", "node_resource_group", asString),
		apiServer: {
			privateCluster: f.read("apiServer.privateCluster", "private_cluster_enabled", asBool, false),
			privateClusterPublicFqdn: f.read("apiServer.privateClusterPublicFqdn", "private_cluster_public_fqdn_enabled", asBool, false),
			authorizedIpRanges: f.read("apiServer.authorizedIpRanges", ["api_server_access_profile[0].authorized_ip_ranges", "api_server_authorized_ip_ranges"], asStrings, []),
			vnetIntegration: f.read("apiServer.vnetIntegration", ["api_server_access_profile[0].virtual_network_integration_enabled", "api_server_access_profile[0].vnet_integration_enabled"], asBool, false)
		},
		identity: {
			type: identityType,
			servicePrincipalClientId: identityType !== null ? servicePrincipalOf(f) : f.read("identity.servicePrincipalClientId", "service_principal[0].client_id", asString)
		},
		oidcIssuerEnabled: f.read("oidcIssuerEnabled", "oidc_issuer_enabled", asBool, index.byMajor({
			3: false,
			4: false,
			5: true
		})),
		workloadIdentityEnabled: f.read("workloadIdentityEnabled", "workload_identity_enabled", asBool, false),
		podIdentityEnabled: f.fixed("podIdentityEnabled", false, "azurerm has no pod-identity setting: a cluster it creates runs none"),
		localAccountsDisabled: f.read("localAccountsDisabled", "local_account_disabled", asBool, false),
		aad: {
			managed: aadBlock ? f.read("aad.managed", "azure_active_directory_role_based_access_control[0].managed", asBool, index.byMajor({
				3: false,
				4: true,
				5: true
			})) : f.present("aad.managed", "azure_active_directory_role_based_access_control"),
			azureRbac: f.read("aad.azureRbac", "azure_active_directory_role_based_access_control[0].azure_rbac_enabled", asBool, false)
		},
		rbacEnabled: f.read("rbacEnabled", "role_based_access_control_enabled", asBool, true),
		network: {
			plugin: f.read("network.plugin", "network_profile[0].network_plugin", asString),
			pluginMode: f.read("network.pluginMode", "network_profile[0].network_plugin_mode", asString),
			policy: f.read("network.policy", "network_profile[0].network_policy", asString, "none"),
			dataplane: f.read("network.dataplane", ["network_profile[0].network_data_plane", "network_profile[0].ebpf_data_plane"], asString, "azure"),
			outboundType: f.read("network.outboundType", "network_profile[0].outbound_type", asString, "loadBalancer"),
			podLinkLocalAccess: f.unknowable("network.podLinkLocalAccess", LIVE_ONLY, "network_profile[0].pod_link_local_access")
		},
		defenderEnabled: f.present("defenderEnabled", "microsoft_defender"),
		kmsEnabled: f.present("kmsEnabled", "key_management_service"),
		addons: addonsOf(f),
		containerInsightsEnabled: f.fixed("containerInsightsEnabled", false, "azurerm sets Container insights only as the oms_agent add-on"),
		autoUpgradeChannel: f.read("autoUpgradeChannel", ["automatic_upgrade_channel", "automatic_channel_upgrade"], asString, "none"),
		nodeOsUpgradeChannel: f.read("nodeOsUpgradeChannel", ["node_os_upgrade_channel", "node_os_channel_upgrade"], asString, index.byMajor({
			3: void 0,
			4: "NodeImage",
			5: "NodeImage"
		})),
		agentPools: agentPoolsOf(base, f, index),
		diagnosticSettings: diagnosticSettingsOf(base.id, index, f)
	};
}
/** A cluster with a managed identity uses it in place of a service principal: `msi`, as ARM says. */
function servicePrincipalOf(f) {
	const sp = f.raw("service_principal");
	if (Array.isArray(sp) && sp.length > 0) return f.read("identity.servicePrincipalClientId", "service_principal[0].client_id", asString);
	f.provenance.paths["identity.servicePrincipalClientId"] = "identity[0].type";
	return "msi";
}
/**
* Add-ons by their state names: azurerm spells each as a flag or a block whose presence turns
* it on. Only the config entries rules read are kept (the workspace, secret rotation, AGIC's gateway).
*/
function addonsOf(f) {
	const config = (entries) => Object.fromEntries(Object.entries(entries).flatMap(([k, v]) => typeof v === "string" || typeof v === "boolean" ? [[k, String(v)]] : []));
	return {
		azurePolicy: {
			enabled: f.read("addons.azurePolicy.enabled", "azure_policy_enabled", asBool, false),
			config: {}
		},
		httpApplicationRouting: {
			enabled: f.read("addons.httpApplicationRouting.enabled", "http_application_routing_enabled", asBool, false),
			config: {}
		},
		containerInsights: {
			enabled: f.present("addons.containerInsights.enabled", "oms_agent"),
			config: config({ logAnalyticsWorkspaceId: f.raw("oms_agent[0].log_analytics_workspace_id") })
		},
		keyVaultSecretsProvider: {
			enabled: f.present("addons.keyVaultSecretsProvider.enabled", "key_vault_secrets_provider"),
			config: config({ secretRotation: f.raw("key_vault_secrets_provider[0].secret_rotation_enabled") })
		},
		applicationGatewayIngress: {
			enabled: f.present("addons.applicationGatewayIngress.enabled", "ingress_application_gateway"),
			config: agicConfig(f)
		}
	};
}
/** The gateway AGIC uses: the one `gateway_id` refers to (a gateway of the configuration or an ARM id), or the one it created. */
function agicConfig(f) {
	const given = f.target("addons.applicationGatewayIngress.config.applicationGatewayId", "ingress_application_gateway[0].gateway_id");
	const effective = f.raw("ingress_application_gateway[0].effective_gateway_id");
	return {
		...given && { applicationGatewayId: given },
		...typeof effective === "string" && { effectiveApplicationGatewayId: effective }
	};
}
/**
* The default node pool (a System pool, in the cluster's block) and the
* `azurerm_kubernetes_cluster_node_pool`s whose `kubernetes_cluster_id` refers to the cluster.
*/
function agentPoolsOf(cluster, f, index) {
	const parent = refOf(cluster);
	const pools = [];
	const builtIn = f.raw("default_node_pool");
	if (Array.isArray(builtIn) && builtIn.length > 0) {
		const p = f.block("default_node_pool[0]");
		const name = p.read("name", "name", asString) ?? "default";
		const base = {
			...cluster,
			id: `${cluster.id}/agentPools/${name}`,
			name,
			tags: {},
			provenance: p.provenance,
			parent
		};
		pools.push(poolOf(p, base, p.fixed("mode", "System", "the default node pool is the System pool")));
	}
	for (const pool of index.referring(cluster.id, NODE_POOL, "kubernetes_cluster_id")) {
		const p = index.reader(pool);
		const base = {
			...tfBase(pool, AGENT_POOL, index.ids, p),
			parent
		};
		pools.push(poolOf(p, base, p.read("mode", "mode", asString, "User")));
	}
	return pools;
}
/** A pool's settings, in the names azurerm 3 (`enable_*`) and 4+ (`*_enabled`) give them. */
function poolOf(p, base, mode) {
	const autoscaling = p.read("enableAutoScaling", ["auto_scaling_enabled", "enable_auto_scaling"], asBool, false);
	return {
		...base,
		type: AGENT_POOL,
		mode,
		count: p.read("count", "node_count", asNumber),
		orchestratorVersion: p.read("orchestratorVersion", "orchestrator_version", asString),
		poolType: p.read("poolType", "type", asString, "VirtualMachineScaleSets"),
		scaleMinNodes: p.unknowable("scaleMinNodes", LIVE_ONLY, "node_count"),
		osType: p.read("osType", "os_type", asString, "Linux"),
		vmSize: p.read("vmSize", "vm_size", asString),
		enableNodePublicIP: p.read("enableNodePublicIP", ["node_public_ip_enabled", "enable_node_public_ip"], asBool, false),
		enableEncryptionAtHost: p.read("enableEncryptionAtHost", ["host_encryption_enabled", "enable_host_encryption"], asBool, false),
		availabilityZones: p.read("availabilityZones", ["zones", "availability_zones"], asStrings, []),
		enableAutoScaling: autoscaling,
		minCount: autoscaling === false ? p.fixed("minCount", null, "min_count applies only with autoscaling") : p.read("minCount", "min_count", asNumber),
		maxCount: autoscaling === false ? p.fixed("maxCount", null, "max_count applies only with autoscaling") : p.read("maxCount", "max_count", asNumber),
		vnetSubnetId: p.target("vnetSubnetId", "vnet_subnet_id")
	};
}
// src/adapters/terraform/gitops.ts
const FLUX_CONFIGURATION = "azurerm_kubernetes_flux_configuration";
/** Each source block, the source kind it declares, and the attribute naming where it pulls from. */
const SOURCES = [
	{
		block: "git_repository",
		kind: "GitRepository",
		url: "url"
	},
	{
		block: "bucket",
		kind: "Bucket",
		url: "url"
	},
	{
		block: "blob_storage",
		kind: "AzureBlob",
		url: "container_id"
	}
];
/**
* `azurerm_kubernetes_flux_configuration` → FluxConfiguration (v3.x to v5). `suspend` is the
* inverse of `continuous_reconciliation_enabled` (documented default true). Compliance is what
* the cluster reports once Flux runs: no configuration holds it.
*/
function adaptFluxConfigurations(index) {
	return index.ofType(FLUX_CONFIGURATION).map((r) => adaptConfiguration(r, index));
}
function adaptConfiguration(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, FLUX_CONFIGURATION$1, index.ids, f);
	const continuous = f.read("suspend", "continuous_reconciliation_enabled", asBool, true);
	const source = SOURCES.find(({ block }) => Array.isArray(f.raw(block)) && f.raw(block).length > 0);
	return {
		...base,
		clusterId: f.target("clusterId", "cluster_id"),
		suspend: continuous === null ? null : !continuous,
		complianceState: f.unknowable("complianceState", "the state the cluster reports once Flux reconciles: not in a Terraform configuration or plan; scan the estate live"),
		sourceKind: source ? source.kind : f.unknowable("sourceKind", "no git_repository, bucket or blob_storage block is known"),
		sourceUrl: source ? f.read("sourceUrl", `${source.block}[0].${source.url}`, asString) : null
	};
}
// src/adapters/terraform/identities.ts
const ARM_ID = /^\/subscriptions\/([^/]+)\//i;
/**
* Source-neutral identity for Terraform resources, and joins through references. A resource
* that already exists (an update or no-op in a plan) keeps its ARM id, so it is the same
* resource an ARM export or a live read names; one not yet created is its address, qualified by
* its configuration's path when another configuration scanned with it declares the same address
* (`shared`): both may declare `azurerm_kubernetes_cluster.main`, two clusters, not one to merge.
*/
var Identities = class {
	byAddress = /* @__PURE__ */ new Map();
	/** Addresses without their last index: a reference to `azurerm_subnet.nodes` when only `nodes[0]` exists. */
	byBlock = /* @__PURE__ */ new Map();
	shared;
	constructor(resources, shared) {
		this.shared = shared;
		for (const r of resources) {
			this.byAddress.set(r.address, r);
			const block = r.address.replace(/\[[^\]]*\]$/, "");
			const list = this.byBlock.get(block);
			if (list) list.push(r);
			else this.byBlock.set(block, [r]);
		}
	}
	/** The resource's identity: its ARM id when known, else its address (qualified when shared). */
	idOf(resource) {
		if (hasArmId(resource)) return resource.values.id;
		return this.shared?.addresses.has(resource.address) ? `${this.shared.scope}:${resource.address}` : resource.address;
	}
	/**
	* The subscription of a resource: its ARM id's, else the one its azurerm provider configuration
	* states; null when neither says (the runner's environment or Azure CLI would, at apply).
	*/
	subscriptionOf(resource) {
		const id = resource.values.id;
		return (typeof id === "string" ? ARM_ID.exec(id)?.[1]?.toLowerCase() : void 0) ?? resource.provider?.subscriptionId ?? null;
	}
	/**
	* The identity of a resource a subscription holds once (a Defender pricing): its ARM id, also
	* before apply when the subscription is known (`/subscriptions/<id>/providers/<type>/<name>`),
	* so that a plan and an export of the applied resource name it alike; else its address.
	*/
	subscriptionChildId(resource, type, name) {
		const id = this.idOf(resource);
		const subscription = this.subscriptionOf(resource);
		return ARM_ID.test(id) || subscription === null ? id : `/subscriptions/${subscription}/providers/${type}/${name}`;
	}
	/** The resource an address names: exactly, or the only instance of its block. */
	resolve(address) {
		const exact = this.byAddress.get(address);
		if (exact) return exact;
		const instances = this.byBlock.get(address);
		return instances?.length === 1 ? instances[0] : void 0;
	}
	/**
	* The identity an attribute refers to: the referenced resource's, when the configuration
	* references one; else the attribute's own value when it is an ARM id written out (or read by
	* a data source); else null (unknown).
	*/
	target(resource, attributePath) {
		const address = resource.references[attributePath];
		const referenced = address === void 0 ? void 0 : this.resolve(address);
		if (referenced) return this.idOf(referenced);
		const value = valueAt(resource.values, attributePath);
		return typeof value === "string" && ARM_ID.test(value) ? value : null;
	}
};
/**
* For each configuration (or plan) scanned together, the addresses of resources not yet created
* that another one declares too. Only those are qualified: every other finding keeps the bare
* address a reviewer knows, however many configurations a scan names.
*/
function sharedAddresses(configurations) {
	const addresses = configurations.map((resources) => new Set(resources.filter((r) => !hasArmId(r)).map((r) => r.address)));
	const declaredBy = /* @__PURE__ */ new Map();
	for (const set of addresses) for (const address of set) declaredBy.set(address, (declaredBy.get(address) ?? 0) + 1);
	return configurations.map((resources, i) => {
		const shared = new Set([...addresses[i]].filter((address) => declaredBy.get(address) > 1));
		const source = resources[0]?.source;
		return shared.size && source ? {
			scope: source.replace(/^terraform:/, ""),
			addresses: shared
		} : void 0;
	});
}
function hasArmId(resource) {
	const id = resource.values.id;
	return typeof id === "string" && ARM_ID.test(id);
}
// src/adapters/terraform/index-resources.ts
/**
* The instances of a configuration or plan, indexed once for the family adapters: by type,
* by identity, and by what refers to what. Instances being destroyed are left out: a gate
* judges what the estate will be.
*/
var TfIndex = class {
	ids;
	major;
	byType = /* @__PURE__ */ new Map();
	/** Target identity (lower case) → the instances referring to it, by the referring attribute. */
	referrers = /* @__PURE__ */ new Map();
	/** `shared`: addresses another configuration of the scan declares too (see Identities). */
	constructor(resources, major, shared) {
		const kept = resources.filter((r) => r.mode === "managed" && r.action !== "delete");
		this.ids = new Identities(resources, shared);
		this.major = major;
		for (const r of kept) {
			const list = this.byType.get(r.type);
			if (list) list.push(r);
			else this.byType.set(r.type, [r]);
		}
		for (const r of kept) for (const attribute of Object.keys(r.references)) {
			const target = this.ids.target(r, attribute);
			if (target === null) continue;
			const key = target.toLowerCase();
			const list = this.referrers.get(key);
			if (list) list.push({
				resource: r,
				attribute
			});
			else this.referrers.set(key, [{
				resource: r,
				attribute
			}]);
		}
	}
	ofType(type) {
		return this.byType.get(type) ?? [];
	}
	types() {
		return this.byType.entries();
	}
	/** Instances of `type` that refer to `targetId` through `attribute` (exact attribute path, or any when omitted). */
	referring(targetId, type, attribute) {
		return (this.referrers.get(targetId.toLowerCase()) ?? []).filter((x) => x.resource.type === type && (attribute === void 0 || x.attribute === attribute)).map((x) => x.resource);
	}
	reader(resource) {
		return new AttributeReader(resource, this.ids);
	}
	/** A documented default that differs between azurerm majors: the one for this configuration's, undefined when that is not known. */
	byMajor(defaults) {
		return this.major === null ? new Set(Object.values(defaults).map((v) => JSON.stringify(v))).size === 1 ? defaults[3] : void 0 : defaults[this.major];
	}
};
// src/adapters/terraform/children.ts
/** Why a field no Terraform configuration holds (a server's running state) is unknown. */
const NOT_IN_CONFIGURATION = "not in a Terraform configuration";
/**
* The instances of `type` that belong to `parent`: through a reference or ARM id in `attribute`
* (`server_id`, or `server_name = azurerm_mysql_flexible_server.main.name`), or, for a name
* attribute (`…_name`) written out, by the parent's name and resource group stated beside it.
*/
function attachedTo(parent, parentId, type, attribute, index) {
	const joined = index.referring(parentId, type, attribute);
	if (!attribute.endsWith("_name")) return joined;
	const { name, resource_group_name: group } = parent.values;
	const byName = index.ofType(type).filter((r) => r.references[attribute] === void 0 && typeof name === "string" && r.values[attribute] === name && r.values.resource_group_name === group);
	return [...joined, ...byName];
}
/**
* A field of `parent`'s state read from another instance (a server's configuration resource),
* into the parent's provenance: the source path is the instance's address and attribute, and
* the line is kept only when both are in the same file.
*/
function readFrom(f, parent, child, statePath, names, parse, unset) {
	const c = new AttributeReader(child);
	const value = c.read(statePath, names, parse, unset);
	const { paths, unknown, defaulted, defaultNotes, conflicting, lines } = c.provenance;
	f.provenance.paths[statePath] = `${child.address}.${paths[statePath] ?? ""}`;
	const reason = unknown[statePath];
	if (reason !== void 0) f.provenance.unknown[statePath] = reason;
	if (defaulted.includes(statePath)) f.provenance.defaulted.push(statePath);
	const note = defaultNotes[statePath];
	if (note !== void 0) f.provenance.defaultNotes[statePath] = note;
	if (conflicting?.includes(statePath)) (f.provenance.conflicting ??= []).push(statePath);
	const line = lines[statePath];
	if (line !== void 0 && child.file === parent.file) f.provenance.lines[statePath] = line;
	return value;
}
/**
* The identity an optional attribute refers to (a delegated subnet, a DNS zone): the referenced
* resource's, known before it exists; null when unset (none) or when its value is unknown.
*/
function referencedId(r, f, index, statePath, attribute) {
	const stated = f.read(statePath, attribute, asString, "");
	return index.ids.target(r, attribute) ?? (stated === "" ? null : stated);
}
/** An optional block left out (`[]`, null or absent): the resource has none. An unknown block is not absent. */
function blockAbsent(f, name) {
	const block = f.raw(name);
	return block === void 0 || block === null || Array.isArray(block) && block.length === 0;
}
// src/adapters/terraform/private-endpoints.ts
const PRIVATE_ENDPOINT = "azurerm_private_endpoint";
const TARGET = "private_service_connection[0].private_connection_resource_id";
/** The private endpoints in the configuration that connect to `targetId`. */
function privateEndpointsTo(targetId, index) {
	return index.referring(targetId, PRIVATE_ENDPOINT, TARGET);
}
/** Their identities: a configuration holds every endpoint it manages, so none is an empty list. */
function privateEndpointIdsOf(targetId, index) {
	return privateEndpointsTo(targetId, index).map((pe) => index.ids.idOf(pe));
}
/**
* The state a connection will be in: one requested as manual waits for the target's owner
* (`Pending`); an automatic one is approved on creation, the deployer holding the right on
* the target (else the apply fails).
*/
function connectionStatusOf(pe, connection = 0) {
	const manual = valueAt(pe.values, `private_service_connection[${connection}].is_manual_connection`);
	return manual === false ? "Approved" : manual === true ? "Pending" : null;
}
// src/adapters/terraform/link-target.ts
/** What every PaaS target of private endpoints shares: its base, public access as read, and the endpoints and diagnostic settings that refer to it. */
function linkTargetOf(base, index, f, publicNetworkAccess) {
	return {
		...base,
		publicNetworkAccess,
		privateEndpointIds: privateEndpointIdsOf(base.id, index),
		diagnosticSettings: diagnosticSettingsOf(base.id, index, f)
	};
}
// src/adapters/terraform/key-vault.ts
const KEY_VAULT = "azurerm_key_vault";
const ACCESS_POLICY = "azurerm_key_vault_access_policy";
const KEY_VAULT_TYPES = [KEY_VAULT, ACCESS_POLICY];
/** `azurerm_key_vault` (with its `azurerm_key_vault_access_policy` resources) → KeyVault. Defaults per the provider's documentation, v3 to v5. */
function adaptKeyVaults(index) {
	return index.ofType(KEY_VAULT).map((r) => adaptKeyVault(r, index));
}
function adaptKeyVault(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.keyvault/vaults", index.ids, f);
	const endpoints = privateEndpointsTo(base.id, index);
	return {
		...base,
		publicNetworkAccess: enabledOf(f.read("publicNetworkAccess", "public_network_access_enabled", asBool, true)),
		privateEndpointIds: privateEndpointIdsOf(base.id, index),
		diagnosticSettings: diagnosticSettingsOf(base.id, index, f),
		apiVersion: null,
		skuName: f.read("skuName", "sku_name", asString),
		enableSoftDelete: f.read("enableSoftDelete", "soft_delete_enabled", asBool, true),
		softDeleteRetentionInDays: f.read("softDeleteRetentionInDays", "soft_delete_retention_days", asNumber, 90),
		enablePurgeProtection: f.read("enablePurgeProtection", "purge_protection_enabled", asBool, false),
		enableRbacAuthorization: f.read("enableRbacAuthorization", ["rbac_authorization_enabled", "enable_rbac_authorization"], asBool, index.byMajor({
			3: false,
			4: false,
			5: void 0
		})),
		networkAcls: networkAclsOf(f),
		accessPolicies: accessPoliciesOf(base.id, f, index),
		privateEndpointConnections: endpoints.map((pe) => ({
			privateEndpointId: index.ids.idOf(pe),
			status: connectionStatusOf(pe)
		}))
	};
}
/** `public_network_access_enabled` in the API's terms. */
function enabledOf(on) {
	return on === null ? null : on ? "Enabled" : "Disabled";
}
/** A vault without a `network_acls` block has no firewall: every network may connect, trusted services included. */
function networkAclsOf(f) {
	const none = blockAbsent(f, "network_acls");
	return {
		defaultAction: f.read("networkAcls.defaultAction", "network_acls[0].default_action", asString, none ? "Allow" : void 0),
		bypass: f.read("networkAcls.bypass", "network_acls[0].bypass", asString, none ? "AzureServices" : void 0),
		ipRules: f.read("networkAcls.ipRules", "network_acls[0].ip_rules", asStrings, []),
		virtualNetworkRules: f.read("networkAcls.virtualNetworkRules", "network_acls[0].virtual_network_subnet_ids", asStrings, [])
	};
}
/** Inline `access_policy` blocks and `azurerm_key_vault_access_policy` resources on the vault; unknown when any cannot be read. */
function accessPoliciesOf(vaultId, f, index) {
	const inline = f.raw("access_policy");
	const blocks = [];
	if (Array.isArray(inline)) inline.forEach((block, i) => blocks.push({
		block,
		path: `access_policy[${i}]`
	}));
	else if (inline !== void 0 && inline !== null) return null;
	for (const policy of index.referring(vaultId, ACCESS_POLICY, "key_vault_id")) blocks.push({
		block: policy.values,
		path: policy.address
	});
	const policies = [];
	for (const { block } of blocks) {
		if (!isBlock(block)) return null;
		const b = block;
		const list = (name) => b[name] === void 0 || b[name] === null ? [] : Array.isArray(b[name]) && b[name].every((p) => typeof p === "string") ? b[name] : null;
		const keys = list("key_permissions"), secrets = list("secret_permissions"), certificates = list("certificate_permissions"), storage = list("storage_permissions");
		if (typeof b.object_id !== "string" || keys === null || secrets === null || certificates === null || storage === null) return null;
		policies.push({
			objectId: b.object_id,
			applicationId: typeof b.application_id === "string" && b.application_id !== "" ? b.application_id : null,
			permissions: {
				keys,
				secrets,
				certificates,
				storage
			}
		});
	}
	return policies;
}
// src/adapters/terraform/container-registry.ts
const CONTAINER_REGISTRY = "azurerm_container_registry";
/**
* `azurerm_container_registry` → ContainerRegistry. Defaults per the provider's documentation,
* v3.117 to v5.2. 4.0 replaced the `trust_policy` and `retention_policy` blocks with
* `trust_policy_enabled` and `retention_policy_in_days`; 5.0 removed `trust_policy_enabled`.
*/
function adaptContainerRegistries(index) {
	return index.ofType(CONTAINER_REGISTRY).map((r) => adaptRegistry(r, index));
}
function adaptRegistry(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.containerregistry/registries", index.ids, f);
	const noRules = blockAbsent(f, "network_rule_set");
	return {
		...linkTargetOf(base, index, f, enabledOf(f.read("publicNetworkAccess", "public_network_access_enabled", asBool, true))),
		sku: f.read("sku", "sku", asString),
		adminUserEnabled: f.read("adminUserEnabled", "admin_enabled", asBool, false),
		anonymousPullEnabled: f.read("anonymousPullEnabled", "anonymous_pull_enabled", asBool, false),
		networkDefaultAction: f.read("networkDefaultAction", "network_rule_set[0].default_action", asString, noRules ? "Allow" : void 0),
		ipRules: f.read("ipRules", "network_rule_set[0].ip_rule", ipRangesOf, noRules ? [] : void 0),
		networkRuleBypassOptions: f.read("networkRuleBypassOptions", "network_rule_bypass_option", asString, "AzureServices"),
		dataEndpointEnabled: f.read("dataEndpointEnabled", "data_endpoint_enabled", asBool),
		policies: policiesOf(f, index)
	};
}
function policiesOf(f, index) {
	return {
		quarantine: status(f.read("policies.quarantine", "quarantine_policy_enabled", asBool)),
		trust: status(f.read("policies.trust", ["trust_policy_enabled", "trust_policy[0].enabled"], asBool, index.byMajor({
			3: void 0,
			4: false,
			5: void 0
		}))),
		retention: status(f.read("policies.retention", ["retention_policy_in_days", "retention_policy[0].enabled"], retentionOn)),
		export: status(f.read("policies.export", "export_policy_enabled", asBool, true))
	};
}
/** `ip_rule { action, ip_range }` blocks → their ranges. */
function ipRangesOf(v) {
	if (!Array.isArray(v)) return void 0;
	const ranges = v.map((rule) => isBlock(rule) && typeof rule.ip_range === "string" ? rule.ip_range : void 0);
	return ranges.every((x) => x !== void 0) ? ranges : void 0;
}
function retentionOn(v) {
	return typeof v === "number" ? v > 0 : asBool(v);
}
/** A policy switch as the API spells its status. */
function status(on) {
	return on === null ? null : on ? "enabled" : "disabled";
}
// src/adapters/terraform/managed-identities.ts
const USER_ASSIGNED_IDENTITY = "azurerm_user_assigned_identity";
const FEDERATED_CREDENTIAL = "azurerm_federated_identity_credential";
const CLUSTER = "azurerm_kubernetes_cluster";
/** The credential's identity: `parent_id` to v4, `user_assigned_identity_id` from v5. */
const PARENT = ["user_assigned_identity_id", "parent_id"];
const MANAGED_IDENTITY_TYPES = [USER_ASSIGNED_IDENTITY, FEDERATED_CREDENTIAL];
/**
* The managed identities a configuration declares: `azurerm_user_assigned_identity` (with the
* `azurerm_federated_identity_credential`s naming it), every resource's `identity` block
* (system-assigned, and the `identity_ids` it uses), and each cluster's `kubelet_identity`.
* Before apply their object ids are not known; role assignments then name them by reference.
*/
function adaptManagedIdentities(index) {
	const issuers = new Map(index.ofType(CLUSTER).flatMap((c) => typeof c.values.oidc_issuer_url === "string" ? [[issuerKey(c.values.oidc_issuer_url), index.ids.idOf(c)]] : []));
	const out = [];
	for (const [type, resources] of index.types()) {
		if (!type.startsWith("azurerm_")) continue;
		for (const r of resources) {
			const id = index.ids.idOf(r);
			if (type === "azurerm_user_assigned_identity") out.push({
				kind: "userAssigned",
				principalId: stringAt(r, "principal_id"),
				resourceId: id,
				clusterId: null,
				federatedCredentials: credentialsOf(id, index, issuers)
			});
			else out.push(...blockIdentities(r, id, index, type === CLUSTER ? id : null));
			if (type === CLUSTER) out.push(...kubelet(r, id, index));
		}
	}
	return out;
}
/**
* A resource's `identity` block: its system-assigned identity, and the user-assigned ones it
* names. A type not known before apply (a variable) may be SystemAssigned: the identity is listed,
* so that a role assignment referencing its `principal_id`, which only a system-assigned identity
* has, is known for a managed identity's.
*/
function blockIdentities(r, id, index, clusterId) {
	const block = valueAt(r.values, "identity[0]");
	if (block === void 0 || block === null) return [];
	const type = stringAt(r, "identity[0].type");
	const out = [];
	if (type === null || /systemassigned/i.test(type)) out.push({
		kind: "systemAssigned",
		principalId: stringAt(r, "identity[0].principal_id"),
		resourceId: id,
		clusterId,
		federatedCredentials: []
	});
	const named = valueAt(r.values, "identity[0].identity_ids");
	const count = Array.isArray(named) ? named.length : 0;
	for (let i = 0; i < count; i++) {
		const target = index.ids.target(r, `identity[0].identity_ids[${i}]`) ?? index.ids.target(r, "identity[0].identity_ids");
		if (target) out.push({
			kind: "userAssigned",
			principalId: null,
			resourceId: target,
			clusterId,
			federatedCredentials: null
		});
	}
	return out;
}
/** The kubelet identity: by the cluster (what `kubelet_identity[0].object_id` references), and by the user-assigned identity it names. */
function kubelet(r, clusterId, index) {
	const principalId = stringAt(r, "kubelet_identity[0].object_id");
	const out = [{
		kind: "kubelet",
		principalId,
		resourceId: clusterId,
		clusterId,
		federatedCredentials: []
	}];
	const named = index.ids.target(r, "kubelet_identity[0].user_assigned_identity_id");
	if (named) out.push({
		kind: "kubelet",
		principalId,
		resourceId: named,
		clusterId,
		federatedCredentials: []
	});
	return out;
}
/** The configuration's federated credentials on the identity: it declares every one it manages. */
function credentialsOf(identityId, index, issuers) {
	const credentials = PARENT.flatMap((attribute) => index.referring(identityId, FEDERATED_CREDENTIAL, attribute));
	return [...new Set(credentials)].map((c) => {
		const issuer = stringAt(c, "issuer");
		const source = c.references.issuer === void 0 ? void 0 : index.ids.resolve(c.references.issuer);
		const clusterId = source?.type === CLUSTER ? index.ids.idOf(source) : issuer === null ? null : issuers.get(issuerKey(issuer)) ?? null;
		return {
			issuer,
			subject: stringAt(c, "subject"),
			clusterId
		};
	});
}
function stringAt(r, path) {
	const value = valueAt(r.values, path);
	return asString(value ?? null) ?? null;
}
// src/adapters/terraform/monitoring.ts
const TF_METRIC_ALERT = "azurerm_monitor_metric_alert";
const TF_RULE_GROUP = "azurerm_monitor_alert_prometheus_rule_group";
const TF_LOG_ALERT = "azurerm_monitor_scheduled_query_rules_alert_v2";
const TF_ACTION_GROUP = "azurerm_monitor_action_group";
const MONITORING_TYPES = [
	TF_METRIC_ALERT,
	TF_RULE_GROUP,
	TF_LOG_ALERT,
	TF_ACTION_GROUP
];
/**
* Alert rules and action groups, per the provider's documentation (v3 to v5): a metric alert's,
* a log search alert's (`_v2`) and an action group's `enabled` default to true; a rule group's `rule_group_enabled` and its
* rules' `enabled` have no documented default, so unset they stay unknown.
*/
function adaptMonitoring(index) {
	return {
		alertRules: [
			...index.ofType(TF_METRIC_ALERT).map((r) => adaptMetricAlert(r, index)),
			...index.ofType(TF_RULE_GROUP).map((r) => adaptRuleGroup(r, index)),
			...index.ofType(TF_LOG_ALERT).map((r) => adaptLogAlert(r, index))
		],
		actionGroups: index.ofType(TF_ACTION_GROUP).map((r) => adaptActionGroup(r, index))
	};
}
function adaptMetricAlert(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, METRIC_ALERT, index.ids, f);
	const enabled = f.read("enabled", "enabled", asBool, true);
	const actions = actionGroupIdsOf(r, "action", index);
	f.provenance.paths.alerts = "action";
	if (actions === null) f.unknowable("alerts", "its action blocks cannot be read before apply");
	return {
		...base,
		kind: "metric",
		enabled,
		scopes: scopesOf(r, index, f),
		targetResourceType: f.read("targetResourceType", "target_resource_type", asString),
		targetResourceRegion: f.read("targetResourceRegion", "target_resource_location", asString),
		clusterName: null,
		alerts: actions === null ? null : [{
			name: base.name,
			enabled,
			actionGroupIds: actions
		}]
	};
}
function adaptRuleGroup(r, index) {
	const f = index.reader(r);
	f.provenance.paths.alerts = "rule";
	const alerts = alertsOf(r, index);
	if (alerts === null) f.unknowable("alerts", "its rule blocks cannot be read before apply");
	return {
		...tfBase(r, PROMETHEUS_RULE_GROUP, index.ids, f),
		kind: "prometheus",
		enabled: f.read("enabled", "rule_group_enabled", asBool),
		scopes: scopesOf(r, index, f),
		targetResourceType: null,
		targetResourceRegion: null,
		clusterName: clusterNameOf(r, index, f),
		alerts
	};
}
function adaptLogAlert(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, SCHEDULED_QUERY_RULE, index.ids, f);
	const enabled = f.read("enabled", "enabled", asBool, true);
	const actions = logActionGroupIdsOf(r, index);
	f.provenance.paths.alerts = "action[0].action_groups";
	if (actions === null) f.unknowable("alerts", "its action groups cannot be read before apply");
	return {
		...base,
		kind: "log",
		enabled,
		scopes: scopesOf(r, index, f),
		targetResourceType: null,
		targetResourceRegion: null,
		clusterName: null,
		alerts: actions === null ? null : [{
			name: base.name,
			enabled,
			actionGroupIds: actions
		}]
	};
}
/** `action[0].action_groups`: ARM ids written out, or the one action group it references. */
function logActionGroupIdsOf(r, index) {
	const path = "action[0].action_groups";
	const groups = valueAt(r.values, path);
	if (groups === void 0 || groups === null) return [];
	if (!Array.isArray(groups)) return null;
	if (groups.length === 1 && r.references[path] !== void 0) {
		const target = index.ids.target(r, path);
		return target === null ? null : [target];
	}
	return groups.every((g) => typeof g === "string") ? groups : null;
}
function adaptActionGroup(r, index) {
	const f = index.reader(r);
	return {
		...tfBase(r, ACTION_GROUP, index.ids, f),
		enabled: f.read("enabled", "enabled", asBool, true)
	};
}
/**
* `scopes`, each an ARM id written out or the identity of the resource it references. A list
* whose one element is known only after apply resolves through its reference; any other
* unknown element leaves the whole list unknown, not shorter.
*/
function scopesOf(r, index, f) {
	f.provenance.paths.scopes = "scopes";
	const value = valueAt(r.values, "scopes");
	if (!Array.isArray(value)) return f.unknowable("scopes", value instanceof Unknown ? value.reason : "not a list of resource ids");
	if (value.length === 1 && r.references.scopes !== void 0) {
		const target = index.ids.target(r, "scopes");
		if (target !== null) return [target];
	}
	if (value.every((v) => typeof v === "string")) return value;
	return f.unknowable("scopes", "names resources known only after apply");
}
/** `cluster_name`, or the name of the cluster it references. */
function clusterNameOf(r, index, f) {
	const stated = f.read("clusterName", "cluster_name", asString);
	if (stated !== null) return stated;
	const address = r.references.cluster_name;
	const name = (address === void 0 ? void 0 : index.ids.resolve(address))?.values.name;
	return typeof name === "string" ? name : null;
}
/** The alerting rules of a rule group (recording rules raise nothing); null when the blocks are not known. */
function alertsOf(r, index) {
	const rules = valueAt(r.values, "rule");
	if (!Array.isArray(rules)) return null;
	const alerts = [];
	for (const [i, rule] of rules.entries()) {
		if (!isBlock(rule)) return null;
		if (rule.alert instanceof Unknown) return null;
		if (typeof rule.alert !== "string" || rule.alert === "") continue;
		const actionGroupIds = actionGroupIdsOf(r, `rule[${i}].action`, index);
		if (actionGroupIds === null) return null;
		alerts.push({
			name: rule.alert,
			enabled: typeof rule.enabled === "boolean" ? rule.enabled : null,
			actionGroupIds
		});
	}
	return alerts;
}
/** The action groups of the `action` blocks at `path`; null when one cannot be resolved. */
function actionGroupIdsOf(r, path, index) {
	const actions = valueAt(r.values, path);
	if (actions === void 0 || actions === null) return [];
	if (!Array.isArray(actions)) return null;
	const ids = [];
	for (const i of actions.keys()) {
		const id = index.ids.target(r, `${path}[${i}].action_group_id`);
		if (id === null) return null;
		ids.push(id);
	}
	return ids;
}
// src/adapters/terraform/database-server.ts
/** The tier a flexible server's `sku_name` names by its prefix (`GP_Standard_D2s_v3`), PostgreSQL and MySQL alike. */
const TIERS = {
	B: "Burstable",
	GP: "GeneralPurpose",
	MO: "MemoryOptimized"
};
function skuTierOf(f) {
	return f.read("skuTier", "sku_name", (v) => typeof v === "string" ? TIERS[v.split("_")[0] ?? ""] : void 0);
}
function childrenOf(server, serverId, child, index) {
	return attachedTo(server, serverId, child.type, child.via, index);
}
/**
* The server's firewall rule resources. A configuration holds every rule it manages, so none is
* an empty list; a rule whose addresses are not known makes the list unknown.
*/
function firewallRulesOf(server, serverId, kind, index) {
	const rules = [];
	for (const rule of childrenOf(server, serverId, kind.firewallRule, index)) {
		const { name, start_ip_address: start, end_ip_address: end } = rule.values;
		if (typeof start !== "string" || typeof end !== "string") return null;
		rules.push({
			id: index.ids.idOf(rule),
			name: typeof name === "string" ? name : rule.address,
			startIpAddress: start,
			endIpAddress: end
		});
	}
	return rules;
}
/** Entra administrator resources of the server (`admin` reads one's login and type); unknown when one's login is. */
function administratorsOf(server, serverId, kind, admin, index) {
	const admins = [];
	for (const r of kind.administrators.flatMap((child) => childrenOf(server, serverId, child, index))) {
		const read = admin(r);
		if (read.login === null) return null;
		const objectId = r.values.object_id;
		admins.push({
			id: index.ids.idOf(r),
			name: typeof objectId === "string" ? objectId : r.address,
			...read
		});
	}
	return admins;
}
/**
* A server parameter from the `…_configuration` resource that sets it, read into the server's
* provenance. A parameter no resource sets keeps the server's own value, which the
* configuration does not say: unknown, as the ARM adapter treats an unread parameter.
*/
function serverParameter(f, server, serverId, kind, index, statePath, parameter, unset) {
	const set = childrenOf(server, serverId, kind.configuration, index).filter((c) => typeof c.values.name === "string" && c.values.name.toLowerCase() === parameter);
	if (set.length === 1) return readFrom(f, server, set[0], statePath, "value", asString);
	f.provenance.paths[statePath] = `${kind.configuration.type}[name=${parameter}].value`;
	if (set.length > 1) (f.provenance.conflicting ??= []).push(statePath);
	else if (unset !== void 0) {
		f.provenance.defaulted.push(statePath);
		return unset;
	} else f.provenance.unknown[statePath] = `no ${kind.configuration.type} in the configuration sets ${parameter}, so the server keeps a value the configuration does not state`;
	return null;
}
/** No `high_availability` block means none: the block's `mode` is required. */
function highAvailabilityOf(f) {
	return f.read("highAvailabilityMode", "high_availability[0].mode", asString, blockAbsent(f, "high_availability") ? "Disabled" : void 0);
}
/** A child's string attribute, null when unset or unknown. */
function text$1(v) {
	return typeof v === "string" ? v : null;
}
// src/adapters/terraform/mysql.ts
const SERVER$2 = "azurerm_mysql_flexible_server";
const CHILDREN$1 = {
	firewallRule: {
		type: `${SERVER$2}_firewall_rule`,
		via: "server_name"
	},
	configuration: {
		type: `${SERVER$2}_configuration`,
		via: "server_name"
	},
	administrators: [{
		type: `${SERVER$2}_active_directory_administrator`,
		via: "server_id"
	}, {
		type: `${SERVER$2}_aad_administrator`,
		via: "server_id"
	}]
};
const MYSQL_TYPES = [
	SERVER$2,
	CHILDREN$1.firewallRule.type,
	CHILDREN$1.configuration.type,
	...CHILDREN$1.administrators.map((a) => a.type)
];
/**
* `azurerm_mysql_flexible_server` with its firewall rule, configuration and Entra administrator
* resources → MySqlFlexibleServer. Defaults per the provider's documentation, v3.117 to v5.2.
* Public access: v3 and v4 before 4.26 only report `public_network_access_enabled` (computed);
* 4.26 added the settable `public_network_access`, and 5.0 removed the former.
*/
function adaptMySqlFlexibleServers(index) {
	return index.ofType(SERVER$2).map((r) => adaptServer$2(r, index));
}
function adaptServer$2(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.dbformysql/flexibleservers", index.ids, f);
	const parameter = (statePath, name, unset) => serverParameter(f, r, base.id, CHILDREN$1, index, statePath, name, unset);
	return {
		...linkTargetOf(base, index, f, f.read("publicNetworkAccess", ["public_network_access", "public_network_access_enabled"], accessOf)),
		version: f.read("version", "version", asString),
		skuTier: skuTierOf(f),
		backup: {
			retentionDays: f.read("backup.retentionDays", "backup_retention_days", asNumber, 7),
			geoRedundantBackup: enabledOf(f.read("backup.geoRedundantBackup", "geo_redundant_backup_enabled", asBool, false))
		},
		firewallRules: firewallRulesOf(r, base.id, CHILDREN$1, index),
		administrators: administratorsOf(r, base.id, CHILDREN$1, (a) => ({
			login: text$1(a.values.login),
			type: null
		}), index),
		state: f.unknowable("state", NOT_IN_CONFIGURATION),
		network: {
			delegatedSubnetResourceId: referencedId(r, f, index, "network.delegatedSubnetResourceId", "delegated_subnet_id"),
			privateDnsZoneResourceId: referencedId(r, f, index, "network.privateDnsZoneResourceId", "private_dns_zone_id")
		},
		highAvailabilityMode: highAvailabilityOf(f),
		serverParameters: {
			requireSecureTransport: parameter("serverParameters.requireSecureTransport", "require_secure_transport"),
			tlsVersion: parameter("serverParameters.tlsVersion", "tls_version"),
			aadAuthOnly: parameter("serverParameters.aadAuthOnly", "aad_auth_only", "OFF")
		}
	};
}
/** `public_network_access` ("Enabled") or the older computed `public_network_access_enabled` (true), in the API's terms. */
function accessOf(v) {
	return typeof v === "boolean" ? v ? "Enabled" : "Disabled" : asString(v);
}
// src/adapters/terraform/application-gateways.ts
const APPLICATION_GATEWAY = "azurerm_application_gateway";
const WAF_POLICY_TYPE = "azurerm_web_application_firewall_policy";
const APPLICATION_GATEWAY_TYPES = [APPLICATION_GATEWAY, WAF_POLICY_TYPE];
/** `azurerm_application_gateway` → ApplicationGateway: `sku.tier`, `firewall_policy_id`, the `waf_configuration` block. */
function adaptApplicationGateways(index) {
	return index.ofType(APPLICATION_GATEWAY).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/applicationgateways", index.ids, f);
		const policy = f.target("firewallPolicyId", "firewall_policy_id");
		const stated = f.raw("firewall_policy_id");
		return {
			...base,
			skuTier: f.read("skuTier", "sku[0].tier", asString),
			firewallPolicyId: policy ?? (stated === void 0 || stated === null || stated === "" ? false : null),
			wafConfiguration: wafConfigurationOf(f)
		};
	});
}
/** `enabled` and `firewall_mode` are required in the block; no block is no configuration. */
function wafConfigurationOf(f) {
	const present = f.present("wafConfiguration", "waf_configuration");
	if (!present) return present;
	return {
		enabled: f.read("wafConfiguration.enabled", "waf_configuration[0].enabled", asBool),
		firewallMode: f.read("wafConfiguration.firewallMode", "waf_configuration[0].firewall_mode", asString)
	};
}
/**
* `azurerm_web_application_firewall_policy` → WafPolicy. In the `policy_settings` block `enabled`
* defaults to true and `mode` to Prevention; without the block what the provider sends is not
* documented, so both stay unknown.
*/
function adaptWafPolicies(index) {
	return index.ofType(WAF_POLICY_TYPE).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, WAF_POLICY, index.ids, f);
		const block = f.present("state", "policy_settings");
		if (!block) {
			const why = block === false ? "not set in the configuration (no policy_settings block), and the provider documents no default for it" : f.provenance.unknown.state ?? "not known";
			return {
				...base,
				state: f.unknowable("state", why, "policy_settings"),
				mode: f.unknowable("mode", why, "policy_settings")
			};
		}
		const enabled = f.read("state", "policy_settings[0].enabled", asBool, true);
		return {
			...base,
			state: enabled === null ? null : enabled ? "Enabled" : "Disabled",
			mode: f.read("mode", "policy_settings[0].mode", asString, "Prevention")
		};
	});
}
// src/adapters/terraform/network-children.ts
/**
* Network resources carry their sub-resources (subnets, security rules, routes) inline and as
* separate resources (`azurerm_subnet`, `azurerm_network_security_rule`, `azurerm_route`), and
* a configuration holds every one it manages, so together they are the whole list.
*
* An inline list that is unknown is the Optional + Computed attribute azurerm fills from the
* separate resources (v3 `security_rule` and `route`, every major's `subnet`): the provider
* forbids mixing both forms, so with separate resources present they are the list; with none,
* what the attribute will hold cannot be told.
*/
function mergeChildren(parent, f, index, inlineKey, separate, fromInline, fromSeparate) {
	const inline = f.raw(inlineKey);
	const children = attachedTo(parent, index.ids.idOf(parent), separate.type, separate.via, index);
	const byName = /* @__PURE__ */ new Map();
	if (inline instanceof Unknown && children.length === 0) {
		f.provenance.unknown[inlineKey] = inline.reason;
		return null;
	}
	if (Array.isArray(inline)) for (const [i, block] of inline.entries()) {
		if (!isBlock(block)) return null;
		const item = fromInline(block, i);
		byName.set(item.name.toLowerCase(), item);
	}
	for (const child of children) {
		const item = fromSeparate(child);
		byName.set(item.name.toLowerCase(), item);
	}
	return [...byName.values()];
}
/** A string attribute of a block; `""` (what azurerm writes for an unset optional string) and unknown are null. */
function text(block, key) {
	const value = block[key];
	return typeof value === "string" && value !== "" ? value : null;
}
/**
* A singular attribute and its plural form together (`source_address_prefix` +
* `source_address_prefixes`): azurerm writes `""` and `[]` for the one not used. Null when
* either is unknown.
*/
function singularAndPlural(block, singular, plural) {
	const one = block[singular];
	const many = block[plural];
	if (one instanceof Unknown || many instanceof Unknown) return null;
	const list = many === void 0 || many === null ? [] : Array.isArray(many) && many.every((e) => typeof e === "string") ? many : null;
	if (list === null) return null;
	return [...typeof one === "string" && one !== "" ? [one] : [], ...list];
}
/**
* The resource an attribute refers to, named for people: the referenced instance's identity
* and `name`, or an ARM id written out with its last segment; null when it refers to neither.
*/
function namedTarget(r, attribute, index) {
	const address = r.references[attribute];
	const referenced = address === void 0 ? void 0 : index.ids.resolve(address);
	if (referenced) {
		const name = referenced.values.name;
		return {
			id: index.ids.idOf(referenced),
			name: typeof name === "string" ? name : referenced.address
		};
	}
	const id = index.ids.target(r, attribute);
	return id === null ? null : {
		id,
		name: nameOf(id)
	};
}
/** The VNet of a subnet identity: the one the configuration places it in, else the one an ARM id names. */
function vnetOfSubnet(subnetId, placed) {
	return placed.get(subnetId.toLowerCase()) ?? virtualNetworkRef(subnetId);
}
/**
* The identities the instances of an association type (`azurerm_subnet_network_security_group_association`)
* pair with `targetId` through `from`, read at `to` (`subnet_id`); null when one cannot be resolved.
*/
function associated(targetId, type, from, to, index) {
	const ids = [];
	for (const association of index.referring(targetId, type, from)) {
		const id = index.ids.target(association, to);
		if (id === null) return null;
		ids.push(id);
	}
	return ids;
}
// src/adapters/terraform/network-vnets.ts
const VIRTUAL_NETWORK = "azurerm_virtual_network";
const SUBNET = "azurerm_subnet";
const PEERING = "azurerm_virtual_network_peering";
const NSG_ASSOCIATION = "azurerm_subnet_network_security_group_association";
const ROUTE_TABLE_ASSOCIATION = "azurerm_subnet_route_table_association";
const NAT_GATEWAY_ASSOCIATION = "azurerm_subnet_nat_gateway_association";
const VNET_TYPES = [
	VIRTUAL_NETWORK,
	SUBNET,
	PEERING,
	NSG_ASSOCIATION,
	ROUTE_TABLE_ASSOCIATION,
	NAT_GATEWAY_ASSOCIATION
];
const ARM_SUBNET = "microsoft.network/virtualnetworks/subnets";
/** A subnet's associations: the association resource type, and the attribute naming what the subnet is associated with. */
const ASSOCIATIONS = {
	networkSecurityGroupId: {
		type: NSG_ASSOCIATION,
		attribute: "network_security_group_id",
		inline: "security_group"
	},
	routeTableId: {
		type: ROUTE_TABLE_ASSOCIATION,
		attribute: "route_table_id",
		inline: "route_table_id"
	},
	natGatewayId: {
		type: NAT_GATEWAY_ASSOCIATION,
		attribute: "nat_gateway_id",
		inline: void 0
	}
};
/**
* `azurerm_virtual_network` → VirtualNetwork, with its subnets (inline `subnet` blocks and
* `azurerm_subnet` resources joined by `virtual_network_name` and resource group) and peerings
* (`azurerm_virtual_network_peering`). A configuration holds every subnet, peering and
* association it manages: a subnet no association resource names has none of that kind.
*/
function adaptVirtualNetworks(index) {
	return index.ofType(VIRTUAL_NETWORK).map((r) => adaptVirtualNetwork(r, index));
}
/** Subnet identity (lower case) → its VNet, for joins made before the rules run (a private endpoint's VNet). */
function subnetPlacement(vnets) {
	return new Map(vnets.flatMap((vnet) => (vnet.subnets ?? []).map((s) => [s.id.toLowerCase(), {
		id: vnet.id,
		name: vnet.name
	}])));
}
function adaptVirtualNetwork(r, index) {
	const f = index.reader(r);
	const vnet = {
		...tfBase(r, "microsoft.network/virtualnetworks", index.ids, f),
		addressPrefixes: f.read("addressPrefixes", "address_space", asStrings),
		subnets: null,
		peerings: attachedTo(r, index.ids.idOf(r), PEERING, "virtual_network_name", index).map((p) => peeringOf(p, index))
	};
	f.provenance.paths.subnets = "subnet";
	f.provenance.paths.peerings = `(${PEERING} resources)`;
	vnet.subnets = mergeChildren(r, f, index, "subnet", {
		type: SUBNET,
		via: "virtual_network_name"
	}, (block, i) => inlineSubnet(vnet, r, block, i, f.block(`subnet[${i}]`), index), (s) => separateSubnet(vnet, s, index));
	return vnet;
}
/** An inline `subnet` block: the VNet's origin, its id the one azurerm gives it (`<vnet>/subnets/<name>`) when not known. */
function inlineSubnet(vnet, r, block, i, f, index) {
	const name = typeof block.name === "string" ? block.name : "";
	const id = inlineSubnetId(vnet.id, block);
	const throughVnet = (type) => index.referring(vnet.id, type, "subnet_id").length > 0;
	const association = (statePath) => {
		const { type, inline } = ASSOCIATIONS[statePath];
		if (throughVnet(type)) {
			f.provenance.unknown[statePath] = `a ${type} names a subnet of ${vnet.name} through the VNet's subnet list, and which one is not known before evaluation`;
			f.provenance.paths[statePath] = `(${type})`;
			return null;
		}
		if (inline === void 0) return none(f, statePath, type);
		const stated = f.read(statePath, inline, (v) => typeof v === "string" ? v : void 0, "");
		const target = index.ids.target(r, `subnet[${i}].${inline}`);
		if (target === null) return stated === "" ? false : stated;
		delete f.provenance.unknown[statePath];
		return target;
	};
	return subnetOf(vnet, id, name, vnet.origin, f, association);
}
/** An `azurerm_subnet`: its own block and provenance, its associations the association resources naming it. */
function separateSubnet(vnet, s, index) {
	const f = index.reader(s);
	const base = tfBase(s, ARM_SUBNET, index.ids, f);
	const association = (statePath) => associationOf(s, base.id, f, index, statePath);
	return subnetOf(vnet, base.id, base.name, base.origin, f, association);
}
/** The fields inline and separate subnets share; v3 inline blocks (and v2 resources) spell the prefix `address_prefix`. */
function subnetOf(vnet, id, name, origin, f, association) {
	return {
		...subnetBase(vnet, id, name),
		origin,
		provenance: f.provenance,
		addressPrefixes: f.read("addressPrefixes", ["address_prefixes", "address_prefix"], prefixes),
		networkSecurityGroupId: association("networkSecurityGroupId"),
		routeTableId: association("routeTableId"),
		natGatewayId: association("natGatewayId"),
		delegations: f.read("delegations", "delegation", delegations, [])
	};
}
/**
* The association resources of one kind naming the subnet: the one they associate it with; none
* (false, the configuration has none for it); unknown when one cannot be resolved or two disagree.
*/
function associationOf(subnet, subnetId, f, index, statePath) {
	const { type, attribute } = ASSOCIATIONS[statePath];
	const found = index.referring(subnetId, type, "subnet_id");
	const first = found[0];
	if (!first) return none(f, statePath, type);
	f.provenance.paths[statePath] = `${first.address}.${attribute}`;
	const line = first.lines[attribute];
	if (line !== void 0 && first.file === subnet.file) f.provenance.lines[statePath] = line;
	const targets = new Set(found.map((a) => index.ids.target(a, attribute)));
	if (targets.has(null)) {
		f.provenance.unknown[statePath] = `${attribute} refers to no resource of this configuration or ARM id`;
		return null;
	}
	if (targets.size > 1) {
		(f.provenance.conflicting ??= []).push(statePath);
		return null;
	}
	return [...targets][0];
}
/** No association of this kind in the configuration: the subnet has none, recorded as the default. */
function none(f, statePath, type) {
	f.provenance.paths[statePath] = `(no ${type} in this configuration)`;
	f.provenance.defaulted.push(statePath);
	return false;
}
function subnetBase(vnet, id, name) {
	const { subscriptionId, resourceGroup, location } = vnet;
	return {
		id,
		name,
		type: ARM_SUBNET,
		subscriptionId,
		resourceGroup,
		location,
		tags: {},
		parent: refOf(vnet)
	};
}
/** `address_prefixes` (a list), or v3's inline `address_prefix` (one string). */
function prefixes(v) {
	return typeof v === "string" ? [v] : asStrings(v);
}
/** `delegation[].service_delegation[0].name`: the services the subnet is delegated to. */
function delegations(v) {
	if (!Array.isArray(v)) return void 0;
	const names = [];
	for (const d of v) {
		const service = isBlock(d) && Array.isArray(d.service_delegation) ? d.service_delegation[0] : void 0;
		if (!isBlock(service) || typeof service.name !== "string") return void 0;
		names.push(service.name);
	}
	return names;
}
/** A peering's state is what Azure reports once both sides exist: not in a configuration. */
function peeringOf(p, index) {
	const name = p.values.name;
	return {
		name: typeof name === "string" ? name : p.address,
		remoteVirtualNetworkId: index.ids.target(p, "remote_virtual_network_id"),
		peeringState: null
	};
}
/** Inline subnets whose `attribute` (`security_group`, `route_table_id`) refers to `targetId`: their identities. */
function inlineSubnetsReferring(targetId, attribute, index) {
	const ids = [];
	for (const vnet of new Set(index.referring(targetId, VIRTUAL_NETWORK))) {
		const blocks = vnet.values.subnet;
		if (!Array.isArray(blocks)) continue;
		blocks.forEach((block, i) => {
			if (isBlock(block) && index.ids.target(vnet, `subnet[${i}].${attribute}`)?.toLowerCase() === targetId.toLowerCase()) ids.push(inlineSubnetId(index.ids.idOf(vnet), block));
		});
	}
	return ids;
}
/** An inline subnet's identity: its ARM id when known, else the one azurerm gives it under its VNet. */
function inlineSubnetId(vnetId, block) {
	return typeof block.id === "string" && block.id.startsWith("/") ? block.id : `${vnetId}/subnets/${typeof block.name === "string" ? block.name : ""}`;
}
// src/adapters/terraform/network-egress.ts
const ROUTE_TABLE = "azurerm_route_table";
const ROUTE = "azurerm_route";
const NAT_GATEWAY = "azurerm_nat_gateway";
const NAT_PUBLIC_IP = "azurerm_nat_gateway_public_ip_association";
const PUBLIC_IP = "azurerm_public_ip";
const EGRESS_TYPES = [
	ROUTE_TABLE,
	ROUTE,
	NAT_GATEWAY,
	NAT_PUBLIC_IP,
	PUBLIC_IP
];
const ROUTE_TABLE_PATHS = {
	routes: "route",
	subnetIds: `(${ROUTE_TABLE_ASSOCIATION} resources)`
};
const NAT_GATEWAY_PATHS = {
	subnetIds: `(${NAT_GATEWAY_ASSOCIATION} resources)`,
	publicIpAddressIds: `(${NAT_PUBLIC_IP} resources)`
};
/** `azurerm_route_table` (inline `route` blocks and `azurerm_route` resources joined by `route_table_name`) → RouteTable. */
function adaptRouteTables(index) {
	return index.ofType(ROUTE_TABLE).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/routetables", index.ids, f);
		Object.assign(f.provenance.paths, ROUTE_TABLE_PATHS);
		const subnets = associated(base.id, ROUTE_TABLE_ASSOCIATION, "route_table_id", "subnet_id", index);
		return {
			...base,
			routes: mergeChildren(r, f, index, "route", {
				type: ROUTE,
				via: "route_table_name"
			}, (block, i) => routeOf(block, `route[${i}]`), (route) => routeOf(route.values, route.address)),
			subnetIds: subnets && [...subnets, ...inlineSubnetsReferring(base.id, "route_table_id", index)]
		};
	});
}
function routeOf(b, path) {
	return {
		name: text(b, "name") ?? path,
		addressPrefix: text(b, "address_prefix"),
		nextHopType: text(b, "next_hop_type"),
		nextHopIpAddress: text(b, "next_hop_in_ip_address"),
		path
	};
}
/** `azurerm_nat_gateway` → NatGateway: its subnets and public IPs are the association resources naming it. */
function adaptNatGateways(index) {
	return index.ofType(NAT_GATEWAY).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/natgateways", index.ids, f);
		Object.assign(f.provenance.paths, NAT_GATEWAY_PATHS);
		return {
			...base,
			subnetIds: associated(base.id, NAT_GATEWAY_ASSOCIATION, "nat_gateway_id", "subnet_id", index),
			publicIpAddressIds: associated(base.id, NAT_PUBLIC_IP, "nat_gateway_id", "public_ip_address_id", index)
		};
	});
}
/** What a public IP is attached to is stated by what uses it (a network interface, a load balancer), which this adapter does not read. */
const ATTACHMENT_UNKNOWN = "stated by the resource that uses the address (a network interface, a load balancer frontend), not by the address";
/**
* `azurerm_public_ip` → PublicIpAddress. Its address is allocated on apply. It is attached when a
* NAT gateway association names it; otherwise what it is attached to is not known.
*/
function adaptPublicIpAddresses(index) {
	return index.ofType(PUBLIC_IP).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/publicipaddresses", index.ids, f);
		const byNat = index.referring(base.id, NAT_PUBLIC_IP, "public_ip_address_id")[0];
		f.provenance.paths.ipConfigurationId = f.provenance.paths.nodeHolder = "(the resource using the address)";
		f.provenance.unknown.ipConfigurationId = f.provenance.unknown.nodeHolder = ATTACHMENT_UNKNOWN;
		if (byNat) f.provenance.paths.attached = `${byNat.address}.public_ip_address_id`;
		else {
			f.provenance.paths.attached = "(the resource using the address)";
			f.provenance.unknown.attached = ATTACHMENT_UNKNOWN;
		}
		const skuName = f.read("skuName", "sku", asString, index.byMajor({
			3: "Basic",
			4: "Standard",
			5: "Standard"
		}));
		return {
			...base,
			ipAddress: f.read("ipAddress", "ip_address", asString),
			ipConfigurationId: null,
			nodeHolder: null,
			attached: byNat ? true : null,
			skuName
		};
	});
}
// src/adapters/terraform/network-nsgs.ts
const NETWORK_SECURITY_GROUP = "azurerm_network_security_group";
const SECURITY_RULE = "azurerm_network_security_rule";
const NIC_ASSOCIATION = "azurerm_network_interface_security_group_association";
const NSG_TYPES = [
	NETWORK_SECURITY_GROUP,
	SECURITY_RULE,
	NIC_ASSOCIATION
];
/** Where each NSG field is read. */
const NSG_PATHS = {
	securityRules: "security_rule",
	subnetIds: `(${NSG_ASSOCIATION} resources)`,
	networkInterfaceIds: `(${NIC_ASSOCIATION} resources)`
};
/**
* `azurerm_network_security_group` (inline `security_rule` blocks and `azurerm_network_security_rule`
* resources joined by `network_security_group_name` and resource group) → NetworkSecurityGroup.
* Its subnets and network interfaces are the association resources naming it, and inline VNet
* subnets whose `security_group` refers to it.
*/
function adaptNetworkSecurityGroups(index) {
	return index.ofType(NETWORK_SECURITY_GROUP).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/networksecuritygroups", index.ids, f);
		Object.assign(f.provenance.paths, NSG_PATHS);
		const subnets = associated(base.id, NSG_ASSOCIATION, "network_security_group_id", "subnet_id", index);
		return {
			...base,
			securityRules: mergeChildren(r, f, index, "security_rule", {
				type: SECURITY_RULE,
				via: "network_security_group_name"
			}, (block, i) => ruleOf(block, `security_rule[${i}]`), (rule) => ruleOf(rule.values, rule.address)),
			subnetIds: subnets && [...subnets, ...inlineSubnetsReferring(base.id, "security_group", index)],
			networkInterfaceIds: associated(base.id, NIC_ASSOCIATION, "network_security_group_id", "network_interface_id", index)
		};
	});
}
/**
* One rule, inline or separate: the same attributes. Direction, access, protocol and priority
* are required, so there is no default; each side's addresses and the ports come from the
* singular and plural attributes together (azurerm writes `""` and `[]` for the one not used).
*/
function ruleOf(b, path) {
	const groups = (key) => Array.isArray(b[key]) && b[key].length > 0;
	const sourceGroups = groups("source_application_security_group_ids");
	const destinationGroups = groups("destination_application_security_group_ids");
	return {
		name: text(b, "name") ?? path,
		direction: text(b, "direction"),
		access: text(b, "access"),
		protocol: text(b, "protocol"),
		priority: typeof b.priority === "number" ? b.priority : null,
		sourceAddressPrefixes: addresses(singularAndPlural(b, "source_address_prefix", "source_address_prefixes"), sourceGroups),
		sourceApplicationSecurityGroups: sourceGroups,
		destinationAddressPrefixes: addresses(singularAndPlural(b, "destination_address_prefix", "destination_address_prefixes"), destinationGroups),
		destinationApplicationSecurityGroups: destinationGroups,
		destinationPortRanges: nonEmpty(singularAndPlural(b, "destination_port_range", "destination_port_ranges")),
		path
	};
}
/** One side's prefixes: none at all is unknown, unless application security groups name that side. */
function addresses(prefixes, groups) {
	return groups ? prefixes ?? [] : nonEmpty(prefixes);
}
function nonEmpty(values) {
	return values?.length ? values : null;
}
// src/adapters/terraform/private-link.ts
const PRIVATE_DNS_ZONE = "azurerm_private_dns_zone";
const VIRTUAL_NETWORK_LINK = "azurerm_private_dns_zone_virtual_network_link";
const PRIVATE_LINK_TYPES = [
	PRIVATE_ENDPOINT,
	PRIVATE_DNS_ZONE,
	VIRTUAL_NETWORK_LINK
];
const ENDPOINT_PATHS = {
	subnetId: "subnet_id",
	virtualNetwork: "subnet_id",
	connections: "private_service_connection",
	"connections[].status": "private_service_connection[].is_manual_connection",
	privateDnsZoneIds: "private_dns_zone_group[0].private_dns_zone_ids"
};
const ZONE_PATHS = {
	virtualNetworkLinks: `(${VIRTUAL_NETWORK_LINK} resources)`,
	"virtualNetworkLinks[].virtualNetwork": `(${VIRTUAL_NETWORK_LINK} resources).virtual_network_id`
};
/**
* `azurerm_private_endpoint` → PrivateEndpoint: its subnet and targets through references (known
* before the ids are), its VNet the one the configuration places the subnet in, and the zones of
* its `private_dns_zone_group` (at most one; none when the block is left out).
*/
function adaptPrivateEndpoints(index, placement) {
	return index.ofType(PRIVATE_ENDPOINT).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/privateendpoints", index.ids, f);
		const subnetId = f.target("subnetId", "subnet_id");
		Object.assign(f.provenance.paths, ENDPOINT_PATHS);
		return {
			...base,
			subnetId,
			virtualNetwork: subnetId === null ? null : vnetOfSubnet(subnetId, placement),
			connections: connectionsOf(r, index),
			privateDnsZoneIds: zoneIdsOf(r, index)
		};
	});
}
/** `private_service_connection` blocks: the target by reference (an alias names no resource), its approval from `is_manual_connection`. */
function connectionsOf(r, index) {
	const blocks = r.values.private_service_connection;
	if (!Array.isArray(blocks)) return null;
	return blocks.map((block, i) => {
		const groups = isBlock(block) ? block.subresource_names : void 0;
		return {
			targetId: index.ids.target(r, `private_service_connection[${i}].private_connection_resource_id`),
			groupIds: Array.isArray(groups) ? groups.filter((g) => typeof g === "string") : [],
			status: connectionStatusOf(r, i)
		};
	});
}
/** Zones of the zone group, each by reference or ARM id; unknown when one cannot be resolved. */
function zoneIdsOf(r, index) {
	const group = r.values.private_dns_zone_group;
	if (group === void 0 || group === null || Array.isArray(group) && group.length === 0) return [];
	const path = "private_dns_zone_group[0].private_dns_zone_ids";
	const zones = valueAt(r.values, path);
	if (!Array.isArray(zones)) return null;
	const ids = [];
	for (let i = 0; i < zones.length; i++) {
		const id = index.ids.target(r, `${path}[${i}]`) ?? (zones.length === 1 ? index.ids.target(r, path) : null);
		if (id === null) return null;
		ids.push(id);
	}
	return ids;
}
/**
* `azurerm_private_dns_zone` → PrivateDnsZone, with its `azurerm_private_dns_zone_virtual_network_link`s:
* v3 and v4 name the zone by `private_dns_zone_name` and resource group, v5 by `private_dns_zone_id`.
* A configuration holds every link it manages.
*/
function adaptPrivateDnsZones(index) {
	return index.ofType(PRIVATE_DNS_ZONE).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/privatednszones", index.ids, f);
		Object.assign(f.provenance.paths, ZONE_PATHS);
		const links = /* @__PURE__ */ new Set([...attachedTo(r, base.id, VIRTUAL_NETWORK_LINK, "private_dns_zone_name", index), ...index.referring(base.id, VIRTUAL_NETWORK_LINK, "private_dns_zone_id")]);
		return {
			...base,
			virtualNetworkLinks: [...links].map((link) => linkOf(link, index))
		};
	});
}
function linkOf(link, index) {
	const registration = link.values.registration_enabled;
	return {
		name: text(link.values, "name") ?? link.address,
		virtualNetwork: namedTarget(link, "virtual_network_id", index),
		registrationEnabled: registration === void 0 || registration === null ? false : asBool(registration) ?? null
	};
}
// src/adapters/terraform/virtual-machines.ts
const VM_TYPES = [
	"azurerm_linux_virtual_machine",
	"azurerm_windows_virtual_machine",
	"azurerm_virtual_machine"
];
const NIC = "azurerm_network_interface";
const NIC_NSG_ASSOCIATION = "azurerm_network_interface_security_group_association";
const BASTION_HOST = "azurerm_bastion_host";
const VIRTUAL_MACHINE_TYPES = [
	...VM_TYPES,
	NIC,
	BASTION_HOST
];
/** `azurerm_linux_virtual_machine`, `azurerm_windows_virtual_machine`, `azurerm_virtual_machine` → VirtualMachine. */
function adaptVirtualMachines(index) {
	return VM_TYPES.flatMap((type) => index.ofType(type)).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, VIRTUAL_MACHINE, index.ids, f);
		f.provenance.paths.networkInterfaceIds = "network_interface_ids";
		return {
			...base,
			networkInterfaceIds: targets(r, "network_interface_ids", index)
		};
	});
}
/** Each element of a list of references (`network_interface_ids`), by reference or ARM id; null when one cannot be resolved. */
function targets(r, path, index) {
	const list = valueAt(r.values, path);
	if (!Array.isArray(list)) return null;
	const ids = [];
	for (let i = 0; i < list.length; i++) {
		const id = index.ids.target(r, `${path}[${i}]`) ?? (list.length === 1 ? index.ids.target(r, path) : null);
		if (id === null) return null;
		ids.push(id);
	}
	return ids;
}
/**
* `azurerm_network_interface` → NetworkInterface. Its NSG is the one an
* `azurerm_network_interface_security_group_association` pairs with it (azurerm has no attribute
* on the interface for it since 2.0); the VM it is attached to is stated by the VM. `ip_configuration`
* is required: none is a configuration not yet known.
*/
function adaptNetworkInterfaces(index) {
	return index.ofType(NIC).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, NETWORK_INTERFACE, index.ids, f);
		const nsgs = associated(base.id, NIC_NSG_ASSOCIATION, "network_interface_id", "network_security_group_id", index);
		Object.assign(f.provenance.paths, {
			ipConfigurations: "ip_configuration",
			networkSecurityGroupId: `(${NIC_NSG_ASSOCIATION} resources)`,
			virtualMachineId: "(the virtual machine listing the interface)"
		});
		const blocks = r.values.ip_configuration;
		return {
			...base,
			ipConfigurations: Array.isArray(blocks) && blocks.length ? blocks.map((block, i) => ipConfigurationOf(r, block, i, index)) : null,
			networkSecurityGroupId: nsgs === null ? null : nsgs[0] ?? false,
			virtualMachineId: f.unknowable("virtualMachineId", "stated by the virtual machine (network_interface_ids), not by the interface")
		};
	});
}
/** An unset or empty `public_ip_address_id` is none; one that refers to nothing resolvable is unknown. */
function ipConfigurationOf(r, block, i, index) {
	const path = `ip_configuration[${i}]`;
	const values = isBlock(block) ? block : {};
	const raw = values.public_ip_address_id;
	const publicIp = raw === void 0 || raw === null || raw === "" ? r.references[`${path}.public_ip_address_id`] === void 0 ? false : null : null;
	return {
		name: text(values, "name") ?? String(i),
		subnetId: index.ids.target(r, `${path}.subnet_id`),
		publicIpAddressId: index.ids.target(r, `${path}.public_ip_address_id`) ?? publicIp,
		path
	};
}
/** `azurerm_bastion_host` → BastionHost: the VNet of its `ip_configuration` subnet, or the Developer SKU's `virtual_network_id`. */
function adaptBastionHosts(index, placement) {
	return index.ofType(BASTION_HOST).map((r) => {
		const f = index.reader(r);
		const base = tfBase(r, "microsoft.network/bastionhosts", index.ids, f);
		const developer = index.ids.target(r, "virtual_network_id");
		const subnetId = index.ids.target(r, "ip_configuration[0].subnet_id");
		f.provenance.paths.virtualNetworkId = developer ? "virtual_network_id" : "ip_configuration[0].subnet_id";
		return {
			...base,
			virtualNetworkId: developer ?? (subnetId ? vnetOfSubnet(subnetId, placement)?.id ?? null : null)
		};
	});
}
// src/adapters/terraform/network.ts
/** azurerm types the network adapter reads. */
const NETWORK_TYPES = [
	...VNET_TYPES,
	...NSG_TYPES,
	...EGRESS_TYPES,
	...PRIVATE_LINK_TYPES,
	...VIRTUAL_MACHINE_TYPES,
	...APPLICATION_GATEWAY_TYPES
];
/** The networking around the clusters; subnets the configuration names but does not hold are placed once every family is adapted (`withSubnetReferences`). */
function adaptNetwork(index) {
	const virtualNetworks = adaptVirtualNetworks(index);
	return {
		virtualNetworks,
		subnetReferences: [],
		networkSecurityGroups: adaptNetworkSecurityGroups(index),
		routeTables: adaptRouteTables(index),
		natGateways: adaptNatGateways(index),
		publicIpAddresses: adaptPublicIpAddresses(index),
		privateEndpoints: adaptPrivateEndpoints(index, subnetPlacement(virtualNetworks)),
		privateDnsZones: adaptPrivateDnsZones(index),
		networkInterfaces: adaptNetworkInterfaces(index),
		bastionHosts: adaptBastionHosts(index, subnetPlacement(virtualNetworks)),
		applicationGateways: adaptApplicationGateways(index),
		wafPolicies: adaptWafPolicies(index)
	};
}
// src/adapters/terraform/postgresql.ts
const SERVER$1 = "azurerm_postgresql_flexible_server";
const CHILDREN = {
	firewallRule: {
		type: `${SERVER$1}_firewall_rule`,
		via: "server_id"
	},
	configuration: {
		type: `${SERVER$1}_configuration`,
		via: "server_id"
	},
	administrators: [{
		type: `${SERVER$1}_active_directory_administrator`,
		via: "server_name"
	}]
};
const POSTGRESQL_TYPES = [
	SERVER$1,
	CHILDREN.firewallRule.type,
	CHILDREN.configuration.type,
	...CHILDREN.administrators.map((a) => a.type)
];
/**
* `azurerm_postgresql_flexible_server` with its firewall rule, configuration and Entra
* administrator resources → PostgresFlexibleServer. Names and defaults are the same in the
* provider's documentation from v3.117 to v5.2.
*/
function adaptPostgresFlexibleServers(index) {
	return index.ofType(SERVER$1).map((r) => adaptServer$1(r, index));
}
function adaptServer$1(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.dbforpostgresql/flexibleservers", index.ids, f);
	return {
		...linkTargetOf(base, index, f, enabledOf(f.read("publicNetworkAccess", "public_network_access_enabled", asBool, true))),
		version: f.read("version", "version", asString),
		skuTier: skuTierOf(f),
		backup: {
			retentionDays: f.read("backup.retentionDays", "backup_retention_days", asNumber),
			geoRedundantBackup: enabledOf(f.read("backup.geoRedundantBackup", "geo_redundant_backup_enabled", asBool, false))
		},
		firewallRules: firewallRulesOf(r, base.id, CHILDREN, index),
		administrators: administratorsOf(r, base.id, CHILDREN, (a) => ({
			login: text$1(a.values.principal_name),
			type: text$1(a.values.principal_type)
		}), index),
		state: f.unknowable("state", NOT_IN_CONFIGURATION),
		network: {
			delegatedSubnetResourceId: referencedId(r, f, index, "network.delegatedSubnetResourceId", "delegated_subnet_id"),
			privateDnsZoneArmResourceId: referencedId(r, f, index, "network.privateDnsZoneArmResourceId", "private_dns_zone_id")
		},
		authConfig: {
			activeDirectoryAuth: enabledOf(f.read("authConfig.activeDirectoryAuth", "authentication[0].active_directory_auth_enabled", asBool, false)),
			passwordAuth: enabledOf(f.read("authConfig.passwordAuth", "authentication[0].password_auth_enabled", asBool, true))
		},
		highAvailabilityMode: highAvailabilityOf(f),
		serverParameters: {
			requireSecureTransport: serverParameter(f, r, base.id, CHILDREN, index, "serverParameters.requireSecureTransport", "require_secure_transport"),
			sslMinProtocolVersion: serverParameter(f, r, base.id, CHILDREN, index, "serverParameters.sslMinProtocolVersion", "ssl_min_protocol_version")
		}
	};
}
// src/adapters/terraform/provider-version.ts
const MAJORS = [
	3,
	4,
	5
];
/**
* The azurerm major version a configuration runs with: the version locked in
* `.terraform.lock.hcl` when there is one, else the one major its `version` constraint
* allows (`~> 4.0`, `>= 3.90, < 4.0`). Null when neither pins one: names are then read in
* every spelling, and defaults that differ between versions are unknown.
*/
function azurermMajor(constraint, locked) {
	if (locked !== void 0) return only(new Set(MAJORS.filter((m) => m === majorOf(locked))));
	if (constraint === void 0 || constraint.trim() === "") return null;
	let allowed = new Set(MAJORS);
	for (const part of constraint.split(",")) {
		const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(part);
		if (!m) return null;
		const [, op = "=", major, minor, patch] = m;
		const x = Number(major);
		const zero = (minor === void 0 || Number(minor) === 0) && (patch === void 0 || Number(patch) === 0);
		const keep = (test) => {
			allowed = new Set([...allowed].filter(test));
		};
		if (op === "=") keep((v) => v === x);
		else if (op === "~>") keep(minor === void 0 ? (v) => v >= x : (v) => v === x);
		else if (op === ">=" || op === ">") keep((v) => v >= x);
		else if (op === "<=") keep((v) => v <= x);
		else if (op === "<") keep((v) => zero ? v < x : v <= x);
	}
	return only(allowed);
}
function majorOf(version) {
	return Number(/^\s*v?(\d+)/.exec(version)?.[1] ?? NaN);
}
function only(set) {
	return set.size === 1 ? [...set][0] : null;
}
// src/adapters/terraform/redis.ts
const REDIS_CACHE = "azurerm_redis_cache";
/**
* `azurerm_redis_cache` → RedisCache. Names and defaults per the provider's documentation and
* schema, v3.117 to v5.2: `enable_non_ssl_port` became `non_ssl_port_enabled` (both in v3.114+,
* only the new one from 4.0); `access_keys_authentication_enabled` exists from 4.0.
*/
function adaptRedisCaches(index) {
	return index.ofType(REDIS_CACHE).map((r) => adaptCache(r, index));
}
function adaptCache(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.cache/redis", index.ids, f);
	const injected = f.read("vnetInjected", "subnet_id", (v) => typeof v === "string" ? v !== "" : void 0, false) ?? (r.references.subnet_id === void 0 ? null : true);
	f.provenance.paths.subnetId = "subnet_id";
	const accessKeys = f.read("disableAccessKeyAuthentication", "access_keys_authentication_enabled", asBool, true);
	return {
		...linkTargetOf(base, index, f, enabledOf(f.read("publicNetworkAccess", "public_network_access_enabled", asBool, true))),
		skuName: f.read("skuName", "sku_name", asString),
		enableNonSslPort: f.read("enableNonSslPort", ["non_ssl_port_enabled", "enable_non_ssl_port"], asBool, false),
		minimumTlsVersion: f.read("minimumTlsVersion", "minimum_tls_version", asString, "1.2"),
		disableAccessKeyAuthentication: accessKeys === null ? null : !accessKeys,
		entraAuthEnabled: f.read("entraAuthEnabled", "redis_configuration[0].active_directory_authentication_enabled", asBool, false),
		subnetId: index.ids.target(r, "subnet_id"),
		vnetInjected: injected
	};
}
// src/adapters/terraform/role-assignments.ts
const ROLE_ASSIGNMENT = "azurerm_role_assignment";
/** The principal type a reference to a resource of this type names: Entra objects, or a managed identity (a service principal). */
const PRINCIPAL_TYPES = {
	azuread_service_principal: "ServicePrincipal",
	azuread_user: "User",
	azuread_group: "Group"
};
/** The scope a reference to a resource of this type names, when it is not a resource. */
const SCOPE_LEVELS = {
	azurerm_subscription: "subscription",
	azurerm_management_group: "managementGroup",
	azurerm_resource_group: "resourceGroup"
};
/**
* `azurerm_role_assignment` → RoleAssignment, per the provider's documentation at v3.117, v4.20
* and v5.2 (the same attributes throughout). Before apply, `principal_id` and `scope` are often
* references whose values are not known yet: the referenced resource says which principal and
* scope they are (`azurerm_kubernetes_cluster.x.kubelet_identity[0].object_id`,
* `data.azurerm_subscription.current.id`).
*/
function adaptRoleAssignments(index) {
	return index.ofType(ROLE_ASSIGNMENT).map((r) => adaptAssignment(r, index));
}
function adaptAssignment(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.authorization/roleassignments", index.ids, f);
	const scopeRef = referenced(r, "scope", index);
	const scope = f.read("scope", "scope", asString) ?? (scopeRef ? scopeIdOf(scopeRef, index) : null);
	const principalRef = referenced(r, "principal_id", index);
	const principalType = f.read("principalType", "principal_type", asString) ?? (principalRef ? impliedPrincipalType(principalRef) : null);
	if (principalType !== null && f.provenance.unknown.principalType !== void 0) {
		delete f.provenance.unknown.principalType;
		f.provenance.paths.principalType = "principal_id";
	}
	return {
		...base,
		name: typeof r.values.name === "string" ? r.values.name : r.address,
		scope,
		scopeLevel: typeof r.values.scope === "string" ? scopeLevelOf(r.values.scope) : scopeRef ? levelOf(scopeRef) : null,
		...role(r, index, f),
		principalId: f.read("principalId", "principal_id", asString),
		principalType,
		principalResourceId: principalRef ? index.ids.idOf(principalRef) : null
	};
}
/** The role definition and the built-in role it is: by id, by `role_definition_name`, or by the `azurerm_role_definition` data source the id comes from. */
function role(r, index, f) {
	const id = f.read("roleDefinitionId", "role_definition_id", asString);
	const name = typeof r.values.role_definition_name === "string" ? r.values.role_definition_name : void 0;
	const source = referenced(r, "role_definition_id", index);
	const sourceName = source?.type === "azurerm_role_definition" && typeof source.values.name === "string" ? source.values.name : void 0;
	const known = (id ? builtInRoleOfId(id) : void 0) ?? builtInRoleNamed(name ?? sourceName ?? "");
	f.provenance.paths.roleName = name !== void 0 ? "role_definition_name" : "role_definition_id";
	if (id === null && name !== void 0) {
		if (known) return {
			roleDefinitionId: null,
			roleName: known.name
		};
		f.unknowable("roleDefinitionId", `role "${name}" is not a built-in role this check knows: a custom role can grant as much as Owner`, "role_definition_name");
	}
	return {
		roleDefinitionId: id,
		roleName: known?.name ?? null
	};
}
function referenced(r, attribute, index) {
	const address = r.references[attribute];
	return address === void 0 ? void 0 : index.ids.resolve(address);
}
/** A reference to an Entra object names its type; to an azurerm resource, its managed identity, a service principal. */
function impliedPrincipalType(target) {
	return PRINCIPAL_TYPES[target.type] ?? (target.type.startsWith("azurerm_") ? "ServicePrincipal" : null);
}
/**
* The ARM id a scope reference will have: known already, or, for a subscription or a resource
* group not created yet, built from the subscription its provider deploys to, so that the vaults
* the scope holds can be found by their subscription and resource group; else its identity.
*/
function scopeIdOf(target, index) {
	const id = index.ids.idOf(target);
	if (scopeLevelOf(id) !== null) return id;
	const subscription = index.ids.subscriptionOf(target);
	const level = SCOPE_LEVELS[target.type];
	if (subscription === null || level === void 0) return id;
	const name = target.values.name;
	if (level === "subscription") return `/subscriptions/${subscription}`;
	return level === "resourceGroup" && typeof name === "string" ? `/subscriptions/${subscription}/resourceGroups/${name}` : id;
}
function levelOf(target) {
	const id = target.values.id;
	if (typeof id === "string") return scopeLevelOf(id);
	return SCOPE_LEVELS[target.type] ?? (target.type.startsWith("azurerm_") ? "resource" : null);
}
// src/adapters/terraform/sql-failover-groups.ts
/**
* The failover groups naming the server or instance `ownId` at either end, each with its other
* members and their regions: the member's `location` in the configuration, else the region a
* plan computed for it. A configuration holds the groups it manages, so none is an empty list.
*/
function failoverGroupsOf(ownId, index, f, kind) {
	const own = ownId.toLowerCase();
	return [...new Set(index.referring(ownId, kind.type))].map((group, i) => {
		f.provenance.paths[`failoverGroups.${i}`] = group.address;
		const partners = kind.ends(group).map((end) => ({
			end,
			id: index.ids.target(group, end.attribute) ?? text$1(valueAt(group.values, end.attribute)) ?? null
		})).filter(({ id }) => id?.toLowerCase() !== own).map(({ end, id }) => ({
			id,
			location: (id && locationInConfiguration(id, index, kind.memberType)) ?? (end.location ? text$1(valueAt(group.values, end.location)) : void 0) ?? null
		}));
		return {
			name: text$1(group.values.name) ?? group.address,
			partners
		};
	});
}
function locationInConfiguration(id, index, memberType) {
	return text$1(index.ofType(memberType).find((r) => index.ids.idOf(r).toLowerCase() === id.toLowerCase())?.values.location);
}
// src/adapters/terraform/sql.ts
const SERVER = "azurerm_mssql_server";
const FIREWALL_RULE = "azurerm_mssql_firewall_rule";
const AUDITING = "azurerm_mssql_server_extended_auditing_policy";
const DATABASE$1 = "azurerm_mssql_database";
const FAILOVER_GROUP$1 = "azurerm_mssql_failover_group";
const SQL_TYPES = [
	SERVER,
	FIREWALL_RULE,
	AUDITING,
	DATABASE$1,
	FAILOVER_GROUP$1
];
/** A server failover group: the primary (`server_id`) and each `partner_server`, whose region a plan computes. */
const SERVER_FAILOVER_GROUPS = {
	type: FAILOVER_GROUP$1,
	memberType: SERVER,
	ends: (group) => {
		return [{ attribute: "server_id" }, ...(Array.isArray(group.values.partner_server) ? group.values.partner_server : []).map((_, i) => ({
			attribute: `partner_server[${i}].id`,
			location: `partner_server[${i}].location`
		}))];
	}
};
/**
* `azurerm_mssql_server` with its firewall rules, extended auditing policy, databases and failover groups →
* SqlServer. Defaults per the provider's documentation, v3.117 to v5.2. Children join through
* `server_id`; a configuration holds every child it manages, so none is an empty list.
* (`azurerm_mssql_server_transparent_data_encryption` sets the TDE protector, not whether
* databases are encrypted, so it is not read.)
*/
function adaptSqlServers(index) {
	return index.ofType(SERVER).map((r) => adaptServer(r, index));
}
function adaptServer(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.sql/servers", index.ids, f);
	const children = (type) => index.referring(base.id, type, "server_id");
	return {
		...linkTargetOf(base, index, f, enabledOf(f.read("publicNetworkAccess", "public_network_access_enabled", asBool, true))),
		minimalTlsVersion: f.read("minimalTlsVersion", "minimum_tls_version", (v) => v === "Disabled" ? "None" : asString(v), "1.2"),
		entraAdministrator: entraAdministratorOf$1(f),
		firewallRules: children(FIREWALL_RULE).map(firewallRuleOf),
		auditingSettings: children(AUDITING).map(auditingOf),
		masterDiagnosticSettings: f.unknowable("masterDiagnosticSettings", NOT_IN_CONFIGURATION),
		databases: children(DATABASE$1).map((db) => databaseOf$1(db, index, refOf(base))),
		failoverGroups: failoverGroupsOf(base.id, index, f, SERVER_FAILOVER_GROUPS)
	};
}
/** The `azuread_administrator` block: an Entra administrator when present. */
function entraAdministratorOf$1(f) {
	const none = blockAbsent(f, "azuread_administrator");
	const login = none ? null : f.read("entraAdministrator.configured", "azuread_administrator[0].login_username", asString);
	if (none) f.provenance.paths["entraAdministrator.configured"] = "azuread_administrator";
	const configured = none ? false : login === null ? null : true;
	const entraOnly = f.read("entraAdministrator.azureADOnlyAuthentication", "azuread_administrator[0].azuread_authentication_only", asBool);
	return {
		configured,
		login,
		sid: none ? null : f.read("entraAdministrator.sid", "azuread_administrator[0].object_id", asString),
		azureADOnlyAuthentication: configured === false ? false : entraOnly
	};
}
function firewallRuleOf(rule) {
	const { name, start_ip_address: start, end_ip_address: end } = rule.values;
	return {
		name: text$1(name) ?? rule.address,
		startIpAddress: text$1(start),
		endIpAddress: text$1(end)
	};
}
const ENDPOINTS = ["blob_storage_endpoint", "storage_endpoint"];
/** An endpoint read from a storage account of the configuration (`primary_blob_endpoint`) is a destination whose address only apply will tell. */
const COMPUTED_ENDPOINT = "(a blob endpoint known only after apply)";
/** v5 renamed `storage_endpoint` to `blob_storage_endpoint`; `enabled` and `log_monitoring_enabled` default to true. */
function auditingOf(policy) {
	const a = new AttributeReader(policy);
	const computed = ENDPOINTS.some((name) => {
		const raw = a.raw(name);
		return raw instanceof Unknown && raw.reason === "known only after apply";
	});
	return {
		name: policy.address,
		state: enabledOf(a.read("state", "enabled", asBool, true)),
		storageEndpoint: a.read("storageEndpoint", ENDPOINTS, asString) ?? (computed ? COMPUTED_ENDPOINT : null),
		isAzureMonitorTargetEnabled: a.read("isAzureMonitorTargetEnabled", "log_monitoring_enabled", asBool, true)
	};
}
/** `transparent_data_encryption_enabled`, documented to default to true. */
function databaseOf$1(db, index, server) {
	const d = index.reader(db);
	return {
		...tfBase(db, "microsoft.sql/servers/databases", index.ids, d),
		parent: server,
		transparentDataEncryption: enabledOf(d.read("transparentDataEncryption", "transparent_data_encryption_enabled", asBool, true))
	};
}
// src/adapters/terraform/sql-managed-instance.ts
const INSTANCE = "azurerm_mssql_managed_instance";
const ADMINISTRATOR = "azurerm_mssql_managed_instance_active_directory_administrator";
const DATABASE = "azurerm_mssql_managed_database";
const FAILOVER_GROUP = "azurerm_mssql_managed_instance_failover_group";
const SQL_MANAGED_INSTANCE_TYPES = [
	INSTANCE,
	ADMINISTRATOR,
	DATABASE,
	FAILOVER_GROUP
];
/** The group's `location` is its primary's region; the partner's, a plan computes into `partner_region`. */
const INSTANCE_FAILOVER_GROUPS = {
	type: FAILOVER_GROUP,
	memberType: INSTANCE,
	ends: () => [{
		attribute: "managed_instance_id",
		location: "location"
	}, {
		attribute: "partner_managed_instance_id",
		location: "partner_region[0].location"
	}]
};
/**
* `azurerm_mssql_managed_instance` with its Entra administrator, databases, failover groups and
* diagnostic settings → SqlManagedInstance. Defaults per the provider's documentation (v4.20).
* (`azurerm_mssql_managed_instance_transparent_data_encryption` sets the TDE protector, not
* whether databases are encrypted, so it is not read.)
*/
function adaptSqlManagedInstances(index) {
	return index.ofType(INSTANCE).map((r) => adaptInstance(r, index));
}
function adaptInstance(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.sql/managedinstances", index.ids, f);
	return {
		...base,
		subnetId: f.target("subnetId", "subnet_id"),
		publicDataEndpointEnabled: f.read("publicDataEndpointEnabled", "public_data_endpoint_enabled", asBool, false),
		minimalTlsVersion: f.read("minimalTlsVersion", "minimum_tls_version", asString, "1.2"),
		entraAdministrator: entraAdministratorOf(r, f, index.referring(base.id, ADMINISTRATOR, "managed_instance_id")[0]),
		diagnosticSettings: diagnosticSettingsOf(base.id, index, f),
		databases: index.referring(base.id, DATABASE, "managed_instance_id").map((db) => databaseOf(db, index, refOf(base))),
		failoverGroups: failoverGroupsOf(base.id, index, f, INSTANCE_FAILOVER_GROUPS)
	};
}
/** The inline `azure_active_directory_administrator` block, or a separate administrator resource. */
function entraAdministratorOf(r, f, separate) {
	if (separate) {
		const login = readFrom(f, r, separate, "entraAdministrator.configured", "login_username", asString);
		const entraOnly = readFrom(f, r, separate, "entraAdministrator.azureADOnlyAuthentication", "azuread_authentication_only", asBool);
		return {
			configured: login === null ? null : true,
			login,
			sid: readFrom(f, r, separate, "entraAdministrator.sid", "object_id", asString),
			azureADOnlyAuthentication: entraOnly
		};
	}
	const block = "azure_active_directory_administrator";
	if (blockAbsent(f, block)) {
		f.provenance.paths["entraAdministrator.configured"] = block;
		return {
			configured: false,
			login: null,
			sid: null,
			azureADOnlyAuthentication: false
		};
	}
	const login = f.read("entraAdministrator.configured", `${block}[0].login_username`, asString);
	return {
		configured: login === null ? null : true,
		login,
		sid: f.read("entraAdministrator.sid", `${block}[0].object_id`, asString),
		azureADOnlyAuthentication: f.read("entraAdministrator.azureADOnlyAuthentication", `${block}[0].azuread_authentication_only_enabled`, asBool, false)
	};
}
/**
* azurerm has no TDE attribute on a managed database: Azure encrypts every new database by
* default, while a restore (`point_in_time_restore`) keeps its source's setting, which is unknown.
*/
function databaseOf(db, index, instance) {
	const d = index.reader(db);
	const transparentDataEncryption = !blockAbsent(d, "point_in_time_restore") ? d.unknowable("transparentDataEncryption", "a restored database keeps the encryption of its source", "point_in_time_restore") : d.fixed("transparentDataEncryption", "Enabled", "a new database is encrypted with TDE by default");
	return {
		...tfBase(db, "microsoft.sql/managedinstances/databases", index.ids, d),
		parent: instance,
		transparentDataEncryption
	};
}
// src/adapters/terraform/storage-account.ts
const STORAGE_ACCOUNT = "azurerm_storage_account";
const NETWORK_RULES = "azurerm_storage_account_network_rules";
const STORAGE_ACCOUNT_TYPES = [STORAGE_ACCOUNT, NETWORK_RULES];
/**
* `azurerm_storage_account` (with an `azurerm_storage_account_network_rules` on it) →
* StorageAccount. Names and defaults per the provider's documentation, v3.117 to v5.2:
* `enable_https_traffic_only` became `https_traffic_only_enabled` (both in late v3), and 5.0
* turned `allow_nested_items_to_be_public` off by default (v2 called it `allow_blob_public_access`).
*/
function adaptStorageAccounts(index) {
	return index.ofType(STORAGE_ACCOUNT).map((r) => adaptAccount(r, index));
}
function adaptAccount(r, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.storage/storageaccounts", index.ids, f);
	const tier = f.read("sku", "account_tier", asString);
	const replication = f.read("sku", "account_replication_type", asString);
	f.provenance.paths.sku = "account_replication_type";
	return {
		...linkTargetOf(base, index, f, enabledOf(f.read("publicNetworkAccess", "public_network_access_enabled", asBool, true))),
		kind: f.read("kind", "account_kind", asString, "StorageV2"),
		sku: tier === null || replication === null ? null : `${tier}_${replication}`,
		...networkRulesOf(r, base.id, f, index),
		allowBlobPublicAccess: f.read("allowBlobPublicAccess", ["allow_nested_items_to_be_public", "allow_blob_public_access"], asBool, index.byMajor({
			3: true,
			4: true,
			5: false
		})),
		minimumTlsVersion: f.read("minimumTlsVersion", "min_tls_version", asString, "TLS1_2"),
		supportsHttpsTrafficOnly: f.read("supportsHttpsTrafficOnly", ["https_traffic_only_enabled", "enable_https_traffic_only"], asBool, true),
		allowSharedKeyAccess: f.read("allowSharedKeyAccess", "shared_access_key_enabled", asBool, true)
	};
}
/**
* The firewall from an `azurerm_storage_account_network_rules` on the account (which then
* owns it), else the inline `network_rules` block. Without either the account has no firewall.
*/
function networkRulesOf(r, accountId, f, index) {
	const [separate, ...more] = index.referring(accountId, NETWORK_RULES, "storage_account_id");
	if (more.length) {
		const fields = [
			"networkDefaultAction",
			"ipRules",
			"virtualNetworkSubnetIds",
			"networkBypass"
		];
		(f.provenance.conflicting ??= []).push(...fields);
		return {
			networkDefaultAction: null,
			ipRules: null,
			virtualNetworkSubnetIds: null,
			networkBypass: null
		};
	}
	if (separate) return {
		networkDefaultAction: readFrom(f, r, separate, "networkDefaultAction", "default_action", asString),
		ipRules: readFrom(f, r, separate, "ipRules", "ip_rules", asStrings, []),
		virtualNetworkSubnetIds: readFrom(f, r, separate, "virtualNetworkSubnetIds", "virtual_network_subnet_ids", asStrings, []),
		networkBypass: readFrom(f, r, separate, "networkBypass", "bypass", bypassOf, "AzureServices")
	};
	const none = blockAbsent(f, "network_rules");
	return {
		networkDefaultAction: f.read("networkDefaultAction", "network_rules[0].default_action", asString, none ? "Allow" : void 0),
		ipRules: f.read("ipRules", "network_rules[0].ip_rules", asStrings, []),
		virtualNetworkSubnetIds: f.read("virtualNetworkSubnetIds", "network_rules[0].virtual_network_subnet_ids", asStrings, []),
		networkBypass: f.read("networkBypass", "network_rules[0].bypass", bypassOf, none ? "AzureServices" : void 0)
	};
}
/** `bypass = ["AzureServices", "Logging"]` in the API's comma-separated spelling. */
function bypassOf(v) {
	return asStrings(v)?.join(", ");
}
// src/adapters/terraform/subscriptions.ts
const PRICING = "azurerm_security_center_subscription_pricing";
const CONTACT = "azurerm_security_center_contact";
const SUBSCRIPTION_TYPES = [PRICING, CONTACT];
/**
* The subscription a provider configuration deploys into while the configuration does not state
* it: one per source and provider configuration (`subscriptionScope`), so the clusters of that
* configuration judge against its plans and contacts, and two configurations are never taken for
* one subscription. A subscription the provider states is the one its id names, which an export
* or another configuration deploying into it names alike (the readings merge: state/merge.ts).
*/
function unstated(source, provider) {
	const configuration = provider === void 0 || provider === "azurerm" ? "azurerm provider" : `azurerm provider ${provider}`;
	return {
		id: `${source} ${configuration} subscription`,
		name: `the subscription of the ${configuration} of ${source} (not stated in the configuration)`
	};
}
const SUBSCRIPTION_PATHS = {
	defenderPlans: `(${PRICING} resources)`,
	securityContacts: `(${CONTACT} resources)`
};
const PLAN_PATHS = { extensions: "extension" };
/**
* `azurerm_security_center_subscription_pricing` and `azurerm_security_center_contact` →
* Subscription envelopes: the one an ARM id names once applied, else the provider's, which
* is not known before apply. A configuration states the plans it manages, not the others of
* the subscription (the portal or another configuration may set them), so a plan it does not
* state is not in the input; it holds no contact: contacts unknown, not none.
*/
function adaptSubscriptions(index) {
	const bySubscription = /* @__PURE__ */ new Map();
	const seen = (r) => {
		const key = subscriptionScope({
			subscriptionId: index.ids.subscriptionOf(r),
			origin: originOf(r)
		});
		let entry = bySubscription.get(key);
		if (!entry) bySubscription.set(key, entry = {
			plans: [],
			contacts: []
		});
		return entry;
	};
	for (const r of index.ofType(PRICING)) seen(r).plans.push(r);
	for (const r of index.ofType(CONTACT)) seen(r).contacts.push(r);
	return [...bySubscription.values()].map(({ plans, contacts }) => {
		const first = plans[0] ?? contacts[0];
		const guid = index.ids.subscriptionOf(first) ?? "";
		const origin = originOf(first);
		delete origin.address;
		const base = {
			...guid ? {
				id: `/subscriptions/${guid}`,
				name: guid
			} : unstated(first.source, first.provider?.key),
			type: "microsoft.resources/subscriptions",
			subscriptionId: guid,
			resourceGroup: null,
			location: null,
			tags: {},
			origin,
			provenance: {
				paths: SUBSCRIPTION_PATHS,
				defaulted: []
			}
		};
		const parent = refOf(base);
		return {
			...base,
			displayName: null,
			defenderPlans: lessProtectiveByName(plans.map((r) => planOf(r, parent, index))),
			securityContacts: contacts.length ? contacts.map((r) => contactOf(r, index)) : null
		};
	});
}
/**
* A pricing: its plan is `resource_type` (documented default `VirtualMachines`), each `extension`
* block an enabled extension (azurerm turns off the ones it does not list).
*/
function planOf(r, subscription, index) {
	const f = index.reader(r);
	const base = tfBase(r, "microsoft.security/pricings", index.ids, f);
	const name = f.read("name", "resource_type", asString, "VirtualMachines");
	Object.assign(f.provenance.paths, PLAN_PATHS);
	const extensions = {};
	const blocks = r.values.extension;
	if (Array.isArray(blocks)) {
		for (const block of blocks) if (isBlock(block) && typeof block.name === "string") extensions[block.name] = true;
	}
	const id = name === null ? base.id : index.ids.subscriptionChildId(r, "Microsoft.Security/pricings", name);
	return {
		...base,
		id,
		name: name ?? r.address,
		parent: subscription,
		tier: f.read("tier", "tier", asString),
		subPlan: f.read("subPlan", "subplan", asString),
		extensions
	};
}
/** Two pricings of one plan (two configurations, or an error): the less protective one, so order never decides. */
function lessProtectiveByName(plans) {
	const rank = (p) => p.tier === null ? 1 : p.tier.toLowerCase() === "standard" ? 2 : 0;
	const byName = /* @__PURE__ */ new Map();
	for (const plan of plans) {
		const key = plan.name.toLowerCase();
		const seen = byName.get(key);
		if (!seen || rank(plan) < rank(seen)) byName.set(key, plan);
	}
	return [...byName.values()];
}
/**
* A contact as azurerm writes it (API 2017-08-01-preview, v3 to v5): one `email`, `alert_notifications`
* On mails High-severity alerts, no switch (in force), `alerts_to_admins` the role notification.
*/
function contactOf(r, index) {
	const f = index.reader(r);
	const email = f.read("emails", "email", asString);
	const alerts = f.read("alertNotifications", "alert_notifications", asBool);
	const admins = f.read("notificationsByRole", "alerts_to_admins", asBool);
	const name = typeof r.values.name === "string" ? r.values.name : "default1";
	return {
		id: index.ids.subscriptionChildId(r, "Microsoft.Security/securityContacts", name),
		name,
		emails: email === null ? null : email.split(/[;,]/).map((e) => e.trim()).filter(Boolean),
		phone: typeof r.values.phone === "string" ? r.values.phone : null,
		isEnabled: true,
		alertNotifications: alerts,
		alertMinimalSeverity: alerts ? "High" : null,
		notificationsByRole: {
			state: admins === null ? null : admins ? "On" : "Off",
			roles: null
		},
		origin: originOf(r)
	};
}
// src/adapters/terraform/adapt.ts
/** azurerm types some adapter reads, directly or as part of another resource. */
const KNOWN_TYPES = /* @__PURE__ */ new Set([
	...AKS_TYPES,
	...KEY_VAULT_TYPES,
	DIAGNOSTIC_SETTING,
	FLUX_CONFIGURATION,
	...NETWORK_TYPES,
	...SUBSCRIPTION_TYPES,
	REDIS_CACHE,
	CONTAINER_REGISTRY,
	...STORAGE_ACCOUNT_TYPES,
	...POSTGRESQL_TYPES,
	...MYSQL_TYPES,
	...SQL_TYPES,
	ROLE_ASSIGNMENT,
	...MANAGED_IDENTITY_TYPES,
	...SQL_MANAGED_INSTANCE_TYPES,
	...MONITORING_TYPES
]);
/**
* Terraform resource instances (from a plan or an evaluated configuration: one shape) →
* normalized state, for azurerm provider versions 3 to 5. Types no adapter reads are counted.
*/
function adaptTerraform(resources, major, shared) {
	const index = new TfIndex(resources, major, shared);
	const counts = /* @__PURE__ */ new Map();
	for (const [type, list] of index.types()) if (!KNOWN_TYPES.has(type)) counts.set(type, list.length);
	const unrecognized = [...counts].map(([type, count]) => ({
		type,
		count
	})).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
	const state = emptyState();
	state.subscriptions = adaptSubscriptions(index);
	state.clusters = adaptClusters(index);
	state.network = adaptNetwork(index);
	state.keyVaults = adaptKeyVaults(index);
	state.redisCaches = adaptRedisCaches(index);
	state.containerRegistries = adaptContainerRegistries(index);
	state.storageAccounts = adaptStorageAccounts(index);
	state.postgresFlexibleServers = adaptPostgresFlexibleServers(index);
	state.mysqlFlexibleServers = adaptMySqlFlexibleServers(index);
	state.sqlServers = adaptSqlServers(index);
	state.roleAssignments = adaptRoleAssignments(index);
	state.managedIdentities = adaptManagedIdentities(index);
	state.sqlManagedInstances = adaptSqlManagedInstances(index);
	state.virtualMachines = adaptVirtualMachines(index);
	state.monitoring = adaptMonitoring(index);
	state.fluxConfigurations = adaptFluxConfigurations(index);
	return {
		state: withSubnetReferences(state),
		unrecognized
	};
}
/**
* The configurations and plans of one scan, each adapted with the azurerm version it runs with.
* Two that declare the same address hold two resources (see sharedAddresses), never one to merge.
*/
function adaptTerraformReads(reads) {
	const shared = sharedAddresses(reads.map((read) => read.resources));
	return reads.map((read, i) => adaptTerraform(read.resources, azurermMajor(read.azurerm.constraint, read.azurerm.locked), shared[i]));
}
export { adaptTerraform, adaptTerraformReads };
