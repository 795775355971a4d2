import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { ScanHooks } from '../../src/cli/scan.ts';
import { fakeCredential, inventoryEnrichment, inventoryEstate, PROD, STAGING } from '../helpers/fake-arm/inventory-estate.ts';
import { enrichmentRoutes } from '../helpers/fake-arm/routes-enrichment.ts';
import { inventoryRoutes } from '../helpers/fake-arm/routes-inventory.ts';
import { armError, startFakeArm, type FakeArm } from '../helpers/fake-arm/server.ts';
import { readJsonReport } from '../helpers/report.ts';
import { workDir } from './run-main.ts';

/**
 * `aks-audit scan --subscription … --arm-endpoint https://127.0.0.1:<port>` in-process, with an
 * injected credential and CA: the whole command against a local ARM where the identity may read
 * production but not staging. Every outgoing HTTP request of the process is watched, so one
 * aimed anywhere but the fake fails the test.
 */

let fake: FakeArm;
const hosts: string[] = [];
const watch = (message: unknown) => hosts.push(String((message as { request: ClientRequest }).request.host));

beforeAll(async () => {
  subscribe('http.client.request.start', watch);
  fake = await startFakeArm([...inventoryRoutes(inventoryEstate(), { forbidden: [STAGING] }), ...enrichmentRoutes(inventoryEnrichment(inventoryEstate(), [PROD]))]);
});
afterAll(async () => {
  unsubscribe('http.client.request.start', watch);
  await fake.close();
});

async function scan(...flags: string[]) {
  const out = join(workDir(), 'reports');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const hooks: ScanHooks = { azure: { credential: fakeCredential(), tlsCa: fake.ca, retry: { maxRetries: 1, retryDelayInMs: 5, maxRetryDelayInMs: 10 } } };
  const argv = ['scan', '--subscription', PROD, '--subscription', STAGING, '--arm-endpoint', fake.url, '--out', out, '--as-of', '2026-11-22', '--fail-on', 'none', ...flags];
  const code = await main(argv, (s) => stdout.push(s), (s) => stderr.push(s), hooks);
  return { code, stdout, stderr, out };
}

describe('aks-audit scan against a live (local) Azure', () => {
  it('writes the three reports; the unreadable subscription is failed in coverage and its rules are unknown, never pass', async () => {
    const before = fake.requests.length;
    const { code, stdout, stderr, out } = await scan();
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    expect(stdout.join('\n')).toContain(`coverage: 1 source(s) not fully read: ${STAGING} (forbidden)`);

    const report = readJsonReport(join(out, 'aks-audit.json'));
    expect(report.sources.map((s) => [s.kind, s.target, s.status, s.code])).toEqual([
      ['azure', PROD, 'ok', undefined],
      ['azure', STAGING, 'failed', 'forbidden'],
      // The per-service reads, one source per subscription and topic, sorted by id (aks-versions, database-server-children, diagnostic-settings, federated-credentials, inherited-role-assignments, ...).
      ...['AKS supported Kubernetes versions', 'database server parameters, firewall rules and administrators', 'diagnostic settings', 'federated identity credentials', 'role assignments inherited from management groups', 'security contacts (Microsoft.Security/securityContacts)', 'SQL managed instance database encryption and failover groups', 'SQL server auditing, firewall rules, failover groups and database encryption'].map((topic) => ['azure', `${PROD}: ${topic}`, 'ok', undefined]),
    ]);
    const defender = (sub: string) => report.findings.filter((f) => f.ruleId === 'defender-plans-enabled' && f.resource.id === `/subscriptions/${sub}`);
    expect(defender(STAGING).map((f) => f.status)).toEqual(['unknown']);
    expect(defender(PROD).map((f) => f.status)).not.toContain('unknown');
    expect(report.findings.some((f) => f.resource.id.includes(`/subscriptions/${STAGING}/`))).toBe(false);
    expect(report.findings.filter((f) => f.ruleId === 'aks-api-server-access-restricted').map((f) => f.resource.name)).toEqual(['aks-shop']);

    const html = readFileSync(join(out, 'aks-audit.html'), 'utf8');
    const coverage = html.slice(html.indexOf('<section id="coverage">'));
    expect(coverage).toContain(STAGING);
    expect(coverage).toContain('forbidden');
    expect(coverage).toContain('AuthorizationFailed');
    const sarif = JSON.parse(readFileSync(join(out, 'aks-audit.sarif'), 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]?.results.some((r) => r.ruleId === 'aks-api-server-access-restricted')).toBe(true);

    // Nothing left the machine: the fake saw every request this scan made, and routed each one.
    const made = fake.requests.slice(before);
    expect(made.length).toBeGreaterThan(0);
    expect(fake.unmatched).toEqual([]);
    expect(new Set(hosts)).toEqual(new Set(['127.0.0.1']));
  });

  it('--fail-on-incomplete exits 1 when a source could not be read', async () => {
    expect((await scan('--fail-on-incomplete', '--quiet')).code).toBe(1);
  });

  it('refuses a plain-http endpoint and a subscription named by display name (exit 2, nothing sent)', async () => {
    const before = fake.requests.length;
    const stderr: string[] = [];
    expect(await main(['scan', '--subscription', PROD, '--arm-endpoint', 'http://127.0.0.1:1'], () => {}, (s) => stderr.push(s))).toBe(2);
    expect(await main(['scan', '--subscription', 'contoso-saas-prod'], () => {}, (s) => stderr.push(s))).toBe(2);
    expect(stderr.join('\n')).toMatch(/must be an https:\/\/ URL[\s\S]*not a subscription id/);
    expect(fake.requests.length).toBe(before);
  });
});

