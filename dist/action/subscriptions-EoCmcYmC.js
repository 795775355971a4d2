import { C as nameOf, D as subscriptionOf$1, E as resourceGroupOf, O as typeOfId, S as idKey, T as relativeId$1, _ as PROMETHEUS_RULE_GROUP, g as METRIC_ALERT, h as ACTION_GROUP, j as refOf, k as baseOf, v as SCHEDULED_QUERY_RULE, x as FieldReader, y as issuerKey } from "./role-assignments-BYtY5gYe.js";
import { r as UsageError, t as InputError } from "./errors-DBVyj-7z.js";
import { t as isObject } from "./json-C040QO5N.js";
import { t as TOOL } from "./version--AyCFhb9.js";
import { Agent } from "node:https";
// src/collectors/azure/scan-options.ts
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isSubscriptionId(text) {
	return GUID.test(text);
}
// src/lib/bearer-url.ts
const LOOPBACK = /* @__PURE__ */ new Set([
	"127.0.0.1",
	"[::1]",
	"localhost"
]);
/**
* Whether a bearer token may be sent to `url`: over TLS, or in the clear only to this machine
* (a local proxy, or the stand-ins the tests run on the loopback address).
*/
function mayCarryToken(url) {
	return url.protocol === "https:" || url.protocol === "http:" && LOOPBACK.has(url.hostname);
}
const SETTINGS = {
	AZURE_TENANT_ID: "tenantId",
	AZURE_CLIENT_ID: "clientId",
	ACTIONS_ID_TOKEN_REQUEST_URL: "requestUrl",
	ACTIONS_ID_TOKEN_REQUEST_TOKEN: "requestToken"
};
/** The settings, or the names of the variables the environment lacks. */
function githubOidcSettings(env) {
	const missing = Object.keys(SETTINGS).filter((name) => !env[name]);
	if (missing.length) return { missing };
	return Object.fromEntries(Object.entries(SETTINGS).map(([name, key]) => [key, env[name]]));
}
/**
* The GitHub OIDC sign-in when a scan runs in GitHub Actions with everything it needs and no other
* sign-in named: a client secret, a certificate or a federated token file in the environment is
* the user's choice of sign-in and wins. `--credential default` uses this before the SDK's chain,
* whose Azure CLI login (azure/login) cannot refresh and fails an hour into a long scan.
*/
function githubOidcFromActions(env) {
	if (env.GITHUB_ACTIONS !== "true") return void 0;
	if (env.AZURE_CLIENT_SECRET || env.AZURE_CLIENT_CERTIFICATE_PATH || env.AZURE_FEDERATED_TOKEN_FILE) return void 0;
	const settings = githubOidcSettings(env);
	return "missing" in settings ? void 0 : settings;
}
/** An ID token is used again while it has at least this long to live; past that, a fresh one is asked for. */
const REUSE_MARGIN_MS = 6e4;
const ID_TOKEN_TIMEOUT_MS = 3e4;
/**
* An Azure credential that signs in as the Entra application trusting this GitHub workflow, with a
* GitHub OIDC ID token as the client assertion. GitHub's tokens live a few minutes and Azure's
* about an hour, so each time Entra must be asked for a new Azure token the assertion is an ID
* token with time left, fetched again when the last one is near its end: a scan of any length
* keeps signing in, where the Azure CLI's login (one ID token, kept) fails with AADSTS700024.
*/
async function createGitHubOidcCredential(settings, options) {
	const { ClientAssertionCredential } = await import("./esm-Czc4z_23.js");
	const idTokens = new IdTokenSource(settings, options);
	return new ClientAssertionCredential(settings.tenantId, settings.clientId, () => idTokens.get(), {
		authorityHost: options.authorityHost,
		disableInstanceDiscovery: true,
		userAgentOptions: { userAgentPrefix: `${TOOL.name}/${TOOL.version}` },
		...options.tlsCa ? { agent: new Agent({ ca: options.tlsCa }) } : {}
	});
}
/** GitHub ID tokens for one audience: the last one while it has time left, one request at a time. */
var IdTokenSource = class {
	last;
	pending;
	settings;
	options;
	constructor(settings, options) {
		this.settings = settings;
		this.options = options;
	}
	get() {
		const now = (this.options.now ?? Date.now)();
		if (this.last && this.last.expiresAt - now > REUSE_MARGIN_MS) return Promise.resolve(this.last.token);
		this.pending ??= this.fetchToken().finally(() => this.pending = void 0);
		return this.pending;
	}
	async fetchToken() {
		const refused = (why) => /* @__PURE__ */ new Error(`GitHub gave no OIDC ID token for Azure: ${why}`);
		const url = URL.parse(this.settings.requestUrl);
		if (!url) throw refused("ACTIONS_ID_TOKEN_REQUEST_URL is not a URL");
		if (!mayCarryToken(url)) throw refused(`ACTIONS_ID_TOKEN_REQUEST_URL is not https (${url.origin})`);
		url.searchParams.set("audience", this.options.audience ?? "api://AzureADTokenExchange");
		let response;
		try {
			response = await (this.options.fetch ?? fetch)(url, {
				headers: {
					authorization: `Bearer ${this.settings.requestToken}`,
					accept: "application/json",
					"user-agent": `${TOOL.name}/${TOOL.version}`
				},
				redirect: "error",
				signal: AbortSignal.timeout(ID_TOKEN_TIMEOUT_MS)
			});
		} catch (error) {
			throw refused(failedFetch(error));
		}
		if (!response.ok) throw refused(`HTTP ${response.status} (the job needs \`permissions: id-token: write\`, and the request URL and token of this run)`);
		const value = (await response.json().catch(() => ({}))).value;
		if (typeof value !== "string" || !value) throw refused("the answer holds no token");
		this.last = {
			token: value,
			expiresAt: expiryOf(value)
		};
		return value;
	}
};
function failedFetch(error) {
	if (!(error instanceof Error)) return String(error);
	if (error.name === "TimeoutError") return `no answer within ${ID_TOKEN_TIMEOUT_MS / 1e3} s`;
	return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}
