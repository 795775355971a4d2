import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wantsColour } from '../../src/cli/colour.ts';
import { runMainWith, workDir } from './run-main.ts';

const PUBLIC_OPEN = 'fixtures/inputs/cluster-public-api-server.json';
// eslint-disable-next-line no-control-regex -- the colour codes aks-audit writes
const SGR = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('colour in the terminal', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: 'false' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '3' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, false],
    [{ TERM: 'dumb' }, true, false],
  ] as const)('env %j, terminal %s: colour %s', (env, isTTY, colour) => {
    expect(wantsColour(env, isTTY)).toBe(colour);
  });

  async function summaryOf(env: Record<string, string>, stdout: boolean, ...flags: string[]) {
    const run = await runMainWith({ env, isTTY: { stdout, stderr: !stdout } }, 'scan', '--input', PUBLIC_OPEN, '--format', 'json', '--out', join(workDir(), 'reports'), '--fail-on', 'none', ...flags);
    expect(run.code).toBe(0);
    return run;
  }

  it('colours the severities of the summary on a terminal', async () => {
    const { stdout } = await summaryOf({}, true);
    /* eslint-disable no-control-regex -- the colour codes are the point */
    expect(stdout.join('\n')).toMatch(/\u001b\[31mhigh\u001b\[0m {6}aks-api-server-access-restricted/);
    expect(stdout.join('\n')).toMatch(/fail \d+ \([^)]*\u001b\[31mhigh [1-9]\d*\u001b\[0m/);
    /* eslint-enable no-control-regex */
  });

  it.each([
    ['NO_COLOR is set', { NO_COLOR: '1' }, true],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, true],
    ['stdout is not a terminal', {}, false],
  ])('writes no escape code when %s', async (_, env, tty) => {
    const { stdout } = await summaryOf(env, tty);
    expect(stdout.some((line) => line.includes('aks-api-server-access-restricted'))).toBe(true);
    for (const line of stdout) expect(line).not.toMatch(CONTROLS);
  });

  it('colours with FORCE_COLOR=1 even into a pipe', async () => {
    expect((await summaryOf({ FORCE_COLOR: '1' }, false)).stdout.join('\n')).toMatch(SGR);
  });

  it('decides by stderr when the summary goes there (a report on stdout)', async () => {
    const run = await runMainWith({ env: {}, isTTY: { stdout: false, stderr: true } }, 'scan', '--input', PUBLIC_OPEN, '--out', '-', '--format', 'json', '--fail-on', 'none');
    expect(run.stdout).toEqual([]);
    expect(run.stderr.join('\n')).toMatch(SGR);
    expect(run.report).not.toMatch(SGR);
  });

  it('never lets a hostile resource name through: with colour on, the only escape codes are its own', async () => {
    const hostile = 'aks\u001b[2J\u001b]8;;https://evil.example\u0007x\u202e\n  fail 0';
    const cluster = JSON.parse(readFileSync(PUBLIC_OPEN, 'utf8')) as { id: string; name: string };
    const input = join(workDir(), 'cluster.json');
    writeFileSync(input, JSON.stringify({ ...cluster, name: hostile, id: cluster.id.replace(/[^/]+$/, encodeURIComponent(hostile)) }));
    const run = await runMainWith({ env: { FORCE_COLOR: '1' } }, 'scan', '--input', input, '--format', 'json', '--out', join(workDir(), 'reports'), '--fail-on', 'none');
    expect(run.stdout.join('\n')).toContain('aks\\u001b[2J\\u001b]8;;https://evil.example\\u0007x\\u202e\\u000a  fail 0');
    for (const line of run.stdout) expect(line.replace(SGR, '')).not.toMatch(CONTROLS);
  });
});
