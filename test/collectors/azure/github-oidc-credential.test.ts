import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCredential, requireGithubOidc, type ArmTarget } from '../../../src/collectors/azure/credential.ts';
import { createGitHubOidcCredential, githubOidcFromActions, githubOidcSettings, type GitHubOidcSettings } from '../../../src/collectors/azure/github-oidc-credential.ts';
import { UsageError } from '../../../src/engine/errors.ts';
import { ARM_SCOPE, CLIENT, REQUEST_TOKEN, startFakeEntra, startFakeGitHubOidc, TENANT, type Clock, type FakeEntra, type FakeGitHubOidc } from '../../helpers/fake-github-oidc.ts';

/**
 * The GitHub OIDC sign-in against local stand-ins of GitHub's ID token endpoint and Entra ID's
 * token endpoint, on one clock the tests move past an ID token's life. Every request of the
 * process is watched (node:http and fetch), so one aimed anywhere but 127.0.0.1 fails the test.
 */

const clock: Clock = { now: Date.now() };
let github: FakeGitHubOidc;
let entra: FakeEntra;
const hosts: string[] = [];
const watchHttp = (message: unknown) => hosts.push(String((message as { request: ClientRequest }).request.host));
const watchFetch = (message: unknown) => hosts.push(new URL((message as { request: { origin: string } }).request.origin).hostname);

beforeAll(() => {
  subscribe('http.client.request.start', watchHttp);
  subscribe('undici:request:create', watchFetch);
});
afterAll(() => {
  unsubscribe('http.client.request.start', watchHttp);
  unsubscribe('undici:request:create', watchFetch);
});
beforeEach(async () => {
  clock.now = Date.now();
  github = await startFakeGitHubOidc(clock);
  entra = await startFakeEntra(clock, github);
});
afterEach(async () => {
  await Promise.all([github.close(), entra.close()]);
  expect(entra.unmatched).toEqual([]);
  expect(new Set(hosts)).toEqual(new Set(['127.0.0.1']));
});

function settings(): GitHubOidcSettings {
  return { tenantId: TENANT, clientId: CLIENT, requestUrl: github.requestUrl, requestToken: REQUEST_TOKEN };
}

function credential() {
  return createGitHubOidcCredential(settings(), { authorityHost: entra.url, tlsCa: entra.ca, now: () => clock.now });
}

/** What a job with `permissions: id-token: write` and the app's ids in `env:` sees. */
function actionsEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { GITHUB_ACTIONS: 'true', AZURE_CLIENT_ID: CLIENT, AZURE_TENANT_ID: TENANT, ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN, ...extra };
}

