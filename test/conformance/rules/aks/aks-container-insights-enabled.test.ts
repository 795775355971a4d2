import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-container-insights-enabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-container-insights-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    // Read from the file: A has omsagent disabled, B has no omsagent, no cluster has an azureMonitorProfile;
    // C, D, F and G–L enable omsagent with a workspace (lower-case config keys in A and G–J).
    const findings = run(rule, stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`));
    it.each([
      ['cluster-A', 'fail'],
      ['cluster-B', 'fail'],
      ...['C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'].map((x) => [`cluster-${x}`, 'pass']),
    ])('%s: %s, as PSRule Azure.AKS.ContainerInsights', (name, status) => {
      expect(only(findings, name).status).toBe(status);
    });
  });
});
