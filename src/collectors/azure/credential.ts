import type { TokenCredential } from '@azure/core-auth';
import { UsageError } from '../../engine/errors.ts';
import { createGitHubOidcCredential, githubOidcFromActions, githubOidcSettings, type GitHubOidcSettings } from './github-oidc-credential.ts';

/** The national clouds by the names `az cloud list` uses. */
export const CLOUDS = {
  AzureCloud: { arm: 'https://management.azure.com', authority: 'https://login.microsoftonline.com' },
  AzureChinaCloud: { arm: 'https://management.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' },
  AzureUSGovernment: { arm: 'https://management.usgovcloudapi.net', authority: 'https://login.microsoftonline.us' },
} as const;

export type CloudName = keyof typeof CLOUDS;

export const CREDENTIAL_KINDS = ['default', 'github-oidc', 'cli', 'env', 'workload-identity', 'managed-identity'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** Where ARM is and who issues its tokens. */
export interface ArmTarget {
  /** ARM base URL, no trailing slash. */
  endpoint: string;
  /** `<ARM audience>/.default`. */
  scope: string;
  /** Entra ID authority host the credential signs in at. */
  authorityHost: string;
}

/**
 * `--cloud` names a national cloud; `--arm-endpoint` points at any other ARM (Azure Stack Hub, a
 * private cloud, a test server). With both, the cloud gives the token audience and the authority;
 * with the endpoint alone, the audience is the endpoint itself and the authority the public cloud's.
 */
export function resolveArmTarget(cloud: CloudName | undefined, armEndpoint: string | undefined): ArmTarget {
  const known = CLOUDS[cloud ?? 'AzureCloud'];
  const endpoint = armEndpoint === undefined ? known.arm : httpsOrigin(armEndpoint);
  const audience = cloud !== undefined || armEndpoint === undefined ? known.arm : endpoint;
  return { endpoint, scope: `${audience}/.default`, authorityHost: known.authority };
}

export function isCloudName(value: string): value is CloudName {
  return Object.hasOwn(CLOUDS, value);
}

export function isCredentialKind(value: string): value is CredentialKind {
  return (CREDENTIAL_KINDS as readonly string[]).includes(value);
}

/** Bearer tokens only travel over TLS: the SDK refuses http, and so does the scan, up front. */
function httpsOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--arm-endpoint: "${text}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new UsageError(`--arm-endpoint: "${text}" must be an https:// URL`);
  if (url.pathname !== '/' || url.search || url.hash) throw new UsageError(`--arm-endpoint: "${text}" must be a bare origin such as https://management.azure.com`);
  return url.origin;
}

/**
 * The credential the CLI signs in with. Built only on the CLI path (tests inject one, or sign in
 * with GitHub OIDC at local stand-ins, `tlsCa` trusting them): the identity library is loaded on
 * demand, and DefaultAzureCredential probes the managed-identity endpoint when nothing else answers.
 * `default` inside GitHub Actions set up for OIDC is the GitHub OIDC sign-in (githubOidcFromActions).
 */
export async function createCredential(kind: CredentialKind, target: ArmTarget, env: NodeJS.ProcessEnv = process.env, tlsCa?: string): Promise<TokenCredential> {
  if (kind === 'github-oidc') return githubOidc(requireGithubOidc(env), target, tlsCa);
  const fromActions = kind === 'default' ? githubOidcFromActions(env) : undefined;
  if (fromActions) return githubOidc(fromActions, target, tlsCa);
  const identity = await import('@azure/identity');
  const authorityHost = target.authorityHost;
  const managedIdentityClientId = env.AZURE_CLIENT_ID;
  switch (kind) {
    case 'cli':
      // az signs in to the cloud `az cloud set` chose; it takes no authority.
      return new identity.AzureCliCredential();
    case 'env':
      return new identity.EnvironmentCredential({ authorityHost });
    case 'workload-identity':
      return new identity.WorkloadIdentityCredential({ authorityHost });
    case 'managed-identity':
      return managedIdentityClientId ? new identity.ManagedIdentityCredential({ clientId: managedIdentityClientId }) : new identity.ManagedIdentityCredential();
    case 'default':
      return new identity.DefaultAzureCredential({ authorityHost, ...(managedIdentityClientId ? { managedIdentityClientId } : {}) });
  }
}

/** `--credential github-oidc` names what the environment lacks up front, before any scan starts. */
export function requireGithubOidc(env: NodeJS.ProcessEnv): GitHubOidcSettings {
  const settings = githubOidcSettings(env);
  if (!('missing' in settings)) return settings;
  const token = settings.missing.some((name) => name.startsWith('ACTIONS_')) ? ' (GitHub sets ACTIONS_ID_TOKEN_REQUEST_* for a job with `permissions: id-token: write`)' : '';
  throw new UsageError(`--credential github-oidc: ${settings.missing.join(', ')} not set${token}`);
}

function githubOidc(settings: GitHubOidcSettings, target: ArmTarget, tlsCa: string | undefined): Promise<TokenCredential> {
  return createGitHubOidcCredential(settings, { authorityHost: target.authorityHost, ...(tlsCa ? { tlsCa } : {}) });
}
