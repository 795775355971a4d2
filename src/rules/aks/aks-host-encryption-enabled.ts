import { unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { eachPool, poolLabel } from '../lib/pools.ts';
import { toggle } from '../factories/toggle-rule.ts';

/**
 * Every node pool encrypts at the VM host: temp disks, OS/data disk caches and ephemeral OS
 * disks, which server-side disk encryption does not cover.
 */
export default defineRule({
  id: 'aks-host-encryption-enabled',
  check(ctx) {
    eachPool(ctx, (pool, cluster) => {
      const { value, evidence } = toggle(pool, 'enableEncryptionAtHost');
      if (value === null) ctx.unknown(pool, unknownReason(evidence), [evidence]);
      else if (value) ctx.pass(pool, `${poolLabel(pool, cluster)} uses encryption at host`, [evidence]);
      else ctx.fail(pool, `${poolLabel(pool, cluster)} does not use encryption at host`, [evidence]);
    });
  },
});
