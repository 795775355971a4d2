import { i as KubeConfig, n as readCluster, r as unreadCluster } from "./live-BQq1YQ4C.js";
import { t as redactSecrets } from "./redact-CZvdTJf8.js";
import { t as aksLink } from "./match-aks-vp8qjwDK.js";
import { r as armRequest, t as Limiter } from "./limiter-2KEvJKuO.js";
// src/collectors/azure/in-cluster.ts
/**
* The in-cluster read of each AKS cluster a live Azure scan found, with the scan's own Azure
* identity: the cluster user kubeconfig from ARM (`listClusterUserCredential`), and on Entra ID
* clusters an Entra token for the AKS server application in place of the kubeconfig's
* kubelogin exec plugin. Nothing in the kubeconfig is ever executed or read from disk, and no
* credential goes to a server other than the cluster's own.
*/
/** The AKS server application ("Azure Kubernetes Service AAD Server"): the audience of tokens AKS-managed Entra ID clusters accept. */
const AKS_SERVER_APP_ID = "6dae42f8-4368-4678-94ff-3960e28e3630";
/** The only token audience the in-cluster read asks for: the legacy integration's own server applications are refused. */
const AKS_SCOPE = `${AKS_SERVER_APP_ID}/.default`;
const AKS_API_VERSION = "2026-08-01";
/** Clusters read at once (each lists several kinds in parallel): enough to hide latency, few enough for the scanner's sockets. */
const CLUSTERS_AT_ONCE = 8;
/**
* Reads the AKS clusters of `state` that no Kubernetes source of the scan covers yet (a
* `--kubeconfig` context matched by API server FQDN, read first, is not read a second time).
*/
async function collectAksInCluster(conn, state, options) {
	const covered = new Set(state.kubernetes.flatMap((k) => k.aksClusterId ? [k.aksClusterId.toLowerCase()] : []));
	const limiter = new Limiter(CLUSTERS_AT_ONCE);
	const toRead = state.clusters.filter((c) => !covered.has(c.id.toLowerCase()));
	const read = await Promise.all(toRead.map((cluster) => limiter.run(() => readAksCluster(conn, cluster, options))));
	return {
		clusters: read.map((r) => r.cluster),
		sources: read.map((r) => r.source)
	};
}
async function readAksCluster(conn, aks, options) {
	const identity = {
		id: `aks:${aks.id}`,
		name: aks.name,
		...aksLink(aks)
	};
	const prepared = await targetOf(conn, aks);
	if ("unread" in prepared) return unreadCluster(identity, null, aks.name, prepared.unread);
	const read = await readCluster(prepared.target, options, identity);
	if (read.source.code === "unreachable" && aks.apiServer.privateCluster === true) read.source.message = `${read.source.message ?? "the API server could not be reached"}; ${aks.name} is a private cluster: its API server is reachable only from its virtual network and networks connected to it (peering, VPN, ExpressRoute), so run aks-audit there`;
	return read;
}
async function targetOf(conn, aks) {
	const answer = await armRequest(conn, "POST", `${aks.id}/listClusterUserCredential`, AKS_API_VERSION);
	if (!answer.ok) return { unread: {
		code: answer.failure.code,
		reason: `cannot get the cluster user kubeconfig (listClusterUserCredential): ${answer.failure.message}`
	} };
	const value = answer.body?.kubeconfigs?.[0]?.value;
	if (typeof value !== "string") return { unread: {
		code: "error",
		reason: "listClusterUserCredential returned no kubeconfig"
	} };
	try {
		return { target: await authenticated(Buffer.from(value, "base64").toString("utf8"), aks, conn.credential) };
	} catch (error) {
		return { unread: {
			code: error instanceof KubeconfigRefused ? "refused" : "error",
			reason: error.message
		} };
	}
}
/** A kubeconfig that would send a credential elsewhere than the cluster's own API server and audience: the source's code is `refused`. */
var KubeconfigRefused = class extends Error {};
/**
* The kubeconfig's current context with only what a list request needs: server, CA and a static
* credential. A user that signs in through a plugin (kubelogin exec, the old `azure` auth
* provider) gets an Entra token for the AKS server application instead; file paths,
* proxies and plugins are dropped, so nothing outside the kubeconfig text is run or read.
* Neither where the credential goes nor the token's audience is the kubeconfig's to choose: the
* server must be the cluster's own, as ARM reports it on the managed cluster, and a plugin that
* names another audience is refused before any token is asked for.
*/
async function authenticated(text, aks, credential) {
	const loaded = new KubeConfig();
	try {
		loaded.loadFromString(text);
	} catch (error) {
		throw new Error(`the kubeconfig from listClusterUserCredential is not readable: ${redactSecrets(error.message.split("\n")[0] ?? "")}`, { cause: error });
	}
	const context = loaded.getContextObject(loaded.getCurrentContext()) ?? loaded.contexts[0];
	const cluster = context ? loaded.getCluster(context.cluster) : null;
	const user = context ? loaded.getUser(context.user) : null;
	if (!context || !cluster || !user) throw new Error("the kubeconfig from listClusterUserCredential names no cluster and user");
	const server = ownServer(cluster.server, aks);
	let kept;
	let who;
	if (user.exec || user.authProvider) {
		const audience = namedAudience(user);
		if (audience !== null && audience.toLowerCase() !== "6dae42f8-4368-4678-94ff-3960e28e3630") throw new KubeconfigRefused(`refused the kubeconfig from listClusterUserCredential: it asks for a token for the application ${audience}, not the AKS server application (${AKS_SERVER_APP_ID}); no token was asked for or sent`);
		const token = await credential.getToken(AKS_SCOPE).catch((error) => {
			throw new Error(`the Azure credential gave no token for ${AKS_SCOPE}: ${redactSecrets(error.message.split("\n")[0] ?? "")}`, { cause: error });
		});
		if (!token) throw new Error(`the Azure credential gave no token for ${AKS_SCOPE}`);
		kept = {
			name: user.name,
			token: token.token
		};
		who = "the scan identity (Entra ID token)";
	} else {
		kept = {
			name: user.name,
			...pick(user, [
				"certData",
				"keyData",
				"token",
				"username",
				"password"
			])
		};
		who = user.name;
	}
	const own = {
		name: cluster.name,
		server,
		skipTLSVerify: false,
		...pick(cluster, ["caData"])
	};
	const config = new KubeConfig();
	config.loadFromOptions({
		clusters: [own],
		users: [kept],
		contexts: [{
			name: aks.name,
			cluster: own.name,
			user: kept.name
		}],
		currentContext: aks.name
	});
	return {
		context: aks.name,
		config,
		server,
		user: who
	};
}
/**
* The API server the kubeconfig names, when it is the cluster's own: `https://` and the public
* `fqdn` or the `privateFQDN` of the managed cluster (port 443 implied, as ARM reports them).
* Anything else is refused, so a credential answer can never send the scan's token elsewhere.
*/
function ownServer(named, aks) {
	const own = [aks.fqdn, aks.privateFqdn].map((fqdn) => fqdn ? parsedUrl(`https://${fqdn}`)?.host.toLowerCase() ?? null : null).filter((a) => a !== null);
	const url = parsedUrl(named);
	const authority = url && url.protocol === "https:" && !url.username && !url.password && (url.pathname === "/" || url.pathname === "") ? url.host.toLowerCase() : null;
	if (authority !== null && own.includes(authority)) return `https://${authority}`;
	const expected = own.length ? own.map((a) => `https://${a}`).join(" or ") : "none: ARM reports no fqdn or privateFQDN for the cluster";
	throw new KubeconfigRefused(`refused the kubeconfig from listClusterUserCredential: it names the API server ${url ? `${url.origin}${url.pathname === "/" ? "" : url.pathname}` : "(not a URL)"}, not the cluster's own (${expected}); no credential was sent`);
}
function parsedUrl(url) {
	try {
		return new URL(url);
	} catch {
		return null;
	}
}
/**
* The application a sign-in plugin would ask a token for: kubelogin's `--server-id`, or the old
* auth provider's `apiserver-id`; null when it names none.
*/
function namedAudience(user) {
	const args = user.exec?.args;
	if (Array.isArray(args)) for (const [i, arg] of args.entries()) {
		if (arg === "--server-id") return String(args[i + 1] ?? "");
		if (typeof arg === "string" && arg.startsWith("--server-id=")) return arg.slice(12);
	}
	const configured = user.authProvider?.config?.["apiserver-id"];
	return configured === void 0 ? null : String(configured);
}
function pick(from, keys) {
	const out = {};
	for (const key of keys) if (from[key] !== void 0 && from[key] !== null) out[key] = from[key];
	return out;
}
export { collectAksInCluster };
