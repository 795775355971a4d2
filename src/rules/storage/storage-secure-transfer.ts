import { defineRule, notStated, observed } from '../../engine/rule.ts';

const HTTPS_ONLY = 'properties.supportsHttpsTrafficOnly';
const MIN_TLS = 'properties.minimumTlsVersion';
/** `TLS1_0` < `TLS1_1` < `TLS1_2` < `TLS1_3`: the versions compare as text. */
const MINIMUM = 'TLS1_2';

/** Only HTTPS is accepted ("secure transfer required"), and only TLS 1.2 or later. */
export default defineRule({
  id: 'storage-secure-transfer',
  check(ctx) {
    for (const account of ctx.state.storageAccounts) {
      const { supportsHttpsTrafficOnly, minimumTlsVersion } = account;
      const evidence = [
        observed(account, 'supportsHttpsTrafficOnly', HTTPS_ONLY, supportsHttpsTrafficOnly),
        observed(account, 'minimumTlsVersion', MIN_TLS, minimumTlsVersion),
      ];
      const problems = [
        ...(supportsHttpsTrafficOnly === false ? ['accepts plain HTTP (secure transfer is not required)'] : []),
        ...(minimumTlsVersion !== null && minimumTlsVersion.toUpperCase() < MINIMUM ? [`accepts ${tlsLabel(minimumTlsVersion)}, older than TLS 1.2`] : []),
      ];
      if (problems.length) ctx.fail(account, `Storage account ${account.name} ${problems.join(' and ')}`, evidence);
      else if (supportsHttpsTrafficOnly === null) ctx.unknown(account, notStated(HTTPS_ONLY), evidence);
      else if (minimumTlsVersion === null) ctx.unknown(account, notStated(MIN_TLS), evidence);
      else ctx.pass(account, `Storage account ${account.name} accepts only HTTPS with ${tlsLabel(minimumTlsVersion)} or later`, evidence);
    }
  },
});

/** `TLS1_2` → `TLS 1.2`. */
function tlsLabel(version: string): string {
  return version.replace(/^TLS(\d)_(\d)$/i, 'TLS $1.$2');
}
