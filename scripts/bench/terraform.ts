/** The Terraform plan reader on a generated plan (see terraform-plan.ts): its time and peak memory beside a bare read and parse of the same file. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTerraformConfiguration } from './terraform-config.ts';
import { writeTerraformPlan } from './terraform-plan.ts';

export interface TerraformBench {
  clusters: number;
  bytes: number;
  instances: number;
  /** Reading and JSON.parse alone, in a child process. */
  parse: ChildRead;
  /** `readPlanFile` (decode, parse, mark, resolve references, locate), in a child process. */
  read: ChildRead & { resources: number };
  /** `aks-audit scan --terraform plan.json`, wall time and peak RSS. */
  cli: ChildRead;
  /** The same estate as a `.tf` configuration: `aks-audit scan --terraform <folder>`. */
  configuration: ChildRead & { bytes: number; resources: number };
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

/** `aks-audit scan --terraform <path>` to JSON: wall time and the peak RSS GNU time reports. */
function scan(cli: string, path: string, dir: string): ChildRead {
  const args = [process.execPath, cli, 'scan', '--terraform', path, '--out', join(dir, 'out'), '--format', 'json', '--quiet', '--fail-on', 'none'];
  const start = process.hrtime.bigint();
  const gnuTime = existsSync('/usr/bin/time');
  const run = gnuTime ? spawnSync('/usr/bin/time', ['-f', '%M', ...args], { encoding: 'utf8' }) : spawnSync(args[0] as string, args.slice(1), { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`scan --terraform ${path} exited ${run.status}: ${run.stderr}`);
  return { ms, maxRssMb: gnuTime ? Number(run.stderr.trim().split('\n').pop()) / 1024 : NaN };
}

export function benchTerraform(clusters: number, cli: string): TerraformBench {
  const dir = mkdtempSync(join(tmpdir(), 'aks-audit-bench-terraform-'));
  try {
    const file = join(dir, 'plan.json');
    const { bytes, instances } = writeTerraformPlan(file, clusters);
    const parse = child('n = JSON.parse(readFileSync(file, "utf8")).resource_changes.length', file);
    const read = child('n = readPlanFile(file, "terraform:plan.json").resources.length', file);
    const folder = join(dir, 'infra');
    const written = writeTerraformConfiguration(folder, clusters);
    return { clusters, bytes, instances, parse, read: { ...read, resources: read.n }, cli: scan(cli, file, dir), configuration: { ...written, ...scan(cli, folder, dir) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
