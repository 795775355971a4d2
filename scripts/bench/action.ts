/** The Action's pull request gate on a small Terraform folder (fixtures/pr-repo/infra, against its own baseline), as the runner starts it. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ActionBench {
  entry: string;
  /** The scan itself, as the step's log reports it (inputs to reports, in process). */
  scanMs: number;
  /** The step's process, start to exit. */
  wallMs: number;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The best of `runs` gates: the committed bundle when there is one (what users run), else the sources. */
export function benchAction(runs: number): ActionBench {
  const bundle = join(ROOT, 'dist/action/index.js');
  const entry = existsSync(bundle) ? bundle : join(ROOT, 'src/action/main.ts');
  const workspace = mkdtempSync(join(tmpdir(), 'aks-audit-bench-action-'));
  try {
    cpSync(join(ROOT, 'fixtures/pr-repo/infra'), join(workspace, 'infra'), { recursive: true });
    step(entry, workspace, { terraform: 'infra', formats: 'json', 'output-dir': 'baseline', 'fail-on': 'none' });
    let best: ActionBench | undefined;
    for (let i = 0; i < runs; i++) {
      const run = step(entry, workspace, { terraform: 'infra', baseline: 'baseline/aks-audit.json' });
      if (!best || run.scanMs < best.scanMs) best = { entry: entry.slice(ROOT.length), ...run };
    }
    return best!;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

function step(entry: string, workspace: string, inputs: Record<string, string>): { scanMs: number; wallMs: number } {
  const env = { PATH: process.env['PATH'], GITHUB_WORKSPACE: workspace, ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) };
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [entry], { cwd: workspace, env, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const scanned = /aks-audit: scanned in (\d+) ms/.exec(run.stdout);
  if (run.status !== 0 || !scanned) throw new Error(`action bench: the step exited ${run.status}: ${run.stdout.slice(-2000)}${run.stderr}`);
  return { scanMs: Number(scanned[1]), wallMs };
}
