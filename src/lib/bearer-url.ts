const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Whether a bearer token may be sent to `url`: over TLS, or in the clear only to this machine
 * (a local proxy, or the stand-ins the tests run on the loopback address).
 */
export function mayCarryToken(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}
