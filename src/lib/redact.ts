/**
 * Text a server sent, with whatever has the shape of a credential replaced by `[redacted]`.
 * Servers and proxies echo request headers, connection strings and signed URLs in their error
 * messages, and those messages reach the coverage section of every report, the snapshot and
 * the terminal. Matching is by shape, so it also covers credentials the scan never held.
 */
export function redactSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const REDACTED = '[redacted]';

/**
 * Names whose value is a credential in `name=value` pairs (connection strings, query strings) and
 * in JSON: `AccountKey`, `SharedAccessKey`, `Password`, `client_secret`, `access_token`, a SAS `sig`.
 */
const SECRET_NAME = '[A-Za-z_.-]*(?:password|passwd|pwd|secret|key|token|signature|credential)|sig';

const PATTERNS: [RegExp, string][] = [
  // A PEM private key, whole.
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g, REDACTED],
  // A header as a client or proxy prints it: everything after the name, to the end of the line or field.
  [/\b(Authorization|Proxy-Authorization|Ocp-Apim-Subscription-Key|x-ms-authorization-auxiliary|Cookie|Set-Cookie)(["']?\s*[:=]\s*["']?)[^\r\n"']+/gi, `$1$2${REDACTED}`],
  // An authorization scheme and its credential, wherever it appears ("Bearer token expired" is prose, not a token).
  [/\b(Bearer|Basic|Negotiate|PoP|SharedKey|SharedKeyLite)\s+[\w.~+/:=%-]{16,}/gi, `$1 ${REDACTED}`],
  [/\bSharedAccessSignature\s+[^\s"',;]+/gi, `SharedAccessSignature ${REDACTED}`],
  // name=value in connection strings and query strings: AccountKey=…;  …&sig=…
  [new RegExp(`\\b(${SECRET_NAME})=[^;&\\s"'<>]+`, 'gi'), `$1=${REDACTED}`],
  // "name": "value" in an echoed JSON body.
  [new RegExp(`("(?:${SECRET_NAME})"\\s*:\\s*")[^"]*"`, 'gi'), `$1${REDACTED}"`],
  // A JSON Web Token (an Entra access token among them): three base64url parts, the first a JSON header.
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
];
