// src/lib/json.ts
/** A JSON object: not null, not an array. */
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
export { isObject as t };
