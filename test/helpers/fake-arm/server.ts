import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from '../fake-kube-api.ts';

/**
 * An Azure Resource Manager endpoint on 127.0.0.1 over HTTPS with a self-signed certificate, so the
 * real SDK clients (bearer auth refuses plain http) can run against it with `tlsOptions.ca`.
 * Behaviour comes from route modules (`routes-<topic>.ts`); every request is recorded, and one that
 * matches no route gets a 404 and lands in `unmatched` so tests can prove nothing escaped.
 */

export interface FakeArmRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingHttpHeaders;
}

/** `'hang'` never answers: the connection stays open until the client gives up or the server closes. */
export type FakeArmReply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

export interface FakeArmRoute {
  method: 'GET' | 'POST';
  path: RegExp;
  /** `undefined` passes the request on to the next matching route (a fault injected in front of a normal route). */
  reply(req: FakeArmRequest, match: RegExpMatchArray): FakeArmReply | undefined | Promise<FakeArmReply | undefined>;
}

export interface FakeArm {
  /** `https://127.0.0.1:<port>`, to pass as the ARM endpoint. */
  url: string;
  /** PEM of the self-signed certificate, to trust as the CA. */
  ca: string;
  requests: FakeArmRequest[];
  /** Requests no route matched (answered 404). */
  unmatched: FakeArmRequest[];
  /**
   * Most requests being answered at the same moment: from the request's arrival to the moment its
   * answer is written. Both ends fall inside the client's own span (it sent the request first and
   * cannot read the answer before it is written), so this never exceeds what the client had in flight.
   */
  peakInFlight(): number;
  /** TLS connections accepted: with keep-alive, about one per concurrency slot, not one per request. */
  connections(): number;
  close(): Promise<void>;
}

export async function startFakeArm(routes: FakeArmRoute[], options: { latencyMs?: number } = {}): Promise<FakeArm> {
  const { key, cert } = selfSignedCertificate();
  const requests: FakeArmRequest[] = [];
  const unmatched: FakeArmRequest[] = [];
  let inFlight = 0;
  let peak = 0;
  let connections = 0;
  const server = createServer({ key, cert }, (req, res) => {
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    // Done when the answer is written. Not at 'finish': over TLS it fires a loop turn later, after
    // requests the client sent on reading the answer may already have arrived, which overcounted
    // (38 in flight seen at --concurrency 32). A request never answered (hung) is done at 'close'.
    let done = false;
    const end = (): void => {
      if (!done) inFlight -= 1;
      done = true;
    };
    res.on('close', end);
    void handle(req, res)
      .catch((error: unknown) => send(res, { status: 500, body: armError('InternalServerError', String(error)) }))
      .then(() => {
        if (res.writableEnded) end();
      });
  });
  server.on('secureConnection', () => (connections += 1));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const request: FakeArmRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body: await readBody(req), headers: req.headers };
    requests.push(request);
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    for (const route of routes) {
      const match = route.method === request.method ? request.path.match(route.path) : null;
      if (!match) continue;
      const reply = await route.reply(request, match);
      if (reply === undefined) continue;
      if (reply !== 'hang') send(res, reply);
      return;
    }
    unmatched.push(request);
    send(res, { status: 404, body: armError('NotFound', `No route for ${request.method} ${request.path}`) });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    ca: cert,
    requests,
    unmatched,
    peakInFlight: () => peak,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The ARM error envelope (`ErrorResponse` in the common types of the REST specs). */
export function armError(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

function send(res: ServerResponse, reply: Exclude<FakeArmReply, 'hang'>): void {
  if (res.headersSent || res.destroyed) return;
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': crypto.randomUUID(), ...reply.headers });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
