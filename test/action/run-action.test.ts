import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type ActionHooks } from '../../src/action/run-action.ts';
import type { PullRequestComment } from '../../src/action/pr-comment.ts';
import { parseOutputs, parseStdout, PULL_NUMBER } from '../helpers/action-runner.ts';

/** The Action in process, as runStep runs it in a child, with the comment client replaced (its own tests run it against a local API). */
async function step(inputs: Record<string, string>, event: object, hooks: ActionHooks = {}, files: Record<string, string> = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'aks-audit-step-'));
  cpSync('fixtures/pr-repo/infra', join(workspace, 'infra'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
  mkdirSync(join(workspace, 'empty'));
  const runner = { output: join(workspace, 'output'), summary: join(workspace, 'summary.md'), event: join(workspace, 'event.json') };
  writeFileSync(runner.output, '');
  writeFileSync(runner.summary, '');
  writeFileSync(runner.event, JSON.stringify(event));
  const env = {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'contoso/platform-infra',
    GITHUB_API_URL: 'http://127.0.0.1:9/api/v3',
    GITHUB_EVENT_PATH: runner.event,
    GITHUB_OUTPUT: runner.output,
    GITHUB_STEP_SUMMARY: runner.summary,
    // Paths inside the workspace, absolute: this process's working directory is the repository's.
    ...Object.fromEntries(Object.entries({ 'output-dir': join(workspace, 'out'), ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v.replaceAll('<ws>', workspace)])),
  };
  const printed: string[] = [];
  const code = await runAction(env, (line) => printed.push(line), hooks);
  return { code, ...parseStdout(printed.join('\n')), outputs: parseOutputs(readFileSync(runner.output, 'utf8')), summary: readFileSync(runner.summary, 'utf8') };
}

const PULL_REQUEST = { pull_request: { number: PULL_NUMBER, head: { sha: 'b'.repeat(40) } } };

describe('comment: true', () => {
  it('keeps one comment on the pull request, found by the category’s marker, with the token given', async () => {
    const requests: PullRequestComment[] = [];
    const run = await step({ terraform: '<ws>/infra', comment: 'true', 'github-token': 'ghs_token' }, PULL_REQUEST, {
      comment: async (request) => (requests.push(request), { action: 'created', id: 1, url: 'https://github.com/contoso/platform-infra/pull/42#issuecomment-1' }),
    });
    expect(run.code).toBe(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ apiUrl: 'http://127.0.0.1:9/api/v3', token: 'ghs_token', repository: 'contoso/platform-infra', pullNumber: PULL_NUMBER, marker: 'aks-audit:aks-audit/terraform' });
    expect(requests[0]!.body).toMatch(/^### ❌ aks-audit: failed, \d+ failure\(s\) at or above high/);
    expect(requests[0]!.body).toContain(`[infra/aks.tf:`);
    expect(run.commands.filter((c) => c.name === 'warning' && !c.properties['file'])).toEqual([]);
  });

  it('turns a comment that could not be written into a warning, and the gate is the scan’s alone', async () => {
    const run = await step({ terraform: '<ws>/infra', comment: 'true', 'github-token': 't', 'fail-on': 'none' }, PULL_REQUEST, {
      comment: async () => ({ action: 'failed', warning: 'could not comment on pull request #42: HTTP 403 (Resource not accessible by integration)' }),
    });
    expect(run.code).toBe(0);
    expect(run.commands.filter((c) => !c.properties['file'])).toEqual([{ name: 'warning', properties: {}, message: 'could not comment on pull request #42: HTTP 403 (Resource not accessible by integration)' }]);
  });

  it('writes no comment outside a pull request, and says so', async () => {
    let called = false;
    const run = await step({ terraform: '<ws>/infra', comment: 'true', 'github-token': 't', 'fail-on': 'none' }, { ref: 'refs/heads/main' }, { comment: async () => ((called = true), { action: 'created', id: 1, url: '' }) });
    expect(called).toBe(false);
    expect(run.commands).toContainEqual({ name: 'notice', properties: {}, message: 'comment: true, but this run is not for a pull request: no comment was written' });
  });
});

describe('config', () => {
  it('is the scan’s config file: a rule it turns off is neither annotated nor counted', async () => {
    const run = await step({ terraform: '<ws>/infra', config: '<ws>/aks-audit.yaml' }, PULL_REQUEST, {}, { 'aks-audit.yaml': 'rules:\n  aks-node-public-ip-disabled: off\n' });
    expect(run.commands.filter((c) => c.properties['title']?.includes('aks-node-public-ip-disabled'))).toEqual([]);
    expect(run.summary).not.toContain('aks-node-public-ip-disabled');
    const bad = await step({ terraform: '<ws>/infra', config: '<ws>/none.yaml' }, PULL_REQUEST);
    expect(bad.code).toBe(2);
    expect(bad.commands).toEqual([{ name: 'error', properties: {}, message: expect.stringMatching(/^aks-audit: .*none\.yaml: cannot be read \(no such file\)$/) }]);
  });
});

describe('a step that cannot judge', () => {
  it('fails with one error naming the bad input, and writes nothing', async () => {
    const run = await step({ terraform: '<ws>/infra', 'fail-on': 'severe' }, PULL_REQUEST);
    expect(run.code).toBe(2);
    expect(run.commands).toEqual([{ name: 'error', properties: {}, message: 'aks-audit: --fail-on: "severe" is not one of critical, high, medium, low, info, none' }]);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });

  it('fails when nothing was read, rather than passing an empty scan', async () => {
    const run = await step({ input: '<ws>/empty' }, PULL_REQUEST);
    expect(run.code).toBe(3);
    expect(run.commands.filter((c) => c.name === 'error').map((c) => c.message)).toEqual(['aks-audit: nothing was read, so nothing was audited: the inputs hold no file to read (see the job summary)']);
    expect(run.outputs).toMatchObject({ 'gate-failed': 'true', 'exit-code': '3' });
    expect(run.summary).toMatch(/^## ❌ aks-audit: nothing was read, so nothing was audited/);
  });

  it('warns when the baseline is missing, and gates on every failure', async () => {
    const run = await step({ terraform: '<ws>/infra', baseline: '<ws>/none.json' }, PULL_REQUEST);
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.objectContaining({ name: 'warning', message: expect.stringMatching(/^baseline .*none\.json not found: every failure counts/) }));
    expect(run.summary).toContain('not found: every failure counts');
  });
});
