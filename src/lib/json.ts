// Parsed JSON (and YAML read as JSON) is `unknown` until looked at: the one test for "an object with fields".

export type JsonObject = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
