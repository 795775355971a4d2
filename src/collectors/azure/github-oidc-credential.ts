import { Agent } from 'node:https';
import type { TokenCredential } from '@azure/core-auth';
import { mayCarryToken } from '../../lib/bearer-url.ts';
import { TOOL } from '../../lib/version.ts';

/** The audience Entra ID expects of a federated identity credential's token, unless configured otherwise. */
export const ENTRA_TOKEN_EXCHANGE = 'api://AzureADTokenExchange';

/** What a GitHub Actions job with `permissions: id-token: write` and an Entra app's ids in its environment gives. */
export interface GitHubOidcSettings {
  tenantId: string;
  clientId: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` and `ACTIONS_ID_TOKEN_REQUEST_TOKEN`: where and with what the job asks GitHub for an ID token. */
  requestUrl: string;
  requestToken: string;
}

const SETTINGS = {
  AZURE_TENANT_ID: 'tenantId',
  AZURE_CLIENT_ID: 'clientId',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'requestUrl',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'requestToken',
} as const satisfies Record<string, keyof GitHubOidcSettings>;

/** The settings, or the names of the variables the environment lacks. */
export function githubOidcSettings(env: NodeJS.ProcessEnv): GitHubOidcSettings | { missing: string[] } {
  const missing = Object.keys(SETTINGS).filter((name) => !env[name]);
  if (missing.length) return { missing };
  return Object.fromEntries(Object.entries(SETTINGS).map(([name, key]) => [key, env[name]!])) as unknown as GitHubOidcSettings;
}

/**
 * The GitHub OIDC sign-in when a scan runs in GitHub Actions with everything it needs and no other
 * sign-in named: a client secret, a certificate or a federated token file in the environment is
 * the user's choice of sign-in and wins. `--credential default` uses this before the SDK's chain,
 * whose Azure CLI login (azure/login) cannot refresh and fails an hour into a long scan.
 */
export function githubOidcFromActions(env: NodeJS.ProcessEnv): GitHubOidcSettings | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  if (env.AZURE_CLIENT_SECRET || env.AZURE_CLIENT_CERTIFICATE_PATH || env.AZURE_FEDERATED_TOKEN_FILE) return undefined;
  const settings = githubOidcSettings(env);
  return 'missing' in settings ? undefined : settings;
}

export interface GitHubOidcOptions {
  /** Entra ID authority host, e.g. https://login.microsoftonline.com. */
  authorityHost: string;
  audience?: string;
  /** For GitHub's token endpoint (tests: a stand-in). */
  fetch?: typeof fetch;
  /** Extra CA (PEM) to trust for the authority: the self-signed certificate of a local stand-in. */
  tlsCa?: string;
  /** Milliseconds since the epoch (tests move it past an ID token's expiry). */
  now?: () => number;
}

/** An ID token is used again while it has at least this long to live; past that, a fresh one is asked for. */
const REUSE_MARGIN_MS = 60_000;
const ID_TOKEN_TIMEOUT_MS = 30_000;

/**
 * An Azure credential that signs in as the Entra application trusting this GitHub workflow, with a
 * GitHub OIDC ID token as the client assertion. GitHub's tokens live a few minutes and Azure's
 * about an hour, so each time Entra must be asked for a new Azure token the assertion is an ID
 * token with time left, fetched again when the last one is near its end: a scan of any length
 * keeps signing in, where the Azure CLI's login (one ID token, kept) fails with AADSTS700024.
 */
export async function createGitHubOidcCredential(settings: GitHubOidcSettings, options: GitHubOidcOptions): Promise<TokenCredential> {
  const { ClientAssertionCredential } = await import('@azure/identity');
  const idTokens = new IdTokenSource(settings, options);
  return new ClientAssertionCredential(settings.tenantId, settings.clientId, () => idTokens.get(), {
    authorityHost: options.authorityHost,
    // The authority is one of the clouds' own hosts (or --arm-endpoint's test stand-in): nothing to discover, and no request to another host.
    disableInstanceDiscovery: true,
    userAgentOptions: { userAgentPrefix: `${TOOL.name}/${TOOL.version}` },
    ...(options.tlsCa ? { agent: new Agent({ ca: options.tlsCa }) } : {}),
  });
}

/** GitHub ID tokens for one audience: the last one while it has time left, one request at a time. */
class IdTokenSource {
  private last: { token: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;
  private readonly settings: GitHubOidcSettings;
  private readonly options: GitHubOidcOptions;

  constructor(settings: GitHubOidcSettings, options: GitHubOidcOptions) {
    this.settings = settings;
    this.options = options;
  }

  get(): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.last && this.last.expiresAt - now > REUSE_MARGIN_MS) return Promise.resolve(this.last.token);
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async fetchToken(): Promise<string> {
    const refused = (why: string) => new Error(`GitHub gave no OIDC ID token for Azure: ${why}`);
    const url = URL.parse(this.settings.requestUrl);
    if (!url) throw refused('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL');
    if (!mayCarryToken(url)) throw refused(`ACTIONS_ID_TOKEN_REQUEST_URL is not https (${url.origin})`);
    url.searchParams.set('audience', this.options.audience ?? ENTRA_TOKEN_EXCHANGE);
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        headers: { authorization: `Bearer ${this.settings.requestToken}`, accept: 'application/json', 'user-agent': `${TOOL.name}/${TOOL.version}` },
        redirect: 'error',
        signal: AbortSignal.timeout(ID_TOKEN_TIMEOUT_MS),
      });
    } catch (error) {
      throw refused(failedFetch(error));
    }
    if (!response.ok) throw refused(`HTTP ${response.status} (the job needs \`permissions: id-token: write\`, and the request URL and token of this run)`);
    const value = ((await response.json().catch(() => ({}))) as { value?: unknown }).value;
    if (typeof value !== 'string' || !value) throw refused('the answer holds no token');
    this.last = { token: value, expiresAt: expiryOf(value) };
    return value;
  }
}

function failedFetch(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return `no answer within ${ID_TOKEN_TIMEOUT_MS / 1000} s`;
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** A JWT's `exp` in milliseconds; 0 (use once) when it has none readable. */
function expiryOf(jwt: string): number {
  try {
    const { exp } = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : 0;
  } catch {
    return 0;
  }
}
