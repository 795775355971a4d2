import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/redis/redis-non-tls-port-disabled.ts';
import { redisCache } from '../../helpers/redis.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof redisCache>) => only(run(rule, state({ redisCaches: [c] })));

describe('redis-non-tls-port-disabled', () => {
  it('passes a cache with the non-TLS port closed', () => {
    expect(verdict(redisCache()).status).toBe('pass');
  });

  it('fails a cache that accepts unencrypted connections on 6379', () => {
    const f = verdict(redisCache({ enableNonSslPort: true }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.evidence).toContainEqual({ path: 'properties.enableNonSslPort', value: true });
  });

  it('is unknown when the source does not say', () => {
    expect(verdict(redisCache({ enableNonSslPort: null })).status).toBe('unknown');
  });

  it('notes the API default in the evidence', () => {
    const c = redisCache();
    c.provenance.defaulted.push('enableNonSslPort');
    expect(verdict(c).evidence[0]?.note).toMatch(/API default/);
  });
});
