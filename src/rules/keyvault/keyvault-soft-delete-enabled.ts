import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

interface Params {
  minimumRetentionDays: number;
}

/** The shortest retention the API accepts: a parameter at this value asks nothing of the retention. */
const API_MINIMUM_RETENTION = 7;

/** A deleted vault, key, secret or certificate stays recoverable for the retention period. */
export default defineRule<Params>({
  id: 'keyvault-soft-delete-enabled',
  check(ctx) {
    const { minimumRetentionDays } = ctx.params;
    for (const vault of ctx.state.keyVaults) {
      const softDelete = evidence(vault, 'enableSoftDelete');
      const retention = evidence(vault, 'softDeleteRetentionInDays');
      if (vault.enableSoftDelete === null) {
        ctx.unknown(vault, unknownReason(softDelete), [softDelete]);
      } else if (!vault.enableSoftDelete) {
        ctx.fail(vault, `Key vault ${vault.name} has soft delete off: a deleted vault, key, secret or certificate is gone at once and cannot be recovered`, [softDelete]);
      } else if (vault.softDeleteRetentionInDays === null) {
        if (minimumRetentionDays > API_MINIMUM_RETENTION) ctx.unknown(vault, unknownReason(retention), [softDelete, retention]);
        else ctx.pass(vault, `Key vault ${vault.name} has soft delete on`, [softDelete, retention]);
      } else if (vault.softDeleteRetentionInDays < minimumRetentionDays) {
        ctx.fail(vault, `Key vault ${vault.name} keeps deleted objects for ${vault.softDeleteRetentionInDays} days, fewer than the required ${minimumRetentionDays}`, [softDelete, retention]);
      } else {
        ctx.pass(vault, `Key vault ${vault.name} has soft delete on, keeping deleted objects for ${vault.softDeleteRetentionInDays} days`, [softDelete, retention]);
      }
    }
  },
});
