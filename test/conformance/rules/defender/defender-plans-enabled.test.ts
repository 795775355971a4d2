import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import rule from '../../../../src/rules/defender/defender-plans-enabled.ts';
import { stateOf } from '../../../helpers/scan.ts';
import { only, run } from '../../../helpers/state.ts';
import { CONFORMANCE } from '../../inputs.ts';

const REQUIRED = ['Containers', 'KeyVaults', 'OpenSourceRelationalDatabases', 'SqlServers', 'Arm', 'CloudPosture'];

describe('defender-plans-enabled', () => {
  describe('PSRule conformance (Resources.Defender.json)', () => {
    const file = `${CONFORMANCE}/psrule/Resources.Defender.json`;
    const pricings = JSON.parse(readFileSync(file, 'utf8')) as { Name: string }[];
    const dir = mkdtempSync(join(tmpdir(), 'aks-audit-defender-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    /** Each PSRule object is its own pricing in PSRule's tests; on one subscription they contradict each other, so each is scanned alone. */
    const alone = (name: string, requiredPlans: string[]) => {
      const path = join(dir, `${name}.json`);
      writeFileSync(path, JSON.stringify(pricings.filter((p) => p.Name === name)));
      return only(run(rule, stateOf(path), { requiredPlans })).status;
    };

    it.each([
      ['defenderA', 'defenderB', 'Containers'],
      ['defenderN', 'defenderO', 'KeyVaults'],
      ['defenderZ', 'defenderA2', 'OpenSourceRelationalDatabases'],
      ['defenderF', 'defenderG', 'SqlServers'],
      ['defenderR', 'defenderS', 'Arm'],
      ['defenderT', 'defenderU', 'CloudPosture'],
    ])('%s (Standard) passes and %s (Free) fails for plan %s', (standard, free, planName) => {
      expect(alone(standard, [planName])).toBe('pass');
      expect(alone(free, [planName])).toBe('fail');
    });

    it('fails the whole file, whose Free pricings contradict the Standard ones on the same subscription', () => {
      const findings = run(rule, stateOf(file));
      expect(Object.fromEntries(findings.map((f) => [f.resource.name, f.status]))).toEqual(Object.fromEntries(REQUIRED.map((p) => [p, 'fail'])));
      for (const f of findings) expect(f.message).toMatch(/at Free tier, not Standard$/);
    });
  });
});
