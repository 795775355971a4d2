import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** `TLS1_0` < `TLS1_1` < `TLS1_2` < `TLS1_3`: the versions compare as text. */
const MINIMUM = 'TLS1_2';

/** Only HTTPS is accepted ("secure transfer required"), and only TLS 1.2 or later. */
export default defineRule({
  id: 'storage-secure-transfer',
  check(ctx) {
    for (const account of ctx.state.storageAccounts) {
      const { supportsHttpsTrafficOnly, minimumTlsVersion } = account;
      const https = evidence(account, 'supportsHttpsTrafficOnly');
      const tls = evidence(account, 'minimumTlsVersion');
      const both = [https, tls];
      const problems = [
        ...(supportsHttpsTrafficOnly === false ? ['accepts plain HTTP (secure transfer is not required)'] : []),
        ...(minimumTlsVersion !== null && minimumTlsVersion.toUpperCase() < MINIMUM ? [`accepts ${tlsLabel(minimumTlsVersion)}, older than TLS 1.2`] : []),
      ];
      if (problems.length) ctx.fail(account, `Storage account ${account.name} ${problems.join(' and ')}`, both);
      else if (supportsHttpsTrafficOnly === null) ctx.unknown(account, unknownReason(https), both);
      else if (minimumTlsVersion === null) ctx.unknown(account, unknownReason(tls), both);
      else ctx.pass(account, `Storage account ${account.name} accepts only HTTPS with ${tlsLabel(minimumTlsVersion)} or later`, both);
    }
  },
});

/** `TLS1_2` → `TLS 1.2`. */
function tlsLabel(version: string): string {
  return version.replace(/^TLS(\d)_(\d)$/i, 'TLS $1.$2');
}
