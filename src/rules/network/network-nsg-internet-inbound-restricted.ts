import { defineRule } from '../../engine/rule.ts';
import { checkNsgExposure } from '../factories/nsg-rule.ts';
import { subtractPorts, type SourceLimits } from '../lib/nsg.ts';

interface Params extends SourceLimits {
  allowedPorts: number[];
}

/** NSGs admit the Internet only to the public ingress ports (80 and 443 by default), once higher-priority Deny rules are applied. */
export default defineRule<Params>({
  id: 'network-nsg-internet-inbound-restricted',
  check(ctx) {
    const allowed = ctx.params.allowedPorts.map((port) => ({ from: port, to: port }));
    checkNsgExposure(ctx, {
      tcpOnly: false,
      offending: (exposure) => subtractPorts(exposure.ports, allowed),
      describe: (offences) => `admits the Internet beyond the public ingress ports (${ctx.params.allowedPorts.join(', ') || 'none'}): ${offences.join('; ')}`,
      passMessage: `admits no Internet source beyond the public ingress ports (${ctx.params.allowedPorts.join(', ') || 'none'})`,
    });
  },
});
