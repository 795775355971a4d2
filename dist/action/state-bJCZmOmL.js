// src/state/state.ts
function emptyState() {
	return {
		subscriptions: [],
		clusters: [],
		aksVersions: [],
		network: {
			virtualNetworks: [],
			subnetReferences: [],
			networkSecurityGroups: [],
			routeTables: [],
			natGateways: [],
			publicIpAddresses: [],
			privateEndpoints: [],
			privateDnsZones: []
		},
		keyVaults: [],
		postgresFlexibleServers: [],
		postgresSingleServers: [],
		mysqlFlexibleServers: [],
		sqlServers: [],
		redisCaches: [],
		containerRegistries: [],
		storageAccounts: [],
		kubernetes: [],
		coverage: []
	};
}
export { emptyState as t };
