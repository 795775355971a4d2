import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain, workDir } from './run-main.ts';

const SUBSCRIPTION = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('aks-audit scan --credential github-oidc', () => {
  it('names what the job lacks before the scan starts (exit 2, nothing written)', async () => {
    vi.stubEnv('AZURE_CLIENT_ID', '0b5e7c1a-6a0f-4c59-9e0b-2f3a4d5e6f70');
    vi.stubEnv('AZURE_TENANT_ID', '72f988bf-86f1-41af-91ab-2d7cd011db47');
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', '');
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', '');
    const out = join(workDir(), 'reports');
    const run = await runMain('scan', '--subscription', SUBSCRIPTION, '--credential', 'github-oidc', '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([
      'aks-audit: --credential github-oidc: ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN not set (GitHub sets ACTIONS_ID_TOKEN_REQUEST_* for a job with `permissions: id-token: write`)',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('is one of the kinds scan --help lists', async () => {
    expect((await runMain('scan', '--help')).stdout.join('\n')).toMatch(/--credential <kind> +default\|github-oidc\|cli\|env\|workload-identity\|managed-identity/);
  });
});
