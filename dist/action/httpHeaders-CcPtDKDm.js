import { j as createHttpHeaders$1 } from "./bearerTokenAuthenticationPolicy-BmqUZk9c.js";
// node_modules/@azure/core-rest-pipeline/dist/esm/httpHeaders.js
/**
* Creates an object that satisfies the `HttpHeaders` interface.
* @param rawHeaders - A simple object representing initial headers
*/
function createHttpHeaders(rawHeaders) {
	return createHttpHeaders$1(rawHeaders);
}
export { createHttpHeaders as t };
