/**
 * Scan benchmark: `npm run bench [-- --clusters 1000,10000 --platform 1000 --runs 1 --keep]`.
 *
 * Generates synthetic estates (many subscriptions, each exported in the shapes real estates
 * arrive in): `--clusters` sizes hold AKS clusters only; `--platform` sizes add each
 * cluster's networks and services (about 50 resources per cluster). For each it reports the
 * input size, the ARM resources read, a bare JSON.parse of the same files, the wall time and
 * peak RSS of the real CLI (`bin/aks-audit.js scan` as a child process), and the same
 * pipeline timed phase by phase in-process, and the report floor: serializing and writing reports of
 * the size produced, with no scanner around it. Targets (2 cores): 10,000 clusters, and 50,000
 * resources, each scanned to JSON (`to JSON (CLI)`: the CLI with `--format json`) in under 5 s and
 * within 5x of the parse time. `per finding` is that time over the findings made: when a change
 * makes more findings by design (a finding per node pool rather than per cluster), it is the
 * figure that shows whether the scanner itself got slower.
 *
 * `--pods 50000` (default; 0 skips it) adds an in-cluster run: a synthetic cluster served by the
 * local fake Kubernetes API server, read live and evaluated (see bench/kubernetes.ts).
 *
 * `--terraform 1000` (default; 0 skips it) adds a Terraform plan of that many clusters with their
 * platform (see bench/terraform-plan.ts): the plan reader's time and peak RSS beside a bare parse.
 *
 * `--action 5` (default; 0 skips it) adds the GitHub Action's pull request gate on a small Terraform
 * folder (fixtures/pr-repo/infra against its baseline), run as the runner starts it, best of that
 * many runs (see bench/action.ts). Target: the scan well under a second.
 *
 * `--live 1` (default; `--live 0` skips it) adds a live Azure run: 100 subscriptions, 1,000
 * clusters and 20,000 other resources behind the local fake ARM with 50 ms latency per request
 * and the Resource Graph quota (see bench/azure.ts). Target: under 30 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { adaptArm } from '../src/adapters/arm/adapt.ts';
import { collectArmResources, type ArmResource } from '../src/adapters/arm/collect-resources.ts';
import { displayPath, expandInputs } from '../src/collectors/files/expand-inputs.ts';
import { loadCatalogue } from '../src/engine/catalogue.ts';
import { defaultPolicy } from '../src/engine/policy.ts';
import { buildReport } from '../src/engine/report.ts';
import { loadFrameworks } from '../src/engine/framework.ts';
import { frameworkPostures } from '../src/policy/frameworks.ts';
import { DEFAULT_FORMATS, REPORTERS } from '../src/reporters/index.ts';
import { RULES } from '../src/rules/index.ts';
import { referencesOf } from '../src/cli/references.ts';
import { SNAPSHOT_SCHEMA_VERSION } from '../src/state/snapshot.ts';
import { writeAll } from '../src/cli/write-reports.ts';
import { judge } from '../src/cli/judge.ts';
import { loadReferenceData } from '../src/cli/reference-data.ts';
import { generateEstate } from './bench/estate.ts';
import { benchAction } from './bench/action.ts';
import { benchAzure } from './bench/azure.ts';
import { benchKubernetes } from './bench/kubernetes.ts';
import { benchTerraform } from './bench/terraform.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/aks-audit.js');
const AS_OF = '2026-11-22';
/**
 * `--concurrency` for the live Azure run. ARM's read limits are per subscription and principal: a
 * bucket of 250 refilled at 25 per second. The limiter hands slots to the waiting subscriptions in
 * turn, so 64 in flight over 100 subscriptions is under one per subscription: at the fake's 50 ms
 * that is at most ~13 reads/s each (half the refill; real ARM answers slower still), and each
 * subscription's ~185 reads fit its bucket anyway. The fake enforces that limit and the run reports
 * any 429 it gave. 32 left the scan latency-bound (18k reads × 50 ms / 32 ≈ 29 s of reads alone).
 */
const AZURE_CONCURRENCY = 64;
/** The reports the CLI run writes (the default formats): what its size and the report floor count. The in-process phases time every reporter. */
const CLI_REPORTS = DEFAULT_FORMATS.map((format) => REPORTERS[format]);

// ---------------------------------------------------------------------------- measurements

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function time<T>(phases: Record<string, number>, name: string, fn: () => T): T {
  const start = process.hrtime.bigint();
  const result = fn();
  phases[name] = (phases[name] ?? 0) + ms(start);
  return result;
}

interface ChildScan {
  wallMs: number;
  maxRssMb: number | null;
  exitCode: number | null;
}

