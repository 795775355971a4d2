import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The issue-comment part of GitHub's REST API on 127.0.0.1 (plain http: the loopback address is the
 * one place the comment code sends a token without TLS). One pull request's comments, paginated as
 * GitHub does (`per_page`, a `Link` header with absolute URLs); every request is recorded, and
 * `fault` answers in place of the normal routes.
 */

export interface FakeComment {
  id: number;
  body: string;
  user: string;
}

export interface FakeGitHubRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export type Fault = (req: FakeGitHubRequest) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  requests: FakeGitHubRequest[];
  fault: Fault | undefined;
  close(): Promise<void>;
}

export async function startFakeGitHub(repository: string, pullNumber: number, comments: FakeComment[] = []): Promise<FakeGitHub> {
  const requests: FakeGitHubRequest[] = [];
  let nextId = 9000;
  const state: FakeGitHub = { url: '', comments, requests, fault: undefined, close: () => Promise.resolve() };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', state.url);
      const text = Buffer.concat(chunks).toString('utf8');
      const request: FakeGitHubRequest = { method: req.method ?? 'GET', path: url.pathname, headers: req.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
      requests.push(request);
      const reply = state.fault?.(request) ?? route(request, url);
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });

  function route(req: FakeGitHubRequest, url: URL): { status: number; body?: unknown; headers?: Record<string, string> } {
    if (req.headers.authorization !== 'Bearer ghs_fake-installation-token') return { status: 401, body: { message: 'Bad credentials' } };
    const list = `/repos/${repository}/issues/${pullNumber}/comments`;
    const one = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`).exec(req.path);
    if (req.method === 'GET' && req.path === list) {
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(comments.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) headers.link = `<${state.url}${list}?per_page=${perPage}&page=${page + 1}>; rel="next", <${state.url}${list}?per_page=${perPage}&page=${last}>; rel="last"`;
      return { status: 200, body: comments.slice((page - 1) * perPage, page * perPage).map(shown), headers };
    }
    if (req.method === 'POST' && req.path === list) {
      const comment = { id: nextId++, body: (req.body as { body: string }).body, user: 'github-actions[bot]' };
      comments.push(comment);
      return { status: 201, body: shown(comment) };
    }
    const existing = one ? comments.find((c) => c.id === Number(one[1])) : undefined;
    if (req.method === 'PATCH' && existing) {
      existing.body = (req.body as { body: string }).body;
      return { status: 200, body: shown(existing) };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }

  function shown(c: FakeComment) {
    return { id: c.id, body: c.body, user: { login: c.user }, html_url: `https://github.com/${repository}/pull/${pullNumber}#issuecomment-${c.id}` };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
