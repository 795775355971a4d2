import type { TokenCredential } from '@azure/core-auth';
import { KubeConfig, type Cluster, type User } from '@kubernetes/client-node';
import type { AksCluster } from '../../state/aks.ts';
import type { KubernetesCluster, Unread } from '../../state/kubernetes.ts';
import type { Source } from '../../state/snapshot.ts';
import type { State } from '../../state/state.ts';
import type { LiveTarget } from '../kubernetes/kubeconfig.ts';
import type { ListSettings } from '../kubernetes/live-options.ts';
import { readCluster, unreadCluster, type LiveIdentity } from '../kubernetes/live.ts';
import { armRequest } from './arm-rest.ts';
import type { ArmConnection } from './connection.ts';
import { Limiter } from './limiter.ts';

/**
 * The in-cluster read of each AKS cluster a live Azure scan found, with the scan's own Azure
 * identity: the cluster user kubeconfig from ARM (`listClusterUserCredential`), and on Entra ID
 * clusters an Entra token for the AKS server application in place of the kubeconfig's
 * kubelogin exec plugin. Nothing in the kubeconfig is ever executed or read from disk.
 */

/** The AKS server application ("Azure Kubernetes Service AAD Server"): the audience of tokens AKS-managed Entra ID clusters accept. */
export const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';
const AKS_API_VERSION = '2026-08-01';
/** Clusters read at once (each lists several kinds in parallel): enough to hide latency, few enough for the scanner's sockets. */
const CLUSTERS_AT_ONCE = 8;

export interface AksInClusterResult {
  clusters: KubernetesCluster[];
  sources: Source[];
}

/**
 * Reads the AKS clusters of `state` that no Kubernetes source of the scan covers yet (a
 * `--kubeconfig` context matched by API server FQDN, read first, is not read a second time).
 */
export async function collectAksInCluster(conn: ArmConnection, state: Pick<State, 'clusters' | 'kubernetes'>, options: ListSettings): Promise<AksInClusterResult> {
  const covered = new Set(state.kubernetes.flatMap((k) => (k.aksClusterId ? [k.aksClusterId.toLowerCase()] : [])));
  const limiter = new Limiter(CLUSTERS_AT_ONCE);
  const toRead = state.clusters.filter((c) => !covered.has(c.id.toLowerCase()));
  const read = await Promise.all(toRead.map((cluster) => limiter.run(() => readAksCluster(conn, cluster, options))));
  return { clusters: read.map((r) => r.cluster), sources: read.map((r) => r.source) };
}

async function readAksCluster(conn: ArmConnection, aks: AksCluster, options: ListSettings): Promise<{ cluster: KubernetesCluster; source: Source }> {
  // Linked by id from the start: no FQDN matching needed for a cluster found in Azure.
  const identity: LiveIdentity = { id: `aks:${aks.id}`, name: aks.name, aksClusterId: aks.id };
  const prepared = await targetOf(conn, aks);
  if ('unread' in prepared) return unreadCluster(identity, null, aks.name, prepared.unread);
  const read = await readCluster(prepared.target, options, identity);
  if (read.source.code === 'unreachable' && aks.apiServer.privateCluster === true) {
    read.source.message = `${read.source.message ?? 'the API server could not be reached'}; ${aks.name} is a private cluster: its API server is reachable only from its virtual network and networks connected to it (peering, VPN, ExpressRoute), so run aks-audit there`;
  }
  return read;
}

async function targetOf(conn: ArmConnection, aks: AksCluster): Promise<{ target: LiveTarget } | { unread: Unread }> {
  const answer = await armRequest(conn, 'POST', `${aks.id}/listClusterUserCredential`, AKS_API_VERSION);
  if (!answer.ok) return { unread: { code: answer.failure.code, reason: `cannot get the cluster user kubeconfig (listClusterUserCredential): ${answer.failure.message}` } };
  const value = (answer.body as { kubeconfigs?: { value?: unknown }[] } | null)?.kubeconfigs?.[0]?.value;
  if (typeof value !== 'string') return { unread: { code: 'error', reason: 'listClusterUserCredential returned no kubeconfig' } };
  try {
    return { target: await authenticated(Buffer.from(value, 'base64').toString('utf8'), aks, conn.credential) };
  } catch (error) {
    return { unread: { code: 'error', reason: (error as Error).message } };
  }
}

/**
 * The kubeconfig's current context with only what a list request needs: server, CA and a static
 * credential. A user that signs in through a plugin (kubelogin exec, the old `azure` auth
 * provider) gets an Entra token for the cluster's server application instead; file paths,
 * proxies and plugins are dropped, so nothing outside the kubeconfig text is run or read.
 */
async function authenticated(text: string, aks: AksCluster, credential: TokenCredential): Promise<LiveTarget> {
  const loaded = new KubeConfig();
  try {
    loaded.loadFromString(text);
  } catch (error) {
    throw new Error(`the kubeconfig from listClusterUserCredential is not readable: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const context = loaded.getContextObject(loaded.getCurrentContext()) ?? loaded.contexts[0];
  const cluster = context ? loaded.getCluster(context.cluster) : null;
  const user = context ? loaded.getUser(context.user) : null;
  if (!context || !cluster || !user) throw new Error('the kubeconfig from listClusterUserCredential names no cluster and user');

  let kept: User;
  let who: string;
  if (user.exec || user.authProvider) {
    const scope = `${serverAppId(user, aks)}/.default`;
    const token = await credential.getToken(scope).catch((error: unknown) => {
      throw new Error(`the Azure credential gave no token for ${scope}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
    });
    if (!token) throw new Error(`the Azure credential gave no token for ${scope}`);
    kept = { name: user.name, token: token.token };
    who = 'the scan identity (Entra ID token)';
  } else {
    kept = { name: user.name, ...pick(user, ['certData', 'keyData', 'token', 'username', 'password']) };
    who = user.name;
  }
  const server: Cluster = { name: cluster.name, server: cluster.server, skipTLSVerify: false, ...pick(cluster, ['caData', 'tlsServerName']) };
  const config = new KubeConfig();
  config.loadFromOptions({ clusters: [server], users: [kept], contexts: [{ name: aks.name, cluster: server.name, user: kept.name }], currentContext: aks.name });
  return { context: aks.name, config, server: server.server, user: who };
}

/**
 * AKS-managed Entra ID clusters accept the AKS server application. A cluster still on the legacy
 * integration names its own server application in the kubeconfig (kubelogin `--server-id`, or
 * the auth provider's `apiserver-id`).
 */
function serverAppId(user: User, aks: AksCluster): string {
  if (aks.aad.managed !== false) return AKS_SERVER_APP_ID;
  const args = (user.exec as { args?: unknown } | undefined)?.args;
  if (Array.isArray(args)) {
    const i = args.indexOf('--server-id');
    if (i >= 0 && typeof args[i + 1] === 'string') return args[i + 1] as string;
  }
  const configured = (user.authProvider as { config?: Record<string, unknown> } | undefined)?.config?.['apiserver-id'];
  return typeof configured === 'string' ? configured : AKS_SERVER_APP_ID;
}

function pick<T extends object, K extends keyof T>(from: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (from[key] !== undefined && from[key] !== null) out[key] = from[key];
  return out;
}
