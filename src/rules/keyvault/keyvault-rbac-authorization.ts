import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** Data-plane access is granted with Azure RBAC roles, not with the vault's own access policies. */
export default defineRule({
  id: 'keyvault-rbac-authorization',
  check(ctx) {
    for (const vault of ctx.state.keyVaults) {
      const rbac = evidence(vault, 'enableRbacAuthorization');
      if (vault.enableRbacAuthorization === null) {
        const reason = `${unknownReason(rbac)}; the default for a vault without it depends on the api-version that created it (access policies before 2026-02-01, Azure RBAC since)`;
        ctx.unknown(vault, reason, [rbac]);
      } else if (!vault.enableRbacAuthorization) {
        const policies = vault.accessPolicies === null ? '' : ` (${vault.accessPolicies.length} access polic${vault.accessPolicies.length === 1 ? 'y' : 'ies'})`;
        ctx.fail(vault, `Key vault ${vault.name} authorizes data-plane access with vault access policies${policies} instead of Azure RBAC`, [rbac]);
      } else {
        ctx.pass(vault, `Key vault ${vault.name} authorizes data-plane access with Azure RBAC`, [rbac]);
      }
    }
  },
});