/** The real CLI in a child process, under GNU time when present for its peak RSS. */
function scanChild(input: string, out: string, formats?: string): ChildScan {
  const args = [CLI, 'scan', '--input', input, '--out', out, '--quiet', '--fail-on', 'none', '--as-of', AS_OF, ...(formats ? ['--format', formats] : [])];
  const gnuTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const child = gnuTime ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wallMs = ms(start);
  if (child.status !== 0) throw new Error(`scan exited ${child.status}: ${child.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  return { wallMs, maxRssMb: rss ? Number(rss[1]) / 1024 : gnuTime ? null : rssOfEntry(args.slice(1)), exitCode: child.status };
}

/** Without GNU time: run the CLI's `main` in a child that prints its own peak RSS. */
function rssOfEntry(cliArgs: string[]): number | null {
  const entry = `import { main } from ${JSON.stringify(join(ROOT, 'src/cli/main.ts'))}; await main(process.argv.slice(1)); console.error('maxRSS=' + process.resourceUsage().maxRSS);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', entry, '--', ...cliArgs], { encoding: 'utf8' });
  const kb = /maxRSS=(\d+)/.exec(child.stderr ?? '');
  return kb ? Number(kb[1]) / 1024 : null;
}

/** The CLI's pipeline, phase by phase, in this process. */
function scanInProcess(input: string, out: string): { phases: Record<string, number>; parseMs: number; findings: number; resources: number } {
  const phases: Record<string, number> = {};
  const catalogue = time(phases, 'load catalogue', () => loadCatalogue());
  const frameworks = time(phases, 'load frameworks', () => loadFrameworks(catalogue));
  const files = time(phases, 'list files', () => expandInputs([input]));
  const texts = time(phases, 'read', () => files.map((f) => readFileSync(f, 'utf8')));
  const docs = time(phases, 'JSON.parse', () => texts.map((t) => JSON.parse(t) as unknown));
  const resources = time(phases, 'collect resources', () => {
    const all: ArmResource[] = [];
    docs.forEach((doc, i) => {
      const file = displayPath(files[i] as string);
      for (const r of collectArmResources(doc, file, `file:${file}`).resources) all.push(r);
    });
    return all;
  });
  const { state } = time(phases, 'adapt', () => adaptArm(resources));
  const policy = defaultPolicy(catalogue);
  const asOf = new Date(`${AS_OF}T00:00:00Z`);
  const reference = loadReferenceData();
  // With the clusters' topology for the report, from the analyses the rules shared.
  const { findings, crashes, clusters } = time(phases, 'evaluate', () => judge(state, policy, asOf, reference));
  // Every framework's posture, as a scan without --framework reports it.
  const postures = time(phases, 'framework posture', () => frameworkPostures([...frameworks.values()], findings, new Set(policy.rules.keys()), clusters));
  const report = time(phases, 'build report', () => buildReport({ snapshot: { schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'bench' }, createdAt: asOf.toISOString(), sources: [], unrecognized: [], state }, findings, crashes, catalogue, policy, references: referencesOf(state, reference), clusters, generatedAt: asOf, asOf, frameworks: postures }));
  // Reporters make their pieces as the file is written: each format's rendering and writing are timed together.
  for (const [format, reporter] of Object.entries(REPORTERS)) time(phases, `report ${format}`, () => writeAll([{ path: join(out, reporter.file), content: () => reporter.render(report, {}) }]));
  return { phases, parseMs: phases['JSON.parse'] ?? 0, findings: findings.length, resources: resources.length };
}

/**
 * The least any scanner can spend on reports of this size: serializing the JSON and SARIF reports'
 * own contents (parsed back, untimed) in pieces as a streaming writer would, and writing them and the
 * HTML with the CLI's writer. Shows how much of the scan is the volume of output itself.
 */
function reportFloor(out: string, scratch: string): number {
  const files = CLI_REPORTS.map((reporter) => {
    const text = readFileSync(join(out, reporter.file), 'utf8');
    return { path: join(scratch, reporter.file), value: reporter.file.endsWith('.html') ? text : (JSON.parse(text) as unknown) };
  });
  const start = process.hrtime.bigint();
  writeAll(files.map(({ path, value }) => ({ path, content: typeof value === 'string' ? value : jsonPieces(value) })));
  const elapsed = ms(start);
  rmSync(scratch, { recursive: true, force: true });
  return elapsed;
}

/** JSON text in pieces: the elements of long arrays (findings, results) one piece each, the rest walked. */
function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    const long = value.length >= 1000;
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      if (long) yield JSON.stringify(value[i]) ?? 'null';
      else yield* jsonPieces(value[i]);
    }
    yield ']';
  } else if (value !== null && typeof value === 'object') {
    let separator = '{';
    for (const [key, item] of Object.entries(value)) {
      yield `${separator}${JSON.stringify(key)}:`;
      separator = ',';
      yield* jsonPieces(item);
    }
    yield separator === '{' ? '{}' : '}';
  } else {
    yield JSON.stringify(value);
  }
}

