import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArmFiles } from '../../../src/collectors/files/collect-arm-files.ts';
import { listInputs } from '../../../src/collectors/files/expand-inputs.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { readJsonReport } from '../../helpers/report.ts';
import { expectRefused, scanFile } from '../../helpers/refusal.ts';

const FOLDER = 'fixtures/inputs/folder-with-other-files';
const skipped = (file: string, reason: RegExp) => ({ id: `file:${FOLDER}/${file}`, kind: 'file', target: `${FOLDER}/${file}`, status: 'failed', code: 'skipped', resources: 0, message: expect.stringMatching(reason) });

describe('a folder holding files that are not ARM resources', () => {
  it('skips each such file with its reason and reads the rest', () => {
    const { resources, sources } = collectArmFiles(listInputs([FOLDER]));
    expect(resources.map((r) => r.name)).toEqual(['aks-payments-prod']);
    expect(sources).toEqual([
      expect.objectContaining({ target: `${FOLDER}/aks-payments-prod.json`, status: 'ok', resources: 1 }),
      skipped('azuredeploy.json', /^not read: an ARM deployment template \(its \$schema says so\), not deployed resources/),
      skipped('empty.json', /^not read: is empty: expected JSON$/),
      skipped('package.json', /^not read: \/: not an ARM resource, list response/),
      skipped('terraform.tfstate.json', /^not read: a Terraform state file, not ARM resources$/),
      skipped('truncated-export.json', /^not read: line 5, column 3: invalid JSON/),
    ]);
  });

  it('lists the skipped files in the coverage section of the reports, and the scan goes on', async () => {
    const out = join(workDir(), 'reports');
    const run = await runMain('scan', '--input', FOLDER, '--format', 'json,html', '--out', out, '--fail-on', 'none');
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout.join('\n')).toMatch(/coverage: 5 source\(s\) not fully read: .*azuredeploy\.json \(skipped\)/);
    const report = readJsonReport(join(out, 'aks-audit.json'));
    expect(report.sources.filter((s) => s.code === 'skipped')).toHaveLength(5);
    expect(report.findings.some((f) => f.status === 'pass')).toBe(true);
    const html = readFileSync(join(out, 'aks-audit.html'), 'utf8');
    expect(html).toContain('not read: a Terraform state file, not ARM resources');
  });

  it('names a file given explicitly that is not ARM resources: exit 2, one line', async () => {
    const template = readFileSync(join(FOLDER, 'azuredeploy.json'), 'utf8');
    expectRefused(await scanFile('--input', template, 'azuredeploy.json'), /azuredeploy\.json: an ARM deployment template/, /not deployed resources/, 'no-secret-here');
    const state = readFileSync(join(FOLDER, 'terraform.tfstate.json'), 'utf8');
    expectRefused(await scanFile('--input', state, 'terraform.tfstate.json'), /terraform\.tfstate\.json: a Terraform state file/, /not ARM resources$/, 'no-secret-here');
  });

  it('treats a file named explicitly and also found in a folder as named', () => {
    const files = listInputs([FOLDER, join(FOLDER, 'empty.json')]);
    expect(files.find((f) => f.path.endsWith('empty.json'))).toEqual({ path: join(FOLDER, 'empty.json'), inFolder: false });
    expect(() => collectArmFiles(files)).toThrow(/empty\.json: is empty/);
  });
});
