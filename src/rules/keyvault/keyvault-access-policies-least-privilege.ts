import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import type { KeyVaultAccessPolicy } from '../../state/key-vault.ts';

/** `all` includes purge; `purge` destroys a deleted object for good. */
const BROAD = ['all', 'purge'];
const KINDS = ['keys', 'secrets', 'certificates'] as const;

/**
 * No access policy grants `all` or `purge` on keys, secrets or certificates. The service ignores
 * access policies while the vault uses Azure RBAC, so then the rule does not apply.
 */
export default defineRule({
  id: 'keyvault-access-policies-least-privilege',
  check(ctx) {
    for (const vault of ctx.state.keyVaults) {
      const rbac = evidence(vault, 'enableRbacAuthorization');
      if (vault.enableRbacAuthorization === true) {
        ctx.notApplicable(vault, `key vault ${vault.name} authorizes data-plane access with Azure RBAC, so the service ignores its access policies`);
        continue;
      }
      const policies = vault.accessPolicies;
      if (policies === null) {
        const unread = evidence(vault, 'accessPolicies');
        ctx.unknown(vault, unknownReason(unread), [rbac, unread]);
        continue;
      }
      const broad = policies.flatMap((p, i) => (broadGrants(p) ? [{ policy: p, evidence: evidence(vault, `accessPolicies.${i}.permissions`) }] : []));
      if (broad.length === 0) {
        ctx.pass(vault, `None of the ${policies.length} access policies of key vault ${vault.name} grants all or purge`, [rbac, evidence(vault, 'accessPolicies.*.objectId', policies.map((p) => p.objectId))]);
        continue;
      }
      const grants = broad.map(({ policy }) => `${policy.objectId} (${broadGrants(policy)})`).join('; ');
      const found = [rbac, ...broad.map((b) => b.evidence)];
      if (vault.enableRbacAuthorization === false) {
        ctx.fail(vault, `Access policies of key vault ${vault.name} grant all or purge: ${grants}`, found);
      } else {
        ctx.unknown(vault, `access policies of key vault ${vault.name} grant all or purge (${grants}), which matters only if the vault uses access policies; ${unknownReason(rbac)}`, found);
      }
    }
  },
});

/** `secrets: all; keys: purge`, or undefined when the policy grants neither on any kind. */
function broadGrants(policy: KeyVaultAccessPolicy): string | undefined {
  const parts = KINDS.flatMap((kind) => {
    const hits = policy.permissions[kind].filter((p) => BROAD.includes(p.toLowerCase()));
    return hits.length ? [`${kind}: ${hits.join(', ')}`] : [];
  });
  return parts.length ? parts.join('; ') : undefined;
}
