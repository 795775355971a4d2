import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/redis/redis-access-key-auth-disabled.ts';
import { redisCache } from '../../helpers/redis.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof redisCache>) => only(run(rule, state({ redisCaches: [c] })));

describe('redis-access-key-auth-disabled', () => {
  it('passes a cache that refuses access keys', () => {
    expect(verdict(redisCache()).status).toBe('pass');
  });

  it('fails a cache that accepts access keys, saying whether Entra authentication is there to move to', () => {
    const withEntra = verdict(redisCache({ disableAccessKeyAuthentication: false }));
    expect(withEntra).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(withEntra.message).toMatch(/Entra authentication is on/);
    expect(verdict(redisCache({ disableAccessKeyAuthentication: false, entraAuthEnabled: false })).message).toMatch(/only credential/);
  });

  it('is unknown when the source does not say', () => {
    expect(verdict(redisCache({ disableAccessKeyAuthentication: null })).status).toBe('unknown');
  });
});
