import type { TokenCredential } from '@azure/core-auth';
import { UsageError } from '../../engine/errors.ts';

/** The national clouds by the names `az cloud list` uses. */
export const CLOUDS = {
  AzureCloud: { arm: 'https://management.azure.com', authority: 'https://login.microsoftonline.com' },
  AzureChinaCloud: { arm: 'https://management.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn' },
  AzureUSGovernment: { arm: 'https://management.usgovcloudapi.net', authority: 'https://login.microsoftonline.us' },
} as const;

export type CloudName = keyof typeof CLOUDS;

export const CREDENTIAL_KINDS = ['default', 'cli', 'env', 'workload-identity', 'managed-identity'] as const;
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
 * The credential the CLI signs in with. Built only on the CLI path (tests inject one): the
 * identity library is loaded on demand, and DefaultAzureCredential probes the managed-identity
 * endpoint when nothing else answers.
 */
export async function createCredential(kind: CredentialKind, target: ArmTarget): Promise<TokenCredential> {
  const identity = await import('@azure/identity');
  const authorityHost = target.authorityHost;
  const managedIdentityClientId = process.env.AZURE_CLIENT_ID;
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
