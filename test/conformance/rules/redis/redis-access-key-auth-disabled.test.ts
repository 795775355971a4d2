import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/redis/redis-access-key-auth-disabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('redis-access-key-auth-disabled', () => {
  describe('PSRule conformance (Resources.Redis.json)', () => {
    const findings = run(rule, stateOf(join(CONFORMANCE, 'psrule/Resources.Redis.json')));
    it('passes redis-R only; the others state false or omit the property (default false)', () => {
      expect(only(findings, 'redis-R').status).toBe('pass');
      for (const name of ['redis-A', 'redis-B', 'redis-C', 'redis-D', 'redis-E', 'redis-F', 'redis-G', 'redis-H', 'redis-I', 'redis-J', 'redis-Q']) expect(only(findings, name).status, name).toBe('fail');
    });
  });
});
