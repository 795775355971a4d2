import { describe, expect, it } from 'vitest';
import { adaptTerraform } from '../../../src/adapters/terraform/adapt.ts';
import { AFTER_APPLY, Unknown, type TfValue } from '../../../src/collectors/terraform/model.ts';
import { evidence } from '../../../src/engine/evidence.ts';
import { only, run } from '../../helpers/state.ts';
import { rule, tf } from './instances.ts';

const cache = (values: Record<string, TfValue>, references: Record<string, string> = {}) =>
  tf('azurerm_redis_cache.sessions', { name: 'redis-shop-prod', resource_group_name: 'rg-shop-prod', location: 'westeurope', sku_name: 'Premium', family: 'P', capacity: 1, ...values }, { references });

describe('Terraform: Redis', () => {
  it('reads a v4 cache: new spellings, access keys inverted, Entra from redis_configuration, the subnet joined through its reference', () => {
    const subnet = tf('azurerm_subnet.redis', { name: 'snet-redis', id: new Unknown(AFTER_APPLY) });
    const r = cache({ non_ssl_port_enabled: false, minimum_tls_version: '1.2', access_keys_authentication_enabled: false, redis_configuration: [{ active_directory_authentication_enabled: true }], subnet_id: new Unknown(AFTER_APPLY) }, { subnet_id: 'azurerm_subnet.redis' });
    const [c] = adaptTerraform([r, subnet], 4).state.redisCaches;
    expect(c).toMatchObject({ type: 'microsoft.cache/redis', skuName: 'Premium', enableNonSslPort: false, minimumTlsVersion: '1.2', disableAccessKeyAuthentication: true, entraAuthEnabled: true, subnetId: 'azurerm_subnet.redis', vnetInjected: true, publicNetworkAccess: 'Enabled' });
    expect(evidence(c!, 'enableNonSslPort').path).toBe('non_ssl_port_enabled');
  });

  it('reads the v3 spelling, and takes the documented defaults for what is unset', () => {
    const [c] = adaptTerraform([cache({ enable_non_ssl_port: true })], 3).state.redisCaches;
    expect(c).toMatchObject({ enableNonSslPort: true, minimumTlsVersion: '1.2', disableAccessKeyAuthentication: false, entraAuthEnabled: false, vnetInjected: false, subnetId: null });
    expect(evidence(c!, 'enableNonSslPort').path).toBe('enable_non_ssl_port');
    expect(evidence(c!, 'minimumTlsVersion').note).toMatch(/default/);
    expect(only(run(rule('redis-non-tls-port-disabled'), adaptTerraform([cache({ enable_non_ssl_port: true })], 3).state)).status).toBe('fail');
  });

  it('passes the non-TLS port rule on a v3.114+ plan where the new spelling is still being computed', () => {
    const state = adaptTerraform([cache({ enable_non_ssl_port: false, non_ssl_port_enabled: new Unknown(AFTER_APPLY) })], 3).state;
    expect(only(run(rule('redis-non-tls-port-disabled'), state)).status).toBe('pass');
  });

  it('is unknown when the two spellings disagree, and when the value is known only after apply', () => {
    const [both] = adaptTerraform([cache({ enable_non_ssl_port: false, non_ssl_port_enabled: true })], 3).state.redisCaches;
    expect(both!.enableNonSslPort).toBeNull();
    expect(both!.provenance.conflicting).toContain('enableNonSslPort');
    const later = adaptTerraform([cache({ minimum_tls_version: new Unknown(AFTER_APPLY) })], 4).state;
    expect(later.redisCaches[0]!.minimumTlsVersion).toBeNull();
    expect(only(run(rule('redis-min-tls'), later)).status).toBe('unknown');
  });
});
