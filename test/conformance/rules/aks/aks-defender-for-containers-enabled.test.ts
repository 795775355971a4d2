import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/aks/aks-defender-for-containers-enabled.ts';
import type { Finding } from '../../../../src/engine/finding.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const byName = (findings: Finding[]) => Object.fromEntries(findings.map((f) => [f.resource.name, f.status]));
const CLUSTERS = ['A', 'B', 'C', 'D', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];
const PSRULE = `${CONFORMANCE}/psrule`;

describe('aks-defender-for-containers-enabled', () => {

  describe('PSRule conformance', () => {
    it('Resources.AKS.json alone: profile-on clusters D and J are unknown without pricings; the rest fail on the profile', () => {
      const findings = run(rule, stateOf(`${PSRULE}/Resources.AKS.json`));
      const status = (x: string) => (['D', 'J'].includes(x) ? 'unknown' : 'fail');
      expect(byName(findings)).toEqual(Object.fromEntries(CLUSTERS.map((x) => [`cluster-${x}`, status(x)])));
    });

    // Resources.Defender.json holds one test case per object: defenderA (Containers, Standard) passes
    // Azure.Defender.Containers and defenderB (Containers, Free) fails it. Joined with the clusters
    // one at a time, they give the verdicts PSRule's two rules would give together.
    const dir = mkdtempSync(join(tmpdir(), 'aks-defender-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const withPricing = (pricingName: string): Finding[] => {
      const pricings = JSON.parse(readFileSync(`${PSRULE}/Resources.Defender.json`, 'utf8')) as { Name?: string; name?: string }[];
      const file = join(dir, `${pricingName}.json`);
      writeFileSync(file, JSON.stringify(pricings.filter((p) => (p.Name ?? p.name) === pricingName)));
      return run(rule, stateOf(`${PSRULE}/Resources.AKS.json`, file));
    };

    it('with defenderA (Standard): D and J pass, as both PSRule rules do', () => {
      const status = (x: string) => (['D', 'J'].includes(x) ? 'pass' : 'fail');
      expect(byName(withPricing('defenderA'))).toEqual(Object.fromEntries(CLUSTERS.map((x) => [`cluster-${x}`, status(x)])));
    });

    it('with defenderB (Free): every cluster fails, D and J on the plan alone', () => {
      const findings = withPricing('defenderB');
      expect(byName(findings)).toEqual(Object.fromEntries(CLUSTERS.map((x) => [`cluster-${x}`, 'fail'])));
      expect(only(findings, 'cluster-D').message).toMatch(/Free tier, not Standard$/);
    });

    it('with the whole file, its contradicting Containers pricings resolve to the less protective (Free)', () => {
      const findings = run(rule, stateOf(`${PSRULE}/Resources.AKS.json`, `${PSRULE}/Resources.Defender.json`));
      expect(only(findings, 'cluster-D').message).toMatch(/Free tier/);
    });
  });
});
