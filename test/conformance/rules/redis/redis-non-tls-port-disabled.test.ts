import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/redis/redis-non-tls-port-disabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('redis-non-tls-port-disabled', () => {
  describe('PSRule conformance (Resources.Redis.json)', () => {
    const findings = run(rule, stateOf(join(CONFORMANCE, 'psrule/Resources.Redis.json')));
    it('fails redis-B, the one cache with enableNonSslPort true, and passes the others', () => {
      expect(only(findings, 'redis-B').status).toBe('fail');
      for (const name of ['redis-A', 'redis-C', 'redis-D', 'redis-E', 'redis-F', 'redis-G', 'redis-H', 'redis-I', 'redis-J', 'redis-Q', 'redis-R']) expect(only(findings, name).status, name).toBe('pass');
    });
  });
});
