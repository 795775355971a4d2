import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, fitComment, upsertPullRequestComment, type PullRequestComment } from '../../src/action/pr-comment.ts';
import { startFakeGitHub, type FakeComment, type FakeGitHub } from '../helpers/fake-github-api.ts';

const REPOSITORY = 'contoso/platform-infra';
const PULL = 42;
const TOKEN = 'ghs_fake-installation-token';
const MARKER = 'aks-audit:terraform';

const started: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

async function github(comments: FakeComment[] = []): Promise<FakeGitHub> {
  const fake = await startFakeGitHub(REPOSITORY, PULL, comments);
  started.push(fake);
  return fake;
}

function comment(fake: FakeGitHub, body: string, extra: Partial<PullRequestComment> = {}) {
  return upsertPullRequestComment({ apiUrl: fake.url, token: TOKEN, repository: REPOSITORY, pullNumber: PULL, marker: MARKER, body, ...extra });
}

/** People talking on the pull request, one of them quoting an earlier aks-audit comment. */
function discussion(count: number): FakeComment[] {
  return Array.from({ length: count }, (_, i) => ({
    id: 100 + i,
    user: i % 2 ? 'alice' : 'bob',
    body: i === 3 ? `> <!-- ${MARKER} -->\n> 2 new failures\n\nWhy is the node pool public?` : `Comment ${i}: looks fine to me`,
  }));
}