// ---------------------------------------------------------------------------- main

const { values } = parseArgs({ options: { clusters: { type: 'string', default: '1000,10000' }, platform: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' }, pods: { type: 'string', default: '50000' }, live: { type: 'string', default: '1' }, terraform: { type: 'string', default: '1000' }, action: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } } });
const sizesOf = (text: string | undefined): number[] => (text ?? '').split(',').map(Number).filter((n) => n > 0);
const estates = [...sizesOf(values.clusters).map((clusters) => ({ clusters, platform: false })), ...sizesOf(values.platform).map((clusters) => ({ clusters, platform: true }))];
const runs = Math.max(1, Number(values.runs));
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

console.log(`aks-audit bench: node ${process.version}, ${cpus().length} CPU(s), ${RULES.length} rules, reporters: ${Object.keys(REPORTERS).join(', ')}, runs per size: ${runs} (best kept)`);
const summary: string[][] = [];
const phaseTable = new Map<string, Record<string, number>>();
for (const { clusters, platform } of estates) {
  const label = `${fmt(clusters)}${platform ? ' + platform' : ''}`;
  const root = mkdtempSync(join(tmpdir(), `aks-audit-bench-${clusters}${platform ? '-platform' : ''}-`));
  const input = join(root, 'estate');
  try {
    const generated = generateEstate(input, clusters, { platform });
    let best: ChildScan | undefined;
    let bestJson: ChildScan | undefined;
    let bestInProcess: ReturnType<typeof scanInProcess> | undefined;
    for (let r = 0; r < runs; r++) {
      // The CLI runs first, with this process's garbage collected: V8 collecting the last in-process
      // scan's gigabyte in the background would take one of the two cores from it.
      collectGarbage();
      const child = scanChild(input, join(root, 'out-child'));
      if (!best || child.wallMs < best.wallMs) best = child;
      collectGarbage();
      const json = scanChild(input, join(root, 'out-json'), 'json');
      if (!bestJson || json.wallMs < bestJson.wallMs) bestJson = json;
      const inProcess = scanInProcess(input, join(root, 'out-inprocess'));
      const total = (p: Record<string, number>) => Object.values(p).reduce((a, b) => a + b, 0);
      if (!bestInProcess || total(inProcess.phases) < total(bestInProcess.phases)) bestInProcess = inProcess;
    }
    if (!best || !bestJson || !bestInProcess) continue;
    const inProcessTotal = Object.values(bestInProcess.phases).reduce((a, b) => a + b, 0);
    // Everything up to the report object: what the scan costs before any format is rendered or written.
    const beforeReports = Object.entries(bestInProcess.phases).reduce((sum, [name, t]) => (name.startsWith('report ') ? sum : sum + t), 0);
    const outputBytes = CLI_REPORTS.reduce((sum, r) => sum + statSync(join(root, 'out-child', r.file)).size, 0);
    const floor = reportFloor(join(root, 'out-child'), join(root, 'out-floor'));
    summary.push([
      label,
      fmt(generated.files),
      `${fmt(generated.bytes / 1048576, 1)} MiB`,
      fmt(bestInProcess.resources),
      fmt(bestInProcess.findings),
      `${fmt(outputBytes / 1048576, 1)} MiB`,
      `${fmt(bestInProcess.parseMs)} ms`,
      `${fmt(best.wallMs)} ms`,
      `${fmt(bestJson.wallMs)} ms`,
      `${fmt((bestJson.wallMs * 1000) / bestInProcess.findings, 1)} µs`,
      `${fmt(inProcessTotal)} ms`,
      `${fmt(beforeReports)} ms`,
      best.maxRssMb === null ? 'n/a' : `${fmt(best.maxRssMb)} MiB`,
      `${fmt(best.wallMs / bestInProcess.parseMs, 1)}x`,
      `${fmt(bestJson.wallMs / bestInProcess.parseMs, 1)}x`,
      `${fmt(inProcessTotal / bestInProcess.parseMs, 1)}x`,
      `${fmt(beforeReports / bestInProcess.parseMs, 1)}x`,
      `${fmt(floor)} ms`,
      `${fmt(floor / bestInProcess.parseMs, 1)}x`,
    ]);
    phaseTable.set(label, bestInProcess.phases);
  } finally {
    if (values.keep) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

printTable(['estate (clusters)', 'files', 'input', 'resources', 'findings', 'reports', 'JSON.parse', 'scan (CLI)', 'to JSON (CLI)', 'per finding', 'scan (in-proc)', 'before reports', 'peak RSS', 'CLI/parse', 'to JSON/parse', 'in-proc/parse', 'before reports/parse', 'report floor', 'floor/parse'], summary);
const phaseNames = [...new Set([...phaseTable.values()].flatMap((p) => Object.keys(p)))];
console.log('\nIn-process phases (ms):');
printTable(['phase', ...phaseTable.keys()], phaseNames.map((name) => [name, ...[...phaseTable.values()].map((p) => fmt(p[name] ?? 0))]));

const pods = Number(values.pods);
if (pods > 0) {
  const k = await benchKubernetes(pods, CLI, AS_OF);
  console.log(`\nIn-cluster (live, fake API server on 127.0.0.1, page size 500): ${fmt(k.pods)} pods, ${fmt(k.objects)} objects, ${fmt(k.findings)} findings`);
  printTable(
    ['measure', 'value', 'target'],
    [
      ['list (all kinds, paged)', `${fmt(k.listMs)} ms`, ''],
      ['evaluate (all rules)', `${fmt(k.evaluateMs)} ms`, '< 5,000 ms'],
      ['scan (CLI, wall)', `${fmt(k.cliWallMs)} ms`, ''],
      ['peak RSS (CLI)', k.cliPeakRssMb === null ? 'n/a' : `${fmt(k.cliPeakRssMb)} MiB`, '< 1,024 MiB'],
    ],
  );
}

const terraformClusters = Number(values.terraform);
if (terraformClusters > 0) {
  const t = benchTerraform(terraformClusters, CLI);
  console.log(`\nTerraform plan (one line, as terraform show -json writes it): ${fmt(t.clusters)} clusters with their platform, ${fmt(t.instances)} instances, ${fmt(t.bytes / 1048576, 1)} MiB`);
  printTable(
    ['measure', 'time', 'peak RSS'],
    [
      ['read + JSON.parse alone', `${fmt(t.parse.ms)} ms`, `${fmt(t.parse.maxRssMb)} MiB`],
      [`readPlanFile (${fmt(t.read.resources)} instances)`, `${fmt(t.read.ms)} ms`, `${fmt(t.read.maxRssMb)} MiB`],
      ['scan --terraform plan.json (CLI, wall)', `${fmt(t.cli.ms)} ms`, `${fmt(t.cli.maxRssMb)} MiB`],
      [`scan --terraform <folder> (${fmt(t.configuration.resources)} resources, ${fmt(t.configuration.bytes / 1048576, 1)} MiB of .tf)`, `${fmt(t.configuration.ms)} ms`, `${fmt(t.configuration.maxRssMb)} MiB`],
    ],
  );
}

const actionRuns = Number(values.action);
if (actionRuns > 0) {
  const g = benchAction(actionRuns);
  console.log(`\nGitHub Action gate (${g.entry}, fixtures/pr-repo/infra against its baseline, best of ${actionRuns}):`);
  printTable(
    ['measure', 'time', 'target'],
    [
      ['scan (inputs to reports, in the step)', `${fmt(g.scanMs)} ms`, '< 1,000 ms'],
      ['step (process start to exit, wall)', `${fmt(g.wallMs)} ms`, ''],
    ],
  );
}

if (values.live !== '0') {
  const a = await benchAzure({ subscriptions: 100, clusters: 1000, otherResources: 20_000 }, AS_OF, AZURE_CONCURRENCY);
  const total = Object.values(a.requests).reduce((x, y) => x + y, 0);
  console.log(`\nLive Azure (fake ARM on 127.0.0.1, 50 ms per request, Resource Graph quota 15 per 5 s): ${fmt(a.subscriptions)} subscriptions, ${fmt(a.clusters)} clusters, ${fmt(a.rows)} Resource Graph rows`);
  printTable(
    ['measure', 'value', 'target'],
    [
      ['scan (CLI, wall)', `${fmt(a.wallMs)} ms`, '< 30,000 ms'],
      ['  of which ARM reads (first to last per-subscription GET)', `${fmt(a.readSpanMs)} ms`, ''],
      ['exit code', String(a.exitCode), '0'],
      ['ARM requests', fmt(total), 'pages + subscriptions'],
      ...Object.entries(a.requests).sort().map(([op, n]) => [`  ${op}`, fmt(n), '']),
      ['ARM requests (scan\'s count)', a.scan ? fmt(a.scan.requests) : 'n/a', 'same'],
      ['429 from the Resource Graph quota', fmt(a.throttled), ''],
      ['429 from ARM read limits (250, 25/s per subscription)', fmt(a.readLimitThrottled), '0'],
      ['peak in flight (scan\'s limiter)', a.scan ? fmt(a.scan.limiterPeak) : 'n/a', `<= ${a.concurrency} (--concurrency)`],
      ['peak in flight (fake ARM)', fmt(a.peakInFlight), `<= ${a.concurrency} (--concurrency)`],
      ['TLS connections (fake ARM)', fmt(a.connections), `~ ${a.concurrency}`],
      ['peak RSS (CLI)', a.peakRssMb === null ? 'n/a' : `${fmt(a.peakRssMb)} MiB`, ''],
    ],
  );
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
