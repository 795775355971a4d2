// src/lib/redact.ts
/**
* Text a server sent, with whatever has the shape of a credential replaced by `[redacted]`.
* Servers and proxies echo request headers, connection strings and signed URLs in their error
* messages, and those messages reach the coverage section of every report, the snapshot and
* the terminal. Matching is by shape, so it also covers credentials the scan never held.
*/
function redactSecrets(text) {
	let out = text;
	for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
	return out;
}
const REDACTED = "[redacted]";
/**
* Names whose value is a credential in `name=value` pairs (connection strings, query strings) and
* in JSON: `AccountKey`, `SharedAccessKey`, `Password`, `client_secret`, `access_token`, a SAS `sig`.
*/
const SECRET_NAME = "[A-Za-z_.-]*(?:password|passwd|pwd|secret|key|token|signature|credential)|sig";
const PATTERNS = [
	[/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, REDACTED],
	[/\b(Authorization|Proxy-Authorization|Ocp-Apim-Subscription-Key|x-ms-authorization-auxiliary|Cookie|Set-Cookie)(["']?\s*[:=]\s*["']?)[^\r\n"']+/gi, `$1$2${REDACTED}`],
	[/\b(Bearer|Basic|Negotiate|PoP|SharedKey|SharedKeyLite)\s+[\w.~+/:=%-]{16,}/gi, `$1 ${REDACTED}`],
	[/\bSharedAccessSignature\s+[^\s"',;]+/gi, `SharedAccessSignature ${REDACTED}`],
	[new RegExp(`\\b(${SECRET_NAME})=[^;&\\s"'<>]+`, "gi"), `$1=${REDACTED}`],
	[new RegExp(`("(?:${SECRET_NAME})"\\s*:\\s*")[^"]*"`, "gi"), `$1${REDACTED}"`],
	[/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED]
];
export { redactSecrets as t };
