// src/collectors/terraform/model.ts
/**
* What the Terraform readers hand the azurerm adapter: resource instances with their
* attribute values as they will be after apply, whatever they were read from (a plan's JSON,
* or a folder of `.tf` files evaluated here). Values that cannot be known now are `Unknown`,
* with the reason: never a default, never a guess.
*/
/** A value that cannot be known before apply, or is not to be read: a plan's "known after apply", a sensitive value, an expression the evaluator does not implement. */
var Unknown = class {
	reason;
	constructor(reason) {
		this.reason = reason;
	}
};
const AFTER_APPLY = "known only after apply";
/** Sensitive values are replaced at reading time: a secret never enters the state. */
const SENSITIVE = "sensitive, so not read";
/** A subscription id as a provider block may state it: a GUID, lower-cased; anything else is not taken for one. */
function subscriptionIdOf(value) {
	return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim()) ? value.trim().toLowerCase() : void 0;
}
export { subscriptionIdOf as i, SENSITIVE as n, Unknown as r, AFTER_APPLY as t };
