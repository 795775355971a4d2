import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/redis/redis-access-key-auth-disabled.ts';
import { redisCache } from '../../helpers/redis.ts';
import { CONFORMANCE, stateOf } from '../../helpers/scan.ts';
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

  describe('PSRule conformance (Resources.Redis.json)', () => {
    const findings = run(rule, stateOf(join(CONFORMANCE, 'psrule/Resources.Redis.json')));
    it('passes redis-R only; the others state false or omit the property (default false)', () => {
      expect(only(findings, 'redis-R').status).toBe('pass');
      for (const name of ['redis-A', 'redis-B', 'redis-C', 'redis-D', 'redis-E', 'redis-F', 'redis-G', 'redis-H', 'redis-I', 'redis-J', 'redis-Q']) expect(only(findings, name).status, name).toBe('fail');
    });
  });
});
