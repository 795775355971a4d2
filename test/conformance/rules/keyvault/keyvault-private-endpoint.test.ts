import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/keyvault/keyvault-private-endpoint.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('keyvault-private-endpoint', () => {
  it('fails every vault of the PSRule input, none of which has a private endpoint', () => {
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.KeyVault.json`));
    expect(findings.map((f) => f.status)).toEqual(Array(8).fill('fail'));
  });
});
