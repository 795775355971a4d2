import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/postgresql/postgresql-backup-retention.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('postgresql-backup-retention', () => {
  describe('PSRule conformance (Resources.PostgreSQL.json)', () => {
    // No PSRule rule judges the length; every server there keeps 7 or 35 days.
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`));
    it('passes all nine servers at the default minimum, and fails the 7-day ones at 14', () => {
      expect(findings.map((f) => f.status)).toEqual(Array(9).fill('pass'));
      const strict = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.PostgreSQL.json`), { minDays: 14 });
      expect(strict.filter((f) => f.status === 'pass').map((f) => f.resource.name)).toEqual(['server-D']);
    });
  });
});