describe('a live scan that read nothing exits 3, with the reason on stderr', () => {
  /** The credential a service principal with a revoked secret gives: every token request refused, nothing sent to ARM. */
  const refusedCredential = { getToken: () => Promise.reject(new Error('ClientSecretCredential authentication failed: AADSTS7000222: The provided client secret keys are expired.')) };

  async function scanWith(arm: FakeArm, credential: ScanHooks['azure'], ...flags: string[]) {
    const out = join(workDir(), 'reports');
    const stdout: string[] = [];
    const stderr: string[] = [];
    const hooks: ScanHooks = { azure: { tlsCa: arm.ca, retry: { maxRetries: 1, retryDelayInMs: 5, maxRetryDelayInMs: 10 }, ...credential } };
    const code = await main(['scan', '--arm-endpoint', arm.url, '--out', out, '--format', 'json', '--fail-on', 'none', ...flags], (s) => stdout.push(s), (s) => stderr.push(s), hooks);
    return { code, stdout, stderr, out };
  }

  it('when the credential fails: exit 3 even with --fail-on none, the reports still written; --allow-empty exits 0', async () => {
    const before = fake.requests.length;
    const run = await scanWith(fake, { credential: refusedCredential }, '--subscription', PROD, '--subscription', STAGING);
    expect(run.code).toBe(3);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(new RegExp(`^aks-audit: nothing was read, so nothing was audited: ${PROD}, ${STAGING}: failed, \\w+ \\(subscription not readable: .*AADSTS7000222: The provided client secret keys are expired\\.\\)$`));
    const report = readJsonReport(join(run.out, 'aks-audit.json'));
    expect(report.sources.map((s) => [s.target, s.status, s.resources])).toEqual([[PROD, 'failed', 0], [STAGING, 'failed', 0]]);
    expect(report.findings.filter((f) => f.status === 'pass')).toEqual([]);
    expect(fake.requests.length).toBe(before);

    const allowed = await scanWith(fake, { credential: refusedCredential }, '--subscription', PROD, '--allow-empty', '--quiet');
    expect(allowed).toMatchObject({ code: 0, stderr: [] });
  });

  it('when the subscription listing is refused (--all-subscriptions)', async () => {
    const refusing = await startFakeArm([{ method: 'GET', path: /^\/subscriptions\/?$/, reply: () => ({ status: 403, body: armError('AuthorizationFailed', "The client 'aks-audit-reader' does not have authorization to perform action 'Microsoft.Resources/subscriptions/read' over scope '/'.") }) }]);
    try {
      const run = await scanWith(refusing, { credential: fakeCredential() }, '--all-subscriptions', '--quiet');
      expect(run.code).toBe(3);
      expect(run.stderr).toEqual([expect.stringMatching(/^aks-audit: nothing was read, so nothing was audited: https:\/\/127\.0\.0\.1:\d+\/subscriptions: failed, forbidden \(listing stopped: AuthorizationFailed: .*\(HTTP 403\); 0 subscription\(s\) in scope\)$/)]);
    } finally {
      await refusing.close();
    }
  });

  it('but not when one subscription was read and another refused: that is incomplete coverage, exit 0 or 1', async () => {
    const run = await scan('--quiet');
    expect(run.code).toBe(0);
    expect(run.stderr).toEqual([]);
  });
});
