import { nameOf } from '../../adapters/arm/resource-id.ts';
import { defineAnalysis } from '../../engine/analysis.ts';
import { pushTo } from '../../lib/maps.ts';
import type { AksCluster } from '../../state/aks.ts';
import type { ManagedIdentity } from '../../state/managed-identity.ts';
import type { RoleAssignment } from '../../state/role-assignment.ts';

/**
 * Who a role assignment's principal is, as far as the estate shows: the managed identities whose
 * object id it names (or, before apply, whose resource `principal_id` references). Managed
 * identities are service principals too, so the principal type alone cannot say.
 */
export const PRINCIPALS = defineAnalysis('principals', (state) => new Principals(state.managedIdentities, state.clusters));

export class Principals {
  private readonly byPrincipal = new Map<string, ManagedIdentity[]>();
  private readonly byResource = new Map<string, ManagedIdentity[]>();
  private readonly clusterNames: Map<string, string>;

  constructor(identities: readonly ManagedIdentity[], clusters: readonly AksCluster[]) {
    this.clusterNames = new Map(clusters.map((c) => [c.id.toLowerCase(), c.name]));
    for (const identity of identities) {
      if (identity.principalId) pushTo(this.byPrincipal, identity.principalId.toLowerCase(), identity);
      pushTo(this.byResource, identity.resourceId.toLowerCase(), identity);
    }
  }

  /** The managed identities the assignment's principal is; empty when it is none the estate shows. */
  of(assignment: RoleAssignment): ManagedIdentity[] {
    const byId = assignment.principalId ? this.byPrincipal.get(assignment.principalId.toLowerCase()) : undefined;
    if (byId) return byId;
    return assignment.principalResourceId ? (this.byResource.get(assignment.principalResourceId.toLowerCase()) ?? []) : [];
  }

  /** What the assignment's principal is to the clusters of the estate. */
  clusterRole(assignment: RoleAssignment): ClusterRole {
    return clusterRoleOf(this.of(assignment), (id) => this.clusterNames.get(id.toLowerCase()) ?? nameOf(id));
  }
}

/** What a managed identity is to the clusters, `holder` naming it for a message: the cluster's own or its nodes', a workload's (federated to a cluster's issuer), not known, or neither. */
export type ClusterRole = { role: 'cluster' | 'workload'; holder: string } | { role: 'undetermined'; why: string } | { role: 'none' };

/** The clusters' role of the identities one principal is: the most telling of them. */
function clusterRoleOf(identities: readonly ManagedIdentity[], clusterName: (id: string) => string): ClusterRole {
  const own = identities.filter((i) => i.clusterId !== null);
  if (own.length) {
    // Before apply a reference to the cluster cannot say which of its identities it is.
    const holder = own.every((i) => i.kind === 'kubelet') ? 'the kubelet identity' : own.some((i) => i.kind === 'kubelet') ? 'an identity (kubelet or its own)' : 'the identity';
    return { role: 'cluster', holder: `${holder} of cluster ${clusterName(own[0]!.clusterId!)}` };
  }
  for (const identity of identities) {
    const trusted = identity.federatedCredentials?.find((c) => c.clusterId !== null);
    if (trusted?.clusterId) return { role: 'workload', holder: `workload identity ${nameOf(identity.resourceId)} of cluster ${clusterName(trusted.clusterId)}` };
  }
  const unread = identities.find((i) => i.kind === 'userAssigned' && i.federatedCredentials === null);
  if (unread) return { role: 'undetermined', why: `the federated credentials of user-assigned identity ${unread.resourceId} were not read, so whether a cluster's workloads sign in as it is not known` };
  const issuerUnknown = identities.some((i) => i.federatedCredentials?.some((c) => c.issuer === null));
  if (issuerUnknown) return { role: 'undetermined', why: 'a federated credential of the identity names an issuer that is not known, so whether it trusts a cluster is not known' };
  return { role: 'none' };
}

/** A managed identity for a message: `user-assigned identity id-deploy`, `kubelet identity of aks-prod`. */
export function describeIdentity(identity: ManagedIdentity): string {
  const name = nameOf(identity.resourceId);
  if (identity.kind === 'userAssigned') return `user-assigned identity ${name}`;
  return `${identity.kind === 'kubelet' ? 'kubelet' : 'system-assigned'} identity of ${name}`;
}
