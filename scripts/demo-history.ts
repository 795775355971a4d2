/**
 * The demo through three simulated weeks of history: `npm run demo:history [-- <out-folder>]`.
 *
 * For each week of fixtures/demo-history/weeks.yaml, copies fixtures/demo to `<out>/estate`,
 * applies the week's edits, and scans the copy with `--as-of` the week's date and `--history <out>/history` (reports
 * of each week in `<out>/week-<n>`); then `aks-audit report --history` writes the newest run's
 * reports, trend included, to `<out>/report` without scanning again. Default out:
 * aks-audit-history-demo.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { main } from '../src/cli/main.ts';

const DEMO = fileURLToPath(new URL('../fixtures/demo', import.meta.url));
const WEEKS = fileURLToPath(new URL('../fixtures/demo-history/weeks.yaml', import.meta.url));
const CLUSTERS = ['aks-saas-prod-weu', 'aks-saas-stg-weu'];

interface Edit {
  file: string;
  line: number;
  from: string;
  to: string;
}

/** Runs the three weeks and the report; returns the exit code of the first command that failed, or 0. */
export async function demoHistory(out: string, print: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const { weeks } = parse(readFileSync(WEEKS, 'utf8')) as { weeks: { asOf: string; edits: Edit[] }[] };
  const history = join(out, 'history');
  const estate = join(out, 'estate');
  // A history runs forward: the demo's weeks start it afresh.
  rmSync(history, { recursive: true, force: true });
  for (const [n, week] of weeks.entries()) {
    rmSync(estate, { recursive: true, force: true });
    cpSync(DEMO, estate, { recursive: true });
    for (const edit of week.edits) applyEdit(estate, edit);
    const manifests = CLUSTERS.flatMap((cluster) => ['--manifests', `${join(estate, 'kubernetes', cluster)}=${cluster}`]);
    print(`== week ${n + 1}: ${week.asOf}`);
    const code = await main(['scan', '--config', join(estate, 'aks-audit.yaml'), '--input', estate, ...manifests, '--as-of', week.asOf, '--history', history, '--format', 'json,html,text', '--out', join(out, `week-${n + 1}`), '--fail-on', 'none'], print, err);
    if (code !== 0) return code;
  }
  print('== the report from history');
  return main(['report', '--history', history, '--format', 'json,html,text', '--out', join(out, 'report')], print, err);
}

function applyEdit(estate: string, { file, line, from, to }: Edit): void {
  const path = join(estate, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  if (!lines[line - 1]?.includes(from)) throw new Error(`fixtures/demo/${file}:${line} does not hold ${from}: update fixtures/demo-history/weeks.yaml`);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  writeFileSync(path, lines.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await demoHistory(process.argv[2] ?? 'aks-audit-history-demo');
