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
      const f = only(run(rule, stateOf(file)));
      expect(f.status).toBe('fail');
      for (const p of REQUIRED) expect(f.message).toContain(`${p} (Free)`);
    });
  });
});
