import { stringify } from 'yaml';
import { armError, type FakeArmReply, type FakeArmRoute } from './server.ts';

/**
 * `POST .../managedClusters/{name}/listClusterUserCredential` (ManagedClusters_ListClusterUserCredentials):
 * `{ kubeconfigs: [{ name, value }] }` with the kubeconfig base64-encoded, as the REST example
 * shows; or a refusal for clusters the identity may not fetch credentials of.
 */

export type CredentialAnswer = { kubeconfig: string } | { status: number; code: string; message: string };

/** Answers per cluster resource id (compared without case, as ARM does). */
export function aksCredentialRoutes(answers: Record<string, CredentialAnswer>): FakeArmRoute[] {
  const byId = new Map(Object.entries(answers).map(([id, answer]) => [id.toLowerCase(), answer]));
  return [
    {
      method: 'POST',
      path: /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerService\/managedClusters\/[^/]+)\/listClusterUserCredential$/i,
      reply(_req, match): FakeArmReply {
        const answer = byId.get((match[1] ?? '').toLowerCase());
        if (!answer) return { status: 404, body: armError('ResourceNotFound', `The Resource '${match[1]}' was not found.`) };
        if ('status' in answer) return { status: answer.status, body: armError(answer.code, answer.message) };
        return { status: 200, body: { kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(answer.kubeconfig).toString('base64') }] } };
      },
    },
  ];
}

/** The 403 ARM gives an identity without `listClusterUserCredential/action` on the cluster. */
export function credentialForbidden(clusterId: string, objectId = '5f0c9a4e-7d1b-4c3e-9a2f-1b8e6d4c2a10'): CredentialAnswer {
  return {
    status: 403,
    code: 'AuthorizationFailed',
    message: `The client '${objectId}' with object id '${objectId}' does not have authorization to perform action 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action' over scope '${clusterId}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  };
}

export interface AksKubeconfig {
  /** Cluster name, as `az aks get-credentials` names the context. */
  name: string;
  resourceGroup: string;
  server: string;
  caPem: string | null;
  /** `exec`: the kubelogin plugin AKS returns for Entra ID clusters (here: `command`). `token`: a local account. */
  user: { exec: { command: string; args: string[] } } | { token: string };
}

/** A cluster user kubeconfig in the shape AKS returns (clusterUser_<rg>_<name>, kubelogin exec for Entra ID clusters). */
export function aksKubeconfig(k: AksKubeconfig): string {
  const userName = `clusterUser_${k.resourceGroup}_${k.name}`;
  const user =
    'exec' in k.user
      ? { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: k.user.exec.command, args: k.user.exec.args, env: null, installHint: 'kubelogin is not installed', provideClusterInfo: false, interactiveMode: 'IfAvailable' } }
      : { token: k.user.token };
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: k.name, cluster: { server: k.server, ...(k.caPem ? { 'certificate-authority-data': Buffer.from(k.caPem).toString('base64') } : {}) } }],
    contexts: [{ name: k.name, context: { cluster: k.name, user: userName } }],
    'current-context': k.name,
    users: [{ name: userName, user }],
    preferences: {},
  });
}

/** kubelogin's arguments for an AKS-managed Entra ID cluster, as the returned kubeconfig carries them. */
export function kubeloginArgs(serverId: string, tenantId: string): string[] {
  return ['get-token', '--environment', 'AzurePublicCloud', '--server-id', serverId, '--client-id', '80faf920-1908-4b52-b5ef-a8e7bedfc67a', '--tenant-id', tenantId, '--login', 'devicecode'];
}
