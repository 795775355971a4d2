import { unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { eachPool, poolLabel } from '../lib/pools.ts';
import { toggle } from '../factories/toggle-rule.ts';

/** No node pool gives its nodes their own public IP addresses (CIS AKS 5.4.3, private nodes). */
export default defineRule({
  id: 'aks-node-public-ip-disabled',
  check(ctx) {
    eachPool(ctx, (pool, cluster) => {
      const { value, evidence } = toggle(pool, 'enableNodePublicIP');
      if (value === null) ctx.unknown(pool, unknownReason(evidence), [evidence]);
      else if (value) ctx.fail(pool, `${poolLabel(pool, cluster)} gives every node a public IP address`, [evidence]);
      else ctx.pass(pool, `${poolLabel(pool, cluster)} assigns no public IPs to its nodes`, [evidence]);
    });
  },
});
