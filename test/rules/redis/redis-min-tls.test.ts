import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/redis/redis-min-tls.ts';
import { redisCache } from '../../helpers/redis.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (c: ReturnType<typeof redisCache>) => only(run(rule, state({ redisCaches: [c] })));

describe('redis-min-tls', () => {
  it('passes TLS 1.2', () => {
    expect(verdict(redisCache()).status).toBe('pass');
  });

  it.each(['1.0', '1.1'])('fails a minimum of TLS %s', (version) => {
    const f = verdict(redisCache({ minimumTlsVersion: version }));
    expect(f).toMatchObject({ status: 'fail', severity: 'high' });
    expect(f.message).toContain(`TLS ${version}`);
  });

  it('is unknown when the minimum is absent: the creation default was 1.0 for older caches', () => {
    const f = verdict(redisCache({ minimumTlsVersion: null }));
    expect(f.status).toBe('unknown');
    expect(f.message).toMatch(/default was TLS 1\.0/);
  });

  it('is unknown for a value that is not a TLS version', () => {
    expect(verdict(redisCache({ minimumTlsVersion: 'latest' })).status).toBe('unknown');
  });
});
