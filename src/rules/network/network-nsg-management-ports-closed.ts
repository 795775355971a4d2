import { defineRule } from '../../engine/rule.ts';
import { checkNsgExposure } from '../factories/nsg-rule.ts';
import { openAmong, type SourceLimits } from '../lib/nsg.ts';

interface Params extends SourceLimits {
  managementPorts: number[];
}

/** No NSG admits the Internet to SSH, RDP or WinRM over TCP, once higher-priority Deny rules are applied. */
export default defineRule<Params>({
  id: 'network-nsg-management-ports-closed',
  check(ctx) {
    checkNsgExposure(ctx, {
      tcpOnly: true,
      offending: (exposure) => openAmong(exposure, ctx.params.managementPorts),
      describe: (offences) => `admits the Internet to management ports: ${offences.join('; ')}`,
      passMessage: `admits no Internet source to management ports (${ctx.params.managementPorts.join(', ')})`,
    });
  },
});