describe('the sticky pull request comment', () => {
  it('creates the comment with its marker when the pull request has none, sending the token to the API only', async () => {
    const fake = await github(discussion(5));
    const outcome = await comment(fake, '### aks-audit\n\n1 new failure');
    expect(outcome).toEqual({ action: 'created', id: 9000, url: `https://github.com/${REPOSITORY}/pull/${PULL}#issuecomment-9000` });
    expect(fake.comments.at(-1)?.body).toBe(`<!-- ${MARKER} -->\n### aks-audit\n\n1 new failure`);
    // The quoted marker (line 4) is someone's reply, not ours: it was left alone.
    expect(fake.comments[3]?.body).toContain('Why is the node pool public?');
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /repos/${REPOSITORY}/issues/${PULL}/comments`, `POST /repos/${REPOSITORY}/issues/${PULL}/comments`]);
    expect(new Set(fake.requests.map((r) => r.headers.authorization))).toEqual(new Set([`Bearer ${TOKEN}`]));
    expect(fake.requests[0]?.headers['x-github-api-version']).toBe('2022-11-28');
  });

  it('updates its own comment in place, found on a later page, and creates no second one', async () => {
    const comments = discussion(230);
    comments.splice(170, 0, { id: 7, user: 'github-actions[bot]', body: `<!-- ${MARKER} -->\n3 new failures` });
    comments.push({ id: 8, user: 'github-actions[bot]', body: '<!-- aks-audit:kubernetes -->\nanother scan, another comment' });
    const fake = await github(comments);

    const outcome = await comment(fake, '0 new failures');
    expect(outcome).toEqual({ action: 'updated', id: 7, url: `https://github.com/${REPOSITORY}/pull/${PULL}#issuecomment-7` });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      ...Array<string>(2).fill(`GET /repos/${REPOSITORY}/issues/${PULL}/comments`),
      `PATCH /repos/${REPOSITORY}/issues/comments/7`,
    ]);
    expect(fake.comments.find((c) => c.id === 7)?.body).toBe(`<!-- ${MARKER} -->\n0 new failures`);
    expect(fake.comments.find((c) => c.id === 8)?.body).toContain('another scan');
    expect(fake.comments).toHaveLength(232);

    // Run again: still the one comment.
    expect(await comment(fake, '1 new failure')).toMatchObject({ action: 'updated', id: 7 });
    expect(fake.comments).toHaveLength(232);
  });

  it("cuts a body past GitHub's 65,536 characters at a line, closes an open code block and says how much is left out", async () => {
    const fake = await github();
    const lines = Array.from({ length: 3000 }, (_, i) => `| aks-node-pool-public-ip | azurerm_kubernetes_cluster_node_pool.pool${i} | high |`);
    const body = `### aks-audit\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\``;
    expect(await comment(fake, body)).toMatchObject({ action: 'created' });
    const sent = (fake.requests.at(-1)?.body as { body: string }).body;
    expect(sent.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(sent.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    expect(sent.startsWith(`<!-- ${MARKER} -->\n### aks-audit\n\n\`\`\`text\n| aks-node-pool-public-ip |`)).toBe(true);
    const [kept, note] = sent.split('\n```\n\n');
    expect(kept?.split('\n').at(-1)).toMatch(/^\| aks-node-pool-public-ip \| azurerm_kubernetes_cluster_node_pool\.pool\d+ \| high \|$/);
    const left = Number(/\(([\d,]+) left out\)/.exec(note ?? '')?.[1]?.replaceAll(',', ''));
    expect(sent.length - `<!-- ${MARKER} -->\n`.length - '\n```'.length - (note?.length ?? 0) - 2 + left).toBe(body.length);
  });

  it('leaves a body within the limit as it is, and never splits a character in two', () => {
    expect(fitComment('<!-- m -->', 'short')).toBe('<!-- m -->\nshort');
    const emoji = '🚨'.repeat(COMMENT_LIMIT);
    const fitted = fitComment('<!-- m -->', emoji);
    expect(fitted.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(fitted).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("turns a read-only token (a fork's pull request) into a warning that says which permission is missing", async () => {
    const fake = await github();
    fake.fault = (req) => (req.method === 'POST' ? { status: 403, body: { message: 'Resource not accessible by integration' } } : undefined);
    const outcome = await comment(fake, 'body');
    expect(outcome).toEqual({
      action: 'failed',
      warning: `could not comment on pull request #${PULL}: HTTP 403 Resource not accessible by integration (the token cannot write to this pull request: give the job \`permissions: pull-requests: write\`; a pull request from a fork gets a read-only token)`,
    });
  });

  it('refuses a bad token, a missing pull request and a server error as warnings', async () => {
    const fake = await github();
    expect(await comment(fake, 'body', { token: 'ghs_wrong' })).toEqual({ action: 'failed', warning: `could not comment on pull request #${PULL}: HTTP 401 Bad credentials (the token was refused)` });
    expect(await comment(fake, 'body', { pullNumber: 43 })).toMatchObject({ action: 'failed', warning: expect.stringContaining('HTTP 404 Not Found (no such repository or pull request') as unknown });
    fake.fault = () => ({ status: 502, body: '<html>\u001b[31mBad gateway</html>' });
    expect(await comment(fake, 'body')).toEqual({ action: 'failed', warning: `could not comment on pull request #${PULL}: HTTP 502` });
  });

  it('follows no redirect and no page on another host: the token stays with the API', async () => {
    const fake = await github(discussion(150));
    const elsewhere = await github();
    fake.fault = (req) => (req.method === 'POST' ? { status: 307, headers: { location: `${elsewhere.url.replace('127.0.0.1', 'localhost')}/collect` } } : undefined);
    const redirected = await comment(fake, 'body');
    expect(redirected).toEqual({ action: 'failed', warning: expect.stringMatching(/POST answered HTTP 307, a redirect to localhost:\d+: not followed/) as unknown });

    const base = `/repos/${REPOSITORY}/issues/${PULL}/comments`;
    fake.fault = (req) => (req.method === 'GET' ? { status: 200, body: [], headers: { link: `<${elsewhere.url}${base}?page=2>; rel="next"` } } : undefined);
    expect(await comment(fake, 'body')).toEqual({ action: 'failed', warning: expect.stringMatching(/next page of comments at 127\.0\.0\.1:\d+, not the API's host: not followed/) as unknown });
    expect(elsewhere.requests).toEqual([]);
  });

  it('sends nothing to an API URL that is not https (but for this machine), nor with a marker that would break out of its HTML comment', async () => {
    const calls: string[] = [];
    const recording = ((url: string) => (calls.push(url), Promise.reject(new Error('unreachable')))) as unknown as typeof fetch;
    const base = { token: TOKEN, repository: REPOSITORY, pullNumber: PULL, marker: MARKER, body: 'b', fetch: recording };
    expect(await upsertPullRequestComment({ ...base, apiUrl: 'http://github.contoso.com/api/v3' })).toEqual({ action: 'failed', warning: `could not comment on pull request #${PULL}: the API URL "http://github.contoso.com/api/v3" is not https: the token is not sent` });
    expect(await upsertPullRequestComment({ ...base, apiUrl: 'https://api.github.com', marker: 'x -->\n<script>' })).toMatchObject({ action: 'failed', warning: expect.stringContaining('cannot sit in an HTML comment') as unknown });
    expect(await upsertPullRequestComment({ ...base, apiUrl: 'https://api.github.com', repository: '../../users' })).toMatchObject({ action: 'failed', warning: expect.stringContaining('is not an owner/name repository') as unknown });
    expect(calls).toEqual([]);
  });

  it('reaches a GitHub Enterprise Server API under a path, and reports a host that does not answer as a warning', async () => {
    const seen: string[] = [];
    const enterprise = ((url: string) => (seen.push(url), Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND ghe.contoso.com') })))) as unknown as typeof fetch;
    const outcome = await upsertPullRequestComment({ apiUrl: 'https://ghe.contoso.com/api/v3/', token: TOKEN, repository: REPOSITORY, pullNumber: PULL, marker: MARKER, body: 'b', fetch: enterprise });
    expect(seen).toEqual([`https://ghe.contoso.com/api/v3/repos/${REPOSITORY}/issues/${PULL}/comments?per_page=100`]);
    expect(outcome).toEqual({ action: 'failed', warning: `could not comment on pull request #${PULL}: the request failed (fetch failed: getaddrinfo ENOTFOUND ghe.contoso.com)` });

    const fake = await github();
    await fake.close();
    expect(await comment(fake, 'body')).toMatchObject({ action: 'failed', warning: expect.stringContaining('ECONNREFUSED') as unknown });
  });
});
