import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, workDir } from './run-main.ts';

/**
 * File names are input too: a name can clear the screen (ESC[2J), plant a hyperlink (OSC 8), reverse
 * what follows it (RLO) or start a forged line (LF). Every line aks-audit prints shows them escaped.
 */
const HOSTILE = 'aks\u001b[2J\u001b]8;;mailto:a@evil.example\u0007click\u001b]8;;\u0007\u202egnp\n  fail 0\u0085\u2066x\u2069\u200f';
const SHOWN = 'aks\\u001b[2J\\u001b]8;;mailto:a@evil.example\\u0007click\\u001b]8;;\\u0007\\u202egnp\\u000a  fail 0\\u0085\\u2066x\\u2069\\u200f';
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const CLUSTER = JSON.parse(readFileSync('fixtures/inputs/cluster-resource.json', 'utf8')) as Record<string, unknown>;

describe('terminal output shows control and bidi characters from the input escaped', () => {
  it('in an error line naming a file', async () => {
    const file = join(workDir(), `${HOSTILE}.json`);
    writeFileSync(file, '{"id": ');
    const run = await runMain('scan', '--input', file, '--out', join(workDir(), 'reports'));
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain(`${SHOWN}.json`);
    expect(run.stderr[0]).not.toMatch(CONTROLS);
  });

  it('in the summary: a source named in the coverage line cannot forge a line', async () => {
    const dir = workDir();
    writeFileSync(join(dir, `${HOSTILE}.json`), JSON.stringify({ value: [CLUSTER], nextLink: 'https://management.azure.com/subscriptions?$skiptoken=2' }));
    const run = await runMain('scan', '--input', dir, '--format', 'json', '--out', join(dir, 'reports'), '--fail-on', 'none');
    expect(run.code).toBe(0);
    expect(run.stdout).toContainEqual(`  coverage: 1 source(s) not fully read: ${join(dir, SHOWN)}.json (more-pages)`);
    for (const line of run.stdout) expect(line).not.toMatch(CONTROLS);
  });

  it('in the bytes the real binary writes, stdout and stderr', () => {
    const dir = workDir();
    writeFileSync(join(dir, `${HOSTILE}.json`), JSON.stringify({ value: [CLUSTER], nextLink: 'https://management.azure.com/subscriptions?$skiptoken=2' }));
    writeFileSync(join(dir, `${HOSTILE}-empty.json`), '[]');
    const ok = spawnSync(process.execPath, ['bin/aks-audit.js', 'scan', '--input', dir, '--format', 'json', '--out', join(dir, 'reports'), '--fail-on', 'none'], { encoding: 'utf8', timeout: 60_000 });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain(SHOWN);
    const failed = spawnSync(process.execPath, ['bin/aks-audit.js', 'scan', '--input', join(dir, `${HOSTILE}-empty.json`), '--out', join(dir, 'reports')], { encoding: 'utf8', timeout: 60_000 });
    expect(failed.status).toBe(3);
    expect(failed.stderr).toContain(`${SHOWN}-empty.json: no resources in it`);
    for (const text of [ok.stdout, ok.stderr, failed.stdout, failed.stderr]) expect(text.replaceAll('\n', '')).not.toMatch(CONTROLS);
  });
});