describe('the GitHub OIDC credential for Azure', () => {
  it("keeps signing in past the ID token's life: a fresh ID token once the last one is near its end, never an expired one", async () => {
    const azure = await credential();
    const first = await azure.getToken(ARM_SCOPE);
    const second = await azure.getToken(ARM_SCOPE);
    expect([first?.token, second?.token]).toEqual(['entra-access-token-1', 'entra-access-token-2']);
    // One ID token served both exchanges: it had minutes left.
    expect(github.requests).toEqual([{ audience: 'api://AzureADTokenExchange', authorization: `Bearer ${REQUEST_TOKEN}` }]);
    expect(entra.assertions).toEqual([...github.issued.keys(), ...github.issued.keys()]);

    // Ten minutes into the scan the first ID token is dead: the next Azure token needs a new one.
    clock.now += 10 * 60_000;
    const later = await azure.getToken(ARM_SCOPE);
    expect(later?.token).toBe('entra-access-token-3');
    expect(github.requests).toHaveLength(2);
    const [dead, fresh] = [...github.issued.keys()];
    expect(entra.assertions.at(-1)).toBe(fresh);
    expect(fresh).not.toBe(dead);
    expect(entra.refusals).toEqual([]);
    const form = new URLSearchParams(String(entra.requests.at(-1)?.body));
    expect(Object.fromEntries(form)).toMatchObject({ grant_type: 'client_credentials', client_id: CLIENT, scope: ARM_SCOPE, client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' });
  });

  it('the Entra stand-in refuses an expired assertion as Entra does (what a kept ID token meets an hour in)', async () => {
    github.lifetimeSeconds = -1;
    const azure = await credential();
    await expect(azure.getToken(ARM_SCOPE)).rejects.toThrow(/AADSTS700024: Client assertion is not within its valid time range/);
    expect(entra.refusals).toHaveLength(1);
  });

  it('asks GitHub once when many reads need a token at the same moment', async () => {
    const azure = await credential();
    const tokens = await Promise.all(Array.from({ length: 6 }, () => azure.getToken(ARM_SCOPE)));
    expect(tokens.every((t) => t?.token.startsWith('entra-access-token-'))).toBe(true);
    expect(github.requests).toHaveLength(1);
  });

  it('says the job lacks `id-token: write` when GitHub refuses, and never shows the request token', async () => {
    github.refuse = 403;
    const azure = await credential();
    const error = await azure.getToken(ARM_SCOPE).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('GitHub gave no OIDC ID token for Azure: HTTP 403 (the job needs `permissions: id-token: write`');
    expect(error?.message).not.toContain(REQUEST_TOKEN);
    expect(entra.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });
});

describe('choosing the GitHub OIDC sign-in', () => {
  const target = (): ArmTarget => ({ endpoint: 'https://management.azure.com', scope: ARM_SCOPE, authorityHost: entra.url });

  it('--credential default inside GitHub Actions set up for OIDC signs in with it, through the stand-ins', async () => {
    const azure = await createCredential('default', target(), actionsEnv(), entra.ca);
    expect((await azure.getToken(ARM_SCOPE))?.token).toBe('entra-access-token-1');
    expect(github.requests).toHaveLength(1);
  });

  it('--credential github-oidc signs in with it outside a GitHub-hosted check (a self-hosted runner without GITHUB_ACTIONS)', async () => {
    const azure = await createCredential('github-oidc', target(), { ...actionsEnv(), GITHUB_ACTIONS: undefined }, entra.ca);
    expect((await azure.getToken(ARM_SCOPE))?.token).toBe('entra-access-token-1');
  });

  it('leaves default to the SDK chain outside Actions, without OIDC, or when another sign-in is named', () => {
    expect(githubOidcFromActions(actionsEnv())).toEqual(settings());
    expect(githubOidcFromActions(actionsEnv({ GITHUB_ACTIONS: undefined }))).toBeUndefined();
    expect(githubOidcFromActions(actionsEnv({ ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }))).toBeUndefined();
    expect(githubOidcFromActions(actionsEnv({ AZURE_TENANT_ID: '' }))).toBeUndefined();
    expect(githubOidcFromActions(actionsEnv({ AZURE_CLIENT_SECRET: 'a-secret' }))).toBeUndefined();
    expect(githubOidcFromActions(actionsEnv({ AZURE_CLIENT_CERTIFICATE_PATH: '/certs/sp.pem' }))).toBeUndefined();
    expect(githubOidcFromActions(actionsEnv({ AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/azure/tokens/azure-identity-token' }))).toBeUndefined();
  });

  it('names what the environment lacks for --credential github-oidc', () => {
    expect(githubOidcSettings({ AZURE_CLIENT_ID: CLIENT })).toEqual({ missing: ['AZURE_TENANT_ID', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] });
    expect(() => requireGithubOidc({ AZURE_CLIENT_ID: CLIENT, AZURE_TENANT_ID: TENANT })).toThrow(
      new UsageError('--credential github-oidc: ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN not set (GitHub sets ACTIONS_ID_TOKEN_REQUEST_* for a job with `permissions: id-token: write`)'),
    );
    expect(() => requireGithubOidc(actionsEnv({ AZURE_CLIENT_ID: undefined }))).toThrow('--credential github-oidc: AZURE_CLIENT_ID not set');
  });
});
