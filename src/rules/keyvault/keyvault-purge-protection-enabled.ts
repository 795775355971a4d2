import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/**
 * Nobody, an attacker with Owner rights included, can purge a deleted vault or object before
 * its retention ends. Purge protection only takes effect while soft delete is on.
 */
export default defineRule({
  id: 'keyvault-purge-protection-enabled',
  check(ctx) {
    for (const vault of ctx.state.keyVaults) {
      const purge = evidence(vault, 'enablePurgeProtection');
      if (vault.enablePurgeProtection === null) {
        ctx.unknown(vault, unknownReason(purge), [purge]);
      } else if (!vault.enablePurgeProtection) {
        ctx.fail(vault, `Key vault ${vault.name} has no purge protection: anyone allowed to purge can destroy a deleted vault or its keys and secrets for good before the retention period ends`, [purge]);
      } else if (vault.enableSoftDelete === false) {
        const softDelete = evidence(vault, 'enableSoftDelete');
        ctx.fail(vault, `Key vault ${vault.name} sets purge protection but has soft delete off, so nothing deleted is kept to protect`, [purge, softDelete]);
      } else {
        ctx.pass(vault, `Key vault ${vault.name} has purge protection on`, [purge]);
      }
    }
  },
});
