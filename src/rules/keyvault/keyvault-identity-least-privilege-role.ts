import { evidence } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { builtInRoleNamed } from '../../state/built-in-roles.ts';
import type { KeyVault } from '../../state/key-vault.ts';
import { PRINCIPALS } from '../analyses/principals.ts';
import { describeScope, unknownRole } from '../lib/role-assignments.ts';

/**
 * A cluster's identities (its nodes' kubelet identity, its own) and its workload identities read
 * the vaults they use and nothing more: Key Vault Secrets, Certificate or Crypto User, or Reader.
 * An Officer, Administrator or Contributor role lets a compromised pod, or anyone on a node,
 * change, delete or grant access to the secrets every other workload depends on.
 */
export default defineRule({
  id: 'keyvault-identity-least-privilege-role',
  check(ctx) {
    const principals = ctx.analysis(PRINCIPALS);
    for (const assignment of ctx.state.roleAssignments) {
      const who = principals.clusterRole(assignment);
      if (who.role === 'none') {
        ctx.notApplicable(assignment, "the principal is no AKS cluster's identity or workload identity in the scanned estate");
        continue;
      }
      const all = [evidence(assignment, 'scope'), evidence(assignment, 'roleName'), evidence(assignment, 'principalId')];
      const known = assignment.roleName === null ? undefined : builtInRoleNamed(assignment.roleName);
      if (assignment.scopeLevel === 'managementGroup') {
        // Which subscriptions, and so which vaults, a management group holds is not in the estate.
        if (known?.keyVault === 'data-read' || known?.keyVault === null) ctx.notApplicable(assignment, `${known.name} at a management group grants no more than reading`);
        else ctx.unknown(assignment, `${known ? known.name : unknownRole(assignment)} at ${describeScope(assignment)}: which vaults the management group holds is not known`, all);
        continue;
      }
      const vaults = assignment.scope === null ? null : vaultsIn(assignment.scope, ctx.state.keyVaults);
      if (vaults?.length === 0) {
        ctx.notApplicable(assignment, 'its scope holds no Key Vault of the scanned estate');
        continue;
      }
      if (known && known.keyVault === null) {
        ctx.notApplicable(assignment, `${known.name} grants nothing on a Key Vault beyond reading its settings`);
        continue;
      }
      if (vaults === null) {
        ctx.unknown(assignment, 'the scope of the assignment is not known, so which vaults it covers is not known', all);
      } else if (!known) {
        ctx.unknown(assignment, unknownRole(assignment), all);
      } else if (who.role === 'undetermined') {
        if (known.keyVault === 'data-read') ctx.pass(assignment, `${known.name} on ${names(vaults)} only reads`, all);
        else ctx.unknown(assignment, `${known.name} on ${names(vaults)} would be too broad for a cluster or workload identity, but ${who.why}`, all);
      } else {
        const holder = who.holder[0]!.toUpperCase() + who.holder.slice(1);
        const at = vaults.length === 1 && sameId(vaults[0]!.id, assignment.scope!) ? `vault ${vaults[0]!.name}` : `${describeScope(assignment)}, which holds ${names(vaults)}`;
        if (known.keyVault === 'data-read') ctx.pass(assignment, `${holder} holds ${known.name} on ${at}: it can read, not change or grant`, all);
        else ctx.fail(assignment, `${holder} holds ${known.name} on ${at}: ${known.keyVault === 'access' ? 'it can manage the vault or who may use it, and so grant itself every secret' : 'it can change, delete or purge what the vault holds'}; Key Vault Secrets, Certificate or Crypto User is enough to read`, all);
      }
    }
  },
});

const GROUP_SCOPE = /^\/subscriptions\/([^/]+)(?:\/resourcegroups\/([^/]+))?\/?$/i;

/**
 * The vaults an assignment at `scope` covers: the vault itself, or every vault of the resource
 * group or subscription, by its id or, before apply (an id that is a Terraform address), by the
 * subscription and resource group it is declared in.
 */
function vaultsIn(scope: string, vaults: readonly KeyVault[]): KeyVault[] {
  const prefix = `${scope.toLowerCase().replace(/\/+$/, '')}/`;
  const group = GROUP_SCOPE.exec(scope);
  const inGroup = (v: KeyVault) =>
    group !== null && v.subscriptionId?.toLowerCase() === group[1]!.toLowerCase() && (group[2] === undefined || v.resourceGroup?.toLowerCase() === group[2].toLowerCase());
  return vaults.filter((v) => sameId(v.id, scope) || v.id.toLowerCase().startsWith(prefix) || inGroup(v));
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\/+$/, '') === b.toLowerCase().replace(/\/+$/, '');
}

function names(vaults: readonly KeyVault[]): string {
  return vaults.length === 1 ? `vault ${vaults[0]!.name}` : `vaults ${vaults.map((v) => v.name).join(', ')}`;
}
