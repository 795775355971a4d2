import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { loadFrameworks } from '../../src/engine/framework.ts';

const catalogue = loadCatalogue();
const frameworks = loadFrameworks(catalogue);
const cis = frameworks.get('cis-aks')!;
const mcsb = frameworks.get('mcsb')!;

/**
 * The CIS AKS Benchmark v1.8.0 recommendations, written out here apart from frameworks/cis-aks.yaml
 * so that a control dropped from the file (one no rule evaluates, say) fails this test.
 */
const CIS_AKS_1_8_0: Record<string, { count: number; automated: string[] }> = {
  '2.1': { count: 1, automated: [] },
  '3.1': { count: 4, automated: ['3.1.1', '3.1.2', '3.1.3', '3.1.4'] },
  '3.2': { count: 9, automated: ['3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.2.5', '3.2.6', '3.2.7', '3.2.8', '3.2.9'] },
  '4.1': { count: 12, automated: [] },
  '4.2': { count: 5, automated: [] },
  '4.4': { count: 2, automated: ['4.4.2'] },
  '4.5': { count: 2, automated: ['4.5.1'] },
  '4.6': { count: 3, automated: ['4.6.3'] },
  '5.1': { count: 4, automated: [] },
  '5.2': { count: 1, automated: [] },
  '5.3': { count: 1, automated: [] },
  '5.4': { count: 5, automated: [] },
  '5.5': { count: 2, automated: [] },
};

/** MCSB v1: controls per domain. */
const MCSB_1_0 = { NS: 10, IM: 9, PA: 8, DP: 8, AM: 5, LT: 7, IR: 7, PV: 7, ES: 3, BR: 4, DS: 7, GS: 10 };

describe('frameworks/*.yaml', () => {
  it('are the frameworks the config and report schemas name in extends', () => {
    const ids = readdirSync('frameworks').filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml'));
    expect([...frameworks.keys()].sort()).toEqual(ids.sort());
    expect([...frameworks.keys()]).toEqual(['cis-aks', 'mcsb', 'aks-platform-baseline']);
    expect(configSchema.properties.extends.enum).toEqual(['recommended', 'all', ...frameworks.keys()]);
    expect(reportSchema.properties.config.properties.extends.enum).toEqual(['recommended', 'all', ...frameworks.keys()]);
  });

  it('list every CIS AKS v1.8.0 recommendation, each numbered under its section, automated or manual as the benchmark says', () => {
    expect(cis.version).toBe('1.8.0');
    const listed = cis.sections.filter((s) => s.controls.length);
    expect(Object.fromEntries(listed.map((s) => [s.id, s.controls.length]))).toEqual(Object.fromEntries(Object.entries(CIS_AKS_1_8_0).map(([id, s]) => [id, s.count])));
    for (const section of listed) {
      expect(section.controls.map((c) => c.id)).toEqual(section.controls.map((_, i) => `${section.id}.${i + 1}`));
      expect(section.controls.filter((c) => c.assessment === 'automated').map((c) => c.id)).toEqual(CIS_AKS_1_8_0[section.id]!.automated);
      for (const c of section.controls) expect(c.section).toBe(`${section.id} ${section.title}`);
    }
    for (const empty of cis.sections.filter((s) => !s.controls.length)) expect(empty.note, `section ${empty.id} says why it has no controls`).toBeTruthy();
    expect(cis.controls.every((c) => c.assessment !== undefined && c.title.length > 10)).toBe(true);
  });

  it('list every MCSB v1 control of the twelve domains, those no rule evaluates included', () => {
    expect(Object.fromEntries(mcsb.sections.map((s) => [s.id, s.controls.length]))).toEqual(MCSB_1_0);
    for (const section of mcsb.sections) expect(section.controls.map((c) => c.id)).toEqual(section.controls.map((_, i) => `${section.id}-${i + 1}`));
    expect(mcsb.controls.filter((c) => !c.rules.length).length).toBeGreaterThan(0);
  });

  it.each([...frameworks.values()].filter((f) => f.catalogueKey).map((f) => [f.id, f] as const))('%s: every control\'s rules are the rules whose rules.yaml compliance ids name it', (_, framework) => {
    const key = framework.catalogueKey!;
    const ids = new Set(framework.controls.map((c) => c.id));
    for (const entry of catalogue.values()) {
      const mapped = entry.compliance[key] ?? [];
      for (const id of mapped) expect(ids.has(id), `${entry.id}: rules.yaml names ${framework.id} control ${id}, which ${framework.id}.yaml has not`).toBe(true);
      const listedUnder = framework.controls.filter((c) => c.rules.includes(entry.id)).map((c) => c.id);
      expect(listedUnder.sort(), `${entry.id}: controls of ${framework.id}.yaml that list it, against its rules.yaml ${key} ids`).toEqual([...mapped].sort());
    }
  });

  it('aks-platform-baseline: every rule of the catalogue evaluates one of its practices, and every practice has rules', () => {
    const baseline = frameworks.get('aks-platform-baseline')!;
    expect([...catalogue.keys()].filter((id) => !baseline.rules.has(id))).toEqual([]);
    expect(baseline.controls.filter((c) => !c.rules.length)).toEqual([]);
  });
});
