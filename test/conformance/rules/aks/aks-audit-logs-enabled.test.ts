import { describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-audit-logs-enabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('aks-audit-logs-enabled', () => {
  describe('PSRule conformance (Resources.AKS.json)', () => {
    const s = stateOf(`${CONFORMANCE}/psrule/Resources.AKS.json`);
    const byName = (name: string) => s.clusters.find((c) => c.name === name)!;

    it('attaches the nested `metrics` setting (ExtensionResourceType) to clusters G–J, though its id names another cluster', () => {
      for (const name of ['cluster-G', 'cluster-H', 'cluster-I', 'cluster-J']) {
        expect(byName(name).diagnosticSettings?.map((d) => [d.name, d.hasDestination])).toEqual([['metrics', true]]);
      }
      expect(byName('cluster-G').diagnosticSettings?.[0]?.categories).toEqual([]);
      expect(byName('cluster-J').diagnosticSettings?.[0]?.categories).toContain('kube-audit-admin');
    });

    it('knows A–F have no settings (their nested resources are listed) and K, L say nothing', () => {
      for (const name of ['cluster-A', 'cluster-B', 'cluster-C', 'cluster-D', 'cluster-F']) expect(byName(name).diagnosticSettings).toEqual([]);
      expect(byName('cluster-K').diagnosticSettings).toBeNull();
      expect(byName('cluster-L').diagnosticSettings).toBeNull();
    });

    // G: every log disabled; H: kube-apiserver, kube-controller-manager, cluster-autoscaler and guard, no audit category;
    // I: kube-audit + guard; J: both audit categories + guard. PSRule concludes the same for A–J.
    const expected: [string, string][] = [
      ...['A', 'B', 'C', 'D', 'F', 'G', 'H'].map((x): [string, string] => [`cluster-${x}`, 'fail']),
      ['cluster-I', 'pass'],
      ['cluster-J', 'pass'],
      ['cluster-K', 'unknown'],
      ['cluster-L', 'unknown'],
    ];
    it.each(expected)('%s: %s (PSRule fails K and L, which carry no child resources)', (name, status) => {
      expect(only(run(rule, s), name).status).toBe(status);
      expect(only(run(rule, s, { requireGuard: true }), name).status).toBe(status);
    });
  });
});
