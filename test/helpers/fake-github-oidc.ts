import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeArm, type FakeArm, type FakeArmRoute } from './fake-arm/server.ts';

/**
 * Local stand-ins of the two token endpoints a GitHub OIDC sign-in to Azure talks to, sharing one
 * clock the test moves: GitHub's ID token endpoint (`ACTIONS_ID_TOKEN_REQUEST_URL`, plain http on
 * the loopback address) and Entra ID's (https, self-signed: the identity library refuses http).
 * Entra accepts an assertion only if this GitHub issued it, for the token-exchange audience, and
 * it has not expired, answering AADSTS700024 otherwise as the real one does.
 */

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const CLIENT = '0b5e7c1a-6a0f-4c59-9e0b-2f3a4d5e6f70';
export const REQUEST_TOKEN = 'fake-actions-runtime-token';
export const ARM_SCOPE = 'https://management.azure.com/.default';

export interface Clock {
  now: number;
}

export interface FakeGitHubOidc {
  /** `ACTIONS_ID_TOKEN_REQUEST_URL`, with the query GitHub puts in it. */
  requestUrl: string;
  /** Audiences asked for, one per request. */
  requests: { audience: string | null; authorization: string | undefined }[];
  /** Tokens issued, by value: their expiry (ms, on the shared clock). */
  issued: Map<string, number>;
  /** Seconds an ID token lives from the moment it is issued (GitHub: about 5 minutes). */
  lifetimeSeconds: number;
  /** Answer this status instead of a token. */
  refuse: number | undefined;
  close(): Promise<void>;
}

export async function startFakeGitHubOidc(clock: Clock): Promise<FakeGitHubOidc> {
  let serial = 0;
  const state: FakeGitHubOidc = { requestUrl: '', requests: [], issued: new Map(), lifetimeSeconds: 300, refuse: undefined, close: () => Promise.resolve() };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push({ audience: url.searchParams.get('audience'), authorization: req.headers.authorization });
    const refused = state.refuse ?? (req.headers.authorization === `Bearer ${REQUEST_TOKEN}` ? undefined : 401);
    if (refused !== undefined || url.pathname !== '/_apis/distributedtask/hubs/Actions/plans/plan-1/jobs/job-1/idtoken') {
      res.writeHead(refused ?? 404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'refused' }));
      return;
    }
    const iat = Math.floor(clock.now / 1000);
    const claims = { iss: 'https://token.actions.githubusercontent.com', sub: 'repo:contoso/platform-infra:ref:refs/heads/main', aud: url.searchParams.get('audience'), iat, exp: iat + state.lifetimeSeconds, jti: `id-${++serial}` };
    const token = [{ alg: 'RS256', typ: 'JWT' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.c2lnbmF0dXJl';
    state.issued.set(token, claims.exp * 1000);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ count: 1, value: token }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.requestUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_apis/distributedtask/hubs/Actions/plans/plan-1/jobs/job-1/idtoken?api-version=2.0`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

export interface FakeEntra extends FakeArm {
  /** The assertions of the token requests Entra answered, in order, and the reasons it refused others. */
  assertions: string[];
  refusals: string[];
}

/** Entra ID's token endpoint and its discovery document, for the tenant, on https://127.0.0.1. */
export async function startFakeEntra(clock: Clock, github: FakeGitHubOidc): Promise<FakeEntra> {
  const assertions: string[] = [];
  const refusals: string[] = [];
  let serial = 0;
  let base = '';
  const routes: FakeArmRoute[] = [
    {
      method: 'GET',
      path: new RegExp(`^/${TENANT}/v2\\.0/\\.well-known/openid-configuration$`),
      reply: () => ({
        status: 200,
        body: {
          issuer: `${base}/${TENANT}/v2.0`,
          authorization_endpoint: `${base}/${TENANT}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/${TENANT}/oauth2/v2.0/token`,
          end_session_endpoint: `${base}/${TENANT}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/${TENANT}/discovery/v2.0/keys`,
        },
      }),
    },
    {
      method: 'POST',
      path: new RegExp(`^/${TENANT}/oauth2/v2\\.0/token$`),
      reply: (req) => {
        const form = new URLSearchParams(String(req.body));
        const assertion = form.get('client_assertion') ?? '';
        const expires = github.issued.get(assertion);
        const refusal =
          form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== CLIENT || form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
            ? 'AADSTS7000215: Invalid client request.'
            : expires === undefined
              ? 'AADSTS700211: No matching federated identity record found for presented assertion issuer.'
              : expires <= clock.now
                ? 'AADSTS700024: Client assertion is not within its valid time range.'
                : undefined;
        if (refusal) {
          refusals.push(refusal);
          return { status: 400, body: { error: 'invalid_client', error_description: refusal, error_codes: [Number(/\d+/.exec(refusal)?.[0])] } };
        }
        assertions.push(assertion);
        // Ten seconds: inside the identity library's refresh margin, so every getToken comes back here.
        return { status: 200, body: { token_type: 'Bearer', expires_in: 10, ext_expires_in: 10, access_token: `entra-access-token-${++serial}` } };
      },
    },
  ];
  const fake = await startFakeArm(routes);
  base = fake.url;
  return Object.assign(fake, { assertions, refusals });
}
