import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/acr/acr-anonymous-pull-disabled.ts';
import { registry } from '../../helpers/container-registry.ts';
import { only, run, state } from '../../helpers/state.ts';

const verdict = (overrides: Parameters<typeof registry>[0]) => only(run(rule, state({ containerRegistries: [registry(overrides)] })));

describe('acr-anonymous-pull-disabled', () => {
  it('passes a registry without anonymous pull', () => {
    expect(verdict({}).status).toBe('pass');
  });

  it('fails a registry that allows anonymous pull', () => {
    const f = verdict({ anonymousPullEnabled: true, sku: 'Standard' });
    expect(f).toMatchObject({ status: 'fail', severity: 'medium' });
    expect(f.evidence).toEqual([{ path: 'properties.anonymousPullEnabled', value: true }]);
  });

  it('is unknown when the source does not say', () => {
    expect(verdict({ anonymousPullEnabled: null }).status).toBe('unknown');
  });
});
