import { i as deadlineMessage, n as PageChain } from "./read-limits-SNQlm0Yq.js";
import { t as TOOL } from "./version--AyCFhb9.js";
import { A as createPipelineRequest, D as RestError, E as createDefaultHttpClient, H as stringToUint8Array, O as isRestError, S as defaultRetryPolicy, T as logPolicy, U as uint8ArrayToString, V as logger, _ as decompressResponsePolicy, b as agentPolicy, d as multipartPolicy, f as multipartPolicyName, g as redirectPolicy, h as isReadableStream, j as createHttpHeaders, k as createEmptyPipeline, m as isBlob, o as isRestError$1, p as isBinaryBody, q as emitNodeWarning, r as createPipelineFromOptions$1, t as bearerTokenAuthenticationPolicy, v as proxyPolicy, w as SDK_VERSION, x as formDataPolicy, y as tlsPolicy } from "./bearerTokenAuthenticationPolicy-BmqUZk9c.js";
import { t as isTokenCredential } from "./tokenCredential-ClTKEHy6.js";
import { t as redactSecrets } from "./redact-CZvdTJf8.js";
import { Agent } from "node:https";
import os from "node:os";
import process from "node:process";
// node_modules/@azure/core-util/dist/esm/typeGuards.js
/**
* Helper TypeGuard that checks if something is defined or not.
* @param thing - Anything
*/
function isDefined(thing) {
	return typeof thing !== "undefined" && thing !== null;
}
/**
* Helper TypeGuard that checks if the input is an object with the specified properties.
* @param thing - Anything.
* @param properties - The name of the properties that should appear in the object.
*/
function isObjectWithProperties(thing, properties) {
	if (!isDefined(thing) || typeof thing !== "object") return false;
	for (const property of properties) if (!objectHasProperty(thing, property)) return false;
	return true;
}
/**
* Helper TypeGuard that checks if the input is an object with the specified property.
* @param thing - Any object.
* @param property - The name of the property that should appear in the object.
*/
function objectHasProperty(thing, property) {
	return isDefined(thing) && typeof thing === "object" && property in thing;
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgentPlatform.js
/**
* @internal
*/
function getHeaderName() {
	return "User-Agent";
}
/**
* @internal
*/
async function setPlatformSpecificData(map) {
	if (process && process.versions) {
		const osInfo = `${os.type()} ${os.release()}; ${os.arch()}`;
		if (process.versions.bun) map.set("Bun", `${process.versions.bun} (${osInfo})`);
		else if (process.versions.deno) map.set("Deno", `${process.versions.deno} (${osInfo})`);
		else if (process.versions.node) map.set("Node", `${process.versions.node} (${osInfo})`);
	}
}
// node_modules/@typespec/ts-http-runtime/dist/esm/util/userAgent.js
function getUserAgentString(telemetryInfo) {
	const parts = [];
	for (const [key, value] of telemetryInfo) {
		const token = value ? `${key}/${value}` : key;
		parts.push(token);
	}
	return parts.join(" ");
}
/**
* @internal
*/
function getUserAgentHeaderName() {
	return getHeaderName();
}
/**
* @internal
*/
async function getUserAgentValue(prefix) {
	const runtimeInfo = /* @__PURE__ */ new Map();
	runtimeInfo.set("ts-http-runtime", SDK_VERSION);
	await setPlatformSpecificData(runtimeInfo);
	const defaultAgent = getUserAgentString(runtimeInfo);
	return prefix ? `${prefix} ${defaultAgent}` : defaultAgent;
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/userAgentPolicy.js
const UserAgentHeaderName = getUserAgentHeaderName();
/**
* The programmatic identifier of the userAgentPolicy.
*/
const userAgentPolicyName = "userAgentPolicy";
/**
* A policy that sets the User-Agent header (or equivalent) to reflect
* the library version.
* @param options - Options to customize the user agent value.
*/
function userAgentPolicy(options = {}) {
	const userAgentValue = getUserAgentValue(options.userAgentPrefix);
	return {
		name: userAgentPolicyName,
		async sendRequest(request, next) {
			if (!request.headers.has(UserAgentHeaderName)) request.headers.set(UserAgentHeaderName, await userAgentValue);
			return next(request);
		}
	};
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/platformPolicies.js
/**
* Add platform-specific policies to the pipeline.
*
* On Node.js, this adds agent, TLS, proxy, decompression, and redirect
* policies. On browser and React Native these concerns are handled
* natively by the runtime, so this is a no-op.
*
* @internal
*/
function addPlatformPolicies(pipeline, options) {
	if (options.agent) pipeline.addPolicy(agentPolicy(options.agent));
	if (options.tlsOptions) pipeline.addPolicy(tlsPolicy(options.tlsOptions));
	pipeline.addPolicy(proxyPolicy(options.proxyOptions));
	pipeline.addPolicy(decompressResponsePolicy());
	pipeline.addPolicy(redirectPolicy(options.redirectOptions), { afterPhase: "Retry" });
}
// node_modules/@typespec/ts-http-runtime/dist/esm/createPipelineFromOptions.js
/**
* Create a new pipeline with a default set of customizable policies.
* @param options - Options to configure a custom pipeline.
*/
function createPipelineFromOptions(options) {
	const pipeline = createEmptyPipeline();
	addPlatformPolicies(pipeline, options);
	pipeline.addPolicy(formDataPolicy(), { beforePolicies: [multipartPolicyName] });
	pipeline.addPolicy(userAgentPolicy(options.userAgentOptions));
	pipeline.addPolicy(multipartPolicy(), { afterPhase: "Deserialize" });
	pipeline.addPolicy(defaultRetryPolicy(options.retryOptions), { phase: "Retry" });
	pipeline.addPolicy(logPolicy(options.loggingOptions), { afterPhase: "Sign" });
	return pipeline;
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/apiVersionPolicy.js
const apiVersionPolicyName$1 = "ApiVersionPolicy";
/**
* Creates a policy that sets the apiVersion as a query parameter on every request
* @param options - Client options
* @returns Pipeline policy that sets the apiVersion as a query parameter on every request
*/
function apiVersionPolicy$1(options) {
	return {
		name: apiVersionPolicyName$1,
		sendRequest: (req, next) => {
			const url = new URL(req.url);
			if (!url.searchParams.get("api-version") && options.apiVersion) req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
			return next(req);
		}
	};
}
// node_modules/@typespec/ts-http-runtime/dist/esm/auth/credentials.js
/**
* Type guard to check if a credential is an OAuth2 token credential.
*/
function isOAuth2TokenCredential(credential) {
	return "getOAuth2Token" in credential;
}
/**
* Type guard to check if a credential is a Bearer token credential.
*/
function isBearerTokenCredential(credential) {
	return "getBearerToken" in credential;
}
/**
* Type guard to check if a credential is a Basic auth credential.
*/
function isBasicCredential(credential) {
	return "username" in credential && "password" in credential;
}
/**
* Type guard to check if a credential is an API key credential.
*/
function isApiKeyCredential(credential) {
	return "key" in credential;
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/checkInsecureConnection.js
let insecureConnectionWarningEmmitted = false;
/**
* Checks if the request is allowed to be sent over an insecure connection.
*
* A request is allowed to be sent over an insecure connection when:
* - The `allowInsecureConnection` option is set to `true`.
* - The request has the `allowInsecureConnection` property set to `true`.
* - The request is being sent to `localhost` or `127.0.0.1`
*/
function allowInsecureConnection(request, options) {
	if (options.allowInsecureConnection && request.allowInsecureConnection) {
		const url = new URL(request.url);
		if (url.hostname === "localhost" || url.hostname === "127.0.0.1") return true;
	}
	return false;
}
/**
* Logs a warning about sending a token over an insecure connection.
*
* This function will emit a node warning once, but log the warning every time.
*/
function emitInsecureConnectionWarning() {
	const warning = "Sending token over insecure transport. Assume any token issued is compromised.";
	logger.warning(warning);
	if (!insecureConnectionWarningEmmitted) {
		insecureConnectionWarningEmmitted = true;
		emitNodeWarning(warning);
	}
}
/**
* Ensures that authentication is only allowed over HTTPS unless explicitly allowed.
* Throws an error if the connection is not secure and not explicitly allowed.
*/
function ensureSecureConnection(request, options) {
	if (!request.url.toLowerCase().startsWith("https://")) {
		if (allowInsecureConnection(request, options)) emitInsecureConnectionWarning();
		else throw new Error("Authentication is not permitted for non-TLS protected (non-https) URLs when allowInsecureConnection is false.");
	}
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/apiKeyAuthenticationPolicy.js
/**
* Name of the API Key Authentication Policy
*/
const apiKeyAuthenticationPolicyName = "apiKeyAuthenticationPolicy";
/**
* Gets a pipeline policy that adds API key authentication to requests
*/
function apiKeyAuthenticationPolicy(options) {
	return {
		name: apiKeyAuthenticationPolicyName,
		async sendRequest(request, next) {
			ensureSecureConnection(request, options);
			const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "apiKey");
			if (!scheme) return next(request);
			if (scheme.apiKeyLocation !== "header") throw new Error(`Unsupported API key location: ${scheme.apiKeyLocation}`);
			request.headers.set(scheme.name, options.credential.key);
			return next(request);
		}
	};
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/basicAuthenticationPolicy.js
/**
* Name of the Basic Authentication Policy
*/
const basicAuthenticationPolicyName = "bearerAuthenticationPolicy";
/**
* Gets a pipeline policy that adds basic authentication to requests
*/
function basicAuthenticationPolicy(options) {
	return {
		name: basicAuthenticationPolicyName,
		async sendRequest(request, next) {
			ensureSecureConnection(request, options);
			if (!(request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "basic")) return next(request);
			const { username, password } = options.credential;
			const headerValue = uint8ArrayToString(stringToUint8Array(`${username}:${password}`, "utf-8"), "base64");
			request.headers.set("Authorization", `Basic ${headerValue}`);
			return next(request);
		}
	};
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/bearerAuthenticationPolicy.js
/**
* Name of the Bearer Authentication Policy
*/
const bearerAuthenticationPolicyName = "bearerAuthenticationPolicy";
/**
* Gets a pipeline policy that adds bearer token authentication to requests
*/
function bearerAuthenticationPolicy(options) {
	return {
		name: bearerAuthenticationPolicyName,
		async sendRequest(request, next) {
			ensureSecureConnection(request, options);
			if (!(request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "http" && x.scheme === "bearer")) return next(request);
			const token = await options.credential.getBearerToken({ abortSignal: request.abortSignal });
			request.headers.set("Authorization", `Bearer ${token}`);
			return next(request);
		}
	};
}
// node_modules/@typespec/ts-http-runtime/dist/esm/policies/auth/oauth2AuthenticationPolicy.js
/**
* Name of the OAuth2 Authentication Policy
*/
const oauth2AuthenticationPolicyName = "oauth2AuthenticationPolicy";
/**
* Gets a pipeline policy that adds authorization header from OAuth2 schemes
*/
function oauth2AuthenticationPolicy(options) {
	return {
		name: oauth2AuthenticationPolicyName,
		async sendRequest(request, next) {
			ensureSecureConnection(request, options);
			const scheme = (request.authSchemes ?? options.authSchemes)?.find((x) => x.kind === "oauth2");
			if (!scheme) return next(request);
			const token = await options.credential.getOAuth2Token(scheme.flows, { abortSignal: request.abortSignal });
			request.headers.set("Authorization", `Bearer ${token}`);
			return next(request);
		}
	};
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/clientHelpers.js
let cachedHttpClient;
/**
* Creates a default rest pipeline to re-use accross Rest Level Clients
*/
function createDefaultPipeline$1(options = {}) {
	const pipeline = createPipelineFromOptions(options);
	pipeline.addPolicy(apiVersionPolicy$1(options));
	const { credential, authSchemes, allowInsecureConnection } = options;
	if (credential) {
		if (isApiKeyCredential(credential)) pipeline.addPolicy(apiKeyAuthenticationPolicy({
			authSchemes,
			credential,
			allowInsecureConnection
		}));
		else if (isBasicCredential(credential)) pipeline.addPolicy(basicAuthenticationPolicy({
			authSchemes,
			credential,
			allowInsecureConnection
		}));
		else if (isBearerTokenCredential(credential)) pipeline.addPolicy(bearerAuthenticationPolicy({
			authSchemes,
			credential,
			allowInsecureConnection
		}));
		else if (isOAuth2TokenCredential(credential)) pipeline.addPolicy(oauth2AuthenticationPolicy({
			authSchemes,
			credential,
			allowInsecureConnection
		}));
	}
	return pipeline;
}
function getCachedDefaultHttpsClient() {
	if (!cachedHttpClient) cachedHttpClient = createDefaultHttpClient();
	return cachedHttpClient;
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/multipart.js
/**
* Get value of a header in the part descriptor ignoring case
*/
function getHeaderValue(descriptor, headerName) {
	if (descriptor.headers) {
		const actualHeaderName = Object.keys(descriptor.headers).find((x) => x.toLowerCase() === headerName.toLowerCase());
		if (actualHeaderName) return descriptor.headers[actualHeaderName];
	}
}
function getPartContentType(descriptor) {
	const contentTypeHeader = getHeaderValue(descriptor, "content-type");
	if (contentTypeHeader) return contentTypeHeader;
	if (descriptor.contentType === null) return;
	if (descriptor.contentType) return descriptor.contentType;
	const { body } = descriptor;
	if (body === null || body === void 0) return;
	if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") return "text/plain; charset=UTF-8";
	if (body instanceof Blob) return body.type || "application/octet-stream";
	if (isBinaryBody(body)) return "application/octet-stream";
	return "application/json";
}
/**
* Enclose value in quotes and escape special characters, for use in the Content-Disposition header
*/
function escapeDispositionField(value) {
	return JSON.stringify(value);
}
function getContentDisposition(descriptor) {
	const contentDispositionHeader = getHeaderValue(descriptor, "content-disposition");
	if (contentDispositionHeader) return contentDispositionHeader;
	if (descriptor.dispositionType === void 0 && descriptor.name === void 0 && descriptor.filename === void 0) return;
	let disposition = descriptor.dispositionType ?? "form-data";
	if (descriptor.name) disposition += `; name=${escapeDispositionField(descriptor.name)}`;
	let filename = void 0;
	if (descriptor.filename) filename = descriptor.filename;
	else if (typeof File !== "undefined" && descriptor.body instanceof File) {
		const filenameFromFile = descriptor.body.name;
		if (filenameFromFile !== "") filename = filenameFromFile;
	}
	if (filename) disposition += `; filename=${escapeDispositionField(filename)}`;
	return disposition;
}
function normalizeBody(body, contentType) {
	if (body === void 0) return new Uint8Array([]);
	if (isBinaryBody(body)) return body;
	if (typeof body === "string" || typeof body === "number" || typeof body === "boolean") return stringToUint8Array(String(body), "utf-8");
	if (contentType && /application\/(.+\+)?json(;.+)?/i.test(String(contentType))) return stringToUint8Array(JSON.stringify(body), "utf-8");
	throw new RestError(`Unsupported body/content-type combination: ${body}, ${contentType}`);
}
function buildBodyPart(descriptor) {
	const contentType = getPartContentType(descriptor);
	const contentDisposition = getContentDisposition(descriptor);
	const headers = createHttpHeaders(descriptor.headers ?? {});
	if (contentType) headers.set("content-type", contentType);
	if (contentDisposition) headers.set("content-disposition", contentDisposition);
	return {
		headers,
		body: normalizeBody(descriptor.body, contentType)
	};
}
function buildMultipartBody(parts) {
	return { parts: parts.map(buildBodyPart) };
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/sendRequest.js
/**
* Helper function to send request used by the client
* @param method - method to use to send the request
* @param url - url to send the request to
* @param pipeline - pipeline with the policies to run when sending the request
* @param options - request options
* @param customHttpClient - a custom HttpClient to use when making the request
* @returns returns and HttpResponse
*/
async function sendRequest(method, url, pipeline, options = {}, customHttpClient) {
	const httpClient = customHttpClient ?? getCachedDefaultHttpsClient();
	const request = buildPipelineRequest(method, url, options);
	try {
		const response = await pipeline.sendRequest(httpClient, request);
		const headers = response.headers.toJSON();
		const stream = response.readableStreamBody ?? response.browserStreamBody;
		const parsedBody = options.responseAsStream || stream !== void 0 ? void 0 : getResponseBody(response);
		const body = stream ?? parsedBody;
		if (options?.onResponse) options.onResponse({
			...response,
			request,
			rawHeaders: headers,
			parsedBody
		});
		return {
			request,
			headers,
			status: `${response.status}`,
			body
		};
	} catch (e) {
		if (isRestError(e) && e.response && options.onResponse) {
			const { response } = e;
			const rawHeaders = response.headers.toJSON();
			options?.onResponse({
				...response,
				request,
				rawHeaders
			}, e);
		}
		throw e;
	}
}
/**
* Function to determine the content-type of a body
* this is used if an explicit content-type is not provided
* @param body - body in the request
* @returns returns the content-type
*/
function getContentType(body) {
	if (body === void 0) return;
	if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return "application/octet-stream";
	if (isBlob(body) && body.type) return body.type;
	if (typeof body === "string") try {
		JSON.parse(body);
		return "application/json";
	} catch (error) {
		return;
	}
	return "application/json";
}
function buildPipelineRequest(method, url, options = {}) {
	const headers = createHttpHeaders(options.headers);
	let requestContentType = options.contentType;
	if (!requestContentType) requestContentType = headers.get("content-type");
	if (requestContentType === void 0) requestContentType = getContentType(options.body);
	const { body, multipartBody } = getRequestBody(options.body, requestContentType);
	const accept = options.accept ?? headers.get("accept") ?? (options.noDefaultAcceptHeader ? void 0 : "application/json");
	if (accept !== void 0) headers.set("accept", accept);
	if (requestContentType) headers.set("content-type", requestContentType);
	const { allowInsecureConnection, abortSignal, onUploadProgress, onDownloadProgress, timeout, responseAsStream, noDefaultAcceptHeader: _noDefaultAcceptHeader, url: _url, method: _method, body: _body, multipartBody: _multiBody, headers: _headers, ...rest } = options;
	const request = createPipelineRequest({
		url,
		method,
		body,
		multipartBody,
		headers,
		allowInsecureConnection,
		abortSignal,
		onUploadProgress,
		onDownloadProgress,
		timeout,
		enableBrowserStreams: true,
		streamResponseStatusCodes: responseAsStream ? /* @__PURE__ */ new Set([Number.POSITIVE_INFINITY]) : void 0
	});
	Object.assign(request, rest);
	return request;
}
/**
* Prepares the body before sending the request
*/
function getRequestBody(body, contentType = "") {
	if (body === void 0) return { body: void 0 };
	if (typeof FormData !== "undefined" && body instanceof FormData) return { body };
	if (isBlob(body)) return { body };
	if (isReadableStream(body)) return { body };
	if (typeof body === "function") return { body };
	if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return { body };
	switch (contentType.split(";")[0]) {
		case "application/json": return { body: JSON.stringify(body) };
		case "multipart/form-data":
			if (Array.isArray(body)) return { multipartBody: buildMultipartBody(body) };
			return { body: JSON.stringify(body) };
		case "text/plain": return { body: String(body) };
		default:
			if (typeof body === "string") return { body };
			return { body: JSON.stringify(body) };
	}
}
/**
* Prepares the response body
*/
function getResponseBody(response) {
	const firstType = (response.headers.get("content-type") ?? "").split(";")[0];
	const bodyToParse = response.bodyAsText ?? "";
	if (firstType === "text/plain") return String(bodyToParse);
	try {
		return bodyToParse ? JSON.parse(bodyToParse) : void 0;
	} catch (error) {
		if (firstType === "application/json") throw createParseError(response, error);
		return String(bodyToParse);
	}
}
function createParseError(response, err) {
	const msg = `Error "${err}" occurred while parsing the response body - ${response.bodyAsText}.`;
	const errCode = err.code ?? RestError.PARSE_ERROR;
	return new RestError(msg, {
		code: errCode,
		statusCode: response.status,
		request: response.request,
		response
	});
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/urlHelpers.js
function isQueryParameterWithOptions(x) {
	if (typeof x !== "object" || x === null || !Object.hasOwn(x, "value")) return false;
	return typeof x.value?.toString === "function";
}
/**
* Builds the request url, filling in query and path parameters
* @param endpoint - base url which can be a template url
* @param routePath - path to append to the endpoint
* @param pathParameters - values of the path parameters
* @param options - request parameters including query parameters
* @returns a full url with path and query parameters
*/
function buildRequestUrl(endpoint, routePath, pathParameters, options = {}) {
	if (routePath.startsWith("https://") || routePath.startsWith("http://")) return routePath;
	endpoint = buildBaseUrl(endpoint, options);
	const updatedRoutePath = buildRoutePath(routePath, pathParameters, options);
	const requestUrl = appendQueryParams(appendPath(endpoint, updatedRoutePath), options);
	return new URL(requestUrl).toString();
}
function appendPath(endpoint, pathToAppend) {
	const endpointSearchStart = endpoint.indexOf("?");
	const pathSearchStart = pathToAppend.indexOf("?");
	const endpointParts = endpointSearchStart !== -1 ? [endpoint.substring(0, endpointSearchStart), endpoint.substring(endpointSearchStart + 1)] : [endpoint, ""];
	const pathParts = pathSearchStart !== -1 ? [pathToAppend.substring(0, pathSearchStart), pathToAppend.substring(pathSearchStart + 1)] : [pathToAppend, ""];
	const combinedSearch = [endpointParts[1], pathParts[1].replaceAll("?", "&")].filter(Boolean).join("&");
	const baseEndpoint = endpointParts[0].replace(/(^[^:]+:\/\/[^/]+)\/\/+/, "$1/");
	const basePathToAppend = pathParts[0];
	let combinedUrl = baseEndpoint;
	if (!baseEndpoint.endsWith("/") && !basePathToAppend.startsWith("/") && basePathToAppend !== "") combinedUrl += `/${basePathToAppend}`;
	else if (baseEndpoint.endsWith("/") && basePathToAppend.startsWith("/")) combinedUrl += basePathToAppend.substring(1);
	else combinedUrl += basePathToAppend;
	if (combinedSearch) combinedUrl += `?${combinedSearch}`;
	return combinedUrl;
}
function getQueryParamValue(key, allowReserved, style, param) {
	let separator;
	if (style === "pipeDelimited") separator = "|";
	else if (style === "spaceDelimited") separator = "%20";
	else separator = ",";
	let paramValues;
	if (Array.isArray(param)) paramValues = param;
	else if (typeof param === "object" && param.toString === Object.prototype.toString) paramValues = Object.entries(param).flat();
	else paramValues = [param];
	const value = paramValues.map((p) => {
		if (p === null || p === void 0) return "";
		if (!p.toString || typeof p.toString !== "function") throw new Error(`Query parameters must be able to be represented as string, ${key} can't`);
		const rawValue = p.toISOString !== void 0 ? p.toISOString() : p.toString();
		return allowReserved ? rawValue : encodeURIComponent(rawValue);
	}).join(separator);
	return `${allowReserved ? key : encodeURIComponent(key)}=${value}`;
}
/**
* Parses a query string into a map of key/value pairs without decoding the values.
* This avoids the issue where `URL.searchParams` would decode values, potentially
* corrupting already-encoded values such as SAS signatures.
*/
function simpleParseQueryParams(queryString) {
	const result = /* @__PURE__ */ new Map();
	if (!queryString || queryString[0] !== "?") return result;
	queryString = queryString.slice(1);
	const pairs = queryString.split("&");
	for (const pair of pairs) {
		const eqIndex = pair.indexOf("=");
		const name = eqIndex === -1 ? pair : pair.substring(0, eqIndex);
		const value = eqIndex === -1 ? "" : pair.substring(eqIndex + 1);
		const existingValue = result.get(name);
		if (existingValue !== void 0) {
			if (Array.isArray(existingValue)) existingValue.push(value);
			else result.set(name, [existingValue, value]);
		} else result.set(name, value);
	}
	return result;
}
/** @internal */
function appendQueryParams(url, options = {}) {
	if (!options.queryParameters) return url;
	const parsedUrl = new URL(url);
	const queryParams = options.queryParameters;
	const existingParams = simpleParseQueryParams(parsedUrl.search);
	const newParamStrings = [];
	for (const key of Object.keys(queryParams)) {
		const param = queryParams[key];
		if (param === void 0 || param === null) continue;
		const hasMetadata = isQueryParameterWithOptions(param);
		const rawValue = hasMetadata ? param.value : param;
		const explode = hasMetadata ? param.explode ?? false : false;
		const style = hasMetadata && param.style ? param.style : "form";
		if (explode) {
			if (Array.isArray(rawValue)) for (const item of rawValue) newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, item));
			else if (rawValue !== null && typeof rawValue === "object") for (const [actualKey, value] of Object.entries(rawValue)) newParamStrings.push(getQueryParamValue(actualKey, options.skipUrlEncoding ?? false, style, value));
			else throw new Error("explode can only be set to true for objects and arrays");
		} else newParamStrings.push(getQueryParamValue(key, options.skipUrlEncoding ?? false, style, rawValue));
	}
	for (const paramString of newParamStrings) {
		const eqIndex = paramString.indexOf("=");
		const name = paramString.substring(0, eqIndex);
		const value = paramString.substring(eqIndex + 1);
		const existingValue = existingParams.get(name);
		if (existingValue !== void 0) {
			if (Array.isArray(existingValue)) {
				if (!existingValue.includes(value)) existingValue.push(value);
			} else if (existingValue !== value) existingParams.set(name, [existingValue, value]);
		} else existingParams.set(name, value);
	}
	const searchPieces = [];
	for (const [name, value] of existingParams) if (Array.isArray(value)) for (const subValue of value) searchPieces.push(`${name}=${subValue}`);
	else searchPieces.push(`${name}=${value}`);
	parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "";
	return parsedUrl.toString();
}
function buildBaseUrl(endpoint, options) {
	if (!options.pathParameters) return endpoint;
	const pathParams = options.pathParameters;
	for (const [key, param] of Object.entries(pathParams)) {
		if (param === void 0 || param === null) throw new Error(`Path parameters ${key} must not be undefined or null`);
		if (!param.toString || typeof param.toString !== "function") throw new Error(`Path parameters must be able to be represented as string, ${key} can't`);
		let value = param.toISOString !== void 0 ? param.toISOString() : String(param);
		if (!options.skipUrlEncoding) value = encodeURIComponent(param);
		endpoint = replaceAll(endpoint, `{${key}}`, value) ?? "";
	}
	return endpoint;
}
function buildRoutePath(routePath, pathParameters, options = {}) {
	for (const pathParam of pathParameters) {
		const allowReserved = typeof pathParam === "object" && (pathParam.allowReserved ?? false);
		let value = typeof pathParam === "object" ? pathParam.value : pathParam;
		if (!options.skipUrlEncoding && !allowReserved) value = encodeURIComponent(value);
		routePath = routePath.replace(/\{[\w-]+\}/, String(value));
	}
	return routePath;
}
/**
* Replace all of the instances of searchValue in value with the provided replaceValue.
* @param value - The value to search and replace in.
* @param searchValue - The value to search for in the value argument.
* @param replaceValue - The value to replace searchValue with in the value argument.
* @returns The value where each instance of searchValue was replaced with replacedValue.
*/
function replaceAll(value, searchValue, replaceValue) {
	return !value || !searchValue ? value : value.split(searchValue).join(replaceValue || "");
}
// node_modules/@typespec/ts-http-runtime/dist/esm/client/getClient.js
/**
* Creates a client with a default pipeline
* @param endpoint - Base endpoint for the client
* @param clientOptions - Client options
*/
function getClient$1(endpoint, clientOptions = {}) {
	const pipeline = clientOptions.pipeline ?? createDefaultPipeline$1(clientOptions);
	if (clientOptions.additionalPolicies?.length) for (const { policy, position } of clientOptions.additionalPolicies) {
		const afterPhase = position === "perRetry" ? "Sign" : void 0;
		pipeline.addPolicy(policy, { afterPhase });
	}
	const noDefaultAcceptHeader = clientOptions.internal?.noDefaultAcceptHeader ?? false;
	const { allowInsecureConnection, httpClient } = clientOptions;
	const endpointUrl = clientOptions.endpoint ?? endpoint;
	const client = (path, ...args) => {
		const getUrl = (requestOptions) => buildRequestUrl(endpointUrl, path, args, {
			allowInsecureConnection,
			...requestOptions
		});
		return {
			get: (requestOptions = {}) => {
				return buildOperation("GET", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			},
			post: (requestOptions = {}) => {
				return buildOperation("POST", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			},
			put: (requestOptions = {}) => {
				return buildOperation("PUT", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			},
			patch: (requestOptions = {}) => {
				return buildOperation("PATCH", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			},
			delete: (requestOptions = {}) => {
				return buildOperation("DELETE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			},
			head: (requestOptions = {}) => {
				return buildOperation("HEAD", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			},
			options: (requestOptions = {}) => {
				return buildOperation("OPTIONS", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			},
			trace: (requestOptions = {}) => {
				return buildOperation("TRACE", getUrl(requestOptions), pipeline, requestOptions, allowInsecureConnection, httpClient, noDefaultAcceptHeader);
			}
		};
	};
	return {
		path: client,
		pathUnchecked: client,
		pipeline
	};
}
function buildOperation(method, url, pipeline, options, allowInsecureConnection, httpClient, noDefaultAcceptHeader = false) {
	allowInsecureConnection = options.allowInsecureConnection ?? allowInsecureConnection;
	return {
		then: function(onFulfilled, onrejected) {
			return sendRequest(method, url, pipeline, {
				...options,
				allowInsecureConnection,
				noDefaultAcceptHeader
			}, httpClient).then(onFulfilled, onrejected);
		},
		async asBrowserStream() {
			throw new Error("`asBrowserStream` is supported only in the browser environment. Use `asNodeStream` instead to obtain the response body stream. If you require a Web stream of the response in Node, consider using `Readable.toWeb` on the result of `asNodeStream`.");
		},
		async asNodeStream() {
			return sendRequest(method, url, pipeline, {
				...options,
				allowInsecureConnection,
				noDefaultAcceptHeader,
				responseAsStream: true
			}, httpClient);
		}
	};
}
// node_modules/@azure/core-auth/dist/esm/keyCredential.js
/**
* Tests an object to determine whether it implements KeyCredential.
*
* @param credential - The assumed KeyCredential to be tested.
*/
function isKeyCredential$1(credential) {
	return isObjectWithProperties(credential, ["key"]) && typeof credential.key === "string";
}
// node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
const apiVersionPolicyName = "ApiVersionPolicy";
/**
* Creates a policy that sets the apiVersion as a query parameter on every request
* @param options - Client options
* @returns Pipeline policy that sets the apiVersion as a query parameter on every request
*/
function apiVersionPolicy(options) {
	return {
		name: apiVersionPolicyName,
		sendRequest: (req, next) => {
			const url = new URL(req.url);
			if (!url.searchParams.get("api-version") && options.apiVersion) req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`;
			return next(req);
		}
	};
}
// node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
/**
* The programmatic identifier of the bearerTokenAuthenticationPolicy.
*/
const keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
	return {
		name: keyCredentialAuthenticationPolicyName,
		sendRequest(request, next) {
			request.headers.set(apiKeyHeaderName, credential.key);
			return next(request);
		}
	};
}
// node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
/**
* Adds a credential policy to the pipeline if a credential is provided. If none is provided, no policy is added.
*/
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
	const { credential, clientOptions } = options;
	if (!credential) return;
	if (isTokenCredential(credential)) {
		const tokenPolicy = bearerTokenAuthenticationPolicy({
			credential,
			scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`
		});
		pipeline.addPolicy(tokenPolicy);
	} else if (isKeyCredential(credential)) {
		if (!clientOptions?.credentials?.apiKeyHeaderName) throw new Error(`Missing API Key Header Name`);
		const keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
		pipeline.addPolicy(keyPolicy);
	}
}
/**
* Creates a default rest pipeline to re-use accross Rest Level Clients
*/
function createDefaultPipeline(endpoint, credential, options = {}) {
	const pipeline = createPipelineFromOptions$1(options);
	pipeline.addPolicy(apiVersionPolicy(options));
	addCredentialPipelinePolicy(pipeline, endpoint, {
		credential,
		clientOptions: options
	});
	return pipeline;
}
function isKeyCredential(credential) {
	return typeof credential === "object" && credential !== null && "key" in credential && typeof credential.key === "string";
}
// node_modules/@azure-rest/core-client/dist/esm/getClient.js
/**
* Function to wrap RequestParameters so that we get the legacy onResponse behavior in core-client-rest
*/
function wrapRequestParameters(parameters) {
	if (parameters.onResponse) return {
		...parameters,
		onResponse(rawResponse, error) {
			parameters.onResponse?.(rawResponse, error, error);
		}
	};
	return parameters;
}
function getClient(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
	let credentials;
	if (credentialsOrPipelineOptions) {
		if (isCredential(credentialsOrPipelineOptions)) credentials = credentialsOrPipelineOptions;
		else clientOptions = credentialsOrPipelineOptions ?? {};
	}
	const pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions);
	const tspClient = getClient$1(endpoint, {
		...clientOptions,
		pipeline
	});
	const client = (path, ...args) => {
		return {
			get: (requestOptions = {}) => {
				return tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions));
			},
			post: (requestOptions = {}) => {
				return tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions));
			},
			put: (requestOptions = {}) => {
				return tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions));
			},
			patch: (requestOptions = {}) => {
				return tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions));
			},
			delete: (requestOptions = {}) => {
				return tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions));
			},
			head: (requestOptions = {}) => {
				return tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions));
			},
			options: (requestOptions = {}) => {
				return tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions));
			},
			trace: (requestOptions = {}) => {
				return tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions));
			}
		};
	};
	return {
		path: client,
		pathUnchecked: client,
		pipeline: tspClient.pipeline
	};
}
function isCredential(param) {
	return isKeyCredential$1(param) || isTokenCredential(param);
}
// src/collectors/azure/failure.ts
/**
* A failure the scan itself decided on inside the SDK pipeline (a timeout, a `Retry-After` too long,
* the deadline, a paging loop): not a RestError, so the SDK's retry policy throws it at once.
*/
var ArmFailureError = class extends Error {
	failure;
	constructor(failure) {
		super(failure.message);
		this.name = "ArmFailureError";
		this.failure = failure;
	}
};
function deadlinePassed(deadline) {
	return new ArmFailureError({
		code: "timeout",
		message: deadlineMessage(deadline)
	});
}
/** Classifies anything an SDK call threw: the scan's own failures, HTTP status, then the rest. */
function armFailure(error) {
	if (error instanceof ArmFailureError) return error.failure;
	if (isRestError$1(error) && error.statusCode !== void 0) return statusFailure(error.statusCode, error.details ?? error.response?.bodyAsText, error.message);
	return {
		code: "error",
		message: redactSecrets(error instanceof Error ? error.message : String(error))
	};
}
/** Classifies a non-2xx answer read as a response (raw REST clients do not throw). */
function statusFailure(status, body, fallback = `HTTP ${status}`) {
	const message = `${redactSecrets(armErrorMessage(body) ?? fallback)} (HTTP ${status})`;
	if (status === 401) return {
		code: "unauthorized",
		message
	};
	if (status === 403) return {
		code: "forbidden",
		message
	};
	if (status === 404) return {
		code: "not-found",
		message
	};
	if (status === 429) return {
		code: "throttled",
		message
	};
	if (status === 503) return {
		code: "unavailable",
		message
	};
	return {
		code: "error",
		message
	};
}
/** `code: message` from the ARM error envelope `{ error: { code, message } }`, as object or text. */
function armErrorMessage(body) {
	let value = body;
	if (typeof value === "string") try {
		value = JSON.parse(value);
	} catch {
		return body ? String(body) : void 0;
	}
	const error = value?.error ?? value;
	if (!error || typeof error !== "object") return void 0;
	const code = typeof error.code === "string" ? error.code : void 0;
	const message = typeof error.message === "string" ? error.message : void 0;
	return code && message ? `${code}: ${message}` : message ?? code;
}
// src/collectors/azure/connection.ts
function newRequestStats() {
	return {
		requests: 0,
		byOperation: {},
		throttled: 0,
		retries: 0,
		timeouts: 0
	};
}
const DEFAULT_RETRY = {
	maxRetries: 3,
	retryDelayInMs: 1e3,
	maxRetryDelayInMs: 3e4
};
/**
* Options for every Azure SDK client, both generations: modular clients read `credentials.scopes`,
* the older ServiceClient ones `credentialScopes`. `endpoint` is always set, so no request can go
* to the public cloud's host while the scan targets another.
*/
function clientOptions(conn) {
	return {
		endpoint: conn.endpoint,
		credentials: { scopes: [conn.scope] },
		credentialScopes: [conn.scope],
		agent: agentOf(conn),
		retryOptions: conn.retry ?? DEFAULT_RETRY,
		userAgentOptions: { userAgentPrefix: `${TOOL.name}/${TOOL.version}` },
		additionalPolicies: [...conn.deadline ? [{
			policy: deadlinePolicy(conn.deadline),
			position: "perCall"
		}] : [], {
			policy: accountingPolicy(conn),
			position: "perRetry"
		}]
	};
}
const agents = /* @__PURE__ */ new WeakMap();
/**
* One keep-alive agent for every client of a connection. Left to the SDK, each client (one per
* subscription for some services) gets its own agent, hence its own sockets: thousands of TLS
* handshakes in a large scan instead of about one per concurrency slot. The limiter bounds the
* sockets in use; the CA of a local fake, when given, goes here (`tlsOptions` would be ignored
* once an agent is set).
*/
function agentOf(conn) {
	let agent = agents.get(conn);
	if (!agent) agents.set(conn, agent = new Agent({
		keepAlive: true,
		...conn.tlsCa ? { ca: conn.tlsCa } : {}
	}));
	return agent;
}
/**
* Runs once per attempt (inside the SDK's retry loop): takes a concurrency slot, enforces the
* timeout, and counts. Two things the SDK would do are refused here, by throwing what its retry
* policy does not retry: a timeout (a request that hung once costs one timeout, not four), and a
* 429 or 503 whose `Retry-After` exceeds the timeout (the SDK would wait any amount, a day included).
*/
function accountingPolicy(conn) {
	const seen = /* @__PURE__ */ new WeakSet();
	return {
		name: "aksAuditAccounting",
		async sendRequest(request, next) {
			const { stats } = conn;
			if (seen.has(request)) stats.retries += 1;
			seen.add(request);
			stats.requests += 1;
			const operation = operationName(request.method, request.url);
			stats.byOperation[operation] = (stats.byOperation[operation] ?? 0) + 1;
			request.timeout = conn.timeoutMs;
			let response;
			try {
				response = await conn.concurrency.run(() => next(request), subscriptionOf(request.url));
			} catch (error) {
				if (error instanceof Error && error.name === "AbortError" && !request.abortSignal?.aborted) {
					stats.timeouts += 1;
					throw new ArmFailureError({
						code: "timeout",
						message: `${operation}: no answer within ${conn.timeoutMs / 1e3} s`
					});
				}
				throw error;
			}
			if (response.status === 429) stats.throttled += 1;
			if (response.status === 429 || response.status === 503) {
				const wait = retryAfterMs(response);
				if (wait !== void 0 && wait > conn.timeoutMs) {
					const code = response.status === 429 ? "throttled" : "unavailable";
					throw new ArmFailureError({
						code,
						message: `${code}: ${operation} (HTTP ${response.status}) asked to retry after ${Math.round(wait / 1e3)} s, longer than the scan waits (${conn.timeoutMs / 1e3} s)`
					});
				}
			}
			return response;
		}
	};
}
/**
* Once per call, around the SDK's retries: the scan's deadline aborts the call wherever it is
* (waiting for a slot, on the wire, between retries), and whatever that throws becomes one failure.
*/
function deadlinePolicy(deadline) {
	return {
		name: "aksAuditDeadline",
		async sendRequest(request, next) {
			if (deadline.signal.aborted) throw deadlinePassed(deadline);
			request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, deadline.signal]) : deadline.signal;
			try {
				return await next(request);
			} catch (error) {
				throw deadline.signal.aborted ? deadlinePassed(deadline) : error;
			}
		}
	};
}
/** The wait a 429/503 asks for, from the headers the SDK's throttling strategy reads. */
function retryAfterMs(response) {
	const ms = response.headers.get("retry-after-ms") ?? response.headers.get("x-ms-retry-after-ms");
	if (ms !== void 0 && Number.isFinite(Number(ms))) return Number(ms);
	const after = response.headers.get("retry-after");
	if (after === void 0) return void 0;
	if (Number.isFinite(Number(after))) return Number(after) * 1e3;
	const date = Date.parse(after);
	return Number.isNaN(date) ? void 0 : Math.max(0, date - Date.now());
}
/** The subscription an ARM URL reads (lower case), or '' for tenant-level calls such as Resource Graph. */
function subscriptionOf(url) {
	return /\/subscriptions\/([^/?#]+)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? "";
}
/**
* `GET Microsoft.ContainerService/managedClusters` from any ARM URL: subscription, resource group
* and resource names dropped, so the count groups requests by what they ask for.
*/
function operationName(method, url) {
	const segments = new URL(url).pathname.split("/").filter(Boolean);
	const providers = segments.lastIndexOf("providers");
	if (providers === -1) return `${method} /${segments.map((s, i) => i % 2 === 1 ? "{}" : s).join("/")}`;
	const [namespace, ...rest] = segments.slice(providers + 1);
	return `${method} ${[namespace, ...rest.filter((_, i) => i % 2 === 0)].join("/")}`;
}
// src/collectors/azure/arm-rest.ts
const clients = /* @__PURE__ */ new WeakMap();
function clientOf(conn) {
	let client = clients.get(conn);
	if (!client) clients.set(conn, client = getClient(conn.endpoint, conn.credential, clientOptions(conn)));
	return client;
}
/** One request; `path` is relative to the endpoint, or a `nextLink` on the same origin; `query` adds parameters such as `$filter`. */
async function armRequest(conn, method, path, apiVersion, body, query = {}) {
	if (/^https?:/i.test(path) && new URL(path).origin !== conn.endpoint) return {
		ok: false,
		failure: {
			code: "error",
			message: `refused to follow a link off ${conn.endpoint}: ${new URL(path).origin}`
		}
	};
	try {
		const resource = clientOf(conn).pathUnchecked(path);
		const queryParameters = {
			...query,
			...apiVersion ? { "api-version": apiVersion } : {}
		};
		const options = {
			...Object.keys(queryParameters).length ? { queryParameters } : {},
			...body === void 0 ? {} : { body }
		};
		const response = method === "GET" ? await resource.get(options) : await resource.post(options);
		const status = Number(response.status);
		if (status >= 200 && status < 300) return {
			ok: true,
			body: response.body,
			headers: response.headers
		};
		return {
			ok: false,
			failure: statusFailure(status, response.body)
		};
	} catch (error) {
		return {
			ok: false,
			failure: armFailure(error)
		};
	}
}
/**
* Every item of a list operation, following `nextLink` (which already carries the api-version and `query`),
* until a link repeats or the page cap: then the items so far, and why the rest was not read.
*/
async function armList(conn, path, apiVersion, query = {}) {
	const items = [];
	const chain = new PageChain(conn.maxPages);
	let next = path;
	let version = apiVersion;
	let parameters = query;
	while (next) {
		const answer = await armRequest(conn, "GET", next, version, void 0, parameters);
		if (!answer.ok) return {
			items,
			failure: answer.failure
		};
		const page = answer.body;
		if (!Array.isArray(page?.value)) return {
			items,
			failure: {
				code: "error",
				message: `${path}: expected a list response ({ "value": [...] })`
			}
		};
		items.push(...page.value);
		next = typeof page.nextLink === "string" && page.nextLink ? page.nextLink : void 0;
		const stop = next && chain.stop(next);
		if (stop) return {
			items,
			failure: {
				code: stop.code,
				message: `${path}: ${stop.message}`
			}
		};
		version = void 0;
		parameters = {};
	}
	return { items };
}
// src/collectors/azure/limiter.ts
/**
* Bounded concurrency shared by every Azure request of a scan: at most `max` tasks run at once.
* Waiting tasks are grouped by key (the subscription a request reads) and a freed slot goes to the
* groups in turn, in order within each: ARM's read limits are per subscription, so a scan that
* queued one subscription's thousand reads ahead of the others spreads them instead of spending
* that subscription's budget alone. Tracks the peak so the benchmark and tests can check the bound held.
*/
var Limiter = class {
	max;
	active = 0;
	highest = 0;
	/** Waiters per key; the Map's order is the rotation (a served key moves to the back). */
	waiting = /* @__PURE__ */ new Map();
	constructor(max) {
		if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, got ${max}`);
		this.max = max;
	}
	get peak() {
		return this.highest;
	}
	get running() {
		return this.active;
	}
	async run(task, key = "") {
		if (this.active >= this.max) await new Promise((resolve) => this.enqueue(key, resolve));
		else this.active += 1;
		this.highest = Math.max(this.highest, this.active);
		try {
			return await task();
		} finally {
			const next = this.dequeue();
			if (next) next();
			else this.active -= 1;
		}
	}
	enqueue(key, resolve) {
		const queue = this.waiting.get(key);
		if (queue) queue.push(resolve);
		else this.waiting.set(key, [resolve]);
	}
	/** The first waiter of the key whose turn it is. */
	dequeue() {
		for (const [key, queue] of this.waiting) {
			const next = queue.shift();
			this.waiting.delete(key);
			if (queue.length) this.waiting.set(key, queue);
			return next;
		}
	}
};
export { newRequestStats as a, deadlinePassed as c, clientOptions as i, getClient as l, armList as n, ArmFailureError as o, armRequest as r, armFailure as s, Limiter as t };
