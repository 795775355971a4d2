import { n as __exportAll } from "./rolldown-runtime-DYf_mQCB.js";
import { $ as isSubscriptionId, E as MONITORING_TYPES, H as MANAGED_CLUSTER, I as collectArmResources, L as located, M as KEY_VAULT_TYPES, O as MANAGED_IDENTITY_TYPES, P as CONTAINER_REGISTRY_TYPES, R as AKS_VERSIONS_TYPE, V as AGENT_POOL, Z as resolveArmTarget, _ as REDIS_TYPES, a as SECURITY_CONTACT, c as SQL_MANAGED_DATABASE, h as SQL_TYPES, j as KEY_VAULT, k as USER_ASSIGNED_IDENTITY, l as SQL_MANAGED_INSTANCE, m as SQL_SERVER, n as SUBSCRIPTION, o as STORAGE_ACCOUNT_TYPES, q as createCredential, t as PRICING, u as SQL_MANAGED_INSTANCE_TYPES, w as MYSQL_TYPES, y as POSTGRESQL_TYPES } from "./subscriptions-EoCmcYmC.js";
import { C as nameOf, P as pushTo, S as idKey, b as FLUX_CONFIGURATION, d as VIRTUAL_MACHINE, o as NETWORK_TYPES, t as ROLE_ASSIGNMENT } from "./role-assignments-BYtY5gYe.js";
import { D as RestError, G as createClientLogger, I as stringToUint8Array, L as uint8ArrayToString, a as RestError$1, j as createHttpHeaders, n as bearerTokenAuthenticationPolicyName, t as bearerTokenAuthenticationPolicy, z as delay } from "./bearerTokenAuthenticationPolicy-BmqUZk9c.js";
import { a as newRequestStats, c as deadlinePassed, i as clientOptions, l as getClient, n as armList, o as ArmFailureError, r as armRequest, s as armFailure, t as Limiter } from "./limiter-2KEvJKuO.js";
import { n as PageChain } from "./read-limits-SNQlm0Yq.js";
import { c as decodeStringToString, n as logger$3, s as createSerializer, t as ServiceClient } from "./serviceClient-ByjK4ATi.js";
import { setTimeout as setTimeout$1 } from "node:timers/promises";
// node_modules/@typespec/ts-http-runtime/dist/esm/client/operationOptionHelpers.js
/**
* Helper function to convert OperationOptions to RequestParameters
* @param options - the options that are used by Modular layer to send the request
* @returns the result of the conversion in RequestParameters of RLC layer
*/
function operationOptionsToRequestParameters$1(options) {
	return {
		allowInsecureConnection: options.requestOptions?.allowInsecureConnection,
		timeout: options.requestOptions?.timeout,
		skipUrlEncoding: options.requestOptions?.skipUrlEncoding,
		abortSignal: options.abortSignal,
		onUploadProgress: options.requestOptions?.onUploadProgress,
		onDownloadProgress: options.requestOptions?.onDownloadProgress,
		headers: { ...options.requestOptions?.headers },
		onResponse: options.onResponse
	};
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/restError.js
function createRestError$1(messageOrResponse, response) {
	const resp = typeof messageOrResponse === "string" ? response : messageOrResponse;
	const internalError = resp.body?.error ?? resp.body;
	const message = typeof messageOrResponse === "string" ? messageOrResponse : internalError?.message ?? `Unexpected status code: ${resp.status}`;
	return new RestError(message, {
		statusCode: statusCodeToNumber(resp.status),
		code: internalError?.code,
		request: resp.request,
		response: toPipelineResponse(resp)
	});
}
function toPipelineResponse(errorResponse) {
	return {
		headers: createHttpHeaders(errorResponse.headers),
		request: errorResponse.request,
		status: statusCodeToNumber(errorResponse.status) ?? -1,
		...typeof errorResponse.body === "string" ? { bodyAsText: errorResponse.body } : {}
	};
}
function statusCodeToNumber(statusCode) {
	const status = Number.parseInt(statusCode);
	return Number.isNaN(status) ? void 0 : status;
}
// node_modules/@azure/core-client/dist/esm/authorizeRequestOnClaimChallenge.js
/**
* Converts: `Bearer a="b", c="d", Bearer d="e", f="g"`.
* Into: `[ { a: 'b', c: 'd' }, { d: 'e', f: 'g' } ]`.
*
* @internal
*/
function parseCAEChallenge(challenges) {
	return `, ${challenges.trim()}`.split(", Bearer ").filter((x) => x).map((challenge) => {
		return `${challenge.trim()}, `.split("\", ").filter((x) => x).map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split("=\""))).reduce((a, b) => ({
			...a,
			...b
		}), {});
	});
}
/**
* This function can be used as a callback for the `bearerTokenAuthenticationPolicy` of `@azure/core-rest-pipeline`, to support CAE challenges:
* [Continuous Access Evaluation](https://learn.microsoft.com/azure/active-directory/conditional-access/concept-continuous-access-evaluation).
*
* Call the `bearerTokenAuthenticationPolicy` with the following options:
*
* ```ts snippet:AuthorizeRequestOnClaimChallenge
* import { bearerTokenAuthenticationPolicy } from "@azure/core-rest-pipeline";
* import { authorizeRequestOnClaimChallenge } from "@azure/core-client";
*
* const policy = bearerTokenAuthenticationPolicy({
*   challengeCallbacks: {
*     authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge,
*   },
*   scopes: ["https://service/.default"],
* });
* ```
*
* Once provided, the `bearerTokenAuthenticationPolicy` policy will internally handle Continuous Access Evaluation (CAE) challenges.
* When it can't complete a challenge it will return the 401 (unauthorized) response from ARM.
*
* Example challenge with claims:
*
* ```
* Bearer authorization_uri="https://login.windows-ppe.net/", error="invalid_token",
* error_description="User session has been revoked",
* claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0="
* ```
*/
async function authorizeRequestOnClaimChallenge(onChallengeOptions) {
	const { scopes, response } = onChallengeOptions;
	const logger = onChallengeOptions.logger || logger$3;
	const challenge = response.headers.get("WWW-Authenticate");
	if (!challenge) {
		logger.info(`The WWW-Authenticate header was missing. Failed to perform the Continuous Access Evaluation authentication flow.`);
		return false;
	}
	const parsedChallenge = (parseCAEChallenge(challenge) || []).find((x) => x.claims);
	if (!parsedChallenge) {
		logger.info(`The WWW-Authenticate header was missing the necessary "claims" to perform the Continuous Access Evaluation authentication flow.`);
		return false;
	}
	const accessToken = await onChallengeOptions.getAccessToken(parsedChallenge.scope ? [parsedChallenge.scope] : scopes, { claims: decodeStringToString(parsedChallenge.claims) });
	if (!accessToken) return false;
	onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`);
	return true;
}
// src/collectors/azure/enrich/enrichment-sources.ts
/**
* The reads of one topic (diagnostic settings, server parameters...) in one subscription make one
* source: `ok` when all succeeded, `partial` when some failed, `failed` when none succeeded, with
* the failures' most frequent code. One source per read would bury the coverage section under
* thousands of rows; one per scan would hide which subscription refused.
*/
var EnrichmentSources = class {
	topic;
	label;
	tallies = /* @__PURE__ */ new Map();
	resources = [];
	/** `topic`: the source id suffix (`diagnostic-settings`); `label`: what it reads, for the target. */
	constructor(topic, label) {
		this.topic = topic;
		this.label = label;
	}
	/** Records one read; returns its resources, or null when it failed (its children then stay unknown). */
	add(subscriptionId, read) {
		const tally = this.tallyOf(subscriptionId);
		tally.reads += 1;
		if (read.failure) {
			tally.failures.push(read.failure);
			return null;
		}
		const { resources } = collectArmResources(read.items, `azure:${read.path}`, tally.source.id);
		tally.source.resources += resources.length;
		this.resources.push(...resources);
		return resources;
	}
	result() {
		return {
			resources: this.resources,
			tallies: [...this.tallies.values()]
		};
	}
	tallyOf(subscriptionId) {
		const key = subscriptionId.toLowerCase();
		let tally = this.tallies.get(key);
		if (!tally) {
			const source = {
				id: `azure:subscription:${key}:${this.topic}`,
				kind: "azure",
				target: `${key}: ${this.label}`,
				status: "ok",
				resources: 0
			};
			this.tallies.set(key, tally = {
				source,
				reads: 0,
				failures: []
			});
		}
		return tally;
	}
};
/**
* One source per topic and subscription, from the tallies of every enrichment call: reads and
* resources added up, then `ok` when all reads succeeded, `partial` when some failed, `failed` when
* none succeeded, with the failures' most frequent code; sorted by id, as calls finish in any order.
*/
function sourcesOf(tallies) {
	const byId = /* @__PURE__ */ new Map();
	for (const { source, reads, failures } of tallies) {
		const seen = byId.get(source.id);
		if (!seen) byId.set(source.id, {
			source: { ...source },
			reads,
			failures: [...failures]
		});
		else {
			seen.source.resources += source.resources;
			seen.reads += reads;
			seen.failures.push(...failures);
		}
	}
	return [...byId.values()].map(finish).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function finish({ source, reads, failures }) {
	if (failures.length === 0) return source;
	const byCode = /* @__PURE__ */ new Map();
	for (const f of failures) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
	const code = [...byCode.entries()].sort((a, b) => b[1] - a[1])[0][0];
	const status = failures.length === reads ? "failed" : "partial";
	const message = reads === 1 ? failures[0].message : `${failures.length} of ${reads} reads failed; first: ${failures[0].message}`;
	return {
		...source,
		status,
		code,
		message
	};
}
// node_modules/@azure/arm-postgresql-flexible/dist/esm/pagingHelper.js
const pageMap = /* @__PURE__ */ new WeakMap();
function setContinuationToken(page, continuationToken) {
	if (typeof page !== "object" || page === null || !continuationToken) return;
	const pageInfo = pageMap.get(page) ?? {};
	pageInfo.continuationToken = continuationToken;
	pageMap.set(page, pageInfo);
}
// node_modules/@azure/arm-postgresql-flexible/dist/esm/models/mappers.js
var mappers_exports = /* @__PURE__ */ __exportAll({
	AdminCredentials: () => AdminCredentials,
	AdminCredentialsForPatch: () => AdminCredentialsForPatch,
	AdministratorMicrosoftEntra: () => AdministratorMicrosoftEntra,
	AdministratorMicrosoftEntraAdd: () => AdministratorMicrosoftEntraAdd,
	AdministratorMicrosoftEntraList: () => AdministratorMicrosoftEntraList,
	AdministratorsMicrosoftEntraCreateOrUpdateHeaders: () => AdministratorsMicrosoftEntraCreateOrUpdateHeaders,
	AdministratorsMicrosoftEntraDeleteHeaders: () => AdministratorsMicrosoftEntraDeleteHeaders,
	AdvancedThreatProtectionSettingsList: () => AdvancedThreatProtectionSettingsList,
	AdvancedThreatProtectionSettingsModel: () => AdvancedThreatProtectionSettingsModel,
	AuthConfig: () => AuthConfig,
	AuthConfigForPatch: () => AuthConfigForPatch,
	Backup: () => Backup,
	BackupAutomaticAndOnDemand: () => BackupAutomaticAndOnDemand,
	BackupAutomaticAndOnDemandList: () => BackupAutomaticAndOnDemandList,
	BackupForPatch: () => BackupForPatch,
	BackupRequestBase: () => BackupRequestBase,
	BackupSettings: () => BackupSettings,
	BackupStoreDetails: () => BackupStoreDetails,
	BackupsAutomaticAndOnDemandCreateHeaders: () => BackupsAutomaticAndOnDemandCreateHeaders,
	BackupsAutomaticAndOnDemandDeleteHeaders: () => BackupsAutomaticAndOnDemandDeleteHeaders,
	BackupsLongTermRetentionCheckPrerequisitesExceptionHeaders: () => BackupsLongTermRetentionCheckPrerequisitesExceptionHeaders,
	BackupsLongTermRetentionCheckPrerequisitesHeaders: () => BackupsLongTermRetentionCheckPrerequisitesHeaders,
	BackupsLongTermRetentionOperation: () => BackupsLongTermRetentionOperation,
	BackupsLongTermRetentionRequest: () => BackupsLongTermRetentionRequest,
	BackupsLongTermRetentionResponse: () => BackupsLongTermRetentionResponse,
	BackupsLongTermRetentionStartExceptionHeaders: () => BackupsLongTermRetentionStartExceptionHeaders,
	BackupsLongTermRetentionStartHeaders: () => BackupsLongTermRetentionStartHeaders,
	Capability: () => Capability,
	CapabilityBase: () => CapabilityBase,
	CapabilityList: () => CapabilityList,
	CapturedLog: () => CapturedLog,
	CapturedLogList: () => CapturedLogList,
	CheckNameAvailabilityRequest: () => CheckNameAvailabilityRequest,
	CheckNameAvailabilityResponse: () => CheckNameAvailabilityResponse,
	Cluster: () => Cluster,
	Configuration: () => Configuration,
	ConfigurationForUpdate: () => ConfigurationForUpdate,
	ConfigurationList: () => ConfigurationList,
	ConfigurationsPutHeaders: () => ConfigurationsPutHeaders,
	ConfigurationsUpdateHeaders: () => ConfigurationsUpdateHeaders,
	DataEncryption: () => DataEncryption,
	Database: () => Database,
	DatabaseList: () => DatabaseList,
	DatabaseMigrationState: () => DatabaseMigrationState,
	DatabasesCreateHeaders: () => DatabasesCreateHeaders,
	DatabasesDeleteHeaders: () => DatabasesDeleteHeaders,
	DbLevelValidationStatus: () => DbLevelValidationStatus,
	DbServerMetadata: () => DbServerMetadata,
	DelegatedSubnetUsage: () => DelegatedSubnetUsage,
	ErrorAdditionalInfo: () => ErrorAdditionalInfo,
	ErrorDetail: () => ErrorDetail,
	ErrorResponse: () => ErrorResponse,
	FastProvisioningEditionCapability: () => FastProvisioningEditionCapability,
	FirewallRule: () => FirewallRule,
	FirewallRuleList: () => FirewallRuleList,
	FirewallRulesCreateOrUpdateHeaders: () => FirewallRulesCreateOrUpdateHeaders,
	FirewallRulesDeleteHeaders: () => FirewallRulesDeleteHeaders,
	HighAvailability: () => HighAvailability,
	HighAvailabilityForPatch: () => HighAvailabilityForPatch,
	ImpactRecord: () => ImpactRecord,
	LtrPreBackupRequest: () => LtrPreBackupRequest,
	LtrPreBackupResponse: () => LtrPreBackupResponse,
	LtrServerBackupOperationList: () => LtrServerBackupOperationList,
	MaintenanceWindow: () => MaintenanceWindow,
	MaintenanceWindowForPatch: () => MaintenanceWindowForPatch,
	Migration: () => Migration,
	MigrationList: () => MigrationList,
	MigrationNameAvailability: () => MigrationNameAvailability,
	MigrationResourceForPatch: () => MigrationResourceForPatch,
	MigrationSecretParameters: () => MigrationSecretParameters,
	MigrationSecretParametersForPatch: () => MigrationSecretParametersForPatch,
	MigrationStatus: () => MigrationStatus,
	MigrationSubstateDetails: () => MigrationSubstateDetails,
	NameAvailabilityModel: () => NameAvailabilityModel,
	NameProperty: () => NameProperty,
	Network: () => Network,
	ObjectRecommendation: () => ObjectRecommendation,
	ObjectRecommendationDetails: () => ObjectRecommendationDetails,
	ObjectRecommendationList: () => ObjectRecommendationList,
	ObjectRecommendationPropertiesAnalyzedWorkload: () => ObjectRecommendationPropertiesAnalyzedWorkload,
	ObjectRecommendationPropertiesImplementationDetails: () => ObjectRecommendationPropertiesImplementationDetails,
	Operation: () => Operation,
	OperationDisplay: () => OperationDisplay,
	OperationList: () => OperationList,
	PrivateEndpoint: () => PrivateEndpoint,
	PrivateEndpointConnection: () => PrivateEndpointConnection,
	PrivateEndpointConnectionList: () => PrivateEndpointConnectionList,
	PrivateEndpointConnectionsDeleteHeaders: () => PrivateEndpointConnectionsDeleteHeaders,
	PrivateEndpointConnectionsUpdateHeaders: () => PrivateEndpointConnectionsUpdateHeaders,
	PrivateLinkResource: () => PrivateLinkResource,
	PrivateLinkResourceList: () => PrivateLinkResourceList,
	PrivateLinkServiceConnectionState: () => PrivateLinkServiceConnectionState,
	ProxyResource: () => ProxyResource,
	QuotaUsage: () => QuotaUsage,
	QuotaUsageList: () => QuotaUsageList,
	Replica: () => Replica,
	Resource: () => Resource,
	RestartParameter: () => RestartParameter,
	Server: () => Server,
	ServerEditionCapability: () => ServerEditionCapability,
	ServerForPatch: () => ServerForPatch,
	ServerList: () => ServerList,
	ServerSku: () => ServerSku,
	ServerSkuCapability: () => ServerSkuCapability,
	ServerThreatProtectionSettingsCreateOrUpdateHeaders: () => ServerThreatProtectionSettingsCreateOrUpdateHeaders,
	ServerVersionCapability: () => ServerVersionCapability,
	ServersCreateOrUpdateHeaders: () => ServersCreateOrUpdateHeaders,
	ServersDeleteHeaders: () => ServersDeleteHeaders,
	ServersRestartHeaders: () => ServersRestartHeaders,
	ServersStartHeaders: () => ServersStartHeaders,
	ServersStopHeaders: () => ServersStopHeaders,
	ServersUpdateHeaders: () => ServersUpdateHeaders,
	Sku: () => Sku,
	SkuForPatch: () => SkuForPatch,
	Storage: () => Storage,
	StorageEditionCapability: () => StorageEditionCapability,
	StorageMbCapability: () => StorageMbCapability,
	StorageTierCapability: () => StorageTierCapability,
	SupportedFeature: () => SupportedFeature,
	SystemData: () => SystemData,
	TrackedResource: () => TrackedResource,
	TuningOptions: () => TuningOptions,
	TuningOptionsList: () => TuningOptionsList,
	UserAssignedIdentity: () => UserAssignedIdentity,
	UserIdentity: () => UserIdentity,
	ValidationDetails: () => ValidationDetails,
	ValidationMessage: () => ValidationMessage,
	ValidationSummaryItem: () => ValidationSummaryItem,
	VirtualEndpoint: () => VirtualEndpoint,
	VirtualEndpointResourceForPatch: () => VirtualEndpointResourceForPatch,
	VirtualEndpointsCreateHeaders: () => VirtualEndpointsCreateHeaders,
	VirtualEndpointsDeleteHeaders: () => VirtualEndpointsDeleteHeaders,
	VirtualEndpointsList: () => VirtualEndpointsList,
	VirtualEndpointsUpdateHeaders: () => VirtualEndpointsUpdateHeaders,
	VirtualNetworkSubnetUsageModel: () => VirtualNetworkSubnetUsageModel,
	VirtualNetworkSubnetUsageParameter: () => VirtualNetworkSubnetUsageParameter
});
const AdministratorMicrosoftEntraAdd = { type: {
	name: "Composite",
	className: "AdministratorMicrosoftEntraAdd",
	modelProperties: {
		principalType: {
			serializedName: "properties.principalType",
			type: { name: "String" }
		},
		principalName: {
			serializedName: "properties.principalName",
			type: { name: "String" }
		},
		tenantId: {
			serializedName: "properties.tenantId",
			type: { name: "String" }
		}
	}
} };
const Resource = { type: {
	name: "Composite",
	className: "Resource",
	modelProperties: {
		id: {
			serializedName: "id",
			readOnly: true,
			type: { name: "String" }
		},
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		type: {
			serializedName: "type",
			readOnly: true,
			type: { name: "String" }
		},
		systemData: {
			serializedName: "systemData",
			type: {
				name: "Composite",
				className: "SystemData"
			}
		}
	}
} };
const SystemData = { type: {
	name: "Composite",
	className: "SystemData",
	modelProperties: {
		createdBy: {
			serializedName: "createdBy",
			type: { name: "String" }
		},
		createdByType: {
			serializedName: "createdByType",
			type: { name: "String" }
		},
		createdAt: {
			serializedName: "createdAt",
			type: { name: "DateTime" }
		},
		lastModifiedBy: {
			serializedName: "lastModifiedBy",
			type: { name: "String" }
		},
		lastModifiedByType: {
			serializedName: "lastModifiedByType",
			type: { name: "String" }
		},
		lastModifiedAt: {
			serializedName: "lastModifiedAt",
			type: { name: "DateTime" }
		}
	}
} };
const ErrorResponse = { type: {
	name: "Composite",
	className: "ErrorResponse",
	modelProperties: { error: {
		serializedName: "error",
		type: {
			name: "Composite",
			className: "ErrorDetail"
		}
	} }
} };
const ErrorDetail = { type: {
	name: "Composite",
	className: "ErrorDetail",
	modelProperties: {
		code: {
			serializedName: "code",
			readOnly: true,
			type: { name: "String" }
		},
		message: {
			serializedName: "message",
			readOnly: true,
			type: { name: "String" }
		},
		target: {
			serializedName: "target",
			readOnly: true,
			type: { name: "String" }
		},
		details: {
			serializedName: "details",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ErrorDetail"
				} }
			}
		},
		additionalInfo: {
			serializedName: "additionalInfo",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ErrorAdditionalInfo"
				} }
			}
		}
	}
} };
const ErrorAdditionalInfo = { type: {
	name: "Composite",
	className: "ErrorAdditionalInfo",
	modelProperties: {
		type: {
			serializedName: "type",
			readOnly: true,
			type: { name: "String" }
		},
		info: {
			serializedName: "info",
			readOnly: true,
			type: {
				name: "Dictionary",
				value: { type: { name: "any" } }
			}
		}
	}
} };
const AdministratorMicrosoftEntraList = { type: {
	name: "Composite",
	className: "AdministratorMicrosoftEntraList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "AdministratorMicrosoftEntra"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const AdvancedThreatProtectionSettingsList = { type: {
	name: "Composite",
	className: "AdvancedThreatProtectionSettingsList",
	modelProperties: {
		value: {
			serializedName: "value",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "AdvancedThreatProtectionSettingsModel"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const BackupAutomaticAndOnDemandList = { type: {
	name: "Composite",
	className: "BackupAutomaticAndOnDemandList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "BackupAutomaticAndOnDemand"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const CapabilityList = { type: {
	name: "Composite",
	className: "CapabilityList",
	modelProperties: {
		value: {
			serializedName: "value",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "Capability"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const CapabilityBase = { type: {
	name: "Composite",
	className: "CapabilityBase",
	modelProperties: {
		status: {
			serializedName: "status",
			readOnly: true,
			type: {
				name: "Enum",
				allowedValues: [
					"Visible",
					"Available",
					"Default",
					"Disabled"
				]
			}
		},
		reason: {
			serializedName: "reason",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const SupportedFeature = { type: {
	name: "Composite",
	className: "SupportedFeature",
	modelProperties: {
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		status: {
			serializedName: "status",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const CapturedLogList = { type: {
	name: "Composite",
	className: "CapturedLogList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "CapturedLog"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const ConfigurationList = { type: {
	name: "Composite",
	className: "ConfigurationList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "Configuration"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const ConfigurationForUpdate = { type: {
	name: "Composite",
	className: "ConfigurationForUpdate",
	modelProperties: {
		value: {
			serializedName: "properties.value",
			type: { name: "String" }
		},
		description: {
			serializedName: "properties.description",
			readOnly: true,
			type: { name: "String" }
		},
		defaultValue: {
			serializedName: "properties.defaultValue",
			readOnly: true,
			type: { name: "String" }
		},
		dataType: {
			serializedName: "properties.dataType",
			readOnly: true,
			type: { name: "String" }
		},
		allowedValues: {
			serializedName: "properties.allowedValues",
			readOnly: true,
			type: { name: "String" }
		},
		source: {
			serializedName: "properties.source",
			type: { name: "String" }
		},
		isDynamicConfig: {
			serializedName: "properties.isDynamicConfig",
			readOnly: true,
			type: { name: "Boolean" }
		},
		isReadOnly: {
			serializedName: "properties.isReadOnly",
			readOnly: true,
			type: { name: "Boolean" }
		},
		isConfigPendingRestart: {
			serializedName: "properties.isConfigPendingRestart",
			readOnly: true,
			type: { name: "Boolean" }
		},
		unit: {
			serializedName: "properties.unit",
			readOnly: true,
			type: { name: "String" }
		},
		documentationLink: {
			serializedName: "properties.documentationLink",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const DatabaseList = { type: {
	name: "Composite",
	className: "DatabaseList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "Database"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const FirewallRuleList = { type: {
	name: "Composite",
	className: "FirewallRuleList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "FirewallRule"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const BackupRequestBase = { type: {
	name: "Composite",
	className: "BackupRequestBase",
	modelProperties: { backupSettings: {
		serializedName: "backupSettings",
		type: {
			name: "Composite",
			className: "BackupSettings"
		}
	} }
} };
const BackupSettings = { type: {
	name: "Composite",
	className: "BackupSettings",
	modelProperties: { backupName: {
		serializedName: "backupName",
		required: true,
		type: { name: "String" }
	} }
} };
const LtrPreBackupResponse = { type: {
	name: "Composite",
	className: "LtrPreBackupResponse",
	modelProperties: { numberOfContainers: {
		serializedName: "properties.numberOfContainers",
		required: true,
		type: { name: "Number" }
	} }
} };
const BackupStoreDetails = { type: {
	name: "Composite",
	className: "BackupStoreDetails",
	modelProperties: { sasUriList: {
		serializedName: "sasUriList",
		required: true,
		type: {
			name: "Sequence",
			element: { type: { name: "String" } }
		}
	} }
} };
const BackupsLongTermRetentionResponse = { type: {
	name: "Composite",
	className: "BackupsLongTermRetentionResponse",
	modelProperties: {
		datasourceSizeInBytes: {
			serializedName: "properties.datasourceSizeInBytes",
			type: { name: "Number" }
		},
		dataTransferredInBytes: {
			serializedName: "properties.dataTransferredInBytes",
			type: { name: "Number" }
		},
		backupName: {
			serializedName: "properties.backupName",
			type: { name: "String" }
		},
		backupMetadata: {
			serializedName: "properties.backupMetadata",
			type: { name: "String" }
		},
		status: {
			serializedName: "properties.status",
			type: { name: "String" }
		},
		startTime: {
			serializedName: "properties.startTime",
			type: { name: "DateTime" }
		},
		endTime: {
			serializedName: "properties.endTime",
			type: { name: "DateTime" }
		},
		percentComplete: {
			constraints: {
				InclusiveMaximum: 100,
				InclusiveMinimum: 0
			},
			serializedName: "properties.percentComplete",
			type: { name: "Number" }
		},
		errorCode: {
			serializedName: "properties.errorCode",
			readOnly: true,
			type: { name: "String" }
		},
		errorMessage: {
			serializedName: "properties.errorMessage",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const LtrServerBackupOperationList = { type: {
	name: "Composite",
	className: "LtrServerBackupOperationList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "BackupsLongTermRetentionOperation"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const MigrationStatus = { type: {
	name: "Composite",
	className: "MigrationStatus",
	modelProperties: {
		state: {
			serializedName: "state",
			readOnly: true,
			type: { name: "String" }
		},
		error: {
			serializedName: "error",
			readOnly: true,
			type: { name: "String" }
		},
		currentSubStateDetails: {
			serializedName: "currentSubStateDetails",
			type: {
				name: "Composite",
				className: "MigrationSubstateDetails"
			}
		}
	}
} };
const MigrationSubstateDetails = { type: {
	name: "Composite",
	className: "MigrationSubstateDetails",
	modelProperties: {
		currentSubState: {
			serializedName: "currentSubState",
			readOnly: true,
			type: { name: "String" }
		},
		dbDetails: {
			serializedName: "dbDetails",
			type: {
				name: "Dictionary",
				value: { type: {
					name: "Composite",
					className: "DatabaseMigrationState"
				} }
			}
		},
		validationDetails: {
			serializedName: "validationDetails",
			type: {
				name: "Composite",
				className: "ValidationDetails"
			}
		}
	}
} };
const DatabaseMigrationState = { type: {
	name: "Composite",
	className: "DatabaseMigrationState",
	modelProperties: {
		databaseName: {
			serializedName: "databaseName",
			type: { name: "String" }
		},
		migrationState: {
			serializedName: "migrationState",
			type: { name: "String" }
		},
		migrationOperation: {
			serializedName: "migrationOperation",
			type: { name: "String" }
		},
		startedOn: {
			serializedName: "startedOn",
			type: { name: "DateTime" }
		},
		endedOn: {
			serializedName: "endedOn",
			type: { name: "DateTime" }
		},
		fullLoadQueuedTables: {
			serializedName: "fullLoadQueuedTables",
			type: { name: "Number" }
		},
		fullLoadErroredTables: {
			serializedName: "fullLoadErroredTables",
			type: { name: "Number" }
		},
		fullLoadLoadingTables: {
			serializedName: "fullLoadLoadingTables",
			type: { name: "Number" }
		},
		fullLoadCompletedTables: {
			serializedName: "fullLoadCompletedTables",
			type: { name: "Number" }
		},
		cdcUpdateCounter: {
			serializedName: "cdcUpdateCounter",
			type: { name: "Number" }
		},
		cdcDeleteCounter: {
			serializedName: "cdcDeleteCounter",
			type: { name: "Number" }
		},
		cdcInsertCounter: {
			serializedName: "cdcInsertCounter",
			type: { name: "Number" }
		},
		appliedChanges: {
			serializedName: "appliedChanges",
			type: { name: "Number" }
		},
		incomingChanges: {
			serializedName: "incomingChanges",
			type: { name: "Number" }
		},
		latency: {
			serializedName: "latency",
			type: { name: "Number" }
		},
		message: {
			serializedName: "message",
			type: { name: "String" }
		}
	}
} };
const ValidationDetails = { type: {
	name: "Composite",
	className: "ValidationDetails",
	modelProperties: {
		status: {
			serializedName: "status",
			type: { name: "String" }
		},
		validationStartTimeInUtc: {
			serializedName: "validationStartTimeInUtc",
			type: { name: "DateTime" }
		},
		validationEndTimeInUtc: {
			serializedName: "validationEndTimeInUtc",
			type: { name: "DateTime" }
		},
		serverLevelValidationDetails: {
			serializedName: "serverLevelValidationDetails",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ValidationSummaryItem"
				} }
			}
		},
		dbLevelValidationDetails: {
			serializedName: "dbLevelValidationDetails",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "DbLevelValidationStatus"
				} }
			}
		}
	}
} };
const ValidationSummaryItem = { type: {
	name: "Composite",
	className: "ValidationSummaryItem",
	modelProperties: {
		type: {
			serializedName: "type",
			type: { name: "String" }
		},
		state: {
			serializedName: "state",
			type: { name: "String" }
		},
		messages: {
			serializedName: "messages",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ValidationMessage"
				} }
			}
		}
	}
} };
const ValidationMessage = { type: {
	name: "Composite",
	className: "ValidationMessage",
	modelProperties: {
		state: {
			serializedName: "state",
			type: { name: "String" }
		},
		message: {
			serializedName: "message",
			type: { name: "String" }
		}
	}
} };
const DbLevelValidationStatus = { type: {
	name: "Composite",
	className: "DbLevelValidationStatus",
	modelProperties: {
		databaseName: {
			serializedName: "databaseName",
			type: { name: "String" }
		},
		startedOn: {
			serializedName: "startedOn",
			type: { name: "DateTime" }
		},
		endedOn: {
			serializedName: "endedOn",
			type: { name: "DateTime" }
		},
		summary: {
			serializedName: "summary",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ValidationSummaryItem"
				} }
			}
		}
	}
} };
const DbServerMetadata = { type: {
	name: "Composite",
	className: "DbServerMetadata",
	modelProperties: {
		location: {
			serializedName: "location",
			readOnly: true,
			type: { name: "String" }
		},
		version: {
			serializedName: "version",
			type: { name: "String" }
		},
		storageMb: {
			serializedName: "storageMb",
			type: { name: "Number" }
		},
		sku: {
			serializedName: "sku",
			type: {
				name: "Composite",
				className: "ServerSku"
			}
		}
	}
} };
const ServerSku = { type: {
	name: "Composite",
	className: "ServerSku",
	modelProperties: {
		name: {
			serializedName: "name",
			type: { name: "String" }
		},
		tier: {
			serializedName: "tier",
			type: { name: "String" }
		}
	}
} };
const MigrationSecretParameters = { type: {
	name: "Composite",
	className: "MigrationSecretParameters",
	modelProperties: {
		adminCredentials: {
			serializedName: "adminCredentials",
			type: {
				name: "Composite",
				className: "AdminCredentials"
			}
		},
		sourceServerUsername: {
			serializedName: "sourceServerUsername",
			type: { name: "String" }
		},
		targetServerUsername: {
			serializedName: "targetServerUsername",
			type: { name: "String" }
		}
	}
} };
const AdminCredentials = { type: {
	name: "Composite",
	className: "AdminCredentials",
	modelProperties: {
		sourceServerPassword: {
			serializedName: "sourceServerPassword",
			required: true,
			type: { name: "String" }
		},
		targetServerPassword: {
			serializedName: "targetServerPassword",
			required: true,
			type: { name: "String" }
		}
	}
} };
const MigrationResourceForPatch = { type: {
	name: "Composite",
	className: "MigrationResourceForPatch",
	modelProperties: {
		tags: {
			serializedName: "tags",
			type: {
				name: "Dictionary",
				value: { type: { name: "String" } }
			}
		},
		sourceDbServerResourceId: {
			serializedName: "properties.sourceDbServerResourceId",
			type: { name: "String" }
		},
		sourceDbServerFullyQualifiedDomainName: {
			serializedName: "properties.sourceDbServerFullyQualifiedDomainName",
			type: { name: "String" }
		},
		targetDbServerFullyQualifiedDomainName: {
			serializedName: "properties.targetDbServerFullyQualifiedDomainName",
			type: { name: "String" }
		},
		secretParameters: {
			serializedName: "properties.secretParameters",
			type: {
				name: "Composite",
				className: "MigrationSecretParametersForPatch"
			}
		},
		dbsToMigrate: {
			constraints: { MaxItems: 50 },
			serializedName: "properties.dbsToMigrate",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		setupLogicalReplicationOnSourceDbIfNeeded: {
			serializedName: "properties.setupLogicalReplicationOnSourceDbIfNeeded",
			type: { name: "String" }
		},
		overwriteDbsInTarget: {
			serializedName: "properties.overwriteDbsInTarget",
			type: { name: "String" }
		},
		migrationWindowStartTimeInUtc: {
			serializedName: "properties.migrationWindowStartTimeInUtc",
			type: { name: "DateTime" }
		},
		migrateRoles: {
			serializedName: "properties.migrateRoles",
			type: { name: "String" }
		},
		startDataMigration: {
			serializedName: "properties.startDataMigration",
			type: { name: "String" }
		},
		triggerCutover: {
			serializedName: "properties.triggerCutover",
			type: { name: "String" }
		},
		dbsToTriggerCutoverOn: {
			serializedName: "properties.dbsToTriggerCutoverOn",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		cancel: {
			serializedName: "properties.cancel",
			type: { name: "String" }
		},
		dbsToCancelMigrationOn: {
			serializedName: "properties.dbsToCancelMigrationOn",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		migrationMode: {
			serializedName: "properties.migrationMode",
			type: { name: "String" }
		}
	}
} };
const MigrationSecretParametersForPatch = { type: {
	name: "Composite",
	className: "MigrationSecretParametersForPatch",
	modelProperties: {
		adminCredentials: {
			serializedName: "adminCredentials",
			type: {
				name: "Composite",
				className: "AdminCredentialsForPatch"
			}
		},
		sourceServerUsername: {
			serializedName: "sourceServerUsername",
			type: { name: "String" }
		},
		targetServerUsername: {
			serializedName: "targetServerUsername",
			type: { name: "String" }
		}
	}
} };
const AdminCredentialsForPatch = { type: {
	name: "Composite",
	className: "AdminCredentialsForPatch",
	modelProperties: {
		sourceServerPassword: {
			serializedName: "sourceServerPassword",
			type: { name: "String" }
		},
		targetServerPassword: {
			serializedName: "targetServerPassword",
			type: { name: "String" }
		}
	}
} };
const MigrationList = { type: {
	name: "Composite",
	className: "MigrationList",
	modelProperties: {
		value: {
			serializedName: "value",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "Migration"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const MigrationNameAvailability = { type: {
	name: "Composite",
	className: "MigrationNameAvailability",
	modelProperties: {
		name: {
			serializedName: "name",
			required: true,
			type: { name: "String" }
		},
		type: {
			serializedName: "type",
			required: true,
			type: { name: "String" }
		},
		nameAvailable: {
			serializedName: "nameAvailable",
			readOnly: true,
			type: { name: "Boolean" }
		},
		reason: {
			serializedName: "reason",
			readOnly: true,
			type: { name: "String" }
		},
		message: {
			serializedName: "message",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const CheckNameAvailabilityRequest = { type: {
	name: "Composite",
	className: "CheckNameAvailabilityRequest",
	modelProperties: {
		name: {
			serializedName: "name",
			type: { name: "String" }
		},
		type: {
			serializedName: "type",
			type: { name: "String" }
		}
	}
} };
const CheckNameAvailabilityResponse = { type: {
	name: "Composite",
	className: "CheckNameAvailabilityResponse",
	modelProperties: {
		nameAvailable: {
			serializedName: "nameAvailable",
			type: { name: "Boolean" }
		},
		reason: {
			serializedName: "reason",
			type: { name: "String" }
		},
		message: {
			serializedName: "message",
			type: { name: "String" }
		}
	}
} };
const OperationList = { type: {
	name: "Composite",
	className: "OperationList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "Operation"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const Operation = { type: {
	name: "Composite",
	className: "Operation",
	modelProperties: {
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		display: {
			serializedName: "display",
			type: {
				name: "Composite",
				className: "OperationDisplay"
			}
		},
		isDataAction: {
			serializedName: "isDataAction",
			type: { name: "Boolean" }
		},
		origin: {
			serializedName: "origin",
			readOnly: true,
			type: { name: "String" }
		},
		properties: {
			serializedName: "properties",
			readOnly: true,
			type: {
				name: "Dictionary",
				value: { type: {
					name: "Dictionary",
					value: { type: { name: "any" } }
				} }
			}
		}
	}
} };
const OperationDisplay = { type: {
	name: "Composite",
	className: "OperationDisplay",
	modelProperties: {
		provider: {
			serializedName: "provider",
			readOnly: true,
			type: { name: "String" }
		},
		resource: {
			serializedName: "resource",
			readOnly: true,
			type: { name: "String" }
		},
		operation: {
			serializedName: "operation",
			readOnly: true,
			type: { name: "String" }
		},
		description: {
			serializedName: "description",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const PrivateEndpoint = { type: {
	name: "Composite",
	className: "PrivateEndpoint",
	modelProperties: { id: {
		serializedName: "id",
		readOnly: true,
		type: { name: "String" }
	} }
} };
const PrivateLinkServiceConnectionState = { type: {
	name: "Composite",
	className: "PrivateLinkServiceConnectionState",
	modelProperties: {
		status: {
			serializedName: "status",
			type: { name: "String" }
		},
		description: {
			serializedName: "description",
			type: { name: "String" }
		},
		actionsRequired: {
			serializedName: "actionsRequired",
			type: { name: "String" }
		}
	}
} };
const PrivateEndpointConnectionList = { type: {
	name: "Composite",
	className: "PrivateEndpointConnectionList",
	modelProperties: {
		value: {
			serializedName: "value",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "PrivateEndpointConnection"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const PrivateLinkResourceList = { type: {
	name: "Composite",
	className: "PrivateLinkResourceList",
	modelProperties: {
		value: {
			serializedName: "value",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "PrivateLinkResource"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const QuotaUsageList = { type: {
	name: "Composite",
	className: "QuotaUsageList",
	modelProperties: {
		value: {
			serializedName: "value",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "QuotaUsage"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const QuotaUsage = { type: {
	name: "Composite",
	className: "QuotaUsage",
	modelProperties: {
		name: {
			serializedName: "name",
			type: {
				name: "Composite",
				className: "NameProperty"
			}
		},
		limit: {
			serializedName: "limit",
			type: { name: "Number" }
		},
		unit: {
			defaultValue: "Count",
			serializedName: "unit",
			type: { name: "String" }
		},
		currentValue: {
			serializedName: "currentValue",
			type: { name: "Number" }
		},
		id: {
			serializedName: "id",
			type: { name: "String" }
		}
	}
} };
const NameProperty = { type: {
	name: "Composite",
	className: "NameProperty",
	modelProperties: {
		value: {
			serializedName: "value",
			type: { name: "String" }
		},
		localizedValue: {
			serializedName: "localizedValue",
			type: { name: "String" }
		}
	}
} };
const ServerList = { type: {
	name: "Composite",
	className: "ServerList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "Server"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const Sku = { type: {
	name: "Composite",
	className: "Sku",
	modelProperties: {
		name: {
			serializedName: "name",
			required: true,
			type: { name: "String" }
		},
		tier: {
			serializedName: "tier",
			required: true,
			type: { name: "String" }
		}
	}
} };
const UserAssignedIdentity = { type: {
	name: "Composite",
	className: "UserAssignedIdentity",
	modelProperties: {
		userAssignedIdentities: {
			serializedName: "userAssignedIdentities",
			type: {
				name: "Dictionary",
				value: { type: {
					name: "Composite",
					className: "UserIdentity"
				} }
			}
		},
		principalId: {
			serializedName: "principalId",
			type: { name: "String" }
		},
		type: {
			serializedName: "type",
			required: true,
			type: { name: "String" }
		},
		tenantId: {
			serializedName: "tenantId",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const UserIdentity = { type: {
	name: "Composite",
	className: "UserIdentity",
	modelProperties: {
		principalId: {
			serializedName: "principalId",
			type: { name: "String" }
		},
		clientId: {
			serializedName: "clientId",
			type: { name: "String" }
		}
	}
} };
const Storage = { type: {
	name: "Composite",
	className: "Storage",
	modelProperties: {
		storageSizeGB: {
			serializedName: "storageSizeGB",
			type: { name: "Number" }
		},
		autoGrow: {
			serializedName: "autoGrow",
			type: { name: "String" }
		},
		tier: {
			serializedName: "tier",
			type: { name: "String" }
		},
		iops: {
			serializedName: "iops",
			type: { name: "Number" }
		},
		throughput: {
			serializedName: "throughput",
			type: { name: "Number" }
		},
		type: {
			serializedName: "type",
			type: { name: "String" }
		}
	}
} };
const AuthConfig = { type: {
	name: "Composite",
	className: "AuthConfig",
	modelProperties: {
		activeDirectoryAuth: {
			serializedName: "activeDirectoryAuth",
			type: { name: "String" }
		},
		passwordAuth: {
			serializedName: "passwordAuth",
			type: { name: "String" }
		},
		tenantId: {
			defaultValue: "",
			serializedName: "tenantId",
			type: { name: "String" }
		}
	}
} };
const DataEncryption = { type: {
	name: "Composite",
	className: "DataEncryption",
	modelProperties: {
		primaryKeyURI: {
			serializedName: "primaryKeyURI",
			type: { name: "String" }
		},
		primaryUserAssignedIdentityId: {
			serializedName: "primaryUserAssignedIdentityId",
			type: { name: "String" }
		},
		geoBackupKeyURI: {
			serializedName: "geoBackupKeyURI",
			type: { name: "String" }
		},
		geoBackupUserAssignedIdentityId: {
			serializedName: "geoBackupUserAssignedIdentityId",
			type: { name: "String" }
		},
		type: {
			serializedName: "type",
			type: { name: "String" }
		},
		primaryEncryptionKeyStatus: {
			serializedName: "primaryEncryptionKeyStatus",
			type: { name: "String" }
		},
		geoBackupEncryptionKeyStatus: {
			serializedName: "geoBackupEncryptionKeyStatus",
			type: { name: "String" }
		}
	}
} };
const Backup = { type: {
	name: "Composite",
	className: "Backup",
	modelProperties: {
		backupRetentionDays: {
			defaultValue: 7,
			serializedName: "backupRetentionDays",
			type: { name: "Number" }
		},
		geoRedundantBackup: {
			serializedName: "geoRedundantBackup",
			type: { name: "String" }
		},
		earliestRestoreDate: {
			serializedName: "earliestRestoreDate",
			readOnly: true,
			type: { name: "DateTime" }
		}
	}
} };
const Network = { type: {
	name: "Composite",
	className: "Network",
	modelProperties: {
		publicNetworkAccess: {
			serializedName: "publicNetworkAccess",
			type: { name: "String" }
		},
		delegatedSubnetResourceId: {
			serializedName: "delegatedSubnetResourceId",
			type: { name: "String" }
		},
		privateDnsZoneArmResourceId: {
			serializedName: "privateDnsZoneArmResourceId",
			type: { name: "String" }
		}
	}
} };
const HighAvailability = { type: {
	name: "Composite",
	className: "HighAvailability",
	modelProperties: {
		mode: {
			serializedName: "mode",
			type: { name: "String" }
		},
		state: {
			serializedName: "state",
			readOnly: true,
			type: { name: "String" }
		},
		standbyAvailabilityZone: {
			defaultValue: "",
			serializedName: "standbyAvailabilityZone",
			type: { name: "String" }
		}
	}
} };
const MaintenanceWindow = { type: {
	name: "Composite",
	className: "MaintenanceWindow",
	modelProperties: {
		customWindow: {
			defaultValue: "Disabled",
			serializedName: "customWindow",
			type: { name: "String" }
		},
		startHour: {
			defaultValue: 0,
			serializedName: "startHour",
			type: { name: "Number" }
		},
		startMinute: {
			defaultValue: 0,
			serializedName: "startMinute",
			type: { name: "Number" }
		},
		dayOfWeek: {
			defaultValue: 0,
			serializedName: "dayOfWeek",
			type: { name: "Number" }
		}
	}
} };
const Replica = { type: {
	name: "Composite",
	className: "Replica",
	modelProperties: {
		role: {
			serializedName: "role",
			type: { name: "String" }
		},
		capacity: {
			serializedName: "capacity",
			readOnly: true,
			type: { name: "Number" }
		},
		replicationState: {
			serializedName: "replicationState",
			readOnly: true,
			type: { name: "String" }
		},
		promoteMode: {
			serializedName: "promoteMode",
			type: { name: "String" }
		},
		promoteOption: {
			serializedName: "promoteOption",
			type: { name: "String" }
		}
	}
} };
const Cluster = { type: {
	name: "Composite",
	className: "Cluster",
	modelProperties: {
		clusterSize: {
			defaultValue: 0,
			serializedName: "clusterSize",
			type: { name: "Number" }
		},
		defaultDatabaseName: {
			serializedName: "defaultDatabaseName",
			type: { name: "String" }
		}
	}
} };
const ServerForPatch = { type: {
	name: "Composite",
	className: "ServerForPatch",
	modelProperties: {
		sku: {
			serializedName: "sku",
			type: {
				name: "Composite",
				className: "SkuForPatch"
			}
		},
		identity: {
			serializedName: "identity",
			type: {
				name: "Composite",
				className: "UserAssignedIdentity"
			}
		},
		tags: {
			serializedName: "tags",
			type: {
				name: "Dictionary",
				value: { type: { name: "String" } }
			}
		},
		administratorLogin: {
			serializedName: "properties.administratorLogin",
			type: { name: "String" }
		},
		administratorLoginPassword: {
			serializedName: "properties.administratorLoginPassword",
			type: { name: "String" }
		},
		version: {
			serializedName: "properties.version",
			type: { name: "String" }
		},
		storage: {
			serializedName: "properties.storage",
			type: {
				name: "Composite",
				className: "Storage"
			}
		},
		backup: {
			serializedName: "properties.backup",
			type: {
				name: "Composite",
				className: "BackupForPatch"
			}
		},
		highAvailability: {
			serializedName: "properties.highAvailability",
			type: {
				name: "Composite",
				className: "HighAvailabilityForPatch"
			}
		},
		maintenanceWindow: {
			serializedName: "properties.maintenanceWindow",
			type: {
				name: "Composite",
				className: "MaintenanceWindowForPatch"
			}
		},
		authConfig: {
			serializedName: "properties.authConfig",
			type: {
				name: "Composite",
				className: "AuthConfigForPatch"
			}
		},
		dataEncryption: {
			serializedName: "properties.dataEncryption",
			type: {
				name: "Composite",
				className: "DataEncryption"
			}
		},
		availabilityZone: {
			defaultValue: "",
			serializedName: "properties.availabilityZone",
			type: { name: "String" }
		},
		createMode: {
			serializedName: "properties.createMode",
			type: { name: "String" }
		},
		replicationRole: {
			serializedName: "properties.replicationRole",
			type: { name: "String" }
		},
		replica: {
			serializedName: "properties.replica",
			type: {
				name: "Composite",
				className: "Replica"
			}
		},
		network: {
			serializedName: "properties.network",
			type: {
				name: "Composite",
				className: "Network"
			}
		},
		cluster: {
			serializedName: "properties.cluster",
			type: {
				name: "Composite",
				className: "Cluster"
			}
		}
	}
} };
const SkuForPatch = { type: {
	name: "Composite",
	className: "SkuForPatch",
	modelProperties: {
		name: {
			serializedName: "name",
			type: { name: "String" }
		},
		tier: {
			serializedName: "tier",
			type: { name: "String" }
		}
	}
} };
const BackupForPatch = { type: {
	name: "Composite",
	className: "BackupForPatch",
	modelProperties: {
		backupRetentionDays: {
			serializedName: "backupRetentionDays",
			type: { name: "Number" }
		},
		geoRedundantBackup: {
			serializedName: "geoRedundantBackup",
			type: { name: "String" }
		},
		earliestRestoreDate: {
			serializedName: "earliestRestoreDate",
			readOnly: true,
			type: { name: "DateTime" }
		}
	}
} };
const HighAvailabilityForPatch = { type: {
	name: "Composite",
	className: "HighAvailabilityForPatch",
	modelProperties: {
		mode: {
			serializedName: "mode",
			type: { name: "String" }
		},
		state: {
			serializedName: "state",
			readOnly: true,
			type: { name: "String" }
		},
		standbyAvailabilityZone: {
			defaultValue: "",
			serializedName: "standbyAvailabilityZone",
			type: { name: "String" }
		}
	}
} };
const MaintenanceWindowForPatch = { type: {
	name: "Composite",
	className: "MaintenanceWindowForPatch",
	modelProperties: {
		customWindow: {
			serializedName: "customWindow",
			type: { name: "String" }
		},
		startHour: {
			serializedName: "startHour",
			type: { name: "Number" }
		},
		startMinute: {
			serializedName: "startMinute",
			type: { name: "Number" }
		},
		dayOfWeek: {
			serializedName: "dayOfWeek",
			type: { name: "Number" }
		}
	}
} };
const AuthConfigForPatch = { type: {
	name: "Composite",
	className: "AuthConfigForPatch",
	modelProperties: {
		activeDirectoryAuth: {
			serializedName: "activeDirectoryAuth",
			type: { name: "String" }
		},
		passwordAuth: {
			serializedName: "passwordAuth",
			type: { name: "String" }
		},
		tenantId: {
			serializedName: "tenantId",
			type: { name: "String" }
		}
	}
} };
const RestartParameter = { type: {
	name: "Composite",
	className: "RestartParameter",
	modelProperties: {
		restartWithFailover: {
			serializedName: "restartWithFailover",
			type: { name: "Boolean" }
		},
		failoverMode: {
			serializedName: "failoverMode",
			type: { name: "String" }
		}
	}
} };
const ObjectRecommendationList = { type: {
	name: "Composite",
	className: "ObjectRecommendationList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ObjectRecommendation"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const ObjectRecommendationPropertiesImplementationDetails = { type: {
	name: "Composite",
	className: "ObjectRecommendationPropertiesImplementationDetails",
	modelProperties: {
		method: {
			serializedName: "method",
			type: { name: "String" }
		},
		script: {
			serializedName: "script",
			type: { name: "String" }
		}
	}
} };
const ObjectRecommendationPropertiesAnalyzedWorkload = { type: {
	name: "Composite",
	className: "ObjectRecommendationPropertiesAnalyzedWorkload",
	modelProperties: {
		startTime: {
			serializedName: "startTime",
			type: { name: "DateTime" }
		},
		endTime: {
			serializedName: "endTime",
			type: { name: "DateTime" }
		},
		queryCount: {
			serializedName: "queryCount",
			type: { name: "Number" }
		}
	}
} };
const ImpactRecord = { type: {
	name: "Composite",
	className: "ImpactRecord",
	modelProperties: {
		dimensionName: {
			serializedName: "dimensionName",
			type: { name: "String" }
		},
		unit: {
			serializedName: "unit",
			type: { name: "String" }
		},
		queryId: {
			serializedName: "queryId",
			type: { name: "Number" }
		},
		absoluteValue: {
			serializedName: "absoluteValue",
			type: { name: "Number" }
		}
	}
} };
const ObjectRecommendationDetails = { type: {
	name: "Composite",
	className: "ObjectRecommendationDetails",
	modelProperties: {
		databaseName: {
			serializedName: "databaseName",
			type: { name: "String" }
		},
		schema: {
			serializedName: "schema",
			type: { name: "String" }
		},
		table: {
			serializedName: "table",
			type: { name: "String" }
		},
		indexType: {
			serializedName: "indexType",
			type: { name: "String" }
		},
		indexName: {
			serializedName: "indexName",
			type: { name: "String" }
		},
		indexColumns: {
			serializedName: "indexColumns",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		includedColumns: {
			serializedName: "includedColumns",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		}
	}
} };
const TuningOptionsList = { type: {
	name: "Composite",
	className: "TuningOptionsList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "TuningOptions"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const VirtualEndpointResourceForPatch = { type: {
	name: "Composite",
	className: "VirtualEndpointResourceForPatch",
	modelProperties: {
		endpointType: {
			serializedName: "properties.endpointType",
			type: { name: "String" }
		},
		members: {
			serializedName: "properties.members",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		virtualEndpoints: {
			serializedName: "properties.virtualEndpoints",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		}
	}
} };
const VirtualEndpointsList = { type: {
	name: "Composite",
	className: "VirtualEndpointsList",
	modelProperties: {
		value: {
			serializedName: "value",
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "VirtualEndpoint"
				} }
			}
		},
		nextLink: {
			serializedName: "nextLink",
			type: { name: "String" }
		}
	}
} };
const VirtualNetworkSubnetUsageParameter = { type: {
	name: "Composite",
	className: "VirtualNetworkSubnetUsageParameter",
	modelProperties: { virtualNetworkArmResourceId: {
		serializedName: "virtualNetworkArmResourceId",
		type: { name: "String" }
	} }
} };
const VirtualNetworkSubnetUsageModel = { type: {
	name: "Composite",
	className: "VirtualNetworkSubnetUsageModel",
	modelProperties: {
		delegatedSubnetsUsage: {
			serializedName: "delegatedSubnetsUsage",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "DelegatedSubnetUsage"
				} }
			}
		},
		location: {
			serializedName: "location",
			readOnly: true,
			type: { name: "String" }
		},
		subscriptionId: {
			serializedName: "subscriptionId",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const DelegatedSubnetUsage = { type: {
	name: "Composite",
	className: "DelegatedSubnetUsage",
	modelProperties: {
		subnetName: {
			serializedName: "subnetName",
			readOnly: true,
			type: { name: "String" }
		},
		usage: {
			serializedName: "usage",
			readOnly: true,
			type: { name: "Number" }
		}
	}
} };
const ProxyResource = { type: {
	name: "Composite",
	className: "ProxyResource",
	modelProperties: { ...Resource.type.modelProperties }
} };
const TrackedResource = { type: {
	name: "Composite",
	className: "TrackedResource",
	modelProperties: {
		...Resource.type.modelProperties,
		tags: {
			serializedName: "tags",
			type: {
				name: "Dictionary",
				value: { type: { name: "String" } }
			}
		},
		location: {
			serializedName: "location",
			required: true,
			type: { name: "String" }
		}
	}
} };
const PrivateEndpointConnection = { type: {
	name: "Composite",
	className: "PrivateEndpointConnection",
	modelProperties: {
		...Resource.type.modelProperties,
		groupIds: {
			serializedName: "properties.groupIds",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		privateEndpoint: {
			serializedName: "properties.privateEndpoint",
			type: {
				name: "Composite",
				className: "PrivateEndpoint"
			}
		},
		privateLinkServiceConnectionState: {
			serializedName: "properties.privateLinkServiceConnectionState",
			type: {
				name: "Composite",
				className: "PrivateLinkServiceConnectionState"
			}
		},
		provisioningState: {
			serializedName: "properties.provisioningState",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const PrivateLinkResource = { type: {
	name: "Composite",
	className: "PrivateLinkResource",
	modelProperties: {
		...Resource.type.modelProperties,
		groupId: {
			serializedName: "properties.groupId",
			readOnly: true,
			type: { name: "String" }
		},
		requiredMembers: {
			serializedName: "properties.requiredMembers",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		requiredZoneNames: {
			serializedName: "properties.requiredZoneNames",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		}
	}
} };
const VirtualEndpoint = { type: {
	name: "Composite",
	className: "VirtualEndpoint",
	modelProperties: {
		...VirtualEndpointResourceForPatch.type.modelProperties,
		...Resource.type.modelProperties
	}
} };
const StorageTierCapability = { type: {
	name: "Composite",
	className: "StorageTierCapability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		iops: {
			serializedName: "iops",
			readOnly: true,
			type: { name: "Number" }
		}
	}
} };
const StorageMbCapability = { type: {
	name: "Composite",
	className: "StorageMbCapability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		supportedIops: {
			serializedName: "supportedIops",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedMaximumIops: {
			serializedName: "supportedMaximumIops",
			readOnly: true,
			type: { name: "Number" }
		},
		storageSizeMb: {
			serializedName: "storageSizeMb",
			readOnly: true,
			type: { name: "Number" }
		},
		maximumStorageSizeMb: {
			serializedName: "maximumStorageSizeMb",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedThroughput: {
			serializedName: "supportedThroughput",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedMaximumThroughput: {
			serializedName: "supportedMaximumThroughput",
			readOnly: true,
			type: { name: "Number" }
		},
		defaultIopsTier: {
			serializedName: "defaultIopsTier",
			readOnly: true,
			type: { name: "String" }
		},
		supportedIopsTiers: {
			serializedName: "supportedIopsTiers",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "StorageTierCapability"
				} }
			}
		}
	}
} };
const StorageEditionCapability = { type: {
	name: "Composite",
	className: "StorageEditionCapability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		defaultStorageSizeMb: {
			serializedName: "defaultStorageSizeMb",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedStorageMb: {
			serializedName: "supportedStorageMb",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "StorageMbCapability"
				} }
			}
		}
	}
} };
const ServerSkuCapability = { type: {
	name: "Composite",
	className: "ServerSkuCapability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		vCores: {
			serializedName: "vCores",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedIops: {
			serializedName: "supportedIops",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedMemoryPerVcoreMb: {
			serializedName: "supportedMemoryPerVcoreMb",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedZones: {
			serializedName: "supportedZones",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		supportedHaMode: {
			serializedName: "supportedHaMode",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		supportedFeatures: {
			serializedName: "supportedFeatures",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "SupportedFeature"
				} }
			}
		},
		securityProfile: {
			serializedName: "securityProfile",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const ServerEditionCapability = { type: {
	name: "Composite",
	className: "ServerEditionCapability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		defaultSkuName: {
			serializedName: "defaultSkuName",
			readOnly: true,
			type: { name: "String" }
		},
		supportedStorageEditions: {
			serializedName: "supportedStorageEditions",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "StorageEditionCapability"
				} }
			}
		},
		supportedServerSkus: {
			serializedName: "supportedServerSkus",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ServerSkuCapability"
				} }
			}
		}
	}
} };
const ServerVersionCapability = { type: {
	name: "Composite",
	className: "ServerVersionCapability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		supportedVersionsToUpgrade: {
			serializedName: "supportedVersionsToUpgrade",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		supportedFeatures: {
			serializedName: "supportedFeatures",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "SupportedFeature"
				} }
			}
		}
	}
} };
const FastProvisioningEditionCapability = { type: {
	name: "Composite",
	className: "FastProvisioningEditionCapability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		supportedTier: {
			serializedName: "supportedTier",
			readOnly: true,
			type: { name: "String" }
		},
		supportedSku: {
			serializedName: "supportedSku",
			readOnly: true,
			type: { name: "String" }
		},
		supportedStorageGb: {
			serializedName: "supportedStorageGb",
			readOnly: true,
			type: { name: "Number" }
		},
		supportedServerVersions: {
			serializedName: "supportedServerVersions",
			readOnly: true,
			type: { name: "String" }
		},
		serverCount: {
			serializedName: "serverCount",
			readOnly: true,
			type: { name: "Number" }
		}
	}
} };
const Capability = { type: {
	name: "Composite",
	className: "Capability",
	modelProperties: {
		...CapabilityBase.type.modelProperties,
		name: {
			serializedName: "name",
			type: { name: "String" }
		},
		supportedServerEditions: {
			serializedName: "supportedServerEditions",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ServerEditionCapability"
				} }
			}
		},
		supportedServerVersions: {
			serializedName: "supportedServerVersions",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ServerVersionCapability"
				} }
			}
		},
		supportedFeatures: {
			serializedName: "supportedFeatures",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "SupportedFeature"
				} }
			}
		},
		fastProvisioningSupported: {
			serializedName: "fastProvisioningSupported",
			readOnly: true,
			type: { name: "String" }
		},
		supportedFastProvisioningEditions: {
			serializedName: "supportedFastProvisioningEditions",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "FastProvisioningEditionCapability"
				} }
			}
		},
		geoBackupSupported: {
			serializedName: "geoBackupSupported",
			readOnly: true,
			type: { name: "String" }
		},
		zoneRedundantHaSupported: {
			serializedName: "zoneRedundantHaSupported",
			readOnly: true,
			type: { name: "String" }
		},
		zoneRedundantHaAndGeoBackupSupported: {
			serializedName: "zoneRedundantHaAndGeoBackupSupported",
			readOnly: true,
			type: { name: "String" }
		},
		storageAutoGrowthSupported: {
			serializedName: "storageAutoGrowthSupported",
			readOnly: true,
			type: { name: "String" }
		},
		onlineResizeSupported: {
			serializedName: "onlineResizeSupported",
			readOnly: true,
			type: { name: "String" }
		},
		restricted: {
			serializedName: "restricted",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const LtrPreBackupRequest = { type: {
	name: "Composite",
	className: "LtrPreBackupRequest",
	modelProperties: { ...BackupRequestBase.type.modelProperties }
} };
const BackupsLongTermRetentionRequest = { type: {
	name: "Composite",
	className: "BackupsLongTermRetentionRequest",
	modelProperties: {
		...BackupRequestBase.type.modelProperties,
		targetDetails: {
			serializedName: "targetDetails",
			type: {
				name: "Composite",
				className: "BackupStoreDetails"
			}
		}
	}
} };
const NameAvailabilityModel = { type: {
	name: "Composite",
	className: "NameAvailabilityModel",
	modelProperties: {
		...CheckNameAvailabilityResponse.type.modelProperties,
		name: {
			serializedName: "name",
			readOnly: true,
			type: { name: "String" }
		},
		type: {
			serializedName: "type",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const AdministratorMicrosoftEntra = { type: {
	name: "Composite",
	className: "AdministratorMicrosoftEntra",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		principalType: {
			serializedName: "properties.principalType",
			type: { name: "String" }
		},
		principalName: {
			serializedName: "properties.principalName",
			type: { name: "String" }
		},
		objectId: {
			serializedName: "properties.objectId",
			type: { name: "String" }
		},
		tenantId: {
			serializedName: "properties.tenantId",
			type: { name: "String" }
		}
	}
} };
const AdvancedThreatProtectionSettingsModel = { type: {
	name: "Composite",
	className: "AdvancedThreatProtectionSettingsModel",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		state: {
			serializedName: "properties.state",
			type: {
				name: "Enum",
				allowedValues: ["Enabled", "Disabled"]
			}
		},
		creationTime: {
			serializedName: "properties.creationTime",
			readOnly: true,
			type: { name: "DateTime" }
		}
	}
} };
const BackupAutomaticAndOnDemand = { type: {
	name: "Composite",
	className: "BackupAutomaticAndOnDemand",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		backupType: {
			serializedName: "properties.backupType",
			type: { name: "String" }
		},
		completedTime: {
			serializedName: "properties.completedTime",
			type: { name: "DateTime" }
		},
		source: {
			serializedName: "properties.source",
			type: { name: "String" }
		}
	}
} };
const CapturedLog = { type: {
	name: "Composite",
	className: "CapturedLog",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		createdTime: {
			serializedName: "properties.createdTime",
			type: { name: "DateTime" }
		},
		lastModifiedTime: {
			serializedName: "properties.lastModifiedTime",
			type: { name: "DateTime" }
		},
		sizeInKb: {
			serializedName: "properties.sizeInKb",
			type: { name: "Number" }
		},
		typePropertiesType: {
			serializedName: "properties.type",
			type: { name: "String" }
		},
		url: {
			serializedName: "properties.url",
			type: { name: "String" }
		}
	}
} };
const Configuration = { type: {
	name: "Composite",
	className: "Configuration",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		value: {
			serializedName: "properties.value",
			type: { name: "String" }
		},
		description: {
			serializedName: "properties.description",
			readOnly: true,
			type: { name: "String" }
		},
		defaultValue: {
			serializedName: "properties.defaultValue",
			readOnly: true,
			type: { name: "String" }
		},
		dataType: {
			serializedName: "properties.dataType",
			readOnly: true,
			type: { name: "String" }
		},
		allowedValues: {
			serializedName: "properties.allowedValues",
			readOnly: true,
			type: { name: "String" }
		},
		source: {
			serializedName: "properties.source",
			type: { name: "String" }
		},
		isDynamicConfig: {
			serializedName: "properties.isDynamicConfig",
			readOnly: true,
			type: { name: "Boolean" }
		},
		isReadOnly: {
			serializedName: "properties.isReadOnly",
			readOnly: true,
			type: { name: "Boolean" }
		},
		isConfigPendingRestart: {
			serializedName: "properties.isConfigPendingRestart",
			readOnly: true,
			type: { name: "Boolean" }
		},
		unit: {
			serializedName: "properties.unit",
			readOnly: true,
			type: { name: "String" }
		},
		documentationLink: {
			serializedName: "properties.documentationLink",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const Database = { type: {
	name: "Composite",
	className: "Database",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		charset: {
			constraints: { Pattern: /* @__PURE__ */ new RegExp("^[a-zA-Z]+\\w*$") },
			serializedName: "properties.charset",
			type: { name: "String" }
		},
		collation: {
			constraints: { Pattern: /* @__PURE__ */ new RegExp("^[a-zA-Z\\-]+([. ]|\\w)*$") },
			serializedName: "properties.collation",
			type: { name: "String" }
		}
	}
} };
const FirewallRule = { type: {
	name: "Composite",
	className: "FirewallRule",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		startIpAddress: {
			constraints: { Pattern: /* @__PURE__ */ new RegExp("^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$") },
			serializedName: "properties.startIpAddress",
			required: true,
			type: { name: "String" }
		},
		endIpAddress: {
			constraints: { Pattern: /* @__PURE__ */ new RegExp("^(([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\\.){3}([0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])$") },
			serializedName: "properties.endIpAddress",
			required: true,
			type: { name: "String" }
		}
	}
} };
const BackupsLongTermRetentionOperation = { type: {
	name: "Composite",
	className: "BackupsLongTermRetentionOperation",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		datasourceSizeInBytes: {
			serializedName: "properties.datasourceSizeInBytes",
			type: { name: "Number" }
		},
		dataTransferredInBytes: {
			serializedName: "properties.dataTransferredInBytes",
			type: { name: "Number" }
		},
		backupName: {
			serializedName: "properties.backupName",
			type: { name: "String" }
		},
		backupMetadata: {
			serializedName: "properties.backupMetadata",
			type: { name: "String" }
		},
		status: {
			serializedName: "properties.status",
			type: { name: "String" }
		},
		startTime: {
			serializedName: "properties.startTime",
			type: { name: "DateTime" }
		},
		endTime: {
			serializedName: "properties.endTime",
			type: { name: "DateTime" }
		},
		percentComplete: {
			constraints: {
				InclusiveMaximum: 100,
				InclusiveMinimum: 0
			},
			serializedName: "properties.percentComplete",
			type: { name: "Number" }
		},
		errorCode: {
			serializedName: "properties.errorCode",
			readOnly: true,
			type: { name: "String" }
		},
		errorMessage: {
			serializedName: "properties.errorMessage",
			readOnly: true,
			type: { name: "String" }
		}
	}
} };
const TuningOptions = { type: {
	name: "Composite",
	className: "TuningOptions",
	modelProperties: { ...ProxyResource.type.modelProperties }
} };
const ObjectRecommendation = { type: {
	name: "Composite",
	className: "ObjectRecommendation",
	modelProperties: {
		...ProxyResource.type.modelProperties,
		kind: {
			serializedName: "kind",
			type: { name: "String" }
		},
		initialRecommendedTime: {
			serializedName: "properties.initialRecommendedTime",
			type: { name: "DateTime" }
		},
		lastRecommendedTime: {
			serializedName: "properties.lastRecommendedTime",
			type: { name: "DateTime" }
		},
		timesRecommended: {
			serializedName: "properties.timesRecommended",
			type: { name: "Number" }
		},
		improvedQueryIds: {
			serializedName: "properties.improvedQueryIds",
			type: {
				name: "Sequence",
				element: { type: { name: "Number" } }
			}
		},
		recommendationReason: {
			serializedName: "properties.recommendationReason",
			type: { name: "String" }
		},
		currentState: {
			serializedName: "properties.currentState",
			type: { name: "String" }
		},
		recommendationType: {
			serializedName: "properties.recommendationType",
			type: { name: "String" }
		},
		implementationDetails: {
			serializedName: "properties.implementationDetails",
			type: {
				name: "Composite",
				className: "ObjectRecommendationPropertiesImplementationDetails"
			}
		},
		analyzedWorkload: {
			serializedName: "properties.analyzedWorkload",
			type: {
				name: "Composite",
				className: "ObjectRecommendationPropertiesAnalyzedWorkload"
			}
		},
		estimatedImpact: {
			serializedName: "properties.estimatedImpact",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "ImpactRecord"
				} }
			}
		},
		details: {
			serializedName: "properties.details",
			type: {
				name: "Composite",
				className: "ObjectRecommendationDetails"
			}
		}
	}
} };
const Migration = { type: {
	name: "Composite",
	className: "Migration",
	modelProperties: {
		...TrackedResource.type.modelProperties,
		migrationId: {
			serializedName: "properties.migrationId",
			readOnly: true,
			type: { name: "String" }
		},
		currentStatus: {
			serializedName: "properties.currentStatus",
			type: {
				name: "Composite",
				className: "MigrationStatus"
			}
		},
		migrationInstanceResourceId: {
			serializedName: "properties.migrationInstanceResourceId",
			type: { name: "String" }
		},
		migrationMode: {
			serializedName: "properties.migrationMode",
			type: { name: "String" }
		},
		migrationOption: {
			serializedName: "properties.migrationOption",
			type: { name: "String" }
		},
		sourceType: {
			serializedName: "properties.sourceType",
			type: { name: "String" }
		},
		sslMode: {
			serializedName: "properties.sslMode",
			type: { name: "String" }
		},
		sourceDbServerMetadata: {
			serializedName: "properties.sourceDbServerMetadata",
			type: {
				name: "Composite",
				className: "DbServerMetadata"
			}
		},
		targetDbServerMetadata: {
			serializedName: "properties.targetDbServerMetadata",
			type: {
				name: "Composite",
				className: "DbServerMetadata"
			}
		},
		sourceDbServerResourceId: {
			serializedName: "properties.sourceDbServerResourceId",
			type: { name: "String" }
		},
		sourceDbServerFullyQualifiedDomainName: {
			serializedName: "properties.sourceDbServerFullyQualifiedDomainName",
			type: { name: "String" }
		},
		targetDbServerResourceId: {
			serializedName: "properties.targetDbServerResourceId",
			readOnly: true,
			type: { name: "String" }
		},
		targetDbServerFullyQualifiedDomainName: {
			serializedName: "properties.targetDbServerFullyQualifiedDomainName",
			type: { name: "String" }
		},
		secretParameters: {
			serializedName: "properties.secretParameters",
			type: {
				name: "Composite",
				className: "MigrationSecretParameters"
			}
		},
		dbsToMigrate: {
			constraints: { MaxItems: 50 },
			serializedName: "properties.dbsToMigrate",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		setupLogicalReplicationOnSourceDbIfNeeded: {
			serializedName: "properties.setupLogicalReplicationOnSourceDbIfNeeded",
			type: { name: "String" }
		},
		overwriteDbsInTarget: {
			serializedName: "properties.overwriteDbsInTarget",
			type: { name: "String" }
		},
		migrationWindowStartTimeInUtc: {
			serializedName: "properties.migrationWindowStartTimeInUtc",
			type: { name: "DateTime" }
		},
		migrationWindowEndTimeInUtc: {
			serializedName: "properties.migrationWindowEndTimeInUtc",
			type: { name: "DateTime" }
		},
		migrateRoles: {
			serializedName: "properties.migrateRoles",
			type: { name: "String" }
		},
		startDataMigration: {
			serializedName: "properties.startDataMigration",
			type: { name: "String" }
		},
		triggerCutover: {
			serializedName: "properties.triggerCutover",
			type: { name: "String" }
		},
		dbsToTriggerCutoverOn: {
			serializedName: "properties.dbsToTriggerCutoverOn",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		},
		cancel: {
			serializedName: "properties.cancel",
			type: { name: "String" }
		},
		dbsToCancelMigrationOn: {
			serializedName: "properties.dbsToCancelMigrationOn",
			type: {
				name: "Sequence",
				element: { type: { name: "String" } }
			}
		}
	}
} };
const Server = { type: {
	name: "Composite",
	className: "Server",
	modelProperties: {
		...TrackedResource.type.modelProperties,
		sku: {
			serializedName: "sku",
			type: {
				name: "Composite",
				className: "Sku"
			}
		},
		identity: {
			serializedName: "identity",
			type: {
				name: "Composite",
				className: "UserAssignedIdentity"
			}
		},
		administratorLogin: {
			serializedName: "properties.administratorLogin",
			type: { name: "String" }
		},
		administratorLoginPassword: {
			serializedName: "properties.administratorLoginPassword",
			type: { name: "String" }
		},
		version: {
			serializedName: "properties.version",
			type: { name: "String" }
		},
		minorVersion: {
			serializedName: "properties.minorVersion",
			readOnly: true,
			type: { name: "String" }
		},
		state: {
			serializedName: "properties.state",
			readOnly: true,
			type: { name: "String" }
		},
		fullyQualifiedDomainName: {
			serializedName: "properties.fullyQualifiedDomainName",
			readOnly: true,
			type: { name: "String" }
		},
		storage: {
			serializedName: "properties.storage",
			type: {
				name: "Composite",
				className: "Storage"
			}
		},
		authConfig: {
			serializedName: "properties.authConfig",
			type: {
				name: "Composite",
				className: "AuthConfig"
			}
		},
		dataEncryption: {
			serializedName: "properties.dataEncryption",
			type: {
				name: "Composite",
				className: "DataEncryption"
			}
		},
		backup: {
			serializedName: "properties.backup",
			type: {
				name: "Composite",
				className: "Backup"
			}
		},
		network: {
			serializedName: "properties.network",
			type: {
				name: "Composite",
				className: "Network"
			}
		},
		highAvailability: {
			serializedName: "properties.highAvailability",
			type: {
				name: "Composite",
				className: "HighAvailability"
			}
		},
		maintenanceWindow: {
			serializedName: "properties.maintenanceWindow",
			type: {
				name: "Composite",
				className: "MaintenanceWindow"
			}
		},
		sourceServerResourceId: {
			serializedName: "properties.sourceServerResourceId",
			type: { name: "String" }
		},
		pointInTimeUTC: {
			serializedName: "properties.pointInTimeUTC",
			type: { name: "DateTime" }
		},
		availabilityZone: {
			defaultValue: "",
			serializedName: "properties.availabilityZone",
			type: { name: "String" }
		},
		replicationRole: {
			serializedName: "properties.replicationRole",
			type: { name: "String" }
		},
		replicaCapacity: {
			serializedName: "properties.replicaCapacity",
			readOnly: true,
			type: { name: "Number" }
		},
		replica: {
			serializedName: "properties.replica",
			type: {
				name: "Composite",
				className: "Replica"
			}
		},
		createMode: {
			serializedName: "properties.createMode",
			type: { name: "String" }
		},
		privateEndpointConnections: {
			serializedName: "properties.privateEndpointConnections",
			readOnly: true,
			type: {
				name: "Sequence",
				element: { type: {
					name: "Composite",
					className: "PrivateEndpointConnection"
				} }
			}
		},
		cluster: {
			serializedName: "properties.cluster",
			type: {
				name: "Composite",
				className: "Cluster"
			}
		}
	}
} };
const AdministratorsMicrosoftEntraCreateOrUpdateHeaders = { type: {
	name: "Composite",
	className: "AdministratorsMicrosoftEntraCreateOrUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const AdministratorsMicrosoftEntraDeleteHeaders = { type: {
	name: "Composite",
	className: "AdministratorsMicrosoftEntraDeleteHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ServerThreatProtectionSettingsCreateOrUpdateHeaders = { type: {
	name: "Composite",
	className: "ServerThreatProtectionSettingsCreateOrUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const BackupsAutomaticAndOnDemandCreateHeaders = { type: {
	name: "Composite",
	className: "BackupsAutomaticAndOnDemandCreateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const BackupsAutomaticAndOnDemandDeleteHeaders = { type: {
	name: "Composite",
	className: "BackupsAutomaticAndOnDemandDeleteHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ConfigurationsUpdateHeaders = { type: {
	name: "Composite",
	className: "ConfigurationsUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ConfigurationsPutHeaders = { type: {
	name: "Composite",
	className: "ConfigurationsPutHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const DatabasesCreateHeaders = { type: {
	name: "Composite",
	className: "DatabasesCreateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const DatabasesDeleteHeaders = { type: {
	name: "Composite",
	className: "DatabasesDeleteHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const FirewallRulesCreateOrUpdateHeaders = { type: {
	name: "Composite",
	className: "FirewallRulesCreateOrUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const FirewallRulesDeleteHeaders = { type: {
	name: "Composite",
	className: "FirewallRulesDeleteHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const BackupsLongTermRetentionCheckPrerequisitesHeaders = { type: {
	name: "Composite",
	className: "BackupsLongTermRetentionCheckPrerequisitesHeaders",
	modelProperties: { xMsRequestId: {
		serializedName: "x-ms-request-id",
		type: { name: "String" }
	} }
} };
const BackupsLongTermRetentionCheckPrerequisitesExceptionHeaders = { type: {
	name: "Composite",
	className: "BackupsLongTermRetentionCheckPrerequisitesExceptionHeaders",
	modelProperties: {
		xMsErrorCode: {
			serializedName: "x-ms-error-code",
			type: { name: "String" }
		},
		xMsRequestId: {
			serializedName: "x-ms-request-id",
			type: { name: "String" }
		}
	}
} };
const BackupsLongTermRetentionStartHeaders = { type: {
	name: "Composite",
	className: "BackupsLongTermRetentionStartHeaders",
	modelProperties: { xMsRequestId: {
		serializedName: "x-ms-request-id",
		type: { name: "String" }
	} }
} };
const BackupsLongTermRetentionStartExceptionHeaders = { type: {
	name: "Composite",
	className: "BackupsLongTermRetentionStartExceptionHeaders",
	modelProperties: {
		xMsErrorCode: {
			serializedName: "x-ms-error-code",
			type: { name: "String" }
		},
		xMsRequestId: {
			serializedName: "x-ms-request-id",
			type: { name: "String" }
		}
	}
} };
const PrivateEndpointConnectionsUpdateHeaders = { type: {
	name: "Composite",
	className: "PrivateEndpointConnectionsUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const PrivateEndpointConnectionsDeleteHeaders = { type: {
	name: "Composite",
	className: "PrivateEndpointConnectionsDeleteHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ServersCreateOrUpdateHeaders = { type: {
	name: "Composite",
	className: "ServersCreateOrUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ServersUpdateHeaders = { type: {
	name: "Composite",
	className: "ServersUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ServersDeleteHeaders = { type: {
	name: "Composite",
	className: "ServersDeleteHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ServersRestartHeaders = { type: {
	name: "Composite",
	className: "ServersRestartHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ServersStartHeaders = { type: {
	name: "Composite",
	className: "ServersStartHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const ServersStopHeaders = { type: {
	name: "Composite",
	className: "ServersStopHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const VirtualEndpointsCreateHeaders = { type: {
	name: "Composite",
	className: "VirtualEndpointsCreateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const VirtualEndpointsUpdateHeaders = { type: {
	name: "Composite",
	className: "VirtualEndpointsUpdateHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
const VirtualEndpointsDeleteHeaders = { type: {
	name: "Composite",
	className: "VirtualEndpointsDeleteHeaders",
	modelProperties: {
		location: {
			serializedName: "location",
			type: { name: "String" }
		},
		azureAsyncOperation: {
			serializedName: "azure-asyncoperation",
			type: { name: "String" }
		}
	}
} };
// node_modules/@azure/arm-postgresql-flexible/dist/esm/models/parameters.js
const contentType = {
	parameterPath: ["options", "contentType"],
	mapper: {
		defaultValue: "application/json",
		isConstant: true,
		serializedName: "Content-Type",
		type: { name: "String" }
	}
};
const parameters = {
	parameterPath: "parameters",
	mapper: AdministratorMicrosoftEntraAdd
};
const accept = {
	parameterPath: "accept",
	mapper: {
		defaultValue: "application/json",
		isConstant: true,
		serializedName: "Accept",
		type: { name: "String" }
	}
};
const $host = {
	parameterPath: "$host",
	mapper: {
		serializedName: "$host",
		required: true,
		type: { name: "String" }
	},
	skipEncoding: true
};
const subscriptionId = {
	parameterPath: "subscriptionId",
	mapper: {
		serializedName: "subscriptionId",
		required: true,
		type: { name: "Uuid" }
	}
};
const resourceGroupName = {
	parameterPath: "resourceGroupName",
	mapper: {
		constraints: {
			MaxLength: 90,
			MinLength: 1
		},
		serializedName: "resourceGroupName",
		required: true,
		type: { name: "String" }
	}
};
const serverName = {
	parameterPath: "serverName",
	mapper: {
		constraints: {
			Pattern: /* @__PURE__ */ new RegExp("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*"),
			MaxLength: 63,
			MinLength: 3
		},
		serializedName: "serverName",
		required: true,
		type: { name: "String" }
	}
};
const objectId = {
	parameterPath: "objectId",
	mapper: {
		serializedName: "objectId",
		required: true,
		type: { name: "String" }
	}
};
const apiVersion = {
	parameterPath: "apiVersion",
	mapper: {
		defaultValue: "2025-08-01",
		isConstant: true,
		serializedName: "api-version",
		type: { name: "String" }
	}
};
const nextLink = {
	parameterPath: "nextLink",
	mapper: {
		serializedName: "nextLink",
		required: true,
		type: { name: "String" }
	},
	skipEncoding: true
};
const threatProtectionName = {
	parameterPath: "threatProtectionName",
	mapper: {
		serializedName: "threatProtectionName",
		required: true,
		type: { name: "String" }
	}
};
const parameters1 = {
	parameterPath: "parameters",
	mapper: AdvancedThreatProtectionSettingsModel
};
const backupName = {
	parameterPath: "backupName",
	mapper: {
		constraints: {
			Pattern: /* @__PURE__ */ new RegExp("^[-\\w\\._]+$"),
			MaxLength: 128,
			MinLength: 1
		},
		serializedName: "backupName",
		required: true,
		type: { name: "String" }
	}
};
const locationName = {
	parameterPath: "locationName",
	mapper: {
		constraints: {
			Pattern: /* @__PURE__ */ new RegExp("^[-\\w\\._]+$"),
			MinLength: 1
		},
		serializedName: "locationName",
		required: true,
		type: { name: "String" }
	}
};
const configurationName = {
	parameterPath: "configurationName",
	mapper: {
		constraints: {
			Pattern: /* @__PURE__ */ new RegExp("^[-\\w\\._]+$"),
			MaxLength: 256,
			MinLength: 1
		},
		serializedName: "configurationName",
		required: true,
		type: { name: "String" }
	}
};
const parameters2 = {
	parameterPath: "parameters",
	mapper: ConfigurationForUpdate
};
const parameters3 = {
	parameterPath: "parameters",
	mapper: Database
};
const databaseName = {
	parameterPath: "databaseName",
	mapper: {
		constraints: {
			Pattern: /* @__PURE__ */ new RegExp("^[a-zA-Z_][\\w\\-]{0,62}$"),
			MaxLength: 63,
			MinLength: 1
		},
		serializedName: "databaseName",
		required: true,
		type: { name: "String" }
	}
};
const parameters4 = {
	parameterPath: "parameters",
	mapper: FirewallRule
};
const firewallRuleName = {
	parameterPath: "firewallRuleName",
	mapper: {
		constraints: {
			Pattern: /* @__PURE__ */ new RegExp("^[a-zA-Z0-9][-_a-zA-Z0-9]{0,79}(?<!-)$"),
			MaxLength: 80,
			MinLength: 1
		},
		serializedName: "firewallRuleName",
		required: true,
		type: { name: "String" }
	}
};
const parameters5 = {
	parameterPath: "parameters",
	mapper: LtrPreBackupRequest
};
const parameters6 = {
	parameterPath: "parameters",
	mapper: BackupsLongTermRetentionRequest
};
const backupName1 = {
	parameterPath: "backupName",
	mapper: {
		constraints: { Pattern: /* @__PURE__ */ new RegExp("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*") },
		serializedName: "backupName",
		required: true,
		type: { name: "String" }
	}
};
const parameters7 = {
	parameterPath: "parameters",
	mapper: Migration
};
const migrationName = {
	parameterPath: "migrationName",
	mapper: {
		constraints: { Pattern: /* @__PURE__ */ new RegExp("^[a-z][a-z0-9]*$") },
		serializedName: "migrationName",
		required: true,
		type: { name: "String" }
	}
};
const parameters8 = {
	parameterPath: "parameters",
	mapper: MigrationResourceForPatch
};
const migrationListFilter = {
	parameterPath: ["options", "migrationListFilter"],
	mapper: {
		serializedName: "migrationListFilter",
		type: { name: "String" }
	}
};
const parameters9 = {
	parameterPath: "parameters",
	mapper: MigrationNameAvailability
};
const parameters10 = {
	parameterPath: "parameters",
	mapper: CheckNameAvailabilityRequest
};
const privateEndpointConnectionName = {
	parameterPath: "privateEndpointConnectionName",
	mapper: {
		constraints: { Pattern: /* @__PURE__ */ new RegExp("^[a-zA-Z][a-zA-Z0-9-]*\\.[a-fA-F0-9\\-]+$") },
		serializedName: "privateEndpointConnectionName",
		required: true,
		type: { name: "String" }
	}
};
const parameters11 = {
	parameterPath: "parameters",
	mapper: PrivateEndpointConnection
};
const groupName = {
	parameterPath: "groupName",
	mapper: {
		constraints: { Pattern: /* @__PURE__ */ new RegExp("^.*$") },
		serializedName: "groupName",
		required: true,
		type: { name: "String" }
	}
};
const parameters12 = {
	parameterPath: "parameters",
	mapper: Server
};
const parameters13 = {
	parameterPath: "parameters",
	mapper: ServerForPatch
};
const parameters14 = {
	parameterPath: ["options", "parameters"],
	mapper: RestartParameter
};
const tuningOption = {
	parameterPath: "tuningOption",
	mapper: {
		serializedName: "tuningOption",
		required: true,
		type: { name: "String" }
	}
};
const recommendationType = {
	parameterPath: ["options", "recommendationType"],
	mapper: {
		serializedName: "recommendationType",
		type: { name: "String" }
	}
};
const parameters15 = {
	parameterPath: "parameters",
	mapper: VirtualEndpoint
};
const virtualEndpointName = {
	parameterPath: "virtualEndpointName",
	mapper: {
		constraints: {
			Pattern: /* @__PURE__ */ new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,62}(?<!-)$"),
			MaxLength: 63,
			MinLength: 3
		},
		serializedName: "virtualEndpointName",
		required: true,
		type: { name: "String" }
	}
};
const parameters16 = {
	parameterPath: "parameters",
	mapper: VirtualEndpointResourceForPatch
};
const parameters17 = {
	parameterPath: "parameters",
	mapper: VirtualNetworkSubnetUsageParameter
};
// node_modules/@azure/arm-postgresql-flexible/node_modules/@azure/core-lro/dist/esm/logger.js
/**
* The `@azure/logger` configuration for this package.
* @internal
*/
const logger$2 = createClientLogger("core-lro");
// node_modules/@azure/arm-postgresql-flexible/node_modules/@azure/core-lro/dist/esm/poller/constants.js
/**
* The default time interval to wait before sending the next polling request.
*/
const POLL_INTERVAL_IN_MS$1 = 2e3;
/**
* The closed set of terminal states.
*/
const terminalStates$1 = [
	"succeeded",
	"canceled",
	"failed"
];
// node_modules/@azure/arm-postgresql-flexible/node_modules/@azure/core-lro/dist/esm/poller/operation.js
/**
* Deserializes the state
*/
function deserializeState$1(serializedState) {
	try {
		return JSON.parse(serializedState).state;
	} catch (e) {
		throw new Error(`Unable to deserialize input state: ${serializedState}`);
	}
}
function setStateError$1(inputs) {
	const { state, stateProxy, isOperationError } = inputs;
	return (error) => {
		if (isOperationError(error)) {
			stateProxy.setError(state, error);
			stateProxy.setFailed(state);
		}
		throw error;
	};
}
function appendReadableErrorMessage$1(currentMessage, innerMessage) {
	let message = currentMessage;
	if (message.slice(-1) !== ".") message = message + ".";
	return message + " " + innerMessage;
}
function simplifyError$1(err) {
	let message = err.message;
	let code = err.code;
	let curErr = err;
	while (curErr.innererror) {
		curErr = curErr.innererror;
		code = curErr.code;
		message = appendReadableErrorMessage$1(message, curErr.message);
	}
	return {
		code,
		message
	};
}
function processOperationStatus$1(result) {
	const { state, stateProxy, status, isDone, processResult, getError, response, setErrorAsResult } = result;
	switch (status) {
		case "succeeded":
			stateProxy.setSucceeded(state);
			break;
		case "failed": {
			const err = getError === null || getError === void 0 ? void 0 : getError(response);
			let postfix = "";
			if (err) {
				const { code, message } = simplifyError$1(err);
				postfix = `. ${code}. ${message}`;
			}
			const errStr = `The long-running operation has failed${postfix}`;
			stateProxy.setError(state, new Error(errStr));
			stateProxy.setFailed(state);
			logger$2.warning(errStr);
			break;
		}
		case "canceled": stateProxy.setCanceled(state);
	}
	if ((isDone === null || isDone === void 0 ? void 0 : isDone(response, state)) || isDone === void 0 && ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status)) stateProxy.setResult(state, buildResult$1({
		response,
		state,
		processResult
	}));
}
function buildResult$1(inputs) {
	const { processResult, response, state } = inputs;
	return processResult ? processResult(response, state) : response;
}
/**
* Initiates the long-running operation.
*/
async function initOperation$1(inputs) {
	const { init, stateProxy, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
	const { operationLocation, resourceLocation, metadata, response } = await init();
	if (operationLocation) withOperationLocation === null || withOperationLocation === void 0 || withOperationLocation(operationLocation, false);
	const config = {
		metadata,
		operationLocation,
		resourceLocation
	};
	logger$2.verbose(`LRO: Operation description:`, config);
	const state = stateProxy.initState(config);
	processOperationStatus$1({
		state,
		status: getOperationStatus({
			response,
			state,
			operationLocation
		}),
		stateProxy,
		response,
		setErrorAsResult,
		processResult
	});
	return state;
}
async function pollOperationHelper$1(inputs) {
	const { poll, state, stateProxy, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options } = inputs;
	const response = await poll(operationLocation, options).catch(setStateError$1({
		state,
		stateProxy,
		isOperationError
	}));
	const status = getOperationStatus(response, state);
	logger$2.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates$1.includes(status) ? "Stopped" : "Running"}`);
	if (status === "succeeded") {
		const resourceLocation = getResourceLocation(response, state);
		if (resourceLocation !== void 0) return {
			response: await poll(resourceLocation).catch(setStateError$1({
				state,
				stateProxy,
				isOperationError
			})),
			status
		};
	}
	return {
		response,
		status
	};
}
/** Polls the long-running operation. */
async function pollOperation$1(inputs) {
	const { poll, state, stateProxy, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult } = inputs;
	const { operationLocation } = state.config;
	if (operationLocation !== void 0) {
		const { response, status } = await pollOperationHelper$1({
			poll,
			getOperationStatus,
			state,
			stateProxy,
			operationLocation,
			getResourceLocation,
			isOperationError,
			options
		});
		processOperationStatus$1({
			status,
			response,
			state,
			stateProxy,
			isDone,
			processResult,
			getError,
			setErrorAsResult
		});
		if (!terminalStates$1.includes(status)) {
			const intervalInMs = getPollingInterval === null || getPollingInterval === void 0 ? void 0 : getPollingInterval(response);
			if (intervalInMs) setDelay(intervalInMs);
			const location = getOperationLocation === null || getOperationLocation === void 0 ? void 0 : getOperationLocation(response, state);
			if (location !== void 0) {
				const isUpdated = operationLocation !== location;
				state.config.operationLocation = location;
				withOperationLocation === null || withOperationLocation === void 0 || withOperationLocation(location, isUpdated);
			} else withOperationLocation === null || withOperationLocation === void 0 || withOperationLocation(operationLocation, false);
		}
		updateState === null || updateState === void 0 || updateState(state, response);
	}
}
// node_modules/@azure/arm-postgresql-flexible/node_modules/@azure/core-lro/dist/esm/http/operation.js
function getOperationLocationPollingUrl$1(inputs) {
	const { azureAsyncOperation, operationLocation } = inputs;
	return operationLocation !== null && operationLocation !== void 0 ? operationLocation : azureAsyncOperation;
}
function getLocationHeader$1(rawResponse) {
	return rawResponse.headers["location"];
}
function getOperationLocationHeader$1(rawResponse) {
	return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader$1(rawResponse) {
	return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation$1(inputs) {
	var _a;
	const { location, requestMethod, requestPath, resourceLocationConfig } = inputs;
	switch (requestMethod) {
		case "PUT": return requestPath;
		case "DELETE": return;
		case "PATCH": return (_a = getDefault()) !== null && _a !== void 0 ? _a : requestPath;
		default: return getDefault();
	}
	function getDefault() {
		switch (resourceLocationConfig) {
			case "azure-async-operation": return;
			case "original-uri": return requestPath;
			default: return location;
		}
	}
}
function inferLroMode$1(inputs) {
	const { rawResponse, requestMethod, requestPath, resourceLocationConfig } = inputs;
	const pollingUrl = getOperationLocationPollingUrl$1({
		operationLocation: getOperationLocationHeader$1(rawResponse),
		azureAsyncOperation: getAzureAsyncOperationHeader$1(rawResponse)
	});
	const location = getLocationHeader$1(rawResponse);
	const normalizedRequestMethod = requestMethod === null || requestMethod === void 0 ? void 0 : requestMethod.toLocaleUpperCase();
	if (pollingUrl !== void 0) return {
		mode: "OperationLocation",
		operationLocation: pollingUrl,
		resourceLocation: findResourceLocation$1({
			requestMethod: normalizedRequestMethod,
			location,
			requestPath,
			resourceLocationConfig
		})
	};
	else if (location !== void 0) return {
		mode: "ResourceLocation",
		operationLocation: location
	};
	else if (normalizedRequestMethod === "PUT" && requestPath) return {
		mode: "Body",
		operationLocation: requestPath
	};
	else return;
}
function transformStatus$1(inputs) {
	const { status, statusCode } = inputs;
	if (typeof status !== "string" && status !== void 0) throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
	switch (status === null || status === void 0 ? void 0 : status.toLocaleLowerCase()) {
		case void 0: return toOperationStatus$1(statusCode);
		case "succeeded": return "succeeded";
		case "failed": return "failed";
		case "running":
		case "accepted":
		case "started":
		case "canceling":
		case "cancelling": return "running";
		case "canceled":
		case "cancelled": return "canceled";
		default:
			logger$2.verbose(`LRO: unrecognized operation status: ${status}`);
			return status;
	}
}
function getStatus$1(rawResponse) {
	var _a;
	const { status } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
	return transformStatus$1({
		status,
		statusCode: rawResponse.statusCode
	});
}
function getProvisioningState$1(rawResponse) {
	var _a, _b;
	const { properties, provisioningState } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
	return transformStatus$1({
		status: (_b = properties === null || properties === void 0 ? void 0 : properties.provisioningState) !== null && _b !== void 0 ? _b : provisioningState,
		statusCode: rawResponse.statusCode
	});
}
function toOperationStatus$1(statusCode) {
	if (statusCode === 202) return "running";
	else if (statusCode < 300) return "succeeded";
	else return "failed";
}
function parseRetryAfter$1({ rawResponse }) {
	const retryAfter = rawResponse.headers["retry-after"];
	if (retryAfter !== void 0) {
		const retryAfterInSeconds = parseInt(retryAfter);
		return isNaN(retryAfterInSeconds) ? calculatePollingIntervalFromDate$1(new Date(retryAfter)) : retryAfterInSeconds * 1e3;
	}
}
function getErrorFromResponse$1(response) {
	const error = accessBodyProperty$1(response, "error");
	if (!error) {
		logger$2.warning(`The long-running operation failed but there is no error property in the response's body`);
		return;
	}
	if (!error.code || !error.message) {
		logger$2.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
		return;
	}
	return error;
}
function calculatePollingIntervalFromDate$1(retryAfterDate) {
	const timeNow = Math.floor((/* @__PURE__ */ new Date()).getTime());
	const retryAfterTime = retryAfterDate.getTime();
	if (timeNow < retryAfterTime) return retryAfterTime - timeNow;
}
function getStatusFromInitialResponse$1(inputs) {
	const { response, state, operationLocation } = inputs;
	function helper() {
		var _a;
		switch ((_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"]) {
			case void 0: return toOperationStatus$1(response.rawResponse.statusCode);
			case "Body": return getOperationStatus$1(response, state);
			default: return "running";
		}
	}
	const status = helper();
	return status === "running" && operationLocation === void 0 ? "succeeded" : status;
}
function getOperationLocation$1({ rawResponse }, state) {
	var _a;
	switch ((_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"]) {
		case "OperationLocation": return getOperationLocationPollingUrl$1({
			operationLocation: getOperationLocationHeader$1(rawResponse),
			azureAsyncOperation: getAzureAsyncOperationHeader$1(rawResponse)
		});
		case "ResourceLocation": return getLocationHeader$1(rawResponse);
		default: return;
	}
}
function getOperationStatus$1({ rawResponse }, state) {
	var _a;
	const mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a["mode"];
	switch (mode) {
		case "OperationLocation": return getStatus$1(rawResponse);
		case "ResourceLocation": return toOperationStatus$1(rawResponse.statusCode);
		case "Body": return getProvisioningState$1(rawResponse);
		default: throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
	}
}
function accessBodyProperty$1({ flatResponse, rawResponse }, prop) {
	var _a, _b;
	return (_a = flatResponse === null || flatResponse === void 0 ? void 0 : flatResponse[prop]) !== null && _a !== void 0 ? _a : (_b = rawResponse.body) === null || _b === void 0 ? void 0 : _b[prop];
}
function getResourceLocation$1(res, state) {
	const loc = accessBodyProperty$1(res, "resourceLocation");
	if (loc && typeof loc === "string") state.config.resourceLocation = loc;
	return state.config.resourceLocation;
}
function isOperationError$1(e) {
	return e.name === "RestError";
}
// node_modules/@azure/arm-postgresql-flexible/node_modules/@azure/core-lro/dist/esm/poller/poller.js
const createStateProxy = () => ({
	/**
	* The state at this point is created to be of type OperationState<TResult>.
	* It will be updated later to be of type TState when the
	* customer-provided callback, `updateState`, is called during polling.
	*/
	initState: (config) => ({
		status: "running",
		config
	}),
	setCanceled: (state) => state.status = "canceled",
	setError: (state, error) => state.error = error,
	setResult: (state, result) => state.result = result,
	setRunning: (state) => state.status = "running",
	setSucceeded: (state) => state.status = "succeeded",
	setFailed: (state) => state.status = "failed",
	getError: (state) => state.error,
	getResult: (state) => state.result,
	isCanceled: (state) => state.status === "canceled",
	isFailed: (state) => state.status === "failed",
	isRunning: (state) => state.status === "running",
	isSucceeded: (state) => state.status === "succeeded"
});
/**
* Returns a poller factory.
*/
function buildCreatePoller$1(inputs) {
	const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful } = inputs;
	return async ({ init, poll }, options) => {
		const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS$1, restoreFrom } = options || {};
		const stateProxy = createStateProxy();
		const withOperationLocation = withOperationLocationCallback ? (() => {
			let called = false;
			return (operationLocation, isUpdated) => {
				if (isUpdated) withOperationLocationCallback(operationLocation);
				else if (!called) withOperationLocationCallback(operationLocation);
				called = true;
			};
		})() : void 0;
		const state = restoreFrom ? deserializeState$1(restoreFrom) : await initOperation$1({
			init,
			stateProxy,
			processResult,
			getOperationStatus: getStatusFromInitialResponse,
			withOperationLocation,
			setErrorAsResult: !resolveOnUnsuccessful
		});
		let resultPromise;
		const abortController = new AbortController();
		const handlers = /* @__PURE__ */ new Map();
		const handleProgressEvents = async () => handlers.forEach((h) => h(state));
		const cancelErrMsg = "Operation was canceled";
		let currentPollIntervalInMs = intervalInMs;
		const poller = {
			getOperationState: () => state,
			getResult: () => state.result,
			isDone: () => [
				"succeeded",
				"failed",
				"canceled"
			].includes(state.status),
			isStopped: () => resultPromise === void 0,
			stopPolling: () => {
				abortController.abort();
			},
			toString: () => JSON.stringify({ state }),
			onProgress: (callback) => {
				const s = Symbol();
				handlers.set(s, callback);
				return () => handlers.delete(s);
			},
			pollUntilDone: (pollOptions) => resultPromise !== null && resultPromise !== void 0 ? resultPromise : resultPromise = (async () => {
				const { abortSignal: inputAbortSignal } = pollOptions || {};
				function abortListener() {
					abortController.abort();
				}
				const abortSignal = abortController.signal;
				if (inputAbortSignal === null || inputAbortSignal === void 0 ? void 0 : inputAbortSignal.aborted) abortController.abort();
				else if (!abortSignal.aborted) inputAbortSignal === null || inputAbortSignal === void 0 || inputAbortSignal.addEventListener("abort", abortListener, { once: true });
				try {
					if (!poller.isDone()) {
						await poller.poll({ abortSignal });
						while (!poller.isDone()) {
							await delay(currentPollIntervalInMs, { abortSignal });
							await poller.poll({ abortSignal });
						}
					}
				} finally {
					inputAbortSignal === null || inputAbortSignal === void 0 || inputAbortSignal.removeEventListener("abort", abortListener);
				}
				if (resolveOnUnsuccessful) return poller.getResult();
				else switch (state.status) {
					case "succeeded": return poller.getResult();
					case "canceled": throw new Error(cancelErrMsg);
					case "failed": throw state.error;
					case "notStarted":
					case "running": throw new Error(`Polling completed without succeeding or failing`);
				}
			})().finally(() => {
				resultPromise = void 0;
			}),
			async poll(pollOptions) {
				if (resolveOnUnsuccessful) {
					if (poller.isDone()) return;
				} else switch (state.status) {
					case "succeeded": return;
					case "canceled": throw new Error(cancelErrMsg);
					case "failed": throw state.error;
				}
				await pollOperation$1({
					poll,
					state,
					stateProxy,
					getOperationLocation,
					isOperationError,
					withOperationLocation,
					getPollingInterval,
					getOperationStatus: getStatusFromPollResponse,
					getResourceLocation,
					processResult,
					getError,
					updateState,
					options: pollOptions,
					setDelay: (pollIntervalInMs) => {
						currentPollIntervalInMs = pollIntervalInMs;
					},
					setErrorAsResult: !resolveOnUnsuccessful
				});
				await handleProgressEvents();
				if (!resolveOnUnsuccessful) switch (state.status) {
					case "canceled": throw new Error(cancelErrMsg);
					case "failed": throw state.error;
				}
			}
		};
		return poller;
	};
}
// node_modules/@azure/arm-postgresql-flexible/node_modules/@azure/core-lro/dist/esm/http/poller.js
/**
* Creates a poller that can be used to poll a long-running operation.
* @param lro - Description of the long-running operation
* @param options - options to configure the poller
* @returns an initialized poller
*/
async function createHttpPoller$1(lro, options) {
	const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false } = options || {};
	return buildCreatePoller$1({
		getStatusFromInitialResponse: getStatusFromInitialResponse$1,
		getStatusFromPollResponse: getOperationStatus$1,
		isOperationError: isOperationError$1,
		getOperationLocation: getOperationLocation$1,
		getResourceLocation: getResourceLocation$1,
		getPollingInterval: parseRetryAfter$1,
		getError: getErrorFromResponse$1,
		resolveOnUnsuccessful
	})({
		init: async () => {
			const response = await lro.sendInitialRequest();
			const config = inferLroMode$1({
				rawResponse: response.rawResponse,
				requestPath: lro.requestPath,
				requestMethod: lro.requestMethod,
				resourceLocationConfig
			});
			return Object.assign({
				response,
				operationLocation: config === null || config === void 0 ? void 0 : config.operationLocation,
				resourceLocation: config === null || config === void 0 ? void 0 : config.resourceLocation
			}, (config === null || config === void 0 ? void 0 : config.mode) ? { metadata: { mode: config.mode } } : {});
		},
		poll: lro.sendPollRequest
	}, {
		intervalInMs,
		withOperationLocation,
		restoreFrom,
		updateState,
		processResult: processResult ? ({ flatResponse }, state) => processResult(flatResponse, state) : ({ flatResponse }) => flatResponse
	});
}
// node_modules/@azure/arm-postgresql-flexible/dist/esm/lroImpl.js
function createLroSpec(inputs) {
	const { args, spec, sendOperationFn } = inputs;
	return {
		requestMethod: spec.httpMethod,
		requestPath: spec.path,
		sendInitialRequest: () => sendOperationFn(args, spec),
		sendPollRequest: (path, options) => {
			const { requestBody, ...restSpec } = spec;
			return sendOperationFn(args, {
				...restSpec,
				httpMethod: "GET",
				path,
				abortSignal: options?.abortSignal
			});
		}
	};
}
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/administratorsMicrosoftEntra.js
/** Class containing AdministratorsMicrosoftEntra operations. */
var AdministratorsMicrosoftEntraImpl = class {
	client;
	/**
	* Initialize a new instance of the class AdministratorsMicrosoftEntra class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* List all server administrators associated to a Microsoft Entra principal.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Creates a new server administrator associated to a Microsoft Entra principal.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param objectId Object identifier of the Microsoft Entra principal.
	* @param parameters Required parameters for adding a server administrator associated to a Microsoft
	*                   Entra principal.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdate(resourceGroupName, serverName, objectId, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				objectId,
				parameters,
				options
			},
			spec: createOrUpdateOperationSpec$3
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Creates a new server administrator associated to a Microsoft Entra principal.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param objectId Object identifier of the Microsoft Entra principal.
	* @param parameters Required parameters for adding a server administrator associated to a Microsoft
	*                   Entra principal.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdateAndWait(resourceGroupName, serverName, objectId, parameters, options) {
		return (await this.beginCreateOrUpdate(resourceGroupName, serverName, objectId, parameters, options)).pollUntilDone();
	}
	/**
	* Deletes an existing server administrator associated to a Microsoft Entra principal.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param objectId Object identifier of the Microsoft Entra principal.
	* @param options The options parameters.
	*/
	async beginDelete(resourceGroupName, serverName, objectId, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				objectId,
				options
			},
			spec: deleteOperationSpec$6
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Deletes an existing server administrator associated to a Microsoft Entra principal.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param objectId Object identifier of the Microsoft Entra principal.
	* @param options The options parameters.
	*/
	async beginDeleteAndWait(resourceGroupName, serverName, objectId, options) {
		return (await this.beginDelete(resourceGroupName, serverName, objectId, options)).pollUntilDone();
	}
	/**
	* Gets information about a server administrator associated to a Microsoft Entra principal.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param objectId Object identifier of the Microsoft Entra principal.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, objectId, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			objectId,
			options
		}, getOperationSpec$13);
	}
	/**
	* List all server administrators associated to a Microsoft Entra principal.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$12);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$11);
	}
};
const serializer$22 = createSerializer(mappers_exports, false);
const createOrUpdateOperationSpec$3 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/administrators/{objectId}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: AdministratorMicrosoftEntra },
		201: { bodyMapper: AdministratorMicrosoftEntra },
		202: { bodyMapper: AdministratorMicrosoftEntra },
		204: { bodyMapper: AdministratorMicrosoftEntra },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		objectId
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$22
};
const deleteOperationSpec$6 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/administrators/{objectId}",
	httpMethod: "DELETE",
	responses: {
		200: { headersMapper: AdministratorsMicrosoftEntraDeleteHeaders },
		201: { headersMapper: AdministratorsMicrosoftEntraDeleteHeaders },
		202: { headersMapper: AdministratorsMicrosoftEntraDeleteHeaders },
		204: { headersMapper: AdministratorsMicrosoftEntraDeleteHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		objectId
	],
	headerParameters: [accept],
	serializer: serializer$22
};
const getOperationSpec$13 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/administrators/{objectId}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: AdministratorMicrosoftEntra },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		objectId
	],
	headerParameters: [accept],
	serializer: serializer$22
};
const listByServerOperationSpec$12 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/administrators",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: AdministratorMicrosoftEntraList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$22
};
const listByServerNextOperationSpec$11 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: AdministratorMicrosoftEntraList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$22
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/advancedThreatProtectionSettings.js
/** Class containing AdvancedThreatProtectionSettings operations. */
var AdvancedThreatProtectionSettingsImpl = class {
	client;
	/**
	* Initialize a new instance of the class AdvancedThreatProtectionSettings class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists state of advanced threat protection settings for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Lists state of advanced threat protection settings for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$11);
	}
	/**
	* Gets state of advanced threat protection settings for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param threatProtectionName Name of the advanced threat protection settings.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, threatProtectionName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			threatProtectionName,
			options
		}, getOperationSpec$12);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$10);
	}
};
const serializer$21 = createSerializer(mappers_exports, false);
const listByServerOperationSpec$11 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/advancedThreatProtectionSettings",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: AdvancedThreatProtectionSettingsList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$21
};
const getOperationSpec$12 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/advancedThreatProtectionSettings/{threatProtectionName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: AdvancedThreatProtectionSettingsModel },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		threatProtectionName
	],
	headerParameters: [accept],
	serializer: serializer$21
};
const listByServerNextOperationSpec$10 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: AdvancedThreatProtectionSettingsList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$21
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/serverThreatProtectionSettings.js
/** Class containing ServerThreatProtectionSettings operations. */
var ServerThreatProtectionSettingsImpl = class {
	client;
	/**
	* Initialize a new instance of the class ServerThreatProtectionSettings class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Creates or updates a server's Advanced Threat Protection settings.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param threatProtectionName Name of the advanced threat protection settings.
	* @param parameters The Advanced Threat Protection state for the server.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdate(resourceGroupName, serverName, threatProtectionName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				threatProtectionName,
				parameters,
				options
			},
			spec: createOrUpdateOperationSpec$2
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Creates or updates a server's Advanced Threat Protection settings.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param threatProtectionName Name of the advanced threat protection settings.
	* @param parameters The Advanced Threat Protection state for the server.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdateAndWait(resourceGroupName, serverName, threatProtectionName, parameters, options) {
		return (await this.beginCreateOrUpdate(resourceGroupName, serverName, threatProtectionName, parameters, options)).pollUntilDone();
	}
};
const serializer$20 = createSerializer(mappers_exports, false);
const createOrUpdateOperationSpec$2 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/advancedThreatProtectionSettings/{threatProtectionName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: AdvancedThreatProtectionSettingsModel },
		201: { bodyMapper: AdvancedThreatProtectionSettingsModel },
		202: { bodyMapper: AdvancedThreatProtectionSettingsModel },
		204: { bodyMapper: AdvancedThreatProtectionSettingsModel },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters1,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		threatProtectionName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$20
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/backupsAutomaticAndOnDemand.js
/** Class containing BackupsAutomaticAndOnDemand operations. */
var BackupsAutomaticAndOnDemandImpl = class {
	client;
	/**
	* Initialize a new instance of the class BackupsAutomaticAndOnDemand class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all available backups of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Creates an on demand backup of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param backupName Name of the backup.
	* @param options The options parameters.
	*/
	async beginCreate(resourceGroupName, serverName, backupName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				backupName,
				options
			},
			spec: createOperationSpec$3
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Creates an on demand backup of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param backupName Name of the backup.
	* @param options The options parameters.
	*/
	async beginCreateAndWait(resourceGroupName, serverName, backupName, options) {
		return (await this.beginCreate(resourceGroupName, serverName, backupName, options)).pollUntilDone();
	}
	/**
	* Deletes a specific backup, given its name.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param backupName Name of the backup.
	* @param options The options parameters.
	*/
	async beginDelete(resourceGroupName, serverName, backupName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				backupName,
				options
			},
			spec: deleteOperationSpec$5
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Deletes a specific backup, given its name.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param backupName Name of the backup.
	* @param options The options parameters.
	*/
	async beginDeleteAndWait(resourceGroupName, serverName, backupName, options) {
		return (await this.beginDelete(resourceGroupName, serverName, backupName, options)).pollUntilDone();
	}
	/**
	* Gets information of an on demand backup, given its name.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param backupName Name of the backup.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, backupName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			backupName,
			options
		}, getOperationSpec$11);
	}
	/**
	* Lists all available backups of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$10);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$9);
	}
};
const serializer$19 = createSerializer(mappers_exports, false);
const createOperationSpec$3 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/backups/{backupName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: BackupAutomaticAndOnDemand },
		201: { bodyMapper: BackupAutomaticAndOnDemand },
		202: { bodyMapper: BackupAutomaticAndOnDemand },
		204: { bodyMapper: BackupAutomaticAndOnDemand },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		backupName
	],
	headerParameters: [accept],
	serializer: serializer$19
};
const deleteOperationSpec$5 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/backups/{backupName}",
	httpMethod: "DELETE",
	responses: {
		200: { headersMapper: BackupsAutomaticAndOnDemandDeleteHeaders },
		201: { headersMapper: BackupsAutomaticAndOnDemandDeleteHeaders },
		202: { headersMapper: BackupsAutomaticAndOnDemandDeleteHeaders },
		204: { headersMapper: BackupsAutomaticAndOnDemandDeleteHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		backupName
	],
	headerParameters: [accept],
	serializer: serializer$19
};
const getOperationSpec$11 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/backups/{backupName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: BackupAutomaticAndOnDemand },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		backupName
	],
	headerParameters: [accept],
	serializer: serializer$19
};
const listByServerOperationSpec$10 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/backups",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: BackupAutomaticAndOnDemandList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$19
};
const listByServerNextOperationSpec$9 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: BackupAutomaticAndOnDemandList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$19
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/capabilitiesByLocation.js
/** Class containing CapabilitiesByLocation operations. */
var CapabilitiesByLocationImpl = class {
	client;
	/**
	* Initialize a new instance of the class CapabilitiesByLocation class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists the capabilities available in a given location for a specific subscription.
	* @param locationName The name of the location.
	* @param options The options parameters.
	*/
	list(locationName, options) {
		const iter = this.listPagingAll(locationName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listPagingPage(locationName, options, settings);
			}
		};
	}
	async *listPagingPage(locationName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._list(locationName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listNext(locationName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listPagingAll(locationName, options) {
		for await (const page of this.listPagingPage(locationName, options)) yield* page;
	}
	/**
	* Lists the capabilities available in a given location for a specific subscription.
	* @param locationName The name of the location.
	* @param options The options parameters.
	*/
	_list(locationName, options) {
		return this.client.sendOperationRequest({
			locationName,
			options
		}, listOperationSpec$4);
	}
	/**
	* ListNext
	* @param locationName The name of the location.
	* @param nextLink The nextLink from the previous successful call to the List method.
	* @param options The options parameters.
	*/
	_listNext(locationName, nextLink, options) {
		return this.client.sendOperationRequest({
			locationName,
			nextLink,
			options
		}, listNextOperationSpec$3);
	}
};
const serializer$18 = createSerializer(mappers_exports, false);
const listOperationSpec$4 = {
	path: "/subscriptions/{subscriptionId}/providers/Microsoft.DBforPostgreSQL/locations/{locationName}/capabilities",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: CapabilityList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		locationName
	],
	headerParameters: [accept],
	serializer: serializer$18
};
const listNextOperationSpec$3 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: CapabilityList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		nextLink,
		locationName
	],
	headerParameters: [accept],
	serializer: serializer$18
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/capabilitiesByServer.js
/** Class containing CapabilitiesByServer operations. */
var CapabilitiesByServerImpl = class {
	client;
	/**
	* Initialize a new instance of the class CapabilitiesByServer class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists the capabilities available for a given server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	list(resourceGroupName, serverName, options) {
		const iter = this.listPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._list(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Lists the capabilities available for a given server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_list(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listOperationSpec$3);
	}
	/**
	* ListNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the List method.
	* @param options The options parameters.
	*/
	_listNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listNextOperationSpec$2);
	}
};
const serializer$17 = createSerializer(mappers_exports, false);
const listOperationSpec$3 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/capabilities",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: CapabilityList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$17
};
const listNextOperationSpec$2 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: CapabilityList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$17
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/capturedLogs.js
/** Class containing CapturedLogs operations. */
var CapturedLogsImpl = class {
	client;
	/**
	* Initialize a new instance of the class CapturedLogs class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all captured logs for download in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Lists all captured logs for download in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$9);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$8);
	}
};
const serializer$16 = createSerializer(mappers_exports, false);
const listByServerOperationSpec$9 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/logFiles",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: CapturedLogList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$16
};
const listByServerNextOperationSpec$8 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: CapturedLogList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$16
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/configurations.js
/** Class containing Configurations operations. */
var ConfigurationsImpl = class {
	client;
	/**
	* Initialize a new instance of the class Configurations class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all configurations (also known as server parameters) of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Lists all configurations (also known as server parameters) of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$8);
	}
	/**
	* Gets information about a specific configuration (also known as server parameter) of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param configurationName Name of the configuration (also known as server parameter).
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, configurationName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			configurationName,
			options
		}, getOperationSpec$10);
	}
	/**
	* Updates the value assigned to a specific modifiable configuration (also known as server parameter)
	* of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param configurationName Name of the configuration (also known as server parameter).
	* @param parameters Parameters required to update the value of a specific modifiable configuration
	*                   (also known as server parameter).
	* @param options The options parameters.
	*/
	async beginUpdate(resourceGroupName, serverName, configurationName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				configurationName,
				parameters,
				options
			},
			spec: updateOperationSpec$4
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Updates the value assigned to a specific modifiable configuration (also known as server parameter)
	* of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param configurationName Name of the configuration (also known as server parameter).
	* @param parameters Parameters required to update the value of a specific modifiable configuration
	*                   (also known as server parameter).
	* @param options The options parameters.
	*/
	async beginUpdateAndWait(resourceGroupName, serverName, configurationName, parameters, options) {
		return (await this.beginUpdate(resourceGroupName, serverName, configurationName, parameters, options)).pollUntilDone();
	}
	/**
	* Updates, using Put verb, the value assigned to a specific modifiable configuration (also known as
	* server parameter) of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param configurationName Name of the configuration (also known as server parameter).
	* @param parameters Parameters required to update the value of a specific modifiable configuration
	*                   (also known as server parameter).
	* @param options The options parameters.
	*/
	async beginPut(resourceGroupName, serverName, configurationName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				configurationName,
				parameters,
				options
			},
			spec: putOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Updates, using Put verb, the value assigned to a specific modifiable configuration (also known as
	* server parameter) of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param configurationName Name of the configuration (also known as server parameter).
	* @param parameters Parameters required to update the value of a specific modifiable configuration
	*                   (also known as server parameter).
	* @param options The options parameters.
	*/
	async beginPutAndWait(resourceGroupName, serverName, configurationName, parameters, options) {
		return (await this.beginPut(resourceGroupName, serverName, configurationName, parameters, options)).pollUntilDone();
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$7);
	}
};
const serializer$15 = createSerializer(mappers_exports, false);
const listByServerOperationSpec$8 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ConfigurationList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$15
};
const getOperationSpec$10 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations/{configurationName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: Configuration },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		configurationName
	],
	headerParameters: [accept],
	serializer: serializer$15
};
const updateOperationSpec$4 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations/{configurationName}",
	httpMethod: "PATCH",
	responses: {
		200: { bodyMapper: Configuration },
		201: { bodyMapper: Configuration },
		202: { bodyMapper: Configuration },
		204: { bodyMapper: Configuration },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters2,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		configurationName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$15
};
const putOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/configurations/{configurationName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: Configuration },
		201: { bodyMapper: Configuration },
		202: { bodyMapper: Configuration },
		204: { bodyMapper: Configuration },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters2,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		configurationName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$15
};
const listByServerNextOperationSpec$7 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ConfigurationList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$15
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/databases.js
/** Class containing Databases operations. */
var DatabasesImpl = class {
	client;
	/**
	* Initialize a new instance of the class Databases class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all databases in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Creates a new database.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param databaseName Name of the database (case-sensitive). Exact database names can be retrieved by
	*                     getting the list of all existing databases in a server.
	* @param parameters Parameters required to create a new database.
	* @param options The options parameters.
	*/
	async beginCreate(resourceGroupName, serverName, databaseName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				databaseName,
				parameters,
				options
			},
			spec: createOperationSpec$2
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Creates a new database.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param databaseName Name of the database (case-sensitive). Exact database names can be retrieved by
	*                     getting the list of all existing databases in a server.
	* @param parameters Parameters required to create a new database.
	* @param options The options parameters.
	*/
	async beginCreateAndWait(resourceGroupName, serverName, databaseName, parameters, options) {
		return (await this.beginCreate(resourceGroupName, serverName, databaseName, parameters, options)).pollUntilDone();
	}
	/**
	* Deletes an existing database.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param databaseName Name of the database (case-sensitive). Exact database names can be retrieved by
	*                     getting the list of all existing databases in a server.
	* @param options The options parameters.
	*/
	async beginDelete(resourceGroupName, serverName, databaseName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				databaseName,
				options
			},
			spec: deleteOperationSpec$4
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Deletes an existing database.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param databaseName Name of the database (case-sensitive). Exact database names can be retrieved by
	*                     getting the list of all existing databases in a server.
	* @param options The options parameters.
	*/
	async beginDeleteAndWait(resourceGroupName, serverName, databaseName, options) {
		return (await this.beginDelete(resourceGroupName, serverName, databaseName, options)).pollUntilDone();
	}
	/**
	* Gets information about an existing database.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param databaseName Name of the database (case-sensitive). Exact database names can be retrieved by
	*                     getting the list of all existing databases in a server.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, databaseName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			databaseName,
			options
		}, getOperationSpec$9);
	}
	/**
	* Lists all databases in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$7);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$6);
	}
};
const serializer$14 = createSerializer(mappers_exports, false);
const createOperationSpec$2 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/databases/{databaseName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: Database },
		201: { bodyMapper: Database },
		202: { bodyMapper: Database },
		204: { bodyMapper: Database },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters3,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		databaseName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$14
};
const deleteOperationSpec$4 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/databases/{databaseName}",
	httpMethod: "DELETE",
	responses: {
		200: { headersMapper: DatabasesDeleteHeaders },
		201: { headersMapper: DatabasesDeleteHeaders },
		202: { headersMapper: DatabasesDeleteHeaders },
		204: { headersMapper: DatabasesDeleteHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		databaseName
	],
	headerParameters: [accept],
	serializer: serializer$14
};
const getOperationSpec$9 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/databases/{databaseName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: Database },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		databaseName
	],
	headerParameters: [accept],
	serializer: serializer$14
};
const listByServerOperationSpec$7 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/databases",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: DatabaseList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$14
};
const listByServerNextOperationSpec$6 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: DatabaseList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$14
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/firewallRules.js
/** Class containing FirewallRules operations. */
var FirewallRulesImpl = class {
	client;
	/**
	* Initialize a new instance of the class FirewallRules class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists information about all firewall rules in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Creates a new firewall rule or updates an existing firewall rule.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param firewallRuleName Name of the firewall rule.
	* @param parameters Parameters required for creating or updating a firewall rule.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdate(resourceGroupName, serverName, firewallRuleName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				firewallRuleName,
				parameters,
				options
			},
			spec: createOrUpdateOperationSpec$1
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Creates a new firewall rule or updates an existing firewall rule.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param firewallRuleName Name of the firewall rule.
	* @param parameters Parameters required for creating or updating a firewall rule.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdateAndWait(resourceGroupName, serverName, firewallRuleName, parameters, options) {
		return (await this.beginCreateOrUpdate(resourceGroupName, serverName, firewallRuleName, parameters, options)).pollUntilDone();
	}
	/**
	* Deletes an existing firewall rule.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param firewallRuleName Name of the firewall rule.
	* @param options The options parameters.
	*/
	async beginDelete(resourceGroupName, serverName, firewallRuleName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				firewallRuleName,
				options
			},
			spec: deleteOperationSpec$3
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Deletes an existing firewall rule.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param firewallRuleName Name of the firewall rule.
	* @param options The options parameters.
	*/
	async beginDeleteAndWait(resourceGroupName, serverName, firewallRuleName, options) {
		return (await this.beginDelete(resourceGroupName, serverName, firewallRuleName, options)).pollUntilDone();
	}
	/**
	* Gets information about a firewall rule in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param firewallRuleName Name of the firewall rule.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, firewallRuleName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			firewallRuleName,
			options
		}, getOperationSpec$8);
	}
	/**
	* Lists information about all firewall rules in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$6);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$5);
	}
};
const serializer$13 = createSerializer(mappers_exports, false);
const createOrUpdateOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/firewallRules/{firewallRuleName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: FirewallRule },
		201: { bodyMapper: FirewallRule },
		202: { bodyMapper: FirewallRule },
		204: { bodyMapper: FirewallRule },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters4,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		firewallRuleName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$13
};
const deleteOperationSpec$3 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/firewallRules/{firewallRuleName}",
	httpMethod: "DELETE",
	responses: {
		200: { headersMapper: FirewallRulesDeleteHeaders },
		201: { headersMapper: FirewallRulesDeleteHeaders },
		202: { headersMapper: FirewallRulesDeleteHeaders },
		204: { headersMapper: FirewallRulesDeleteHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		firewallRuleName
	],
	headerParameters: [accept],
	serializer: serializer$13
};
const getOperationSpec$8 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/firewallRules/{firewallRuleName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: FirewallRule },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		firewallRuleName
	],
	headerParameters: [accept],
	serializer: serializer$13
};
const listByServerOperationSpec$6 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/firewallRules",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: FirewallRuleList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$13
};
const listByServerNextOperationSpec$5 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: FirewallRuleList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$13
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/backupsLongTermRetention.js
/** Class containing BackupsLongTermRetention operations. */
var BackupsLongTermRetentionImpl = class {
	client;
	/**
	* Initialize a new instance of the class BackupsLongTermRetention class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists the results of the long term retention backup operations for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Performs all checks required for a long term retention backup operation to succeed.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Request body for operation
	* @param options The options parameters.
	*/
	checkPrerequisites(resourceGroupName, serverName, parameters, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			parameters,
			options
		}, checkPrerequisitesOperationSpec);
	}
	/**
	* Initiates a long term retention backup.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Request body for operation
	* @param options The options parameters.
	*/
	async beginStart(resourceGroupName, serverName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				parameters,
				options
			},
			spec: startOperationSpec$1
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Initiates a long term retention backup.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Request body for operation
	* @param options The options parameters.
	*/
	async beginStartAndWait(resourceGroupName, serverName, parameters, options) {
		return (await this.beginStart(resourceGroupName, serverName, parameters, options)).pollUntilDone();
	}
	/**
	* Gets the results of a long retention backup operation for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param backupName The name of the backup.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, backupName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			backupName,
			options
		}, getOperationSpec$7);
	}
	/**
	* Lists the results of the long term retention backup operations for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$5);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$4);
	}
};
const serializer$12 = createSerializer(mappers_exports, false);
const checkPrerequisitesOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/ltrPreBackup",
	httpMethod: "POST",
	responses: {
		200: {
			bodyMapper: LtrPreBackupResponse,
			headersMapper: BackupsLongTermRetentionCheckPrerequisitesHeaders
		},
		default: {
			bodyMapper: ErrorResponse,
			headersMapper: BackupsLongTermRetentionCheckPrerequisitesExceptionHeaders
		}
	},
	requestBody: parameters5,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$12
};
const startOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/startLtrBackup",
	httpMethod: "POST",
	responses: {
		200: {
			bodyMapper: BackupsLongTermRetentionResponse,
			headersMapper: BackupsLongTermRetentionStartHeaders
		},
		201: {
			bodyMapper: BackupsLongTermRetentionResponse,
			headersMapper: BackupsLongTermRetentionStartHeaders
		},
		202: {
			bodyMapper: BackupsLongTermRetentionResponse,
			headersMapper: BackupsLongTermRetentionStartHeaders
		},
		204: {
			bodyMapper: BackupsLongTermRetentionResponse,
			headersMapper: BackupsLongTermRetentionStartHeaders
		},
		default: {
			bodyMapper: ErrorResponse,
			headersMapper: BackupsLongTermRetentionStartExceptionHeaders
		}
	},
	requestBody: parameters6,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$12
};
const getOperationSpec$7 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/ltrBackupOperations/{backupName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: BackupsLongTermRetentionOperation },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		backupName1
	],
	headerParameters: [accept],
	serializer: serializer$12
};
const listByServerOperationSpec$5 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/ltrBackupOperations",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: LtrServerBackupOperationList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$12
};
const listByServerNextOperationSpec$4 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: LtrServerBackupOperationList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$12
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/migrations.js
/** Class containing Migrations operations. */
var MigrationsImpl = class {
	client;
	/**
	* Initialize a new instance of the class Migrations class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all migrations of a target flexible server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByTargetServer(resourceGroupName, serverName, options) {
		const iter = this.listByTargetServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByTargetServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByTargetServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByTargetServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByTargetServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByTargetServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByTargetServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Creates a new migration.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param migrationName Name of migration.
	* @param parameters Parameters required for creating a migration.
	* @param options The options parameters.
	*/
	create(resourceGroupName, serverName, migrationName, parameters, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			migrationName,
			parameters,
			options
		}, createOperationSpec$1);
	}
	/**
	* Gets information about a migration.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param migrationName Name of migration.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, migrationName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			migrationName,
			options
		}, getOperationSpec$6);
	}
	/**
	* Updates an existing migration. The request body can contain one to many of the mutable properties
	* present in the migration definition. Certain property updates initiate migration state transitions.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param migrationName Name of migration.
	* @param parameters Parameters required to update an existing migration.
	* @param options The options parameters.
	*/
	update(resourceGroupName, serverName, migrationName, parameters, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			migrationName,
			parameters,
			options
		}, updateOperationSpec$3);
	}
	/**
	* Cancels an active migration.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param migrationName Name of migration.
	* @param options The options parameters.
	*/
	cancel(resourceGroupName, serverName, migrationName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			migrationName,
			options
		}, cancelOperationSpec);
	}
	/**
	* Lists all migrations of a target flexible server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByTargetServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByTargetServerOperationSpec);
	}
	/**
	* Checks if a proposed migration name is valid and available.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Parameters required to check if a migration name is valid and available.
	* @param options The options parameters.
	*/
	checkNameAvailability(resourceGroupName, serverName, parameters, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			parameters,
			options
		}, checkNameAvailabilityOperationSpec);
	}
	/**
	* ListByTargetServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByTargetServer method.
	* @param options The options parameters.
	*/
	_listByTargetServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByTargetServerNextOperationSpec);
	}
};
const serializer$11 = createSerializer(mappers_exports, false);
const createOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/migrations/{migrationName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: Migration },
		201: { bodyMapper: Migration },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters7,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		migrationName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$11
};
const getOperationSpec$6 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/migrations/{migrationName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: Migration },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		migrationName
	],
	headerParameters: [accept],
	serializer: serializer$11
};
const updateOperationSpec$3 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/migrations/{migrationName}",
	httpMethod: "PATCH",
	responses: {
		200: { bodyMapper: Migration },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters8,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		migrationName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$11
};
const cancelOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/migrations/{migrationName}",
	httpMethod: "DELETE",
	responses: {
		200: { bodyMapper: Migration },
		204: {},
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		migrationName
	],
	headerParameters: [accept],
	serializer: serializer$11
};
const listByTargetServerOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/migrations",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: MigrationList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion, migrationListFilter],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$11
};
const checkNameAvailabilityOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/checkMigrationNameAvailability",
	httpMethod: "POST",
	responses: {
		200: { bodyMapper: MigrationNameAvailability },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters9,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$11
};
const listByTargetServerNextOperationSpec = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: MigrationList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$11
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/nameAvailability.js
/** Class containing NameAvailability operations. */
var NameAvailabilityImpl = class {
	client;
	/**
	* Initialize a new instance of the class NameAvailability class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Checks the validity and availability of the given name, to assign it to a new server or to use it as
	* the base name of a new pair of virtual endpoints.
	* @param parameters Parameters required to check if a given name is valid and available to assign it
	*                   to a new server or to use it as the base name of a new pair of virtual endpoints.
	* @param options The options parameters.
	*/
	checkGlobally(parameters, options) {
		return this.client.sendOperationRequest({
			parameters,
			options
		}, checkGloballyOperationSpec);
	}
	/**
	* Check the availability of name for resource
	* @param locationName The name of the location.
	* @param parameters Parameters required to check if a given name is valid and available to assign it
	*                   to a new server or to use it as the base name of a new pair of virtual endpoints.
	* @param options The options parameters.
	*/
	checkWithLocation(locationName, parameters, options) {
		return this.client.sendOperationRequest({
			locationName,
			parameters,
			options
		}, checkWithLocationOperationSpec);
	}
};
const serializer$10 = createSerializer(mappers_exports, false);
const checkGloballyOperationSpec = {
	path: "/subscriptions/{subscriptionId}/providers/Microsoft.DBforPostgreSQL/checkNameAvailability",
	httpMethod: "POST",
	responses: {
		200: { bodyMapper: NameAvailabilityModel },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters10,
	queryParameters: [apiVersion],
	urlParameters: [$host, subscriptionId],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$10
};
const checkWithLocationOperationSpec = {
	path: "/subscriptions/{subscriptionId}/providers/Microsoft.DBforPostgreSQL/locations/{locationName}/checkNameAvailability",
	httpMethod: "POST",
	responses: {
		200: { bodyMapper: NameAvailabilityModel },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters10,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		locationName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$10
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/operations.js
/** Class containing Operations operations. */
var OperationsImpl = class {
	client;
	/**
	* Initialize a new instance of the class Operations class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all available REST API operations.
	* @param options The options parameters.
	*/
	list(options) {
		const iter = this.listPagingAll(options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listPagingPage(options, settings);
			}
		};
	}
	async *listPagingPage(options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._list(options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listNext(continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listPagingAll(options) {
		for await (const page of this.listPagingPage(options)) yield* page;
	}
	/**
	* Lists all available REST API operations.
	* @param options The options parameters.
	*/
	_list(options) {
		return this.client.sendOperationRequest({ options }, listOperationSpec$2);
	}
	/**
	* ListNext
	* @param nextLink The nextLink from the previous successful call to the List method.
	* @param options The options parameters.
	*/
	_listNext(nextLink, options) {
		return this.client.sendOperationRequest({
			nextLink,
			options
		}, listNextOperationSpec$1);
	}
};
const serializer$9 = createSerializer(mappers_exports, false);
const listOperationSpec$2 = {
	path: "/providers/Microsoft.DBforPostgreSQL/operations",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: OperationList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [$host],
	headerParameters: [accept],
	serializer: serializer$9
};
const listNextOperationSpec$1 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: OperationList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [$host, nextLink],
	headerParameters: [accept],
	serializer: serializer$9
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/privateDnsZoneSuffix.js
/** Class containing PrivateDnsZoneSuffix operations. */
var PrivateDnsZoneSuffixImpl = class {
	client;
	/**
	* Initialize a new instance of the class PrivateDnsZoneSuffix class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Gets the private DNS zone suffix.
	* @param options The options parameters.
	*/
	get(options) {
		return this.client.sendOperationRequest({ options }, getOperationSpec$5);
	}
};
const serializer$8 = createSerializer(mappers_exports, false);
const getOperationSpec$5 = {
	path: "/providers/Microsoft.DBforPostgreSQL/getPrivateDnsZoneSuffix",
	httpMethod: "POST",
	responses: {
		200: { bodyMapper: { type: { name: "String" } } },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [$host],
	headerParameters: [accept],
	serializer: serializer$8
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/privateEndpointConnections.js
/** Class containing PrivateEndpointConnections operations. */
var PrivateEndpointConnectionsImpl = class {
	client;
	/**
	* Initialize a new instance of the class PrivateEndpointConnections class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all private endpoint connections on a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Gets a private endpoint connection.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param privateEndpointConnectionName The name of the private endpoint connection.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, privateEndpointConnectionName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			privateEndpointConnectionName,
			options
		}, getOperationSpec$4);
	}
	/**
	* Approves or rejects a private endpoint connection.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param privateEndpointConnectionName The name of the private endpoint connection.
	* @param parameters Parameters required to update a private endpoint connection.
	* @param options The options parameters.
	*/
	async beginUpdate(resourceGroupName, serverName, privateEndpointConnectionName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				privateEndpointConnectionName,
				parameters,
				options
			},
			spec: updateOperationSpec$2
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Approves or rejects a private endpoint connection.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param privateEndpointConnectionName The name of the private endpoint connection.
	* @param parameters Parameters required to update a private endpoint connection.
	* @param options The options parameters.
	*/
	async beginUpdateAndWait(resourceGroupName, serverName, privateEndpointConnectionName, parameters, options) {
		return (await this.beginUpdate(resourceGroupName, serverName, privateEndpointConnectionName, parameters, options)).pollUntilDone();
	}
	/**
	* Deletes a private endpoint connection.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param privateEndpointConnectionName The name of the private endpoint connection.
	* @param options The options parameters.
	*/
	async beginDelete(resourceGroupName, serverName, privateEndpointConnectionName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				privateEndpointConnectionName,
				options
			},
			spec: deleteOperationSpec$2
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Deletes a private endpoint connection.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param privateEndpointConnectionName The name of the private endpoint connection.
	* @param options The options parameters.
	*/
	async beginDeleteAndWait(resourceGroupName, serverName, privateEndpointConnectionName, options) {
		return (await this.beginDelete(resourceGroupName, serverName, privateEndpointConnectionName, options)).pollUntilDone();
	}
	/**
	* Lists all private endpoint connections on a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$4);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$3);
	}
};
const serializer$7 = createSerializer(mappers_exports, false);
const getOperationSpec$4 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/privateEndpointConnections/{privateEndpointConnectionName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: PrivateEndpointConnection },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		privateEndpointConnectionName
	],
	headerParameters: [accept],
	serializer: serializer$7
};
const updateOperationSpec$2 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/privateEndpointConnections/{privateEndpointConnectionName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: PrivateEndpointConnection },
		201: { bodyMapper: PrivateEndpointConnection },
		202: { bodyMapper: PrivateEndpointConnection },
		204: { bodyMapper: PrivateEndpointConnection },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters11,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		privateEndpointConnectionName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$7
};
const deleteOperationSpec$2 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/privateEndpointConnections/{privateEndpointConnectionName}",
	httpMethod: "DELETE",
	responses: {
		200: { headersMapper: PrivateEndpointConnectionsDeleteHeaders },
		201: { headersMapper: PrivateEndpointConnectionsDeleteHeaders },
		202: { headersMapper: PrivateEndpointConnectionsDeleteHeaders },
		204: { headersMapper: PrivateEndpointConnectionsDeleteHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		privateEndpointConnectionName
	],
	headerParameters: [accept],
	serializer: serializer$7
};
const listByServerOperationSpec$4 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/privateEndpointConnections",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: PrivateEndpointConnectionList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$7
};
const listByServerNextOperationSpec$3 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: PrivateEndpointConnectionList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$7
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/privateLinkResources.js
/** Class containing PrivateLinkResources operations. */
var PrivateLinkResourcesImpl = class {
	client;
	/**
	* Initialize a new instance of the class PrivateLinkResources class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Gets the private link resources for PostgreSQL server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Gets the private link resources for PostgreSQL server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$3);
	}
	/**
	* Gets a private link resource for PostgreSQL server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param groupName The name of the private link resource.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, groupName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			groupName,
			options
		}, getOperationSpec$3);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$2);
	}
};
const serializer$6 = createSerializer(mappers_exports, false);
const listByServerOperationSpec$3 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/privateLinkResources",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: PrivateLinkResourceList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$6
};
const getOperationSpec$3 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/privateLinkResources/{groupName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: PrivateLinkResource },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		groupName
	],
	headerParameters: [accept],
	serializer: serializer$6
};
const listByServerNextOperationSpec$2 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: PrivateLinkResourceList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$6
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/quotaUsages.js
/** Class containing QuotaUsages operations. */
var QuotaUsagesImpl = class {
	client;
	/**
	* Initialize a new instance of the class QuotaUsages class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Get quota usages at specified location in a given subscription.
	* @param locationName The name of the location.
	* @param options The options parameters.
	*/
	list(locationName, options) {
		const iter = this.listPagingAll(locationName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listPagingPage(locationName, options, settings);
			}
		};
	}
	async *listPagingPage(locationName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._list(locationName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listNext(locationName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listPagingAll(locationName, options) {
		for await (const page of this.listPagingPage(locationName, options)) yield* page;
	}
	/**
	* Get quota usages at specified location in a given subscription.
	* @param locationName The name of the location.
	* @param options The options parameters.
	*/
	_list(locationName, options) {
		return this.client.sendOperationRequest({
			locationName,
			options
		}, listOperationSpec$1);
	}
	/**
	* ListNext
	* @param locationName The name of the location.
	* @param nextLink The nextLink from the previous successful call to the List method.
	* @param options The options parameters.
	*/
	_listNext(locationName, nextLink, options) {
		return this.client.sendOperationRequest({
			locationName,
			nextLink,
			options
		}, listNextOperationSpec);
	}
};
const serializer$5 = createSerializer(mappers_exports, false);
const listOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/providers/Microsoft.DBforPostgreSQL/locations/{locationName}/resourceType/flexibleServers/usages",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: QuotaUsageList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		locationName
	],
	headerParameters: [accept],
	serializer: serializer$5
};
const listNextOperationSpec = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: QuotaUsageList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		nextLink,
		locationName
	],
	headerParameters: [accept],
	serializer: serializer$5
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/replicas.js
/** Class containing Replicas operations. */
var ReplicasImpl = class {
	client;
	/**
	* Initialize a new instance of the class Replicas class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all read replicas of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, _settings) {
		let result;
		result = await this._listByServer(resourceGroupName, serverName, options);
		yield result.value || [];
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Lists all read replicas of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$2);
	}
};
const serializer$4 = createSerializer(mappers_exports, false);
const listByServerOperationSpec$2 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/replicas",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ServerList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$4
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/servers.js
/** Class containing Servers operations. */
var ServersImpl = class {
	client;
	/**
	* Initialize a new instance of the class Servers class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists all servers in a resource group.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param options The options parameters.
	*/
	listByResourceGroup(resourceGroupName, options) {
		const iter = this.listByResourceGroupPagingAll(resourceGroupName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByResourceGroupPagingPage(resourceGroupName, options, settings);
			}
		};
	}
	async *listByResourceGroupPagingPage(resourceGroupName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByResourceGroup(resourceGroupName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByResourceGroupNext(resourceGroupName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByResourceGroupPagingAll(resourceGroupName, options) {
		for await (const page of this.listByResourceGroupPagingPage(resourceGroupName, options)) yield* page;
	}
	/**
	* Lists all servers in a subscription.
	* @param options The options parameters.
	*/
	listBySubscription(options) {
		const iter = this.listBySubscriptionPagingAll(options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listBySubscriptionPagingPage(options, settings);
			}
		};
	}
	async *listBySubscriptionPagingPage(options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listBySubscription(options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listBySubscriptionNext(continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listBySubscriptionPagingAll(options) {
		for await (const page of this.listBySubscriptionPagingPage(options)) yield* page;
	}
	/**
	* Creates a new server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Parameters required to create a new server or to update an existing server.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdate(resourceGroupName, serverName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				parameters,
				options
			},
			spec: createOrUpdateOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Creates a new server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Parameters required to create a new server or to update an existing server.
	* @param options The options parameters.
	*/
	async beginCreateOrUpdateAndWait(resourceGroupName, serverName, parameters, options) {
		return (await this.beginCreateOrUpdate(resourceGroupName, serverName, parameters, options)).pollUntilDone();
	}
	/**
	* Updates an existing server. The request body can contain one or multiple of the properties present
	* in the normal server definition.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Parameters required to update a server.
	* @param options The options parameters.
	*/
	async beginUpdate(resourceGroupName, serverName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				parameters,
				options
			},
			spec: updateOperationSpec$1
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Updates an existing server. The request body can contain one or multiple of the properties present
	* in the normal server definition.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param parameters Parameters required to update a server.
	* @param options The options parameters.
	*/
	async beginUpdateAndWait(resourceGroupName, serverName, parameters, options) {
		return (await this.beginUpdate(resourceGroupName, serverName, parameters, options)).pollUntilDone();
	}
	/**
	* Deletes or drops an existing server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginDelete(resourceGroupName, serverName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				options
			},
			spec: deleteOperationSpec$1
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Deletes or drops an existing server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginDeleteAndWait(resourceGroupName, serverName, options) {
		return (await this.beginDelete(resourceGroupName, serverName, options)).pollUntilDone();
	}
	/**
	* Gets information about an existing server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, getOperationSpec$2);
	}
	/**
	* Lists all servers in a resource group.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param options The options parameters.
	*/
	_listByResourceGroup(resourceGroupName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			options
		}, listByResourceGroupOperationSpec);
	}
	/**
	* Lists all servers in a subscription.
	* @param options The options parameters.
	*/
	_listBySubscription(options) {
		return this.client.sendOperationRequest({ options }, listBySubscriptionOperationSpec);
	}
	/**
	* Restarts PostgreSQL database engine in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginRestart(resourceGroupName, serverName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				options
			},
			spec: restartOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Restarts PostgreSQL database engine in a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginRestartAndWait(resourceGroupName, serverName, options) {
		return (await this.beginRestart(resourceGroupName, serverName, options)).pollUntilDone();
	}
	/**
	* Starts a stopped server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginStart(resourceGroupName, serverName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				options
			},
			spec: startOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Starts a stopped server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginStartAndWait(resourceGroupName, serverName, options) {
		return (await this.beginStart(resourceGroupName, serverName, options)).pollUntilDone();
	}
	/**
	* Stops a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginStop(resourceGroupName, serverName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				options
			},
			spec: stopOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Stops a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	async beginStopAndWait(resourceGroupName, serverName, options) {
		return (await this.beginStop(resourceGroupName, serverName, options)).pollUntilDone();
	}
	/**
	* ListByResourceGroupNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
	* @param options The options parameters.
	*/
	_listByResourceGroupNext(resourceGroupName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			nextLink,
			options
		}, listByResourceGroupNextOperationSpec);
	}
	/**
	* ListBySubscriptionNext
	* @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
	* @param options The options parameters.
	*/
	_listBySubscriptionNext(nextLink, options) {
		return this.client.sendOperationRequest({
			nextLink,
			options
		}, listBySubscriptionNextOperationSpec);
	}
};
const serializer$3 = createSerializer(mappers_exports, false);
const createOrUpdateOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: Server },
		201: { bodyMapper: Server },
		202: { bodyMapper: Server },
		204: { bodyMapper: Server },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters12,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$3
};
const updateOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}",
	httpMethod: "PATCH",
	responses: {
		200: { bodyMapper: Server },
		201: { bodyMapper: Server },
		202: { bodyMapper: Server },
		204: { bodyMapper: Server },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters13,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$3
};
const deleteOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}",
	httpMethod: "DELETE",
	responses: {
		200: { headersMapper: ServersDeleteHeaders },
		201: { headersMapper: ServersDeleteHeaders },
		202: { headersMapper: ServersDeleteHeaders },
		204: { headersMapper: ServersDeleteHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$3
};
const getOperationSpec$2 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: Server },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$3
};
const listByResourceGroupOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ServerList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName
	],
	headerParameters: [accept],
	serializer: serializer$3
};
const listBySubscriptionOperationSpec = {
	path: "/subscriptions/{subscriptionId}/providers/Microsoft.DBforPostgreSQL/flexibleServers",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ServerList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [$host, subscriptionId],
	headerParameters: [accept],
	serializer: serializer$3
};
const restartOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/restart",
	httpMethod: "POST",
	responses: {
		200: { headersMapper: ServersRestartHeaders },
		201: { headersMapper: ServersRestartHeaders },
		202: { headersMapper: ServersRestartHeaders },
		204: { headersMapper: ServersRestartHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters14,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$3
};
const startOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/start",
	httpMethod: "POST",
	responses: {
		200: { headersMapper: ServersStartHeaders },
		201: { headersMapper: ServersStartHeaders },
		202: { headersMapper: ServersStartHeaders },
		204: { headersMapper: ServersStartHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$3
};
const stopOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/stop",
	httpMethod: "POST",
	responses: {
		200: { headersMapper: ServersStopHeaders },
		201: { headersMapper: ServersStopHeaders },
		202: { headersMapper: ServersStopHeaders },
		204: { headersMapper: ServersStopHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$3
};
const listByResourceGroupNextOperationSpec = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ServerList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$3
};
const listBySubscriptionNextOperationSpec = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ServerList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$3
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/tuningOptionsOperations.js
/** Class containing TuningOptionsOperations operations. */
var TuningOptionsOperationsImpl = class {
	client;
	/**
	* Initialize a new instance of the class TuningOptionsOperations class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists available object recommendations.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param tuningOption The name of the tuning option.
	* @param options The options parameters.
	*/
	listRecommendations(resourceGroupName, serverName, tuningOption, options) {
		const iter = this.listRecommendationsPagingAll(resourceGroupName, serverName, tuningOption, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listRecommendationsPagingPage(resourceGroupName, serverName, tuningOption, options, settings);
			}
		};
	}
	async *listRecommendationsPagingPage(resourceGroupName, serverName, tuningOption, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listRecommendations(resourceGroupName, serverName, tuningOption, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listRecommendationsNext(resourceGroupName, serverName, tuningOption, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listRecommendationsPagingAll(resourceGroupName, serverName, tuningOption, options) {
		for await (const page of this.listRecommendationsPagingPage(resourceGroupName, serverName, tuningOption, options)) yield* page;
	}
	/**
	* Lists the tuning options of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Gets the tuning options of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param tuningOption The name of the tuning option.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, tuningOption, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			tuningOption,
			options
		}, getOperationSpec$1);
	}
	/**
	* Lists available object recommendations.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param tuningOption The name of the tuning option.
	* @param options The options parameters.
	*/
	_listRecommendations(resourceGroupName, serverName, tuningOption, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			tuningOption,
			options
		}, listRecommendationsOperationSpec);
	}
	/**
	* Lists the tuning options of a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec$1);
	}
	/**
	* ListRecommendationsNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param tuningOption The name of the tuning option.
	* @param nextLink The nextLink from the previous successful call to the ListRecommendations method.
	* @param options The options parameters.
	*/
	_listRecommendationsNext(resourceGroupName, serverName, tuningOption, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			tuningOption,
			nextLink,
			options
		}, listRecommendationsNextOperationSpec);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec$1);
	}
};
const serializer$2 = createSerializer(mappers_exports, false);
const getOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/tuningOptions/{tuningOption}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: TuningOptions },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		tuningOption
	],
	headerParameters: [accept],
	serializer: serializer$2
};
const listRecommendationsOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/tuningOptions/{tuningOption}/recommendations",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ObjectRecommendationList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion, recommendationType],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		tuningOption
	],
	headerParameters: [accept],
	serializer: serializer$2
};
const listByServerOperationSpec$1 = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/tuningOptions",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: TuningOptionsList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$2
};
const listRecommendationsNextOperationSpec = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: ObjectRecommendationList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink,
		tuningOption
	],
	headerParameters: [accept],
	serializer: serializer$2
};
const listByServerNextOperationSpec$1 = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: TuningOptionsList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$2
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/virtualEndpoints.js
/** Class containing VirtualEndpoints operations. */
var VirtualEndpointsImpl = class {
	client;
	/**
	* Initialize a new instance of the class VirtualEndpoints class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists pair of virtual endpoints associated to a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	listByServer(resourceGroupName, serverName, options) {
		const iter = this.listByServerPagingAll(resourceGroupName, serverName, options);
		return {
			next() {
				return iter.next();
			},
			[Symbol.asyncIterator]() {
				return this;
			},
			byPage: (settings) => {
				if (settings?.maxPageSize) throw new Error("maxPageSize is not supported by this operation.");
				return this.listByServerPagingPage(resourceGroupName, serverName, options, settings);
			}
		};
	}
	async *listByServerPagingPage(resourceGroupName, serverName, options, settings) {
		let result;
		let continuationToken = settings?.continuationToken;
		if (!continuationToken) {
			result = await this._listByServer(resourceGroupName, serverName, options);
			const page = result.value || [];
			continuationToken = result.nextLink;
			setContinuationToken(page, continuationToken);
			yield page;
		}
		while (continuationToken) {
			result = await this._listByServerNext(resourceGroupName, serverName, continuationToken, options);
			continuationToken = result.nextLink;
			const page = result.value || [];
			setContinuationToken(page, continuationToken);
			yield page;
		}
	}
	async *listByServerPagingAll(resourceGroupName, serverName, options) {
		for await (const page of this.listByServerPagingPage(resourceGroupName, serverName, options)) yield* page;
	}
	/**
	* Creates a pair of virtual endpoints for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param virtualEndpointName Base name of the virtual endpoints.
	* @param parameters Parameters required to create or update a pair of virtual endpoints.
	* @param options The options parameters.
	*/
	async beginCreate(resourceGroupName, serverName, virtualEndpointName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				virtualEndpointName,
				parameters,
				options
			},
			spec: createOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Creates a pair of virtual endpoints for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param virtualEndpointName Base name of the virtual endpoints.
	* @param parameters Parameters required to create or update a pair of virtual endpoints.
	* @param options The options parameters.
	*/
	async beginCreateAndWait(resourceGroupName, serverName, virtualEndpointName, parameters, options) {
		return (await this.beginCreate(resourceGroupName, serverName, virtualEndpointName, parameters, options)).pollUntilDone();
	}
	/**
	* Updates a pair of virtual endpoints for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param virtualEndpointName Base name of the virtual endpoints.
	* @param parameters Parameters required to update a pair of virtual endpoints.
	* @param options The options parameters.
	*/
	async beginUpdate(resourceGroupName, serverName, virtualEndpointName, parameters, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				virtualEndpointName,
				parameters,
				options
			},
			spec: updateOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "azure-async-operation"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Updates a pair of virtual endpoints for a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param virtualEndpointName Base name of the virtual endpoints.
	* @param parameters Parameters required to update a pair of virtual endpoints.
	* @param options The options parameters.
	*/
	async beginUpdateAndWait(resourceGroupName, serverName, virtualEndpointName, parameters, options) {
		return (await this.beginUpdate(resourceGroupName, serverName, virtualEndpointName, parameters, options)).pollUntilDone();
	}
	/**
	* Deletes a pair of virtual endpoints.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param virtualEndpointName Base name of the virtual endpoints.
	* @param options The options parameters.
	*/
	async beginDelete(resourceGroupName, serverName, virtualEndpointName, options) {
		const directSendOperation = async (args, spec) => {
			return this.client.sendOperationRequest(args, spec);
		};
		const sendOperationFn = async (args, spec) => {
			let currentRawResponse = void 0;
			const providedCallback = args.options?.onResponse;
			const callback = (rawResponse, flatResponse) => {
				currentRawResponse = rawResponse;
				providedCallback?.(rawResponse, flatResponse);
			};
			const updatedArgs = {
				...args,
				options: {
					...args.options,
					onResponse: callback
				}
			};
			return {
				flatResponse: await directSendOperation(updatedArgs, spec),
				rawResponse: {
					statusCode: currentRawResponse.status,
					body: currentRawResponse.parsedBody,
					headers: currentRawResponse.headers.toJSON()
				}
			};
		};
		const poller = await createHttpPoller$1(createLroSpec({
			sendOperationFn,
			args: {
				resourceGroupName,
				serverName,
				virtualEndpointName,
				options
			},
			spec: deleteOperationSpec
		}), {
			restoreFrom: options?.resumeFrom,
			intervalInMs: options?.updateIntervalInMs,
			resourceLocationConfig: "location"
		});
		await poller.poll();
		return poller;
	}
	/**
	* Deletes a pair of virtual endpoints.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param virtualEndpointName Base name of the virtual endpoints.
	* @param options The options parameters.
	*/
	async beginDeleteAndWait(resourceGroupName, serverName, virtualEndpointName, options) {
		return (await this.beginDelete(resourceGroupName, serverName, virtualEndpointName, options)).pollUntilDone();
	}
	/**
	* Gets information about a pair of virtual endpoints.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param virtualEndpointName Base name of the virtual endpoints.
	* @param options The options parameters.
	*/
	get(resourceGroupName, serverName, virtualEndpointName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			virtualEndpointName,
			options
		}, getOperationSpec);
	}
	/**
	* Lists pair of virtual endpoints associated to a server.
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param options The options parameters.
	*/
	_listByServer(resourceGroupName, serverName, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			options
		}, listByServerOperationSpec);
	}
	/**
	* ListByServerNext
	* @param resourceGroupName The name of the resource group. The name is case insensitive.
	* @param serverName The name of the server.
	* @param nextLink The nextLink from the previous successful call to the ListByServer method.
	* @param options The options parameters.
	*/
	_listByServerNext(resourceGroupName, serverName, nextLink, options) {
		return this.client.sendOperationRequest({
			resourceGroupName,
			serverName,
			nextLink,
			options
		}, listByServerNextOperationSpec);
	}
};
const serializer$1 = createSerializer(mappers_exports, false);
const createOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/virtualendpoints/{virtualEndpointName}",
	httpMethod: "PUT",
	responses: {
		200: { bodyMapper: VirtualEndpoint },
		201: { bodyMapper: VirtualEndpoint },
		202: { bodyMapper: VirtualEndpoint },
		204: { bodyMapper: VirtualEndpoint },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters15,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		virtualEndpointName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$1
};
const updateOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/virtualendpoints/{virtualEndpointName}",
	httpMethod: "PATCH",
	responses: {
		200: { bodyMapper: VirtualEndpoint },
		201: { bodyMapper: VirtualEndpoint },
		202: { bodyMapper: VirtualEndpoint },
		204: { bodyMapper: VirtualEndpoint },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters16,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		virtualEndpointName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer: serializer$1
};
const deleteOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/virtualendpoints/{virtualEndpointName}",
	httpMethod: "DELETE",
	responses: {
		200: { headersMapper: VirtualEndpointsDeleteHeaders },
		201: { headersMapper: VirtualEndpointsDeleteHeaders },
		202: { headersMapper: VirtualEndpointsDeleteHeaders },
		204: { headersMapper: VirtualEndpointsDeleteHeaders },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		virtualEndpointName
	],
	headerParameters: [accept],
	serializer: serializer$1
};
const getOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/virtualendpoints/{virtualEndpointName}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: VirtualEndpoint },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		virtualEndpointName
	],
	headerParameters: [accept],
	serializer: serializer$1
};
const listByServerOperationSpec = {
	path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DBforPostgreSQL/flexibleServers/{serverName}/virtualendpoints",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: VirtualEndpointsList },
		default: { bodyMapper: ErrorResponse }
	},
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName
	],
	headerParameters: [accept],
	serializer: serializer$1
};
const listByServerNextOperationSpec = {
	path: "{nextLink}",
	httpMethod: "GET",
	responses: {
		200: { bodyMapper: VirtualEndpointsList },
		default: { bodyMapper: ErrorResponse }
	},
	urlParameters: [
		$host,
		subscriptionId,
		resourceGroupName,
		serverName,
		nextLink
	],
	headerParameters: [accept],
	serializer: serializer$1
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/operations/virtualNetworkSubnetUsage.js
/** Class containing VirtualNetworkSubnetUsage operations. */
var VirtualNetworkSubnetUsageImpl = class {
	client;
	/**
	* Initialize a new instance of the class VirtualNetworkSubnetUsage class.
	* @param client Reference to the service client
	*/
	constructor(client) {
		this.client = client;
	}
	/**
	* Lists the virtual network subnet usage for a given virtual network.
	* @param locationName The name of the location.
	* @param parameters The required parameters for creating or updating a server.
	* @param options The options parameters.
	*/
	list(locationName, parameters, options) {
		return this.client.sendOperationRequest({
			locationName,
			parameters,
			options
		}, listOperationSpec);
	}
};
const serializer = createSerializer(mappers_exports, false);
const listOperationSpec = {
	path: "/subscriptions/{subscriptionId}/providers/Microsoft.DBforPostgreSQL/locations/{locationName}/checkVirtualNetworkSubnetUsage",
	httpMethod: "POST",
	responses: {
		200: { bodyMapper: VirtualNetworkSubnetUsageModel },
		default: { bodyMapper: ErrorResponse }
	},
	requestBody: parameters17,
	queryParameters: [apiVersion],
	urlParameters: [
		$host,
		subscriptionId,
		locationName
	],
	headerParameters: [contentType, accept],
	mediaType: "json",
	serializer
};
// node_modules/@azure/arm-postgresql-flexible/dist/esm/postgreSQLManagementFlexibleServerClient.js
var PostgreSQLManagementFlexibleServerClient = class extends ServiceClient {
	$host;
	subscriptionId;
	apiVersion;
	constructor(credentials, subscriptionIdOrOptions, options) {
		if (credentials === void 0) throw new Error("'credentials' cannot be null");
		let subscriptionId;
		if (typeof subscriptionIdOrOptions === "string") subscriptionId = subscriptionIdOrOptions;
		else if (typeof subscriptionIdOrOptions === "object") options = subscriptionIdOrOptions;
		if (!options) options = {};
		const defaults = {
			requestContentType: "application/json; charset=utf-8",
			credential: credentials
		};
		const packageDetails = `azsdk-js-arm-postgresql-flexible/9.0.0`;
		const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
		const optionsWithDefaults = {
			...defaults,
			...options,
			userAgentOptions: { userAgentPrefix },
			endpoint: options.endpoint ?? options.baseUri ?? "https://management.azure.com"
		};
		super(optionsWithDefaults);
		let bearerTokenAuthenticationPolicyFound = false;
		if (options?.pipeline && options.pipeline.getOrderedPolicies().length > 0) bearerTokenAuthenticationPolicyFound = options.pipeline.getOrderedPolicies().some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicyName);
		if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
			this.pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
			this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({
				credential: credentials,
				scopes: optionsWithDefaults.credentialScopes ?? `${optionsWithDefaults.endpoint}/.default`,
				challengeCallbacks: { authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge }
			}));
		}
		this.subscriptionId = subscriptionId;
		this.$host = options.$host || "https://management.azure.com";
		this.apiVersion = options.apiVersion || "2025-08-01";
		this.administratorsMicrosoftEntra = new AdministratorsMicrosoftEntraImpl(this);
		this.advancedThreatProtectionSettings = new AdvancedThreatProtectionSettingsImpl(this);
		this.serverThreatProtectionSettings = new ServerThreatProtectionSettingsImpl(this);
		this.backupsAutomaticAndOnDemand = new BackupsAutomaticAndOnDemandImpl(this);
		this.capabilitiesByLocation = new CapabilitiesByLocationImpl(this);
		this.capabilitiesByServer = new CapabilitiesByServerImpl(this);
		this.capturedLogs = new CapturedLogsImpl(this);
		this.configurations = new ConfigurationsImpl(this);
		this.databases = new DatabasesImpl(this);
		this.firewallRules = new FirewallRulesImpl(this);
		this.backupsLongTermRetention = new BackupsLongTermRetentionImpl(this);
		this.migrations = new MigrationsImpl(this);
		this.nameAvailability = new NameAvailabilityImpl(this);
		this.operations = new OperationsImpl(this);
		this.privateDnsZoneSuffix = new PrivateDnsZoneSuffixImpl(this);
		this.privateEndpointConnections = new PrivateEndpointConnectionsImpl(this);
		this.privateLinkResources = new PrivateLinkResourcesImpl(this);
		this.quotaUsages = new QuotaUsagesImpl(this);
		this.replicas = new ReplicasImpl(this);
		this.servers = new ServersImpl(this);
		this.tuningOptionsOperations = new TuningOptionsOperationsImpl(this);
		this.virtualEndpoints = new VirtualEndpointsImpl(this);
		this.virtualNetworkSubnetUsage = new VirtualNetworkSubnetUsageImpl(this);
		this.addCustomApiVersionPolicy(options.apiVersion);
	}
	/** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
	addCustomApiVersionPolicy(apiVersion) {
		if (!apiVersion) return;
		this.pipeline.addPolicy({
			name: "CustomApiVersionPolicy",
			async sendRequest(request, next) {
				const param = request.url.split("?");
				if (param.length > 1) {
					const newParams = param[1].split("&").map((item) => {
						if (item.indexOf("api-version") > -1) return "api-version=" + apiVersion;
						else return item;
					});
					request.url = param[0] + "?" + newParams.join("&");
				}
				return next(request);
			}
		});
	}
	administratorsMicrosoftEntra;
	advancedThreatProtectionSettings;
	serverThreatProtectionSettings;
	backupsAutomaticAndOnDemand;
	capabilitiesByLocation;
	capabilitiesByServer;
	capturedLogs;
	configurations;
	databases;
	firewallRules;
	backupsLongTermRetention;
	migrations;
	nameAvailability;
	operations;
	privateDnsZoneSuffix;
	privateEndpointConnections;
	privateLinkResources;
	quotaUsages;
	replicas;
	servers;
	tuningOptionsOperations;
	virtualEndpoints;
	virtualNetworkSubnetUsage;
};
// node_modules/@azure-rest/core-client/dist/esm/restError.js
function createRestError(messageOrResponse, response) {
	if (typeof messageOrResponse === "string") return createRestError$1(messageOrResponse, response);
	else return createRestError$1(messageOrResponse);
}
// node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
/**
* Helper function to convert OperationOptions to RequestParameters
* @param options - the options that are used by Modular layer to send the request
* @returns the result of the conversion in RequestParameters of RLC layer
*/
function operationOptionsToRequestParameters(options) {
	const compatibilityOptions = options;
	const tspRequestParameters = operationOptionsToRequestParameters$1(options);
	return {
		...tspRequestParameters,
		headers: mergeHeaders(compatibilityOptions.requestOptions?.customHeaders, tspRequestParameters.headers),
		tracingOptions: options.tracingOptions
	};
}
function mergeHeaders(...headerSets) {
	const headers = /* @__PURE__ */ new Map();
	for (const headerSet of headerSets) for (const [name, value] of Object.entries(headerSet ?? {})) headers.set(name.toLowerCase(), value);
	return Object.fromEntries(headers);
}
// src/collectors/azure/enrich/wire-read.ts
/**
* Runs an SDK client call and keeps the bodies ARM sent (through the operation's `onResponse`),
* not the client's models: those flatten `properties` and drop what they do not know, while the
* ARM adapter reads the REST shape. Items are a list page's `value`, or the single body. An SDK
* pager follows `nextLink` without end: a link that repeats, or one past `maxPages`, stops it here.
*/
async function wireRead(path, call, maxPages) {
	const items = [];
	const chain = new PageChain(maxPages);
	try {
		await call((raw) => {
			const body = raw.bodyAsText ? JSON.parse(raw.bodyAsText) : void 0;
			const page = body;
			if (Array.isArray(page?.value)) items.push(...page.value);
			else if (body !== void 0) items.push(body);
			const stop = typeof page?.nextLink === "string" && page.nextLink ? chain.stop(page.nextLink) : void 0;
			if (stop) throw new ArmFailureError({
				code: stop.code,
				message: `${path}: ${stop.message}`
			});
		});
		return {
			path,
			items
		};
	} catch (error) {
		return {
			path,
			items: [],
			failure: armFailure(error)
		};
	}
}
/** Reads every page of an SDK pager (each page's body reaches `onResponse`). */
async function drain(pages) {
	for await (const _ of pages);
}
// src/collectors/azure/enrich/database-servers.ts
/** The server parameters the rules read: one GET each beats listing ~400 parameters (a 390 KB answer) per server. */
const POSTGRES_PARAMETERS = ["require_secure_transport", "ssl_min_protocol_version"];
const MYSQL_PARAMETERS = [
	"require_secure_transport",
	"tls_version",
	"aad_auth_only"
];
/** The api-version the MySQL adapter follows; `@azure/arm-mysql-flexible` (3.1.0) pins 2021-05-01, which has no administrators. */
const MYSQL_API_VERSION = "2023-12-30";
/**
* Server parameters, firewall rules and Entra administrators of PostgreSQL and MySQL flexible
* servers: children that Resource Graph does not hold. `complete` lists the servers whose three
* kinds of children were all read.
*/
async function readDatabaseServers(conn, servers) {
	const sources = new EnrichmentSources("database-server-children", "database server parameters, firewall rules and administrators");
	const complete = /* @__PURE__ */ new Set();
	const postgres = /* @__PURE__ */ new Map();
	await Promise.all(servers.map(async (server) => {
		let reads;
		if (server.type === "microsoft.dbforpostgresql/flexibleservers") {
			let client = postgres.get(server.subscriptionId);
			if (!client) postgres.set(server.subscriptionId, client = new PostgreSQLManagementFlexibleServerClient(conn.credential, server.subscriptionId, clientOptions(conn)));
			reads = postgresReads(client, server, conn.maxPages);
		} else if (server.type === "microsoft.dbformysql/flexibleservers") reads = mysqlReads(conn, server);
		else return;
		if ((await Promise.all(reads)).map((read) => sources.add(server.subscriptionId, read)).every(Boolean)) complete.add(idKey(server.id));
	}));
	return {
		...sources.result(),
		complete
	};
}
/**
* Through the PostgreSQL SDK client (its 2025-08-01 API is the adapter's), taking each answer's
* body as ARM sent it: the client's models flatten `properties`, which the ARM adapter reads.
* Its pager passes the options on to every page, so each page's body is seen.
*/
function postgresReads(client, server, maxPages) {
	const rg = server.resourceGroup ?? "";
	return [
		...POSTGRES_PARAMETERS.map((name) => wireRead(`${server.id}/configurations/${name}`, (onResponse) => client.configurations.get(rg, server.name, name, { onResponse }))),
		wireRead(`${server.id}/firewallRules`, (onResponse) => drain(client.firewallRules.listByServer(rg, server.name, { onResponse })), maxPages),
		wireRead(`${server.id}/administrators`, (onResponse) => drain(client.administratorsMicrosoftEntra.listByServer(rg, server.name, { onResponse })), maxPages)
	];
}
/** Raw REST reads at the adapter's api-version (see MYSQL_API_VERSION). */
function mysqlReads(conn, server) {
	const parameter = async (name) => {
		const path = `${server.id}/configurations/${name}`;
		const answer = await armRequest(conn, "GET", path, MYSQL_API_VERSION);
		return answer.ok ? {
			path,
			items: [answer.body]
		} : {
			path,
			items: [],
			failure: answer.failure
		};
	};
	const list = async (collection) => {
		const path = `${server.id}/${collection}`;
		const { items, failure } = await armList(conn, path, MYSQL_API_VERSION);
		return {
			path,
			items,
			...failure ? { failure } : {}
		};
	};
	return [
		...MYSQL_PARAMETERS.map(parameter),
		list("firewallRules"),
		list("administrators")
	];
}
// src/collectors/azure/enrich/defender.ts
/**
* Raw REST reads, not `@azure/arm-security`: its newest release (5.0.0) pins Pricings to
* 2022-03-01, which has no plan extensions, and security contacts to 2020-01-01-preview, and
* its models flatten `properties`. The ARM adapter reads every version's REST shape.
*/
const PRICINGS_API_VERSION = "2024-01-01";
/** The newest security contacts version in the specifications (there is no stable one). */
const SECURITY_CONTACTS_API_VERSION = "2023-12-01-preview";
/**
* Defender plans for the subscriptions Resource Graph returned no pricing for, and every
* subscription's security contacts (Resource Graph has none). A subscription whose contact list
* was read is marked as carrying its children, so an empty list reads as "no contact".
*/
async function readDefender(conn, subscriptions, inventory) {
	const priced = new Set(inventory.filter((r) => r.type === PRICING).map((r) => r.subscriptionId));
	const subscriptionResources = new Map(inventory.filter((r) => r.type === SUBSCRIPTION).map((r) => [r.subscriptionId, r]));
	const pricings = new EnrichmentSources("defender-pricings", "Defender plans (Microsoft.Security/pricings)");
	const contacts = new EnrichmentSources("security-contacts", "security contacts (Microsoft.Security/securityContacts)");
	await Promise.all(subscriptions.map(async (subscriptionId) => {
		const sub = subscriptionId.toLowerCase();
		const reads = [read(conn, contacts, sub, "securityContacts", SECURITY_CONTACTS_API_VERSION).then((ok) => ok && contactsKnown(sub, subscriptionResources.get(sub), contacts))];
		if (!priced.has(sub)) reads.push(read(conn, pricings, sub, "pricings", PRICINGS_API_VERSION));
		await Promise.all(reads);
	}));
	return [pricings.result(), contacts.result()];
}
async function read(conn, sources, sub, collection, apiVersion) {
	const path = `/subscriptions/${sub}/providers/Microsoft.Security/${collection}`;
	const { items, failure } = await armList(conn, path, apiVersion);
	return sources.add(sub, {
		path,
		items,
		...failure ? { failure } : {}
	}) !== null;
}
/**
* The subscription's resource from the inventory is marked as carrying its children; without one
* (its read failed), a bare subscription resource with an empty child list says the same.
*/
function contactsKnown(sub, subscription, contacts) {
	if (subscription) subscription.childrenIncluded = true;
	else contacts.add(sub, {
		path: `/subscriptions/${sub}`,
		items: [{
			id: `/subscriptions/${sub}`,
			subscriptionId: sub,
			resources: []
		}]
	});
}
// src/collectors/azure/enrich/diagnostic-settings.ts
/** Microsoft.Insights `DiagnosticSettings_List`: the newest version in the specifications (preview only). */
const DIAGNOSTIC_SETTINGS_API_VERSION = "2021-05-01-preview";
/**
* The diagnostic settings of each resource (Resource Graph has none). A raw REST read, not
* `@azure/arm-monitor`: its modular model flattens `properties` away and its pager fetches later
* pages without handing back their bodies, while the ARM adapter reads the REST shape.
* An empty list is an answer ("no settings"), which `complete` records; a failed read is not.
*/
async function readDiagnosticSettings(conn, parents) {
	const sources = new EnrichmentSources("diagnostic-settings", "diagnostic settings");
	const complete = /* @__PURE__ */ new Set();
	await Promise.all(parents.map(async (parent) => {
		const path = `${parent.id}/providers/Microsoft.Insights/diagnosticSettings`;
		const { items, failure } = await armList(conn, path, DIAGNOSTIC_SETTINGS_API_VERSION);
		if (sources.add(parent.subscriptionId, {
			path,
			items,
			...failure ? { failure } : {}
		})) complete.add(idKey(parent.id));
	}));
	return {
		...sources.result(),
		complete
	};
}
// src/collectors/azure/enrich/federated-credentials.ts
/** Microsoft.ManagedIdentity `FederatedIdentityCredentials_List`. */
const MANAGED_IDENTITY_API_VERSION = "2023-01-31";
/**
* The federated credentials of each user-assigned identity (Resource Graph has none): which
* cluster's workloads may sign in as it. An empty list is an answer ("none"), a failed read is not.
*/
async function readFederatedCredentials(conn, identities) {
	const sources = new EnrichmentSources("federated-credentials", "federated identity credentials");
	const complete = /* @__PURE__ */ new Set();
	await Promise.all(identities.map(async (identity) => {
		const path = `${identity.id}/federatedIdentityCredentials`;
		const { items, failure } = await armList(conn, path, MANAGED_IDENTITY_API_VERSION);
		if (sources.add(identity.subscriptionId, {
			path,
			items,
			...failure ? { failure } : {}
		})) complete.add(idKey(identity.id));
	}));
	return {
		...sources.result(),
		complete
	};
}
// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/cloudSettingHelpers.js
/**
* An enum to describe Azure Cloud environments.
* @enum {string}
*/
var AzureClouds;
(function(AzureClouds) {
	/** Azure public cloud, which is the default cloud for Azure SDKs. */
	AzureClouds["AZURE_PUBLIC_CLOUD"] = "AZURE_PUBLIC_CLOUD";
	/** Azure China cloud */
	AzureClouds["AZURE_CHINA_CLOUD"] = "AZURE_CHINA_CLOUD";
	/** Azure US government cloud */
	AzureClouds["AZURE_US_GOVERNMENT"] = "AZURE_US_GOVERNMENT";
})(AzureClouds || (AzureClouds = {}));
/**
* Gets the Azure Resource Manager endpoint URL for the specified cloud setting.
* @param cloudSetting - The Azure cloud environment setting. Use one of the AzureClouds enum values.
* @returns The ARM endpoint URL for the specified cloud, or undefined if cloudSetting is undefined.
* @throws {Error} Throws an error if an unknown cloud setting is provided.
*/
function getArmEndpoint(cloudSetting) {
	if (cloudSetting === void 0) return;
	const cloudEndpoints = {
		AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
		AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
		AZURE_PUBLIC_CLOUD: "https://management.azure.com/"
	};
	if (cloudSetting in cloudEndpoints) return cloudEndpoints[cloudSetting];
	else throw new Error(`Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`);
}
// node_modules/@azure/arm-containerservice/dist/esm/logger.js
const logger$1 = createClientLogger("arm-containerservice");
// node_modules/@azure/arm-containerservice/package.json
var version = "25.5.0";
// node_modules/@azure/arm-containerservice/dist/esm/api/containerServiceContext.js
/** The Container Service Client. */
function createContainerService(credential, subscriptionId, options = {}) {
	const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
	const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
	const userAgentInfo = `azsdk-js-arm-containerservice/${version}`;
	const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} ${userAgentInfo}` : `${userAgentInfo}`;
	const { apiVersion: _, ...updatedOptions } = {
		...options,
		userAgentOptions: { userAgentPrefix },
		loggingOptions: { logger: options.loggingOptions?.logger ?? logger$1.info },
		credentials: { scopes: options.credentials?.scopes ?? ["https://management.azure.com/.default"] }
	};
	const clientContext = getClient(endpointUrl, credential, updatedOptions);
	const apiVersion = options.apiVersion;
	return {
		...clientContext,
		apiVersion,
		subscriptionId
	};
}
// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/serialization/check-prop-undefined.js
/**
* Returns true if all specified properties of the item are undefined.
* @param item The object to check.
* @param properties The list of property names to check on the item.
* @returns True if all specified properties are undefined, otherwise false.
*/
function areAllPropsUndefined(item, properties) {
	for (const property of properties) if (item[property] !== void 0) return false;
	return true;
}
// node_modules/@azure/arm-containerservice/dist/esm/models/models.js
function agentPoolSerializer(item) {
	return { properties: areAllPropsUndefined(item, [
		"count",
		"vmSize",
		"osDiskSizeGB",
		"osDiskType",
		"kubeletDiskType",
		"workloadRuntime",
		"messageOfTheDay",
		"vnetSubnetID",
		"podSubnetID",
		"podIPAllocationMode",
		"maxPods",
		"osType",
		"osSKU",
		"maxCount",
		"minCount",
		"enableAutoScaling",
		"scaleDownMode",
		"type",
		"mode",
		"orchestratorVersion",
		"nodeImageVersion",
		"upgradeSettings",
		"powerState",
		"availabilityZones",
		"enableNodePublicIP",
		"nodePublicIPPrefixID",
		"scaleSetPriority",
		"scaleSetEvictionPolicy",
		"spotMaxPrice",
		"tags",
		"nodeLabels",
		"nodeTaints",
		"proximityPlacementGroupID",
		"kubeletConfig",
		"linuxOSConfig",
		"enableEncryptionAtHost",
		"enableUltraSSD",
		"enableFips",
		"gpuInstanceProfile",
		"creationData",
		"capacityReservationGroupID",
		"hostGroupID",
		"networkProfile",
		"windowsProfile",
		"securityProfile",
		"gpuProfile",
		"gatewayProfile",
		"artifactStreamingProfile",
		"virtualMachinesProfile",
		"virtualMachineNodesStatus",
		"status",
		"localDNSProfile"
	]) ? void 0 : _agentPoolPropertiesSerializer(item) };
}
function agentPoolDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		...!item["properties"] ? item["properties"] : _agentPoolPropertiesDeserializer(item["properties"])
	};
}
/** The OS disk type to be used for machines in the agent pool. The default is 'Ephemeral' if the VM supports it and has a cache disk larger than the requested OSDiskSizeGB. Otherwise, defaults to 'Managed'. May not be changed after creation. For more information see [Ephemeral OS](https://docs.microsoft.com/azure/aks/cluster-configuration#ephemeral-os). */
var KnownOSDiskType;
(function(KnownOSDiskType) {
	/** Azure replicates the operating system disk for a virtual machine to Azure storage to avoid data loss should the VM need to be relocated to another host. Since containers aren't designed to have local state persisted, this behavior offers limited value while providing some drawbacks, including slower node provisioning and higher read/write latency. */
	KnownOSDiskType["Managed"] = "Managed";
	/** Ephemeral OS disks are stored only on the host machine, just like a temporary disk. This provides lower read/write latency, along with faster node scaling and cluster upgrades. */
	KnownOSDiskType["Ephemeral"] = "Ephemeral";
})(KnownOSDiskType || (KnownOSDiskType = {}));
/** Determines the placement of emptyDir volumes, container runtime data root, and Kubelet ephemeral storage. */
var KnownKubeletDiskType;
(function(KnownKubeletDiskType) {
	/** Kubelet will use the OS disk for its data. */
	KnownKubeletDiskType["OS"] = "OS";
	/** Kubelet will use the temporary disk for its data. */
	KnownKubeletDiskType["Temporary"] = "Temporary";
})(KnownKubeletDiskType || (KnownKubeletDiskType = {}));
/** Determines the type of workload a node can run. */
var KnownWorkloadRuntime;
(function(KnownWorkloadRuntime) {
	/** Nodes will use Kubelet to run standard OCI container workloads. */
	KnownWorkloadRuntime["OCIContainer"] = "OCIContainer";
	/** Nodes will use Krustlet to run WASM workloads using the WASI provider (Preview). */
	KnownWorkloadRuntime["WasmWasi"] = "WasmWasi";
	/** Nodes can use (Kata + Cloud Hypervisor + Hyper-V) to enable Nested VM-based pods. Due to the use Hyper-V, AKS node OS itself is a nested VM (the root OS) of Hyper-V. Thus it can only be used with VM series that support Nested Virtualization such as Dv3 series. */
	KnownWorkloadRuntime["KataVmIsolation"] = "KataVmIsolation";
})(KnownWorkloadRuntime || (KnownWorkloadRuntime = {}));
/** Pod IP Allocation Mode. The IP allocation mode for pods in the agent pool. Must be used with podSubnetId. The default is 'DynamicIndividual'. */
var KnownPodIPAllocationMode;
(function(KnownPodIPAllocationMode) {
	/** Each node gets allocated with a non-contiguous list of IP addresses assignable to pods. This is better for maximizing a small to medium subnet of size /16 or smaller. The Azure CNI cluster with dynamic IP allocation defaults to this mode if the customer does not explicitly specify a podIPAllocationMode */
	KnownPodIPAllocationMode["DynamicIndividual"] = "DynamicIndividual";
	/** Each node is statically allocated CIDR block(s) of size /28 = 16 IPs per block to satisfy the maxPods per node. Number of CIDR blocks >= (maxPods / 16). The block, rather than a single IP, counts against the Azure Vnet Private IP limit of 65K. Therefore block mode is suitable for running larger workloads with more than the current limit of 65K pods in a cluster. This mode is better suited to scale with larger subnets of /15 or bigger */
	KnownPodIPAllocationMode["StaticBlock"] = "StaticBlock";
})(KnownPodIPAllocationMode || (KnownPodIPAllocationMode = {}));
/** The operating system type. The default is Linux. */
var KnownOSType;
(function(KnownOSType) {
	/** Use Linux. */
	KnownOSType["Linux"] = "Linux";
	/** Use Windows. */
	KnownOSType["Windows"] = "Windows";
})(KnownOSType || (KnownOSType = {}));
/** Specifies the OS SKU used by the agent pool. The default is Ubuntu if OSType is Linux. The default is Windows2019 when Kubernetes <= 1.24 or Windows2022 when Kubernetes >= 1.25 if OSType is Windows. */
var KnownOssku;
(function(KnownOssku) {
	/** Use Ubuntu as the OS for node images. */
	KnownOssku["Ubuntu"] = "Ubuntu";
	/** Use AzureLinux as the OS for node images. Azure Linux is a container-optimized Linux distro built by Microsoft, visit https://aka.ms/azurelinux for more information. */
	KnownOssku["AzureLinux"] = "AzureLinux";
	/** Use AzureLinux3 as the OS for node images. Azure Linux is a container-optimized Linux distro built by Microsoft, visit https://aka.ms/azurelinux for more information. For limitations, visit https://aka.ms/aks/node-images. For OS migration guidance, see https://aka.ms/aks/upgrade-os-version. */
	KnownOssku["AzureLinux3"] = "AzureLinux3";
	/** Deprecated OSSKU. Microsoft recommends that new deployments choose 'AzureLinux' instead. */
	KnownOssku["CBLMariner"] = "CBLMariner";
	/** Use Windows2019 as the OS for node images. Unsupported for system node pools. Windows2019 only supports Windows2019 containers; it cannot run Windows2022 containers and vice versa. */
	KnownOssku["Windows2019"] = "Windows2019";
	/** Use Windows2022 as the OS for node images. Unsupported for system node pools. Windows2022 only supports Windows2022 containers; it cannot run Windows2019 containers and vice versa. */
	KnownOssku["Windows2022"] = "Windows2022";
	/** Use Ubuntu2204 as the OS for node images, however, Ubuntu 22.04 may not be supported for all nodepools. For limitations and supported kubernetes versions, see https://aka.ms/aks/supported-ubuntu-versions */
	KnownOssku["Ubuntu2204"] = "Ubuntu2204";
	/** Use Windows2025 as the OS for node images. Unsupported for system node pools. Windows2025 supports Windows2022 and Windows 2025 containers; it cannot run Windows2019 containers and vice versa. */
	KnownOssku["Windows2025"] = "Windows2025";
	/** Use Ubuntu2404 as the OS for node images, however, Ubuntu 24.04 may not be supported for all nodepools. For limitations and supported kubernetes versions, see see https://aka.ms/aks/supported-ubuntu-versions */
	KnownOssku["Ubuntu2404"] = "Ubuntu2404";
	/** Use Azure Container Linux as the OS for node images. Azure Container Linux is a container-optimized, security-focused Linux OS built on Azure Linux, with an immutable filesystem. ACL is derived from the Flatcar Container Linux project, building on Flatcar's proven container-first, immutable design, while adding Azure Linux packages, servicing, and deep integration with the Azure and AKS lifecycle. For more information, see https://aka.ms/azurecontainerlinux */
	KnownOssku["AzureContainerLinux"] = "AzureContainerLinux";
})(KnownOssku || (KnownOssku = {}));
/** Describes how VMs are added to or removed from Agent Pools. See [billing states](https://docs.microsoft.com/azure/virtual-machines/states-billing). */
var KnownScaleDownMode;
(function(KnownScaleDownMode) {
	/** Create new instances during scale up and remove instances during scale down. */
	KnownScaleDownMode["Delete"] = "Delete";
	/** Attempt to start deallocated instances (if they exist) during scale up and deallocate instances during scale down. */
	KnownScaleDownMode["Deallocate"] = "Deallocate";
})(KnownScaleDownMode || (KnownScaleDownMode = {}));
/** The type of Agent Pool. */
var KnownAgentPoolType;
(function(KnownAgentPoolType) {
	/** Create an Agent Pool backed by a Virtual Machine Scale Set. */
	KnownAgentPoolType["VirtualMachineScaleSets"] = "VirtualMachineScaleSets";
	/** Use of this is strongly discouraged. */
	KnownAgentPoolType["AvailabilitySet"] = "AvailabilitySet";
	/** Create an Agent Pool backed by a Single Instance VM orchestration mode. */
	KnownAgentPoolType["VirtualMachines"] = "VirtualMachines";
})(KnownAgentPoolType || (KnownAgentPoolType = {}));
/** The mode of an agent pool. A cluster must have at least one 'System' Agent Pool at all times. For additional information on agent pool restrictions and best practices, see: https://docs.microsoft.com/azure/aks/use-system-pools */
var KnownAgentPoolMode;
(function(KnownAgentPoolMode) {
	/** System agent pools are primarily for hosting critical system pods such as CoreDNS and metrics-server. System agent pools osType must be Linux. System agent pools VM SKU must have at least 2vCPUs and 4GB of memory. */
	KnownAgentPoolMode["System"] = "System";
	/** User agent pools are primarily for hosting your application pods. */
	KnownAgentPoolMode["User"] = "User";
	/** Gateway agent pools are dedicated to providing static egress IPs to pods. For more details, see https://aka.ms/aks/static-egress-gateway. */
	KnownAgentPoolMode["Gateway"] = "Gateway";
})(KnownAgentPoolMode || (KnownAgentPoolMode = {}));
function agentPoolUpgradeSettingsSerializer(item) {
	return {
		maxSurge: item["maxSurge"],
		maxUnavailable: item["maxUnavailable"],
		drainTimeoutInMinutes: item["drainTimeoutInMinutes"],
		nodeSoakDurationInMinutes: item["nodeSoakDurationInMinutes"],
		undrainableNodeBehavior: item["undrainableNodeBehavior"]
	};
}
function agentPoolUpgradeSettingsDeserializer(item) {
	return {
		maxSurge: item["maxSurge"],
		maxUnavailable: item["maxUnavailable"],
		drainTimeoutInMinutes: item["drainTimeoutInMinutes"],
		nodeSoakDurationInMinutes: item["nodeSoakDurationInMinutes"],
		undrainableNodeBehavior: item["undrainableNodeBehavior"]
	};
}
/** Defines the behavior for undrainable nodes during upgrade. The most common cause of undrainable nodes is Pod Disruption Budgets (PDBs), but other issues, such as pod termination grace period is exceeding the remaining per-node drain timeout or pod is still being in a running state, can also cause undrainable nodes. */
var KnownUndrainableNodeBehavior;
(function(KnownUndrainableNodeBehavior) {
	/** AKS will cordon the blocked nodes and replace them with surge nodes during upgrade. The blocked nodes will be cordoned and replaced by surge nodes. The blocked nodes will have label 'kubernetes.azure.com/upgrade-status:Quarantined'. A surge node will be retained for each blocked node. A best-effort attempt will be made to delete all other surge nodes. If there are enough surge nodes to replace blocked nodes, then the upgrade operation and the managed cluster will be in failed state. Otherwise, the upgrade operation and the managed cluster will be in canceled state. */
	KnownUndrainableNodeBehavior["Cordon"] = "Cordon";
	/** AKS will mark the blocked nodes schedulable, but the blocked nodes are not upgraded. A best-effort attempt will be made to delete all surge nodes. The upgrade operation and the managed cluster will be in failed state if there are any blocked nodes. */
	KnownUndrainableNodeBehavior["Schedule"] = "Schedule";
})(KnownUndrainableNodeBehavior || (KnownUndrainableNodeBehavior = {}));
function powerStateSerializer(item) {
	return { code: item["code"] };
}
function powerStateDeserializer(item) {
	return { code: item["code"] };
}
/** Tells whether the cluster is Running or Stopped */
var KnownCode;
(function(KnownCode) {
	/** The cluster is running. */
	KnownCode["Running"] = "Running";
	/** The cluster is stopped. */
	KnownCode["Stopped"] = "Stopped";
})(KnownCode || (KnownCode = {}));
/** The Virtual Machine Scale Set priority. */
var KnownScaleSetPriority;
(function(KnownScaleSetPriority) {
	/** Spot priority VMs will be used. There is no SLA for spot nodes. See [spot on AKS](https://docs.microsoft.com/azure/aks/spot-node-pool) for more information. */
	KnownScaleSetPriority["Spot"] = "Spot";
	/** Regular VMs will be used. */
	KnownScaleSetPriority["Regular"] = "Regular";
})(KnownScaleSetPriority || (KnownScaleSetPriority = {}));
/** The Virtual Machine Scale Set eviction policy. The eviction policy specifies what to do with the VM when it is evicted. The default is Delete. For more information about eviction see [spot VMs](https://docs.microsoft.com/azure/virtual-machines/spot-vms) */
var KnownScaleSetEvictionPolicy;
(function(KnownScaleSetEvictionPolicy) {
	/** Nodes in the underlying Scale Set of the node pool are deleted when they're evicted. */
	KnownScaleSetEvictionPolicy["Delete"] = "Delete";
	/** Nodes in the underlying Scale Set of the node pool are set to the stopped-deallocated state upon eviction. Nodes in the stopped-deallocated state count against your compute quota and can cause issues with cluster scaling or upgrading. */
	KnownScaleSetEvictionPolicy["Deallocate"] = "Deallocate";
})(KnownScaleSetEvictionPolicy || (KnownScaleSetEvictionPolicy = {}));
function kubeletConfigSerializer(item) {
	return {
		cpuManagerPolicy: item["cpuManagerPolicy"],
		cpuCfsQuota: item["cpuCfsQuota"],
		cpuCfsQuotaPeriod: item["cpuCfsQuotaPeriod"],
		imageGcHighThreshold: item["imageGcHighThreshold"],
		imageGcLowThreshold: item["imageGcLowThreshold"],
		topologyManagerPolicy: item["topologyManagerPolicy"],
		allowedUnsafeSysctls: !item["allowedUnsafeSysctls"] ? item["allowedUnsafeSysctls"] : item["allowedUnsafeSysctls"].map((p) => {
			return p;
		}),
		failSwapOn: item["failSwapOn"],
		containerLogMaxSizeMB: item["containerLogMaxSizeMB"],
		containerLogMaxFiles: item["containerLogMaxFiles"],
		podMaxPids: item["podMaxPids"]
	};
}
function kubeletConfigDeserializer(item) {
	return {
		cpuManagerPolicy: item["cpuManagerPolicy"],
		cpuCfsQuota: item["cpuCfsQuota"],
		cpuCfsQuotaPeriod: item["cpuCfsQuotaPeriod"],
		imageGcHighThreshold: item["imageGcHighThreshold"],
		imageGcLowThreshold: item["imageGcLowThreshold"],
		topologyManagerPolicy: item["topologyManagerPolicy"],
		allowedUnsafeSysctls: !item["allowedUnsafeSysctls"] ? item["allowedUnsafeSysctls"] : item["allowedUnsafeSysctls"].map((p) => {
			return p;
		}),
		failSwapOn: item["failSwapOn"],
		containerLogMaxSizeMB: item["containerLogMaxSizeMB"],
		containerLogMaxFiles: item["containerLogMaxFiles"],
		podMaxPids: item["podMaxPids"]
	};
}
function linuxOSConfigSerializer(item) {
	return {
		sysctls: !item["sysctls"] ? item["sysctls"] : sysctlConfigSerializer(item["sysctls"]),
		transparentHugePageEnabled: item["transparentHugePageEnabled"],
		transparentHugePageDefrag: item["transparentHugePageDefrag"],
		swapFileSizeMB: item["swapFileSizeMB"]
	};
}
function linuxOSConfigDeserializer(item) {
	return {
		sysctls: !item["sysctls"] ? item["sysctls"] : sysctlConfigDeserializer(item["sysctls"]),
		transparentHugePageEnabled: item["transparentHugePageEnabled"],
		transparentHugePageDefrag: item["transparentHugePageDefrag"],
		swapFileSizeMB: item["swapFileSizeMB"]
	};
}
function sysctlConfigSerializer(item) {
	return {
		netCoreSomaxconn: item["netCoreSomaxconn"],
		netCoreNetdevMaxBacklog: item["netCoreNetdevMaxBacklog"],
		netCoreRmemDefault: item["netCoreRmemDefault"],
		netCoreRmemMax: item["netCoreRmemMax"],
		netCoreWmemDefault: item["netCoreWmemDefault"],
		netCoreWmemMax: item["netCoreWmemMax"],
		netCoreOptmemMax: item["netCoreOptmemMax"],
		netIpv4TcpMaxSynBacklog: item["netIpv4TcpMaxSynBacklog"],
		netIpv4TcpMaxTwBuckets: item["netIpv4TcpMaxTwBuckets"],
		netIpv4TcpFinTimeout: item["netIpv4TcpFinTimeout"],
		netIpv4TcpKeepaliveTime: item["netIpv4TcpKeepaliveTime"],
		netIpv4TcpKeepaliveProbes: item["netIpv4TcpKeepaliveProbes"],
		netIpv4TcpkeepaliveIntvl: item["netIpv4TcpkeepaliveIntvl"],
		netIpv4TcpTwReuse: item["netIpv4TcpTwReuse"],
		netIpv4IpLocalPortRange: item["netIpv4IpLocalPortRange"],
		netIpv4NeighDefaultGcThresh1: item["netIpv4NeighDefaultGcThresh1"],
		netIpv4NeighDefaultGcThresh2: item["netIpv4NeighDefaultGcThresh2"],
		netIpv4NeighDefaultGcThresh3: item["netIpv4NeighDefaultGcThresh3"],
		netNetfilterNfConntrackMax: item["netNetfilterNfConntrackMax"],
		netNetfilterNfConntrackBuckets: item["netNetfilterNfConntrackBuckets"],
		fsInotifyMaxUserWatches: item["fsInotifyMaxUserWatches"],
		fsFileMax: item["fsFileMax"],
		fsAioMaxNr: item["fsAioMaxNr"],
		fsNrOpen: item["fsNrOpen"],
		kernelThreadsMax: item["kernelThreadsMax"],
		vmMaxMapCount: item["vmMaxMapCount"],
		vmSwappiness: item["vmSwappiness"],
		vmVfsCachePressure: item["vmVfsCachePressure"]
	};
}
function sysctlConfigDeserializer(item) {
	return {
		netCoreSomaxconn: item["netCoreSomaxconn"],
		netCoreNetdevMaxBacklog: item["netCoreNetdevMaxBacklog"],
		netCoreRmemDefault: item["netCoreRmemDefault"],
		netCoreRmemMax: item["netCoreRmemMax"],
		netCoreWmemDefault: item["netCoreWmemDefault"],
		netCoreWmemMax: item["netCoreWmemMax"],
		netCoreOptmemMax: item["netCoreOptmemMax"],
		netIpv4TcpMaxSynBacklog: item["netIpv4TcpMaxSynBacklog"],
		netIpv4TcpMaxTwBuckets: item["netIpv4TcpMaxTwBuckets"],
		netIpv4TcpFinTimeout: item["netIpv4TcpFinTimeout"],
		netIpv4TcpKeepaliveTime: item["netIpv4TcpKeepaliveTime"],
		netIpv4TcpKeepaliveProbes: item["netIpv4TcpKeepaliveProbes"],
		netIpv4TcpkeepaliveIntvl: item["netIpv4TcpkeepaliveIntvl"],
		netIpv4TcpTwReuse: item["netIpv4TcpTwReuse"],
		netIpv4IpLocalPortRange: item["netIpv4IpLocalPortRange"],
		netIpv4NeighDefaultGcThresh1: item["netIpv4NeighDefaultGcThresh1"],
		netIpv4NeighDefaultGcThresh2: item["netIpv4NeighDefaultGcThresh2"],
		netIpv4NeighDefaultGcThresh3: item["netIpv4NeighDefaultGcThresh3"],
		netNetfilterNfConntrackMax: item["netNetfilterNfConntrackMax"],
		netNetfilterNfConntrackBuckets: item["netNetfilterNfConntrackBuckets"],
		fsInotifyMaxUserWatches: item["fsInotifyMaxUserWatches"],
		fsFileMax: item["fsFileMax"],
		fsAioMaxNr: item["fsAioMaxNr"],
		fsNrOpen: item["fsNrOpen"],
		kernelThreadsMax: item["kernelThreadsMax"],
		vmMaxMapCount: item["vmMaxMapCount"],
		vmSwappiness: item["vmSwappiness"],
		vmVfsCachePressure: item["vmVfsCachePressure"]
	};
}
/** GPUInstanceProfile to be used to specify GPU MIG instance profile for supported GPU VM SKU. */
var KnownGPUInstanceProfile;
(function(KnownGPUInstanceProfile) {
	/** MIG 1g GPU instance profile. */
	KnownGPUInstanceProfile["MIG1G"] = "MIG1g";
	/** MIG 2g GPU instance profile. */
	KnownGPUInstanceProfile["MIG2G"] = "MIG2g";
	/** MIG 3g GPU instance profile. */
	KnownGPUInstanceProfile["MIG3G"] = "MIG3g";
	/** MIG 4g GPU instance profile. */
	KnownGPUInstanceProfile["MIG4G"] = "MIG4g";
	/** MIG 7g GPU instance profile. */
	KnownGPUInstanceProfile["MIG7G"] = "MIG7g";
})(KnownGPUInstanceProfile || (KnownGPUInstanceProfile = {}));
function creationDataSerializer(item) {
	return { sourceResourceId: item["sourceResourceId"] };
}
function creationDataDeserializer(item) {
	return { sourceResourceId: item["sourceResourceId"] };
}
function agentPoolNetworkProfileSerializer(item) {
	return {
		nodePublicIPTags: !item["nodePublicIPTags"] ? item["nodePublicIPTags"] : ipTagArraySerializer(item["nodePublicIPTags"]),
		allowedHostPorts: !item["allowedHostPorts"] ? item["allowedHostPorts"] : portRangeArraySerializer(item["allowedHostPorts"]),
		applicationSecurityGroups: !item["applicationSecurityGroups"] ? item["applicationSecurityGroups"] : item["applicationSecurityGroups"].map((p) => {
			return p;
		}),
		dranet: !item["dranet"] ? item["dranet"] : dranetProfileSerializer(item["dranet"])
	};
}
function agentPoolNetworkProfileDeserializer(item) {
	return {
		nodePublicIPTags: !item["nodePublicIPTags"] ? item["nodePublicIPTags"] : ipTagArrayDeserializer(item["nodePublicIPTags"]),
		allowedHostPorts: !item["allowedHostPorts"] ? item["allowedHostPorts"] : portRangeArrayDeserializer(item["allowedHostPorts"]),
		applicationSecurityGroups: !item["applicationSecurityGroups"] ? item["applicationSecurityGroups"] : item["applicationSecurityGroups"].map((p) => {
			return p;
		}),
		dranet: !item["dranet"] ? item["dranet"] : dranetProfileDeserializer(item["dranet"])
	};
}
function ipTagArraySerializer(result) {
	return result.map((item) => {
		return ipTagSerializer(item);
	});
}
function ipTagArrayDeserializer(result) {
	return result.map((item) => {
		return ipTagDeserializer(item);
	});
}
function ipTagSerializer(item) {
	return {
		ipTagType: item["ipTagType"],
		tag: item["tag"]
	};
}
function ipTagDeserializer(item) {
	return {
		ipTagType: item["ipTagType"],
		tag: item["tag"]
	};
}
function portRangeArraySerializer(result) {
	return result.map((item) => {
		return portRangeSerializer(item);
	});
}
function portRangeArrayDeserializer(result) {
	return result.map((item) => {
		return portRangeDeserializer(item);
	});
}
function portRangeSerializer(item) {
	return {
		portStart: item["portStart"],
		portEnd: item["portEnd"],
		protocol: item["protocol"]
	};
}
function portRangeDeserializer(item) {
	return {
		portStart: item["portStart"],
		portEnd: item["portEnd"],
		protocol: item["protocol"]
	};
}
/** The network protocol of the port. */
var KnownProtocol;
(function(KnownProtocol) {
	/** TCP protocol. */
	KnownProtocol["TCP"] = "TCP";
	/** UDP protocol. */
	KnownProtocol["UDP"] = "UDP";
})(KnownProtocol || (KnownProtocol = {}));
function dranetProfileSerializer(item) {
	return { mode: item["mode"] };
}
function dranetProfileDeserializer(item) {
	return { mode: item["mode"] };
}
/** The DRANET mode for the agent pool. */
var KnownDranetMode;
(function(KnownDranetMode) {
	/** DRANET is not managed by AKS. */
	KnownDranetMode["Unmanaged"] = "Unmanaged";
	/** DRANET is managed by AKS. */
	KnownDranetMode["Managed"] = "Managed";
})(KnownDranetMode || (KnownDranetMode = {}));
function agentPoolWindowsProfileSerializer(item) {
	return { disableOutboundNat: item["disableOutboundNat"] };
}
function agentPoolWindowsProfileDeserializer(item) {
	return { disableOutboundNat: item["disableOutboundNat"] };
}
function agentPoolSecurityProfileSerializer(item) {
	return {
		enableVTPM: item["enableVtpm"],
		enableSecureBoot: item["enableSecureBoot"],
		sshAccess: item["sshAccess"]
	};
}
function agentPoolSecurityProfileDeserializer(item) {
	return {
		enableVtpm: item["enableVTPM"],
		enableSecureBoot: item["enableSecureBoot"],
		sshAccess: item["sshAccess"]
	};
}
/** SSH access method of an agent pool. */
var KnownAgentPoolSSHAccess;
(function(KnownAgentPoolSSHAccess) {
	/** Can SSH onto the node as a local user using private key. */
	KnownAgentPoolSSHAccess["LocalUser"] = "LocalUser";
	/** SSH service will be turned off on the node. */
	KnownAgentPoolSSHAccess["Disabled"] = "Disabled";
	/** SSH to node with EntraId integration. More information can be found under https://aka.ms/aks/ssh/aad */
	KnownAgentPoolSSHAccess["EntraId"] = "EntraId";
})(KnownAgentPoolSSHAccess || (KnownAgentPoolSSHAccess = {}));
function gpuProfileSerializer(item) {
	return { driver: item["driver"] };
}
function gpuProfileDeserializer(item) {
	return { driver: item["driver"] };
}
/** Whether to install GPU drivers. When it's not specified, default is Install. */
var KnownGPUDriver;
(function(KnownGPUDriver) {
	/** Install driver. */
	KnownGPUDriver["Install"] = "Install";
	/** Skip driver install. */
	KnownGPUDriver["None"] = "None";
})(KnownGPUDriver || (KnownGPUDriver = {}));
function agentPoolGatewayProfileSerializer(item) {
	return { publicIPPrefixSize: item["publicIPPrefixSize"] };
}
function agentPoolGatewayProfileDeserializer(item) {
	return { publicIPPrefixSize: item["publicIPPrefixSize"] };
}
function agentPoolArtifactStreamingProfileSerializer(item) {
	return { enabled: item["enabled"] };
}
function agentPoolArtifactStreamingProfileDeserializer(item) {
	return { enabled: item["enabled"] };
}
function virtualMachinesProfileSerializer(item) {
	return { scale: !item["scale"] ? item["scale"] : scaleProfileSerializer(item["scale"]) };
}
function virtualMachinesProfileDeserializer(item) {
	return { scale: !item["scale"] ? item["scale"] : scaleProfileDeserializer(item["scale"]) };
}
function scaleProfileSerializer(item) {
	return {
		manual: !item["manual"] ? item["manual"] : manualScaleProfileArraySerializer(item["manual"]),
		autoscale: !item["autoscale"] ? item["autoscale"] : autoScaleProfileArraySerializer(item["autoscale"])
	};
}
function scaleProfileDeserializer(item) {
	return {
		manual: !item["manual"] ? item["manual"] : manualScaleProfileArrayDeserializer(item["manual"]),
		autoscale: !item["autoscale"] ? item["autoscale"] : autoScaleProfileArrayDeserializer(item["autoscale"])
	};
}
function manualScaleProfileArraySerializer(result) {
	return result.map((item) => {
		return manualScaleProfileSerializer(item);
	});
}
function manualScaleProfileArrayDeserializer(result) {
	return result.map((item) => {
		return manualScaleProfileDeserializer(item);
	});
}
function manualScaleProfileSerializer(item) {
	return {
		size: item["size"],
		count: item["count"]
	};
}
function manualScaleProfileDeserializer(item) {
	return {
		size: item["size"],
		count: item["count"]
	};
}
function autoScaleProfileArraySerializer(result) {
	return result.map((item) => {
		return autoScaleProfileSerializer(item);
	});
}
function autoScaleProfileArrayDeserializer(result) {
	return result.map((item) => {
		return autoScaleProfileDeserializer(item);
	});
}
function autoScaleProfileSerializer(item) {
	return {
		size: item["size"],
		minCount: item["minCount"],
		maxCount: item["maxCount"]
	};
}
function autoScaleProfileDeserializer(item) {
	return {
		size: item["size"],
		minCount: item["minCount"],
		maxCount: item["maxCount"]
	};
}
function virtualMachineNodesArraySerializer(result) {
	return result.map((item) => {
		return virtualMachineNodesSerializer(item);
	});
}
function virtualMachineNodesArrayDeserializer(result) {
	return result.map((item) => {
		return virtualMachineNodesDeserializer(item);
	});
}
function virtualMachineNodesSerializer(item) {
	return {
		size: item["size"],
		count: item["count"]
	};
}
function virtualMachineNodesDeserializer(item) {
	return {
		size: item["size"],
		count: item["count"]
	};
}
function agentPoolStatusSerializer(_item) {
	return {};
}
function agentPoolStatusDeserializer(item) {
	return { provisioningError: !item["provisioningError"] ? item["provisioningError"] : errorDetailDeserializer(item["provisioningError"]) };
}
function errorDetailDeserializer(item) {
	return {
		code: item["code"],
		message: item["message"],
		target: item["target"],
		details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
		additionalInfo: !item["additionalInfo"] ? item["additionalInfo"] : errorAdditionalInfoArrayDeserializer(item["additionalInfo"])
	};
}
function errorDetailArrayDeserializer(result) {
	return result.map((item) => {
		return errorDetailDeserializer(item);
	});
}
function errorAdditionalInfoArrayDeserializer(result) {
	return result.map((item) => {
		return errorAdditionalInfoDeserializer(item);
	});
}
function errorAdditionalInfoDeserializer(item) {
	return {
		type: item["type"],
		info: item["info"]
	};
}
function localDNSProfileSerializer(item) {
	return {
		mode: item["mode"],
		vnetDNSOverrides: !item["vnetDNSOverrides"] ? item["vnetDNSOverrides"] : localDNSOverrideRecordSerializer(item["vnetDNSOverrides"]),
		kubeDNSOverrides: !item["kubeDNSOverrides"] ? item["kubeDNSOverrides"] : localDNSOverrideRecordSerializer(item["kubeDNSOverrides"])
	};
}
function localDNSProfileDeserializer(item) {
	return {
		mode: item["mode"],
		state: item["state"],
		vnetDNSOverrides: !item["vnetDNSOverrides"] ? item["vnetDNSOverrides"] : localDNSOverrideRecordDeserializer(item["vnetDNSOverrides"]),
		kubeDNSOverrides: !item["kubeDNSOverrides"] ? item["kubeDNSOverrides"] : localDNSOverrideRecordDeserializer(item["kubeDNSOverrides"])
	};
}
/** Mode of enablement for localDNS. */
var KnownLocalDNSMode;
(function(KnownLocalDNSMode) {
	/** If the current orchestrator version supports this feature, prefer enabling localDNS. */
	KnownLocalDNSMode["Preferred"] = "Preferred";
	/** Enable localDNS. */
	KnownLocalDNSMode["Required"] = "Required";
	/** Disable localDNS. */
	KnownLocalDNSMode["Disabled"] = "Disabled";
})(KnownLocalDNSMode || (KnownLocalDNSMode = {}));
/** System-generated state of localDNS. */
var KnownLocalDNSState;
(function(KnownLocalDNSState) {
	/** localDNS is enabled. */
	KnownLocalDNSState["Enabled"] = "Enabled";
	/** localDNS is disabled. */
	KnownLocalDNSState["Disabled"] = "Disabled";
})(KnownLocalDNSState || (KnownLocalDNSState = {}));
function localDNSOverrideRecordSerializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : localDNSOverrideSerializer(item[key]);
	});
	return result;
}
function localDNSOverrideRecordDeserializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : localDNSOverrideDeserializer(item[key]);
	});
	return result;
}
function localDNSOverrideSerializer(item) {
	return {
		queryLogging: item["queryLogging"],
		protocol: item["protocol"],
		forwardDestination: item["forwardDestination"],
		forwardPolicy: item["forwardPolicy"],
		maxConcurrent: item["maxConcurrent"],
		cacheDurationInSeconds: item["cacheDurationInSeconds"],
		serveStaleDurationInSeconds: item["serveStaleDurationInSeconds"],
		serveStale: item["serveStale"]
	};
}
function localDNSOverrideDeserializer(item) {
	return {
		queryLogging: item["queryLogging"],
		protocol: item["protocol"],
		forwardDestination: item["forwardDestination"],
		forwardPolicy: item["forwardPolicy"],
		maxConcurrent: item["maxConcurrent"],
		cacheDurationInSeconds: item["cacheDurationInSeconds"],
		serveStaleDurationInSeconds: item["serveStaleDurationInSeconds"],
		serveStale: item["serveStale"]
	};
}
/** Log level for DNS queries in localDNS. */
var KnownLocalDNSQueryLogging;
(function(KnownLocalDNSQueryLogging) {
	/** Enables error logging in localDNS. See [errors plugin](https://coredns.io/plugins/errors) for more information. */
	KnownLocalDNSQueryLogging["Error"] = "Error";
	/** Enables query logging in localDNS. See [log plugin](https://coredns.io/plugins/log) for more information. */
	KnownLocalDNSQueryLogging["Log"] = "Log";
})(KnownLocalDNSQueryLogging || (KnownLocalDNSQueryLogging = {}));
/** Enforce TCP or prefer UDP protocol for connections from localDNS to upstream DNS server. */
var KnownLocalDNSProtocol;
(function(KnownLocalDNSProtocol) {
	/** Prefer UDP protocol for connections from localDNS to upstream DNS server. */
	KnownLocalDNSProtocol["PreferUDP"] = "PreferUDP";
	/** Enforce TCP protocol for connections from localDNS to upstream DNS server. */
	KnownLocalDNSProtocol["ForceTCP"] = "ForceTCP";
})(KnownLocalDNSProtocol || (KnownLocalDNSProtocol = {}));
/** Destination server for DNS queries to be forwarded from localDNS. */
var KnownLocalDNSForwardDestination;
(function(KnownLocalDNSForwardDestination) {
	/** Forward DNS queries from localDNS to cluster CoreDNS. */
	KnownLocalDNSForwardDestination["ClusterCoreDNS"] = "ClusterCoreDNS";
	/** Forward DNS queries from localDNS to DNS server configured in the VNET. A VNET can have multiple DNS servers configured. */
	KnownLocalDNSForwardDestination["VnetDNS"] = "VnetDNS";
})(KnownLocalDNSForwardDestination || (KnownLocalDNSForwardDestination = {}));
/** Forward policy for selecting upstream DNS server. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
var KnownLocalDNSForwardPolicy;
(function(KnownLocalDNSForwardPolicy) {
	/** Implements sequential upstream DNS server selection. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
	KnownLocalDNSForwardPolicy["Sequential"] = "Sequential";
	/** Implements round robin upstream DNS server selection. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
	KnownLocalDNSForwardPolicy["RoundRobin"] = "RoundRobin";
	/** Implements random upstream DNS server selection. See [forward plugin](https://coredns.io/plugins/forward) for more information. */
	KnownLocalDNSForwardPolicy["Random"] = "Random";
})(KnownLocalDNSForwardPolicy || (KnownLocalDNSForwardPolicy = {}));
/** Policy for serving stale data. See [cache plugin](https://coredns.io/plugins/cache) for more information. */
var KnownLocalDNSServeStale;
(function(KnownLocalDNSServeStale) {
	/** Serve stale data with verification. First verify that an entry is still unavailable from the source before sending the expired entry to the client. See [cache plugin](https://coredns.io/plugins/cache) for more information. */
	KnownLocalDNSServeStale["Verify"] = "Verify";
	/** Serve stale data immediately. Send the expired entry to the client before checking to see if the entry is available from the source. See [cache plugin](https://coredns.io/plugins/cache) for more information. */
	KnownLocalDNSServeStale["Immediate"] = "Immediate";
	/** Disable serving stale data. */
	KnownLocalDNSServeStale["Disable"] = "Disable";
})(KnownLocalDNSServeStale || (KnownLocalDNSServeStale = {}));
function systemDataDeserializer(item) {
	return {
		createdBy: item["createdBy"],
		createdByType: item["createdByType"],
		createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
		lastModifiedBy: item["lastModifiedBy"],
		lastModifiedByType: item["lastModifiedByType"],
		lastModifiedAt: !item["lastModifiedAt"] ? item["lastModifiedAt"] : new Date(item["lastModifiedAt"])
	};
}
/** The kind of entity that created the resource. */
var KnownCreatedByType;
(function(KnownCreatedByType) {
	/** The entity was created by a user. */
	KnownCreatedByType["User"] = "User";
	/** The entity was created by an application. */
	KnownCreatedByType["Application"] = "Application";
	/** The entity was created by a managed identity. */
	KnownCreatedByType["ManagedIdentity"] = "ManagedIdentity";
	/** The entity was created by a key. */
	KnownCreatedByType["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
function errorResponseDeserializer(item) {
	return { error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"]) };
}
function _agentPoolListResultDeserializer(item) {
	return {
		value: agentPoolArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function agentPoolArrayDeserializer(result) {
	return result.map((item) => {
		return agentPoolDeserializer(item);
	});
}
function agentPoolDeleteMachinesParameterSerializer(item) {
	return { machineNames: item["machineNames"].map((p) => {
		return p;
	}) };
}
function agentPoolAvailableVersionsDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		..._agentPoolAvailableVersionsPropertiesDeserializer(item["properties"])
	};
}
function agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemArrayDeserializer(result) {
	return result.map((item) => {
		return agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemDeserializer(item);
	});
}
function agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemDeserializer(item) {
	return {
		default: item["default"],
		kubernetesVersion: item["kubernetesVersion"],
		isPreview: item["isPreview"]
	};
}
function agentPoolUpgradeProfileDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		..._agentPoolUpgradeProfilePropertiesDeserializer(item["properties"])
	};
}
function agentPoolUpgradeProfilePropertiesUpgradesItemArrayDeserializer(result) {
	return result.map((item) => {
		return agentPoolUpgradeProfilePropertiesUpgradesItemDeserializer(item);
	});
}
function agentPoolUpgradeProfilePropertiesUpgradesItemDeserializer(item) {
	return {
		kubernetesVersion: item["kubernetesVersion"],
		isPreview: item["isPreview"]
	};
}
function agentPoolRecentlyUsedVersionArrayDeserializer(result) {
	return result.map((item) => {
		return agentPoolRecentlyUsedVersionDeserializer(item);
	});
}
function agentPoolRecentlyUsedVersionDeserializer(item) {
	return {
		orchestratorVersion: item["orchestratorVersion"],
		nodeImageVersion: item["nodeImageVersion"],
		timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"])
	};
}
function managedClusterSerializer(item) {
	return {
		tags: item["tags"],
		location: item["location"],
		properties: areAllPropsUndefined(item, [
			"kubernetesVersion",
			"dnsPrefix",
			"fqdnSubdomain",
			"agentPoolProfiles",
			"linuxProfile",
			"windowsProfile",
			"servicePrincipalProfile",
			"addonProfiles",
			"podIdentityProfile",
			"oidcIssuerProfile",
			"nodeResourceGroup",
			"nodeResourceGroupProfile",
			"enableRbac",
			"supportPlan",
			"networkProfile",
			"aadProfile",
			"autoUpgradeProfile",
			"upgradeSettings",
			"autoScalerProfile",
			"apiServerAccessProfile",
			"diskEncryptionSetID",
			"identityProfile",
			"privateLinkResources",
			"disableLocalAccounts",
			"httpProxyConfig",
			"securityProfile",
			"storageProfile",
			"ingressProfile",
			"publicNetworkAccess",
			"workloadAutoScalerProfile",
			"azureMonitorProfile",
			"serviceMeshProfile",
			"metricsProfile",
			"nodeProvisioningProfile",
			"bootstrapProfile",
			"aiToolchainOperatorProfile",
			"schedulerProfile",
			"hostedSystemProfile",
			"status"
		]) ? void 0 : _managedClusterPropertiesSerializer(item),
		sku: !item["sku"] ? item["sku"] : managedClusterSKUSerializer(item["sku"]),
		extendedLocation: !item["extendedLocation"] ? item["extendedLocation"] : extendedLocationSerializer(item["extendedLocation"]),
		identity: !item["identity"] ? item["identity"] : managedClusterIdentitySerializer(item["identity"]),
		kind: item["kind"]
	};
}
function managedClusterDeserializer(item) {
	return {
		tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
		location: item["location"],
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		...!item["properties"] ? item["properties"] : _managedClusterPropertiesDeserializer(item["properties"]),
		eTag: item["eTag"],
		sku: !item["sku"] ? item["sku"] : managedClusterSKUDeserializer(item["sku"]),
		extendedLocation: !item["extendedLocation"] ? item["extendedLocation"] : extendedLocationDeserializer(item["extendedLocation"]),
		identity: !item["identity"] ? item["identity"] : managedClusterIdentityDeserializer(item["identity"]),
		kind: item["kind"]
	};
}
function managedClusterAgentPoolProfileArraySerializer(result) {
	return result.map((item) => {
		return managedClusterAgentPoolProfileSerializer(item);
	});
}
function managedClusterAgentPoolProfileArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterAgentPoolProfileDeserializer(item);
	});
}
function managedClusterAgentPoolProfileSerializer(item) {
	return {
		count: item["count"],
		vmSize: item["vmSize"],
		osDiskSizeGB: item["osDiskSizeGB"],
		osDiskType: item["osDiskType"],
		kubeletDiskType: item["kubeletDiskType"],
		workloadRuntime: item["workloadRuntime"],
		messageOfTheDay: item["messageOfTheDay"],
		vnetSubnetID: item["vnetSubnetID"],
		podSubnetID: item["podSubnetID"],
		podIPAllocationMode: item["podIPAllocationMode"],
		maxPods: item["maxPods"],
		osType: item["osType"],
		osSKU: item["osSKU"],
		maxCount: item["maxCount"],
		minCount: item["minCount"],
		enableAutoScaling: item["enableAutoScaling"],
		scaleDownMode: item["scaleDownMode"],
		type: item["type"],
		mode: item["mode"],
		orchestratorVersion: item["orchestratorVersion"],
		nodeImageVersion: item["nodeImageVersion"],
		upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsSerializer(item["upgradeSettings"]),
		powerState: !item["powerState"] ? item["powerState"] : powerStateSerializer(item["powerState"]),
		availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
			return p;
		}),
		enableNodePublicIP: item["enableNodePublicIP"],
		nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
		scaleSetPriority: item["scaleSetPriority"],
		scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
		spotMaxPrice: item["spotMaxPrice"],
		tags: item["tags"],
		nodeLabels: item["nodeLabels"],
		nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
			return p;
		}),
		proximityPlacementGroupID: item["proximityPlacementGroupID"],
		kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigSerializer(item["kubeletConfig"]),
		linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigSerializer(item["linuxOSConfig"]),
		enableEncryptionAtHost: item["enableEncryptionAtHost"],
		enableUltraSSD: item["enableUltraSSD"],
		enableFIPS: item["enableFips"],
		gpuInstanceProfile: item["gpuInstanceProfile"],
		creationData: !item["creationData"] ? item["creationData"] : creationDataSerializer(item["creationData"]),
		capacityReservationGroupID: item["capacityReservationGroupID"],
		hostGroupID: item["hostGroupID"],
		networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileSerializer(item["networkProfile"]),
		windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileSerializer(item["windowsProfile"]),
		securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileSerializer(item["securityProfile"]),
		gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileSerializer(item["gpuProfile"]),
		gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileSerializer(item["gatewayProfile"]),
		artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileSerializer(item["artifactStreamingProfile"]),
		virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileSerializer(item["virtualMachinesProfile"]),
		virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArraySerializer(item["virtualMachineNodesStatus"]),
		status: !item["status"] ? item["status"] : agentPoolStatusSerializer(item["status"]),
		localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileSerializer(item["localDNSProfile"]),
		name: item["name"]
	};
}
function managedClusterAgentPoolProfileDeserializer(item) {
	return {
		eTag: item["eTag"],
		count: item["count"],
		vmSize: item["vmSize"],
		osDiskSizeGB: item["osDiskSizeGB"],
		osDiskType: item["osDiskType"],
		kubeletDiskType: item["kubeletDiskType"],
		workloadRuntime: item["workloadRuntime"],
		messageOfTheDay: item["messageOfTheDay"],
		vnetSubnetID: item["vnetSubnetID"],
		podSubnetID: item["podSubnetID"],
		podIPAllocationMode: item["podIPAllocationMode"],
		maxPods: item["maxPods"],
		osType: item["osType"],
		osSKU: item["osSKU"],
		maxCount: item["maxCount"],
		minCount: item["minCount"],
		enableAutoScaling: item["enableAutoScaling"],
		scaleDownMode: item["scaleDownMode"],
		type: item["type"],
		mode: item["mode"],
		orchestratorVersion: item["orchestratorVersion"],
		currentOrchestratorVersion: item["currentOrchestratorVersion"],
		nodeImageVersion: item["nodeImageVersion"],
		upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsDeserializer(item["upgradeSettings"]),
		provisioningState: item["provisioningState"],
		powerState: !item["powerState"] ? item["powerState"] : powerStateDeserializer(item["powerState"]),
		availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
			return p;
		}),
		enableNodePublicIP: item["enableNodePublicIP"],
		nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
		scaleSetPriority: item["scaleSetPriority"],
		scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
		spotMaxPrice: item["spotMaxPrice"],
		tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
		nodeLabels: !item["nodeLabels"] ? item["nodeLabels"] : Object.fromEntries(Object.entries(item["nodeLabels"]).map(([k, p]) => [k, p])),
		nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
			return p;
		}),
		proximityPlacementGroupID: item["proximityPlacementGroupID"],
		kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigDeserializer(item["kubeletConfig"]),
		linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigDeserializer(item["linuxOSConfig"]),
		enableEncryptionAtHost: item["enableEncryptionAtHost"],
		enableUltraSSD: item["enableUltraSSD"],
		enableFips: item["enableFIPS"],
		gpuInstanceProfile: item["gpuInstanceProfile"],
		creationData: !item["creationData"] ? item["creationData"] : creationDataDeserializer(item["creationData"]),
		capacityReservationGroupID: item["capacityReservationGroupID"],
		hostGroupID: item["hostGroupID"],
		networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileDeserializer(item["networkProfile"]),
		windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileDeserializer(item["windowsProfile"]),
		securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileDeserializer(item["securityProfile"]),
		gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileDeserializer(item["gpuProfile"]),
		gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileDeserializer(item["gatewayProfile"]),
		artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileDeserializer(item["artifactStreamingProfile"]),
		virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileDeserializer(item["virtualMachinesProfile"]),
		virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArrayDeserializer(item["virtualMachineNodesStatus"]),
		status: !item["status"] ? item["status"] : agentPoolStatusDeserializer(item["status"]),
		localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileDeserializer(item["localDNSProfile"]),
		name: item["name"]
	};
}
function containerServiceLinuxProfileSerializer(item) {
	return {
		adminUsername: item["adminUsername"],
		ssh: containerServiceSshConfigurationSerializer(item["ssh"])
	};
}
function containerServiceLinuxProfileDeserializer(item) {
	return {
		adminUsername: item["adminUsername"],
		ssh: containerServiceSshConfigurationDeserializer(item["ssh"])
	};
}
function containerServiceSshConfigurationSerializer(item) {
	return { publicKeys: containerServiceSshPublicKeyArraySerializer(item["publicKeys"]) };
}
function containerServiceSshConfigurationDeserializer(item) {
	return { publicKeys: containerServiceSshPublicKeyArrayDeserializer(item["publicKeys"]) };
}
function containerServiceSshPublicKeyArraySerializer(result) {
	return result.map((item) => {
		return containerServiceSshPublicKeySerializer(item);
	});
}
function containerServiceSshPublicKeyArrayDeserializer(result) {
	return result.map((item) => {
		return containerServiceSshPublicKeyDeserializer(item);
	});
}
function containerServiceSshPublicKeySerializer(item) {
	return { keyData: item["keyData"] };
}
function containerServiceSshPublicKeyDeserializer(item) {
	return { keyData: item["keyData"] };
}
function managedClusterWindowsProfileSerializer(item) {
	return {
		adminUsername: item["adminUsername"],
		adminPassword: item["adminPassword"],
		licenseType: item["licenseType"],
		enableCSIProxy: item["enableCSIProxy"],
		gmsaProfile: !item["gmsaProfile"] ? item["gmsaProfile"] : windowsGmsaProfileSerializer(item["gmsaProfile"])
	};
}
function managedClusterWindowsProfileDeserializer(item) {
	return {
		adminUsername: item["adminUsername"],
		adminPassword: item["adminPassword"],
		licenseType: item["licenseType"],
		enableCSIProxy: item["enableCSIProxy"],
		gmsaProfile: !item["gmsaProfile"] ? item["gmsaProfile"] : windowsGmsaProfileDeserializer(item["gmsaProfile"])
	};
}
/** The license type to use for Windows VMs. See [Azure Hybrid User Benefits](https://azure.microsoft.com/pricing/hybrid-benefit/faq/) for more details. */
var KnownLicenseType;
(function(KnownLicenseType) {
	/** No additional licensing is applied. */
	KnownLicenseType["None"] = "None";
	/** Enables Azure Hybrid User Benefits for Windows VMs. */
	KnownLicenseType["WindowsServer"] = "Windows_Server";
})(KnownLicenseType || (KnownLicenseType = {}));
function windowsGmsaProfileSerializer(item) {
	return {
		enabled: item["enabled"],
		dnsServer: item["dnsServer"],
		rootDomainName: item["rootDomainName"]
	};
}
function windowsGmsaProfileDeserializer(item) {
	return {
		enabled: item["enabled"],
		dnsServer: item["dnsServer"],
		rootDomainName: item["rootDomainName"]
	};
}
function managedClusterServicePrincipalProfileSerializer(item) {
	return {
		clientId: item["clientId"],
		secret: item["secret"]
	};
}
function managedClusterServicePrincipalProfileDeserializer(item) {
	return {
		clientId: item["clientId"],
		secret: item["secret"]
	};
}
function managedClusterAddonProfileRecordSerializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : managedClusterAddonProfileSerializer(item[key]);
	});
	return result;
}
function managedClusterAddonProfileRecordDeserializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : managedClusterAddonProfileDeserializer(item[key]);
	});
	return result;
}
function managedClusterAddonProfileSerializer(item) {
	return {
		enabled: item["enabled"],
		config: item["config"]
	};
}
function managedClusterAddonProfileDeserializer(item) {
	return {
		enabled: item["enabled"],
		config: !item["config"] ? item["config"] : Object.fromEntries(Object.entries(item["config"]).map(([k, p]) => [k, p])),
		identity: !item["identity"] ? item["identity"] : managedClusterAddonProfileIdentityDeserializer(item["identity"])
	};
}
function managedClusterAddonProfileIdentityDeserializer(item) {
	return {
		resourceId: item["resourceId"],
		clientId: item["clientId"],
		objectId: item["objectId"]
	};
}
function managedClusterPodIdentityProfileSerializer(item) {
	return {
		enabled: item["enabled"],
		allowNetworkPluginKubenet: item["allowNetworkPluginKubenet"],
		userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedClusterPodIdentityArraySerializer(item["userAssignedIdentities"]),
		userAssignedIdentityExceptions: !item["userAssignedIdentityExceptions"] ? item["userAssignedIdentityExceptions"] : managedClusterPodIdentityExceptionArraySerializer(item["userAssignedIdentityExceptions"])
	};
}
function managedClusterPodIdentityProfileDeserializer(item) {
	return {
		enabled: item["enabled"],
		allowNetworkPluginKubenet: item["allowNetworkPluginKubenet"],
		userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedClusterPodIdentityArrayDeserializer(item["userAssignedIdentities"]),
		userAssignedIdentityExceptions: !item["userAssignedIdentityExceptions"] ? item["userAssignedIdentityExceptions"] : managedClusterPodIdentityExceptionArrayDeserializer(item["userAssignedIdentityExceptions"])
	};
}
function managedClusterPodIdentityArraySerializer(result) {
	return result.map((item) => {
		return managedClusterPodIdentitySerializer(item);
	});
}
function managedClusterPodIdentityArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterPodIdentityDeserializer(item);
	});
}
function managedClusterPodIdentitySerializer(item) {
	return {
		name: item["name"],
		namespace: item["namespace"],
		bindingSelector: item["bindingSelector"],
		identity: userAssignedIdentitySerializer(item["identity"])
	};
}
function managedClusterPodIdentityDeserializer(item) {
	return {
		name: item["name"],
		namespace: item["namespace"],
		bindingSelector: item["bindingSelector"],
		identity: userAssignedIdentityDeserializer(item["identity"]),
		provisioningState: item["provisioningState"],
		provisioningInfo: !item["provisioningInfo"] ? item["provisioningInfo"] : managedClusterPodIdentityProvisioningInfoDeserializer(item["provisioningInfo"])
	};
}
function userAssignedIdentitySerializer(item) {
	return {
		resourceId: item["resourceId"],
		clientId: item["clientId"],
		objectId: item["objectId"]
	};
}
function userAssignedIdentityDeserializer(item) {
	return {
		resourceId: item["resourceId"],
		clientId: item["clientId"],
		objectId: item["objectId"]
	};
}
/** The current provisioning state of the pod identity. */
var KnownManagedClusterPodIdentityProvisioningState;
(function(KnownManagedClusterPodIdentityProvisioningState) {
	/** Pod identity is assigned. */
	KnownManagedClusterPodIdentityProvisioningState["Assigned"] = "Assigned";
	/** Pod identity assignment was canceled. */
	KnownManagedClusterPodIdentityProvisioningState["Canceled"] = "Canceled";
	/** Pod identity is being deleted. */
	KnownManagedClusterPodIdentityProvisioningState["Deleting"] = "Deleting";
	/** Pod identity assignment failed. */
	KnownManagedClusterPodIdentityProvisioningState["Failed"] = "Failed";
	/** Pod identity assignment succeeded. */
	KnownManagedClusterPodIdentityProvisioningState["Succeeded"] = "Succeeded";
	/** Pod identity is being updated. */
	KnownManagedClusterPodIdentityProvisioningState["Updating"] = "Updating";
})(KnownManagedClusterPodIdentityProvisioningState || (KnownManagedClusterPodIdentityProvisioningState = {}));
function managedClusterPodIdentityProvisioningInfoDeserializer(item) {
	return { error: !item["error"] ? item["error"] : managedClusterPodIdentityProvisioningErrorDeserializer(item["error"]) };
}
function managedClusterPodIdentityProvisioningErrorDeserializer(item) {
	return { error: !item["error"] ? item["error"] : managedClusterPodIdentityProvisioningErrorBodyDeserializer(item["error"]) };
}
function managedClusterPodIdentityProvisioningErrorBodyDeserializer(item) {
	return {
		code: item["code"],
		message: item["message"],
		target: item["target"],
		details: !item["details"] ? item["details"] : managedClusterPodIdentityProvisioningErrorBodyArrayDeserializer(item["details"])
	};
}
function managedClusterPodIdentityProvisioningErrorBodyArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterPodIdentityProvisioningErrorBodyDeserializer(item);
	});
}
function managedClusterPodIdentityExceptionArraySerializer(result) {
	return result.map((item) => {
		return managedClusterPodIdentityExceptionSerializer(item);
	});
}
function managedClusterPodIdentityExceptionArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterPodIdentityExceptionDeserializer(item);
	});
}
function managedClusterPodIdentityExceptionSerializer(item) {
	return {
		name: item["name"],
		namespace: item["namespace"],
		podLabels: item["podLabels"]
	};
}
function managedClusterPodIdentityExceptionDeserializer(item) {
	return {
		name: item["name"],
		namespace: item["namespace"],
		podLabels: Object.fromEntries(Object.entries(item["podLabels"]).map(([k, p]) => [k, p]))
	};
}
function managedClusterOidcIssuerProfileSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterOidcIssuerProfileDeserializer(item) {
	return {
		issuerURL: item["issuerURL"],
		enabled: item["enabled"]
	};
}
function managedClusterNodeResourceGroupProfileSerializer(item) {
	return { restrictionLevel: item["restrictionLevel"] };
}
function managedClusterNodeResourceGroupProfileDeserializer(item) {
	return { restrictionLevel: item["restrictionLevel"] };
}
/** The restriction level applied to the cluster's node resource group. If not specified, the default is 'Unrestricted' */
var KnownRestrictionLevel;
(function(KnownRestrictionLevel) {
	/** All RBAC permissions are allowed on the managed node resource group */
	KnownRestrictionLevel["Unrestricted"] = "Unrestricted";
	/** Only \*\/read RBAC permissions allowed on the managed node resource group */
	KnownRestrictionLevel["ReadOnly"] = "ReadOnly";
})(KnownRestrictionLevel || (KnownRestrictionLevel = {}));
/** Different support tiers for AKS managed clusters */
var KnownKubernetesSupportPlan;
(function(KnownKubernetesSupportPlan) {
	/** Support for the version is the same as for the open source Kubernetes offering. Official Kubernetes open source community support versions for 1 year after release. */
	KnownKubernetesSupportPlan["KubernetesOfficial"] = "KubernetesOfficial";
	/** Support for the version extended past the KubernetesOfficial support of 1 year. AKS continues to patch CVEs for another 1 year, for a total of 2 years of support. */
	KnownKubernetesSupportPlan["AKSLongTermSupport"] = "AKSLongTermSupport";
})(KnownKubernetesSupportPlan || (KnownKubernetesSupportPlan = {}));
function containerServiceNetworkProfileSerializer(item) {
	return {
		networkPlugin: item["networkPlugin"],
		networkPluginMode: item["networkPluginMode"],
		networkPolicy: item["networkPolicy"],
		networkMode: item["networkMode"],
		networkDataplane: item["networkDataplane"],
		advancedNetworking: !item["advancedNetworking"] ? item["advancedNetworking"] : advancedNetworkingSerializer(item["advancedNetworking"]),
		podCidr: item["podCidr"],
		serviceCidr: item["serviceCidr"],
		dnsServiceIP: item["dnsServiceIP"],
		outboundType: item["outboundType"],
		loadBalancerSku: item["loadBalancerSku"],
		loadBalancerProfile: !item["loadBalancerProfile"] ? item["loadBalancerProfile"] : managedClusterLoadBalancerProfileSerializer(item["loadBalancerProfile"]),
		natGatewayProfile: !item["natGatewayProfile"] ? item["natGatewayProfile"] : managedClusterNATGatewayProfileSerializer(item["natGatewayProfile"]),
		staticEgressGatewayProfile: !item["staticEgressGatewayProfile"] ? item["staticEgressGatewayProfile"] : managedClusterStaticEgressGatewayProfileSerializer(item["staticEgressGatewayProfile"]),
		podCidrs: !item["podCidrs"] ? item["podCidrs"] : item["podCidrs"].map((p) => {
			return p;
		}),
		serviceCidrs: !item["serviceCidrs"] ? item["serviceCidrs"] : item["serviceCidrs"].map((p) => {
			return p;
		}),
		ipFamilies: !item["ipFamilies"] ? item["ipFamilies"] : item["ipFamilies"].map((p) => {
			return p;
		})
	};
}
function containerServiceNetworkProfileDeserializer(item) {
	return {
		networkPlugin: item["networkPlugin"],
		networkPluginMode: item["networkPluginMode"],
		networkPolicy: item["networkPolicy"],
		networkMode: item["networkMode"],
		networkDataplane: item["networkDataplane"],
		advancedNetworking: !item["advancedNetworking"] ? item["advancedNetworking"] : advancedNetworkingDeserializer(item["advancedNetworking"]),
		podCidr: item["podCidr"],
		serviceCidr: item["serviceCidr"],
		dnsServiceIP: item["dnsServiceIP"],
		outboundType: item["outboundType"],
		loadBalancerSku: item["loadBalancerSku"],
		loadBalancerProfile: !item["loadBalancerProfile"] ? item["loadBalancerProfile"] : managedClusterLoadBalancerProfileDeserializer(item["loadBalancerProfile"]),
		natGatewayProfile: !item["natGatewayProfile"] ? item["natGatewayProfile"] : managedClusterNATGatewayProfileDeserializer(item["natGatewayProfile"]),
		staticEgressGatewayProfile: !item["staticEgressGatewayProfile"] ? item["staticEgressGatewayProfile"] : managedClusterStaticEgressGatewayProfileDeserializer(item["staticEgressGatewayProfile"]),
		podCidrs: !item["podCidrs"] ? item["podCidrs"] : item["podCidrs"].map((p) => {
			return p;
		}),
		serviceCidrs: !item["serviceCidrs"] ? item["serviceCidrs"] : item["serviceCidrs"].map((p) => {
			return p;
		}),
		ipFamilies: !item["ipFamilies"] ? item["ipFamilies"] : item["ipFamilies"].map((p) => {
			return p;
		})
	};
}
/** Network plugin used for building the Kubernetes network. */
var KnownNetworkPlugin;
(function(KnownNetworkPlugin) {
	/** Use the Azure CNI network plugin. See [Azure CNI (advanced) networking](https://docs.microsoft.com/azure/aks/concepts-network#azure-cni-advanced-networking) for more information. */
	KnownNetworkPlugin["Azure"] = "azure";
	/** Use the Kubenet network plugin. See [Kubenet (basic) networking](https://docs.microsoft.com/azure/aks/concepts-network#kubenet-basic-networking) for more information. */
	KnownNetworkPlugin["Kubenet"] = "kubenet";
	/** No CNI plugin is pre-installed. See [BYO CNI](https://docs.microsoft.com/en-us/azure/aks/use-byo-cni) for more information. */
	KnownNetworkPlugin["None"] = "none";
})(KnownNetworkPlugin || (KnownNetworkPlugin = {}));
/** The mode the network plugin should use. */
var KnownNetworkPluginMode;
(function(KnownNetworkPluginMode) {
	/** Used with networkPlugin=azure, pods are given IPs from the PodCIDR address space but use Azure Routing Domains rather than Kubenet's method of route tables. For more information visit https://aka.ms/aks/azure-cni-overlay. */
	KnownNetworkPluginMode["Overlay"] = "overlay";
})(KnownNetworkPluginMode || (KnownNetworkPluginMode = {}));
/** Network policy used for building the Kubernetes network. */
var KnownNetworkPolicy;
(function(KnownNetworkPolicy) {
	/** Network policies will not be enforced. This is the default value when NetworkPolicy is not specified. */
	KnownNetworkPolicy["None"] = "none";
	/** Use Calico network policies. See [differences between Azure and Calico policies](https://docs.microsoft.com/azure/aks/use-network-policies#differences-between-azure-and-calico-policies-and-their-capabilities) for more information. */
	KnownNetworkPolicy["Calico"] = "calico";
	/** Use Azure network policies. See [differences between Azure and Calico policies](https://docs.microsoft.com/azure/aks/use-network-policies#differences-between-azure-and-calico-policies-and-their-capabilities) for more information. */
	KnownNetworkPolicy["Azure"] = "azure";
	/** Use Cilium to enforce network policies. This requires networkDataplane to be 'cilium'. */
	KnownNetworkPolicy["Cilium"] = "cilium";
})(KnownNetworkPolicy || (KnownNetworkPolicy = {}));
/** The network mode Azure CNI is configured with. This cannot be specified if networkPlugin is anything other than 'azure'. */
var KnownNetworkMode;
(function(KnownNetworkMode) {
	/** No bridge is created. Intra-VM Pod to Pod communication is through IP routes created by Azure CNI. See [Transparent Mode](https://docs.microsoft.com/azure/aks/faq#transparent-mode) for more information. */
	KnownNetworkMode["Transparent"] = "transparent";
	/** This is no longer supported */
	KnownNetworkMode["Bridge"] = "bridge";
})(KnownNetworkMode || (KnownNetworkMode = {}));
/** Network dataplane used in the Kubernetes cluster. */
var KnownNetworkDataplane;
(function(KnownNetworkDataplane) {
	/** Use Azure network dataplane. */
	KnownNetworkDataplane["Azure"] = "azure";
	/** Use Cilium network dataplane. See [Azure CNI Powered by Cilium](https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium) for more information. */
	KnownNetworkDataplane["Cilium"] = "cilium";
})(KnownNetworkDataplane || (KnownNetworkDataplane = {}));
function advancedNetworkingSerializer(item) {
	return {
		enabled: item["enabled"],
		observability: !item["observability"] ? item["observability"] : advancedNetworkingObservabilitySerializer(item["observability"]),
		security: !item["security"] ? item["security"] : advancedNetworkingSecuritySerializer(item["security"]),
		performance: !item["performance"] ? item["performance"] : advancedNetworkingPerformanceSerializer(item["performance"])
	};
}
function advancedNetworkingDeserializer(item) {
	return {
		enabled: item["enabled"],
		observability: !item["observability"] ? item["observability"] : advancedNetworkingObservabilityDeserializer(item["observability"]),
		security: !item["security"] ? item["security"] : advancedNetworkingSecurityDeserializer(item["security"]),
		performance: !item["performance"] ? item["performance"] : advancedNetworkingPerformanceDeserializer(item["performance"])
	};
}
function advancedNetworkingObservabilitySerializer(item) {
	return { enabled: item["enabled"] };
}
function advancedNetworkingObservabilityDeserializer(item) {
	return { enabled: item["enabled"] };
}
function advancedNetworkingSecuritySerializer(item) {
	return {
		enabled: item["enabled"],
		advancedNetworkPolicies: item["advancedNetworkPolicies"],
		transitEncryption: !item["transitEncryption"] ? item["transitEncryption"] : advancedNetworkingSecurityTransitEncryptionSerializer(item["transitEncryption"])
	};
}
function advancedNetworkingSecurityDeserializer(item) {
	return {
		enabled: item["enabled"],
		advancedNetworkPolicies: item["advancedNetworkPolicies"],
		transitEncryption: !item["transitEncryption"] ? item["transitEncryption"] : advancedNetworkingSecurityTransitEncryptionDeserializer(item["transitEncryption"])
	};
}
/** Enable advanced network policies. This allows users to configure Layer 7 network policies (FQDN, HTTP, Kafka). Policies themselves must be configured via the Cilium Network Policy resources, see https://docs.cilium.io/en/latest/security/policy/index.html. This can be enabled only on cilium-based clusters. If not specified, the default value is FQDN if security.enabled is set to true. */
var KnownAdvancedNetworkPolicies;
(function(KnownAdvancedNetworkPolicies) {
	/** Enable Layer7 network policies (FQDN, HTTP/S, Kafka). This option is a superset of the FQDN option. */
	KnownAdvancedNetworkPolicies["L7"] = "L7";
	/** Enable FQDN based network policies */
	KnownAdvancedNetworkPolicies["Fqdn"] = "FQDN";
	/** Disable Layer 7 network policies (FQDN, HTTP/S, Kafka) */
	KnownAdvancedNetworkPolicies["None"] = "None";
})(KnownAdvancedNetworkPolicies || (KnownAdvancedNetworkPolicies = {}));
function advancedNetworkingSecurityTransitEncryptionSerializer(item) {
	return { type: item["type"] };
}
function advancedNetworkingSecurityTransitEncryptionDeserializer(item) {
	return { type: item["type"] };
}
/** Configures pod-to-pod encryption. This can be enabled only on Cilium-based clusters. If not specified, the default value is None. */
var KnownTransitEncryptionType;
(function(KnownTransitEncryptionType) {
	/** Enable WireGuard encryption. Refer to https://docs.cilium.io/en/latest/security/network/encryption-wireguard/ on use cases and implementation details */
	KnownTransitEncryptionType["WireGuard"] = "WireGuard";
	/** Disable Transit encryption */
	KnownTransitEncryptionType["None"] = "None";
})(KnownTransitEncryptionType || (KnownTransitEncryptionType = {}));
function advancedNetworkingPerformanceSerializer(item) {
	return { accelerationMode: item["accelerationMode"] };
}
function advancedNetworkingPerformanceDeserializer(item) {
	return { accelerationMode: item["accelerationMode"] };
}
/** Enable advanced network acceleration options. This allows users to configure acceleration using BPF host routing. This can be enabled only with Cilium dataplane. If not specified, the default value is None (no acceleration). The acceleration mode can be changed on a pre-existing cluster. See https://aka.ms/acnsperformance for a detailed explanation */
var KnownAccelerationMode;
(function(KnownAccelerationMode) {
	/** Enable eBPF host routing with veth device mode. */
	KnownAccelerationMode["BpfVeth"] = "BpfVeth";
	/** Disable acceleration options. */
	KnownAccelerationMode["None"] = "None";
})(KnownAccelerationMode || (KnownAccelerationMode = {}));
/** The outbound (egress) routing method. This can only be set at cluster creation time and cannot be changed later. For more information see [egress outbound type](https://docs.microsoft.com/azure/aks/egress-outboundtype). */
var KnownOutboundType;
(function(KnownOutboundType) {
	/** The load balancer is used for egress through an AKS assigned public IP. This supports Kubernetes services of type 'loadBalancer'. For more information see [outbound type loadbalancer](https://docs.microsoft.com/azure/aks/egress-outboundtype#outbound-type-of-loadbalancer). */
	KnownOutboundType["LoadBalancer"] = "loadBalancer";
	/** Egress paths must be defined by the user. This is an advanced scenario and requires proper network configuration. For more information see [outbound type userDefinedRouting](https://docs.microsoft.com/azure/aks/egress-outboundtype#outbound-type-of-userdefinedrouting). */
	KnownOutboundType["UserDefinedRouting"] = "userDefinedRouting";
	/** The AKS-managed NAT gateway is used for egress. */
	KnownOutboundType["ManagedNATGateway"] = "managedNATGateway";
	/** The user-assigned NAT gateway associated to the cluster subnet is used for egress. This is an advanced scenario and requires proper network configuration. */
	KnownOutboundType["UserAssignedNATGateway"] = "userAssignedNATGateway";
	/** The AKS cluster is not set with any outbound-type. All AKS nodes follows Azure VM default outbound behavior. Please refer to https://azure.microsoft.com/en-us/updates/default-outbound-access-for-vms-in-azure-will-be-retired-transition-to-a-new-method-of-internet-access/ */
	KnownOutboundType["None"] = "none";
})(KnownOutboundType || (KnownOutboundType = {}));
/** The load balancer sku for the managed cluster. The default is 'standard'. See [Azure Load Balancer SKUs](https://docs.microsoft.com/azure/load-balancer/skus) for more information about the differences between load balancer SKUs. */
var KnownLoadBalancerSku;
(function(KnownLoadBalancerSku) {
	/** Use a a standard Load Balancer. This is the recommended Load Balancer SKU. For more information about on working with the load balancer in the managed cluster, see the [standard Load Balancer](https://docs.microsoft.com/azure/aks/load-balancer-standard) article. */
	KnownLoadBalancerSku["Standard"] = "standard";
	/** Use a basic Load Balancer with limited functionality. */
	KnownLoadBalancerSku["Basic"] = "basic";
})(KnownLoadBalancerSku || (KnownLoadBalancerSku = {}));
function managedClusterLoadBalancerProfileSerializer(item) {
	return {
		managedOutboundIPs: !item["managedOutboundIPs"] ? item["managedOutboundIPs"] : managedClusterLoadBalancerProfileManagedOutboundIPsSerializer(item["managedOutboundIPs"]),
		outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : managedClusterLoadBalancerProfileOutboundIPPrefixesSerializer(item["outboundIPPrefixes"]),
		outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : managedClusterLoadBalancerProfileOutboundIPsSerializer(item["outboundIPs"]),
		allocatedOutboundPorts: item["allocatedOutboundPorts"],
		idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
		enableMultipleStandardLoadBalancers: item["enableMultipleStandardLoadBalancers"],
		backendPoolType: item["backendPoolType"]
	};
}
function managedClusterLoadBalancerProfileDeserializer(item) {
	return {
		managedOutboundIPs: !item["managedOutboundIPs"] ? item["managedOutboundIPs"] : managedClusterLoadBalancerProfileManagedOutboundIPsDeserializer(item["managedOutboundIPs"]),
		outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : managedClusterLoadBalancerProfileOutboundIPPrefixesDeserializer(item["outboundIPPrefixes"]),
		outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : managedClusterLoadBalancerProfileOutboundIPsDeserializer(item["outboundIPs"]),
		effectiveOutboundIPs: !item["effectiveOutboundIPs"] ? item["effectiveOutboundIPs"] : resourceReferenceArrayDeserializer(item["effectiveOutboundIPs"]),
		allocatedOutboundPorts: item["allocatedOutboundPorts"],
		idleTimeoutInMinutes: item["idleTimeoutInMinutes"],
		enableMultipleStandardLoadBalancers: item["enableMultipleStandardLoadBalancers"],
		backendPoolType: item["backendPoolType"]
	};
}
function managedClusterLoadBalancerProfileManagedOutboundIPsSerializer(item) {
	return {
		count: item["count"],
		countIPv6: item["countIPv6"]
	};
}
function managedClusterLoadBalancerProfileManagedOutboundIPsDeserializer(item) {
	return {
		count: item["count"],
		countIPv6: item["countIPv6"]
	};
}
function managedClusterLoadBalancerProfileOutboundIPPrefixesSerializer(item) {
	return { publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : resourceReferenceArraySerializer(item["publicIPPrefixes"]) };
}
function managedClusterLoadBalancerProfileOutboundIPPrefixesDeserializer(item) {
	return { publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : resourceReferenceArrayDeserializer(item["publicIPPrefixes"]) };
}
function resourceReferenceArraySerializer(result) {
	return result.map((item) => {
		return resourceReferenceSerializer(item);
	});
}
function resourceReferenceArrayDeserializer(result) {
	return result.map((item) => {
		return resourceReferenceDeserializer(item);
	});
}
function resourceReferenceSerializer(item) {
	return { id: item["id"] };
}
function resourceReferenceDeserializer(item) {
	return { id: item["id"] };
}
function managedClusterLoadBalancerProfileOutboundIPsSerializer(item) {
	return { publicIPs: !item["publicIPs"] ? item["publicIPs"] : resourceReferenceArraySerializer(item["publicIPs"]) };
}
function managedClusterLoadBalancerProfileOutboundIPsDeserializer(item) {
	return { publicIPs: !item["publicIPs"] ? item["publicIPs"] : resourceReferenceArrayDeserializer(item["publicIPs"]) };
}
/** The type of the managed inbound Load Balancer BackendPool. */
var KnownBackendPoolType;
(function(KnownBackendPoolType) {
	/** The type of the managed inbound Load Balancer BackendPool. https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#configure-load-balancer-backend. */
	KnownBackendPoolType["NodeIPConfiguration"] = "NodeIPConfiguration";
	/** The type of the managed inbound Load Balancer BackendPool. https://cloud-provider-azure.sigs.k8s.io/topics/loadbalancer/#configure-load-balancer-backend. */
	KnownBackendPoolType["NodeIP"] = "NodeIP";
})(KnownBackendPoolType || (KnownBackendPoolType = {}));
function managedClusterNATGatewayProfileSerializer(item) {
	return {
		sku: item["sku"],
		managedOutboundIPProfile: !item["managedOutboundIPProfile"] ? item["managedOutboundIPProfile"] : managedClusterManagedOutboundIPProfileSerializer(item["managedOutboundIPProfile"]),
		outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : _managedClusterNATGatewayProfileOutboundIpPrefixesSerializer(item["outboundIPPrefixes"]),
		outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : _managedClusterNATGatewayProfileOutboundIPsSerializer(item["outboundIPs"]),
		idleTimeoutInMinutes: item["idleTimeoutInMinutes"]
	};
}
function managedClusterNATGatewayProfileDeserializer(item) {
	return {
		sku: item["sku"],
		managedOutboundIPProfile: !item["managedOutboundIPProfile"] ? item["managedOutboundIPProfile"] : managedClusterManagedOutboundIPProfileDeserializer(item["managedOutboundIPProfile"]),
		effectiveOutboundIPs: !item["effectiveOutboundIPs"] ? item["effectiveOutboundIPs"] : resourceReferenceArrayDeserializer(item["effectiveOutboundIPs"]),
		outboundIPPrefixes: !item["outboundIPPrefixes"] ? item["outboundIPPrefixes"] : _managedClusterNATGatewayProfileOutboundIpPrefixesDeserializer(item["outboundIPPrefixes"]),
		outboundIPs: !item["outboundIPs"] ? item["outboundIPs"] : _managedClusterNATGatewayProfileOutboundIPsDeserializer(item["outboundIPs"]),
		idleTimeoutInMinutes: item["idleTimeoutInMinutes"]
	};
}
/** The SKU of a managed cluster NAT Gateway. */
var KnownManagedClusterNATGatewaySku;
(function(KnownManagedClusterNATGatewaySku) {
	/** Use a Standard SKU NAT Gateway. */
	KnownManagedClusterNATGatewaySku["Standard"] = "Standard";
	/** Use a StandardV2 SKU NAT Gateway. This is the default for new clusters in regions where it is available. */
	KnownManagedClusterNATGatewaySku["StandardV2"] = "StandardV2";
})(KnownManagedClusterNATGatewaySku || (KnownManagedClusterNATGatewaySku = {}));
function managedClusterManagedOutboundIPProfileSerializer(item) {
	return {
		count: item["count"],
		countIPv6: item["countIPv6"]
	};
}
function managedClusterManagedOutboundIPProfileDeserializer(item) {
	return {
		count: item["count"],
		countIPv6: item["countIPv6"]
	};
}
function _managedClusterNATGatewayProfileOutboundIpPrefixesSerializer(item) {
	return { publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : item["publicIPPrefixes"].map((p) => {
		return p;
	}) };
}
function _managedClusterNATGatewayProfileOutboundIpPrefixesDeserializer(item) {
	return { publicIPPrefixes: !item["publicIPPrefixes"] ? item["publicIPPrefixes"] : item["publicIPPrefixes"].map((p) => {
		return p;
	}) };
}
function _managedClusterNATGatewayProfileOutboundIPsSerializer(item) {
	return { publicIPs: !item["publicIPs"] ? item["publicIPs"] : item["publicIPs"].map((p) => {
		return p;
	}) };
}
function _managedClusterNATGatewayProfileOutboundIPsDeserializer(item) {
	return { publicIPs: !item["publicIPs"] ? item["publicIPs"] : item["publicIPs"].map((p) => {
		return p;
	}) };
}
function managedClusterStaticEgressGatewayProfileSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStaticEgressGatewayProfileDeserializer(item) {
	return { enabled: item["enabled"] };
}
/** To determine if address belongs IPv4 or IPv6 family */
var KnownIpFamily;
(function(KnownIpFamily) {
	/** IPv4 family */
	KnownIpFamily["IPv4"] = "IPv4";
	/** IPv6 family */
	KnownIpFamily["IPv6"] = "IPv6";
})(KnownIpFamily || (KnownIpFamily = {}));
function managedClusterAADProfileSerializer(item) {
	return {
		managed: item["managed"],
		enableAzureRBAC: item["enableAzureRbac"],
		adminGroupObjectIDs: !item["adminGroupObjectIDs"] ? item["adminGroupObjectIDs"] : item["adminGroupObjectIDs"].map((p) => {
			return p;
		}),
		clientAppID: item["clientAppID"],
		serverAppID: item["serverAppID"],
		serverAppSecret: item["serverAppSecret"],
		tenantID: item["tenantID"]
	};
}
function managedClusterAADProfileDeserializer(item) {
	return {
		managed: item["managed"],
		enableAzureRbac: item["enableAzureRBAC"],
		adminGroupObjectIDs: !item["adminGroupObjectIDs"] ? item["adminGroupObjectIDs"] : item["adminGroupObjectIDs"].map((p) => {
			return p;
		}),
		clientAppID: item["clientAppID"],
		serverAppID: item["serverAppID"],
		serverAppSecret: item["serverAppSecret"],
		tenantID: item["tenantID"]
	};
}
function managedClusterAutoUpgradeProfileSerializer(item) {
	return {
		upgradeChannel: item["upgradeChannel"],
		nodeOSUpgradeChannel: item["nodeOSUpgradeChannel"]
	};
}
function managedClusterAutoUpgradeProfileDeserializer(item) {
	return {
		upgradeChannel: item["upgradeChannel"],
		nodeOSUpgradeChannel: item["nodeOSUpgradeChannel"]
	};
}
/** The upgrade channel for auto upgrade. The default is 'none'. For more information see [setting the AKS cluster auto-upgrade channel](https://docs.microsoft.com/azure/aks/upgrade-cluster#set-auto-upgrade-channel). */
var KnownUpgradeChannel;
(function(KnownUpgradeChannel) {
	/** Automatically upgrade the cluster to the latest supported patch release on the latest supported minor version. In cases where the cluster is at a version of Kubernetes that is at an N-2 minor version where N is the latest supported minor version, the cluster first upgrades to the latest supported patch version on N-1 minor version. For example, if a cluster is running version 1.17.7 and versions 1.17.9, 1.18.4, 1.18.6, and 1.19.1 are available, your cluster first is upgraded to 1.18.6, then is upgraded to 1.19.1. */
	KnownUpgradeChannel["Rapid"] = "rapid";
	/** Automatically upgrade the cluster to the latest supported patch release on minor version N-1, where N is the latest supported minor version. For example, if a cluster is running version 1.17.7 and versions 1.17.9, 1.18.4, 1.18.6, and 1.19.1 are available, your cluster is upgraded to 1.18.6. */
	KnownUpgradeChannel["Stable"] = "stable";
	/** Automatically upgrade the cluster to the latest supported patch version when it becomes available while keeping the minor version the same. For example, if a cluster is running version 1.17.7 and versions 1.17.9, 1.18.4, 1.18.6, and 1.19.1 are available, your cluster is upgraded to 1.17.9. */
	KnownUpgradeChannel["Patch"] = "patch";
	/** Automatically upgrade the node image to the latest version available. Consider using nodeOSUpgradeChannel instead as that allows you to configure node OS patching separate from Kubernetes version patching */
	KnownUpgradeChannel["NodeImage"] = "node-image";
	/** Disables auto-upgrades and keeps the cluster at its current version of Kubernetes. */
	KnownUpgradeChannel["None"] = "none";
})(KnownUpgradeChannel || (KnownUpgradeChannel = {}));
/** Node OS Upgrade Channel. Manner in which the OS on your nodes is updated. The default is NodeImage. */
var KnownNodeOSUpgradeChannel;
(function(KnownNodeOSUpgradeChannel) {
	/** No attempt to update your machines OS will be made either by OS or by rolling VHDs. This means you are responsible for your security updates */
	KnownNodeOSUpgradeChannel["None"] = "None";
	/** OS updates will be applied automatically through the OS built-in patching infrastructure. Newly scaled in machines will be unpatched initially and will be patched at some point by the OS's infrastructure. Behavior of this option depends on the OS in question. Ubuntu and Mariner apply security patches through unattended upgrade roughly once a day around 06:00 UTC. Windows does not apply security patches automatically and so for them this option is equivalent to None till further notice */
	KnownNodeOSUpgradeChannel["Unmanaged"] = "Unmanaged";
	/** AKS will update the nodes with a newly patched VHD containing security fixes and bugfixes on a weekly cadence. With the VHD update machines will be rolling reimaged to that VHD following maintenance windows and surge settings. No extra VHD cost is incurred when choosing this option as AKS hosts the images. */
	KnownNodeOSUpgradeChannel["NodeImage"] = "NodeImage";
	/** AKS downloads and updates the nodes with tested security updates. These updates honor the maintenance window settings and produce a new VHD that is used on new nodes. On some occasions it's not possible to apply the updates in place, in such cases the existing nodes will also be re-imaged to the newly produced VHD in order to apply the changes. This option incurs an extra cost of hosting the new Security Patch VHDs in your resource group for just in time consumption. */
	KnownNodeOSUpgradeChannel["SecurityPatch"] = "SecurityPatch";
})(KnownNodeOSUpgradeChannel || (KnownNodeOSUpgradeChannel = {}));
function clusterUpgradeSettingsSerializer(item) {
	return { overrideSettings: !item["overrideSettings"] ? item["overrideSettings"] : upgradeOverrideSettingsSerializer(item["overrideSettings"]) };
}
function clusterUpgradeSettingsDeserializer(item) {
	return { overrideSettings: !item["overrideSettings"] ? item["overrideSettings"] : upgradeOverrideSettingsDeserializer(item["overrideSettings"]) };
}
function upgradeOverrideSettingsSerializer(item) {
	return {
		forceUpgrade: item["forceUpgrade"],
		until: !item["until"] ? item["until"] : item["until"].toISOString()
	};
}
function upgradeOverrideSettingsDeserializer(item) {
	return {
		forceUpgrade: item["forceUpgrade"],
		until: !item["until"] ? item["until"] : new Date(item["until"])
	};
}
function managedClusterPropertiesAutoScalerProfileSerializer(item) {
	return {
		"balance-similar-node-groups": item["balanceSimilarNodeGroups"],
		"daemonset-eviction-for-empty-nodes": item["daemonsetEvictionForEmptyNodes"],
		"daemonset-eviction-for-occupied-nodes": item["daemonsetEvictionForOccupiedNodes"],
		"ignore-daemonsets-utilization": item["ignoreDaemonsetsUtilization"],
		expander: item["expander"],
		"max-empty-bulk-delete": item["maxEmptyBulkDelete"],
		"max-graceful-termination-sec": item["maxGracefulTerminationSec"],
		"max-node-provision-time": item["maxNodeProvisionTime"],
		"max-total-unready-percentage": item["maxTotalUnreadyPercentage"],
		"new-pod-scale-up-delay": item["newPodScaleUpDelay"],
		"ok-total-unready-count": item["okTotalUnreadyCount"],
		"scan-interval": item["scanInterval"],
		"scale-down-delay-after-add": item["scaleDownDelayAfterAdd"],
		"scale-down-delay-after-delete": item["scaleDownDelayAfterDelete"],
		"scale-down-delay-after-failure": item["scaleDownDelayAfterFailure"],
		"scale-down-unneeded-time": item["scaleDownUnneededTime"],
		"scale-down-unready-time": item["scaleDownUnreadyTime"],
		"scale-down-utilization-threshold": item["scaleDownUtilizationThreshold"],
		"skip-nodes-with-local-storage": item["skipNodesWithLocalStorage"],
		"skip-nodes-with-system-pods": item["skipNodesWithSystemPods"]
	};
}
function managedClusterPropertiesAutoScalerProfileDeserializer(item) {
	return {
		balanceSimilarNodeGroups: item["balance-similar-node-groups"],
		daemonsetEvictionForEmptyNodes: item["daemonset-eviction-for-empty-nodes"],
		daemonsetEvictionForOccupiedNodes: item["daemonset-eviction-for-occupied-nodes"],
		ignoreDaemonsetsUtilization: item["ignore-daemonsets-utilization"],
		expander: item["expander"],
		maxEmptyBulkDelete: item["max-empty-bulk-delete"],
		maxGracefulTerminationSec: item["max-graceful-termination-sec"],
		maxNodeProvisionTime: item["max-node-provision-time"],
		maxTotalUnreadyPercentage: item["max-total-unready-percentage"],
		newPodScaleUpDelay: item["new-pod-scale-up-delay"],
		okTotalUnreadyCount: item["ok-total-unready-count"],
		scanInterval: item["scan-interval"],
		scaleDownDelayAfterAdd: item["scale-down-delay-after-add"],
		scaleDownDelayAfterDelete: item["scale-down-delay-after-delete"],
		scaleDownDelayAfterFailure: item["scale-down-delay-after-failure"],
		scaleDownUnneededTime: item["scale-down-unneeded-time"],
		scaleDownUnreadyTime: item["scale-down-unready-time"],
		scaleDownUtilizationThreshold: item["scale-down-utilization-threshold"],
		skipNodesWithLocalStorage: item["skip-nodes-with-local-storage"],
		skipNodesWithSystemPods: item["skip-nodes-with-system-pods"]
	};
}
/** The expander to use when scaling up. If not specified, the default is 'random'. See [expanders](https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/FAQ.md#what-are-expanders) for more information. */
var KnownExpander;
(function(KnownExpander) {
	/** Selects the node group that will have the least idle CPU (if tied, unused memory) after scale-up. This is useful when you have different classes of nodes, for example, high CPU or high memory nodes, and only want to expand those when there are pending pods that need a lot of those resources. */
	KnownExpander["LeastWaste"] = "least-waste";
	/** Selects the node group that would be able to schedule the most pods when scaling up. This is useful when you are using nodeSelector to make sure certain pods land on certain nodes. Note that this won't cause the autoscaler to select bigger nodes vs. smaller, as it can add multiple smaller nodes at once. */
	KnownExpander["MostPods"] = "most-pods";
	/** Selects the node group that has the highest priority assigned by the user. It's configuration is described in more details [here](https://github.com/kubernetes/autoscaler/blob/master/cluster-autoscaler/expander/priority/readme.md). */
	KnownExpander["Priority"] = "priority";
	/** Used when you don't have a particular need for the node groups to scale differently. */
	KnownExpander["Random"] = "random";
})(KnownExpander || (KnownExpander = {}));
function managedClusterAPIServerAccessProfileSerializer(item) {
	return {
		authorizedIPRanges: !item["authorizedIPRanges"] ? item["authorizedIPRanges"] : item["authorizedIPRanges"].map((p) => {
			return p;
		}),
		enablePrivateCluster: item["enablePrivateCluster"],
		privateDNSZone: item["privateDNSZone"],
		enablePrivateClusterPublicFQDN: item["enablePrivateClusterPublicFqdn"],
		disableRunCommand: item["disableRunCommand"],
		enableVnetIntegration: item["enableVnetIntegration"],
		subnetId: item["subnetId"]
	};
}
function managedClusterAPIServerAccessProfileDeserializer(item) {
	return {
		authorizedIPRanges: !item["authorizedIPRanges"] ? item["authorizedIPRanges"] : item["authorizedIPRanges"].map((p) => {
			return p;
		}),
		enablePrivateCluster: item["enablePrivateCluster"],
		privateDNSZone: item["privateDNSZone"],
		enablePrivateClusterPublicFqdn: item["enablePrivateClusterPublicFQDN"],
		disableRunCommand: item["disableRunCommand"],
		enableVnetIntegration: item["enableVnetIntegration"],
		subnetId: item["subnetId"]
	};
}
function userAssignedIdentityRecordSerializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : userAssignedIdentitySerializer(item[key]);
	});
	return result;
}
function userAssignedIdentityRecordDeserializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : userAssignedIdentityDeserializer(item[key]);
	});
	return result;
}
function privateLinkResourceArraySerializer(result) {
	return result.map((item) => {
		return privateLinkResourceSerializer(item);
	});
}
function privateLinkResourceArrayDeserializer(result) {
	return result.map((item) => {
		return privateLinkResourceDeserializer(item);
	});
}
function privateLinkResourceSerializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		groupId: item["groupId"],
		requiredMembers: !item["requiredMembers"] ? item["requiredMembers"] : item["requiredMembers"].map((p) => {
			return p;
		})
	};
}
function privateLinkResourceDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		groupId: item["groupId"],
		requiredMembers: !item["requiredMembers"] ? item["requiredMembers"] : item["requiredMembers"].map((p) => {
			return p;
		}),
		privateLinkServiceID: item["privateLinkServiceID"]
	};
}
function managedClusterHttpProxyConfigSerializer(item) {
	return {
		httpProxy: item["httpProxy"],
		httpsProxy: item["httpsProxy"],
		noProxy: !item["noProxy"] ? item["noProxy"] : item["noProxy"].map((p) => {
			return p;
		}),
		trustedCa: item["trustedCa"],
		enabled: item["enabled"]
	};
}
function managedClusterHttpProxyConfigDeserializer(item) {
	return {
		httpProxy: item["httpProxy"],
		httpsProxy: item["httpsProxy"],
		noProxy: !item["noProxy"] ? item["noProxy"] : item["noProxy"].map((p) => {
			return p;
		}),
		trustedCa: item["trustedCa"],
		enabled: item["enabled"]
	};
}
function managedClusterSecurityProfileSerializer(item) {
	return {
		defender: !item["defender"] ? item["defender"] : managedClusterSecurityProfileDefenderSerializer(item["defender"]),
		azureKeyVaultKms: !item["azureKeyVaultKms"] ? item["azureKeyVaultKms"] : azureKeyVaultKmsSerializer(item["azureKeyVaultKms"]),
		workloadIdentity: !item["workloadIdentity"] ? item["workloadIdentity"] : managedClusterSecurityProfileWorkloadIdentitySerializer(item["workloadIdentity"]),
		imageCleaner: !item["imageCleaner"] ? item["imageCleaner"] : managedClusterSecurityProfileImageCleanerSerializer(item["imageCleaner"]),
		customCATrustCertificates: !item["customCATrustCertificates"] ? item["customCATrustCertificates"] : item["customCATrustCertificates"].map((p) => {
			return uint8ArrayToString(p, "base64");
		})
	};
}
function managedClusterSecurityProfileDeserializer(item) {
	return {
		defender: !item["defender"] ? item["defender"] : managedClusterSecurityProfileDefenderDeserializer(item["defender"]),
		azureKeyVaultKms: !item["azureKeyVaultKms"] ? item["azureKeyVaultKms"] : azureKeyVaultKmsDeserializer(item["azureKeyVaultKms"]),
		workloadIdentity: !item["workloadIdentity"] ? item["workloadIdentity"] : managedClusterSecurityProfileWorkloadIdentityDeserializer(item["workloadIdentity"]),
		imageCleaner: !item["imageCleaner"] ? item["imageCleaner"] : managedClusterSecurityProfileImageCleanerDeserializer(item["imageCleaner"]),
		customCATrustCertificates: !item["customCATrustCertificates"] ? item["customCATrustCertificates"] : item["customCATrustCertificates"].map((p) => {
			return typeof p === "string" ? stringToUint8Array(p, "base64") : p;
		})
	};
}
function managedClusterSecurityProfileDefenderSerializer(item) {
	return {
		logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
		securityMonitoring: !item["securityMonitoring"] ? item["securityMonitoring"] : managedClusterSecurityProfileDefenderSecurityMonitoringSerializer(item["securityMonitoring"]),
		securityGating: !item["securityGating"] ? item["securityGating"] : managedClusterSecurityProfileDefenderSecurityGatingSerializer(item["securityGating"])
	};
}
function managedClusterSecurityProfileDefenderDeserializer(item) {
	return {
		logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
		securityMonitoring: !item["securityMonitoring"] ? item["securityMonitoring"] : managedClusterSecurityProfileDefenderSecurityMonitoringDeserializer(item["securityMonitoring"]),
		securityGating: !item["securityGating"] ? item["securityGating"] : managedClusterSecurityProfileDefenderSecurityGatingDeserializer(item["securityGating"])
	};
}
function managedClusterSecurityProfileDefenderSecurityMonitoringSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileDefenderSecurityMonitoringDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileDefenderSecurityGatingSerializer(item) {
	return {
		enabled: item["enabled"],
		identities: !item["identities"] ? item["identities"] : managedClusterSecurityProfileDefenderSecurityGatingIdentityArraySerializer(item["identities"]),
		allowSecretAccess: item["allowSecretAccess"]
	};
}
function managedClusterSecurityProfileDefenderSecurityGatingDeserializer(item) {
	return {
		enabled: item["enabled"],
		identities: !item["identities"] ? item["identities"] : managedClusterSecurityProfileDefenderSecurityGatingIdentityArrayDeserializer(item["identities"]),
		allowSecretAccess: item["allowSecretAccess"]
	};
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentityArraySerializer(result) {
	return result.map((item) => {
		return managedClusterSecurityProfileDefenderSecurityGatingIdentitySerializer(item);
	});
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentityArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterSecurityProfileDefenderSecurityGatingIdentityDeserializer(item);
	});
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentitySerializer(item) {
	return {
		azureContainerRegistry: item["azureContainerRegistry"],
		identity: !item["identity"] ? item["identity"] : userAssignedIdentitySerializer(item["identity"])
	};
}
function managedClusterSecurityProfileDefenderSecurityGatingIdentityDeserializer(item) {
	return {
		azureContainerRegistry: item["azureContainerRegistry"],
		identity: !item["identity"] ? item["identity"] : userAssignedIdentityDeserializer(item["identity"])
	};
}
function azureKeyVaultKmsSerializer(item) {
	return {
		enabled: item["enabled"],
		keyId: item["keyId"],
		keyVaultNetworkAccess: item["keyVaultNetworkAccess"],
		keyVaultResourceId: item["keyVaultResourceId"]
	};
}
function azureKeyVaultKmsDeserializer(item) {
	return {
		enabled: item["enabled"],
		keyId: item["keyId"],
		keyVaultNetworkAccess: item["keyVaultNetworkAccess"],
		keyVaultResourceId: item["keyVaultResourceId"]
	};
}
/** Network access of the key vault. Network access of key vault. The possible values are `Public` and `Private`. `Public` means the key vault allows public access from all networks. `Private` means the key vault disables public access and enables private link. The default value is `Public`. */
var KnownKeyVaultNetworkAccessTypes;
(function(KnownKeyVaultNetworkAccessTypes) {
	/** Key vault allows public access from all networks. */
	KnownKeyVaultNetworkAccessTypes["Public"] = "Public";
	/** Key vault disables public access and enables private link. */
	KnownKeyVaultNetworkAccessTypes["Private"] = "Private";
})(KnownKeyVaultNetworkAccessTypes || (KnownKeyVaultNetworkAccessTypes = {}));
function managedClusterSecurityProfileWorkloadIdentitySerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileWorkloadIdentityDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterSecurityProfileImageCleanerSerializer(item) {
	return {
		enabled: item["enabled"],
		intervalHours: item["intervalHours"]
	};
}
function managedClusterSecurityProfileImageCleanerDeserializer(item) {
	return {
		enabled: item["enabled"],
		intervalHours: item["intervalHours"]
	};
}
function managedClusterStorageProfileSerializer(item) {
	return {
		diskCSIDriver: !item["diskCSIDriver"] ? item["diskCSIDriver"] : managedClusterStorageProfileDiskCSIDriverSerializer(item["diskCSIDriver"]),
		fileCSIDriver: !item["fileCSIDriver"] ? item["fileCSIDriver"] : managedClusterStorageProfileFileCSIDriverSerializer(item["fileCSIDriver"]),
		snapshotController: !item["snapshotController"] ? item["snapshotController"] : managedClusterStorageProfileSnapshotControllerSerializer(item["snapshotController"]),
		blobCSIDriver: !item["blobCSIDriver"] ? item["blobCSIDriver"] : managedClusterStorageProfileBlobCSIDriverSerializer(item["blobCSIDriver"])
	};
}
function managedClusterStorageProfileDeserializer(item) {
	return {
		diskCSIDriver: !item["diskCSIDriver"] ? item["diskCSIDriver"] : managedClusterStorageProfileDiskCSIDriverDeserializer(item["diskCSIDriver"]),
		fileCSIDriver: !item["fileCSIDriver"] ? item["fileCSIDriver"] : managedClusterStorageProfileFileCSIDriverDeserializer(item["fileCSIDriver"]),
		snapshotController: !item["snapshotController"] ? item["snapshotController"] : managedClusterStorageProfileSnapshotControllerDeserializer(item["snapshotController"]),
		blobCSIDriver: !item["blobCSIDriver"] ? item["blobCSIDriver"] : managedClusterStorageProfileBlobCSIDriverDeserializer(item["blobCSIDriver"])
	};
}
function managedClusterStorageProfileDiskCSIDriverSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStorageProfileDiskCSIDriverDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStorageProfileFileCSIDriverSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStorageProfileFileCSIDriverDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStorageProfileSnapshotControllerSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStorageProfileSnapshotControllerDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStorageProfileBlobCSIDriverSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterStorageProfileBlobCSIDriverDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterIngressProfileSerializer(item) {
	return {
		webAppRouting: !item["webAppRouting"] ? item["webAppRouting"] : managedClusterIngressProfileWebAppRoutingSerializer(item["webAppRouting"]),
		gatewayAPI: !item["gatewayAPI"] ? item["gatewayAPI"] : managedClusterIngressProfileGatewayConfigurationSerializer(item["gatewayAPI"])
	};
}
function managedClusterIngressProfileDeserializer(item) {
	return {
		webAppRouting: !item["webAppRouting"] ? item["webAppRouting"] : managedClusterIngressProfileWebAppRoutingDeserializer(item["webAppRouting"]),
		gatewayAPI: !item["gatewayAPI"] ? item["gatewayAPI"] : managedClusterIngressProfileGatewayConfigurationDeserializer(item["gatewayAPI"])
	};
}
function managedClusterIngressProfileWebAppRoutingSerializer(item) {
	return {
		enabled: item["enabled"],
		gatewayAPIImplementations: !item["gatewayAPIImplementations"] ? item["gatewayAPIImplementations"] : managedClusterWebAppRoutingGatewayAPIImplementationsSerializer(item["gatewayAPIImplementations"]),
		dnsZoneResourceIds: !item["dnsZoneResourceIds"] ? item["dnsZoneResourceIds"] : item["dnsZoneResourceIds"].map((p) => {
			return p;
		}),
		nginx: !item["nginx"] ? item["nginx"] : managedClusterIngressProfileNginxSerializer(item["nginx"])
	};
}
function managedClusterIngressProfileWebAppRoutingDeserializer(item) {
	return {
		enabled: item["enabled"],
		gatewayAPIImplementations: !item["gatewayAPIImplementations"] ? item["gatewayAPIImplementations"] : managedClusterWebAppRoutingGatewayAPIImplementationsDeserializer(item["gatewayAPIImplementations"]),
		dnsZoneResourceIds: !item["dnsZoneResourceIds"] ? item["dnsZoneResourceIds"] : item["dnsZoneResourceIds"].map((p) => {
			return p;
		}),
		nginx: !item["nginx"] ? item["nginx"] : managedClusterIngressProfileNginxDeserializer(item["nginx"]),
		identity: !item["identity"] ? item["identity"] : userAssignedIdentityDeserializer(item["identity"])
	};
}
function managedClusterWebAppRoutingGatewayAPIImplementationsSerializer(item) {
	return { appRoutingIstio: !item["appRoutingIstio"] ? item["appRoutingIstio"] : managedClusterAppRoutingIstioSerializer(item["appRoutingIstio"]) };
}
function managedClusterWebAppRoutingGatewayAPIImplementationsDeserializer(item) {
	return { appRoutingIstio: !item["appRoutingIstio"] ? item["appRoutingIstio"] : managedClusterAppRoutingIstioDeserializer(item["appRoutingIstio"]) };
}
function managedClusterAppRoutingIstioSerializer(item) {
	return { mode: item["mode"] };
}
function managedClusterAppRoutingIstioDeserializer(item) {
	return { mode: item["mode"] };
}
/** Whether to enable Istio as a Gateway API implementation for managed ingress with App Routing. */
var KnownGatewayAPIIstioEnabled;
(function(KnownGatewayAPIIstioEnabled) {
	/** Enables managed ingress via the Gateway API using a sidecar-less Istio controlplane. */
	KnownGatewayAPIIstioEnabled["Enabled"] = "Enabled";
	/** Disables the sidecar-less istio control plane for managed ingress via the Gateway API. */
	KnownGatewayAPIIstioEnabled["Disabled"] = "Disabled";
})(KnownGatewayAPIIstioEnabled || (KnownGatewayAPIIstioEnabled = {}));
function managedClusterIngressProfileNginxSerializer(item) {
	return { defaultIngressControllerType: item["defaultIngressControllerType"] };
}
function managedClusterIngressProfileNginxDeserializer(item) {
	return { defaultIngressControllerType: item["defaultIngressControllerType"] };
}
/** Ingress type for the default NginxIngressController custom resource */
var KnownNginxIngressControllerType;
(function(KnownNginxIngressControllerType) {
	/** The default NginxIngressController will be created. Users can edit the default NginxIngressController Custom Resource to configure load balancer annotations. */
	KnownNginxIngressControllerType["AnnotationControlled"] = "AnnotationControlled";
	/** The default NginxIngressController will be created and the operator will provision an external loadbalancer with it. Any annotation to make the default loadbalancer internal will be overwritten. */
	KnownNginxIngressControllerType["External"] = "External";
	/** The default NginxIngressController will be created and the operator will provision an internal loadbalancer with it. Any annotation to make the default loadbalancer external will be overwritten. */
	KnownNginxIngressControllerType["Internal"] = "Internal";
	/** The default Ingress Controller will not be created. It will not be deleted by the system if it exists. Users should delete the default NginxIngressController Custom Resource manually if desired. */
	KnownNginxIngressControllerType["None"] = "None";
})(KnownNginxIngressControllerType || (KnownNginxIngressControllerType = {}));
function managedClusterIngressProfileGatewayConfigurationSerializer(item) {
	return { installation: item["installation"] };
}
function managedClusterIngressProfileGatewayConfigurationDeserializer(item) {
	return { installation: item["installation"] };
}
/** Configuration for the managed Gateway API installation. If not specified, the default is 'Disabled'. See https://aka.ms/k8s-gateway-api for more details. */
var KnownManagedGatewayType;
(function(KnownManagedGatewayType) {
	/** Gateway API CRDs will not be reconciled on your cluster. */
	KnownManagedGatewayType["Disabled"] = "Disabled";
	/** Gateway API CRDs from the standard release channel will be reconciled onto your cluster. See https://aka.ms/gateway-api-versions to see which bundle will be installed for your Kubernetes version. */
	KnownManagedGatewayType["Standard"] = "Standard";
})(KnownManagedGatewayType || (KnownManagedGatewayType = {}));
/** PublicNetworkAccess of the managedCluster. Allow or deny public network access for AKS */
var KnownPublicNetworkAccess;
(function(KnownPublicNetworkAccess) {
	/** Inbound/Outbound to the managedCluster is allowed. */
	KnownPublicNetworkAccess["Enabled"] = "Enabled";
	/** Inbound traffic to managedCluster is disabled, traffic from managedCluster is allowed. */
	KnownPublicNetworkAccess["Disabled"] = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
function managedClusterWorkloadAutoScalerProfileSerializer(item) {
	return {
		keda: !item["keda"] ? item["keda"] : managedClusterWorkloadAutoScalerProfileKedaSerializer(item["keda"]),
		verticalPodAutoscaler: !item["verticalPodAutoscaler"] ? item["verticalPodAutoscaler"] : managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerSerializer(item["verticalPodAutoscaler"])
	};
}
function managedClusterWorkloadAutoScalerProfileDeserializer(item) {
	return {
		keda: !item["keda"] ? item["keda"] : managedClusterWorkloadAutoScalerProfileKedaDeserializer(item["keda"]),
		verticalPodAutoscaler: !item["verticalPodAutoscaler"] ? item["verticalPodAutoscaler"] : managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerDeserializer(item["verticalPodAutoscaler"])
	};
}
function managedClusterWorkloadAutoScalerProfileKedaSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterWorkloadAutoScalerProfileKedaDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterWorkloadAutoScalerProfileVerticalPodAutoscalerDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileSerializer(item) {
	return {
		metrics: !item["metrics"] ? item["metrics"] : managedClusterAzureMonitorProfileMetricsSerializer(item["metrics"]),
		containerInsights: !item["containerInsights"] ? item["containerInsights"] : managedClusterAzureMonitorProfileContainerInsightsSerializer(item["containerInsights"]),
		appMonitoring: !item["appMonitoring"] ? item["appMonitoring"] : managedClusterAzureMonitorProfileAppMonitoringSerializer(item["appMonitoring"])
	};
}
function managedClusterAzureMonitorProfileDeserializer(item) {
	return {
		metrics: !item["metrics"] ? item["metrics"] : managedClusterAzureMonitorProfileMetricsDeserializer(item["metrics"]),
		containerInsights: !item["containerInsights"] ? item["containerInsights"] : managedClusterAzureMonitorProfileContainerInsightsDeserializer(item["containerInsights"]),
		appMonitoring: !item["appMonitoring"] ? item["appMonitoring"] : managedClusterAzureMonitorProfileAppMonitoringDeserializer(item["appMonitoring"])
	};
}
function managedClusterAzureMonitorProfileMetricsSerializer(item) {
	return {
		enabled: item["enabled"],
		kubeStateMetrics: !item["kubeStateMetrics"] ? item["kubeStateMetrics"] : managedClusterAzureMonitorProfileKubeStateMetricsSerializer(item["kubeStateMetrics"]),
		controlPlane: !item["controlPlane"] ? item["controlPlane"] : managedClusterAzureMonitorProfileMetricsControlPlaneSerializer(item["controlPlane"])
	};
}
function managedClusterAzureMonitorProfileMetricsDeserializer(item) {
	return {
		enabled: item["enabled"],
		kubeStateMetrics: !item["kubeStateMetrics"] ? item["kubeStateMetrics"] : managedClusterAzureMonitorProfileKubeStateMetricsDeserializer(item["kubeStateMetrics"]),
		controlPlane: !item["controlPlane"] ? item["controlPlane"] : managedClusterAzureMonitorProfileMetricsControlPlaneDeserializer(item["controlPlane"])
	};
}
function managedClusterAzureMonitorProfileKubeStateMetricsSerializer(item) {
	return {
		metricLabelsAllowlist: item["metricLabelsAllowlist"],
		metricAnnotationsAllowList: item["metricAnnotationsAllowList"]
	};
}
function managedClusterAzureMonitorProfileKubeStateMetricsDeserializer(item) {
	return {
		metricLabelsAllowlist: item["metricLabelsAllowlist"],
		metricAnnotationsAllowList: item["metricAnnotationsAllowList"]
	};
}
function managedClusterAzureMonitorProfileMetricsControlPlaneSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileMetricsControlPlaneDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileContainerInsightsSerializer(item) {
	return {
		enabled: item["enabled"],
		logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
		syslogPort: item["syslogPort"],
		disablePrometheusMetricsScraping: item["disablePrometheusMetricsScraping"],
		containerNetworkLogs: item["containerNetworkLogs"]
	};
}
function managedClusterAzureMonitorProfileContainerInsightsDeserializer(item) {
	return {
		enabled: item["enabled"],
		logAnalyticsWorkspaceResourceId: item["logAnalyticsWorkspaceResourceId"],
		syslogPort: item["syslogPort"],
		disablePrometheusMetricsScraping: item["disablePrometheusMetricsScraping"],
		containerNetworkLogs: item["containerNetworkLogs"]
	};
}
/** Allowed values for container network logs ingestion with Azure Monitor. When `Enabled`, the specific log types ingested are controlled by the associated CRD; defaults to `Disabled`. See https://aka.ms/ContainerNetworkLogsDoc and https://aka.ms/acns/howtoenablecnl for details. */
var KnownContainerNetworkLogs;
(function(KnownContainerNetworkLogs) {
	/** Azure monitor ingestion of container network logs is disabled */
	KnownContainerNetworkLogs["Disabled"] = "Disabled";
	/** Azure monitor ingestion of container network logs is enabled */
	KnownContainerNetworkLogs["Enabled"] = "Enabled";
})(KnownContainerNetworkLogs || (KnownContainerNetworkLogs = {}));
function managedClusterAzureMonitorProfileAppMonitoringSerializer(item) {
	return {
		autoInstrumentation: !item["autoInstrumentation"] ? item["autoInstrumentation"] : managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationSerializer(item["autoInstrumentation"]),
		openTelemetryMetrics: !item["openTelemetryMetrics"] ? item["openTelemetryMetrics"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsSerializer(item["openTelemetryMetrics"]),
		openTelemetryLogsAndTraces: !item["openTelemetryLogsAndTraces"] ? item["openTelemetryLogsAndTraces"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesSerializer(item["openTelemetryLogsAndTraces"])
	};
}
function managedClusterAzureMonitorProfileAppMonitoringDeserializer(item) {
	return {
		autoInstrumentation: !item["autoInstrumentation"] ? item["autoInstrumentation"] : managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationDeserializer(item["autoInstrumentation"]),
		openTelemetryMetrics: !item["openTelemetryMetrics"] ? item["openTelemetryMetrics"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsDeserializer(item["openTelemetryMetrics"]),
		openTelemetryLogsAndTraces: !item["openTelemetryLogsAndTraces"] ? item["openTelemetryLogsAndTraces"] : managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesDeserializer(item["openTelemetryLogsAndTraces"])
	};
}
function managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileAppMonitoringAutoInstrumentationDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsSerializer(item) {
	return {
		enabled: item["enabled"],
		httpPort: item["httpPort"],
		grpcPort: item["grpcPort"]
	};
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryMetricsDeserializer(item) {
	return {
		enabled: item["enabled"],
		httpPort: item["httpPort"],
		grpcPort: item["grpcPort"]
	};
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesSerializer(item) {
	return {
		enabled: item["enabled"],
		httpPort: item["httpPort"],
		grpcPort: item["grpcPort"]
	};
}
function managedClusterAzureMonitorProfileAppMonitoringOpenTelemetryLogsAndTracesDeserializer(item) {
	return {
		enabled: item["enabled"],
		httpPort: item["httpPort"],
		grpcPort: item["grpcPort"]
	};
}
function serviceMeshProfileSerializer(item) {
	return {
		mode: item["mode"],
		istio: !item["istio"] ? item["istio"] : istioServiceMeshSerializer(item["istio"])
	};
}
function serviceMeshProfileDeserializer(item) {
	return {
		mode: item["mode"],
		istio: !item["istio"] ? item["istio"] : istioServiceMeshDeserializer(item["istio"])
	};
}
/** Mode of the service mesh. */
var KnownServiceMeshMode;
(function(KnownServiceMeshMode) {
	/** Istio deployed as an AKS addon. */
	KnownServiceMeshMode["Istio"] = "Istio";
	/** Mesh is disabled. */
	KnownServiceMeshMode["Disabled"] = "Disabled";
})(KnownServiceMeshMode || (KnownServiceMeshMode = {}));
function istioServiceMeshSerializer(item) {
	return {
		components: !item["components"] ? item["components"] : istioComponentsSerializer(item["components"]),
		certificateAuthority: !item["certificateAuthority"] ? item["certificateAuthority"] : istioCertificateAuthoritySerializer(item["certificateAuthority"]),
		revisions: !item["revisions"] ? item["revisions"] : item["revisions"].map((p) => {
			return p;
		})
	};
}
function istioServiceMeshDeserializer(item) {
	return {
		components: !item["components"] ? item["components"] : istioComponentsDeserializer(item["components"]),
		certificateAuthority: !item["certificateAuthority"] ? item["certificateAuthority"] : istioCertificateAuthorityDeserializer(item["certificateAuthority"]),
		revisions: !item["revisions"] ? item["revisions"] : item["revisions"].map((p) => {
			return p;
		})
	};
}
function istioComponentsSerializer(item) {
	return {
		ingressGateways: !item["ingressGateways"] ? item["ingressGateways"] : istioIngressGatewayArraySerializer(item["ingressGateways"]),
		egressGateways: !item["egressGateways"] ? item["egressGateways"] : istioEgressGatewayArraySerializer(item["egressGateways"]),
		proxyRedirectionMechanism: item["proxyRedirectionMechanism"]
	};
}
function istioComponentsDeserializer(item) {
	return {
		ingressGateways: !item["ingressGateways"] ? item["ingressGateways"] : istioIngressGatewayArrayDeserializer(item["ingressGateways"]),
		egressGateways: !item["egressGateways"] ? item["egressGateways"] : istioEgressGatewayArrayDeserializer(item["egressGateways"]),
		proxyRedirectionMechanism: item["proxyRedirectionMechanism"]
	};
}
function istioIngressGatewayArraySerializer(result) {
	return result.map((item) => {
		return istioIngressGatewaySerializer(item);
	});
}
function istioIngressGatewayArrayDeserializer(result) {
	return result.map((item) => {
		return istioIngressGatewayDeserializer(item);
	});
}
function istioIngressGatewaySerializer(item) {
	return {
		mode: item["mode"],
		enabled: item["enabled"]
	};
}
function istioIngressGatewayDeserializer(item) {
	return {
		mode: item["mode"],
		enabled: item["enabled"]
	};
}
/** Mode of an ingress gateway. */
var KnownIstioIngressGatewayMode;
(function(KnownIstioIngressGatewayMode) {
	/** The ingress gateway is assigned a public IP address and is publicly accessible. */
	KnownIstioIngressGatewayMode["External"] = "External";
	/** The ingress gateway is assigned an internal IP address and cannot is accessed publicly. */
	KnownIstioIngressGatewayMode["Internal"] = "Internal";
})(KnownIstioIngressGatewayMode || (KnownIstioIngressGatewayMode = {}));
function istioEgressGatewayArraySerializer(result) {
	return result.map((item) => {
		return istioEgressGatewaySerializer(item);
	});
}
function istioEgressGatewayArrayDeserializer(result) {
	return result.map((item) => {
		return istioEgressGatewayDeserializer(item);
	});
}
function istioEgressGatewaySerializer(item) {
	return {
		enabled: item["enabled"],
		name: item["name"],
		namespace: item["namespace"],
		gatewayConfigurationName: item["gatewayConfigurationName"]
	};
}
function istioEgressGatewayDeserializer(item) {
	return {
		enabled: item["enabled"],
		name: item["name"],
		namespace: item["namespace"],
		gatewayConfigurationName: item["gatewayConfigurationName"]
	};
}
/** Mode of traffic redirection. */
var KnownProxyRedirectionMechanism;
(function(KnownProxyRedirectionMechanism) {
	/** Istio will inject an init container into each pod to redirect traffic (requires NET_ADMIN and NET_RAW). */
	KnownProxyRedirectionMechanism["InitContainers"] = "InitContainers";
	/** Istio will install a chained CNI plugin to redirect traffic (recommended). */
	KnownProxyRedirectionMechanism["CNIChaining"] = "CNIChaining";
})(KnownProxyRedirectionMechanism || (KnownProxyRedirectionMechanism = {}));
function istioCertificateAuthoritySerializer(item) {
	return { plugin: !item["plugin"] ? item["plugin"] : istioPluginCertificateAuthoritySerializer(item["plugin"]) };
}
function istioCertificateAuthorityDeserializer(item) {
	return { plugin: !item["plugin"] ? item["plugin"] : istioPluginCertificateAuthorityDeserializer(item["plugin"]) };
}
function istioPluginCertificateAuthoritySerializer(item) {
	return {
		keyVaultId: item["keyVaultId"],
		certObjectName: item["certObjectName"],
		keyObjectName: item["keyObjectName"],
		rootCertObjectName: item["rootCertObjectName"],
		certChainObjectName: item["certChainObjectName"]
	};
}
function istioPluginCertificateAuthorityDeserializer(item) {
	return {
		keyVaultId: item["keyVaultId"],
		certObjectName: item["certObjectName"],
		keyObjectName: item["keyObjectName"],
		rootCertObjectName: item["rootCertObjectName"],
		certChainObjectName: item["certChainObjectName"]
	};
}
function managedClusterMetricsProfileSerializer(item) {
	return { costAnalysis: !item["costAnalysis"] ? item["costAnalysis"] : managedClusterCostAnalysisSerializer(item["costAnalysis"]) };
}
function managedClusterMetricsProfileDeserializer(item) {
	return { costAnalysis: !item["costAnalysis"] ? item["costAnalysis"] : managedClusterCostAnalysisDeserializer(item["costAnalysis"]) };
}
function managedClusterCostAnalysisSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterCostAnalysisDeserializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterNodeProvisioningProfileSerializer(item) {
	return {
		mode: item["mode"],
		defaultNodePools: item["defaultNodePools"]
	};
}
function managedClusterNodeProvisioningProfileDeserializer(item) {
	return {
		mode: item["mode"],
		defaultNodePools: item["defaultNodePools"]
	};
}
/** The node provisioning mode. If not specified, the default is Manual. */
var KnownNodeProvisioningMode;
(function(KnownNodeProvisioningMode) {
	/** Nodes are provisioned manually by the user */
	KnownNodeProvisioningMode["Manual"] = "Manual";
	/** Nodes are provisioned automatically by AKS using Karpenter (See aka.ms/aks/nap for more details). Fixed size Node Pools can still be created, but autoscaling Node Pools cannot be. (See aka.ms/aks/nap for more details). */
	KnownNodeProvisioningMode["Auto"] = "Auto";
})(KnownNodeProvisioningMode || (KnownNodeProvisioningMode = {}));
/** The set of default Karpenter NodePools (CRDs) configured for node provisioning. This field has no effect unless mode is 'Auto'. Warning: Changing this from Auto to None on an existing cluster will cause the default Karpenter NodePools to be deleted, which will drain and delete the nodes associated with those pools. It is strongly recommended to not do this unless there are idle nodes ready to take the pods evicted by that action. If not specified, the default is Auto. For more information see aka.ms/aks/nap#node-pools. */
var KnownNodeProvisioningDefaultNodePools;
(function(KnownNodeProvisioningDefaultNodePools) {
	/** No Karpenter NodePools are provisioned automatically. Automatic scaling will not happen unless the user creates one or more NodePool CRD instances. */
	KnownNodeProvisioningDefaultNodePools["None"] = "None";
	/** A standard set of Karpenter NodePools are provisioned */
	KnownNodeProvisioningDefaultNodePools["Auto"] = "Auto";
})(KnownNodeProvisioningDefaultNodePools || (KnownNodeProvisioningDefaultNodePools = {}));
function managedClusterBootstrapProfileSerializer(item) {
	return {
		artifactSource: item["artifactSource"],
		containerRegistryId: item["containerRegistryId"]
	};
}
function managedClusterBootstrapProfileDeserializer(item) {
	return {
		artifactSource: item["artifactSource"],
		containerRegistryId: item["containerRegistryId"]
	};
}
/** The artifact source. The source where the artifacts are downloaded from. */
var KnownArtifactSource;
(function(KnownArtifactSource) {
	/** pull images from Azure Container Registry with cache */
	KnownArtifactSource["Cache"] = "Cache";
	/** pull images from Microsoft Artifact Registry */
	KnownArtifactSource["Direct"] = "Direct";
})(KnownArtifactSource || (KnownArtifactSource = {}));
function managedClusterAIToolchainOperatorProfileSerializer(item) {
	return { enabled: item["enabled"] };
}
function managedClusterAIToolchainOperatorProfileDeserializer(item) {
	return { enabled: item["enabled"] };
}
function schedulerProfileSerializer(item) {
	return { upstream: !item["upstream"] ? item["upstream"] : schedulerInstanceProfileSerializer(item["upstream"]) };
}
function schedulerProfileDeserializer(item) {
	return { upstream: !item["upstream"] ? item["upstream"] : schedulerInstanceProfileDeserializer(item["upstream"]) };
}
function schedulerInstanceProfileSerializer(item) {
	return { schedulerConfigMode: item["schedulerConfigMode"] };
}
function schedulerInstanceProfileDeserializer(item) {
	return { schedulerConfigMode: item["schedulerConfigMode"] };
}
/** The config customization mode for this scheduler instance. */
var KnownSchedulerConfigMode;
(function(KnownSchedulerConfigMode) {
	/** No config customization. Use default configuration. */
	KnownSchedulerConfigMode["Default"] = "Default";
	/** Enable config customization. Customer can specify scheduler configuration via a CRD. See aka.ms/aks/scheduler-crd for details. */
	KnownSchedulerConfigMode["ManagedByCRD"] = "ManagedByCRD";
})(KnownSchedulerConfigMode || (KnownSchedulerConfigMode = {}));
function managedClusterHostedSystemProfileSerializer(item) {
	return {
		enabled: item["enabled"],
		systemNodeSubnetID: item["systemNodeSubnetID"],
		nodeSubnetID: item["nodeSubnetID"]
	};
}
function managedClusterHostedSystemProfileDeserializer(item) {
	return {
		enabled: item["enabled"],
		systemNodeSubnetID: item["systemNodeSubnetID"],
		nodeSubnetID: item["nodeSubnetID"]
	};
}
function managedClusterStatusSerializer(_item) {
	return {};
}
function managedClusterStatusDeserializer(item) {
	return { provisioningError: !item["provisioningError"] ? item["provisioningError"] : errorDetailDeserializer(item["provisioningError"]) };
}
function managedClusterSKUSerializer(item) {
	return {
		name: item["name"],
		tier: item["tier"]
	};
}
function managedClusterSKUDeserializer(item) {
	return {
		name: item["name"],
		tier: item["tier"]
	};
}
/** The name of a managed cluster SKU. */
var KnownManagedClusterSKUName;
(function(KnownManagedClusterSKUName) {
	/** Base option for the AKS control plane. */
	KnownManagedClusterSKUName["Base"] = "Base";
	/** Automatic clusters are optimized to run most production workloads with configuration that follows AKS best practices and recommendations for cluster and workload setup, scalability, and security. For more details about Automatic clusters see aka.ms/aks/automatic. */
	KnownManagedClusterSKUName["Automatic"] = "Automatic";
})(KnownManagedClusterSKUName || (KnownManagedClusterSKUName = {}));
/** The tier of a managed cluster SKU. If not specified, the default is 'Free'. See [AKS Pricing Tier](https://learn.microsoft.com/azure/aks/free-standard-pricing-tiers) for more details. */
var KnownManagedClusterSKUTier;
(function(KnownManagedClusterSKUTier) {
	/** Cluster has premium capabilities in addition to all of the capabilities included in 'Standard'. Premium enables selection of LongTermSupport (aka.ms/aks/lts) for certain Kubernetes versions. */
	KnownManagedClusterSKUTier["Premium"] = "Premium";
	/** Recommended for mission-critical and production workloads. Includes Kubernetes control plane autoscaling, workload-intensive testing, and up to 5,000 nodes per cluster. Guarantees 99.95% availability of the Kubernetes API server endpoint for clusters that use Availability Zones and 99.9% of availability for clusters that don't use Availability Zones. */
	KnownManagedClusterSKUTier["Standard"] = "Standard";
	/** The cluster management is free, but charged for VM, storage, and networking usage. Best for experimenting, learning, simple testing, or workloads with fewer than 10 nodes. Not recommended for production use cases. */
	KnownManagedClusterSKUTier["Free"] = "Free";
})(KnownManagedClusterSKUTier || (KnownManagedClusterSKUTier = {}));
function extendedLocationSerializer(item) {
	return {
		name: item["name"],
		type: item["type"]
	};
}
function extendedLocationDeserializer(item) {
	return {
		name: item["name"],
		type: item["type"]
	};
}
/** The type of extendedLocation. */
var KnownExtendedLocationTypes;
(function(KnownExtendedLocationTypes) {
	/** Azure Edge Zone extended location type. */
	KnownExtendedLocationTypes["EdgeZone"] = "EdgeZone";
})(KnownExtendedLocationTypes || (KnownExtendedLocationTypes = {}));
function managedClusterIdentitySerializer(item) {
	return {
		type: item["type"],
		delegatedResources: !item["delegatedResources"] ? item["delegatedResources"] : delegatedResourceRecordSerializer(item["delegatedResources"]),
		userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedServiceIdentityUserAssignedIdentitiesValueRecordSerializer(item["userAssignedIdentities"])
	};
}
function managedClusterIdentityDeserializer(item) {
	return {
		principalId: item["principalId"],
		tenantId: item["tenantId"],
		type: item["type"],
		delegatedResources: !item["delegatedResources"] ? item["delegatedResources"] : delegatedResourceRecordDeserializer(item["delegatedResources"]),
		userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : managedServiceIdentityUserAssignedIdentitiesValueRecordDeserializer(item["userAssignedIdentities"])
	};
}
/** The type of identity used for the managed cluster. For more information see [use managed identities in AKS](https://docs.microsoft.com/azure/aks/use-managed-identity). */
var KnownResourceIdentityType;
(function(KnownResourceIdentityType) {
	/** Use an implicitly created system assigned managed identity to manage cluster resources. Master components in the control plane such as kube-controller-manager will use the system assigned managed identity to manipulate Azure resources. */
	KnownResourceIdentityType["SystemAssigned"] = "SystemAssigned";
	/** Use a user-specified identity to manage cluster resources. Master components in the control plane such as kube-controller-manager will use the specified user assigned managed identity to manipulate Azure resources. */
	KnownResourceIdentityType["UserAssigned"] = "UserAssigned";
	/** Do not use a managed identity for the Managed Cluster, service principal will be used instead. */
	KnownResourceIdentityType["None"] = "None";
})(KnownResourceIdentityType || (KnownResourceIdentityType = {}));
function delegatedResourceRecordSerializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : delegatedResourceSerializer(item[key]);
	});
	return result;
}
function delegatedResourceRecordDeserializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : delegatedResourceDeserializer(item[key]);
	});
	return result;
}
function delegatedResourceSerializer(item) {
	return {
		resourceId: item["resourceId"],
		tenantId: item["tenantId"],
		referralResource: item["referralResource"],
		location: item["location"]
	};
}
function delegatedResourceDeserializer(item) {
	return {
		resourceId: item["resourceId"],
		tenantId: item["tenantId"],
		referralResource: item["referralResource"],
		location: item["location"]
	};
}
function managedServiceIdentityUserAssignedIdentitiesValueRecordSerializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : managedServiceIdentityUserAssignedIdentitiesValueSerializer(item[key]);
	});
	return result;
}
function managedServiceIdentityUserAssignedIdentitiesValueRecordDeserializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : managedServiceIdentityUserAssignedIdentitiesValueDeserializer(item[key]);
	});
	return result;
}
function managedServiceIdentityUserAssignedIdentitiesValueSerializer(_item) {
	return {};
}
function managedServiceIdentityUserAssignedIdentitiesValueDeserializer(item) {
	return {
		principalId: item["principalId"],
		clientId: item["clientId"]
	};
}
function tagsObjectSerializer(item) {
	return { tags: item["tags"] };
}
function _managedClusterListResultDeserializer(item) {
	return {
		value: managedClusterArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function managedClusterArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterDeserializer(item);
	});
}
function managedClusterAccessProfileDeserializer(item) {
	return {
		tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
		location: item["location"],
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		...!item["properties"] ? item["properties"] : _managedClusterAccessProfilePropertiesDeserializer(item["properties"])
	};
}
function credentialResultsDeserializer(item) {
	return { kubeconfigs: !item["kubeconfigs"] ? item["kubeconfigs"] : credentialResultArrayDeserializer(item["kubeconfigs"]) };
}
function credentialResultArrayDeserializer(result) {
	return result.map((item) => {
		return credentialResultDeserializer(item);
	});
}
function credentialResultDeserializer(item) {
	return {
		name: item["name"],
		value: !item["value"] ? item["value"] : typeof item["value"] === "string" ? stringToUint8Array(item["value"], "base64") : item["value"]
	};
}
function runCommandRequestSerializer(item) {
	return {
		command: item["command"],
		context: item["context"],
		clusterToken: item["clusterToken"]
	};
}
function runCommandResultDeserializer(item) {
	return {
		id: item["id"],
		...!item["properties"] ? item["properties"] : _runCommandResultPropertiesDeserializer(item["properties"])
	};
}
function _outboundEnvironmentEndpointCollectionDeserializer(item) {
	return {
		value: outboundEnvironmentEndpointArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function outboundEnvironmentEndpointArrayDeserializer(result) {
	return result.map((item) => {
		return outboundEnvironmentEndpointDeserializer(item);
	});
}
function outboundEnvironmentEndpointDeserializer(item) {
	return {
		category: item["category"],
		endpoints: !item["endpoints"] ? item["endpoints"] : endpointDependencyArrayDeserializer(item["endpoints"])
	};
}
function endpointDependencyArrayDeserializer(result) {
	return result.map((item) => {
		return endpointDependencyDeserializer(item);
	});
}
function endpointDependencyDeserializer(item) {
	return {
		domainName: item["domainName"],
		endpointDetails: !item["endpointDetails"] ? item["endpointDetails"] : endpointDetailArrayDeserializer(item["endpointDetails"])
	};
}
function endpointDetailArrayDeserializer(result) {
	return result.map((item) => {
		return endpointDetailDeserializer(item);
	});
}
function endpointDetailDeserializer(item) {
	return {
		ipAddress: item["ipAddress"],
		port: item["port"],
		protocol: item["protocol"],
		description: item["description"]
	};
}
function managedClusterUpgradeProfileDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		..._managedClusterUpgradeProfilePropertiesDeserializer(item["properties"])
	};
}
function managedClusterPoolUpgradeProfileDeserializer(item) {
	return {
		kubernetesVersion: item["kubernetesVersion"],
		name: item["name"],
		osType: item["osType"],
		upgrades: !item["upgrades"] ? item["upgrades"] : managedClusterPoolUpgradeProfileUpgradesItemArrayDeserializer(item["upgrades"])
	};
}
function managedClusterPoolUpgradeProfileUpgradesItemArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterPoolUpgradeProfileUpgradesItemDeserializer(item);
	});
}
function managedClusterPoolUpgradeProfileUpgradesItemDeserializer(item) {
	return {
		kubernetesVersion: item["kubernetesVersion"],
		isPreview: item["isPreview"]
	};
}
function managedClusterPoolUpgradeProfileArrayDeserializer(result) {
	return result.map((item) => {
		return managedClusterPoolUpgradeProfileDeserializer(item);
	});
}
function meshRevisionProfileDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		properties: !item["properties"] ? item["properties"] : meshRevisionProfilePropertiesDeserializer(item["properties"])
	};
}
function meshRevisionProfilePropertiesDeserializer(item) {
	return { meshRevisions: !item["meshRevisions"] ? item["meshRevisions"] : meshRevisionArrayDeserializer(item["meshRevisions"]) };
}
function meshRevisionArrayDeserializer(result) {
	return result.map((item) => {
		return meshRevisionDeserializer(item);
	});
}
function meshRevisionDeserializer(item) {
	return {
		revision: item["revision"],
		upgrades: !item["upgrades"] ? item["upgrades"] : item["upgrades"].map((p) => {
			return p;
		}),
		compatibleWith: !item["compatibleWith"] ? item["compatibleWith"] : compatibleVersionsArrayDeserializer(item["compatibleWith"])
	};
}
function compatibleVersionsArrayDeserializer(result) {
	return result.map((item) => {
		return compatibleVersionsDeserializer(item);
	});
}
function compatibleVersionsDeserializer(item) {
	return {
		name: item["name"],
		versions: !item["versions"] ? item["versions"] : item["versions"].map((p) => {
			return p;
		})
	};
}
function _meshRevisionProfileListDeserializer(item) {
	return {
		value: meshRevisionProfileArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function meshRevisionProfileArrayDeserializer(result) {
	return result.map((item) => {
		return meshRevisionProfileDeserializer(item);
	});
}
function meshUpgradeProfileDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		properties: !item["properties"] ? item["properties"] : meshUpgradeProfilePropertiesDeserializer(item["properties"])
	};
}
function meshUpgradeProfilePropertiesDeserializer(item) {
	return {
		revision: item["revision"],
		upgrades: !item["upgrades"] ? item["upgrades"] : item["upgrades"].map((p) => {
			return p;
		}),
		compatibleWith: !item["compatibleWith"] ? item["compatibleWith"] : compatibleVersionsArrayDeserializer(item["compatibleWith"])
	};
}
function _meshUpgradeProfileListDeserializer(item) {
	return {
		value: meshUpgradeProfileArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function meshUpgradeProfileArrayDeserializer(result) {
	return result.map((item) => {
		return meshUpgradeProfileDeserializer(item);
	});
}
function kubernetesVersionListResultDeserializer(item) {
	return { values: !item["values"] ? item["values"] : kubernetesVersionArrayDeserializer(item["values"]) };
}
function kubernetesVersionArrayDeserializer(result) {
	return result.map((item) => {
		return kubernetesVersionDeserializer(item);
	});
}
function kubernetesVersionDeserializer(item) {
	return {
		version: item["version"],
		capabilities: !item["capabilities"] ? item["capabilities"] : kubernetesVersionCapabilitiesDeserializer(item["capabilities"]),
		isDefault: item["isDefault"],
		isPreview: item["isPreview"],
		patchVersions: !item["patchVersions"] ? item["patchVersions"] : kubernetesPatchVersionRecordDeserializer(item["patchVersions"])
	};
}
function kubernetesVersionCapabilitiesDeserializer(item) {
	return { supportPlan: !item["supportPlan"] ? item["supportPlan"] : item["supportPlan"].map((p) => {
		return p;
	}) };
}
function kubernetesPatchVersionRecordDeserializer(item) {
	const result = {};
	Object.keys(item).map((key) => {
		result[key] = !item[key] ? item[key] : kubernetesPatchVersionDeserializer(item[key]);
	});
	return result;
}
function kubernetesPatchVersionDeserializer(item) {
	return { upgrades: !item["upgrades"] ? item["upgrades"] : item["upgrades"].map((p) => {
		return p;
	}) };
}
function maintenanceConfigurationSerializer(item) {
	return { properties: areAllPropsUndefined(item, [
		"timeInWeek",
		"notAllowedTime",
		"maintenanceWindow"
	]) ? void 0 : _maintenanceConfigurationPropertiesSerializer(item) };
}
function maintenanceConfigurationDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		...!item["properties"] ? item["properties"] : _maintenanceConfigurationPropertiesDeserializer(item["properties"])
	};
}
function timeInWeekArraySerializer(result) {
	return result.map((item) => {
		return timeInWeekSerializer(item);
	});
}
function timeInWeekArrayDeserializer(result) {
	return result.map((item) => {
		return timeInWeekDeserializer(item);
	});
}
function timeInWeekSerializer(item) {
	return {
		day: item["day"],
		hourSlots: !item["hourSlots"] ? item["hourSlots"] : item["hourSlots"].map((p) => {
			return p;
		})
	};
}
function timeInWeekDeserializer(item) {
	return {
		day: item["day"],
		hourSlots: !item["hourSlots"] ? item["hourSlots"] : item["hourSlots"].map((p) => {
			return p;
		})
	};
}
/** The weekday enum. */
var KnownWeekDay;
(function(KnownWeekDay) {
	/** Represents Sunday. */
	KnownWeekDay["Sunday"] = "Sunday";
	/** Represents Monday. */
	KnownWeekDay["Monday"] = "Monday";
	/** Represents Tuesday. */
	KnownWeekDay["Tuesday"] = "Tuesday";
	/** Represents Wednesday. */
	KnownWeekDay["Wednesday"] = "Wednesday";
	/** Represents Thursday. */
	KnownWeekDay["Thursday"] = "Thursday";
	/** Represents Friday. */
	KnownWeekDay["Friday"] = "Friday";
	/** Represents Saturday. */
	KnownWeekDay["Saturday"] = "Saturday";
})(KnownWeekDay || (KnownWeekDay = {}));
function timeSpanArraySerializer(result) {
	return result.map((item) => {
		return timeSpanSerializer(item);
	});
}
function timeSpanArrayDeserializer(result) {
	return result.map((item) => {
		return timeSpanDeserializer(item);
	});
}
function timeSpanSerializer(item) {
	return {
		start: !item["start"] ? item["start"] : item["start"].toISOString(),
		end: !item["end"] ? item["end"] : item["end"].toISOString()
	};
}
function timeSpanDeserializer(item) {
	return {
		start: !item["start"] ? item["start"] : new Date(item["start"]),
		end: !item["end"] ? item["end"] : new Date(item["end"])
	};
}
function maintenanceWindowSerializer(item) {
	return {
		schedule: scheduleSerializer(item["schedule"]),
		durationHours: item["durationHours"],
		utcOffset: item["utcOffset"],
		startDate: !item["startDate"] ? item["startDate"] : item["startDate"].toISOString().split("T")[0],
		startTime: item["startTime"],
		notAllowedDates: !item["notAllowedDates"] ? item["notAllowedDates"] : dateSpanArraySerializer(item["notAllowedDates"])
	};
}
function maintenanceWindowDeserializer(item) {
	return {
		schedule: scheduleDeserializer(item["schedule"]),
		durationHours: item["durationHours"],
		utcOffset: item["utcOffset"],
		startDate: !item["startDate"] ? item["startDate"] : new Date(item["startDate"]),
		startTime: item["startTime"],
		notAllowedDates: !item["notAllowedDates"] ? item["notAllowedDates"] : dateSpanArrayDeserializer(item["notAllowedDates"])
	};
}
function scheduleSerializer(item) {
	return {
		daily: !item["daily"] ? item["daily"] : dailyScheduleSerializer(item["daily"]),
		weekly: !item["weekly"] ? item["weekly"] : weeklyScheduleSerializer(item["weekly"]),
		absoluteMonthly: !item["absoluteMonthly"] ? item["absoluteMonthly"] : absoluteMonthlyScheduleSerializer(item["absoluteMonthly"]),
		relativeMonthly: !item["relativeMonthly"] ? item["relativeMonthly"] : relativeMonthlyScheduleSerializer(item["relativeMonthly"])
	};
}
function scheduleDeserializer(item) {
	return {
		daily: !item["daily"] ? item["daily"] : dailyScheduleDeserializer(item["daily"]),
		weekly: !item["weekly"] ? item["weekly"] : weeklyScheduleDeserializer(item["weekly"]),
		absoluteMonthly: !item["absoluteMonthly"] ? item["absoluteMonthly"] : absoluteMonthlyScheduleDeserializer(item["absoluteMonthly"]),
		relativeMonthly: !item["relativeMonthly"] ? item["relativeMonthly"] : relativeMonthlyScheduleDeserializer(item["relativeMonthly"])
	};
}
function dailyScheduleSerializer(item) {
	return { intervalDays: item["intervalDays"] };
}
function dailyScheduleDeserializer(item) {
	return { intervalDays: item["intervalDays"] };
}
function weeklyScheduleSerializer(item) {
	return {
		intervalWeeks: item["intervalWeeks"],
		dayOfWeek: item["dayOfWeek"]
	};
}
function weeklyScheduleDeserializer(item) {
	return {
		intervalWeeks: item["intervalWeeks"],
		dayOfWeek: item["dayOfWeek"]
	};
}
function absoluteMonthlyScheduleSerializer(item) {
	return {
		intervalMonths: item["intervalMonths"],
		dayOfMonth: item["dayOfMonth"]
	};
}
function absoluteMonthlyScheduleDeserializer(item) {
	return {
		intervalMonths: item["intervalMonths"],
		dayOfMonth: item["dayOfMonth"]
	};
}
function relativeMonthlyScheduleSerializer(item) {
	return {
		intervalMonths: item["intervalMonths"],
		weekIndex: item["weekIndex"],
		dayOfWeek: item["dayOfWeek"]
	};
}
function relativeMonthlyScheduleDeserializer(item) {
	return {
		intervalMonths: item["intervalMonths"],
		weekIndex: item["weekIndex"],
		dayOfWeek: item["dayOfWeek"]
	};
}
/** The week index. Specifies on which week of the month the dayOfWeek applies. */
var KnownType;
(function(KnownType) {
	/** First week of the month. */
	KnownType["First"] = "First";
	/** Second week of the month. */
	KnownType["Second"] = "Second";
	/** Third week of the month. */
	KnownType["Third"] = "Third";
	/** Fourth week of the month. */
	KnownType["Fourth"] = "Fourth";
	/** Last week of the month. */
	KnownType["Last"] = "Last";
})(KnownType || (KnownType = {}));
function dateSpanArraySerializer(result) {
	return result.map((item) => {
		return dateSpanSerializer(item);
	});
}
function dateSpanArrayDeserializer(result) {
	return result.map((item) => {
		return dateSpanDeserializer(item);
	});
}
function dateSpanSerializer(item) {
	return {
		start: item["start"].toISOString().split("T")[0],
		end: item["end"].toISOString().split("T")[0]
	};
}
function dateSpanDeserializer(item) {
	return {
		start: new Date(item["start"]),
		end: new Date(item["end"])
	};
}
function _maintenanceConfigurationListResultDeserializer(item) {
	return {
		value: maintenanceConfigurationArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function maintenanceConfigurationArrayDeserializer(result) {
	return result.map((item) => {
		return maintenanceConfigurationDeserializer(item);
	});
}
function managedNamespaceSerializer(item) {
	return {
		tags: item["tags"],
		location: item["location"],
		properties: !item["properties"] ? item["properties"] : namespacePropertiesSerializer(item["properties"])
	};
}
function managedNamespaceDeserializer(item) {
	return {
		tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
		location: item["location"],
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		properties: !item["properties"] ? item["properties"] : namespacePropertiesDeserializer(item["properties"]),
		eTag: item["eTag"]
	};
}
function namespacePropertiesSerializer(item) {
	return {
		labels: item["labels"],
		annotations: item["annotations"],
		defaultResourceQuota: !item["defaultResourceQuota"] ? item["defaultResourceQuota"] : resourceQuotaSerializer(item["defaultResourceQuota"]),
		defaultNetworkPolicy: !item["defaultNetworkPolicy"] ? item["defaultNetworkPolicy"] : networkPoliciesSerializer(item["defaultNetworkPolicy"]),
		adoptionPolicy: item["adoptionPolicy"],
		deletePolicy: item["deletePolicy"]
	};
}
function namespacePropertiesDeserializer(item) {
	return {
		provisioningState: item["provisioningState"],
		labels: !item["labels"] ? item["labels"] : Object.fromEntries(Object.entries(item["labels"]).map(([k, p]) => [k, p])),
		annotations: !item["annotations"] ? item["annotations"] : Object.fromEntries(Object.entries(item["annotations"]).map(([k, p]) => [k, p])),
		portalFqdn: item["portalFqdn"],
		defaultResourceQuota: !item["defaultResourceQuota"] ? item["defaultResourceQuota"] : resourceQuotaDeserializer(item["defaultResourceQuota"]),
		defaultNetworkPolicy: !item["defaultNetworkPolicy"] ? item["defaultNetworkPolicy"] : networkPoliciesDeserializer(item["defaultNetworkPolicy"]),
		adoptionPolicy: item["adoptionPolicy"],
		deletePolicy: item["deletePolicy"]
	};
}
/** The current provisioning state of the namespace. */
var KnownNamespaceProvisioningState;
(function(KnownNamespaceProvisioningState) {
	/** The namespace is being updated. */
	KnownNamespaceProvisioningState["Updating"] = "Updating";
	/** The namespace is being deleted. */
	KnownNamespaceProvisioningState["Deleting"] = "Deleting";
	/** The namespace is being created. */
	KnownNamespaceProvisioningState["Creating"] = "Creating";
	/** The namespace provisioning succeeded. */
	KnownNamespaceProvisioningState["Succeeded"] = "Succeeded";
	/** The namespace provisioning failed. */
	KnownNamespaceProvisioningState["Failed"] = "Failed";
	/** The namespace provisioning was canceled. */
	KnownNamespaceProvisioningState["Canceled"] = "Canceled";
})(KnownNamespaceProvisioningState || (KnownNamespaceProvisioningState = {}));
function resourceQuotaSerializer(item) {
	return {
		cpuRequest: item["cpuRequest"],
		cpuLimit: item["cpuLimit"],
		memoryRequest: item["memoryRequest"],
		memoryLimit: item["memoryLimit"]
	};
}
function resourceQuotaDeserializer(item) {
	return {
		cpuRequest: item["cpuRequest"],
		cpuLimit: item["cpuLimit"],
		memoryRequest: item["memoryRequest"],
		memoryLimit: item["memoryLimit"]
	};
}
function networkPoliciesSerializer(item) {
	return {
		ingress: item["ingress"],
		egress: item["egress"]
	};
}
function networkPoliciesDeserializer(item) {
	return {
		ingress: item["ingress"],
		egress: item["egress"]
	};
}
/** Enum representing different network policy rules. */
var KnownPolicyRule;
(function(KnownPolicyRule) {
	/** Deny all network traffic. */
	KnownPolicyRule["DenyAll"] = "DenyAll";
	/** Allow all network traffic. */
	KnownPolicyRule["AllowAll"] = "AllowAll";
	/** Allow traffic within the same namespace. */
	KnownPolicyRule["AllowSameNamespace"] = "AllowSameNamespace";
})(KnownPolicyRule || (KnownPolicyRule = {}));
/** Action if Kubernetes namespace with same name already exists. */
var KnownAdoptionPolicy;
(function(KnownAdoptionPolicy) {
	/** If the namespace already exists in Kubernetes, attempts to create that same namespace in ARM will fail. */
	KnownAdoptionPolicy["Never"] = "Never";
	/** Take over the existing namespace to be managed by ARM, if there is no difference. */
	KnownAdoptionPolicy["IfIdentical"] = "IfIdentical";
	/** Always take over the existing namespace to be managed by ARM, some fields might be overwritten. */
	KnownAdoptionPolicy["Always"] = "Always";
})(KnownAdoptionPolicy || (KnownAdoptionPolicy = {}));
/** Delete options of a namespace. */
var KnownDeletePolicy;
(function(KnownDeletePolicy) {
	/** Only delete the ARM resource, keep the Kubernetes namespace. Also delete the ManagedByARM label. */
	KnownDeletePolicy["Keep"] = "Keep";
	/** Delete both the ARM resource and the Kubernetes namespace together. */
	KnownDeletePolicy["Delete"] = "Delete";
})(KnownDeletePolicy || (KnownDeletePolicy = {}));
function _managedNamespaceListResultDeserializer(item) {
	return {
		value: managedNamespaceArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function managedNamespaceArrayDeserializer(result) {
	return result.map((item) => {
		return managedNamespaceDeserializer(item);
	});
}
function machineDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		properties: !item["properties"] ? item["properties"] : machinePropertiesDeserializer(item["properties"]),
		zones: !item["zones"] ? item["zones"] : item["zones"].map((p) => {
			return p;
		})
	};
}
function machinePropertiesDeserializer(item) {
	return {
		network: !item["network"] ? item["network"] : machineNetworkPropertiesDeserializer(item["network"]),
		resourceId: item["resourceId"]
	};
}
function machineNetworkPropertiesDeserializer(item) {
	return { ipAddresses: !item["ipAddresses"] ? item["ipAddresses"] : machineIpAddressArrayDeserializer(item["ipAddresses"]) };
}
function machineIpAddressArrayDeserializer(result) {
	return result.map((item) => {
		return machineIpAddressDeserializer(item);
	});
}
function machineIpAddressDeserializer(item) {
	return {
		family: item["family"],
		ip: item["ip"]
	};
}
function _machineListResultDeserializer(item) {
	return {
		value: machineArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function machineArrayDeserializer(result) {
	return result.map((item) => {
		return machineDeserializer(item);
	});
}
function privateEndpointConnectionSerializer(item) {
	return { properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"]) ? void 0 : _privateEndpointConnectionPropertiesSerializer(item) };
}
function privateEndpointConnectionDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		...!item["properties"] ? item["properties"] : _privateEndpointConnectionPropertiesDeserializer(item["properties"])
	};
}
/** The current provisioning state. */
var KnownPrivateEndpointConnectionProvisioningState;
(function(KnownPrivateEndpointConnectionProvisioningState) {
	/** Private endpoint connection provisioning was canceled. */
	KnownPrivateEndpointConnectionProvisioningState["Canceled"] = "Canceled";
	/** Private endpoint connection is being created. */
	KnownPrivateEndpointConnectionProvisioningState["Creating"] = "Creating";
	/** Private endpoint connection is being deleted. */
	KnownPrivateEndpointConnectionProvisioningState["Deleting"] = "Deleting";
	/** Private endpoint connection provisioning failed. */
	KnownPrivateEndpointConnectionProvisioningState["Failed"] = "Failed";
	/** Private endpoint connection provisioning succeeded. */
	KnownPrivateEndpointConnectionProvisioningState["Succeeded"] = "Succeeded";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
function privateEndpointSerializer(item) {
	return { id: item["id"] };
}
function privateEndpointDeserializer(item) {
	return { id: item["id"] };
}
function privateLinkServiceConnectionStateSerializer(item) {
	return {
		status: item["status"],
		description: item["description"]
	};
}
function privateLinkServiceConnectionStateDeserializer(item) {
	return {
		status: item["status"],
		description: item["description"]
	};
}
/** The private link service connection status. */
var KnownConnectionStatus;
(function(KnownConnectionStatus) {
	/** Connection is pending approval. */
	KnownConnectionStatus["Pending"] = "Pending";
	/** Connection is approved. */
	KnownConnectionStatus["Approved"] = "Approved";
	/** Connection is rejected. */
	KnownConnectionStatus["Rejected"] = "Rejected";
	/** Connection is disconnected. */
	KnownConnectionStatus["Disconnected"] = "Disconnected";
})(KnownConnectionStatus || (KnownConnectionStatus = {}));
function privateEndpointConnectionListResultDeserializer(item) {
	return { value: !item["value"] ? item["value"] : privateEndpointConnectionArrayDeserializer(item["value"]) };
}
function privateEndpointConnectionArrayDeserializer(result) {
	return result.map((item) => {
		return privateEndpointConnectionDeserializer(item);
	});
}
function snapshotSerializer(item) {
	return {
		tags: item["tags"],
		location: item["location"],
		properties: areAllPropsUndefined(item, ["creationData", "snapshotType"]) ? void 0 : _snapshotPropertiesSerializer(item)
	};
}
function snapshotDeserializer(item) {
	return {
		tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
		location: item["location"],
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		...!item["properties"] ? item["properties"] : _snapshotPropertiesDeserializer(item["properties"])
	};
}
/** The type of a snapshot. The default is NodePool. */
var KnownSnapshotType;
(function(KnownSnapshotType) {
	/** The snapshot is a snapshot of a node pool. */
	KnownSnapshotType["NodePool"] = "NodePool";
})(KnownSnapshotType || (KnownSnapshotType = {}));
function _snapshotListResultDeserializer(item) {
	return {
		value: snapshotArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function snapshotArrayDeserializer(result) {
	return result.map((item) => {
		return snapshotDeserializer(item);
	});
}
function trustedAccessRoleBindingSerializer(item) {
	return { properties: _trustedAccessRoleBindingPropertiesSerializer(item) };
}
function trustedAccessRoleBindingDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		..._trustedAccessRoleBindingPropertiesDeserializer(item["properties"])
	};
}
/** The current provisioning state of trusted access role binding. */
var KnownTrustedAccessRoleBindingProvisioningState;
(function(KnownTrustedAccessRoleBindingProvisioningState) {
	/** Trusted access role binding provisioning was canceled. */
	KnownTrustedAccessRoleBindingProvisioningState["Canceled"] = "Canceled";
	/** Trusted access role binding is being deleted. */
	KnownTrustedAccessRoleBindingProvisioningState["Deleting"] = "Deleting";
	/** Trusted access role binding provisioning failed. */
	KnownTrustedAccessRoleBindingProvisioningState["Failed"] = "Failed";
	/** Trusted access role binding provisioning succeeded. */
	KnownTrustedAccessRoleBindingProvisioningState["Succeeded"] = "Succeeded";
	/** Trusted access role binding is being updated. */
	KnownTrustedAccessRoleBindingProvisioningState["Updating"] = "Updating";
})(KnownTrustedAccessRoleBindingProvisioningState || (KnownTrustedAccessRoleBindingProvisioningState = {}));
function _trustedAccessRoleBindingListResultDeserializer(item) {
	return {
		value: trustedAccessRoleBindingArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function trustedAccessRoleBindingArrayDeserializer(result) {
	return result.map((item) => {
		return trustedAccessRoleBindingDeserializer(item);
	});
}
function identityBindingSerializer(item) {
	return { properties: !item["properties"] ? item["properties"] : identityBindingPropertiesSerializer(item["properties"]) };
}
function identityBindingDeserializer(item) {
	return {
		id: item["id"],
		name: item["name"],
		type: item["type"],
		systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
		properties: !item["properties"] ? item["properties"] : identityBindingPropertiesDeserializer(item["properties"]),
		eTag: item["eTag"]
	};
}
function identityBindingPropertiesSerializer(item) {
	return { managedIdentity: identityBindingManagedIdentityProfileSerializer(item["managedIdentity"]) };
}
function identityBindingPropertiesDeserializer(item) {
	return {
		managedIdentity: identityBindingManagedIdentityProfileDeserializer(item["managedIdentity"]),
		oidcIssuer: !item["oidcIssuer"] ? item["oidcIssuer"] : identityBindingOidcIssuerProfileDeserializer(item["oidcIssuer"]),
		provisioningState: item["provisioningState"]
	};
}
function identityBindingManagedIdentityProfileSerializer(item) {
	return { resourceId: item["resourceId"] };
}
function identityBindingManagedIdentityProfileDeserializer(item) {
	return {
		resourceId: item["resourceId"],
		objectId: item["objectId"],
		clientId: item["clientId"],
		tenantId: item["tenantId"]
	};
}
function identityBindingOidcIssuerProfileDeserializer(item) {
	return { oidcIssuerUrl: item["oidcIssuerUrl"] };
}
/** The provisioning state of the last accepted operation. */
var KnownIdentityBindingProvisioningState;
(function(KnownIdentityBindingProvisioningState) {
	/** Resource has been created. */
	KnownIdentityBindingProvisioningState["Succeeded"] = "Succeeded";
	/** Resource creation failed. */
	KnownIdentityBindingProvisioningState["Failed"] = "Failed";
	/** Resource creation was canceled. */
	KnownIdentityBindingProvisioningState["Canceled"] = "Canceled";
	/** The identity binding is being created. */
	KnownIdentityBindingProvisioningState["Creating"] = "Creating";
	/** The identity binding is being updated. */
	KnownIdentityBindingProvisioningState["Updating"] = "Updating";
	/** The identity binding is being deleted. */
	KnownIdentityBindingProvisioningState["Deleting"] = "Deleting";
})(KnownIdentityBindingProvisioningState || (KnownIdentityBindingProvisioningState = {}));
function _identityBindingListResultDeserializer(item) {
	return {
		value: identityBindingArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function identityBindingArrayDeserializer(result) {
	return result.map((item) => {
		return identityBindingDeserializer(item);
	});
}
function _operationListResultDeserializer(item) {
	return {
		value: operationValueArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function operationValueArrayDeserializer(result) {
	return result.map((item) => {
		return operationValueDeserializer(item);
	});
}
function operationValueDeserializer(item) {
	return {
		origin: item["origin"],
		name: item["name"],
		...!item["display"] ? item["display"] : _operationValueDisplayDeserializer(item["display"])
	};
}
function privateLinkResourcesListResultDeserializer(item) {
	return { value: !item["value"] ? item["value"] : privateLinkResourceArrayDeserializer(item["value"]) };
}
function _trustedAccessRoleListResultDeserializer(item) {
	return {
		value: trustedAccessRoleArrayDeserializer(item["value"]),
		nextLink: item["nextLink"]
	};
}
function trustedAccessRoleArrayDeserializer(result) {
	return result.map((item) => {
		return trustedAccessRoleDeserializer(item);
	});
}
function trustedAccessRoleDeserializer(item) {
	return {
		sourceResourceType: item["sourceResourceType"],
		name: item["name"],
		rules: !item["rules"] ? item["rules"] : trustedAccessRoleRuleArrayDeserializer(item["rules"])
	};
}
function trustedAccessRoleRuleArrayDeserializer(result) {
	return result.map((item) => {
		return trustedAccessRoleRuleDeserializer(item);
	});
}
function trustedAccessRoleRuleDeserializer(item) {
	return {
		verbs: !item["verbs"] ? item["verbs"] : item["verbs"].map((p) => {
			return p;
		}),
		apiGroups: !item["apiGroups"] ? item["apiGroups"] : item["apiGroups"].map((p) => {
			return p;
		}),
		resources: !item["resources"] ? item["resources"] : item["resources"].map((p) => {
			return p;
		}),
		resourceNames: !item["resourceNames"] ? item["resourceNames"] : item["resourceNames"].map((p) => {
			return p;
		}),
		nonResourceURLs: !item["nonResourceURLs"] ? item["nonResourceURLs"] : item["nonResourceURLs"].map((p) => {
			return p;
		})
	};
}
/** The format of the kubeconfig credential. */
var KnownFormat;
(function(KnownFormat) {
	/** Return azure auth-provider kubeconfig. This format is deprecated in v1.22 and will be fully removed in v1.26. See: https://aka.ms/k8s/changes-1-26. */
	KnownFormat["Azure"] = "azure";
	/** Return exec format kubeconfig. This format requires kubelogin binary in the path. */
	KnownFormat["Exec"] = "exec";
})(KnownFormat || (KnownFormat = {}));
/** The available API versions. */
var KnownVersions;
(function(KnownVersions) {
	/** The 2025-10-01 API version. */
	KnownVersions["V20251001"] = "2025-10-01";
	/** The 2026-01-01 API version. */
	KnownVersions["V20260101"] = "2026-01-01";
	/** The 2026-02-01 API version. */
	KnownVersions["V20260201"] = "2026-02-01";
	/** The 2026-03-01 API version. */
	KnownVersions["V20260301"] = "2026-03-01";
	/** The 2026-04-01 API version. */
	KnownVersions["V20260401"] = "2026-04-01";
	/** The 2026-05-01 API version. */
	KnownVersions["V20260501"] = "2026-05-01";
	/** The 2026-06-01 API version. */
	KnownVersions["V20260601"] = "2026-06-01";
})(KnownVersions || (KnownVersions = {}));
function _agentPoolPropertiesSerializer(item) {
	return {
		count: item["count"],
		vmSize: item["vmSize"],
		osDiskSizeGB: item["osDiskSizeGB"],
		osDiskType: item["osDiskType"],
		kubeletDiskType: item["kubeletDiskType"],
		workloadRuntime: item["workloadRuntime"],
		messageOfTheDay: item["messageOfTheDay"],
		vnetSubnetID: item["vnetSubnetID"],
		podSubnetID: item["podSubnetID"],
		podIPAllocationMode: item["podIPAllocationMode"],
		maxPods: item["maxPods"],
		osType: item["osType"],
		osSKU: item["osSKU"],
		maxCount: item["maxCount"],
		minCount: item["minCount"],
		enableAutoScaling: item["enableAutoScaling"],
		scaleDownMode: item["scaleDownMode"],
		type: item["typePropertiesType"],
		mode: item["mode"],
		orchestratorVersion: item["orchestratorVersion"],
		nodeImageVersion: item["nodeImageVersion"],
		upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsSerializer(item["upgradeSettings"]),
		powerState: !item["powerState"] ? item["powerState"] : powerStateSerializer(item["powerState"]),
		availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
			return p;
		}),
		enableNodePublicIP: item["enableNodePublicIP"],
		nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
		scaleSetPriority: item["scaleSetPriority"],
		scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
		spotMaxPrice: item["spotMaxPrice"],
		tags: item["tags"],
		nodeLabels: item["nodeLabels"],
		nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
			return p;
		}),
		proximityPlacementGroupID: item["proximityPlacementGroupID"],
		kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigSerializer(item["kubeletConfig"]),
		linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigSerializer(item["linuxOSConfig"]),
		enableEncryptionAtHost: item["enableEncryptionAtHost"],
		enableUltraSSD: item["enableUltraSSD"],
		enableFIPS: item["enableFips"],
		gpuInstanceProfile: item["gpuInstanceProfile"],
		creationData: !item["creationData"] ? item["creationData"] : creationDataSerializer(item["creationData"]),
		capacityReservationGroupID: item["capacityReservationGroupID"],
		hostGroupID: item["hostGroupID"],
		networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileSerializer(item["networkProfile"]),
		windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileSerializer(item["windowsProfile"]),
		securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileSerializer(item["securityProfile"]),
		gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileSerializer(item["gpuProfile"]),
		gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileSerializer(item["gatewayProfile"]),
		artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileSerializer(item["artifactStreamingProfile"]),
		virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileSerializer(item["virtualMachinesProfile"]),
		virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArraySerializer(item["virtualMachineNodesStatus"]),
		status: !item["status"] ? item["status"] : agentPoolStatusSerializer(item["status"]),
		localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileSerializer(item["localDNSProfile"])
	};
}
function _agentPoolPropertiesDeserializer(item) {
	return {
		eTag: item["eTag"],
		count: item["count"],
		vmSize: item["vmSize"],
		osDiskSizeGB: item["osDiskSizeGB"],
		osDiskType: item["osDiskType"],
		kubeletDiskType: item["kubeletDiskType"],
		workloadRuntime: item["workloadRuntime"],
		messageOfTheDay: item["messageOfTheDay"],
		vnetSubnetID: item["vnetSubnetID"],
		podSubnetID: item["podSubnetID"],
		podIPAllocationMode: item["podIPAllocationMode"],
		maxPods: item["maxPods"],
		osType: item["osType"],
		osSKU: item["osSKU"],
		maxCount: item["maxCount"],
		minCount: item["minCount"],
		enableAutoScaling: item["enableAutoScaling"],
		scaleDownMode: item["scaleDownMode"],
		typePropertiesType: item["type"],
		mode: item["mode"],
		orchestratorVersion: item["orchestratorVersion"],
		currentOrchestratorVersion: item["currentOrchestratorVersion"],
		nodeImageVersion: item["nodeImageVersion"],
		upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : agentPoolUpgradeSettingsDeserializer(item["upgradeSettings"]),
		provisioningState: item["provisioningState"],
		powerState: !item["powerState"] ? item["powerState"] : powerStateDeserializer(item["powerState"]),
		availabilityZones: !item["availabilityZones"] ? item["availabilityZones"] : item["availabilityZones"].map((p) => {
			return p;
		}),
		enableNodePublicIP: item["enableNodePublicIP"],
		nodePublicIPPrefixID: item["nodePublicIPPrefixID"],
		scaleSetPriority: item["scaleSetPriority"],
		scaleSetEvictionPolicy: item["scaleSetEvictionPolicy"],
		spotMaxPrice: item["spotMaxPrice"],
		tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
		nodeLabels: !item["nodeLabels"] ? item["nodeLabels"] : Object.fromEntries(Object.entries(item["nodeLabels"]).map(([k, p]) => [k, p])),
		nodeTaints: !item["nodeTaints"] ? item["nodeTaints"] : item["nodeTaints"].map((p) => {
			return p;
		}),
		proximityPlacementGroupID: item["proximityPlacementGroupID"],
		kubeletConfig: !item["kubeletConfig"] ? item["kubeletConfig"] : kubeletConfigDeserializer(item["kubeletConfig"]),
		linuxOSConfig: !item["linuxOSConfig"] ? item["linuxOSConfig"] : linuxOSConfigDeserializer(item["linuxOSConfig"]),
		enableEncryptionAtHost: item["enableEncryptionAtHost"],
		enableUltraSSD: item["enableUltraSSD"],
		enableFips: item["enableFIPS"],
		gpuInstanceProfile: item["gpuInstanceProfile"],
		creationData: !item["creationData"] ? item["creationData"] : creationDataDeserializer(item["creationData"]),
		capacityReservationGroupID: item["capacityReservationGroupID"],
		hostGroupID: item["hostGroupID"],
		networkProfile: !item["networkProfile"] ? item["networkProfile"] : agentPoolNetworkProfileDeserializer(item["networkProfile"]),
		windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : agentPoolWindowsProfileDeserializer(item["windowsProfile"]),
		securityProfile: !item["securityProfile"] ? item["securityProfile"] : agentPoolSecurityProfileDeserializer(item["securityProfile"]),
		gpuProfile: !item["gpuProfile"] ? item["gpuProfile"] : gpuProfileDeserializer(item["gpuProfile"]),
		gatewayProfile: !item["gatewayProfile"] ? item["gatewayProfile"] : agentPoolGatewayProfileDeserializer(item["gatewayProfile"]),
		artifactStreamingProfile: !item["artifactStreamingProfile"] ? item["artifactStreamingProfile"] : agentPoolArtifactStreamingProfileDeserializer(item["artifactStreamingProfile"]),
		virtualMachinesProfile: !item["virtualMachinesProfile"] ? item["virtualMachinesProfile"] : virtualMachinesProfileDeserializer(item["virtualMachinesProfile"]),
		virtualMachineNodesStatus: !item["virtualMachineNodesStatus"] ? item["virtualMachineNodesStatus"] : virtualMachineNodesArrayDeserializer(item["virtualMachineNodesStatus"]),
		status: !item["status"] ? item["status"] : agentPoolStatusDeserializer(item["status"]),
		localDNSProfile: !item["localDNSProfile"] ? item["localDNSProfile"] : localDNSProfileDeserializer(item["localDNSProfile"])
	};
}
function _agentPoolAvailableVersionsPropertiesDeserializer(item) {
	return { agentPoolVersions: !item["agentPoolVersions"] ? item["agentPoolVersions"] : agentPoolAvailableVersionsPropertiesAgentPoolVersionsItemArrayDeserializer(item["agentPoolVersions"]) };
}
function _agentPoolUpgradeProfilePropertiesDeserializer(item) {
	return {
		kubernetesVersion: item["kubernetesVersion"],
		osType: item["osType"],
		upgrades: !item["upgrades"] ? item["upgrades"] : agentPoolUpgradeProfilePropertiesUpgradesItemArrayDeserializer(item["upgrades"]),
		recentlyUsedVersions: !item["recentlyUsedVersions"] ? item["recentlyUsedVersions"] : agentPoolRecentlyUsedVersionArrayDeserializer(item["recentlyUsedVersions"]),
		latestNodeImageVersion: item["latestNodeImageVersion"]
	};
}
function _managedClusterPropertiesSerializer(item) {
	return {
		kubernetesVersion: item["kubernetesVersion"],
		dnsPrefix: item["dnsPrefix"],
		fqdnSubdomain: item["fqdnSubdomain"],
		agentPoolProfiles: !item["agentPoolProfiles"] ? item["agentPoolProfiles"] : managedClusterAgentPoolProfileArraySerializer(item["agentPoolProfiles"]),
		linuxProfile: !item["linuxProfile"] ? item["linuxProfile"] : containerServiceLinuxProfileSerializer(item["linuxProfile"]),
		windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : managedClusterWindowsProfileSerializer(item["windowsProfile"]),
		servicePrincipalProfile: !item["servicePrincipalProfile"] ? item["servicePrincipalProfile"] : managedClusterServicePrincipalProfileSerializer(item["servicePrincipalProfile"]),
		addonProfiles: !item["addonProfiles"] ? item["addonProfiles"] : managedClusterAddonProfileRecordSerializer(item["addonProfiles"]),
		podIdentityProfile: !item["podIdentityProfile"] ? item["podIdentityProfile"] : managedClusterPodIdentityProfileSerializer(item["podIdentityProfile"]),
		oidcIssuerProfile: !item["oidcIssuerProfile"] ? item["oidcIssuerProfile"] : managedClusterOidcIssuerProfileSerializer(item["oidcIssuerProfile"]),
		nodeResourceGroup: item["nodeResourceGroup"],
		nodeResourceGroupProfile: !item["nodeResourceGroupProfile"] ? item["nodeResourceGroupProfile"] : managedClusterNodeResourceGroupProfileSerializer(item["nodeResourceGroupProfile"]),
		enableRBAC: item["enableRbac"],
		supportPlan: item["supportPlan"],
		networkProfile: !item["networkProfile"] ? item["networkProfile"] : containerServiceNetworkProfileSerializer(item["networkProfile"]),
		aadProfile: !item["aadProfile"] ? item["aadProfile"] : managedClusterAADProfileSerializer(item["aadProfile"]),
		autoUpgradeProfile: !item["autoUpgradeProfile"] ? item["autoUpgradeProfile"] : managedClusterAutoUpgradeProfileSerializer(item["autoUpgradeProfile"]),
		upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : clusterUpgradeSettingsSerializer(item["upgradeSettings"]),
		autoScalerProfile: !item["autoScalerProfile"] ? item["autoScalerProfile"] : managedClusterPropertiesAutoScalerProfileSerializer(item["autoScalerProfile"]),
		apiServerAccessProfile: !item["apiServerAccessProfile"] ? item["apiServerAccessProfile"] : managedClusterAPIServerAccessProfileSerializer(item["apiServerAccessProfile"]),
		diskEncryptionSetID: item["diskEncryptionSetID"],
		identityProfile: !item["identityProfile"] ? item["identityProfile"] : userAssignedIdentityRecordSerializer(item["identityProfile"]),
		privateLinkResources: !item["privateLinkResources"] ? item["privateLinkResources"] : privateLinkResourceArraySerializer(item["privateLinkResources"]),
		disableLocalAccounts: item["disableLocalAccounts"],
		httpProxyConfig: !item["httpProxyConfig"] ? item["httpProxyConfig"] : managedClusterHttpProxyConfigSerializer(item["httpProxyConfig"]),
		securityProfile: !item["securityProfile"] ? item["securityProfile"] : managedClusterSecurityProfileSerializer(item["securityProfile"]),
		storageProfile: !item["storageProfile"] ? item["storageProfile"] : managedClusterStorageProfileSerializer(item["storageProfile"]),
		ingressProfile: !item["ingressProfile"] ? item["ingressProfile"] : managedClusterIngressProfileSerializer(item["ingressProfile"]),
		publicNetworkAccess: item["publicNetworkAccess"],
		workloadAutoScalerProfile: !item["workloadAutoScalerProfile"] ? item["workloadAutoScalerProfile"] : managedClusterWorkloadAutoScalerProfileSerializer(item["workloadAutoScalerProfile"]),
		azureMonitorProfile: !item["azureMonitorProfile"] ? item["azureMonitorProfile"] : managedClusterAzureMonitorProfileSerializer(item["azureMonitorProfile"]),
		serviceMeshProfile: !item["serviceMeshProfile"] ? item["serviceMeshProfile"] : serviceMeshProfileSerializer(item["serviceMeshProfile"]),
		metricsProfile: !item["metricsProfile"] ? item["metricsProfile"] : managedClusterMetricsProfileSerializer(item["metricsProfile"]),
		nodeProvisioningProfile: !item["nodeProvisioningProfile"] ? item["nodeProvisioningProfile"] : managedClusterNodeProvisioningProfileSerializer(item["nodeProvisioningProfile"]),
		bootstrapProfile: !item["bootstrapProfile"] ? item["bootstrapProfile"] : managedClusterBootstrapProfileSerializer(item["bootstrapProfile"]),
		aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"] ? item["aiToolchainOperatorProfile"] : managedClusterAIToolchainOperatorProfileSerializer(item["aiToolchainOperatorProfile"]),
		schedulerProfile: !item["schedulerProfile"] ? item["schedulerProfile"] : schedulerProfileSerializer(item["schedulerProfile"]),
		hostedSystemProfile: !item["hostedSystemProfile"] ? item["hostedSystemProfile"] : managedClusterHostedSystemProfileSerializer(item["hostedSystemProfile"]),
		status: !item["status"] ? item["status"] : managedClusterStatusSerializer(item["status"])
	};
}
function _managedClusterPropertiesDeserializer(item) {
	return {
		provisioningState: item["provisioningState"],
		powerState: !item["powerState"] ? item["powerState"] : powerStateDeserializer(item["powerState"]),
		maxAgentPools: item["maxAgentPools"],
		kubernetesVersion: item["kubernetesVersion"],
		currentKubernetesVersion: item["currentKubernetesVersion"],
		dnsPrefix: item["dnsPrefix"],
		fqdnSubdomain: item["fqdnSubdomain"],
		fqdn: item["fqdn"],
		privateFqdn: item["privateFQDN"],
		azurePortalFqdn: item["azurePortalFQDN"],
		agentPoolProfiles: !item["agentPoolProfiles"] ? item["agentPoolProfiles"] : managedClusterAgentPoolProfileArrayDeserializer(item["agentPoolProfiles"]),
		linuxProfile: !item["linuxProfile"] ? item["linuxProfile"] : containerServiceLinuxProfileDeserializer(item["linuxProfile"]),
		windowsProfile: !item["windowsProfile"] ? item["windowsProfile"] : managedClusterWindowsProfileDeserializer(item["windowsProfile"]),
		servicePrincipalProfile: !item["servicePrincipalProfile"] ? item["servicePrincipalProfile"] : managedClusterServicePrincipalProfileDeserializer(item["servicePrincipalProfile"]),
		addonProfiles: !item["addonProfiles"] ? item["addonProfiles"] : managedClusterAddonProfileRecordDeserializer(item["addonProfiles"]),
		podIdentityProfile: !item["podIdentityProfile"] ? item["podIdentityProfile"] : managedClusterPodIdentityProfileDeserializer(item["podIdentityProfile"]),
		oidcIssuerProfile: !item["oidcIssuerProfile"] ? item["oidcIssuerProfile"] : managedClusterOidcIssuerProfileDeserializer(item["oidcIssuerProfile"]),
		nodeResourceGroup: item["nodeResourceGroup"],
		nodeResourceGroupProfile: !item["nodeResourceGroupProfile"] ? item["nodeResourceGroupProfile"] : managedClusterNodeResourceGroupProfileDeserializer(item["nodeResourceGroupProfile"]),
		enableRbac: item["enableRBAC"],
		supportPlan: item["supportPlan"],
		networkProfile: !item["networkProfile"] ? item["networkProfile"] : containerServiceNetworkProfileDeserializer(item["networkProfile"]),
		aadProfile: !item["aadProfile"] ? item["aadProfile"] : managedClusterAADProfileDeserializer(item["aadProfile"]),
		autoUpgradeProfile: !item["autoUpgradeProfile"] ? item["autoUpgradeProfile"] : managedClusterAutoUpgradeProfileDeserializer(item["autoUpgradeProfile"]),
		upgradeSettings: !item["upgradeSettings"] ? item["upgradeSettings"] : clusterUpgradeSettingsDeserializer(item["upgradeSettings"]),
		autoScalerProfile: !item["autoScalerProfile"] ? item["autoScalerProfile"] : managedClusterPropertiesAutoScalerProfileDeserializer(item["autoScalerProfile"]),
		apiServerAccessProfile: !item["apiServerAccessProfile"] ? item["apiServerAccessProfile"] : managedClusterAPIServerAccessProfileDeserializer(item["apiServerAccessProfile"]),
		diskEncryptionSetID: item["diskEncryptionSetID"],
		identityProfile: !item["identityProfile"] ? item["identityProfile"] : userAssignedIdentityRecordDeserializer(item["identityProfile"]),
		privateLinkResources: !item["privateLinkResources"] ? item["privateLinkResources"] : privateLinkResourceArrayDeserializer(item["privateLinkResources"]),
		disableLocalAccounts: item["disableLocalAccounts"],
		httpProxyConfig: !item["httpProxyConfig"] ? item["httpProxyConfig"] : managedClusterHttpProxyConfigDeserializer(item["httpProxyConfig"]),
		securityProfile: !item["securityProfile"] ? item["securityProfile"] : managedClusterSecurityProfileDeserializer(item["securityProfile"]),
		storageProfile: !item["storageProfile"] ? item["storageProfile"] : managedClusterStorageProfileDeserializer(item["storageProfile"]),
		ingressProfile: !item["ingressProfile"] ? item["ingressProfile"] : managedClusterIngressProfileDeserializer(item["ingressProfile"]),
		publicNetworkAccess: item["publicNetworkAccess"],
		workloadAutoScalerProfile: !item["workloadAutoScalerProfile"] ? item["workloadAutoScalerProfile"] : managedClusterWorkloadAutoScalerProfileDeserializer(item["workloadAutoScalerProfile"]),
		azureMonitorProfile: !item["azureMonitorProfile"] ? item["azureMonitorProfile"] : managedClusterAzureMonitorProfileDeserializer(item["azureMonitorProfile"]),
		serviceMeshProfile: !item["serviceMeshProfile"] ? item["serviceMeshProfile"] : serviceMeshProfileDeserializer(item["serviceMeshProfile"]),
		resourceUID: item["resourceUID"],
		metricsProfile: !item["metricsProfile"] ? item["metricsProfile"] : managedClusterMetricsProfileDeserializer(item["metricsProfile"]),
		nodeProvisioningProfile: !item["nodeProvisioningProfile"] ? item["nodeProvisioningProfile"] : managedClusterNodeProvisioningProfileDeserializer(item["nodeProvisioningProfile"]),
		bootstrapProfile: !item["bootstrapProfile"] ? item["bootstrapProfile"] : managedClusterBootstrapProfileDeserializer(item["bootstrapProfile"]),
		aiToolchainOperatorProfile: !item["aiToolchainOperatorProfile"] ? item["aiToolchainOperatorProfile"] : managedClusterAIToolchainOperatorProfileDeserializer(item["aiToolchainOperatorProfile"]),
		schedulerProfile: !item["schedulerProfile"] ? item["schedulerProfile"] : schedulerProfileDeserializer(item["schedulerProfile"]),
		hostedSystemProfile: !item["hostedSystemProfile"] ? item["hostedSystemProfile"] : managedClusterHostedSystemProfileDeserializer(item["hostedSystemProfile"]),
		status: !item["status"] ? item["status"] : managedClusterStatusDeserializer(item["status"])
	};
}
function _managedClusterAccessProfilePropertiesDeserializer(item) {
	return { kubeConfig: !item["kubeConfig"] ? item["kubeConfig"] : typeof item["kubeConfig"] === "string" ? stringToUint8Array(item["kubeConfig"], "base64") : item["kubeConfig"] };
}
function _runCommandResultPropertiesDeserializer(item) {
	return {
		provisioningState: item["provisioningState"],
		exitCode: item["exitCode"],
		startedAt: !item["startedAt"] ? item["startedAt"] : new Date(item["startedAt"]),
		finishedAt: !item["finishedAt"] ? item["finishedAt"] : new Date(item["finishedAt"]),
		logs: item["logs"],
		reason: item["reason"]
	};
}
function _managedClusterUpgradeProfilePropertiesDeserializer(item) {
	return {
		controlPlaneProfile: managedClusterPoolUpgradeProfileDeserializer(item["controlPlaneProfile"]),
		agentPoolProfiles: managedClusterPoolUpgradeProfileArrayDeserializer(item["agentPoolProfiles"])
	};
}
function _maintenanceConfigurationPropertiesSerializer(item) {
	return {
		timeInWeek: !item["timeInWeek"] ? item["timeInWeek"] : timeInWeekArraySerializer(item["timeInWeek"]),
		notAllowedTime: !item["notAllowedTime"] ? item["notAllowedTime"] : timeSpanArraySerializer(item["notAllowedTime"]),
		maintenanceWindow: !item["maintenanceWindow"] ? item["maintenanceWindow"] : maintenanceWindowSerializer(item["maintenanceWindow"])
	};
}
function _maintenanceConfigurationPropertiesDeserializer(item) {
	return {
		timeInWeek: !item["timeInWeek"] ? item["timeInWeek"] : timeInWeekArrayDeserializer(item["timeInWeek"]),
		notAllowedTime: !item["notAllowedTime"] ? item["notAllowedTime"] : timeSpanArrayDeserializer(item["notAllowedTime"]),
		maintenanceWindow: !item["maintenanceWindow"] ? item["maintenanceWindow"] : maintenanceWindowDeserializer(item["maintenanceWindow"])
	};
}
function _privateEndpointConnectionPropertiesSerializer(item) {
	return {
		privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointSerializer(item["privateEndpoint"]),
		privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"])
	};
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
	return {
		provisioningState: item["provisioningState"],
		privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointDeserializer(item["privateEndpoint"]),
		privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"])
	};
}
function _snapshotPropertiesSerializer(item) {
	return {
		creationData: !item["creationData"] ? item["creationData"] : creationDataSerializer(item["creationData"]),
		snapshotType: item["snapshotType"]
	};
}
function _snapshotPropertiesDeserializer(item) {
	return {
		creationData: !item["creationData"] ? item["creationData"] : creationDataDeserializer(item["creationData"]),
		snapshotType: item["snapshotType"],
		kubernetesVersion: item["kubernetesVersion"],
		nodeImageVersion: item["nodeImageVersion"],
		osType: item["osType"],
		osSku: item["osSku"],
		vmSize: item["vmSize"],
		enableFips: item["enableFIPS"]
	};
}
function _trustedAccessRoleBindingPropertiesSerializer(item) {
	return {
		sourceResourceId: item["sourceResourceId"],
		roles: item["roles"].map((p) => {
			return p;
		})
	};
}
function _trustedAccessRoleBindingPropertiesDeserializer(item) {
	return {
		provisioningState: item["provisioningState"],
		sourceResourceId: item["sourceResourceId"],
		roles: item["roles"].map((p) => {
			return p;
		})
	};
}
function _operationValueDisplayDeserializer(item) {
	return {
		operation: item["operation"],
		resource: item["resource"],
		description: item["description"],
		provider: item["provider"]
	};
}
// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/pagingHelpers.js
/**
* Helper to paginate results in a generic way and return a PagedAsyncIterableIterator
*/
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
	const itemName = options.itemName ?? "value";
	const nextLinkName = options.nextLinkName ?? "nextLink";
	const nextLinkMethod = options.nextLinkMethod ?? "GET";
	const apiVersion = options.apiVersion;
	const pagedResult = {
		getPage: async (pageLink) => {
			let result;
			if (pageLink === void 0) result = await getInitialResponse();
			else {
				const resolvedPageLink = apiVersion ? addApiVersionToUrl$1(pageLink, apiVersion) : pageLink;
				result = nextLinkMethod === "POST" ? await client.pathUnchecked(resolvedPageLink).post() : await client.pathUnchecked(resolvedPageLink).get();
			}
			checkPagingRequest(result, expectedStatuses);
			const results = await processResponseBody(result);
			const nextLink = getNextLink(results, nextLinkName);
			return {
				page: getElements(results, itemName),
				nextPageLink: nextLink
			};
		},
		byPage: (settings) => {
			const { continuationToken } = settings ?? {};
			return getPageAsyncIterator(pagedResult, { pageLink: continuationToken });
		}
	};
	return getPagedAsyncIterator(pagedResult);
}
/**
* returns an async iterator that iterates over results. It also has a `byPage`
* method that returns pages of items at once.
*
* @param pagedResult - an object that specifies how to get pages.
* @returns a paged async iterator that iterates over results.
*/
function getPagedAsyncIterator(pagedResult) {
	const iter = getItemAsyncIterator(pagedResult);
	return {
		next() {
			return iter.next();
		},
		[Symbol.asyncIterator]() {
			return this;
		},
		byPage: pagedResult?.byPage ?? ((settings) => {
			const { continuationToken } = settings ?? {};
			return getPageAsyncIterator(pagedResult, { pageLink: continuationToken });
		})
	};
}
async function* getItemAsyncIterator(pagedResult) {
	const pages = getPageAsyncIterator(pagedResult);
	for await (const page of pages) yield* page;
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
	const { pageLink } = options;
	let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
	if (!response) return;
	let result = response.page;
	result.continuationToken = response.nextPageLink;
	yield result;
	while (response.nextPageLink) {
		response = await pagedResult.getPage(response.nextPageLink);
		if (!response) return;
		result = response.page;
		result.continuationToken = response.nextPageLink;
		yield result;
	}
}
/**
* Gets for the value of nextLink in the body
*/
function getNextLink(body, nextLinkName) {
	if (!nextLinkName) return;
	const nextLink = body[nextLinkName];
	if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) throw new RestError$1(`Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`);
	if (nextLink === null) return;
	return nextLink;
}
/**
* Gets the elements of the current request in the body.
*/
function getElements(body, itemName) {
	const value = body[itemName];
	if (!Array.isArray(value)) throw new RestError$1(`Couldn't paginate response\n Body doesn't contain an array property with name: ${itemName}`);
	return value ?? [];
}
/**
* Checks if a request failed
*/
function checkPagingRequest(response, expectedStatuses) {
	if (!expectedStatuses.includes(response.status)) throw createRestError(`Pagination failed with unexpected statusCode ${response.status}`, response);
}
/**
* Adds the api-version query parameter on a URL if it's not present.
* @param url - the URL to modify
* @param apiVersion - the API version to set
* @returns - the URL with the api-version query parameter set
*/
function addApiVersionToUrl$1(url, apiVersion) {
	const urlObj = new URL(url, "https://microsoft.com");
	if (!urlObj.searchParams.get("api-version")) return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
	return url;
}
// node_modules/@azure/core-lro/dist/esm/logger.js
/**
* The `@azure/logger` configuration for this package.
* @internal
*/
const logger = createClientLogger("core-lro");
// node_modules/@azure/core-lro/dist/esm/poller/constants.js
/**
* The default time interval to wait before sending the next polling request.
*/
const POLL_INTERVAL_IN_MS = 2e3;
/**
* The closed set of terminal states.
*/
const terminalStates = [
	"succeeded",
	"canceled",
	"failed"
];
// node_modules/@azure/core-lro/dist/esm/poller/operation.js
/**
* Deserializes the state
*/
function deserializeState(serializedState) {
	try {
		return JSON.parse(serializedState).state;
	} catch (e) {
		throw new Error(`Unable to deserialize input state: ${serializedState}`, { cause: e });
	}
}
function setStateError(inputs) {
	const { state, isOperationError } = inputs;
	return (error) => {
		if (isOperationError(error)) {
			state.error = error;
			state.status = "failed";
		}
		throw error;
	};
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
	let message = currentMessage;
	if (message.slice(-1) !== ".") message = message + ".";
	return message + " " + innerMessage;
}
function simplifyError(err) {
	let message = err.message;
	let code = err.code;
	let curErr = err;
	while (curErr.innererror) {
		curErr = curErr.innererror;
		code = curErr.code;
		message = appendReadableErrorMessage(message, curErr.message);
	}
	return {
		code,
		message
	};
}
async function processOperationStatus(result) {
	const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
	switch (status) {
		case "succeeded":
			state.status = "succeeded";
			break;
		case "failed": {
			const err = getError?.(response);
			let postfix = "";
			if (err) {
				const { code, message } = simplifyError(err);
				postfix = `. ${code}. ${message}`;
			}
			const errStr = `The long-running operation has failed${postfix}`;
			state.error = new Error(errStr);
			state.status = "failed";
			logger.warning(errStr);
			break;
		}
		case "canceled": state.status = "canceled";
	}
	if (isDone?.(response, state) || isDone === void 0 && ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status)) state.result = await buildResult({
		response,
		state,
		processResult
	});
}
async function buildResult(inputs) {
	const { processResult, response, state } = inputs;
	return processResult ? processResult(response, state) : response;
}
/**
* Initiates the long-running operation.
*/
async function initOperation(inputs) {
	const { init, processResult, getOperationStatus, withOperationLocation, setErrorAsResult } = inputs;
	const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response } = await init();
	if (operationLocation) withOperationLocation?.(operationLocation, false);
	const config = {
		metadata,
		operationLocation,
		resourceLocation,
		initialRequestUrl,
		requestMethod
	};
	logger.verbose(`LRO: Operation description:`, config);
	const state = {
		status: "running",
		config
	};
	await processOperationStatus({
		state,
		status: getOperationStatus({
			response,
			state,
			operationLocation
		}),
		response,
		setErrorAsResult,
		processResult
	});
	return state;
}
async function pollOperationHelper(inputs) {
	const { poll, state, operationLocation, getOperationStatus, getResourceLocation, isOperationError, options } = inputs;
	const response = await poll(operationLocation, options).catch(setStateError({
		state,
		isOperationError
	}));
	const status = getOperationStatus(response, state);
	logger.verbose(`LRO: Status:\n\tPolling from: ${state.config.operationLocation}\n\tOperation status: ${status}\n\tPolling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
	if (status === "succeeded") {
		const resourceLocation = getResourceLocation(response, state);
		if (resourceLocation !== void 0) return {
			response: await poll(resourceLocation).catch(setStateError({
				state,
				isOperationError
			})),
			status
		};
	}
	return {
		response,
		status
	};
}
/** Polls the long-running operation. */
async function pollOperation(inputs) {
	const { poll, state, options, getOperationStatus, getResourceLocation, getOperationLocation, isOperationError, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult } = inputs;
	const { operationLocation } = state.config;
	if (operationLocation !== void 0) {
		const { response, status } = await pollOperationHelper({
			poll,
			getOperationStatus,
			state,
			operationLocation,
			getResourceLocation,
			isOperationError,
			options
		});
		await processOperationStatus({
			status,
			response,
			state,
			isDone,
			processResult,
			getError,
			setErrorAsResult
		});
		if (!terminalStates.includes(status)) {
			const intervalInMs = getPollingInterval?.(response);
			if (intervalInMs) setDelay(intervalInMs);
			const location = getOperationLocation?.(response, state);
			if (location !== void 0) {
				const isUpdated = operationLocation !== location;
				state.config.operationLocation = location;
				withOperationLocation?.(location, isUpdated);
			} else withOperationLocation?.(operationLocation, false);
		}
		updateState?.(state, response);
	}
}
// node_modules/@azure/core-lro/dist/esm/http/operation.js
function getOperationLocationPollingUrl(inputs) {
	const { azureAsyncOperation, operationLocation } = inputs;
	return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
	return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
	return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
	return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
	const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
	if (skipFinalGet) return;
	switch (requestMethod) {
		case "PUT": return requestPath;
		case "DELETE": return;
		case "PATCH": return getDefault() ?? requestPath;
		default: return getDefault();
	}
	function getDefault() {
		switch (resourceLocationConfig) {
			case "operation-location":
			case "azure-async-operation": return;
			case "original-uri": return requestPath;
			default: return location;
		}
	}
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
	const requestPath = rawResponse.request.url;
	const requestMethod = rawResponse.request.method;
	const pollingUrl = getOperationLocationPollingUrl({
		operationLocation: getOperationLocationHeader(rawResponse),
		azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse)
	});
	const location = getLocationHeader(rawResponse);
	const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
	if (pollingUrl !== void 0) return {
		mode: "OperationLocation",
		operationLocation: pollingUrl,
		resourceLocation: findResourceLocation({
			requestMethod: normalizedRequestMethod,
			location,
			requestPath,
			resourceLocationConfig,
			skipFinalGet
		}),
		initialRequestUrl: requestPath,
		requestMethod
	};
	else if (location !== void 0) return {
		mode: "ResourceLocation",
		operationLocation: location,
		initialRequestUrl: requestPath,
		requestMethod
	};
	else if (normalizedRequestMethod === "PUT" && requestPath) return {
		mode: "Body",
		operationLocation: requestPath,
		initialRequestUrl: requestPath,
		requestMethod
	};
	else return;
}
function transformStatus(inputs) {
	const { status, statusCode } = inputs;
	if (typeof status !== "string" && status !== void 0) throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
	logger.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
	const lowerCaseStatus = status?.toLocaleLowerCase();
	if (!lowerCaseStatus) return toOperationStatus(statusCode);
	if (lowerCaseStatus.includes("succeeded")) return "succeeded";
	if (lowerCaseStatus.includes("fail")) return "failed";
	if (["canceled", "cancelled"].includes(lowerCaseStatus)) return "canceled";
	return "running";
}
function getStatus(rawResponse) {
	const { status } = rawResponse.body ?? {};
	return transformStatus({
		status,
		statusCode: rawResponse.statusCode
	});
}
function getProvisioningState(rawResponse) {
	const { properties, provisioningState } = rawResponse.body ?? {};
	return transformStatus({
		status: properties?.provisioningState ?? provisioningState,
		statusCode: rawResponse.statusCode
	});
}
function toOperationStatus(statusCode) {
	if (statusCode === 202) return "running";
	else if (statusCode < 300) return "succeeded";
	else return "failed";
}
function parseRetryAfter({ rawResponse }) {
	const retryAfter = rawResponse.headers["retry-after"];
	if (retryAfter !== void 0) {
		const retryAfterInSeconds = parseInt(retryAfter);
		return isNaN(retryAfterInSeconds) ? calculatePollingIntervalFromDate(new Date(retryAfter)) : retryAfterInSeconds * 1e3;
	}
}
function getErrorFromResponse(response) {
	const error = accessBodyProperty(response, "error");
	if (!error) {
		logger.warning(`The long-running operation failed but there is no error property in the response's body`);
		return;
	}
	if (!error.code || !error.message) {
		logger.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
		return;
	}
	return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
	const timeNow = Math.floor((/* @__PURE__ */ new Date()).getTime());
	const retryAfterTime = retryAfterDate.getTime();
	if (timeNow < retryAfterTime) return retryAfterTime - timeNow;
}
function getStatusFromInitialResponse(inputs) {
	const { response, state, operationLocation } = inputs;
	function helper() {
		switch (state.config.metadata?.["mode"]) {
			case void 0: return toOperationStatus(response.rawResponse.statusCode);
			case "Body": return getOperationStatus(response, state);
			default: return "running";
		}
	}
	const status = helper();
	return status === "running" && operationLocation === void 0 ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
	switch (state.config.metadata?.["mode"]) {
		case "OperationLocation": return getOperationLocationPollingUrl({
			operationLocation: getOperationLocationHeader(rawResponse),
			azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse)
		});
		case "ResourceLocation": return getLocationHeader(rawResponse);
		default: return;
	}
}
function getOperationStatus({ rawResponse }, state) {
	const mode = state.config.metadata?.["mode"];
	switch (mode) {
		case "OperationLocation": return getStatus(rawResponse);
		case "ResourceLocation": return toOperationStatus(rawResponse.statusCode);
		case "Body": return getProvisioningState(rawResponse);
		default: throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
	}
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
	return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
	const loc = accessBodyProperty(res, "resourceLocation");
	if (loc && typeof loc === "string") state.config.resourceLocation = loc;
	return state.config.resourceLocation;
}
function isOperationError(e) {
	return e.name === "RestError";
}
// node_modules/@azure/core-lro/dist/esm/poller/poller.js
/**
* Returns a poller factory.
*/
function buildCreatePoller(inputs) {
	const { getOperationLocation, getStatusFromInitialResponse, getStatusFromPollResponse, isOperationError, getResourceLocation, getPollingInterval, getError, resolveOnUnsuccessful } = inputs;
	return ({ init, poll }, options) => {
		const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom } = options || {};
		const withOperationLocation = withOperationLocationCallback ? (() => {
			let called = false;
			return (operationLocation, isUpdated) => {
				if (isUpdated) withOperationLocationCallback(operationLocation);
				else if (!called) withOperationLocationCallback(operationLocation);
				called = true;
			};
		})() : void 0;
		let statePromise;
		let state;
		if (restoreFrom) {
			state = deserializeState(restoreFrom);
			statePromise = Promise.resolve(state);
		} else statePromise = initOperation({
			init,
			processResult,
			getOperationStatus: getStatusFromInitialResponse,
			withOperationLocation,
			setErrorAsResult: !resolveOnUnsuccessful
		}).then((s) => state = s);
		let resultPromise;
		const abortController = new AbortController();
		const handlers = /* @__PURE__ */ new Map();
		const handleProgressEvents = async () => handlers.forEach((h) => h(state));
		const cancelErrMsg = "Operation was canceled";
		let currentPollIntervalInMs = intervalInMs;
		const poller = {
			get operationState() {
				return state;
			},
			get result() {
				return state?.result;
			},
			get isDone() {
				return [
					"succeeded",
					"failed",
					"canceled"
				].includes(state?.status ?? "");
			},
			onProgress: (callback) => {
				const s = Symbol();
				handlers.set(s, callback);
				return () => handlers.delete(s);
			},
			serialize: async () => {
				await statePromise;
				return JSON.stringify({ state });
			},
			submitted: async () => {
				await statePromise;
			},
			pollUntilDone: async (pollOptions) => {
				resultPromise ??= (async () => {
					await statePromise;
					if (!state) throw new Error("Poller should be initialized but it is not!");
					const { abortSignal: inputAbortSignal } = pollOptions || {};
					function abortListener() {
						abortController.abort();
					}
					const abortSignal = abortController.signal;
					if (inputAbortSignal?.aborted) abortController.abort();
					else if (!abortSignal.aborted) inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
					try {
						if (!poller.isDone) {
							await poller.poll({ abortSignal });
							while (!poller.isDone) {
								await delay(currentPollIntervalInMs, { abortSignal });
								await poller.poll({ abortSignal });
							}
						}
					} finally {
						inputAbortSignal?.removeEventListener("abort", abortListener);
					}
					if (resolveOnUnsuccessful) return poller.result;
					else switch (state.status) {
						case "succeeded": return poller.result;
						case "canceled": throw new Error(cancelErrMsg);
						case "failed": throw state.error;
						case "notStarted":
						case "running": throw new Error(`Polling completed without succeeding or failing`);
					}
				})().finally(() => {
					resultPromise = void 0;
				});
				return resultPromise;
			},
			async poll(pollOptions) {
				await statePromise;
				if (!state) throw new Error("Poller should be initialized but it is not!");
				if (resolveOnUnsuccessful) {
					if (poller.isDone) return state;
				} else switch (state.status) {
					case "succeeded": return state;
					case "canceled": throw new Error(cancelErrMsg);
					case "failed": throw state.error;
				}
				await pollOperation({
					poll,
					state,
					getOperationLocation,
					isOperationError,
					withOperationLocation,
					getPollingInterval,
					getOperationStatus: getStatusFromPollResponse,
					getResourceLocation,
					processResult,
					getError,
					updateState,
					options: pollOptions,
					setDelay: (pollIntervalInMs) => {
						currentPollIntervalInMs = pollIntervalInMs;
					},
					setErrorAsResult: !resolveOnUnsuccessful
				});
				await handleProgressEvents();
				if (!resolveOnUnsuccessful) switch (state.status) {
					case "canceled": throw new Error(cancelErrMsg);
					case "failed": throw state.error;
				}
				return state;
			},
			then(onfulfilled, onrejected) {
				return poller.pollUntilDone().then(onfulfilled, onrejected);
			},
			catch(onrejected) {
				return poller.pollUntilDone().catch(onrejected);
			},
			finally(onfinally) {
				return poller.pollUntilDone().finally(onfinally);
			},
			[Symbol.toStringTag]: "Poller"
		};
		return poller;
	};
}
// node_modules/@azure/core-lro/dist/esm/http/utils.js
/**
* Rewrites a given URL to use the specified base URL.
* It preserves the pathname, search parameters, and fragment.
* Handles relative URLs and proper encoding.
*
* @param params - An object containing the url and baseUrl.
*                    url - The original URL (absolute or relative).
*                    baseUrl - The new base URL to use.
* @returns The rewritten URL as a string.
*/
function rewriteUrl({ url, baseUrl }) {
	if (!url) return;
	if (!baseUrl) return url;
	let originalUrl;
	try {
		originalUrl = new URL(url);
	} catch {
		try {
			originalUrl = new URL(url, baseUrl);
		} catch (e) {
			throw new Error(`Invalid input URL provided: ${url}`, { cause: e });
		}
	}
	let newBase;
	try {
		newBase = new URL(baseUrl);
	} catch (e) {
		throw new Error(`Invalid base URL provided: ${baseUrl}`, { cause: e });
	}
	return new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase).toString();
}
// node_modules/@azure/core-lro/dist/esm/http/poller.js
/**
* Creates a poller that can be used to poll a long-running operation.
* @param lro - Description of the long-running operation
* @param options - options to configure the poller
* @returns an initialized poller
*/
function createHttpPoller(lro, options) {
	const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet } = options || {};
	return buildCreatePoller({
		getStatusFromInitialResponse,
		getStatusFromPollResponse: getOperationStatus,
		isOperationError,
		getOperationLocation,
		getResourceLocation,
		getPollingInterval: parseRetryAfter,
		getError: getErrorFromResponse,
		resolveOnUnsuccessful
	})({
		init: async () => {
			const response = await lro.sendInitialRequest();
			const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
			return {
				response,
				operationLocation: rewriteUrl({
					url: config?.operationLocation,
					baseUrl
				}),
				resourceLocation: rewriteUrl({
					url: config?.resourceLocation,
					baseUrl
				}),
				initialRequestUrl: config?.initialRequestUrl,
				requestMethod: config?.requestMethod,
				...config?.mode ? { metadata: { mode: config.mode } } : {}
			};
		},
		poll: lro.sendPollRequest
	}, {
		intervalInMs,
		withOperationLocation,
		restoreFrom,
		updateState,
		processResult: processResult ? ({ flatResponse }, state) => processResult(flatResponse, state) : ({ flatResponse }) => flatResponse
	});
}
// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/pollingHelpers.js
function getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
	const { restoreFrom, getInitialResponse, apiVersion } = options;
	if (!restoreFrom && !getInitialResponse) throw new Error("Either restoreFrom or getInitialResponse must be specified");
	let initialResponse = void 0;
	const pollAbortController = new AbortController();
	return createHttpPoller({
		sendInitialRequest: async () => {
			if (!getInitialResponse) throw new Error("getInitialResponse is required when initializing a new poller");
			initialResponse = await getInitialResponse();
			return getLroResponse(initialResponse, expectedStatuses);
		},
		sendPollRequest: async (path, pollOptions) => {
			function abortListener() {
				pollAbortController.abort();
			}
			const abortSignal = pollAbortController.signal;
			if (options.abortSignal?.aborted) pollAbortController.abort();
			else if (pollOptions?.abortSignal?.aborted) pollAbortController.abort();
			else if (!abortSignal.aborted) {
				options.abortSignal?.addEventListener("abort", abortListener, { once: true });
				pollOptions?.abortSignal?.addEventListener("abort", abortListener, { once: true });
			}
			let response;
			try {
				const pollingPath = apiVersion ? addApiVersionToUrl(path, apiVersion) : path;
				response = await client.pathUnchecked(pollingPath).get({ abortSignal });
			} finally {
				options.abortSignal?.removeEventListener("abort", abortListener);
				pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
			}
			return getLroResponse(response, expectedStatuses);
		}
	}, {
		intervalInMs: options?.updateIntervalInMs,
		resourceLocationConfig: options?.resourceLocationConfig,
		restoreFrom: options?.restoreFrom,
		processResult: (result) => {
			return processResponseBody(result);
		}
	});
}
/**
* Converts a Rest Client response to a response that the LRO implementation understands
* @param response - a rest client http response
* @param deserializeFn - deserialize function to convert Rest response to modular output
* @returns - An LRO response that the LRO implementation understands
*/
function getLroResponse(response, expectedStatuses) {
	if (!expectedStatuses.includes(response.status)) throw createRestError(response);
	return {
		flatResponse: response,
		rawResponse: {
			...response,
			statusCode: Number.parseInt(response.status),
			body: response.body
		}
	};
}
/**
* Adds the api-version query parameter on a URL if it's not present.
* @param url - the URL to modify
* @param apiVersion - the API version to set
* @returns - the URL with the api-version query parameter set
*/
function addApiVersionToUrl(url, apiVersion) {
	const urlObj = new URL(url, "https://microsoft.com");
	if (!urlObj.searchParams.get("api-version")) return `${url}${urlObj.search ? "&" : "?"}api-version=${apiVersion}`;
	return url;
}
// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
	return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
	return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => !/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part).join("");
}
function encodeRFC3986URIComponent(str) {
	return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
	return val !== void 0 && val !== null;
}
function getNamedAndIfEmpty(op) {
	return [!!op && [
		";",
		"?",
		"&"
	].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
	if (isFirst) return !op || op === "+" ? "" : op;
	else if (!op || op === "+" || op === "#") return ",";
	else if (op === "?") return "&";
	else return op;
}
function getExpandedValue(option) {
	let isFirst = option.isFirst;
	const { op, varName, varValue: value, reserved } = option;
	const vals = [];
	const [named, ifEmpty] = getNamedAndIfEmpty(op);
	if (Array.isArray(value)) for (const val of value.filter(isDefined)) {
		vals.push(`${getFirstOrSep(op, isFirst)}`);
		if (named && varName) {
			vals.push(`${encodeURIComponent(varName)}`);
			if (val === "") vals.push(ifEmpty);
			else vals.push("=");
		}
		vals.push(encodeComponent(val, reserved, op));
		isFirst = false;
	}
	else if (typeof value === "object") for (const key of Object.keys(value)) {
		const val = value[key];
		if (!isDefined(val)) continue;
		vals.push(`${getFirstOrSep(op, isFirst)}`);
		if (key) {
			vals.push(`${encodeURIComponent(key)}`);
			if (named && val === "") vals.push(ifEmpty);
			else vals.push("=");
		}
		vals.push(encodeComponent(val, reserved, op));
		isFirst = false;
	}
	return vals.join("");
}
function getNonExpandedValue(option) {
	const { op, varName, varValue: value, isFirst, reserved } = option;
	const vals = [];
	const first = getFirstOrSep(op, isFirst);
	const [named, ifEmpty] = getNamedAndIfEmpty(op);
	if (named && varName) {
		vals.push(encodeComponent(varName, reserved, op));
		if (value === "") {
			if (!ifEmpty) vals.push(ifEmpty);
			return !vals.join("") ? void 0 : `${first}${vals.join("")}`;
		}
		vals.push("=");
	}
	const items = [];
	if (Array.isArray(value)) for (const val of value.filter(isDefined)) items.push(encodeComponent(val, reserved, op));
	else if (typeof value === "object") for (const key of Object.keys(value)) {
		if (!isDefined(value[key])) continue;
		items.push(encodeRFC3986URIComponent(key));
		items.push(encodeComponent(value[key], reserved, op));
	}
	vals.push(items.join(","));
	return !vals.join(",") ? void 0 : `${first}${vals.join("")}`;
}
function getVarValue(option) {
	const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
	if (!isDefined(value)) return;
	else if ([
		"string",
		"number",
		"boolean"
	].includes(typeof value)) {
		let val = value.toString();
		const [named, ifEmpty] = getNamedAndIfEmpty(op);
		const vals = [getFirstOrSep(op, isFirst)];
		if (named && varName) {
			vals.push(varName);
			if (val === "") vals.push(ifEmpty);
			else vals.push("=");
		}
		if (modifier && modifier !== "*") val = val.substring(0, parseInt(modifier, 10));
		vals.push(encodeComponent(val, reserved, op));
		return vals.join("");
	} else if (modifier === "*") return getExpandedValue(option);
	else return getNonExpandedValue(option);
}
function expandUrlTemplate(template, context, option) {
	return normalizeUnreserved(template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
		if (!expr) return encodeReservedComponent(text);
		let op;
		if ([
			"+",
			"#",
			".",
			"/",
			";",
			"?",
			"&"
		].includes(expr[0])) {
			op = expr[0];
			expr = expr.slice(1);
		}
		const varList = expr.split(/,/g);
		const innerResult = [];
		for (const varSpec of varList) {
			const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
			if (!varMatch || !varMatch[1]) continue;
			const varValue = getVarValue({
				isFirst: innerResult.length === 0,
				op,
				varValue: context[varMatch[1]],
				varName: varMatch[1],
				modifier: varMatch[2] || varMatch[3],
				reserved: option?.allowReserved
			});
			if (varValue) innerResult.push(varValue);
		}
		return innerResult.join("");
	}));
}
/**
* Normalize an expanded URI by decoding percent-encoded unreserved characters.
* RFC 3986 unreserved: "-" / "." / "~"
*/
function normalizeUnreserved(uri) {
	return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
		const char = String.fromCharCode(parseInt(hex, 16));
		if (/[.~-]/.test(char)) return char;
		return match;
	});
}
// node_modules/@azure/arm-containerservice/dist/esm/api/agentPools/operations.js
function _getUpgradeProfileSend$1(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeProfiles/default{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getUpgradeProfileDeserialize$1(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return agentPoolUpgradeProfileDeserializer(result.body);
}
/** Gets the upgrade profile for an agent pool. */
async function getUpgradeProfile$1(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	return _getUpgradeProfileDeserialize$1(await _getUpgradeProfileSend$1(context, resourceGroupName, resourceName, agentPoolName, options));
}
function _getAvailableAgentPoolVersionsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/availableAgentPoolVersions{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getAvailableAgentPoolVersionsDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return agentPoolAvailableVersionsDeserializer(result.body);
}
/** See [supported Kubernetes versions](https://docs.microsoft.com/azure/aks/supported-kubernetes-versions) for more details about the version lifecycle. */
async function getAvailableAgentPoolVersions(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _getAvailableAgentPoolVersionsDeserialize(await _getAvailableAgentPoolVersionsSend(context, resourceGroupName, resourceName, options));
}
function _upgradeNodeImageVersionSend(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/upgradeNodeImageVersion{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _upgradeNodeImageVersionDeserialize(result) {
	if (![
		"202",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Upgrading the node image version of an agent pool applies the newest OS and runtime updates to the nodes. AKS provides one new image per week with the latest updates. For more details on node image versions, see: https://docs.microsoft.com/azure/aks/node-image-upgrade */
function upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _upgradeNodeImageVersionDeserialize, [
		"202",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _upgradeNodeImageVersionSend(context, resourceGroupName, resourceName, agentPoolName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _deleteMachinesSend(context, resourceGroupName, resourceName, agentPoolName, machines, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/deleteMachines{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		body: agentPoolDeleteMachinesParameterSerializer(machines)
	});
}
async function _deleteMachinesDeserialize(result) {
	if (![
		"202",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes specific machines in an agent pool. */
function deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _deleteMachinesDeserialize, [
		"202",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _deleteMachinesSend(context, resourceGroupName, resourceName, agentPoolName, machines, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _abortLatestOperationSend$1(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/abort{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _abortLatestOperationDeserialize$1(result) {
	if (![
		"202",
		"204",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Aborts the currently running operation on the agent pool. The Agent Pool will be moved to a Canceling state and eventually to a Canceled state when cancellation finishes. If the operation completes before cancellation can take place, a 409 error code is returned. */
function abortLatestOperation$1(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _abortLatestOperationDeserialize$1, [
		"202",
		"204",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _abortLatestOperationSend$1(context, resourceGroupName, resourceName, agentPoolName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _listSend$8(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$8(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _agentPoolListResultDeserializer(result.body);
}
/** Gets a list of agent pools in the specified managed cluster. */
function list$9(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listSend$8(context, resourceGroupName, resourceName, options), _listDeserialize$8, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _$deleteSend$7(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion,ignore%2Dpod%2Ddisruption%2Dbudget}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01",
		"ignore%2Dpod%2Ddisruption%2Dbudget": options?.ignorePodDisruptionBudget
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({
		...operationOptionsToRequestParameters(options),
		headers: {
			...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
			...options.requestOptions?.headers
		}
	});
}
async function _$deleteDeserialize$7(result) {
	if (![
		"202",
		"204",
		"200"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes an agent pool in the specified managed cluster. */
function $delete$7(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _$deleteDeserialize$7, [
		"202",
		"204",
		"200"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _$deleteSend$7(context, resourceGroupName, resourceName, agentPoolName, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _createOrUpdateSend$6(context, resourceGroupName, resourceName, agentPoolName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
			...options?.ifNoneMatch !== void 0 ? { "if-none-match": options?.ifNoneMatch } : {},
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: agentPoolSerializer(parameters)
	});
}
async function _createOrUpdateDeserialize$6(result) {
	if (![
		"200",
		"201",
		"202"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return agentPoolDeserializer(result.body);
}
/** Creates or updates an agent pool in the specified managed cluster. */
function createOrUpdate$6(context, resourceGroupName, resourceName, agentPoolName, parameters, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _createOrUpdateDeserialize$6, [
		"200",
		"201",
		"202"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _createOrUpdateSend$6(context, resourceGroupName, resourceName, agentPoolName, parameters, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getSend$8(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$8(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return agentPoolDeserializer(result.body);
}
/** Gets the specified managed cluster agent pool. */
async function get$9(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	return _getDeserialize$8(await _getSend$8(context, resourceGroupName, resourceName, agentPoolName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/static-helpers/simplePollerHelpers.js
/**
* Create the deprecated SimplePollerLike from PollerLike
* @param poller PollerLike to convert
* @returns SimplePollerLike
*/
function getSimplePoller(poller) {
	return {
		isDone() {
			return poller.isDone;
		},
		isStopped() {
			throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
		},
		getOperationState() {
			if (!poller.operationState) throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
			return poller.operationState;
		},
		getResult() {
			return poller.result;
		},
		toString() {
			if (!poller.operationState) throw new Error("Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState().");
			return JSON.stringify({ state: poller.operationState });
		},
		stopPolling() {
			throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
		},
		onProgress: poller.onProgress,
		poll: poller.poll,
		pollUntilDone: poller.pollUntilDone,
		serialize: poller.serialize,
		submitted: poller.submitted
	};
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/agentPools/index.js
function _getAgentPools(context) {
	return {
		getUpgradeProfile: (resourceGroupName, resourceName, agentPoolName, options) => getUpgradeProfile$1(context, resourceGroupName, resourceName, agentPoolName, options),
		getAvailableAgentPoolVersions: (resourceGroupName, resourceName, options) => getAvailableAgentPoolVersions(context, resourceGroupName, resourceName, options),
		upgradeNodeImageVersion: (resourceGroupName, resourceName, agentPoolName, options) => upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options),
		beginUpgradeNodeImageVersion: async (resourceGroupName, resourceName, agentPoolName, options) => {
			const poller = upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginUpgradeNodeImageVersionAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
			return await upgradeNodeImageVersion(context, resourceGroupName, resourceName, agentPoolName, options);
		},
		deleteMachines: (resourceGroupName, resourceName, agentPoolName, machines, options) => deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options),
		beginDeleteMachines: async (resourceGroupName, resourceName, agentPoolName, machines, options) => {
			const poller = deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginDeleteMachinesAndWait: async (resourceGroupName, resourceName, agentPoolName, machines, options) => {
			return await deleteMachines(context, resourceGroupName, resourceName, agentPoolName, machines, options);
		},
		abortLatestOperation: (resourceGroupName, resourceName, agentPoolName, options) => abortLatestOperation$1(context, resourceGroupName, resourceName, agentPoolName, options),
		beginAbortLatestOperation: async (resourceGroupName, resourceName, agentPoolName, options) => {
			const poller = abortLatestOperation$1(context, resourceGroupName, resourceName, agentPoolName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginAbortLatestOperationAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
			return await abortLatestOperation$1(context, resourceGroupName, resourceName, agentPoolName, options);
		},
		list: (resourceGroupName, resourceName, options) => list$9(context, resourceGroupName, resourceName, options),
		delete: (resourceGroupName, resourceName, agentPoolName, options) => $delete$7(context, resourceGroupName, resourceName, agentPoolName, options),
		beginDelete: async (resourceGroupName, resourceName, agentPoolName, options) => {
			const poller = $delete$7(context, resourceGroupName, resourceName, agentPoolName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginDeleteAndWait: async (resourceGroupName, resourceName, agentPoolName, options) => {
			return await $delete$7(context, resourceGroupName, resourceName, agentPoolName, options);
		},
		createOrUpdate: (resourceGroupName, resourceName, agentPoolName, parameters, options) => createOrUpdate$6(context, resourceGroupName, resourceName, agentPoolName, parameters, options),
		beginCreateOrUpdate: async (resourceGroupName, resourceName, agentPoolName, parameters, options) => {
			const poller = createOrUpdate$6(context, resourceGroupName, resourceName, agentPoolName, parameters, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, agentPoolName, parameters, options) => {
			return await createOrUpdate$6(context, resourceGroupName, resourceName, agentPoolName, parameters, options);
		},
		get: (resourceGroupName, resourceName, agentPoolName, options) => get$9(context, resourceGroupName, resourceName, agentPoolName, options)
	};
}
function _getAgentPoolsOperations(context) {
	return { ..._getAgentPools(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/identityBindings/operations.js
function _listByManagedClusterSend$2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listByManagedClusterDeserialize$2(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _identityBindingListResultDeserializer(result.body);
}
/** Gets a list of identity bindings in the specified managed cluster. */
function listByManagedCluster$2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listByManagedClusterSend$2(context, resourceGroupName, resourceName, options), _listByManagedClusterDeserialize$2, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _$deleteSend$6(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		identityBindingName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize$6(result) {
	if (![
		"202",
		"204",
		"200"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes an identity binding in the specified managed cluster. */
function $delete$6(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _$deleteDeserialize$6, [
		"202",
		"204",
		"200"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _$deleteSend$6(context, resourceGroupName, resourceName, identityBindingName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _createOrUpdateSend$5(context, resourceGroupName, resourceName, identityBindingName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		identityBindingName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: identityBindingSerializer(parameters)
	});
}
async function _createOrUpdateDeserialize$5(result) {
	if (![
		"200",
		"201",
		"202"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return identityBindingDeserializer(result.body);
}
/** Creates or updates an identity binding in the specified managed cluster. */
function createOrUpdate$5(context, resourceGroupName, resourceName, identityBindingName, parameters, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _createOrUpdateDeserialize$5, [
		"200",
		"201",
		"202"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _createOrUpdateSend$5(context, resourceGroupName, resourceName, identityBindingName, parameters, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getSend$7(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/identityBindings/{identityBindingName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		identityBindingName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$7(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return identityBindingDeserializer(result.body);
}
/** Gets the specified Identity Binding. */
async function get$8(context, resourceGroupName, resourceName, identityBindingName, options = { requestOptions: {} }) {
	return _getDeserialize$7(await _getSend$7(context, resourceGroupName, resourceName, identityBindingName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/identityBindings/index.js
function _getIdentityBindings(context) {
	return {
		listByManagedCluster: (resourceGroupName, resourceName, options) => listByManagedCluster$2(context, resourceGroupName, resourceName, options),
		delete: (resourceGroupName, resourceName, identityBindingName, options) => $delete$6(context, resourceGroupName, resourceName, identityBindingName, options),
		beginDelete: async (resourceGroupName, resourceName, identityBindingName, options) => {
			const poller = $delete$6(context, resourceGroupName, resourceName, identityBindingName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginDeleteAndWait: async (resourceGroupName, resourceName, identityBindingName, options) => {
			return await $delete$6(context, resourceGroupName, resourceName, identityBindingName, options);
		},
		createOrUpdate: (resourceGroupName, resourceName, identityBindingName, parameters, options) => createOrUpdate$5(context, resourceGroupName, resourceName, identityBindingName, parameters, options),
		beginCreateOrUpdate: async (resourceGroupName, resourceName, identityBindingName, parameters, options) => {
			const poller = createOrUpdate$5(context, resourceGroupName, resourceName, identityBindingName, parameters, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, identityBindingName, parameters, options) => {
			return await createOrUpdate$5(context, resourceGroupName, resourceName, identityBindingName, parameters, options);
		},
		get: (resourceGroupName, resourceName, identityBindingName, options) => get$8(context, resourceGroupName, resourceName, identityBindingName, options)
	};
}
function _getIdentityBindingsOperations(context) {
	return { ..._getIdentityBindings(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/machines/operations.js
function _listSend$7(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/machines{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$7(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _machineListResultDeserializer(result.body);
}
/** Gets a list of machines in the specified agent pool. */
function list$8(context, resourceGroupName, resourceName, agentPoolName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listSend$7(context, resourceGroupName, resourceName, agentPoolName, options), _listDeserialize$7, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getSend$6(context, resourceGroupName, resourceName, agentPoolName, machineName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/agentPools/{agentPoolName}/machines/{machineName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		agentPoolName,
		machineName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$6(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return machineDeserializer(result.body);
}
/** Get a specific machine in the specified agent pool. */
async function get$7(context, resourceGroupName, resourceName, agentPoolName, machineName, options = { requestOptions: {} }) {
	return _getDeserialize$6(await _getSend$6(context, resourceGroupName, resourceName, agentPoolName, machineName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/machines/index.js
function _getMachines(context) {
	return {
		list: (resourceGroupName, resourceName, agentPoolName, options) => list$8(context, resourceGroupName, resourceName, agentPoolName, options),
		get: (resourceGroupName, resourceName, agentPoolName, machineName, options) => get$7(context, resourceGroupName, resourceName, agentPoolName, machineName, options)
	};
}
function _getMachinesOperations(context) {
	return { ..._getMachines(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/maintenanceConfigurations/operations.js
function _listByManagedClusterSend$1(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listByManagedClusterDeserialize$1(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _maintenanceConfigurationListResultDeserializer(result.body);
}
/** Gets a list of maintenance configurations in the specified managed cluster. */
function listByManagedCluster$1(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listByManagedClusterSend$1(context, resourceGroupName, resourceName, options), _listByManagedClusterDeserialize$1, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _$deleteSend$5(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		configName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize$5(result) {
	if (!["200", "204"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes a maintenance configuration. */
async function $delete$5(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
	return _$deleteDeserialize$5(await _$deleteSend$5(context, resourceGroupName, resourceName, configName, options));
}
function _createOrUpdateSend$4(context, resourceGroupName, resourceName, configName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		configName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: maintenanceConfigurationSerializer(parameters)
	});
}
async function _createOrUpdateDeserialize$4(result) {
	if (!["200", "201"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return maintenanceConfigurationDeserializer(result.body);
}
/** Creates or updates a maintenance configuration in the specified managed cluster. */
async function createOrUpdate$4(context, resourceGroupName, resourceName, configName, parameters, options = { requestOptions: {} }) {
	return _createOrUpdateDeserialize$4(await _createOrUpdateSend$4(context, resourceGroupName, resourceName, configName, parameters, options));
}
function _getSend$5(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/maintenanceConfigurations/{configName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		configName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$5(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return maintenanceConfigurationDeserializer(result.body);
}
/** Gets the specified maintenance configuration of a managed cluster. */
async function get$6(context, resourceGroupName, resourceName, configName, options = { requestOptions: {} }) {
	return _getDeserialize$5(await _getSend$5(context, resourceGroupName, resourceName, configName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/maintenanceConfigurations/index.js
function _getMaintenanceConfigurations(context) {
	return {
		listByManagedCluster: (resourceGroupName, resourceName, options) => listByManagedCluster$1(context, resourceGroupName, resourceName, options),
		delete: (resourceGroupName, resourceName, configName, options) => $delete$5(context, resourceGroupName, resourceName, configName, options),
		createOrUpdate: (resourceGroupName, resourceName, configName, parameters, options) => createOrUpdate$4(context, resourceGroupName, resourceName, configName, parameters, options),
		get: (resourceGroupName, resourceName, configName, options) => get$6(context, resourceGroupName, resourceName, configName, options)
	};
}
function _getMaintenanceConfigurationsOperations(context) {
	return { ..._getMaintenanceConfigurations(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/managedClusters/operations.js
function _listKubernetesVersionsSend(context, location, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/kubernetesVersions{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		location,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listKubernetesVersionsDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return kubernetesVersionListResultDeserializer(result.body);
}
/** Contains extra metadata on the version, including supported patch versions, capabilities, available upgrades, and details on preview status of the version */
async function listKubernetesVersions(context, location, options = { requestOptions: {} }) {
	return _listKubernetesVersionsDeserialize(await _listKubernetesVersionsSend(context, location, options));
}
function _listMeshUpgradeProfilesSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/meshUpgradeProfiles{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listMeshUpgradeProfilesDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _meshUpgradeProfileListDeserializer(result.body);
}
/** Lists available upgrades for all service meshes in a specific cluster. */
function listMeshUpgradeProfiles(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listMeshUpgradeProfilesSend(context, resourceGroupName, resourceName, options), _listMeshUpgradeProfilesDeserialize, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getMeshUpgradeProfileSend(context, resourceGroupName, resourceName, mode, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/meshUpgradeProfiles/{mode}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		mode,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getMeshUpgradeProfileDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return meshUpgradeProfileDeserializer(result.body);
}
/** Gets available upgrades for a service mesh in a cluster. */
async function getMeshUpgradeProfile(context, resourceGroupName, resourceName, mode, options = { requestOptions: {} }) {
	return _getMeshUpgradeProfileDeserialize(await _getMeshUpgradeProfileSend(context, resourceGroupName, resourceName, mode, options));
}
function _listMeshRevisionProfilesSend(context, location, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/meshRevisionProfiles{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		location,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listMeshRevisionProfilesDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _meshRevisionProfileListDeserializer(result.body);
}
/** Contains extra metadata on each revision, including supported revisions, cluster compatibility and available upgrades */
function listMeshRevisionProfiles(context, location, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listMeshRevisionProfilesSend(context, location, options), _listMeshRevisionProfilesDeserialize, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getMeshRevisionProfileSend(context, location, mode, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/meshRevisionProfiles/{mode}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		location,
		mode,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getMeshRevisionProfileDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return meshRevisionProfileDeserializer(result.body);
}
/** Contains extra metadata on the revision, including supported revisions, cluster compatibility and available upgrades */
async function getMeshRevisionProfile(context, location, mode, options = { requestOptions: {} }) {
	return _getMeshRevisionProfileDeserialize(await _getMeshRevisionProfileSend(context, location, mode, options));
}
function _getUpgradeProfileSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/upgradeProfiles/default{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getUpgradeProfileDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedClusterUpgradeProfileDeserializer(result.body);
}
/** Gets the upgrade profile of a managed cluster. */
async function getUpgradeProfile(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _getUpgradeProfileDeserialize(await _getUpgradeProfileSend(context, resourceGroupName, resourceName, options));
}
function _listOutboundNetworkDependenciesEndpointsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/outboundNetworkDependenciesEndpoints{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listOutboundNetworkDependenciesEndpointsDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _outboundEnvironmentEndpointCollectionDeserializer(result.body);
}
/** Gets a list of egress endpoints (network endpoints of all outbound dependencies) in the specified managed cluster. The operation returns properties of each egress endpoint. */
function listOutboundNetworkDependenciesEndpoints(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listOutboundNetworkDependenciesEndpointsSend(context, resourceGroupName, resourceName, options), _listOutboundNetworkDependenciesEndpointsDeserialize, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getCommandResultSend(context, resourceGroupName, resourceName, commandId, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/commandResults/{commandId}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		commandId,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getCommandResultDeserialize(result) {
	if (!["200", "202"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	if (!result.body) return;
	return runCommandResultDeserializer(result.body);
}
/** Gets the results of a command which has been run on the Managed Cluster. */
async function getCommandResult(context, resourceGroupName, resourceName, commandId, options = { requestOptions: {} }) {
	return _getCommandResultDeserialize(await _getCommandResultSend(context, resourceGroupName, resourceName, commandId, options));
}
function _runCommandSend(context, resourceGroupName, resourceName, requestPayload, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/runCommand{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: runCommandRequestSerializer(requestPayload)
	});
}
async function _runCommandDeserialize(result) {
	if (![
		"200",
		"202",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return runCommandResultDeserializer(result.body);
}
/** AKS will create a pod to run the command. This is primarily useful for private clusters. For more information see [AKS Run Command](https://docs.microsoft.com/azure/aks/private-clusters#aks-run-command-preview). */
function runCommand(context, resourceGroupName, resourceName, requestPayload, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _runCommandDeserialize, [
		"200",
		"202",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _runCommandSend(context, resourceGroupName, resourceName, requestPayload, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _startSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/start{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _startDeserialize(result) {
	if (![
		"202",
		"204",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** See [starting a cluster](https://docs.microsoft.com/azure/aks/start-stop-cluster) for more details about starting a cluster. */
function start(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _startDeserialize, [
		"202",
		"204",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _startSend(context, resourceGroupName, resourceName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _stopSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/stop{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _stopDeserialize(result) {
	if (![
		"202",
		"204",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** This can only be performed on Azure Virtual Machine Scale set backed clusters. Stopping a cluster stops the control plane and agent nodes entirely, while maintaining all object and cluster state. A cluster does not accrue charges while it is stopped. See [stopping a cluster](https://docs.microsoft.com/azure/aks/start-stop-cluster) for more details about stopping a cluster. */
function stop(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _stopDeserialize, [
		"202",
		"204",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _stopSend(context, resourceGroupName, resourceName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _rotateServiceAccountSigningKeysSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateServiceAccountSigningKeys{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _rotateServiceAccountSigningKeysDeserialize(result) {
	if (![
		"202",
		"204",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Rotates the service account signing keys of a managed cluster. */
function rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _rotateServiceAccountSigningKeysDeserialize, [
		"202",
		"204",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _rotateServiceAccountSigningKeysSend(context, resourceGroupName, resourceName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _abortLatestOperationSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/abort{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _abortLatestOperationDeserialize(result) {
	if (![
		"202",
		"204",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Aborts the currently running operation on the managed cluster. The Managed Cluster will be moved to a Canceling state and eventually to a Canceled state when cancellation finishes. If the operation completes before cancellation can take place, a 409 error code is returned. */
function abortLatestOperation(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _abortLatestOperationDeserialize, [
		"202",
		"204",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _abortLatestOperationSend(context, resourceGroupName, resourceName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _rotateClusterCertificatesSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/rotateClusterCertificates{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _rotateClusterCertificatesDeserialize(result) {
	if (![
		"202",
		"204",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** See [Certificate rotation](https://docs.microsoft.com/azure/aks/certificate-rotation) for more details about rotating managed cluster certificates. */
function rotateClusterCertificates(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _rotateClusterCertificatesDeserialize, [
		"202",
		"204",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _rotateClusterCertificatesSend(context, resourceGroupName, resourceName, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _resetAADProfileSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetAADProfile{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		body: managedClusterAADProfileSerializer(parameters)
	});
}
async function _resetAADProfileDeserialize(result) {
	if (![
		"202",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** **WARNING**: This API will be deprecated. Please see [AKS-managed Azure Active Directory integration](https://aka.ms/aks-managed-aad) to update your cluster with AKS-managed Azure AD. */
function resetAADProfile(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _resetAADProfileDeserialize, [
		"202",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _resetAADProfileSend(context, resourceGroupName, resourceName, parameters, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _resetServicePrincipalProfileSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resetServicePrincipalProfile{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		body: managedClusterServicePrincipalProfileSerializer(parameters)
	});
}
async function _resetServicePrincipalProfileDeserialize(result) {
	if (![
		"202",
		"200",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** This action cannot be performed on a cluster that is not using a service principal */
function resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _resetServicePrincipalProfileDeserialize, [
		"202",
		"200",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _resetServicePrincipalProfileSend(context, resourceGroupName, resourceName, parameters, options),
		resourceLocationConfig: "location",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _listClusterMonitoringUserCredentialsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterMonitoringUserCredential{?api%2Dversion,server%2Dfqdn}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01",
		"server%2Dfqdn": options?.serverFqdn
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listClusterMonitoringUserCredentialsDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return credentialResultsDeserializer(result.body);
}
/** Lists the cluster monitoring user credentials of a managed cluster. */
async function listClusterMonitoringUserCredentials(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _listClusterMonitoringUserCredentialsDeserialize(await _listClusterMonitoringUserCredentialsSend(context, resourceGroupName, resourceName, options));
}
function _listClusterUserCredentialsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterUserCredential{?api%2Dversion,server%2Dfqdn,format}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01",
		"server%2Dfqdn": options?.serverFqdn,
		format: options?.format
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listClusterUserCredentialsDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return credentialResultsDeserializer(result.body);
}
/** Lists the user credentials of a managed cluster. */
async function listClusterUserCredentials(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _listClusterUserCredentialsDeserialize(await _listClusterUserCredentialsSend(context, resourceGroupName, resourceName, options));
}
function _listClusterAdminCredentialsSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/listClusterAdminCredential{?api%2Dversion,server%2Dfqdn}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01",
		"server%2Dfqdn": options?.serverFqdn
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listClusterAdminCredentialsDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return credentialResultsDeserializer(result.body);
}
/** Lists the admin credentials of a managed cluster. */
async function listClusterAdminCredentials(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _listClusterAdminCredentialsDeserialize(await _listClusterAdminCredentialsSend(context, resourceGroupName, resourceName, options));
}
function _getAccessProfileSend(context, resourceGroupName, resourceName, roleName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/accessProfiles/{roleName}/listCredential{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		roleName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getAccessProfileDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedClusterAccessProfileDeserializer(result.body);
}
/** **WARNING**: This API will be deprecated. Instead use [ListClusterUserCredentials](https://docs.microsoft.com/rest/api/aks/managedclusters/listclusterusercredentials) or [ListClusterAdminCredentials](https://docs.microsoft.com/rest/api/aks/managedclusters/listclusteradmincredentials) . */
async function getAccessProfile(context, resourceGroupName, resourceName, roleName, options = { requestOptions: {} }) {
	return _getAccessProfileDeserialize(await _getAccessProfileSend(context, resourceGroupName, resourceName, roleName, options));
}
function _listSend$6(context, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/managedClusters{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$6(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _managedClusterListResultDeserializer(result.body);
}
/** Gets a list of managed clusters in the specified subscription. */
function list$7(context, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listSend$6(context, options), _listDeserialize$6, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _listByResourceGroupSend$1(context, resourceGroupName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listByResourceGroupDeserialize$1(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _managedClusterListResultDeserializer(result.body);
}
/** Lists managed clusters in the specified subscription and resource group. */
function listByResourceGroup$1(context, resourceGroupName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listByResourceGroupSend$1(context, resourceGroupName, options), _listByResourceGroupDeserialize$1, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _$deleteSend$4(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({
		...operationOptionsToRequestParameters(options),
		headers: {
			...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
			...options.requestOptions?.headers
		}
	});
}
async function _$deleteDeserialize$4(result) {
	if (![
		"202",
		"204",
		"200"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes a managed cluster. */
function $delete$4(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _$deleteDeserialize$4, [
		"202",
		"204",
		"200"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _$deleteSend$4(context, resourceGroupName, resourceName, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _updateTagsSend$1(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).patch({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: tagsObjectSerializer(parameters)
	});
}
async function _updateTagsDeserialize$1(result) {
	if (![
		"200",
		"202",
		"201"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedClusterDeserializer(result.body);
}
/** Updates tags on a managed cluster. */
function updateTags$1(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _updateTagsDeserialize$1, [
		"200",
		"202",
		"201"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _updateTagsSend$1(context, resourceGroupName, resourceName, parameters, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _createOrUpdateSend$3(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			...options?.ifMatch !== void 0 ? { "if-match": options?.ifMatch } : {},
			...options?.ifNoneMatch !== void 0 ? { "if-none-match": options?.ifNoneMatch } : {},
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: managedClusterSerializer(parameters)
	});
}
async function _createOrUpdateDeserialize$3(result) {
	if (![
		"200",
		"201",
		"202"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedClusterDeserializer(result.body);
}
/** Creates or updates a managed cluster. */
function createOrUpdate$3(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _createOrUpdateDeserialize$3, [
		"200",
		"201",
		"202"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _createOrUpdateSend$3(context, resourceGroupName, resourceName, parameters, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getSend$4(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$4(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedClusterDeserializer(result.body);
}
/** Gets a managed cluster. */
async function get$5(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _getDeserialize$4(await _getSend$4(context, resourceGroupName, resourceName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/managedClusters/index.js
function _getManagedClusters(context) {
	return {
		listKubernetesVersions: (location, options) => listKubernetesVersions(context, location, options),
		listMeshUpgradeProfiles: (resourceGroupName, resourceName, options) => listMeshUpgradeProfiles(context, resourceGroupName, resourceName, options),
		getMeshUpgradeProfile: (resourceGroupName, resourceName, mode, options) => getMeshUpgradeProfile(context, resourceGroupName, resourceName, mode, options),
		listMeshRevisionProfiles: (location, options) => listMeshRevisionProfiles(context, location, options),
		getMeshRevisionProfile: (location, mode, options) => getMeshRevisionProfile(context, location, mode, options),
		getUpgradeProfile: (resourceGroupName, resourceName, options) => getUpgradeProfile(context, resourceGroupName, resourceName, options),
		listOutboundNetworkDependenciesEndpoints: (resourceGroupName, resourceName, options) => listOutboundNetworkDependenciesEndpoints(context, resourceGroupName, resourceName, options),
		getCommandResult: (resourceGroupName, resourceName, commandId, options) => getCommandResult(context, resourceGroupName, resourceName, commandId, options),
		runCommand: (resourceGroupName, resourceName, requestPayload, options) => runCommand(context, resourceGroupName, resourceName, requestPayload, options),
		beginRunCommand: async (resourceGroupName, resourceName, requestPayload, options) => {
			const poller = runCommand(context, resourceGroupName, resourceName, requestPayload, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginRunCommandAndWait: async (resourceGroupName, resourceName, requestPayload, options) => {
			return await runCommand(context, resourceGroupName, resourceName, requestPayload, options);
		},
		start: (resourceGroupName, resourceName, options) => start(context, resourceGroupName, resourceName, options),
		beginStart: async (resourceGroupName, resourceName, options) => {
			const poller = start(context, resourceGroupName, resourceName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginStartAndWait: async (resourceGroupName, resourceName, options) => {
			return await start(context, resourceGroupName, resourceName, options);
		},
		stop: (resourceGroupName, resourceName, options) => stop(context, resourceGroupName, resourceName, options),
		beginStop: async (resourceGroupName, resourceName, options) => {
			const poller = stop(context, resourceGroupName, resourceName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginStopAndWait: async (resourceGroupName, resourceName, options) => {
			return await stop(context, resourceGroupName, resourceName, options);
		},
		rotateServiceAccountSigningKeys: (resourceGroupName, resourceName, options) => rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options),
		beginRotateServiceAccountSigningKeys: async (resourceGroupName, resourceName, options) => {
			const poller = rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginRotateServiceAccountSigningKeysAndWait: async (resourceGroupName, resourceName, options) => {
			return await rotateServiceAccountSigningKeys(context, resourceGroupName, resourceName, options);
		},
		abortLatestOperation: (resourceGroupName, resourceName, options) => abortLatestOperation(context, resourceGroupName, resourceName, options),
		beginAbortLatestOperation: async (resourceGroupName, resourceName, options) => {
			const poller = abortLatestOperation(context, resourceGroupName, resourceName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginAbortLatestOperationAndWait: async (resourceGroupName, resourceName, options) => {
			return await abortLatestOperation(context, resourceGroupName, resourceName, options);
		},
		rotateClusterCertificates: (resourceGroupName, resourceName, options) => rotateClusterCertificates(context, resourceGroupName, resourceName, options),
		beginRotateClusterCertificates: async (resourceGroupName, resourceName, options) => {
			const poller = rotateClusterCertificates(context, resourceGroupName, resourceName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginRotateClusterCertificatesAndWait: async (resourceGroupName, resourceName, options) => {
			return await rotateClusterCertificates(context, resourceGroupName, resourceName, options);
		},
		resetAADProfile: (resourceGroupName, resourceName, parameters, options) => resetAADProfile(context, resourceGroupName, resourceName, parameters, options),
		beginResetAADProfile: async (resourceGroupName, resourceName, parameters, options) => {
			const poller = resetAADProfile(context, resourceGroupName, resourceName, parameters, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginResetAADProfileAndWait: async (resourceGroupName, resourceName, parameters, options) => {
			return await resetAADProfile(context, resourceGroupName, resourceName, parameters, options);
		},
		resetServicePrincipalProfile: (resourceGroupName, resourceName, parameters, options) => resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options),
		beginResetServicePrincipalProfile: async (resourceGroupName, resourceName, parameters, options) => {
			const poller = resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginResetServicePrincipalProfileAndWait: async (resourceGroupName, resourceName, parameters, options) => {
			return await resetServicePrincipalProfile(context, resourceGroupName, resourceName, parameters, options);
		},
		listClusterMonitoringUserCredentials: (resourceGroupName, resourceName, options) => listClusterMonitoringUserCredentials(context, resourceGroupName, resourceName, options),
		listClusterUserCredentials: (resourceGroupName, resourceName, options) => listClusterUserCredentials(context, resourceGroupName, resourceName, options),
		listClusterAdminCredentials: (resourceGroupName, resourceName, options) => listClusterAdminCredentials(context, resourceGroupName, resourceName, options),
		getAccessProfile: (resourceGroupName, resourceName, roleName, options) => getAccessProfile(context, resourceGroupName, resourceName, roleName, options),
		list: (options) => list$7(context, options),
		listByResourceGroup: (resourceGroupName, options) => listByResourceGroup$1(context, resourceGroupName, options),
		delete: (resourceGroupName, resourceName, options) => $delete$4(context, resourceGroupName, resourceName, options),
		beginDelete: async (resourceGroupName, resourceName, options) => {
			const poller = $delete$4(context, resourceGroupName, resourceName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginDeleteAndWait: async (resourceGroupName, resourceName, options) => {
			return await $delete$4(context, resourceGroupName, resourceName, options);
		},
		updateTags: (resourceGroupName, resourceName, parameters, options) => updateTags$1(context, resourceGroupName, resourceName, parameters, options),
		beginUpdateTags: async (resourceGroupName, resourceName, parameters, options) => {
			const poller = updateTags$1(context, resourceGroupName, resourceName, parameters, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginUpdateTagsAndWait: async (resourceGroupName, resourceName, parameters, options) => {
			return await updateTags$1(context, resourceGroupName, resourceName, parameters, options);
		},
		createOrUpdate: (resourceGroupName, resourceName, parameters, options) => createOrUpdate$3(context, resourceGroupName, resourceName, parameters, options),
		beginCreateOrUpdate: async (resourceGroupName, resourceName, parameters, options) => {
			const poller = createOrUpdate$3(context, resourceGroupName, resourceName, parameters, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, parameters, options) => {
			return await createOrUpdate$3(context, resourceGroupName, resourceName, parameters, options);
		},
		get: (resourceGroupName, resourceName, options) => get$5(context, resourceGroupName, resourceName, options)
	};
}
function _getManagedClustersOperations(context) {
	return { ..._getManagedClusters(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/managedNamespaces/operations.js
function _listCredentialSend(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}/listCredential{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		managedNamespaceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listCredentialDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return credentialResultsDeserializer(result.body);
}
/** Lists the credentials of a namespace. */
async function listCredential(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
	return _listCredentialDeserialize(await _listCredentialSend(context, resourceGroupName, resourceName, managedNamespaceName, options));
}
function _listByManagedClusterSend(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listByManagedClusterDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _managedNamespaceListResultDeserializer(result.body);
}
/** Gets a list of managed namespaces in the specified managed cluster. */
function listByManagedCluster(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listByManagedClusterSend(context, resourceGroupName, resourceName, options), _listByManagedClusterDeserialize, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _$deleteSend$3(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		managedNamespaceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize$3(result) {
	if (![
		"202",
		"204",
		"200"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes a namespace. */
function $delete$3(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _$deleteDeserialize$3, [
		"202",
		"204",
		"200"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _$deleteSend$3(context, resourceGroupName, resourceName, managedNamespaceName, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _updateSend$1(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		managedNamespaceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).patch({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: tagsObjectSerializer(parameters)
	});
}
async function _updateDeserialize$1(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedNamespaceDeserializer(result.body);
}
/** Updates tags on a managed namespace. */
async function update$1(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
	return _updateDeserialize$1(await _updateSend$1(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options));
}
function _createOrUpdateSend$2(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		managedNamespaceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: managedNamespaceSerializer(parameters)
	});
}
async function _createOrUpdateDeserialize$2(result) {
	if (![
		"200",
		"201",
		"202"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedNamespaceDeserializer(result.body);
}
/** Creates or updates a namespace managed by ARM for the specified managed cluster. Users can configure aspects like resource quotas, network ingress/egress policies, and more. See aka.ms/aks/managed-namespaces for more details. */
function createOrUpdate$2(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _createOrUpdateDeserialize$2, [
		"200",
		"201",
		"202"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _createOrUpdateSend$2(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getSend$3(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/managedNamespaces/{managedNamespaceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		managedNamespaceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$3(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return managedNamespaceDeserializer(result.body);
}
/** Gets the specified namespace of a managed cluster. */
async function get$4(context, resourceGroupName, resourceName, managedNamespaceName, options = { requestOptions: {} }) {
	return _getDeserialize$3(await _getSend$3(context, resourceGroupName, resourceName, managedNamespaceName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/managedNamespaces/index.js
function _getManagedNamespaces(context) {
	return {
		listCredential: (resourceGroupName, resourceName, managedNamespaceName, options) => listCredential(context, resourceGroupName, resourceName, managedNamespaceName, options),
		listByManagedCluster: (resourceGroupName, resourceName, options) => listByManagedCluster(context, resourceGroupName, resourceName, options),
		delete: (resourceGroupName, resourceName, managedNamespaceName, options) => $delete$3(context, resourceGroupName, resourceName, managedNamespaceName, options),
		beginDelete: async (resourceGroupName, resourceName, managedNamespaceName, options) => {
			const poller = $delete$3(context, resourceGroupName, resourceName, managedNamespaceName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginDeleteAndWait: async (resourceGroupName, resourceName, managedNamespaceName, options) => {
			return await $delete$3(context, resourceGroupName, resourceName, managedNamespaceName, options);
		},
		update: (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => update$1(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
		createOrUpdate: (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => createOrUpdate$2(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options),
		beginCreateOrUpdate: async (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => {
			const poller = createOrUpdate$2(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, managedNamespaceName, parameters, options) => {
			return await createOrUpdate$2(context, resourceGroupName, resourceName, managedNamespaceName, parameters, options);
		},
		get: (resourceGroupName, resourceName, managedNamespaceName, options) => get$4(context, resourceGroupName, resourceName, managedNamespaceName, options)
	};
}
function _getManagedNamespacesOperations(context) {
	return { ..._getManagedNamespaces(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/operations/operations.js
function _listSend$5(context, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/providers/Microsoft.ContainerService/operations{?api%2Dversion}", { "api%2Dversion": context.apiVersion ?? "2026-06-01" }, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$5(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _operationListResultDeserializer(result.body);
}
/** Gets a list of operations. */
function list$6(context, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listSend$5(context, options), _listDeserialize$5, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/operations/index.js
function _getOperations(context) {
	return { list: (options) => list$6(context, options) };
}
function _getOperationsOperations(context) {
	return { ..._getOperations(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/privateEndpointConnections/operations.js
function _listSend$4(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$4(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return privateEndpointConnectionListResultDeserializer(result.body);
}
/** To learn more about private clusters, see: https://docs.microsoft.com/azure/aks/private-clusters */
async function list$5(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _listDeserialize$4(await _listSend$4(context, resourceGroupName, resourceName, options));
}
function _$deleteSend$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		privateEndpointConnectionName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize$2(result) {
	if (![
		"200",
		"204",
		"202"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes a private endpoint connection. */
function $delete$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _$deleteDeserialize$2, [
		"200",
		"204",
		"202"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _$deleteSend$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _updateSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		privateEndpointConnectionName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: privateEndpointConnectionSerializer(parameters)
	});
}
async function _updateDeserialize(result) {
	if (!["200", "201"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return privateEndpointConnectionDeserializer(result.body);
}
/** Updates a private endpoint connection. */
async function update(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options = { requestOptions: {} }) {
	return _updateDeserialize(await _updateSend(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options));
}
function _getSend$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		privateEndpointConnectionName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$2(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return privateEndpointConnectionDeserializer(result.body);
}
/** To learn more about private clusters, see: https://docs.microsoft.com/azure/aks/private-clusters */
async function get$3(context, resourceGroupName, resourceName, privateEndpointConnectionName, options = { requestOptions: {} }) {
	return _getDeserialize$2(await _getSend$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/privateEndpointConnections/index.js
function _getPrivateEndpointConnections(context) {
	return {
		list: (resourceGroupName, resourceName, options) => list$5(context, resourceGroupName, resourceName, options),
		delete: (resourceGroupName, resourceName, privateEndpointConnectionName, options) => $delete$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options),
		beginDelete: async (resourceGroupName, resourceName, privateEndpointConnectionName, options) => {
			const poller = $delete$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginDeleteAndWait: async (resourceGroupName, resourceName, privateEndpointConnectionName, options) => {
			return await $delete$2(context, resourceGroupName, resourceName, privateEndpointConnectionName, options);
		},
		update: (resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options) => update(context, resourceGroupName, resourceName, privateEndpointConnectionName, parameters, options),
		get: (resourceGroupName, resourceName, privateEndpointConnectionName, options) => get$3(context, resourceGroupName, resourceName, privateEndpointConnectionName, options)
	};
}
function _getPrivateEndpointConnectionsOperations(context) {
	return { ..._getPrivateEndpointConnections(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/privateLinkResources/operations.js
function _listSend$3(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/privateLinkResources{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$3(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return privateLinkResourcesListResultDeserializer(result.body);
}
/** To learn more about private clusters, see: https://docs.microsoft.com/azure/aks/private-clusters */
async function list$4(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _listDeserialize$3(await _listSend$3(context, resourceGroupName, resourceName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/privateLinkResources/index.js
function _getPrivateLinkResources(context) {
	return { list: (resourceGroupName, resourceName, options) => list$4(context, resourceGroupName, resourceName, options) };
}
function _getPrivateLinkResourcesOperations(context) {
	return { ..._getPrivateLinkResources(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/resolvePrivateLinkServiceId/operations.js
function _postSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/resolvePrivateLinkServiceId{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).post({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: privateLinkResourceSerializer(parameters)
	});
}
async function _postDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return privateLinkResourceDeserializer(result.body);
}
/** Gets the private link service ID for the specified managed cluster. */
async function post(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	return _postDeserialize(await _postSend(context, resourceGroupName, resourceName, parameters, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/resolvePrivateLinkServiceId/index.js
function _getResolvePrivateLinkServiceId(context) {
	return { post: (resourceGroupName, resourceName, parameters, options) => post(context, resourceGroupName, resourceName, parameters, options) };
}
function _getResolvePrivateLinkServiceIdOperations(context) {
	return { ..._getResolvePrivateLinkServiceId(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/snapshots/operations.js
function _listSend$2(context, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/snapshots{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$2(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _snapshotListResultDeserializer(result.body);
}
/** Gets a list of snapshots in the specified subscription. */
function list$3(context, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listSend$2(context, options), _listDeserialize$2, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listByResourceGroupDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _snapshotListResultDeserializer(result.body);
}
/** Lists snapshots in the specified subscription and resource group. */
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listByResourceGroupSend(context, resourceGroupName, options), _listByResourceGroupDeserialize, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _$deleteSend$1(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize$1(result) {
	if (!["200", "204"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Deletes a snapshot. */
async function $delete$1(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _$deleteDeserialize$1(await _$deleteSend$1(context, resourceGroupName, resourceName, options));
}
function _updateTagsSend(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).patch({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: tagsObjectSerializer(parameters)
	});
}
async function _updateTagsDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return snapshotDeserializer(result.body);
}
/** Updates tags on a snapshot. */
async function updateTags(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	return _updateTagsDeserialize(await _updateTagsSend(context, resourceGroupName, resourceName, parameters, options));
}
function _createOrUpdateSend$1(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: snapshotSerializer(parameters)
	});
}
async function _createOrUpdateDeserialize$1(result) {
	if (!["200", "201"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return snapshotDeserializer(result.body);
}
/** Creates or updates a snapshot. */
async function createOrUpdate$1(context, resourceGroupName, resourceName, parameters, options = { requestOptions: {} }) {
	return _createOrUpdateDeserialize$1(await _createOrUpdateSend$1(context, resourceGroupName, resourceName, parameters, options));
}
function _getSend$1(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/snapshots/{resourceName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize$1(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return snapshotDeserializer(result.body);
}
/** Gets a snapshot. */
async function get$2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return _getDeserialize$1(await _getSend$1(context, resourceGroupName, resourceName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/snapshots/index.js
function _getSnapshots(context) {
	return {
		list: (options) => list$3(context, options),
		listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
		delete: (resourceGroupName, resourceName, options) => $delete$1(context, resourceGroupName, resourceName, options),
		updateTags: (resourceGroupName, resourceName, parameters, options) => updateTags(context, resourceGroupName, resourceName, parameters, options),
		createOrUpdate: (resourceGroupName, resourceName, parameters, options) => createOrUpdate$1(context, resourceGroupName, resourceName, parameters, options),
		get: (resourceGroupName, resourceName, options) => get$2(context, resourceGroupName, resourceName, options)
	};
}
function _getSnapshotsOperations(context) {
	return { ..._getSnapshots(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/trustedAccessRoleBindings/operations.js
function _listSend$1(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize$1(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _trustedAccessRoleBindingListResultDeserializer(result.body);
}
/** List trusted access role bindings. */
function list$2(context, resourceGroupName, resourceName, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listSend$1(context, resourceGroupName, resourceName, options), _listDeserialize$1, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _$deleteSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		trustedAccessRoleBindingName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize(result) {
	if (![
		"202",
		"204",
		"200"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
}
/** Delete a trusted access role binding. */
function $delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _$deleteDeserialize, [
		"202",
		"204",
		"200"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _$deleteSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _createOrUpdateSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		trustedAccessRoleBindingName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).put({
		...operationOptionsToRequestParameters(options),
		contentType: "application/json",
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		},
		body: trustedAccessRoleBindingSerializer(trustedAccessRoleBinding)
	});
}
async function _createOrUpdateDeserialize(result) {
	if (![
		"200",
		"201",
		"202"
	].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return trustedAccessRoleBindingDeserializer(result.body);
}
/** Create or update a trusted access role binding */
function createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options = { requestOptions: {} }) {
	return getLongRunningPoller(context, _createOrUpdateDeserialize, [
		"200",
		"201",
		"202"
	], {
		updateIntervalInMs: options?.updateIntervalInMs,
		abortSignal: options?.abortSignal,
		getInitialResponse: () => _createOrUpdateSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options),
		resourceLocationConfig: "azure-async-operation",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
function _getSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}/trustedAccessRoleBindings/{trustedAccessRoleBindingName}{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		resourceGroupName,
		resourceName,
		trustedAccessRoleBindingName,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _getDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return trustedAccessRoleBindingDeserializer(result.body);
}
/** Get a trusted access role binding. */
async function get$1(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options = { requestOptions: {} }) {
	return _getDeserialize(await _getSend(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options));
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/trustedAccessRoleBindings/index.js
function _getTrustedAccessRoleBindings(context) {
	return {
		list: (resourceGroupName, resourceName, options) => list$2(context, resourceGroupName, resourceName, options),
		delete: (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => $delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options),
		beginDelete: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => {
			const poller = $delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginDeleteAndWait: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => {
			return await $delete(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options);
		},
		createOrUpdate: (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options),
		beginCreateOrUpdate: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => {
			const poller = createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options);
			await poller.submitted();
			return getSimplePoller(poller);
		},
		beginCreateOrUpdateAndWait: async (resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options) => {
			return await createOrUpdate(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, trustedAccessRoleBinding, options);
		},
		get: (resourceGroupName, resourceName, trustedAccessRoleBindingName, options) => get$1(context, resourceGroupName, resourceName, trustedAccessRoleBindingName, options)
	};
}
function _getTrustedAccessRoleBindingsOperations(context) {
	return { ..._getTrustedAccessRoleBindings(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/api/trustedAccessRoles/operations.js
function _listSend(context, location, options = { requestOptions: {} }) {
	const path = expandUrlTemplate("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/trustedAccessRoles{?api%2Dversion}", {
		subscriptionId: context.subscriptionId,
		location,
		"api%2Dversion": context.apiVersion ?? "2026-06-01"
	}, { allowReserved: options?.requestOptions?.skipUrlEncoding });
	return context.path(path).get({
		...operationOptionsToRequestParameters(options),
		headers: {
			accept: "application/json",
			...options.requestOptions?.headers
		}
	});
}
async function _listDeserialize(result) {
	if (!["200"].includes(result.status)) {
		const error = createRestError(result);
		if (result.body) error.details = errorResponseDeserializer(result.body);
		throw error;
	}
	return _trustedAccessRoleListResultDeserializer(result.body);
}
/** List supported trusted access roles. */
function list$1(context, location, options = { requestOptions: {} }) {
	return buildPagedAsyncIterator(context, () => _listSend(context, location, options), _listDeserialize, ["200"], {
		itemName: "value",
		nextLinkName: "nextLink",
		apiVersion: context.apiVersion ?? "2026-06-01"
	});
}
// node_modules/@azure/arm-containerservice/dist/esm/classic/trustedAccessRoles/index.js
function _getTrustedAccessRoles(context) {
	return { list: (location, options) => list$1(context, location, options) };
}
function _getTrustedAccessRolesOperations(context) {
	return { ..._getTrustedAccessRoles(context) };
}
// node_modules/@azure/arm-containerservice/dist/esm/containerServiceClient.js
var ContainerServiceClient = class {
	_client;
	/** The pipeline used by this client to make requests */
	pipeline;
	/** The Container Service Client. */
	constructor(credential, subscriptionIdOrOptions, options) {
		let subscriptionId;
		if (typeof subscriptionIdOrOptions === "string") subscriptionId = subscriptionIdOrOptions;
		else if (typeof subscriptionIdOrOptions === "object") options = subscriptionIdOrOptions;
		options = options ?? {};
		this._client = createContainerService(credential, subscriptionId ?? "", options);
		this.pipeline = this._client.pipeline;
		this.trustedAccessRoles = _getTrustedAccessRolesOperations(this._client);
		this.resolvePrivateLinkServiceId = _getResolvePrivateLinkServiceIdOperations(this._client);
		this.privateLinkResources = _getPrivateLinkResourcesOperations(this._client);
		this.operations = _getOperationsOperations(this._client);
		this.identityBindings = _getIdentityBindingsOperations(this._client);
		this.trustedAccessRoleBindings = _getTrustedAccessRoleBindingsOperations(this._client);
		this.snapshots = _getSnapshotsOperations(this._client);
		this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
		this.machines = _getMachinesOperations(this._client);
		this.managedNamespaces = _getManagedNamespacesOperations(this._client);
		this.maintenanceConfigurations = _getMaintenanceConfigurationsOperations(this._client);
		this.managedClusters = _getManagedClustersOperations(this._client);
		this.agentPools = _getAgentPoolsOperations(this._client);
	}
	/** The operation groups for trustedAccessRoles */
	trustedAccessRoles;
	/** The operation groups for resolvePrivateLinkServiceId */
	resolvePrivateLinkServiceId;
	/** The operation groups for privateLinkResources */
	privateLinkResources;
	/** The operation groups for operations */
	operations;
	/** The operation groups for identityBindings */
	identityBindings;
	/** The operation groups for trustedAccessRoleBindings */
	trustedAccessRoleBindings;
	/** The operation groups for snapshots */
	snapshots;
	/** The operation groups for privateEndpointConnections */
	privateEndpointConnections;
	/** The operation groups for machines */
	machines;
	/** The operation groups for managedNamespaces */
	managedNamespaces;
	/** The operation groups for maintenanceConfigurations */
	maintenanceConfigurations;
	/** The operation groups for managedClusters */
	managedClusters;
	/** The operation groups for agentPools */
	agentPools;
};
// src/collectors/azure/enrich/kubernetes-versions.ts
/**
* The Kubernetes versions AKS offers in each region that has clusters
* (`ManagedClusters_ListKubernetesVersions`, through the AKS SDK client), read once per region
* with a subscription that has clusters there. The version rule judges those clusters against
* this list, dated by the read, instead of the bundled calendar.
*
* The answer (`{ values: [...] }`) has no id, so it is wrapped as a resource under its request
* path with the time of the read; its REST body stays untouched in `properties`.
*/
async function readKubernetesVersions(conn, clusters, now) {
	const sources = new EnrichmentSources("aks-versions", "AKS supported Kubernetes versions");
	const regions = /* @__PURE__ */ new Map();
	for (const c of clusters) {
		const location = c.location?.toLowerCase().replace(/\s+/g, "");
		if (location && !regions.has(location)) regions.set(location, c.subscriptionId);
	}
	await Promise.all([...regions].map(async ([location, sub]) => {
		const client = new ContainerServiceClient(conn.credential, sub, clientOptions(conn));
		const path = `/subscriptions/${sub}/providers/Microsoft.ContainerService/locations/${location}/kubernetesVersions`;
		const read = await wireRead(path, (onResponse) => client.managedClusters.listKubernetesVersions(location, { onResponse }));
		const readAt = now().toISOString();
		sources.add(sub, {
			...read,
			items: read.items.map((properties) => ({
				id: path,
				type: AKS_VERSIONS_TYPE,
				name: location,
				location,
				readAt,
				properties
			}))
		});
	}));
	return sources.result();
}
// src/collectors/azure/enrich/role-assignments.ts
/** Microsoft.Authorization `RoleAssignments_ListForSubscription`. */
const ROLE_ASSIGNMENTS_API_VERSION = "2022-04-01";
/**
* The role assignments each subscription inherits from its management groups. Resource Graph's
* `authorizationresources`, asked for subscriptions, holds those at and below them only (its
* authorization scope filter defaults to `AtScopeAndBelow`); the subscription's own list with
* `$filter=atScope()` holds those at and above it, with the same read permission. What is at the
* subscription came with the inventory and is left out here; an assignment on a management group
* over several subscriptions is kept once, with no subscription, and counted in each one's source.
*/
async function readInheritedRoleAssignments(conn, subscriptions) {
	const sources = new EnrichmentSources("inherited-role-assignments", "role assignments inherited from management groups");
	await Promise.all(subscriptions.map(async (subscriptionId) => {
		const path = `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleAssignments`;
		const { items, failure } = await armList(conn, path, ROLE_ASSIGNMENTS_API_VERSION, { $filter: "atScope()" });
		sources.add(subscriptionId, {
			path,
			items: items.filter(aboveSubscription),
			...failure ? { failure } : {}
		});
	}));
	const { resources, tallies } = sources.result();
	const seen = /* @__PURE__ */ new Set();
	return {
		resources: resources.filter((r) => !located(r) && !seen.has(idKey(r.id)) && seen.add(idKey(r.id))),
		tallies
	};
}
/** An item whose id is no subscription's: kept for the collector, which keeps those at a management group and counts the rest as id-less. */
function aboveSubscription(item) {
	const id = typeof item === "object" && item !== null ? item.id : void 0;
	return typeof id !== "string" || !/^\/subscriptions\//i.test(id);
}
// src/collectors/azure/enrich/sql.ts
/** The api-version the SQL adapter follows. */
const SQL_API_VERSION = "2025-01-01";
/**
* What the SQL rules need of each Azure SQL server that Resource Graph does not hold: its auditing
* policy, its firewall rules, its failover groups, the transparent data encryption of each user database, and, when
* auditing goes to Azure Monitor, the diagnostic settings of `master` (where those records go).
* The databases themselves come from the inventory, and the Entra administrator from the server's
* own body. `complete` lists the servers whose reads all succeeded.
*/
async function readSqlServers(conn, inventory) {
	const sources = new EnrichmentSources("sql-server-children", "SQL server auditing, firewall rules, failover groups and database encryption");
	const complete = /* @__PURE__ */ new Set();
	const databases = /* @__PURE__ */ new Map();
	for (const db of inventory) {
		if (db.type !== "microsoft.sql/servers/databases") continue;
		const server = idKey(db.id.slice(0, db.id.toLowerCase().lastIndexOf("/databases/")));
		const known = databases.get(server);
		if (known) known.push(db);
		else databases.set(server, [db]);
	}
	await Promise.all(inventory.filter((r) => r.type === SQL_SERVER).map(async (server) => {
		const own = databases.get(idKey(server.id)) ?? [];
		const master = own.find(isMaster);
		if ((await Promise.all([
			auditingThenMaster(conn, server, master),
			list(conn, `${server.id}/firewallRules`, "2025-01-01").then((read) => [read]),
			list(conn, `${server.id}/failoverGroups`, "2025-01-01").then((read) => [read]),
			...own.filter((db) => db !== master).map((db) => get(conn, `${db.id}/transparentDataEncryption/current`).then((read) => [read]))
		])).flat().map((read) => sources.add(server.subscriptionId, read)).every(Boolean)) complete.add(idKey(server.id));
	}));
	return {
		...sources.result(),
		complete
	};
}
/**
* The server auditing policy, then `master`'s diagnostic settings if the policy sends records to
* Azure Monitor: only then does the auditing rule look at them. `master` is marked as carrying its
* children once they are read, so an empty list reads as "no setting sends the audit records".
*/
async function auditingThenMaster(conn, server, master) {
	const auditing = await get(conn, `${server.id}/auditingSettings/default`);
	if (auditing.failure || !auditsToMonitor(auditing.items[0])) return [auditing];
	const masterId = master?.id ?? `${server.id}/databases/master`;
	const settings = await list(conn, `${masterId}/providers/Microsoft.Insights/diagnosticSettings`, DIAGNOSTIC_SETTINGS_API_VERSION);
	if (!settings.failure) {
		if (master) master.childrenIncluded = true;
		else settings.items.push({
			id: masterId,
			resources: []
		});
	}
	return [auditing, settings];
}
function auditsToMonitor(policy) {
	const p = policy?.properties;
	return String(p?.state).toLowerCase() === "enabled" && p?.isAzureMonitorTargetEnabled === true;
}
/**
* A singleton child (`auditingSettings/default`, `transparentDataEncryption/current`), identified
* by the path it was read at: the TDE answer carries its database's id, which would otherwise
* stand in for the database itself.
*/
async function get(conn, path, apiVersion = SQL_API_VERSION) {
	const answer = await armRequest(conn, "GET", path, apiVersion);
	if (!answer.ok) return {
		path,
		items: [],
		failure: answer.failure
	};
	return {
		path,
		items: [{
			...answer.body,
			id: path
		}]
	};
}
async function list(conn, path, apiVersion) {
	const { items, failure } = await armList(conn, path, apiVersion);
	return {
		path,
		items,
		...failure ? { failure } : {}
	};
}
/** The adapter's test: the id's last segment, as PowerShell exports name children `server/database`. */
function isMaster(db) {
	return nameOf(db.id).toLowerCase() === "master";
}
// src/collectors/azure/enrich/sql-managed-instances.ts
/** The api-version the managed instance reads follow (its REST examples are the test fixtures'). */
const SQL_MANAGED_INSTANCE_API_VERSION = "2023-08-01";
/**
* What the managed instance rules need that Resource Graph does not hold: the transparent data
* encryption of each database, and the instance failover groups, which live under a resource
* group and region rather than under an instance (one list per resource group and region serves
* every instance there). The instances and databases come from the inventory; diagnostic settings
* are read with the other services'. `complete` lists the instances whose reads all succeeded.
*/
async function readSqlManagedInstances(conn, inventory) {
	const sources = new EnrichmentSources("sql-managed-instance-children", "SQL managed instance database encryption and failover groups");
	const complete = /* @__PURE__ */ new Set();
	const groupLists = /* @__PURE__ */ new Map();
	const instances = inventory.filter((r) => r.type === SQL_MANAGED_INSTANCE);
	const databases = inventory.filter((r) => r.type === SQL_MANAGED_DATABASE);
	await Promise.all(instances.map(async (instance) => {
		const groupsPath = `/subscriptions/${instance.subscriptionId}/resourceGroups/${instance.resourceGroup ?? ""}/providers/Microsoft.Sql/locations/${instance.location ?? ""}/instanceFailoverGroups`;
		const shared = groupLists.get(idKey(groupsPath));
		const groups = shared ?? list(conn, groupsPath, "2023-08-01");
		if (!shared) groupLists.set(idKey(groupsPath), groups);
		const own = databases.filter((db) => idKey(db.id).startsWith(`${idKey(instance.id)}/databases/`));
		const [groupRead, ...tdeReads] = await Promise.all([groups, ...own.map((db) => get(conn, `${db.id}/transparentDataEncryption/current`, SQL_MANAGED_INSTANCE_API_VERSION))]);
		const recorded = (shared ? tdeReads : [groupRead, ...tdeReads]).map((read) => sources.add(instance.subscriptionId, read) !== null);
		if (!groupRead.failure && recorded.every(Boolean)) complete.add(idKey(instance.id));
	}));
	return {
		...sources.result(),
		complete
	};
}
// src/collectors/azure/enrich/index.ts
/**
* What Resource Graph lacks, read per service after the inventory: diagnostic settings of
* clusters, key vaults and database servers; server parameters, firewall rules and Entra
* administrators of PostgreSQL and MySQL flexible servers; auditing, firewall rules, failover
* groups and database encryption of Azure SQL servers; database encryption and instance failover
* groups of SQL Managed Instances; federated credentials of user-assigned identities; Defender plans (where Resource Graph had none) and security
* contacts; the Kubernetes versions AKS offers in each region with clusters; when asked, the role
* assignments each subscription inherits from management groups.
*
* Returns resources in the REST shape for the ARM adapter, and one source per topic and
* subscription. A parent whose children were all read is marked `childrenIncluded` IN PLACE, so
* that the adapter reads an empty list as "none" rather than "not read": pass the result's
* resources to `adaptArm` together with the same inventory objects. A failed read leaves its
* parent unmarked, so the rules that need those children answer unknown.
*/
async function enrichLive(conn, resources, options) {
	const inventory = resources.filter(located);
	const clusters = inventory.filter((r) => r.type === MANAGED_CLUSTER);
	const vaults = inventory.filter((r) => r.type === KEY_VAULT);
	const servers = inventory.filter((r) => r.type === "microsoft.dbforpostgresql/flexibleservers" || r.type === "microsoft.dbformysql/flexibleservers");
	const sqlServers = inventory.filter((r) => r.type === SQL_SERVER);
	const managedInstances = inventory.filter((r) => r.type === SQL_MANAGED_INSTANCE);
	const identities = inventory.filter((r) => r.type === USER_ASSIGNED_IDENTITY);
	const subscriptions = [...new Set(options.subscriptions.map((s) => s.toLowerCase()))];
	const [diagnostics, databases, sql, managed, versions, federated, defender, inherited] = await Promise.all([
		readDiagnosticSettings(conn, [
			...clusters,
			...vaults,
			...servers,
			...sqlServers,
			...managedInstances
		]),
		readDatabaseServers(conn, servers),
		readSqlServers(conn, inventory),
		readSqlManagedInstances(conn, inventory),
		readKubernetesVersions(conn, clusters, options.now ?? (() => /* @__PURE__ */ new Date())),
		readFederatedCredentials(conn, identities),
		options.defender === false ? Promise.resolve([]) : readDefender(conn, subscriptions, inventory),
		options.inheritedRoleAssignments ? readInheritedRoleAssignments(conn, subscriptions) : Promise.resolve(void 0)
	]);
	for (const r of [...clusters, ...vaults]) if (diagnostics.complete.has(idKey(r.id))) r.childrenIncluded = true;
	for (const r of servers) if (diagnostics.complete.has(idKey(r.id)) && databases.complete.has(idKey(r.id))) r.childrenIncluded = true;
	for (const r of sqlServers) if (diagnostics.complete.has(idKey(r.id)) && sql.complete.has(idKey(r.id))) r.childrenIncluded = true;
	for (const r of managedInstances) if (diagnostics.complete.has(idKey(r.id)) && managed.complete.has(idKey(r.id))) r.childrenIncluded = true;
	for (const r of managedInstances) if (managed.complete.has(idKey(r.id))) r.regionalGroupsRead = true;
	for (const r of identities) if (federated.complete.has(idKey(r.id))) r.childrenIncluded = true;
	const parts = [
		diagnostics,
		databases,
		sql,
		managed,
		versions,
		federated,
		...defender,
		...inherited ? [inherited] : []
	];
	return {
		resources: parts.flatMap((p) => p.resources),
		tallies: parts.flatMap((p) => p.tallies)
	};
}
// src/collectors/azure/bounded-credential.ts
/**
* The credential with every token request bounded: an identity endpoint or `az` process that never
* answers fails the reads that need its token (`timeout`) after `timeoutMs` or at the deadline, and
* that scope is not asked again (the SDK would ask once per client and per refresh, each time waiting).
*/
function boundedCredential(credential, timeoutMs, deadline) {
	const hung = /* @__PURE__ */ new Map();
	return { getToken(scopes, options) {
		const scope = [scopes].flat().join(" ");
		const known = hung.get(scope);
		if (known) return Promise.reject(known);
		if (deadline?.signal.aborted) return Promise.reject(deadlinePassed(deadline));
		return new Promise((resolve, reject) => {
			const settled = () => {
				clearTimeout(timer);
				deadline?.signal.removeEventListener("abort", atDeadline);
			};
			const atDeadline = () => {
				settled();
				reject(deadlinePassed(deadline));
			};
			const timer = setTimeout(() => {
				const error = new ArmFailureError({
					code: "timeout",
					message: `the Azure credential gave no token for ${scope} within ${timeoutMs / 1e3} s`
				});
				hung.set(scope, error);
				settled();
				reject(error);
			}, timeoutMs);
			deadline?.signal.addEventListener("abort", atDeadline, { once: true });
			credential.getToken(scopes, options).then((token) => (settled(), resolve(token)), (error) => (settled(), reject(error)));
		});
	} };
}
// src/collectors/azure/progress.ts
/**
* One status line, shown about four times a second and a last time (`last`) when the read ends: the
* CLI passes a writer only when stderr is a TTY, and rewrites the line in place there.
*/
function startProgress(show, stats, counts) {
	const render = (last = false) => show(`azure: subscriptions ${counts.subscriptions}/${counts.subscriptionsInScope} · resources ${counts.resources.toLocaleString("en-US")} · requests ${stats.requests.toLocaleString("en-US")} · throttled ${stats.throttled}`, last);
	const timer = setInterval(render, 250);
	timer.unref();
	return () => {
		clearInterval(timer);
		render(true);
	};
}
// src/collectors/azure/inventory-coverage.ts
/**
* What the Resource Graph inventory read, per family and subscription: the whole subscription
* (or each `--resource-group`) when the family's query answered, not read when it or the
* subscription failed, and not read in full when a `--tag` filter left untagged resources out.
* Only top-level types count: Resource Graph holds few child resources (no scale set instances'
* public IPs, no agent pools), so a family's child types are never claimed as read. A subscription
* Resource Graph left out of its answers (`omitted`) was read for no family.
*/
function inventoryCoverage(subscriptions, inventory, filters, omitted = []) {
	const entries = [];
	const left = new Set(omitted.map((id) => id.toLowerCase()));
	for (const { family, failures } of inventory) {
		const failed = /* @__PURE__ */ new Map();
		for (const { subscriptions: ids, failure } of failures) for (const id of ids) failed.set(id.toLowerCase(), failure);
		const types = family.types.filter((t) => t.split("/").length === 2);
		for (const s of subscriptions) {
			const subscriptionId = s.id.toLowerCase();
			const failure = s.failure ?? failed.get(subscriptionId) ?? (left.has(subscriptionId) ? OMITTED : void 0);
			if (failure) entries.push({
				subscriptionId,
				types,
				read: false,
				code: failure.code,
				reason: `${family.name}: ${failure.message}`
			});
			else if (family.subscriptionLevel) entries.push({
				subscriptionId,
				types,
				read: true
			});
			else if (filters.tags.length) entries.push({
				subscriptionId,
				types,
				read: false,
				code: "filtered",
				reason: `${family.name}: the --tag filter leaves untagged resources out`
			});
			else if (filters.resourceGroups.length) for (const group of filters.resourceGroups) entries.push({
				subscriptionId,
				resourceGroup: group.toLowerCase(),
				types,
				read: true
			});
			else entries.push({
				subscriptionId,
				types,
				read: true
			});
		}
	}
	return entries;
}
const OMITTED = {
	code: "omitted",
	message: "Resource Graph left this subscription out of its answers without an error"
};
// src/collectors/azure/resource-graph.ts
/**
* Inventory through Azure Resource Graph: one query per resource family over all subscriptions in
* scope (batched), `$skipToken` paging ordered by id, paced to the per-user quota. Rows are ARM
* bodies (`properties` is the provider's own), so the ARM adapter reads them as it reads files.
*/
const RESOURCE_GRAPH_PATH = "/providers/Microsoft.ResourceGraph/resources";
const RESOURCE_GRAPH_API_VERSION = "2024-04-01";
/** Largest page Resource Graph returns. */
const PAGE_SIZE = 1e3;
/**
* One query per family and group of subscriptions, plus the subscription check: one group's
* inventory fits Resource Graph's 15 queries per 5 s, so small families share a query.
*/
const INVENTORY_FAMILIES = [
	{
		name: "clusters",
		table: "resources",
		types: [MANAGED_CLUSTER, AGENT_POOL]
	},
	{
		name: "networking",
		table: "resources",
		types: NETWORK_TYPES
	},
	{
		name: "key-vaults",
		table: "resources",
		types: KEY_VAULT_TYPES
	},
	{
		name: "postgresql",
		table: "resources",
		types: POSTGRESQL_TYPES
	},
	{
		name: "mysql",
		table: "resources",
		types: MYSQL_TYPES
	},
	{
		name: "sql",
		table: "resources",
		types: [...SQL_TYPES, ...SQL_MANAGED_INSTANCE_TYPES]
	},
	{
		name: "redis",
		table: "resources",
		types: REDIS_TYPES
	},
	{
		name: "container-registries",
		table: "resources",
		types: CONTAINER_REGISTRY_TYPES
	},
	{
		name: "storage",
		table: "resources",
		types: STORAGE_ACCOUNT_TYPES
	},
	{
		name: "monitoring",
		table: "resources",
		types: MONITORING_TYPES
	},
	{
		name: "gitops",
		table: "kubernetesconfigurationresources",
		types: [FLUX_CONFIGURATION]
	},
	{
		name: "defender",
		table: "securityresources",
		types: [PRICING, SECURITY_CONTACT],
		subscriptionLevel: true
	},
	{
		name: "machines-and-identities",
		table: "resources",
		types: [VIRTUAL_MACHINE, ...MANAGED_IDENTITY_TYPES]
	},
	{
		name: "role-assignments",
		table: "authorizationresources",
		types: [ROLE_ASSIGNMENT],
		subscriptionLevel: true
	}
];
/** The KQL for one family: its types, the filters, ordered by the unique id so pages neither skip nor repeat. */
function familyQuery(family, filters) {
	const lines = [family.table, `| where type in~ (${family.types.map(kql).join(", ")})`];
	if (!family.subscriptionLevel) {
		if (filters.resourceGroups.length) lines.push(`| where resourceGroup in~ (${filters.resourceGroups.map(kql).join(", ")})`);
		for (const { key, value } of filters.tags) lines.push(`| where array_length(split(type, '/')) > 2 or tags[${kql(key)}] =~ ${kql(value)}`);
	}
	lines.push("| order by id asc");
	return lines.join("\n");
}
/** A KQL string literal: the user's resource group and tag text cannot close it. */
function kql(text) {
	return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
/**
* The per-user quota: `limit` queries in any `windowMs` (15 per 5 s), tightened by what the
* service reports (`x-ms-user-quota-remaining`, `x-ms-user-quota-resets-after`). Every page counts.
* A reset later than `maxWaitMs` is not waited for (the query is `throttled`), nor is the deadline.
*/
var ResourceGraphQuota = class {
	limit;
	windowMs;
	maxWaitMs;
	deadline;
	sent = [];
	blockedUntil = 0;
	queue = Promise.resolve();
	constructor(limit = 15, windowMs = 5e3, bounds = {}) {
		this.limit = limit;
		this.windowMs = windowMs;
		this.maxWaitMs = bounds.maxWaitMs ?? Infinity;
		this.deadline = bounds.deadline;
	}
	/** Resolves when one more query may go out (callers are served in order), or with why it may not. */
	take() {
		const turn = this.queue.then(() => this.acquire());
		this.queue = turn;
		return turn;
	}
	/** Reads the quota headers of an answer: none left means wait until the window resets. */
	observe(headers) {
		const remaining = Number(headers["x-ms-user-quota-remaining"]);
		const resets = /^(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(headers["x-ms-user-quota-resets-after"] ?? "");
		if (remaining === 0 && resets) {
			const ms = (Number(resets[1]) * 3600 + Number(resets[2]) * 60 + Number(resets[3])) * 1e3;
			this.blockedUntil = Math.max(this.blockedUntil, Date.now() + ms);
		}
	}
	async acquire() {
		for (;;) {
			if (this.deadline?.signal.aborted) return deadlinePassed(this.deadline).failure;
			const now = Date.now();
			while (this.sent.length && this.sent[0] <= now - this.windowMs) this.sent.shift();
			const freeAt = Math.max(this.blockedUntil, this.sent.length >= this.limit ? this.sent[0] + this.windowMs : 0);
			if (freeAt <= now) {
				this.sent.push(now);
				return;
			}
			if (freeAt - now > this.maxWaitMs) return {
				code: "throttled",
				message: `Resource Graph's query quota resets in ${Math.round((freeAt - now) / 1e3)} s, longer than the scan waits (${Math.round(this.maxWaitMs / 1e3)} s)`
			};
			await setTimeout$1(freeAt - now, { signal: this.deadline?.signal }).catch(() => {});
		}
	}
};
/** All pages of one query over one batch of subscriptions. */
async function queryAllPages(conn, quota, subscriptions, query) {
	const rows = [];
	const chain = new PageChain(conn.maxPages);
	let skipToken;
	do {
		const refused = await quota.take();
		if (refused) return {
			rows,
			failure: refused
		};
		const options = {
			resultFormat: "objectArray",
			$top: PAGE_SIZE,
			...skipToken ? { $skipToken: skipToken } : {}
		};
		const answer = await armRequest(conn, "POST", RESOURCE_GRAPH_PATH, RESOURCE_GRAPH_API_VERSION, {
			subscriptions,
			query,
			options
		});
		if (!answer.ok) return {
			rows,
			failure: answer.failure
		};
		quota.observe(answer.headers);
		const page = answer.body;
		if (!Array.isArray(page?.data)) return {
			rows,
			failure: {
				code: "error",
				message: "Resource Graph answered without a data array (resultFormat objectArray was asked)"
			}
		};
		for (const row of page.data) rows.push(row);
		skipToken = typeof page.$skipToken === "string" && page.$skipToken ? page.$skipToken : void 0;
		if (!skipToken && String(page.resultTruncated) === "true") return {
			rows,
			failure: {
				code: "truncated",
				message: "Resource Graph truncated the result and gave no $skipToken"
			}
		};
		const stop = skipToken && chain.stop(skipToken);
		if (stop) return {
			rows,
			failure: {
				code: stop.code,
				message: `Resource Graph $skipToken paging: ${stop.message}`
			}
		};
		if (!skipToken && typeof page.totalRecords === "number" && rows.length < page.totalRecords) return {
			rows,
			failure: {
				code: "truncated",
				message: `Resource Graph counted ${page.totalRecords} rows but returned ${rows.length}`
			}
		};
	} while (skipToken);
	return { rows };
}
/**
* Resource Graph answers for the subscriptions it can see and leaves out, with no error, any other
* it was asked about (no access through it, not indexed yet, another tenant). Every subscription
* has its own row in `resourcecontainers`, an empty one included: one asked about whose row is
* missing is one the family queries did not read either.
*/
const SUBSCRIPTIONS_QUERY = [
	"resourcecontainers",
	"| where type =~ 'microsoft.resources/subscriptions'",
	"| project subscriptionId",
	"| order by subscriptionId asc"
].join("\n");
async function readSubscriptionCoverage(conn, quota, subscriptions) {
	const coverage = {
		omitted: [],
		failures: []
	};
	await Promise.all(batches(subscriptions, 300).map(async (group) => {
		const { rows, failure } = await queryAllPages(conn, quota, group, SUBSCRIPTIONS_QUERY);
		if (failure) {
			coverage.failures.push({
				subscriptions: group,
				failure
			});
			return;
		}
		const seen = new Set(rows.map((row) => String(row?.subscriptionId).toLowerCase()));
		for (const id of group) if (!seen.has(id.toLowerCase())) coverage.omitted.push(id);
	}));
	return coverage;
}
function batches(items, size) {
	const out = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}
/** Every family over every batch, concurrently (bounded by the connection and the quota). */
async function readInventory(conn, quota, subscriptions, filters, onRows = () => {}, onFamily = () => {}) {
	const groups = batches(subscriptions, 300);
	return Promise.all(INVENTORY_FAMILIES.map(async (family) => {
		const query = familyQuery(family, filters);
		const results = await Promise.all(groups.map((group) => queryAllPages(conn, quota, group, query)));
		const inventory = {
			family,
			rows: [],
			failures: []
		};
		results.forEach((result, i) => {
			for (const row of result.rows) inventory.rows.push(row);
			onRows(result.rows.length);
			if (result.failure) inventory.failures.push({
				subscriptions: groups[i],
				failure: result.failure
			});
		});
		onFamily(inventory);
		return inventory;
	}));
}
// src/collectors/azure/subscriptions.ts
/** Microsoft.Resources Subscriptions API (`Subscriptions_Get`, `Subscriptions_List`). */
const SUBSCRIPTIONS_API_VERSION = "2022-12-01";
/** Named subscriptions: one GET each, so a 403 or 404 on one is that subscription's alone. */
async function readSubscriptions(conn, ids) {
	const unique = [...new Map(ids.map((id) => [id.toLowerCase(), id])).values()];
	return {
		subscriptions: await Promise.all(unique.map(async (id) => {
			const answer = await armRequest(conn, "GET", `/subscriptions/${encodeURIComponent(id)}`, SUBSCRIPTIONS_API_VERSION);
			if (!answer.ok) return {
				id,
				body: null,
				failure: answer.failure
			};
			return {
				id,
				body: answer.body
			};
		})),
		skipped: []
	};
}
/** Every subscription the identity can list (paged by `nextLink`), minus those that refuse reads. */
async function listSubscriptions(conn) {
	const { items, failure } = await armList(conn, "/subscriptions", SUBSCRIPTIONS_API_VERSION);
	const subscriptions = [];
	const skipped = [];
	for (const item of items) {
		const body = item;
		const id = typeof body.subscriptionId === "string" ? body.subscriptionId : void 0;
		if (!id || !isSubscriptionId(id)) continue;
		if (body.state === "Disabled" || body.state === "Deleted") skipped.push(id);
		else subscriptions.push({
			id,
			body
		});
	}
	return {
		subscriptions,
		skipped,
		...failure ? { failure } : {}
	};
}
function subscriptionSourceId(subscriptionId) {
	return `azure:subscription:${subscriptionId.toLowerCase()}`;
}
/** The Resource Graph family whose enrichment also reads Defender plans and security contacts. */
const DEFENDER_FAMILY = "defender";
/** The family whose enrichment also reads the role assignments each subscription inherits from management groups. */
const ROLE_ASSIGNMENT_FAMILY = "role-assignments";
/** Subscriptions → Resource Graph inventory → ARM resources with one source per subscription. */
async function collectAzure(options, hooks = {}, limits = {}) {
	const target = resolveArmTarget(options.cloud, options.armEndpoint);
	const timeoutMs = hooks.timeoutMs ?? 6e4;
	const connection = {
		endpoint: target.endpoint,
		credential: boundedCredential(hooks.credential ?? await createCredential(options.credential, target, process.env, hooks.tlsCa), timeoutMs, limits.deadline),
		scope: target.scope,
		concurrency: new Limiter(options.concurrency),
		timeoutMs,
		stats: newRequestStats(),
		...hooks.tlsCa ? { tlsCa: hooks.tlsCa } : {},
		...hooks.retry ? { retry: hooks.retry } : {},
		maxPages: limits.maxPages,
		deadline: limits.deadline
	};
	hooks.onConnection?.(connection);
	const counts = {
		subscriptions: 0,
		subscriptionsInScope: options.subscriptions.length,
		resources: 0
	};
	const stopProgress = hooks.progress ? startProgress(hooks.progress, connection.stats, counts) : () => {};
	try {
		const listing = options.allSubscriptions ? await listSubscriptions(connection) : await readSubscriptions(connection, options.subscriptions);
		const readable = listing.subscriptions.filter((s) => !s.failure).map((s) => s.id);
		counts.subscriptionsInScope = listing.subscriptions.length;
		counts.subscriptions = readable.length;
		const quota = new ResourceGraphQuota(hooks.quota?.queries, hooks.quota?.windowMs, {
			maxWaitMs: timeoutMs,
			deadline: limits.deadline
		});
		const inScope = new Map(listing.subscriptions.map((s) => [s.id.toLowerCase(), s]));
		const subscriptionResources = listing.subscriptions.flatMap((s) => subscriptionResource(s, inScope));
		const familyResources = /* @__PURE__ */ new Map();
		const enrichments = [];
		const onFamily = (family) => {
			const resources = familyArmResources(family, inScope);
			familyResources.set(family, resources);
			const defender = family.family.name === DEFENDER_FAMILY;
			const inheritedRoleAssignments = family.family.name === ROLE_ASSIGNMENT_FAMILY;
			enrichments.push(enrichLive(connection, defender ? [...subscriptionResources, ...resources] : resources, {
				subscriptions: readable,
				defender,
				inheritedRoleAssignments
			}));
		};
		const [inventory, answered] = readable.length ? await Promise.all([readInventory(connection, quota, readable, options.filters, (n) => counts.resources += n, onFamily), readSubscriptionCoverage(connection, quota, readable)]) : [[], {
			omitted: [],
			failures: []
		}];
		const resources = [...subscriptionResources, ...inventory.flatMap((family) => familyResources.get(family) ?? [])];
		const sources = inventorySources(listing, inventory, answered, resources, options.allSubscriptions, connection.endpoint);
		const enriched = await Promise.all(enrichments);
		for (const e of enriched) resources.push(...e.resources);
		sources.push(...sourcesOf(enriched.flatMap((e) => e.tallies)));
		const families = inventory.length ? inventory : INVENTORY_FAMILIES.map((family) => ({
			family,
			rows: [],
			failures: []
		}));
		return {
			resources,
			sources,
			coverage: inventoryCoverage(listing.subscriptions, families, options.filters, answered.omitted),
			subscriptions: listing.subscriptions,
			connection
		};
	} finally {
		stopProgress();
	}
}
/** The subscription itself as an ARM resource: one that could not be read still enters the state, with nothing known, so its rules answer unknown. */
function subscriptionResource(s, inScope) {
	const body = s.body ?? {
		id: `/subscriptions/${s.id}`,
		subscriptionId: s.id
	};
	return attribute(collectArmResources(body, "azure:subscriptions", subscriptionSourceId(s.id)).resources, inScope);
}
/** One family's rows as ARM resources, each attributed to its subscription's source. */
function familyArmResources(family, inScope) {
	const rows = family.rows.filter((row) => typeof row === "object" && row !== null && !Array.isArray(row));
	return attribute(collectArmResources(rows, `azure:resource-graph/${family.family.name}`, "").resources, inScope);
}
/** One source per subscription (and the listing): what was read, and what is missing and why. */
function inventorySources(listing, inventory, answered, resources, listed, endpoint) {
	const counts = /* @__PURE__ */ new Map();
	for (const r of resources) counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
	const unread = /* @__PURE__ */ new Map();
	for (const family of inventory) for (const { subscriptions, failure } of family.failures) for (const id of subscriptions) pushTo(unread, id.toLowerCase(), {
		kind: family.family.name,
		code: failure.code,
		reason: failure.message
	});
	for (const id of answered.omitted) {
		const failed = new Set((unread.get(id.toLowerCase()) ?? []).map((u) => u.kind));
		for (const { name } of INVENTORY_FAMILIES) if (!failed.has(name)) pushTo(unread, id.toLowerCase(), {
			kind: name,
			code: "omitted",
			reason: `Resource Graph left this subscription out of its answers without an error (it has no row for it in resourcecontainers): ${name} not read`
		});
	}
	for (const { subscriptions, failure } of answered.failures) for (const id of subscriptions) pushTo(unread, id.toLowerCase(), {
		kind: "resource-graph-coverage",
		code: failure.code,
		reason: `could not confirm that Resource Graph answered for this subscription: ${failure.message}`
	});
	const sources = [];
	if (listed) sources.push(listingSource(listing, endpoint));
	for (const s of listing.subscriptions) sources.push(subscriptionSource(s, unread.get(s.id.toLowerCase()) ?? [], counts.get(subscriptionSourceId(s.id)) ?? 0));
	return sources;
}
/** Each resource to its subscription's source; rows outside the scope asked for are dropped. */
function attribute(resources, inScope) {
	return resources.filter((r) => {
		if (r.subscriptionId === null || !inScope.has(r.subscriptionId.toLowerCase())) return false;
		r.source = subscriptionSourceId(r.subscriptionId);
		return true;
	});
}
function subscriptionSource(s, unread, resources) {
	const source = {
		id: subscriptionSourceId(s.id),
		kind: "azure",
		target: s.id,
		status: "ok",
		resources
	};
	if (s.failure) return {
		...source,
		resources: 0,
		status: "failed",
		code: s.failure.code,
		message: `subscription not readable: ${s.failure.message}`
	};
	if (!unread.length) return source;
	return {
		...source,
		status: "partial",
		code: unread[0]?.code ?? "error",
		message: `not read: ${unread.map((u) => `${u.kind} (${u.code})`).join(", ")}`,
		unread
	};
}
function listingSource(listing, endpoint) {
	const notes = [`${listing.subscriptions.length} subscription(s) in scope`];
	if (listing.skipped.length) notes.push(`skipped (disabled or deleted): ${listing.skipped.join(", ")}`);
	const source = {
		id: "azure:subscriptions",
		kind: "azure",
		target: `${endpoint}/subscriptions`,
		status: "ok",
		resources: 0
	};
	const failure = listing.failure;
	if (!failure) return {
		...source,
		message: notes.join("; ")
	};
	notes.unshift(`listing stopped: ${failure.message}`);
	return {
		...source,
		status: listing.subscriptions.length ? "partial" : "failed",
		code: failure.code,
		message: notes.join("; ")
	};
}
export { collectAzure };
