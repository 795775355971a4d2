import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/mysql/mysql-backup-retention.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('mysql-backup-retention', () => {
  it('reads the flexible servers of the PSRule MySQL input (7 or 35 days each)', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.MySQL.json`));
    expect(Object.fromEntries(findings.map((f) => [f.resource.name, f.status]))).toEqual({ 'server-D': 'pass', 'server-E': 'pass', 'server-F': 'pass', 'server-G': 'pass', 'server-H': 'pass', 'server-I': 'pass' });
  });
});
