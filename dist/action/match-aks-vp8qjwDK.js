import { t as isObject } from "./json-C040QO5N.js";
// src/state/kubernetes.ts
/**
* Which namespace an object is in, as a key for joins and identity: its `metadata.namespace`, else
* the namespace kubectl applies its file to (the context's, or `-n`). That is not known, and may
* differ between files: two files that each hold a namespace-less `Deployment web` hold two
* objects, while the objects of one file share one namespace. Live objects always state theirs.
*/
function namespaceKey(metadata, origin) {
	if (metadata?.namespace) return metadata.namespace;
	return origin.file === void 0 ? "default" : `default (namespace not set in ${origin.file})`;
}
const KUBERNETES_KINDS = [
	"namespaces",
	"pods",
	"deployments",
	"statefulsets",
	"daemonsets",
	"replicasets",
	"replicationcontrollers",
	"jobs",
	"cronjobs",
	"services",
	"ingresses",
	"networkpolicies",
	"serviceaccounts",
	"roles",
	"clusterroles",
	"rolebindings",
	"clusterrolebindings",
	"secrets",
	"horizontalpodautoscalers",
	"globalnetworkpolicies",
	"ciliumnetworkpolicies",
	"ciliumclusterwidenetworkpolicies",
	"gitrepositories",
	"ocirepositories",
	"kustomizations",
	"applications",
	"scaledobjects"
];
// src/collectors/kubernetes/api-resources.ts
function resource(apiVersion, kind, plural) {
	return {
		apiVersion,
		kind,
		path: `${apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`}/${plural}`
	};
}
/** The stable API versions AKS serves for each kind aks-audit reads (the policy CRDs only where Calico or Cilium is installed: elsewhere a 404). */
const API_RESOURCES = {
	namespaces: resource("v1", "Namespace", "namespaces"),
	pods: resource("v1", "Pod", "pods"),
	deployments: resource("apps/v1", "Deployment", "deployments"),
	statefulsets: resource("apps/v1", "StatefulSet", "statefulsets"),
	daemonsets: resource("apps/v1", "DaemonSet", "daemonsets"),
	replicasets: resource("apps/v1", "ReplicaSet", "replicasets"),
	replicationcontrollers: resource("v1", "ReplicationController", "replicationcontrollers"),
	jobs: resource("batch/v1", "Job", "jobs"),
	cronjobs: resource("batch/v1", "CronJob", "cronjobs"),
	services: resource("v1", "Service", "services"),
	ingresses: resource("networking.k8s.io/v1", "Ingress", "ingresses"),
	networkpolicies: resource("networking.k8s.io/v1", "NetworkPolicy", "networkpolicies"),
	serviceaccounts: resource("v1", "ServiceAccount", "serviceaccounts"),
	roles: resource("rbac.authorization.k8s.io/v1", "Role", "roles"),
	clusterroles: resource("rbac.authorization.k8s.io/v1", "ClusterRole", "clusterroles"),
	rolebindings: resource("rbac.authorization.k8s.io/v1", "RoleBinding", "rolebindings"),
	clusterrolebindings: resource("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "clusterrolebindings"),
	secrets: resource("v1", "Secret", "secrets"),
	horizontalpodautoscalers: resource("autoscaling/v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers"),
	globalnetworkpolicies: resource("crd.projectcalico.org/v1", "GlobalNetworkPolicy", "globalnetworkpolicies"),
	ciliumnetworkpolicies: resource("cilium.io/v2", "CiliumNetworkPolicy", "ciliumnetworkpolicies"),
	ciliumclusterwidenetworkpolicies: resource("cilium.io/v2", "CiliumClusterwideNetworkPolicy", "ciliumclusterwidenetworkpolicies"),
	gitrepositories: resource("source.toolkit.fluxcd.io/v1", "GitRepository", "gitrepositories"),
	ocirepositories: resource("source.toolkit.fluxcd.io/v1beta2", "OCIRepository", "ocirepositories"),
	kustomizations: resource("kustomize.toolkit.fluxcd.io/v1", "Kustomization", "kustomizations"),
	applications: resource("argoproj.io/v1alpha1", "Application", "applications"),
	scaledobjects: resource("keda.sh/v1alpha1", "ScaledObject", "scaledobjects")
};
// src/collectors/kubernetes/kept-object.ts
/** kubectl's record of the last applied manifest: it repeats the object, env literals and a Secret's data included. */
const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
/** Where a container may carry command-line literals (`--password=…`): its own command and args, and the exec of its probes and hooks. */
const EXEC_HANDLERS = [
	"livenessProbe",
	"readinessProbe",
	"startupProbe"
];
const LIFECYCLE_HOOKS = ["postStart", "preStop"];
const CONTAINER_LISTS = [
	"initContainers",
	"containers",
	"ephemeralContainers"
];
/**
* A listed object as the state keeps it: `apiVersion` and `kind` filled in as kubectl does
* (list items omit them), `managedFields` dropped (bookkeeping no rule reads, and the largest
* part of many objects). A Secret keeps its metadata only, whatever the server sent. What can
* hold a secret value and no rule reads is never kept: the last-applied annotation, and the
* command lines of containers (command, args, exec probes and hooks), which often carry a
* password or token as a flag.
*/
function keptObject(kind, item) {
	const object = item;
	const { apiVersion, kind: kindName } = API_RESOURCES[kind];
	const metadata = isObject(object.metadata) ? object.metadata : void 0;
	if (metadata) {
		delete metadata.managedFields;
		if (isObject(metadata.annotations) && LAST_APPLIED in metadata.annotations) delete metadata.annotations[LAST_APPLIED];
	}
	if (kind === "secrets") return metadata ? {
		apiVersion,
		kind: kindName,
		metadata
	} : {
		apiVersion,
		kind: kindName
	};
	const custom = CUSTOM_FIELDS[kind];
	if (custom) return {
		apiVersion: object.apiVersion ?? apiVersion,
		kind: object.kind ?? kindName,
		...metadata ? { metadata } : {},
		...custom(object)
	};
	const spec = podSpecOf(kind, object);
	if (spec) {
		for (const list of CONTAINER_LISTS) if (Array.isArray(spec[list])) {
			for (const container of spec[list]) if (isObject(container)) withoutCommandLines(container);
		}
	}
	object.apiVersion ??= apiVersion;
	object.kind ??= kindName;
	return object;
}
const sourceFields = (o) => ({
	spec: picked(o.spec, ["url", "suspend"]),
	status: { conditions: conditionsOf(o.status) }
});
const argoSource = (source) => picked(source, [
	"repoURL",
	"path",
	"targetRevision",
	"chart"
]);
/**
* Custom resources keep only what rules read: GitOps objects where they reconcile from and whether
* they do, ScaledObjects what they scale and between which bounds. Helm values, post-build
* substitutions, plugin settings and scaler triggers, which can hold secrets, are never kept.
*/
const CUSTOM_FIELDS = {
	gitrepositories: sourceFields,
	ocirepositories: sourceFields,
	kustomizations: (o) => ({
		spec: {
			...picked(o.spec, ["path", "suspend"]),
			sourceRef: picked(isObject(o.spec) ? o.spec.sourceRef : void 0, [
				"kind",
				"name",
				"namespace"
			])
		},
		status: { conditions: conditionsOf(o.status) }
	}),
	applications: (o) => {
		const spec = isObject(o.spec) ? o.spec : {};
		const status = isObject(o.status) ? o.status : {};
		const kept = { syncPolicy: { automated: isObject(spec.syncPolicy) ? spec.syncPolicy.automated ?? null : null } };
		if (spec.source !== void 0) kept.source = argoSource(spec.source);
		if (Array.isArray(spec.sources)) kept.sources = spec.sources.map(argoSource);
		return {
			spec: kept,
			status: {
				sync: picked(status.sync, ["status"]),
				health: picked(status.health, ["status"])
			}
		};
	},
	scaledobjects: (o) => ({
		spec: {
			...picked(o.spec, ["minReplicaCount", "maxReplicaCount"]),
			scaleTargetRef: picked(isObject(o.spec) ? o.spec.scaleTargetRef : void 0, [
				"name",
				"kind",
				"apiVersion"
			])
		},
		status: { conditions: conditionsOf(o.status) }
	})
};
/** The named fields of an object (an empty object when it is not one). */
function picked(value, keys) {
	if (!isObject(value)) return {};
	return Object.fromEntries(keys.filter((k) => value[k] !== void 0).map((k) => [k, value[k]]));
}
function conditionsOf(status) {
	const conditions = isObject(status) ? status.conditions : void 0;
	return Array.isArray(conditions) ? conditions.map((c) => picked(c, [
		"type",
		"status",
		"reason"
	])) : [];
}
/** The pod spec a workload object carries: the pod's own, a controller's template, or a CronJob's job template. */
function podSpecOf(kind, object) {
	const spec = object.spec;
	if (!isObject(spec)) return void 0;
	if (kind === "pods") return spec;
	const template = isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec) ? spec.jobTemplate.spec.template : spec.template;
	return isObject(template) && isObject(template.spec) ? template.spec : void 0;
}
function withoutCommandLines(container) {
	if (container.command !== void 0) container.command = void 0;
	if (container.args !== void 0) container.args = void 0;
	for (const probe of EXEC_HANDLERS) withoutExecCommand(container[probe]);
	const lifecycle = container.lifecycle;
	if (isObject(lifecycle)) for (const hook of LIFECYCLE_HOOKS) withoutExecCommand(lifecycle[hook]);
}
function withoutExecCommand(handler) {
	if (isObject(handler) && isObject(handler.exec) && handler.exec.command !== void 0) handler.exec.command = void 0;
}
// src/collectors/kubernetes/match-aks.ts
/**
* Links each live cluster to the AKS cluster of the same scan whose API server it talked to:
* the kubeconfig server host against the cluster's public or private FQDN. Clusters already
* linked (by the user, for files) and hosts no AKS cluster owns (IP addresses, the in-cluster
* service address, other providers) are left as they are.
*/
function matchAksClusters(kubernetes, clusters) {
	const byHost = /* @__PURE__ */ new Map();
	for (const cluster of clusters) for (const fqdn of [cluster.fqdn, cluster.privateFqdn]) if (fqdn) byHost.set(normalHost(fqdn), cluster);
	for (const k of kubernetes) {
		if (k.aksClusterId || !k.server) continue;
		Object.assign(k, aksLink(byHost.get(normalHost(k.server))));
	}
}
/**
* What a Kubernetes cluster takes from the AKS cluster it runs in: its id, subscription and
* resource group, read from the AKS cluster's state (never parsed from its id), so findings on
* in-cluster objects sit with the cluster whatever source named it.
*/
function aksLink(aks) {
	return {
		aksClusterId: aks?.id ?? null,
		subscriptionId: aks?.subscriptionId ?? null,
		resourceGroup: aks?.resourceGroup ?? null
	};
}
function normalHost(host) {
	return host.toLowerCase().replace(/\.$/, "");
}
export { KUBERNETES_KINDS as a, API_RESOURCES as i, matchAksClusters as n, namespaceKey as o, keptObject as r, aksLink as t };
