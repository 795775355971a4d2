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
			privateDnsZones: [],
			networkInterfaces: [],
			bastionHosts: [],
			applicationGateways: [],
			wafPolicies: []
		},
		keyVaults: [],
		postgresFlexibleServers: [],
		postgresSingleServers: [],
		mysqlFlexibleServers: [],
		sqlServers: [],
		sqlManagedInstances: [],
		redisCaches: [],
		containerRegistries: [],
		storageAccounts: [],
		roleAssignments: [],
		managedIdentities: [],
		virtualMachines: [],
		monitoring: {
			alertRules: [],
			actionGroups: []
		},
		fluxConfigurations: [],
		kubernetes: [],
		coverage: []
	};
}
export { emptyState as t };
