import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { githubIngestionProblems, sarifSchemaErrors } from '../helpers/github-sarif.ts';
import { runMain, workDir } from '../cli/run-main.ts';

/**
 * Findings on Kubernetes objects read from files point at the manifest and the object's line,
 * so GitHub annotates the file in the pull request; anything not below the working directory
 * (the checkout) keeps the pseudo-path, which is the only URI GitHub would accept for it.
 */
const MANIFESTS = 'fixtures/kubernetes/payments-debug';

async function sarifOf(path: string): Promise<Result[]> {
  const out = workDir();
  const run = await runMain('scan', '--manifests', path, '--format', 'sarif', '--out', out, '--fail-on', 'none', '--quiet');
  expect(run.stderr).toEqual([]);
  const log = JSON.parse(readFileSync(join(out, 'aks-audit.sarif'), 'utf8')) as Log;
  expect([...sarifSchemaErrors(log), ...githubIngestionProblems(log)]).toEqual([]);
  return log.runs[0]!.results ?? [];
}

const physical = (r: Result) => r.locations![0]!.physicalLocation!;

describe('SARIF for Kubernetes objects read from files', () => {
  it('points each result at the manifest file (relative to the checkout) and the object line', async () => {
    const results = await sarifOf(MANIFESTS);
    const daemonSet = results.filter((r) => r.properties?.resourceType === 'kubernetes/daemonset');
    expect(daemonSet.length).toBeGreaterThan(0);
    for (const r of daemonSet) {
      expect(physical(r).artifactLocation!.uri).toBe(`${MANIFESTS}/debug-tools.yaml`);
      expect(physical(r).region).toEqual({ startLine: 29 });
      expect(r.locations![0]!.message!.text).toBe('payments/node-debugger (kubernetes/daemonset)');
    }
    for (const r of results.filter((x) => String(x.properties?.resourceType).startsWith('kubernetes/'))) {
      const origin = r.properties!.origin as { file: string; line: number };
      expect(physical(r).artifactLocation!.uri).toBe(origin.file);
      expect(physical(r).region!.startLine).toBe(origin.line);
    }
  });

  it('keeps the pseudo-path for manifests outside the working directory', async () => {
    const outside = join(workDir(), 'prod manifests');
    cpSync(MANIFESTS, outside, { recursive: true });
    const results = await sarifOf(outside);
    const inCluster = results.filter((r) => String(r.properties?.resourceType).startsWith('kubernetes/'));
    expect(inCluster.length).toBeGreaterThan(0);
    for (const r of inCluster) {
      expect(physical(r).artifactLocation!.uri).toMatch(/^azure\/kubernetes\/prod%20manifests\//);
      expect(physical(r).region!.startLine).toBe(1);
    }
  });
});
