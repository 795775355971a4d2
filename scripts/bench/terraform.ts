/** The Terraform plan reader on a generated plan (see terraform-plan.ts): its time and peak memory beside a bare read and parse of the same file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTerraformPlan } from './terraform-plan.ts';

export interface TerraformBench {
  clusters: number;
  bytes: number;
  instances: number;
  /** Reading and JSON.parse alone, in a child process. */
  parse: ChildRead;
  /** `readPlanFile` (decode, parse, mark, resolve references, locate), in a child process. */
  read: ChildRead & { resources: number };
  /** `aks-audit scan --terraform plan.json`, wall time (it exits 3 until an adapter judges Terraform). */
  cliMs: number;
}

interface ChildRead {
  ms: number;
  maxRssMb: number;
}

const READER = new URL('../../src/collectors/terraform/read-plan.ts', import.meta.url).href;

/** Runs `body` (which sets `n`) in a fresh Node process, timing it and taking its peak RSS. */
function child(body: string, file: string): ChildRead & { n: number } {
  const entry = `import { readPlanFile } from ${JSON.stringify(READER)}; import { readFileSync } from 'node:fs'; const file = process.argv[1]; const start = process.hrtime.bigint(); let n = 0; ${body}; const ms = Number(process.hrtime.bigint() - start) / 1e6; console.log(JSON.stringify({ ms, n, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', entry, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`terraform bench child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildRead & { n: number };
}

export function benchTerraform(clusters: number, cli: string): TerraformBench {
  const dir = mkdtempSync(join(tmpdir(), 'aks-audit-bench-terraform-'));
  try {
    const file = join(dir, 'plan.json');
    const { bytes, instances } = writeTerraformPlan(file, clusters);
    const parse = child('n = JSON.parse(readFileSync(file, "utf8")).resource_changes.length', file);
    const read = child('n = readPlanFile(file, "terraform:plan.json").resources.length', file);
    const start = process.hrtime.bigint();
    const scan = spawnSync(process.execPath, [cli, 'scan', '--terraform', file, '--out', join(dir, 'out'), '--quiet', '--fail-on', 'none'], { encoding: 'utf8' });
    const cliMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (scan.status !== 0 && scan.status !== 3) throw new Error(`scan --terraform exited ${scan.status}: ${scan.stderr}`);
    return { clusters, bytes, instances, parse, read: { ...read, resources: read.n }, cliMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