/** A JWT's `exp` in milliseconds; 0 (use once) when it has none readable. */
function expiryOf(jwt) {
	try {
		const { exp } = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));
		return typeof exp === "number" ? exp * 1e3 : 0;
	} catch {
		return 0;
	}
}
// src/collectors/azure/credential.ts
/** The national clouds by the names `az cloud list` uses. */
const CLOUDS = {
	AzureCloud: {
		arm: "https://management.azure.com",
		authority: "https://login.microsoftonline.com"
	},
	AzureChinaCloud: {
		arm: "https://management.chinacloudapi.cn",
		authority: "https://login.chinacloudapi.cn"
	},
	AzureUSGovernment: {
		arm: "https://management.usgovcloudapi.net",
		authority: "https://login.microsoftonline.us"
	}
};
const CREDENTIAL_KINDS = [
	"default",
	"github-oidc",
	"cli",
	"env",
	"workload-identity",
	"managed-identity"
];
/**
* `--cloud` names a national cloud; `--arm-endpoint` points at any other ARM (Azure Stack Hub, a
* private cloud, a test server). With both, the cloud gives the token audience and the authority;
* with the endpoint alone, the audience is the endpoint itself and the authority the public cloud's.
*/
function resolveArmTarget(cloud, armEndpoint) {
	const known = CLOUDS[cloud ?? "AzureCloud"];
	const endpoint = armEndpoint === void 0 ? known.arm : httpsOrigin(armEndpoint);
	return {
		endpoint,
		scope: `${cloud !== void 0 || armEndpoint === void 0 ? known.arm : endpoint}/.default`,
		authorityHost: known.authority
	};
}
function isCloudName(value) {
	return Object.hasOwn(CLOUDS, value);
}
function isCredentialKind(value) {
	return CREDENTIAL_KINDS.includes(value);
}
/** Bearer tokens only travel over TLS: the SDK refuses http, and so does the scan, up front. */
function httpsOrigin(text) {
	let url;
	try {
		url = new URL(text);
	} catch {
		throw new UsageError(`--arm-endpoint: "${text}" is not a URL`);
	}
	if (url.protocol !== "https:") throw new UsageError(`--arm-endpoint: "${text}" must be an https:// URL`);
	if (url.pathname !== "/" || url.search || url.hash) throw new UsageError(`--arm-endpoint: "${text}" must be a bare origin such as https://management.azure.com`);
	return url.origin;
}
/**
* The credential the CLI signs in with. Built only on the CLI path (tests inject one, or sign in
* with GitHub OIDC at local stand-ins, `tlsCa` trusting them): the identity library is loaded on
* demand, and DefaultAzureCredential probes the managed-identity endpoint when nothing else answers.
* `default` inside GitHub Actions set up for OIDC is the GitHub OIDC sign-in (githubOidcFromActions).
*/
async function createCredential(kind, target, env = process.env, tlsCa) {
	if (kind === "github-oidc") return githubOidc(requireGithubOidc(env), target, tlsCa);
	const fromActions = kind === "default" ? githubOidcFromActions(env) : void 0;
	if (fromActions) return githubOidc(fromActions, target, tlsCa);
	const identity = await import("./esm-Czc4z_23.js");
	const authorityHost = target.authorityHost;
	const managedIdentityClientId = env.AZURE_CLIENT_ID;
	switch (kind) {
		case "cli": return new identity.AzureCliCredential();
		case "env": return new identity.EnvironmentCredential({ authorityHost });
		case "workload-identity": return new identity.WorkloadIdentityCredential({ authorityHost });
		case "managed-identity": return managedIdentityClientId ? new identity.ManagedIdentityCredential({ clientId: managedIdentityClientId }) : new identity.ManagedIdentityCredential();
		case "default": return new identity.DefaultAzureCredential({
			authorityHost,
			...managedIdentityClientId ? { managedIdentityClientId } : {}
		});
	}
}
/** `--credential github-oidc` names what the environment lacks up front, before any scan starts. */
function requireGithubOidc(env) {
	const settings = githubOidcSettings(env);
	if (!("missing" in settings)) return settings;
	const token = settings.missing.some((name) => name.startsWith("ACTIONS_")) ? " (GitHub sets ACTIONS_ID_TOKEN_REQUEST_* for a job with `permissions: id-token: write`)" : "";
	throw new UsageError(`--credential github-oidc: ${settings.missing.join(", ")} not set${token}`);
}
function githubOidc(settings, target, tlsCa) {
	return createGitHubOidcCredential(settings, {
		authorityHost: target.authorityHost,
		...tlsCa ? { tlsCa } : {}
	});
}
// src/adapters/arm/diagnostic-settings.ts
const DIAGNOSTIC_SETTING = "microsoft.insights/diagnosticsettings";
const DESTINATIONS = [
	"workspaceId",
	"storageAccountId",
	"eventHubAuthorizationRuleId",
	"eventHubName",
	"marketplacePartnerId"
];
/** Where each field is, relative to the setting's `properties`: categories and groups are read off its log entries. */
const SETTING_PATHS = {
	categories: "logs",
	categoryGroups: "logs"
};
/** Where a resource's diagnostic settings are, for the paths table of every resource that has them. */
const DIAGNOSTIC_SETTINGS_PATH = { diagnosticSettings: "providers/Microsoft.Insights/diagnosticSettings" };
/**
* The diagnostic settings attached to a resource. Known (possibly empty) when the input
* carried the resource's children or any setting for it; null otherwise, because an export
* without children says nothing about its diagnostic settings.
*/
function adaptDiagnosticSettings(parent, index) {
	const found = index.attachedTo(parent.id, DIAGNOSTIC_SETTING);
	if (found.length === 0 && !index.includesChildrenOf(parent.id)) return null;
	return found.map((r) => adaptSetting(r, parent.id));
}
/** A setting named relative to the resource it is on (`providers/Microsoft.Insights/diagnosticSettings/audit`), as evidence on that resource reads. */
function adaptSetting(r, parentId) {
	const p = r.properties;
	const categories = [];
	const categoryGroups = [];
	for (const log of p?.children("logs") ?? []) {
		if (log.bool("enabled") === false) continue;
		const category = log.string("category");
		const group = log.string("categoryGroup");
		if (category) categories.push(category);
		if (group) categoryGroups.push(group);
	}
	const base = baseOf(r, [], SETTING_PATHS);
	return {
		...base,
		provenance: {
			...base.provenance,
			at: `${relativeId$1(parentId, r.id)}#properties`
		},
		categories,
		categoryGroups,
		hasDestination: DESTINATIONS.some((k) => Boolean(p?.string(k)))
	};
}
// src/adapters/arm/aks.ts
const MANAGED_CLUSTER = "microsoft.containerservice/managedclusters";
const AGENT_POOL = "microsoft.containerservice/managedclusters/agentpools";
/** Where each cluster field is in the ARM body (2026-08-01 REST API names). */
const CLUSTER_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	provisioningState: "properties.provisioningState",
	kubernetesVersion: "properties.currentKubernetesVersion",
	skuTier: "sku.tier",
	supportPlan: "properties.supportPlan",
	fqdn: "properties.fqdn",
	privateFqdn: "properties.privateFQDN",
	nodeResourceGroup: "properties.nodeResourceGroup",
	"apiServer.privateCluster": "properties.apiServerAccessProfile.enablePrivateCluster",
	"apiServer.privateClusterPublicFqdn": "properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN",
	"apiServer.authorizedIpRanges": "properties.apiServerAccessProfile.authorizedIPRanges",
	"apiServer.vnetIntegration": "properties.apiServerAccessProfile.enableVnetIntegration",
	"identity.type": "identity.type",
	"identity.servicePrincipalClientId": "properties.servicePrincipalProfile.clientId",
	oidcIssuerEnabled: "properties.oidcIssuerProfile.enabled",
	workloadIdentityEnabled: "properties.securityProfile.workloadIdentity.enabled",
	podIdentityEnabled: "properties.podIdentityProfile.enabled",
	localAccountsDisabled: "properties.disableLocalAccounts",
	"aad.managed": "properties.aadProfile.managed",
	"aad.azureRbac": "properties.aadProfile.enableAzureRBAC",
	rbacEnabled: "properties.enableRBAC",
	"network.plugin": "properties.networkProfile.networkPlugin",
	"network.pluginMode": "properties.networkProfile.networkPluginMode",
	"network.policy": "properties.networkProfile.networkPolicy",
	"network.dataplane": "properties.networkProfile.networkDataplane",
	"network.outboundType": "properties.networkProfile.outboundType",
	"network.podLinkLocalAccess": "properties.networkProfile.podLinkLocalAccess",
	defenderEnabled: "properties.securityProfile.defender.securityMonitoring.enabled",
	kmsEnabled: "properties.securityProfile.azureKeyVaultKms.enabled",
	addons: "properties.addonProfiles",
	"addons.azurePolicy": "properties.addonProfiles.azurepolicy",
	"addons.keyVaultSecretsProvider": "properties.addonProfiles.azureKeyvaultSecretsProvider",
	"addons.keyVaultSecretsProvider.config.secretRotation": "properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation",
	"addons.containerInsights": "properties.addonProfiles.omsagent",
	"addons.containerInsights.config.logAnalyticsWorkspaceId": "properties.addonProfiles.omsagent.config.logAnalyticsWorkspaceResourceID",
	"addons.httpApplicationRouting": "properties.addonProfiles.httpApplicationRouting",
	"addons.kubeDashboard": "properties.addonProfiles.kubeDashboard",
	"addons.virtualNodes": "properties.addonProfiles.aciConnectorLinux",
	"addons.applicationGatewayIngress": "properties.addonProfiles.ingressApplicationGateway",
	"addons.openServiceMesh": "properties.addonProfiles.openServiceMesh",
	"addons.confidentialComputing": "properties.addonProfiles.ACCSGXDevicePlugin",
	containerInsightsEnabled: "properties.azureMonitorProfile.containerInsights.enabled",
	autoUpgradeChannel: "properties.autoUpgradeProfile.upgradeChannel",
	nodeOsUpgradeChannel: "properties.autoUpgradeProfile.nodeOSUpgradeChannel",
	agentPools: "properties.agentPoolProfiles"
};
/** An older body states only the requested version. */
const CLUSTER_PATHS_REQUESTED_VERSION = {
	...CLUSTER_PATHS,
	kubernetesVersion: "properties.kubernetesVersion"
};
/** Where each pool field is, relative to the pool's profile (or its agentPools resource's properties). */
const POOL_PATHS = {
	mode: "mode",
	count: "count",
	orchestratorVersion: "currentOrchestratorVersion",
	poolType: "type",
	scaleMinNodes: "virtualMachinesProfile.scale",
	osType: "osType",
	vmSize: "vmSize",
	enableNodePublicIP: "enableNodePublicIP",
	enableEncryptionAtHost: "enableEncryptionAtHost",
	availabilityZones: "availabilityZones",
	enableAutoScaling: "enableAutoScaling",
	minCount: "minCount",
	maxCount: "maxCount",
	vnetSubnetId: "vnetSubnetID"
};
const POOL_PATHS_REQUESTED_VERSION = {
	...POOL_PATHS,
	orchestratorVersion: "orchestratorVersion"
};
/** The add-on profiles' ARM names (lower case) and the add-ons they are. */
const ADDON_NAMES = /* @__PURE__ */ new Map([
	["azurepolicy", "azurePolicy"],
	["azurekeyvaultsecretsprovider", "keyVaultSecretsProvider"],
	["omsagent", "containerInsights"],
	["httpapplicationrouting", "httpApplicationRouting"],
	["kubedashboard", "kubeDashboard"],
	["aciconnectorlinux", "virtualNodes"],
	["ingressapplicationgateway", "applicationGatewayIngress"],
	["openservicemesh", "openServiceMesh"],
	["accsgxdeviceplugin", "confidentialComputing"]
]);
/**
* The add-on `config` entries rules read (ARM key, lower case, and the state's name): Container
* insights' workspace, the Secrets Store CSI driver's rotation flag, AGIC's gateway. The map is free-form, so
* nothing else in it is kept: it would reach snapshots and report evidence, and a value there
* can be a credential.
*/
const KEPT_ADDON_CONFIG = /* @__PURE__ */ new Map([
	["loganalyticsworkspaceresourceid", "logAnalyticsWorkspaceId"],
	["enablesecretrotation", "secretRotation"],
	["applicationgatewayid", "applicationGatewayId"],
	["effectiveapplicationgatewayid", "effectiveApplicationGatewayId"]
]);
/** `Microsoft.ContainerService/managedClusters` → AksCluster. Property names and defaults follow the 2026-08-01 REST API. */
function adaptClusters(index) {
	return index.ofType(MANAGED_CLUSTER).map((r) => adaptCluster(r, index));
}
function adaptCluster(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const api = p?.child("apiServerAccessProfile");
	const security = p?.child("securityProfile");
	const aad = p?.child("aadProfile");
	const net = p?.child("networkProfile");
	const upgrade = p?.child("autoUpgradeProfile");
	const version = versionOf$1(p, "currentKubernetesVersion", "kubernetesVersion");
	const base = baseOf(r, f.defaulted, version.requested ? CLUSTER_PATHS_REQUESTED_VERSION : CLUSTER_PATHS);
	return {
		...base,
		apiVersion: r.apiVersion,
		provisioningState: f.stated(p?.string("provisioningState")),
		kubernetesVersion: f.stated(version.value),
		skuTier: f.read("skuTier", r.node.child("sku")?.string("tier"), "Free"),
		supportPlan: f.read("supportPlan", p?.string("supportPlan"), "KubernetesOfficial"),
		fqdn: f.stated(p?.string("fqdn")),
		privateFqdn: f.stated(p?.string("privateFQDN")),
		nodeResourceGroup: f.stated(p?.string("nodeResourceGroup")),
		apiServer: {
			privateCluster: f.read("apiServer.privateCluster", api?.bool("enablePrivateCluster"), false),
			privateClusterPublicFqdn: f.stated(api?.bool("enablePrivateClusterPublicFQDN")),
			authorizedIpRanges: f.read("apiServer.authorizedIpRanges", api?.strings("authorizedIPRanges"), []),
			vnetIntegration: f.read("apiServer.vnetIntegration", api?.bool("enableVnetIntegration"), false)
		},
		identity: {
			type: f.read("identity.type", r.node.child("identity")?.string("type"), "None"),
			servicePrincipalClientId: f.stated(p?.child("servicePrincipalProfile")?.string("clientId"))
		},
		oidcIssuerEnabled: f.read("oidcIssuerEnabled", p?.child("oidcIssuerProfile")?.bool("enabled"), false),
		workloadIdentityEnabled: f.read("workloadIdentityEnabled", security?.child("workloadIdentity")?.bool("enabled"), false),
		podIdentityEnabled: f.read("podIdentityEnabled", p?.child("podIdentityProfile")?.bool("enabled"), false),
		localAccountsDisabled: f.read("localAccountsDisabled", p?.bool("disableLocalAccounts"), false),
		aad: {
			managed: f.read("aad.managed", aad?.bool("managed"), false),
			azureRbac: f.read("aad.azureRbac", aad?.bool("enableAzureRBAC"), false)
		},
		rbacEnabled: f.stated(p?.bool("enableRBAC")),
		network: {
			plugin: f.read("network.plugin", net?.string("networkPlugin"), "kubenet"),
			pluginMode: f.stated(net?.string("networkPluginMode")),
			policy: f.read("network.policy", net?.string("networkPolicy"), "none"),
			dataplane: f.stated(net?.string("networkDataplane")),
			outboundType: f.read("network.outboundType", net?.string("outboundType"), "loadBalancer"),
			podLinkLocalAccess: f.stated(net?.string("podLinkLocalAccess"))
		},
		defenderEnabled: f.read("defenderEnabled", security?.child("defender")?.child("securityMonitoring")?.bool("enabled"), false),
		kmsEnabled: f.read("kmsEnabled", security?.child("azureKeyVaultKms")?.bool("enabled"), false),
		addons: f.read("addons", addonsOf(p?.child("addonProfiles")), {}),
		containerInsightsEnabled: f.read("containerInsightsEnabled", p?.child("azureMonitorProfile")?.child("containerInsights")?.bool("enabled"), false),
		autoUpgradeChannel: f.read("autoUpgradeChannel", upgrade?.string("upgradeChannel"), "none"),
		nodeOsUpgradeChannel: f.stated(upgrade?.string("nodeOSUpgradeChannel")),
		agentPools: agentPoolsOf(r, base, index),
		diagnosticSettings: adaptDiagnosticSettings(r, index)
	};
}
/** The add-ons under their domain names; ARM names match in any casing, and add-ons no rule knows are not kept. */
function addonsOf(profiles) {
	if (!profiles) return void 0;
	const out = {};
	for (const armName of Object.keys(profiles.obj)) {
		const name = ADDON_NAMES.get(armName.toLowerCase());
		const addon = name && profiles.child(armName);
		if (!name || !addon) continue;
		const config = {};
		for (const [key, value] of Object.entries(addon.stringMap("config") ?? {})) {
			const kept = KEPT_ADDON_CONFIG.get(key.toLowerCase());
			if (kept) config[kept] = value;
		}
		out[name] = {
			enabled: addon.bool("enabled") ?? null,
			config
		};
	}
	return out;
}
/**
* Pools from `properties.agentPoolProfiles` and from separate `agentPools` child resources;
* a separate resource describes the pool more fully, so it wins on a name clash.
*/
function agentPoolsOf(r, cluster, index) {
	const pools = /* @__PURE__ */ new Map();
	const parent = refOf(cluster);
	r.properties?.children("agentPoolProfiles")?.forEach((node, i) => {
		const name = node.string("name") ?? "(unnamed)";
		const identity = {
			...cluster,
			id: `${cluster.id}/agentPools/${name}`,
			name,
			tags: node.stringMap("tags") ?? {},
			origin: {
				source: r.source,
				file: node.file,
				pointer: node.pointer
			},
			parent
		};
		pools.set(name.toLowerCase(), adaptPool(node, identity, `properties.agentPoolProfiles[${i}]`, r.complete, "type"));
	});
	for (const child of index.attachedTo(r.id, AGENT_POOL)) {
		if (!child.properties) continue;
		const typeKey = child.properties === child.node ? "typePropertiesType" : "type";
		const identity = {
			...baseOf(child, []),
			location: child.location ?? cluster.location,
			parent
		};
		pools.set(child.name.toLowerCase(), adaptPool(child.properties, identity, `${relativeId$1(cluster.id, child.id)}#properties`, child.complete, typeKey));
	}
	if (pools.size === 0) return null;
	return [...pools.values()];
}
/**
* One pool, read at `at`: its profile in the cluster body, or its own resource named relative to
* the cluster's id, so evidence reads as the place to fix in the cluster's export.
*/
function adaptPool(n, identity, at, complete, typeKey) {
	const f = new FieldReader(complete);
	const version = versionOf$1(n, "currentOrchestratorVersion", "orchestratorVersion");
	return {
		...identity,
		type: AGENT_POOL,
		provenance: {
			paths: version.requested ? POOL_PATHS_REQUESTED_VERSION : POOL_PATHS,
			at,
			defaulted: f.defaulted
		},
		mode: f.stated(n.string("mode")),
		count: f.stated(n.number("count")),
		orchestratorVersion: f.stated(version.value),
		poolType: f.read("poolType", n.string(typeKey), "VirtualMachineScaleSets"),
		scaleMinNodes: f.stated(scaleMinNodesOf(n.child("virtualMachinesProfile")?.child("scale"))),
		osType: f.read("osType", n.string("osType"), "Linux"),
		vmSize: f.stated(n.string("vmSize")),
		enableNodePublicIP: f.read("enableNodePublicIP", n.bool("enableNodePublicIP"), false),
		enableEncryptionAtHost: f.read("enableEncryptionAtHost", n.bool("enableEncryptionAtHost"), false),
		availabilityZones: f.read("availabilityZones", n.strings("availabilityZones"), []),
		enableAutoScaling: f.read("enableAutoScaling", n.bool("enableAutoScaling"), false),
		minCount: f.stated(n.number("minCount")),
		maxCount: f.stated(n.number("maxCount")),
		vnetSubnetId: f.stated(n.string("vnetSubnetID"))
	};
}
/** The running version where the body has it, else the requested one (API versions before 2022 have only that), and whether that was it. */
function versionOf$1(n, running, requested) {
	const current = n?.string(running);
	if (current !== void 0) return {
		value: current,
		requested: false
	};
	const asked = n?.string(requested);
	return {
		value: asked,
		requested: asked !== void 0 && asked !== null
	};
}
/**
* The fewest nodes a `VirtualMachines` pool's scale profile keeps: `manual` entries (`{ size, count }`)
* run their count, `autoscale` entries (`{ size, minCount, maxCount }`) at least their minimum.
* Undefined when an entry does not say, or the profile has neither list.
*/
function scaleMinNodesOf(scale) {
	const manual = scale?.children("manual");
	const autoscale = scale?.children("autoscale");
	if (!manual && !autoscale) return void 0;
	let nodes = 0;
	for (const [entries, key] of [[manual, "count"], [autoscale, "minCount"]]) for (const entry of entries ?? []) {
		const count = entry.number(key);
		if (count === void 0 || count === null) return void 0;
		nodes += count;
	}
	return nodes;
}
// src/adapters/arm/aks-versions.ts
/**
* A region's `ManagedClusters_ListKubernetesVersions` answer as the live collector wraps it: the
* REST body (`{ values }`) in `properties`, with the region and the time it was read.
*/
const AKS_VERSIONS_TYPE = "microsoft.containerservice/locations/kubernetesversions";
/** One list per region (the first read when several subscriptions gave one); a list without its read time is not dated, so not used. */
function adaptAksVersions(index) {
	const byRegion = /* @__PURE__ */ new Map();
	for (const r of index.ofType(AKS_VERSIONS_TYPE)) {
		const location = r.location?.toLowerCase().replace(/\s+/g, "");
		const readAt = r.node.string("readAt");
		const values = r.properties?.children("values");
		if (!location || !readAt || !values || byRegion.has(location)) continue;
		byRegion.set(location, {
			location,
			readAt,
			source: r.source,
			versions: values.flatMap(versionOf)
		});
	}
	return [...byRegion.values()];
}
function versionOf(v) {
	const minor = v.string("version");
	if (!minor) return [];
	const patches = v.child("patchVersions");
	return [{
		minor,
		supportPlans: v.child("capabilities")?.strings("supportPlan") ?? [],
		isPreview: v.bool("isPreview") ?? false,
		patches: patches ? Object.keys(patches.obj) : []
	}];
}
/** The ARM operation a region's live version list was read with, for the report's references. */
function aksVersionsOperation(location) {
	return `ManagedClusters_ListKubernetesVersions: GET /subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions`;
}
// src/adapters/arm/body-shapes.ts
/**
* How complete a body without a `properties` bag is. az CLI prints many resources flattened
* (`az aks show`, `az postgres flexible-server show`, `az monitor diagnostic-settings list`): the
* properties sit at the root, and every property of the SDK model is printed, unset ones as null,
* so the body is as complete as ARM's. Resource Graph projections (`project id, type,
* kubernetesVersion`) also put properties at the root, but only the columns someone selected.
* A lone `provisioningState` tells the two apart no better than a guess; the keys each command
* always prints do. A flattened body is taken for complete only when it has all of them.
*/
const FLATTENED_SHAPES = {
	"microsoft.containerservice/managedclusters": [
		"provisioningState",
		"kubernetesVersion",
		"dnsPrefix",
		"agentPoolProfiles",
		"networkProfile",
		"nodeResourceGroup"
	],
	"microsoft.containerservice/managedclusters/agentpools": [
		"provisioningState",
		"orchestratorVersion",
		"mode",
		"osType",
		"vmSize",
		"count"
	],
	"microsoft.dbforpostgresql/flexibleservers": [
		"state",
		"version",
		"fullyQualifiedDomainName",
		"network",
		"backup",
		"storage"
	],
	"microsoft.dbformysql/flexibleservers": [
		"state",
		"version",
		"fullyQualifiedDomainName",
		"network",
		"backup",
		"storage"
	],
	"microsoft.sql/servers": [
		"state",
		"version",
		"fullyQualifiedDomainName",
		"administratorLogin"
	],
	"microsoft.sql/servers/firewallrules": ["startIpAddress", "endIpAddress"],
	"microsoft.dbforpostgresql/flexibleservers/firewallrules": ["startIpAddress", "endIpAddress"],
	"microsoft.dbformysql/flexibleservers/firewallrules": ["startIpAddress", "endIpAddress"],
	"microsoft.insights/diagnosticsettings": ["logs", "metrics"],
	"microsoft.security/pricings": ["pricingTier"],
	"microsoft.network/virtualnetworks": [
		"provisioningState",
		"addressSpace",
		"subnets",
		"virtualNetworkPeerings",
		"resourceGuid"
	],
	"microsoft.network/virtualnetworks/subnets": [
		"provisioningState",
		"privateEndpointNetworkPolicies",
		"privateLinkServiceNetworkPolicies"
	],
	"microsoft.network/networksecuritygroups": [
		"provisioningState",
		"securityRules",
		"defaultSecurityRules",
		"resourceGuid"
	]
};
/**
* Keys of the resource envelope, not of its properties: a row with nothing else (`az resource
* list` without properties, a Resource Graph row of ids) has no properties to read.
*/
const ENVELOPE = /* @__PURE__ */ new Set([
	"id",
	"name",
	"type",
	"location",
	"tags",
	"sku",
	"identity",
	"kind",
	"etag",
	"zones",
	"plan",
	"managedby",
	"systemdata",
	"extendedlocation",
	"resourcegroup",
	"subscriptionid",
	"tenantid",
	"apiversion",
	"resourceid",
	"resourcename",
	"resourcetype",
	"extensionresourcetype",
	"resourcegroupname",
	"resources",
	"changedtime",
	"createdtime",
	"provisioningstate"
]);
function bodyShapeOf(node, type) {
	const bag = node.child("properties");
	if (bag) return {
		properties: bag,
		complete: true
	};
	if (node.has("properties")) return {
		properties: void 0,
		complete: false
	};
	if (FLATTENED_SHAPES[type]?.every((key) => node.has(key))) return {
		properties: node,
		complete: true
	};
	for (const key in node.obj) if (!ENVELOPE.has(key.toLowerCase())) return {
		properties: node,
		complete: false
	};
	return {
		properties: void 0,
		complete: false
	};
}
// src/adapters/arm/json-pointer.ts
/** RFC 6901: the path of a value inside a JSON document, for errors and evidence. */
function childPointer(parent, key) {
	if (typeof key === "number" || !key.includes("~") && !key.includes("/")) return `${parent}/${key}`;
	return `${parent}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
// src/adapters/arm/properties.ts
/**
* Reading ARM JSON whatever its casing: Azure PowerShell exports write `Properties`,
* `Sku`, `ResourceType`; the REST API, Resource Graph and az CLI write camelCase, and az
* CLI flattens some names (`enableRbac` for `enableRBAC`). Every lookup ignores case.
*/
/** What `Node.scalar` answers for a key spelled twice with different values. */
const CONFLICTING = Symbol("conflicting values");
/** `obj[key]`, matching the key case-insensitively. Exact spelling is tried first: it is by far the common case. */
function getCI(obj, key) {
	const exact = obj[key];
	if (exact !== void 0) return exact;
	const spelled = spellingIn(obj, key);
	return spelled === void 0 ? void 0 : obj[spelled];
}
/** The first key of `obj` equal to `key` ignoring case; undefined when there is none. */
function spellingIn(obj, key) {
	for (const k in obj) if (k.length === key.length && k.toLowerCase() === key.toLowerCase()) return k;
}
/**
* The keys (lower case) an object spells more than once with different values (`enableRBAC:
* true` beside `EnableRBAC: false`); null when there are none, the case of nearly every object.
* Case variants share a length, so only a key whose length an earlier key had is lower-cased and
* compared: every object read goes through this, and most have no two keys of one length.
*/
function conflictingKeys(obj) {
	const keys = Object.keys(obj);
	if (keys.length < 2) return null;
	let conflicts = null;
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		const length = key.length;
		if (length < LENGTHS_SEEN.length && LENGTHS_SEEN[length] === 0) {
			LENGTHS_SEEN[length] = 1;
			continue;
		}
		const first = key.charCodeAt(0) | 32;
		for (let j = 0; j < i; j++) {
			const other = keys[j];
			if (other.length !== length || (other.charCodeAt(0) | 32) !== first) continue;
			const lower = key.toLowerCase();
			if (other.toLowerCase() === lower && !sameValue(obj[other], obj[key])) (conflicts ??= /* @__PURE__ */ new Set()).add(lower);
		}
	}
	for (const key of keys) if (key.length < LENGTHS_SEEN.length) LENGTHS_SEEN[key.length] = 0;
	return conflicts;
}
/** Which key lengths the object being checked has shown so far; reset after each object. Longer keys are always compared. */
const LENGTHS_SEEN = /* @__PURE__ */ new Uint8Array(128);
function sameValue(a, b) {
	return a === b || typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b);
}
/**
* A typed view of one JSON object inside an input file, that knows where it is so a
* value of the wrong type becomes a one-line error naming the file and the pointer.
*
* A key spelled twice with different values is never read as either: the typed getters return
* null ("conflicting values": unknown, and no API default applies), and a conflicting object or
* array is refused with its place, since no reading of it would be sound.
*/
var Node = class Node {
	obj;
	file;
	pointer;
	/** Worked out on the first read: most objects are read field after field. */
	conflicts;
	constructor(obj, file, pointer) {
		this.obj = obj;
		this.file = file;
		this.pointer = pointer;
	}
	/** The raw value under `key` (any casing); `undefined` when absent, `null` when stated as null or spelled twice with different values. */
	raw(key) {
		return this.conflicting(key) ? null : getCI(this.obj, key);
	}
	/** Whether the object spells `key` more than once with different values. */
	conflicting(key) {
		if (this.conflicts === void 0) this.conflicts = conflictingKeys(this.obj);
		return this.conflicts !== null && this.conflicts.has(key.toLowerCase());
	}
	/** The scalar under `key`: undefined when absent or stated null, null when its spellings conflict. */
	scalar(key) {
		if (this.conflicting(key)) return CONFLICTING;
		const value = getCI(this.obj, key);
		return value === null ? void 0 : value;
	}
	/** The child object under `key`; undefined when absent or null. */
	child(key) {
		this.refuseConflict(key);
		const spelled = this.spelling(key);
		if (spelled === void 0) return void 0;
		const value = this.obj[spelled];
		if (value === void 0 || value === null) return void 0;
		if (!isObject(value)) this.fail(key, "an object", value);
		return new Node(value, this.file, childPointer(this.pointer, spelled));
	}
	/** The objects in the array under `key`; undefined when absent or null. */
	children(key) {
		this.refuseConflict(key);
		const spelled = this.spelling(key);
		if (spelled === void 0) return void 0;
		const value = this.obj[spelled];
		if (value === void 0 || value === null) return void 0;
		if (!Array.isArray(value)) this.fail(key, "an array", value);
		const base = childPointer(this.pointer, spelled);
		return value.map((item, i) => {
			if (!isObject(item)) this.fail(`${key}/${i}`, "an object", item);
			return new Node(item, this.file, childPointer(base, i));
		});
	}
	/** `key` as this object spells it, matched case-insensitively; undefined when absent. */
	spelling(key) {
		return this.obj[key] !== void 0 ? key : spellingIn(this.obj, key);
	}
	/** A string; numbers and booleans are accepted as their text. Null: conflicting spellings. */
	string(key) {
		const value = this.scalar(key);
		if (value === CONFLICTING) return null;
		if (value === void 0) return void 0;
		if (typeof value === "string") return value;
		if (typeof value === "number" || typeof value === "boolean") return String(value);
		return this.fail(key, "a string", value);
	}
	/** A boolean; `"true"`/`"false"` in any case are accepted, as PowerShell exports and add-on configs write them. */
	bool(key) {
		const value = this.scalar(key);
		if (value === CONFLICTING) return null;
		if (value === void 0) return void 0;
		if (typeof value === "boolean") return value;
		if (typeof value === "string") {
			const lower = value.toLowerCase();
			if (lower === "true") return true;
			if (lower === "false") return false;
		}
		return this.fail(key, "a boolean", value);
	}
	number(key) {
		const value = this.scalar(key);
		if (value === CONFLICTING) return null;
		if (value === void 0) return void 0;
		if (typeof value === "number" && Number.isFinite(value)) return value;
		if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
		return this.fail(key, "a number", value);
	}
	/** An array of strings; a single string is not silently wrapped. */
	strings(key) {
		const value = this.scalar(key);
		if (value === CONFLICTING) return null;
		if (value === void 0) return void 0;
		if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
		return this.fail(key, "an array of strings", value);
	}
	/** An object whose values are strings (tags, add-on config); other scalars become text. */
	stringMap(key) {
		const node = this.child(key);
		if (!node) return void 0;
		const entries = [];
		for (const k of Object.keys(node.obj)) {
			const v = node.string(k);
			if (typeof v === "string") entries.push([k, v]);
		}
		return Object.fromEntries(entries);
	}
	/** Whether `key` is present at all, null included (az CLI prints unset properties as null). */
	has(key) {
		return this.raw(key) !== void 0;
	}
	refuseConflict(key) {
		if (this.conflicting(key)) throw new InputError(this.file, childPointer(this.pointer, key), `${key} is spelled more than once with conflicting values`);
	}
	fail(key, expected, got) {
		const kind = got === null ? "null" : Array.isArray(got) ? "an array" : typeof got;
		throw new InputError(this.file, childPointer(this.pointer, key), `expected ${expected}, got ${kind}`);
	}
};
// src/adapters/arm/collect-resources.ts
function located(r) {
	return r.subscriptionId !== null;
}
/** Child resources nest a few levels in real exports; far deeper is a hostile or broken input, refused before the stack runs out. */
const MAX_NESTING = 32;
/**
* ARM names are at most a few hundred characters and an id a few of them: far longer is a broken or
* hostile input, refused here because every finding on the resource repeats its id and name.
*/
const MAX_ID_LENGTH = 8192;
/** The one kind of resource kept without a subscription: a role assignment made at a management group. */
const MANAGEMENT_GROUP_ASSIGNMENT = /^\/providers\/microsoft\.management\/managementgroups\/[^/]+\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/i;
function collectArmResources(document, file, source) {
	const out = {
		resources: [],
		withoutId: 0,
		morePages: null,
		source
	};
	if (Array.isArray(document)) document.forEach((item, i) => visit(item, childPointer("", i), file, null, out));
	else if (isObject(document)) visitContainer(document, "", file, out);
	else throw new InputError(file, void 0, `expected ARM resources (a resource, an array, a list response or a Resource Graph result), got ${document === null ? "null" : typeof document}`);
	return out;
}
/** The top-level object: a resource, or one of the known wrappers around resources. */
function visitContainer(obj, pointer, file, out) {
	const notResources = notDeployedResources(obj);
	if (notResources) throw new InputError(file, void 0, notResources);
	const value = getCI(obj, "value");
	if (Array.isArray(value) && !looksLikeResource(obj)) {
		if (typeof getCI(obj, "nextLink") === "string") out.morePages = "it has a nextLink";
		const valuePointer = childPointer(pointer, "value");
		value.forEach((item, i) => visit(item, childPointer(valuePointer, i), file, null, out));
		return;
	}
	const data = getCI(obj, "data");
	if (data !== void 0 && !looksLikeResource(obj)) {
		out.morePages = resourceGraphPaging(obj);
		visitResourceGraphData(data, childPointer(pointer, "data"), file, out);
		return;
	}
	const created = createOutputKey(obj);
	if (created !== void 0) {
		visit(obj[created], childPointer(pointer, created), file, null, out);
		return;
	}
	if (!looksLikeResource(obj) && getCI(obj, "resources") === void 0) throw new InputError(file, pointer || "/", "not an ARM resource, list response ({ \"value\": [...] }) or Resource Graph result ({ \"data\": [...] })");
	visit(obj, pointer, file, null, out);
}
/**
* Documents that hold `resources` but not deployed ARM resources, which would otherwise read as
* resources without ids: what they describe is what someone meant to deploy, not what runs.
*/
function notDeployedResources(obj) {
	const schema = getCI(obj, "$schema");
	if (typeof schema === "string" && /deploymentTemplate|deploymentParameters/i.test(schema)) return "an ARM deployment template (its $schema says so), not deployed resources: export them with az resource show, az aks show or Resource Graph";
	if (getCI(obj, "terraform_version") !== void 0) return "a Terraform state file, not ARM resources";
}
/**
* Why a Resource Graph result is one page of more: the REST API's `$skipToken` and `resultTruncated`
* (`"true"`, a string), az graph query's `skip_token` and `total_records`, or fewer rows than the total.
*/
function resourceGraphPaging(result) {
	for (const key of [
		"$skipToken",
		"skipToken",
		"skip_token"
	]) if (typeof getCI(result, key) === "string") return `it has a ${key}`;
	const truncated = getCI(result, "resultTruncated");
	if (truncated === true || typeof truncated === "string" && truncated.toLowerCase() === "true") return "resultTruncated is true";
	const count = getCI(result, "count");
	const total = getCI(result, "totalRecords") ?? getCI(result, "total_records");
	if (typeof count === "number" && typeof total === "number" && count < total) return `it holds ${count} of ${total} records`;
	return null;
}
/**
* az CLI commands that create through a deployment print the resource under a key:
* `az network vnet create` → `{ "newVNet": {...} }`, `az network nsg create` → `{ "NewNSG": {...} }`.
*/
const CREATE_OUTPUT_KEYS = /* @__PURE__ */ new Set([
	"newvnet",
	"newnsg",
	"newnic",
	"publicip",
	"loadbalancer",
	"applicationgateway",
	"vnetgateway"
]);
/** The key of a create command's output wrapper, spelled as the object spells it; undefined for anything else. */
function createOutputKey(obj) {
	const keys = Object.keys(obj);
	const key = keys[0];
	return keys.length === 1 && key !== void 0 && CREATE_OUTPUT_KEYS.has(key.toLowerCase()) && isObject(obj[key]) ? key : void 0;
}
function visitResourceGraphData(data, pointer, file, out) {
	if (Array.isArray(data)) {
		data.forEach((row, i) => visit(row, childPointer(pointer, i), file, null, out));
		return;
	}
	if (isObject(data) && Array.isArray(data.columns) && Array.isArray(data.rows)) {
		const names = data.columns.map((c, i) => isObject(c) && typeof c.name === "string" ? c.name : `column${i}`);
		data.rows.forEach((row, i) => {
			if (!Array.isArray(row)) throw new InputError(file, childPointer(childPointer(pointer, "rows"), i), "expected a row array");
			visit(Object.fromEntries(names.map((n, j) => [n, row[j]])), childPointer(childPointer(pointer, "rows"), i), file, null, out);
		});
		return;
	}
	throw new InputError(file, pointer, "expected Resource Graph rows (an array, or { columns, rows })");
}
function visit(item, pointer, file, parent, out, depth = 0) {
	if (depth > MAX_NESTING) throw new InputError(file, pointer, `child resources nested more than ${MAX_NESTING} levels deep`);
	if (!isObject(item)) throw new InputError(file, pointer, `expected a resource object, got ${item === null ? "null" : Array.isArray(item) ? "an array" : typeof item}`);
	const node = new Node(item, file, pointer);
	const nestedKey = node.spelling("resources") ?? "resources";
	const nested = item[nestedKey];
	const resource = toResource(node, Array.isArray(nested), parent, out.source);
	if (resource) {
		const long = resource.id.length > MAX_ID_LENGTH ? ["id", resource.id.length] : resource.name.length > MAX_ID_LENGTH ? ["name", resource.name.length] : void 0;
		if (long) throw new InputError(file, pointer, `the resource ${long[0]} is ${long[1].toLocaleString("en-US")} characters long; ARM ids and names longer than ${MAX_ID_LENGTH} are refused`);
		out.resources.push(resource);
	} else out.withoutId++;
	if (nested === void 0 || nested === null) return;
	if (!Array.isArray(nested)) throw new InputError(file, childPointer(pointer, "resources"), "expected an array of child resources");
	const nestedPointer = childPointer(pointer, nestedKey);
	nested.forEach((child, i) => visit(child, childPointer(nestedPointer, i), file, resource ?? parent, out, depth + 1));
}
function looksLikeResource(obj) {
	return typeof (getCI(obj, "id") ?? getCI(obj, "resourceId")) === "string";
}
function toResource(node, childrenIncluded, parent, source) {
	const rawId = node.string("resourceId") ?? node.string("id") ?? void 0;
	const declaredType = node.string("extensionResourceType") ?? node.string("resourceType") ?? node.string("type") ?? void 0;
	const id = normalizeId(rawId, declaredType, node) ?? nestedChildId(parent, declaredType, node);
	if (!id) return void 0;
	const type = (typeOfId(id) ?? declaredType ?? "").toLowerCase();
	if (!type) return void 0;
	const subscriptionId = subscriptionOf$1(id) ?? null;
	if (!subscriptionId && !MANAGEMENT_GROUP_ASSIGNMENT.test(id)) return void 0;
	const { properties, complete } = bodyShapeOf(node, type);
	return {
		source,
		id,
		type,
		name: node.string("resourceName") ?? node.string("name") ?? id.slice(id.lastIndexOf("/") + 1),
		subscriptionId,
		resourceGroup: resourceGroupOf(id) ?? node.string("resourceGroupName") ?? node.string("resourceGroup") ?? null,
		location: node.string("location") ?? null,
		tags: tagsOf(node),
		node,
		properties,
		complete,
		apiVersion: node.string("apiVersion") ?? null,
		parentId: parent?.id ?? null,
		childrenIncluded
	};
}
/**
* A full ARM id for the object. PowerShell's subscription objects carry the bare GUID as
* `Id`; everything else needs a `/subscriptions/...` path, but for role assignments at a management group.
*/
function normalizeId(rawId, declaredType, node) {
	if (rawId?.startsWith("/subscriptions/") || rawId && MANAGEMENT_GROUP_ASSIGNMENT.test(rawId)) return rawId;
	const guid = declaredType?.toLowerCase() === "microsoft.subscription" || declaredType?.toLowerCase() === "microsoft.resources/subscriptions" ? node.string("subscriptionId") ?? rawId : void 0;
	return guid ? `/subscriptions/${guid}` : void 0;
}
/**
* PowerShell / PSRule exports nest child resources (firewall rules, administrators) without an
* id. Their parent's `resources` array marks its children as included, so dropping them would
* read as "the server has none": the id is rebuilt from the parent's id, the child type and the name.
*/
function nestedChildId(parent, declaredType, node) {
	const name = node.string("resourceName") ?? node.string("name");
	if (!parent || !declaredType || !name) return void 0;
	const prefix = `${parent.type}/`;
	const childType = declaredType.slice(prefix.length);
	if (declaredType.toLowerCase().slice(0, prefix.length) !== prefix || !childType || childType.includes("/")) return void 0;
	return `${parent.id}/${childType}/${name}`;
}
function tagsOf(node) {
	const tags = node.raw("tags");
	return isObject(tags) ? node.stringMap("tags") ?? {} : {};
}
// src/adapters/arm/ip-rules.ts
/**
* Addresses of a network rule set's `ipRules[]`: `value` in the REST API, `ipAddressOrRange` in
* older exports. Null (unknown) when an entry states no address, or conflicting ones: a rule that
* cannot be read may admit anything.
*/
function ipRulesOf(rules) {
	const list = rules?.children("ipRules");
	if (!list) return void 0;
	const addresses = [];
	for (const rule of list) {
		const address = rule.string("value") ?? rule.string("ipAddressOrRange");
		if (typeof address !== "string") return null;
		addresses.push(address);
	}
	return addresses;
}
// src/adapters/arm/private-endpoint-connections.ts
/**
* Ids of the private endpoints connected to a PaaS resource, from its inline
* `properties.privateEndpointConnections` and from separate `<type>/privateEndpointConnections`
* children. A complete body without the property has none (ARM omits empty lists).
*/
function privateEndpointIdsOf$1(r, index, f) {
	const connections = privateEndpointConnectionsOf(r, index);
	const stated = connections && [...new Set(connections.flatMap((c) => c.privateEndpointId ? [c.privateEndpointId] : []))];
	return f.read("privateEndpointIds", stated, []);
}
/** Every connection, inline or as a child resource (a child repeating an inline one counts once); undefined when the input states none. */
function privateEndpointConnectionsOf(r, index) {
	const inline = r.properties?.children("privateEndpointConnections");
	const children = index.attachedTo(r.id, `${r.type}/privateendpointconnections`);
	if (inline === void 0 && children.length === 0) return void 0;
	const byEndpoint = /* @__PURE__ */ new Map();
	const anonymous = [];
	const add = (properties) => {
		const connection = {
			privateEndpointId: properties.child("privateEndpoint")?.string("id") ?? null,
			status: properties.child("privateLinkServiceConnectionState")?.string("status") ?? null
		};
		if (connection.privateEndpointId) byEndpoint.set(connection.privateEndpointId.toLowerCase(), connection);
		else anonymous.push(connection);
	};
	for (const connection of inline ?? []) add(connection.child("properties") ?? connection);
	for (const child of children) if (child.properties) add(child.properties);
	return [...byEndpoint.values(), ...anonymous];
}
// src/adapters/arm/container-registry.ts
const REGISTRY = "microsoft.containerregistry/registries";
/** ARM types this adapter reads. */
const CONTAINER_REGISTRY_TYPES = [REGISTRY, "microsoft.containerregistry/registries/privateendpointconnections"];
/** Source path of each state field a rule reports on, in the REST body. */
const CONTAINER_REGISTRY_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	sku: "sku.name",
	adminUserEnabled: "properties.adminUserEnabled",
	anonymousPullEnabled: "properties.anonymousPullEnabled",
	publicNetworkAccess: "properties.publicNetworkAccess",
	privateEndpointIds: "properties.privateEndpointConnections",
	networkDefaultAction: "properties.networkRuleSet.defaultAction",
	ipRules: "properties.networkRuleSet.ipRules",
	networkRuleBypassOptions: "properties.networkRuleBypassOptions",
	dataEndpointEnabled: "properties.dataEndpointEnabled",
	"policies.quarantine": "properties.policies.quarantinePolicy.status",
	"policies.trust": "properties.policies.trustPolicy.status",
	"policies.retention": "properties.policies.retentionPolicy.status",
	"policies.export": "properties.policies.exportPolicy.status"
};
/** `Microsoft.ContainerRegistry/registries` → ContainerRegistry. Property names and defaults follow the 2025-11-01 REST API. */
function adaptContainerRegistries(index) {
	return index.ofType(REGISTRY).map((r) => adaptRegistry(r, index));
}
function adaptRegistry(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const rules = p?.child("networkRuleSet");
	const policies = p?.child("policies");
	return {
		...baseOf(r, f.defaulted, CONTAINER_REGISTRY_PATHS),
		sku: f.stated(r.node.child("sku")?.string("name") ?? r.node.child("sku")?.string("tier")),
		adminUserEnabled: f.read("adminUserEnabled", p?.bool("adminUserEnabled"), false),
		anonymousPullEnabled: f.read("anonymousPullEnabled", p?.bool("anonymousPullEnabled"), false),
		publicNetworkAccess: f.read("publicNetworkAccess", p?.string("publicNetworkAccess"), "Enabled"),
		networkDefaultAction: f.read("networkDefaultAction", rules?.string("defaultAction"), "Allow"),
		ipRules: f.read("ipRules", ipRulesOf(rules), []),
		networkRuleBypassOptions: f.read("networkRuleBypassOptions", p?.string("networkRuleBypassOptions"), "AzureServices"),
		dataEndpointEnabled: f.stated(p?.bool("dataEndpointEnabled")),
		policies: {
			quarantine: f.stated(policies?.child("quarantinePolicy")?.string("status")),
			trust: f.stated(policies?.child("trustPolicy")?.string("status")),
			retention: f.stated(policies?.child("retentionPolicy")?.string("status")),
			export: f.stated(policies?.child("exportPolicy")?.string("status"))
		},
		privateEndpointIds: privateEndpointIdsOf$1(r, index, f),
		diagnosticSettings: adaptDiagnosticSettings(r, index)
	};
}
// src/adapters/arm/key-vault.ts
const KEY_VAULT = "microsoft.keyvault/vaults";
/** ARM types this adapter reads: the vault and its private endpoint connections listed on their own. */
const KEY_VAULT_TYPES = [KEY_VAULT, `${KEY_VAULT}/privateendpointconnections`];
/** The first api-version whose create default is Azure RBAC rather than access policies. */
const RBAC_BY_DEFAULT_SINCE = "2026-02-01";
/** Source path of each state field a rule reports on, in the REST body. */
const KEY_VAULT_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	publicNetworkAccess: "properties.publicNetworkAccess",
	privateEndpointIds: "properties.privateEndpointConnections",
	privateEndpointConnections: "properties.privateEndpointConnections",
	skuName: "properties.sku.name",
	enableSoftDelete: "properties.enableSoftDelete",
	softDeleteRetentionInDays: "properties.softDeleteRetentionInDays",
	enablePurgeProtection: "properties.enablePurgeProtection",
	enableRbacAuthorization: "properties.enableRbacAuthorization",
	networkAcls: "properties.networkAcls",
	accessPolicies: "properties.accessPolicies"
};
/** `Microsoft.KeyVault/vaults` → KeyVault. Property names and defaults follow the 2026-02-01 REST API. */
function adaptKeyVaults(index) {
	return index.ofType(KEY_VAULT).map((r) => adaptKeyVault(r, index));
}
function adaptKeyVault(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const connections = privateEndpointConnectionsOf(r, index);
	return {
		...baseOf(r, f.defaulted, KEY_VAULT_PATHS),
		publicNetworkAccess: f.read("publicNetworkAccess", p?.string("publicNetworkAccess"), "Enabled"),
		privateEndpointIds: privateEndpointIdsOf$1(r, index, f),
		diagnosticSettings: adaptDiagnosticSettings(r, index),
		apiVersion: r.apiVersion,
		skuName: f.stated(p?.child("sku")?.string("name") ?? r.node.child("sku")?.string("name")),
		enableSoftDelete: f.read("enableSoftDelete", p?.bool("enableSoftDelete"), true),
		softDeleteRetentionInDays: f.read("softDeleteRetentionInDays", p?.number("softDeleteRetentionInDays"), 90),
		enablePurgeProtection: f.read("enablePurgeProtection", p?.bool("enablePurgeProtection"), false),
		enableRbacAuthorization: f.read("enableRbacAuthorization", p?.bool("enableRbacAuthorization"), rbacDefault(r.apiVersion)),
		networkAcls: networkAclsOf(p?.child("networkAcls"), f),
		accessPolicies: f.read("accessPolicies", accessPoliciesOf(p?.children("accessPolicies")), []),
		privateEndpointConnections: f.read("privateEndpointConnections", connections, [])
	};
}
/**
* Vaults created with api-version 2026-02-01 or later default to Azure RBAC, earlier ones to
* access policies; without the body's api-version the default is not known.
*/
function rbacDefault(apiVersion) {
	if (!apiVersion || !/^\d{4}-\d{2}-\d{2}/.test(apiVersion)) return void 0;
	return apiVersion.slice(0, 10) >= RBAC_BY_DEFAULT_SINCE;
}
/** A vault without `networkAcls` has no firewall: every network may connect, trusted services included. */
function networkAclsOf(acls, f) {
	const subnets = acls?.children("virtualNetworkRules")?.flatMap((rule) => rule.string("id") ?? []);
	return {
		defaultAction: f.read("networkAcls.defaultAction", acls?.string("defaultAction"), "Allow"),
		bypass: f.read("networkAcls.bypass", acls?.string("bypass"), "AzureServices"),
		ipRules: f.read("networkAcls.ipRules", ipRulesOf(acls), []),
		virtualNetworkRules: f.read("networkAcls.virtualNetworkRules", subnets, [])
	};
}
function accessPoliciesOf(entries) {
	return entries?.map((entry) => {
		const permissions = entry.child("permissions");
		const granted = (kind) => {
			const list = permissions?.strings(kind);
			return list === null ? ["all"] : list ?? [];
		};
		return {
			objectId: entry.string("objectId") ?? "(no objectId)",
			applicationId: entry.string("applicationId") ?? null,
			permissions: {
				keys: granted("keys"),
				secrets: granted("secrets"),
				certificates: granted("certificates"),
				storage: granted("storage")
			}
		};
	});
}
// src/adapters/arm/managed-identities.ts
const USER_ASSIGNED_IDENTITY = "microsoft.managedidentity/userassignedidentities";
const FEDERATED_CREDENTIAL = `${USER_ASSIGNED_IDENTITY}/federatedidentitycredentials`;
/** ARM types this adapter reads itself; the identities of every other resource are read off their `identity` envelope. */
const MANAGED_IDENTITY_TYPES = [USER_ASSIGNED_IDENTITY, FEDERATED_CREDENTIAL];
/**
* Every managed identity the resources show: user-assigned identity resources (with their
* federated credentials), the `identity` of any resource (its system-assigned principal, and the
* user-assigned ones it uses), and each AKS cluster's kubelet identity. One identity may appear
* several times (a cluster and the identity resource it names): rules match on the principal.
*/
function adaptManagedIdentities(index) {
	const issuers = clusterIssuers(index);
	const out = [];
	for (const [type, resources] of index.types()) for (const r of resources) {
		if (type === "microsoft.managedidentity/userassignedidentities") out.push(userAssigned(r, index, issuers));
		else out.push(...envelopeIdentities(r, type === "microsoft.containerservice/managedclusters" ? r.id : null));
		if (type === "microsoft.containerservice/managedclusters") {
			const kubelet = objectAt(objectAt(r.properties, "identityProfile"), "kubeletidentity");
			out.push({
				kind: "kubelet",
				principalId: stringAt(kubelet, "objectId"),
				resourceId: r.id,
				clusterId: r.id,
				federatedCredentials: []
			});
		}
	}
	return out;
}
function userAssigned(r, index, issuers) {
	const children = index.attachedTo(r.id, FEDERATED_CREDENTIAL);
	const federatedCredentials = children.length || index.includesChildrenOf(r.id) ? children.map((c) => federated(c.properties, issuers)) : null;
	return {
		kind: "userAssigned",
		principalId: stringAt(r.properties, "principalId"),
		resourceId: r.id,
		clusterId: null,
		federatedCredentials
	};
}
function federated(p, issuers) {
	const issuer = stringAt(p, "issuer");
	return {
		issuer,
		subject: stringAt(p, "subject"),
		clusterId: issuer === null ? null : issuers.get(issuerKey(issuer)) ?? null
	};
}
/**
* A resource's `identity`: its system-assigned principal, and the user-assigned identities it
* names with theirs. Read leniently: every resource type is looked at, and an `identity` of an
* unexpected shape on a type no rule judges must not refuse the whole input.
*/
function envelopeIdentities(r, clusterId) {
	const identity = objectAt(r.node, "identity");
	if (!identity) return [];
	const out = [];
	const principalId = stringAt(identity, "principalId");
	if (principalId) out.push({
		kind: "systemAssigned",
		principalId,
		resourceId: r.id,
		clusterId,
		federatedCredentials: []
	});
	const named = objectAt(identity, "userAssignedIdentities");
	for (const id of named ? Object.keys(named.obj) : []) out.push({
		kind: "userAssigned",
		principalId: stringAt(objectAt(named, id), "principalId"),
		resourceId: id,
		clusterId,
		federatedCredentials: null
	});
	return out;
}
/** The object under `key`; undefined when absent, of another type, or spelled twice with conflicting values. */
function objectAt(node, key) {
	const value = node?.raw(key);
	return node && isObject(value) ? new Node(value, node.file, childPointer(node.pointer, key)) : void 0;
}
/** The string under `key`; null when absent, of another type, or spelled twice with conflicting values. */
function stringAt(node, key) {
	const value = node?.raw(key);
	return typeof value === "string" && value !== "" ? value : null;
}
/** Each cluster's OIDC issuer URL → the cluster: a federated credential naming it makes its identity a workload identity of that cluster. */
function clusterIssuers(index) {
	const issuers = /* @__PURE__ */ new Map();
	for (const c of index.ofType(MANAGED_CLUSTER)) {
		const url = stringAt(objectAt(c.properties, "oidcIssuerProfile"), "issuerURL");
		if (url) issuers.set(issuerKey(url), c.id);
	}
	return issuers;
}
// src/adapters/arm/monitoring.ts
/** ARM types this adapter reads. */
const MONITORING_TYPES = [
	METRIC_ALERT,
	PROMETHEUS_RULE_GROUP,
	SCHEDULED_QUERY_RULE,
	ACTION_GROUP
];
/** Source path of each state field a rule reports on, in the REST body. */
const METRIC_ALERT_PATHS = {
	enabled: "properties.enabled",
	scopes: "properties.scopes",
	targetResourceType: "properties.targetResourceType",
	targetResourceRegion: "properties.targetResourceRegion",
	alerts: "properties.actions"
};
const PROMETHEUS_RULE_GROUP_PATHS = {
	enabled: "properties.enabled",
	scopes: "properties.scopes",
	clusterName: "properties.clusterName",
	alerts: "properties.rules"
};
const SCHEDULED_QUERY_RULE_PATHS = {
	enabled: "properties.enabled",
	scopes: "properties.scopes",
	alerts: "properties.actions.actionGroups"
};
const ACTION_GROUP_PATHS = { enabled: "properties.enabled" };
/**
* Metric alerts (2018-03-01), Prometheus rule groups (2023-03-01), log search alerts
* (2021-08-01 and later) and action groups (2023-01-01). `enabled` is required on metric alerts,
* log search alerts and action groups but has no documented default on a Prometheus group or
* rule, so there an absent one stays unknown.
*/
function adaptMonitoring(index) {
	return {
		alertRules: [
			...index.ofType(METRIC_ALERT).map(adaptMetricAlert),
			...index.ofType(PROMETHEUS_RULE_GROUP).map(adaptRuleGroup),
			...index.ofType(SCHEDULED_QUERY_RULE).map(adaptLogAlert)
		],
		actionGroups: index.ofType(ACTION_GROUP).map(adaptActionGroup)
	};
}
function adaptMetricAlert(r) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const enabled = f.stated(p?.bool("enabled"));
	const actions = p?.children("actions");
	return {
		...baseOf(r, f.defaulted, METRIC_ALERT_PATHS),
		kind: "metric",
		enabled,
		scopes: f.stated(p?.strings("scopes")),
		targetResourceType: f.stated(p?.string("targetResourceType")),
		targetResourceRegion: f.stated(p?.string("targetResourceRegion")),
		clusterName: null,
		alerts: actions || r.complete ? [{
			name: r.name,
			enabled,
			actionGroupIds: actionGroupIdsOf(actions)
		}] : null
	};
}
function adaptRuleGroup(r) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const rules = p?.children("rules");
	return {
		...baseOf(r, f.defaulted, PROMETHEUS_RULE_GROUP_PATHS),
		kind: "prometheus",
		enabled: f.stated(p?.bool("enabled")),
		scopes: f.stated(p?.strings("scopes")),
		targetResourceType: null,
		targetResourceRegion: null,
		clusterName: f.stated(p?.string("clusterName")),
		alerts: rules ? rules.flatMap((rule) => alertOf(rule)) : null
	};
}
/** The 2021-08-01+ shape (`scopes`, `actions.actionGroups`); the retired 2018-04-16 one is not read. */
function adaptLogAlert(r) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const enabled = f.stated(p?.bool("enabled"));
	const groups = (p?.child("actions"))?.strings("actionGroups");
	return {
		...baseOf(r, f.defaulted, SCHEDULED_QUERY_RULE_PATHS),
		kind: "log",
		enabled,
		scopes: f.stated(p?.strings("scopes")),
		targetResourceType: null,
		targetResourceRegion: null,
		clusterName: null,
		alerts: groups === null || groups === void 0 && !r.complete ? null : [{
			name: r.name,
			enabled,
			actionGroupIds: groups ?? []
		}]
	};
}
function alertOf(rule) {
	const name = rule.string("alert");
	if (!name) return [];
	return [{
		name,
		enabled: rule.bool("enabled") ?? null,
		actionGroupIds: actionGroupIdsOf(rule.children("actions"))
	}];
}
function actionGroupIdsOf(actions) {
	return (actions ?? []).flatMap((a) => a.string("actionGroupId") ?? []);
}
function adaptActionGroup(r) {
	const f = new FieldReader(r.complete);
	return {
		...baseOf(r, f.defaulted, ACTION_GROUP_PATHS),
		enabled: f.stated(r.properties?.bool("enabled"))
	};
}
// src/adapters/arm/child-paths.ts
/**
* Where a child or extension resource sits, as evidence on its parent names it: its id relative
* to the parent's (`firewallRules/AllowAll`, `providers/Microsoft.Security/securityContacts/default`),
* since a finding already names the parent; the full id when it is not under the parent.
*/
function relativeId(parentId, childId) {
	const n = parentId.length;
	return childId.length > n + 1 && childId[n] === "/" && childId.slice(0, n).toLowerCase() === parentId.toLowerCase() ? childId.slice(n + 1) : childId;
}
/** The source path of a child's body on its parent: `auditingSettings/default#properties`. */
function childBody(parentId, childId) {
	return `${relativeId(parentId, childId)}#properties`;
}
/**
* Provenance entries for a list of children held in a state field of their parent: entry `i`
* of `field` is read from the child at `at(child)`. Per resource, on top of the kind's table.
*/
function childEntries(field, children, at) {
	return Object.fromEntries(children.map((child, i) => [`${field}.${i}`, at(child)]));
}
/** The kind's table, extended with per-resource entries when there are any (most resources share the table). */
function withEntries(table, ...entries) {
	const extra = Object.assign({}, ...entries);
	return Object.keys(extra).length ? {
		...table,
		...extra
	} : table;
}
// src/adapters/arm/database-server.ts
function serverChildTypes(serverType) {
	return {
		firewallRules: `${serverType}/firewallrules`,
		administrators: `${serverType}/administrators`
	};
}
/** Source paths of the fields every database server kind shares; each kind adds its own backup and network paths. */
const DATABASE_SERVER_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	privateEndpointIds: "properties.privateEndpointConnections",
	version: "properties.version",
	skuTier: "sku.tier",
	firewallRules: "firewallRules",
	administrators: "administrators"
};
/** Backup paths of flexible servers (PostgreSQL and MySQL). */
const FLEXIBLE_BACKUP_PATHS = {
	"backup.retentionDays": "properties.backup.backupRetentionDays",
	"backup.geoRedundantBackup": "properties.backup.geoRedundantBackup"
};
/**
* The fields PostgreSQL (flexible and single) and MySQL flexible servers share; each engine reads
* its own backup and network properties and gives its kind's table of source paths. Each firewall
* rule and administrator is evidenced at its own child resource (`firewallRules/AllowAll`).
*/
function databaseServerOf(r, index, f, own, children, paths) {
	const p = r.properties;
	const firewallRules = firewallRulesOf(r, index, children.firewallRules);
	const administrators = administratorsOf(r, index, children.administrators);
	return {
		...baseOf(r, f.defaulted, serverPaths(paths, r.id, firewallRules, administrators)),
		publicNetworkAccess: own.publicNetworkAccess,
		privateEndpointIds: f.stated(privateEndpointIdsOf(p)),
		diagnosticSettings: adaptDiagnosticSettings(r, index),
		version: f.stated(p?.string("version")),
		skuTier: f.stated(r.node.child("sku")?.string("tier")),
		backup: own.backup,
		firewallRules,
		administrators
	};
}
/** The kind's table, plus where each firewall rule and administrator of this server was read. */
function serverPaths(table, serverId, firewallRules, administrators) {
	return withEntries(table, childEntries("firewallRules", firewallRules ?? [], (rule) => relativeId(serverId, rule.id)), childEntries("administrators", administrators ?? [], (admin) => childBody(serverId, admin.id)));
}
function privateEndpointIdsOf(p) {
	const connections = p?.children("privateEndpointConnections");
	if (!connections) return void 0;
	return connections.flatMap((c) => {
		const id = c.child("properties")?.child("privateEndpoint")?.string("id") ?? c.child("privateEndpoint")?.string("id");
		return id ? [id] : [];
	});
}
/**
* Children of `type` attached to the server: known (possibly empty) when the input carried the
* server's children or any child of that type, null otherwise. A child without a body (an id
* only) makes the whole collection unknown: its content decides the verdict.
*/
function childrenOf$1(r, index, type, adapt) {
	const found = index.attachedTo(r.id, type);
	if (found.length === 0 && !index.includesChildrenOf(r.id)) return null;
	const out = [];
	for (const child of found) {
		if (!child.properties) return null;
		out.push(adapt(child, child.properties));
	}
	return out;
}
function firewallRulesOf(r, index, type) {
	let complete = true;
	const rules = childrenOf$1(r, index, type, (child, p) => {
		const startIpAddress = p.string("startIpAddress");
		const endIpAddress = p.string("endIpAddress");
		if (startIpAddress === void 0 || endIpAddress === void 0) complete = false;
		return {
			id: child.id,
			name: child.name,
			startIpAddress: startIpAddress ?? "",
			endIpAddress: endIpAddress ?? ""
		};
	});
	return complete ? rules : null;
}
function administratorsOf(r, index, type) {
	return childrenOf$1(r, index, type, (child, p) => ({
		id: child.id,
		name: child.name,
		login: p.string("principalName") ?? p.string("login") ?? null,
		type: p.string("principalType") ?? p.string("administratorType") ?? null
	}));
}
/**
* `properties.backup` of a flexible server (PostgreSQL and MySQL): both specifications default
* to 7 days of retention, locally redundant.
*/
function flexibleBackupOf(backup, f) {
	return {
		retentionDays: f.read("backup.retentionDays", backup?.number("backupRetentionDays"), 7),
		geoRedundantBackup: f.read("backup.geoRedundantBackup", backup?.string("geoRedundantBackup"), "Disabled")
	};
}
/**
* Server parameters (`configurations` children) by lower-case name → value; a configuration with
* no value (null, or conflicting spellings) is left out, as unread. The reader is complete when
* the input carried the server's children: adapters use it only for parameters whose absence may
* take a default (TLS parameters never do).
*/
function serverParametersOf(r, index, configurationType, f) {
	const values = /* @__PURE__ */ new Map();
	for (const child of index.attachedTo(r.id, configurationType)) {
		const value = child.properties?.string("value");
		if (typeof value === "string") values.set(child.name.toLowerCase(), value);
	}
	return {
		values,
		reader: f.nested("serverParameters.", index.includesChildrenOf(r.id))
	};
}
// src/adapters/arm/mysql.ts
const MYSQL_FLEXIBLE_SERVER = "microsoft.dbformysql/flexibleservers";
const CHILDREN = serverChildTypes(MYSQL_FLEXIBLE_SERVER);
const CONFIGURATION = `${MYSQL_FLEXIBLE_SERVER}/configurations`;
/** ARM types this adapter reads. */
const MYSQL_TYPES = [
	MYSQL_FLEXIBLE_SERVER,
	CHILDREN.firewallRules,
	CHILDREN.administrators,
	CONFIGURATION
];
/** Source path of each state field a rule reports on: the REST body, and server parameters in their `configurations` children. */
const MYSQL_FLEXIBLE_PATHS = {
	...DATABASE_SERVER_PATHS,
	...FLEXIBLE_BACKUP_PATHS,
	publicNetworkAccess: "properties.network.publicNetworkAccess",
	"network.delegatedSubnetResourceId": "properties.network.delegatedSubnetResourceId",
	"network.privateDnsZoneResourceId": "properties.network.privateDnsZoneResourceId",
	state: "properties.state",
	highAvailabilityMode: "properties.highAvailability.mode",
	"serverParameters.requireSecureTransport": "configurations/require_secure_transport#properties.value",
	"serverParameters.tlsVersion": "configurations/tls_version#properties.value",
	"serverParameters.aadAuthOnly": "configurations/aad_auth_only#properties.value"
};
/**
* `Microsoft.DBforMySQL/flexibleServers` → MySqlFlexibleServer (2023-12-30 REST API). The TLS
* parameters (require_secure_transport, tls_version) are read from their configurations or
* unknown: a parameter list holds every parameter, so one that is missing or null was not read,
* and the documented defaults (`ON`, `TLSv1.2`) are no evidence of what a server runs.
* aad_auth_only defaults to `OFF` (the less protective reading).
*/
function adaptMySqlFlexibleServers(index) {
	return index.ofType(MYSQL_FLEXIBLE_SERVER).map((r) => adaptServer$1(r, index));
}
function adaptServer$1(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const network = p?.child("network");
	const parameters = serverParametersOf(r, index, CONFIGURATION, f);
	return {
		...databaseServerOf(r, index, f, {
			backup: flexibleBackupOf(p?.child("backup"), f),
			publicNetworkAccess: f.stated(network?.string("publicNetworkAccess"))
		}, CHILDREN, MYSQL_FLEXIBLE_PATHS),
		state: f.stated(p?.string("state")),
		network: {
			delegatedSubnetResourceId: f.stated(network?.string("delegatedSubnetResourceId")),
			privateDnsZoneResourceId: f.stated(network?.string("privateDnsZoneResourceId"))
		},
		highAvailabilityMode: f.stated(p?.child("highAvailability")?.string("mode")),
		serverParameters: {
			requireSecureTransport: parameters.reader.stated(parameters.values.get("require_secure_transport")),
			tlsVersion: parameters.reader.stated(parameters.values.get("tls_version")),
			aadAuthOnly: parameters.reader.read("aadAuthOnly", parameters.values.get("aad_auth_only"), "OFF")
		}
	};
}
// src/adapters/arm/postgresql.ts
const POSTGRES_FLEXIBLE_SERVER = "microsoft.dbforpostgresql/flexibleservers";
const POSTGRES_SINGLE_SERVER = "microsoft.dbforpostgresql/servers";
const FLEXIBLE_CHILDREN = serverChildTypes(POSTGRES_FLEXIBLE_SERVER);
const SINGLE_CHILDREN = serverChildTypes(POSTGRES_SINGLE_SERVER);
const FLEXIBLE_CONFIGURATION = `${POSTGRES_FLEXIBLE_SERVER}/configurations`;
/** ARM types this adapter reads. */
const POSTGRESQL_TYPES = [
	POSTGRES_FLEXIBLE_SERVER,
	FLEXIBLE_CHILDREN.firewallRules,
	FLEXIBLE_CHILDREN.administrators,
	FLEXIBLE_CONFIGURATION,
	POSTGRES_SINGLE_SERVER,
	SINGLE_CHILDREN.firewallRules,
	SINGLE_CHILDREN.administrators
];
/** Source path of each state field a rule reports on: the REST body, and server parameters in their `configurations` children. */
const POSTGRES_FLEXIBLE_PATHS = {
	...DATABASE_SERVER_PATHS,
	...FLEXIBLE_BACKUP_PATHS,
	publicNetworkAccess: "properties.network.publicNetworkAccess",
	"network.delegatedSubnetResourceId": "properties.network.delegatedSubnetResourceId",
	"network.privateDnsZoneArmResourceId": "properties.network.privateDnsZoneArmResourceId",
	state: "properties.state",
	"authConfig.activeDirectoryAuth": "properties.authConfig.activeDirectoryAuth",
	"authConfig.passwordAuth": "properties.authConfig.passwordAuth",
	highAvailabilityMode: "properties.highAvailability.mode",
	"serverParameters.requireSecureTransport": "configurations/require_secure_transport#properties.value",
	"serverParameters.sslMinProtocolVersion": "configurations/ssl_min_protocol_version#properties.value"
};
/** Source path of each state field a rule reports on, in the single server's REST body. */
const POSTGRES_SINGLE_PATHS = {
	...DATABASE_SERVER_PATHS,
	publicNetworkAccess: "properties.publicNetworkAccess",
	"backup.retentionDays": "properties.storageProfile.backupRetentionDays",
	"backup.geoRedundantBackup": "properties.storageProfile.geoRedundantBackup",
	userVisibleState: "properties.userVisibleState",
	sslEnforcement: "properties.sslEnforcement",
	minimalTlsVersion: "properties.minimalTlsVersion"
};
/**
* `Microsoft.DBforPostgreSQL/flexibleServers` → PostgresFlexibleServer. Property names and
* defaults follow the 2025-08-01 REST API. The TLS server parameters (require_secure_transport,
* ssl_min_protocol_version) are read from their configurations or unknown: a parameter list holds
* every parameter, so one that is missing or null was not read, and the documented defaults
* (`on`, `TLSv1.2`) are no evidence of what a server runs.
*/
function adaptPostgresFlexibleServers(index) {
	return index.ofType(POSTGRES_FLEXIBLE_SERVER).map((r) => adaptFlexible(r, index));
}
function adaptFlexible(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const network = p?.child("network");
	const auth = p?.child("authConfig");
	const delegatedSubnetResourceId = f.stated(network?.string("delegatedSubnetResourceId"));
	const publicNetworkAccess = f.stated(network?.string("publicNetworkAccess") ?? p?.string("publicNetworkAccess"));
	const parameters = serverParametersOf(r, index, FLEXIBLE_CONFIGURATION, f);
	return {
		...databaseServerOf(r, index, f, {
			backup: flexibleBackupOf(p?.child("backup"), f),
			publicNetworkAccess
		}, FLEXIBLE_CHILDREN, POSTGRES_FLEXIBLE_PATHS),
		state: f.stated(p?.string("state")),
		network: {
			delegatedSubnetResourceId,
			privateDnsZoneArmResourceId: f.stated(network?.string("privateDnsZoneArmResourceId"))
		},
		authConfig: {
			activeDirectoryAuth: f.stated(auth?.string("activeDirectoryAuth")),
			passwordAuth: f.read("authConfig.passwordAuth", auth?.string("passwordAuth"), "Enabled")
		},
		highAvailabilityMode: f.read("highAvailabilityMode", p?.child("highAvailability")?.string("mode"), "Disabled"),
		serverParameters: {
			requireSecureTransport: parameters.reader.stated(parameters.values.get("require_secure_transport")),
			sslMinProtocolVersion: parameters.reader.stated(parameters.values.get("ssl_min_protocol_version"))
		}
	};
}
/**
* `Microsoft.DBforPostgreSQL/servers` (single server, 2017-12-01 API) → PostgresSingleServer.
* Its specification documents no defaults for TLS, network access or backups, so those are stated or unknown.
*/
function adaptPostgresSingleServers(index) {
	return index.ofType(POSTGRES_SINGLE_SERVER).map((r) => {
		const f = new FieldReader(r.complete);
		const p = r.properties;
		const storage = p?.child("storageProfile");
		return {
			...databaseServerOf(r, index, f, {
				backup: {
					retentionDays: f.stated(storage?.number("backupRetentionDays")),
					geoRedundantBackup: f.stated(storage?.string("geoRedundantBackup"))
				},
				publicNetworkAccess: f.stated(p?.string("publicNetworkAccess"))
			}, SINGLE_CHILDREN, POSTGRES_SINGLE_PATHS),
			userVisibleState: f.stated(p?.string("userVisibleState")),
			sslEnforcement: f.stated(p?.string("sslEnforcement")),
			minimalTlsVersion: f.stated(p?.string("minimalTlsVersion"))
		};
	});
}
// src/adapters/arm/redis.ts
const REDIS_CACHE = "microsoft.cache/redis";
/** ARM types this adapter reads. */
const REDIS_TYPES = [REDIS_CACHE, `${REDIS_CACHE}/privateendpointconnections`];
/** Source path of each state field a rule reports on, in the REST body. */
const REDIS_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	publicNetworkAccess: "properties.publicNetworkAccess",
	privateEndpointIds: "properties.privateEndpointConnections",
	skuName: "properties.sku.name",
	enableNonSslPort: "properties.enableNonSslPort",
	minimumTlsVersion: "properties.minimumTlsVersion",
	disableAccessKeyAuthentication: "properties.disableAccessKeyAuthentication",
	entraAuthEnabled: "properties.redisConfiguration.aad-enabled",
	subnetId: "properties.subnetId",
	vnetInjected: "properties.subnetId"
};
/** `Microsoft.Cache/Redis` → RedisCache. Property names and defaults follow the 2024-11-01 REST API. */
function adaptRedisCaches(index) {
	return index.ofType(REDIS_CACHE).map((r) => adaptCache(r, index));
}
function adaptCache(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const subnetId = p?.string("subnetId");
	return {
		...baseOf(r, f.defaulted, REDIS_PATHS),
		publicNetworkAccess: f.read("publicNetworkAccess", p?.string("publicNetworkAccess"), "Enabled"),
		privateEndpointIds: privateEndpointIdsOf$1(r, index, f),
		diagnosticSettings: adaptDiagnosticSettings(r, index),
		skuName: f.stated(p?.child("sku")?.string("name") ?? r.node.child("sku")?.string("name")),
		enableNonSslPort: f.read("enableNonSslPort", p?.bool("enableNonSslPort"), false),
		minimumTlsVersion: f.stated(p?.string("minimumTlsVersion")),
		disableAccessKeyAuthentication: f.read("disableAccessKeyAuthentication", p?.bool("disableAccessKeyAuthentication"), false),
		entraAuthEnabled: f.read("entraAuthEnabled", p?.child("redisConfiguration")?.bool("aad-enabled"), false),
		subnetId: f.stated(subnetId),
		vnetInjected: f.read("vnetInjected", subnetId ? true : void 0, false)
	};
}
// src/adapters/arm/sql.ts
const SQL_SERVER = "microsoft.sql/servers";
const FIREWALL_RULE = `${SQL_SERVER}/firewallrules`;
const AUDITING = `${SQL_SERVER}/auditingsettings`;
const EXTENDED_AUDITING = `${SQL_SERVER}/extendedauditingsettings`;
const ADMINISTRATOR$1 = `${SQL_SERVER}/administrators`;
const ENTRA_ONLY$1 = `${SQL_SERVER}/azureadonlyauthentications`;
const SQL_DATABASE = `${SQL_SERVER}/databases`;
const TDE$1 = `${SQL_DATABASE}/transparentdataencryption`;
const FAILOVER_GROUP = `${SQL_SERVER}/failovergroups`;
/** ARM types this adapter reads. */
const SQL_TYPES = [
	SQL_SERVER,
	FIREWALL_RULE,
	AUDITING,
	EXTENDED_AUDITING,
	ADMINISTRATOR$1,
	ENTRA_ONLY$1,
	SQL_DATABASE,
	TDE$1,
	FAILOVER_GROUP,
	`${SQL_SERVER}/privateendpointconnections`
];
/** Source path of each state field a rule reports on: the REST body, or the child resource it comes from. */
const SQL_SERVER_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	publicNetworkAccess: "properties.publicNetworkAccess",
	privateEndpointIds: "properties.privateEndpointConnections",
	minimalTlsVersion: "properties.minimalTlsVersion",
	entraAdministrator: "properties.administrators",
	"entraAdministrator.configured": "properties.administrators.login",
	"entraAdministrator.azureADOnlyAuthentication": "properties.administrators.azureADOnlyAuthentication",
	firewallRules: "firewallRules",
	auditingSettings: "auditingSettings",
	masterDiagnosticSettings: "databases/master/providers/Microsoft.Insights/diagnosticSettings",
	databases: "databases",
	failoverGroups: "failoverGroups"
};
/** TDE is a child of the database, always named `current`. */
const SQL_DATABASE_PATHS = { transparentDataEncryption: "transparentDataEncryption/current#properties.state" };
/** `Microsoft.Sql/servers` and its children → SqlServer. Property names follow the 2025-01-01 REST API. */
function adaptSqlServers(index) {
	return index.ofType(SQL_SERVER).map((r) => adaptServer(r, index));
}
function adaptServer(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const childrenIncluded = index.includesChildrenOf(r.id);
	const databases = index.attachedTo(r.id, SQL_DATABASE);
	const master = databases.find((d) => nameOf(d.id).toLowerCase() === "master");
	const admin = entraAdministratorOf(r, index, f, childrenIncluded, {
		administrator: ADMINISTRATOR$1,
		entraOnly: ENTRA_ONLY$1
	});
	const failoverGroups = childrenOf(r, index, FAILOVER_GROUP, childrenIncluded, (child) => ({
		group: failoverGroupOf$1(child),
		at: childBody(r.id, child.id)
	}));
	const auditingSettings = childrenOf(r, index, [AUDITING, EXTENDED_AUDITING], childrenIncluded, (child) => ({
		setting: auditingOf(child),
		at: childBody(r.id, child.id)
	}));
	const masterDiagnosticSettings = adaptDiagnosticSettings(master ?? { id: `${r.id}/databases/master` }, index);
	const base = baseOf(r, f.defaulted, withEntries(SQL_SERVER_PATHS, admin.paths, childEntries("auditingSettings", auditingSettings ?? [], (s) => s.at), childEntries("masterDiagnosticSettings", masterDiagnosticSettings ?? [], (s) => relativeId(r.id, s.id)), childEntries("failoverGroups", failoverGroups ?? [], (g) => `${g.at}.partnerServers`)));
	const parent = refOf(base);
	return {
		...base,
		publicNetworkAccess: f.stated(p?.string("publicNetworkAccess")),
		privateEndpointIds: privateEndpointIdsOf$1(r, index, f),
		diagnosticSettings: adaptDiagnosticSettings(r, index),
		minimalTlsVersion: f.stated(p?.string("minimalTlsVersion")),
		entraAdministrator: admin.value,
		firewallRules: childrenOf(r, index, FIREWALL_RULE, childrenIncluded, firewallRuleOf),
		auditingSettings: auditingSettings?.map((s) => s.setting) ?? null,
		masterDiagnosticSettings,
		databases: databases.length || childrenIncluded ? databases.filter((d) => d !== master).map((d) => databaseOf$1(d, index, parent)) : null,
		failoverGroups: failoverGroups?.map((g) => g.group) ?? null
	};
}
/** Child resources of one or more types: known (possibly empty) when the input carried the server's children or any of them. */
function childrenOf(r, index, types, childrenIncluded, adapt) {
	const found = (Array.isArray(types) ? types : [types]).flatMap((type) => index.attachedTo(r.id, type));
	if (found.length === 0 && !childrenIncluded) return null;
	return found.map(adapt);
}
function firewallRuleOf(child) {
	const p = child.properties;
	return {
		name: nameOf(child.id),
		startIpAddress: p?.string("startIpAddress") ?? null,
		endIpAddress: p?.string("endIpAddress") ?? null
	};
}
function auditingOf(child) {
	const p = child.properties;
	return {
		name: nameOf(child.id),
		state: p?.string("state") ?? null,
		storageEndpoint: p?.string("storageEndpoint") ?? null,
		isAzureMonitorTargetEnabled: p?.bool("isAzureMonitorTargetEnabled") ?? null
	};
}
/** `partnerServers`: each partner's id and region, as the group's body lists them on either server. */
function failoverGroupOf$1(child) {
	const partners = child.properties?.children("partnerServers") ?? [];
	return {
		name: nameOf(child.id),
		partners: partners.map((p) => ({
			id: p.string("id") ?? null,
			location: p.string("location") ?? null
		}))
	};
}
/**
* The Entra administrator from the server body (`properties.administrators`, API 2020-11-01 and
* later) or from `administrators` / `azureADOnlyAuthentications` children, with the source paths
* of what was read from a child. A complete server body without one has none: the GET returns it
* whenever it is set.
*/
function entraAdministratorOf(r, index, f, childrenIncluded, types) {
	const inline = r.properties?.child("administrators");
	const child = index.attachedTo(r.id, types.administrator)[0];
	const admin = inline ?? child?.properties;
	const entraOnlyChild = index.attachedTo(r.id, types.entraOnly)[0];
	const at = !inline && child ? childBody(r.id, child.id) : void 0;
	const login = admin?.string("login") ?? null;
	const sid = admin?.string("sid") ?? null;
	const stated = admin ? Boolean(login ?? sid) : childrenIncluded ? false : void 0;
	const configured = f.read("entraAdministrator.configured", stated, false);
	const fromChild = entraOnlyChild?.properties?.bool("azureADOnlyAuthentication");
	const entraOnlyStated = fromChild ?? admin?.bool("azureADOnlyAuthentication");
	const azureADOnlyAuthentication = configured === false ? entraOnlyStated ?? false : f.read("entraAdministrator.azureADOnlyAuthentication", entraOnlyStated, admin ? false : void 0);
	const entraOnlyAt = fromChild !== void 0 && entraOnlyChild ? childBody(r.id, entraOnlyChild.id) : at;
	const paths = {};
	if (at) Object.assign(paths, {
		entraAdministrator: at,
		"entraAdministrator.configured": `${at}.login`
	});
	if (entraOnlyAt) paths["entraAdministrator.azureADOnlyAuthentication"] = `${entraOnlyAt}.azureADOnlyAuthentication`;
	return {
		value: {
			configured,
			login,
			sid,
			azureADOnlyAuthentication
		},
		paths
	};
}
function databaseOf$1(d, index, server) {
	const tde = index.attachedTo(d.id, TDE$1)[0];
	return {
		...baseOf(d, [], SQL_DATABASE_PATHS),
		name: nameOf(d.id),
		parent: server,
		transparentDataEncryption: tde?.properties?.string("state") ?? null
	};
}
// src/lib/regions.ts
/** Whether two spellings name one Azure region: `Japan East` (a display name) and `japaneast`. Unknown (null) matches nothing. */
function sameRegion(a, b) {
	return a !== null && b !== null && regionKey(a) === regionKey(b);
}
function regionKey(region) {
	return region.replace(/\s+/g, "").toLowerCase();
}
// src/adapters/arm/sql-managed-instance.ts
const SQL_MANAGED_INSTANCE = "microsoft.sql/managedinstances";
const SQL_MANAGED_DATABASE = `${SQL_MANAGED_INSTANCE}/databases`;
const TDE = `${SQL_MANAGED_DATABASE}/transparentdataencryption`;
const ADMINISTRATOR = `${SQL_MANAGED_INSTANCE}/administrators`;
const ENTRA_ONLY = `${SQL_MANAGED_INSTANCE}/azureadonlyauthentications`;
/** A failover group lives under the region it was created in, not under either instance. */
const INSTANCE_FAILOVER_GROUP = "microsoft.sql/locations/instancefailovergroups";
/** ARM types this adapter reads. */
const SQL_MANAGED_INSTANCE_TYPES = [
	SQL_MANAGED_INSTANCE,
	SQL_MANAGED_DATABASE,
	TDE,
	ADMINISTRATOR,
	ENTRA_ONLY,
	INSTANCE_FAILOVER_GROUP
];
/** Source path of each state field a rule reports on. */
const SQL_MANAGED_INSTANCE_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	subnetId: "properties.subnetId",
	publicDataEndpointEnabled: "properties.publicDataEndpointEnabled",
	minimalTlsVersion: "properties.minimalTlsVersion",
	entraAdministrator: "properties.administrators",
	"entraAdministrator.configured": "properties.administrators.login",
	"entraAdministrator.azureADOnlyAuthentication": "properties.administrators.azureADOnlyAuthentication",
	databases: "databases",
	failoverGroups: "Microsoft.Sql/locations/instanceFailoverGroups"
};
const SQL_MANAGED_DATABASE_PATHS = { transparentDataEncryption: "transparentDataEncryption/current#properties.state" };
/** `Microsoft.Sql/managedInstances`, its databases and the instance failover groups pairing it → SqlManagedInstance (2023-08-01 REST shapes). */
function adaptSqlManagedInstances(index) {
	const groups = index.ofType(INSTANCE_FAILOVER_GROUP);
	return index.ofType(SQL_MANAGED_INSTANCE).map((r) => adaptInstance(r, index, groups));
}
function adaptInstance(r, index, allGroups) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const childrenIncluded = index.includesChildrenOf(r.id);
	const admin = entraAdministratorOf(r, index, f, childrenIncluded, {
		administrator: ADMINISTRATOR,
		entraOnly: ENTRA_ONLY
	});
	const pairing = [...new Map(allGroups.filter((g) => pairsOf(g).some((pair) => pair.some(names(r.id)))).map((g) => [idKey(g.id), g])).values()];
	const groups = pairing.length || r.regionalGroupsRead ? pairing : null;
	const base = baseOf(r, f.defaulted, withEntries(SQL_MANAGED_INSTANCE_PATHS, admin.paths, childEntries("failoverGroups", groups ?? [], (g) => `${g.id}#properties.managedInstancePairs`)));
	const parent = refOf(base);
	return {
		...base,
		subnetId: f.stated(p?.string("subnetId")),
		publicDataEndpointEnabled: f.stated(p?.bool("publicDataEndpointEnabled")),
		minimalTlsVersion: f.stated(p?.string("minimalTlsVersion")),
		entraAdministrator: admin.value,
		diagnosticSettings: adaptDiagnosticSettings(r, index),
		databases: childrenOf(r, index, SQL_MANAGED_DATABASE, childrenIncluded, (d) => databaseOf(d, index, parent)),
		failoverGroups: groups?.map((g) => failoverGroupOf(g, r, index)) ?? null
	};
}
/** `managedInstancePairs`: each pair's two instance ids. */
function pairsOf(group) {
	return (group.properties?.children("managedInstancePairs") ?? []).map((pair) => [pair.string("primaryManagedInstanceId"), pair.string("partnerManagedInstanceId")].filter((id) => Boolean(id)));
}
function names(instanceId) {
	const own = idKey(instanceId);
	return (id) => idKey(id) === own;
}
/**
* The instance's partner in the group, and the partner's region: that of the partner instance
* when the input holds it, else the group's other region (the one in its id, or `partnerRegions`).
*/
function failoverGroupOf(group, instance, index) {
	const isOwn = names(instance.id);
	const partnerIds = pairsOf(group).filter((pair) => pair.some(isOwn)).flatMap((pair) => pair.filter((id) => !isOwn(id)));
	const regions = [regionInId(group.id), ...(group.properties?.children("partnerRegions") ?? []).map((region) => region.string("location"))].filter((region) => Boolean(region));
	const otherRegion = regions.find((region) => !sameRegion(region, instance.location)) ?? (regions.length ? instance.location : null);
	const located = (id) => index.ofType(SQL_MANAGED_INSTANCE).find((mi) => names(id)(mi.id))?.location;
	return {
		name: nameOf(group.id),
		partners: partnerIds.map((id) => ({
			id,
			location: located(id) ?? otherRegion
		}))
	};
}
/** `…/locations/JapanEast/instanceFailoverGroups/…` → `JapanEast`. */
function regionInId(id) {
	return /\/locations\/([^/]+)\/instanceFailoverGroups\//i.exec(id)?.[1];
}
function databaseOf(d, index, instance) {
	const tde = index.attachedTo(d.id, TDE)[0];
	return {
		...baseOf(d, [], SQL_MANAGED_DATABASE_PATHS),
		name: nameOf(d.id),
		parent: instance,
		transparentDataEncryption: tde?.properties?.string("state") ?? null
	};
}
// src/adapters/arm/storage-account.ts
const STORAGE_ACCOUNT = "microsoft.storage/storageaccounts";
/** ARM types this adapter reads. */
const STORAGE_ACCOUNT_TYPES = [STORAGE_ACCOUNT, "microsoft.storage/storageaccounts/privateendpointconnections"];
/** Source path of each state field a rule reports on, in the REST body. */
const STORAGE_ACCOUNT_PATHS = {
	...DIAGNOSTIC_SETTINGS_PATH,
	kind: "kind",
	sku: "sku.name",
	publicNetworkAccess: "properties.publicNetworkAccess",
	privateEndpointIds: "properties.privateEndpointConnections",
	networkDefaultAction: "properties.networkAcls.defaultAction",
	ipRules: "properties.networkAcls.ipRules",
	virtualNetworkSubnetIds: "properties.networkAcls.virtualNetworkRules",
	networkBypass: "properties.networkAcls.bypass",
	allowBlobPublicAccess: "properties.allowBlobPublicAccess",
	minimumTlsVersion: "properties.minimumTlsVersion",
	supportsHttpsTrafficOnly: "properties.supportsHttpsTrafficOnly",
	allowSharedKeyAccess: "properties.allowSharedKeyAccess"
};
/** `Microsoft.Storage/storageAccounts` → StorageAccount. Property names and defaults follow the 2025-01-01 REST API. */
function adaptStorageAccounts(index) {
	return index.ofType(STORAGE_ACCOUNT).map((r) => adaptAccount(r, index));
}
function adaptAccount(r, index) {
	const f = new FieldReader(r.complete);
	const p = r.properties;
	const acls = p?.child("networkAcls");
	return {
		...baseOf(r, f.defaulted, STORAGE_ACCOUNT_PATHS),
		kind: f.stated(r.node.string("kind")),
		sku: f.stated(r.node.child("sku")?.string("name")),
		publicNetworkAccess: f.stated(p?.string("publicNetworkAccess")),
		networkDefaultAction: f.read("networkDefaultAction", acls?.string("defaultAction"), "Allow"),
		ipRules: f.read("ipRules", ipRulesOf(acls), []),
		virtualNetworkSubnetIds: f.read("virtualNetworkSubnetIds", acls?.children("virtualNetworkRules")?.map((v) => v.string("id")).filter((id) => id !== void 0), []),
		networkBypass: f.read("networkBypass", acls?.string("bypass"), "AzureServices"),
		allowBlobPublicAccess: f.read("allowBlobPublicAccess", p?.bool("allowBlobPublicAccess"), true),
		minimumTlsVersion: f.read("minimumTlsVersion", p?.string("minimumTlsVersion"), "TLS1_0"),
		supportsHttpsTrafficOnly: f.stated(p?.bool("supportsHttpsTrafficOnly")),
		allowSharedKeyAccess: f.read("allowSharedKeyAccess", p?.bool("allowSharedKeyAccess"), true),
		privateEndpointIds: privateEndpointIdsOf$1(r, index, f),
		diagnosticSettings: adaptDiagnosticSettings(r, index)
	};
}
// src/adapters/arm/security-contacts.ts
const SECURITY_CONTACT = "microsoft.security/securitycontacts";
/** The 2023-12-01-preview list example in the REST specification spells type and id in the singular. */
const SECURITY_CONTACT_SINGULAR = "microsoft.security/securitycontact";
/**
* One security contact, whatever API version wrote it. A complete body that omits a
* notification setting has none; a fragment says nothing.
*/
function adaptSecurityContact(r) {
	const p = r.properties;
	const known = (value, absent) => value === null ? null : value !== void 0 ? value : r.complete ? absent : null;
	const emails = p?.string("emails") ?? p?.string("email");
	const sources = p?.children("notificationsSources");
	const byRole = p?.child("notificationsByRole");
	const alerts = sources ? alertsFromSources(sources) : alertsFromLegacy(p);
	return {
		id: r.id,
		name: r.name,
		emails: known(typeof emails === "string" ? splitEmails(emails) : emails, []),
		phone: p?.string("phone") ?? null,
		isEnabled: p?.bool("isEnabled") ?? (sources ? null : r.complete ? true : null),
		alertNotifications: known(alerts.on, false),
		alertMinimalSeverity: alerts.on === false ? null : alerts.minimalSeverity ?? null,
		notificationsByRole: {
			state: byRole?.string("state") ?? p?.string("alertsToAdmins") ?? null,
			roles: byRole?.strings("roles") ?? null
		},
		origin: {
			source: r.source,
			file: r.node.file,
			pointer: r.node.pointer
		}
	};
}
/** 2023-12-01-preview: alerts are mailed when an `Alert` source is listed, from its minimal severity up. */
function alertsFromSources(sources) {
	const alert = sources.find((s) => s.string("sourceType")?.toLowerCase() === "alert");
	return {
		on: alert !== void 0,
		minimalSeverity: alert?.string("minimalSeverity")
	};
}
/** 2020-01-01-preview `{ state, minimalSeverity }`, or 2017-08-01-preview `"On"`, which mailed high-severity alerts. */
function alertsFromLegacy(p) {
	const raw = p?.raw("alertNotifications");
	if (raw === void 0 || raw === null || !p) return {
		on: void 0,
		minimalSeverity: void 0
	};
	if (typeof raw === "string") {
		const on = onOff(raw);
		return {
			on,
			minimalSeverity: on ? "High" : void 0
		};
	}
	const object = p.child("alertNotifications");
	return {
		on: onOff(object?.string("state")),
		minimalSeverity: object?.string("minimalSeverity")
	};
}
function onOff(value) {
	if (value === void 0 || value === null) return value;
	return value.toLowerCase() === "on";
}
function splitEmails(text) {
	return text.split(/[;,]/).map((e) => e.trim()).filter(Boolean);
}
// src/adapters/arm/subscriptions.ts
const SUBSCRIPTION = "microsoft.resources/subscriptions";
const PRICING = "microsoft.security/pricings";
/** ARM types this adapter reads. */
const SUBSCRIPTION_TYPES = [
	SUBSCRIPTION,
	PRICING,
	SECURITY_CONTACT,
	SECURITY_CONTACT_SINGULAR
];
/** Where a subscription's fields are read: its extension resources, each contact at its own id. */
const SUBSCRIPTION_PATHS = {
	displayName: "displayName",
	defenderPlans: "providers/Microsoft.Security/pricings",
	securityContacts: "providers/Microsoft.Security/securityContacts"
};
/** Source path of each state field of a Defender plan, in its pricing's REST body. */
const DEFENDER_PLAN_PATHS = {
	tier: "properties.pricingTier",
	subPlan: "properties.subPlan",
	extensions: "properties.extensions"
};
/**
* Subscriptions seen in the input, plus every subscription a resource id names, keyed by
* id. Defender plans come from `Microsoft.Security/pricings`, each a resource under its
* subscription; a subscription with none in the input has unknown plans, not "Free". Security
* contacts are known (possibly none) when the input carried one, or carried the subscription
* with its child resources.
*/
function adaptSubscriptions(index, resourceSubscriptions) {
	const subs = /* @__PURE__ */ new Map();
	const get = (guid) => {
		let sub = subs.get(guid);
		if (!sub) subs.set(guid, sub = {
			guid,
			pricings: null,
			contacts: null
		});
		return sub;
	};
	for (const r of index.ofType(SUBSCRIPTION).filter(located)) {
		const sub = get(r.subscriptionId);
		sub.body = r;
		if (index.includesChildrenOf(r.id)) sub.contacts ??= [];
	}
	for (const r of index.ofType(PRICING).filter(located)) {
		const pricings = get(r.subscriptionId).pricings ??= /* @__PURE__ */ new Map();
		const name = nameOf(r.id).toLowerCase();
		pricings.set(name, lessProtective(pricings.get(name), r));
	}
	for (const r of [...index.ofType(SECURITY_CONTACT), ...index.ofType(SECURITY_CONTACT_SINGULAR)].filter(located)) (get(r.subscriptionId).contacts ??= []).push(adaptSecurityContact(r));
	for (const id of resourceSubscriptions) get(id);
	return [...subs.values()].map(subscriptionOf);
}
function subscriptionOf(seen) {
	const { guid, body, contacts } = seen;
	const id = `/subscriptions/${guid}`;
	const displayName = body ? body.node.string("displayName") ?? body.node.string("name") ?? null : null;
	const origin = body ? {
		source: body.source,
		file: body.node.file,
		pointer: body.node.pointer
	} : contacts?.[0]?.origin ?? { source: "inferred" };
	const base = {
		id,
		name: displayName ?? guid,
		type: SUBSCRIPTION,
		subscriptionId: guid,
		resourceGroup: null,
		location: null,
		tags: body?.tags ?? {},
		origin,
		provenance: {
			paths: subscriptionPaths(id, contacts),
			defaulted: []
		}
	};
	const parent = refOf(base);
	const plans = seen.pricings && [...seen.pricings.values()].map((r) => planOf(r, parent));
	return {
		...base,
		displayName,
		defenderPlans: plans,
		securityContacts: contacts
	};
}
/** The subscription's table, plus each contact at its own id; whether it gets alerts is an `Alert` notification source in the current API. */
function subscriptionPaths(id, contacts) {
	const entries = (contacts ?? []).flatMap((c, i) => {
		const at = childBody(id, c.id);
		return [[`securityContacts.${i}`, at], [`securityContacts.${i}.alertNotifications`, `${at}.notificationsSources[Alert]`]];
	});
	return withEntries(SUBSCRIPTION_PATHS, Object.fromEntries(entries));
}
/**
* ARM has one pricing per plan and subscription, so two only meet when inputs of different
* dates are merged. Keep the less protective one: file order must not decide, and the
* scan must never pass on the strength of a pricing that another input contradicts.
*/
function lessProtective(seen, next) {
	if (!seen) return next;
	const rank = (r) => {
		const tier = tierOf(r.properties);
		return tier === null ? 1 : tier.toLowerCase() === "standard" ? 2 : 0;
	};
	return rank(next) < rank(seen) ? next : seen;
}
function tierOf(p) {
	return p?.string("pricingTier") ?? null;
}
function planOf(r, subscription) {
	const p = r.properties;
	const extensions = {};
	for (const ext of p?.children("extensions") ?? []) {
		const name = ext.string("name");
		if (name) extensions[name] = ext.bool("isEnabled") ?? false;
	}
	return {
		...baseOf(r, [], DEFENDER_PLAN_PATHS),
		name: nameOf(r.id),
		parent: subscription,
		tier: tierOf(p),
		subPlan: p?.string("subPlan") ?? null,
		extensions
	};
}
export { isSubscriptionId as $, adaptManagedIdentities as A, aksVersionsOperation as B, MYSQL_FLEXIBLE_SERVER as C, adaptMonitoring as D, MONITORING_TYPES as E, adaptContainerRegistries as F, CLOUDS as G, MANAGED_CLUSTER as H, collectArmResources as I, isCloudName as J, CREDENTIAL_KINDS as K, located as L, KEY_VAULT_TYPES as M, adaptKeyVaults as N, MANAGED_IDENTITY_TYPES as O, CONTAINER_REGISTRY_TYPES as P, mayCarryToken as Q, AKS_VERSIONS_TYPE as R, adaptPostgresSingleServers as S, adaptMySqlFlexibleServers as T, adaptClusters as U, AGENT_POOL as V, DIAGNOSTIC_SETTING as W, requireGithubOidc as X, isCredentialKind as Y, resolveArmTarget as Z, REDIS_TYPES as _, SECURITY_CONTACT as a, POSTGRES_FLEXIBLE_SERVER as b, SQL_MANAGED_DATABASE as c, adaptSqlManagedInstances as d, sameRegion as f, adaptSqlServers as g, SQL_TYPES as h, adaptSubscriptions as i, KEY_VAULT as j, USER_ASSIGNED_IDENTITY as k, SQL_MANAGED_INSTANCE as l, SQL_SERVER as m, SUBSCRIPTION as n, STORAGE_ACCOUNT_TYPES as o, SQL_DATABASE as p, createCredential as q, SUBSCRIPTION_TYPES as r, adaptStorageAccounts as s, PRICING as t, SQL_MANAGED_INSTANCE_TYPES as u, adaptRedisCaches as v, MYSQL_TYPES as w, adaptPostgresFlexibleServers as x, POSTGRESQL_TYPES as y, adaptAksVersions as z };
