import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/redis/redis-public-access-disabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('redis-public-access-disabled', () => {
  describe('PSRule conformance (Resources.Redis.json)', () => {
    const findings = run(rule, stateOf(join(CONFORMANCE, 'psrule/Resources.Redis.json')));
    it('passes redis-A and redis-F (Disabled) and fails the rest, where the property is Enabled or absent (default Enabled)', () => {
      expect(only(findings, 'redis-A').status).toBe('pass');
      expect(only(findings, 'redis-F').status).toBe('pass');
      for (const name of ['redis-B', 'redis-C', 'redis-D', 'redis-E', 'redis-G', 'redis-H', 'redis-I', 'redis-J', 'redis-Q', 'redis-R']) expect(only(findings, name).status, name).toBe('fail');
    });
  });
});
