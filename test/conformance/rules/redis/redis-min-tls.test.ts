import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/redis/redis-min-tls.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('redis-min-tls', () => {
  describe('PSRule conformance (Resources.Redis.json)', () => {
    const findings = run(rule, stateOf(join(CONFORMANCE, 'psrule/Resources.Redis.json')));
    it('fails redis-B (1.0) and redis-D (1.1), passes the caches on 1.2, and leaves redis-C (no minimum stated) unknown', () => {
      expect(only(findings, 'redis-B').status).toBe('fail');
      expect(only(findings, 'redis-D').status).toBe('fail');
      // PSRule assumes 1.2 when the property is absent; see the rule doc.
      expect(only(findings, 'redis-C').status).toBe('unknown');
      for (const name of ['redis-A', 'redis-E', 'redis-F', 'redis-G', 'redis-H', 'redis-I', 'redis-J', 'redis-Q', 'redis-R']) expect(only(findings, name).status, name).toBe('pass');
    });
  });
});
