import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/cli/judge.ts';
import { runScan } from '../../src/cli/scan.ts';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { defaultPolicy } from '../../src/engine/policy.ts';
import { waiverPolicy } from '../../src/policy/waivers.ts';
import { buildReport, summarize, type ScanReport } from '../../src/engine/report.ts';
import { CONTENT_SECURITY_POLICY, renderHtml } from '../../src/reporters/html.ts';

/** The page's tags with every attribute value emptied: hostile text lands (escaped) in values the filters match on, where it is no markup. */
const markup = (page: string): string => page.replace(/"[^"]*"/g, '""');

/** The page as one string, as it is written. */
const pageOf = (report: ScanReport): string => [...renderHtml(report)].join('');
import { escapeHtml, html } from '../../src/reporters/html/escape.ts';
import { DETAIL_LIMIT, SAMPLE_LIMIT } from '../../src/reporters/html/findings.ts';
import { renderFilterScript } from '../../src/reporters/html/filters.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../src/state/snapshot.ts';
import { cluster, state, SUB, REFERENCE } from '../helpers/state.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const ENTITY = '&amp;';
const RULE = 'aks-api-server-access-restricted';
const RANGES = 'properties.apiServerAccessProfile.authorizedIPRanges';

/**
 * An estate whose names, sources and errors are hostile, run through the real rules, policy
 * and report builder: a public cluster (fail), one whose export omits its API server profile
 * (unknown), a private one (pass), a failed subscription read and a crashed rule.
 */
function hostileReport(): ScanReport {
  const clusters = [
    cluster({ name: SCRIPT, resourceGroup: `rg-'${IMG}`, apiServer: { privateCluster: false, privateClusterPublicFqdn: null, authorizedIpRanges: ['0.0.0.0/0'] } }),
    cluster({ name: IMG, apiServer: { privateCluster: null } }),
    cluster({ name: ENTITY }),
    cluster({ name: 'aks-payments-eu', apiServer: { privateCluster: false, privateClusterPublicFqdn: null, authorizedIpRanges: [] } }),
  ];
  const snapshot: Snapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    tool: { name: 'aks-audit', version: '0.1.0' },
    createdAt: '2026-11-22T08:00:00.000Z',
    sources: [
      { id: 'file:estate', kind: 'file', target: `exports/${SCRIPT}.json`, status: 'ok', resources: 4 },
      { id: `azure:${SUB}`, kind: 'azure', target: SUB, status: 'failed', code: 'forbidden', message: `AuthorizationFailed for ${IMG}`, resources: 0 },
      { id: 'azure:sub-2', kind: 'azure', target: 'platform-dev', status: 'partial', code: 'throttled', message: 'Resource Graph paging stopped after 3 retries', resources: 12 },
    ],
    unrecognized: [{ type: `microsoft.network/${SCRIPT}`, count: 7 }],
    state: state({ clusters }),
  };
  const catalogue = loadCatalogue();
  const now = new Date('2026-11-22T09:30:00Z');
  const waivers = waiverPolicy([{ rule: RULE, resource: '**/managedClusters/aks-payments-eu', reason: `Migration ticket ${IMG}`, owner: 'team-payments@contoso.com', expires: '2027-01-31', file: `aks-audit-${SCRIPT}.yaml`, line: 12 }], { asOf: now });
  const policy = defaultPolicy(catalogue, waivers);
  const { findings, crashes, clusters: topology } = judge(snapshot.state, policy, now, REFERENCE);
  return buildReport({
    snapshot,
    findings,
    crashes: [...crashes, { ruleId: RULE, message: `Cannot read properties of undefined ${SCRIPT}` }],
    catalogue,
    policy,
    references: [{ name: 'AKS Kubernetes version support calendar', source: 'https://learn.microsoft.com/azure/aks/supported-kubernetes-versions', asOf: '2026-11-01' }],
    clusters: topology,
    generatedAt: now,
    asOf: now,
  });
}

describe('escaping', () => {
  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value, nested arrays included, and keeps tagged markup', () => {
    const inner = html`<b>${SCRIPT}</b>`;
    expect(html`<p title="${IMG}">${inner}${[ENTITY, [null, undefined, false, 0]]}</p>`.text).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b>&amp;amp;0</p>',
    );
  });
});

describe('control and bidi characters', () => {
  // A right-to-left override makes `aks-\u202egnp.exe` read as `aks-exe.png`; ESC and OSC 8 would drive a terminal.
  const RLO = 'aks-\u202egnp.exe';
  const TERMINAL = 'aks-\u001b[2J\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u2066x\u2069\u200f';

  it('shows them as escapes in the page, never as the characters; snippet layout (line feed, tab) stays', () => {
    const snapshot: Snapshot = {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      tool: { name: 'aks-audit', version: '0.1.0' },
      createdAt: '2026-11-22T08:00:00.000Z',
      sources: [{ id: 'file:estate', kind: 'file', target: `exports/${RLO}.json`, status: 'partial', code: 'more-pages', message: TERMINAL, resources: 2 }],
      unrecognized: [],
      state: state({ clusters: [cluster({ name: RLO, apiServer: { privateCluster: false, privateClusterPublicFqdn: null, authorizedIpRanges: [] } }), cluster({ name: TERMINAL })] }),
    };
    const catalogue = loadCatalogue();
    const policy = defaultPolicy(catalogue);
    const now = new Date('2026-11-22T09:30:00Z');
    const { findings, crashes, clusters } = judge(snapshot.state, policy, now, REFERENCE);
    const page = pageOf(buildReport({ snapshot, findings, crashes, catalogue, policy, references: [], clusters, generatedAt: now, asOf: now }));
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(page).toContain('aks-\\u202egnp.exe');
    expect(page).toContain('exports/aks-\\u202egnp.exe.json');
    expect(page).toContain('aks-\\u001b[2J\\u001b]8;;https://evil.example/\\u0007click\\u001b]8;;\\u0007\\u2066x\\u2069\\u200f');
    expect(escapeHtml('az aks update \\\n\t--name x')).toBe('az aks update \\\n\t--name x');
  });
});

describe('renderHtml', () => {
  const report = hostileReport();
  const page = pageOf(report);

  it('never lets a resource or input string become markup', () => {
    // Escaped text has no `<`, so any tag with an event handler would be real markup; the one script is the page's own.
    expect(page.split('<script>')).toHaveLength(2);
    expect(markup(page.replace(renderFilterScript().text, ''))).not.toMatch(/<script|<img|<svg|<[a-z]+\s[^>]*\son\w+=/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('rg-&#39;&quot;&gt;&lt;img');
    expect(page).toContain('&amp;amp;');
    expect(page).not.toMatch(/>&amp;</);
    const waivers = page.slice(page.indexOf('<section id="waivers">'), page.indexOf('<section id="references">'));
    expect(waivers).toContain('Migration ticket &quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(waivers).toContain('config file <code>aks-audit-&lt;script&gt;alert(1)&lt;/script&gt;.yaml:12</code>');
  });

  it('loads nothing and runs only its own script, allowed by its hash', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+=*';/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(CONTENT_SECURITY_POLICY).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(markup(page)).not.toMatch(/<(link|iframe|object|embed|base|form)\b|<[a-z]+\s[^>]*\b(src|srcset)=|@import|url\(/i);
  });

  it('has every section, with the coverage problems spelled out', () => {
    for (const id of ['summary', 'rules', 'coverage', 'waivers', 'references', 'findings', 'passes']) expect(page).toContain(`<section id="${id}">`);
    const coverage = page.slice(page.indexOf('<section id="coverage">'), page.indexOf('<section id="references">'));
    expect(coverage).toContain('<code>forbidden</code>');
    expect(coverage).toContain('<code>throttled</code>');
    expect(coverage).toContain('Resource Graph paging stopped after 3 retries');
    expect(coverage).toContain('microsoft.network/&lt;script&gt;');
    expect(coverage).toContain('Cannot read properties of undefined');
    expect(page).toContain('datetime="2026-11-01"');
  });

  it('links docs only over https', () => {
    const rules = report.rules.map((r) => (r.id === RULE ? { ...r, docs: 'javascript:alert(1)' } : r));
    const tampered = pageOf({ ...report, rules });
    expect(tampered).not.toContain('href="javascript');
    expect(tampered).toContain('javascript:alert(1)');
  });

  it('counts every pass but names only the first few per rule', () => {
    const pass = report.findings.find((f) => f.status === 'pass')!;
    const findings = Array.from({ length: SAMPLE_LIMIT + 7 }, (_, i) => ({ ...pass, resource: { ...pass.resource, name: `aks-pass-${i}` } }));
    const out = pageOf({ ...report, findings, summary: summarize(findings) });
    expect(out).toContain(`aks-pass-${SAMPLE_LIMIT - 1}<`);
    expect(out).not.toContain(`aks-pass-${SAMPLE_LIMIT}<`);
    expect(out).toContain('and 7 more');
  });

  it('shows the first failures of a rule in full and names the rest by subscription and resource group', () => {
    const fail = report.findings.find((f) => f.status === 'fail' && f.ruleId === RULE)!;
    const findings = Array.from({ length: DETAIL_LIMIT + 3 }, (_, i) => ({
      ...fail,
      resource: { ...fail.resource, name: `aks-${String(i).padStart(4, '0')}`, resourceGroup: i < DETAIL_LIMIT + 1 ? 'rg-a' : 'rg-b' },
    }));
    const out = pageOf({ ...report, findings, summary: summarize(findings) });
    expect(out.match(/<li class="finding /g)).toHaveLength(DETAIL_LIMIT);
    expect(out).toContain('3 more, named only');
    const name = (i: number) => `aks-${String(i).padStart(4, '0')}`;
    expect(out).toMatch(new RegExp(`<code>rg-a</code>:</span> <strong>${name(DETAIL_LIMIT)}</strong></li>`));
    expect(out).toMatch(new RegExp(`<code>rg-b</code>:</span> <strong>${name(DETAIL_LIMIT + 1)}</strong>, <strong>${name(DETAIL_LIMIT + 2)}</strong></li>`));
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'aks-audit-html-'));

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a report file and records every request, dialog and console error it causes. */
  async function open(file: string): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    const requests: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 20_000 });
    return { page, requests, dialogs, errors };
  }

  it('shows the hostile estate as text, loads nothing, runs nothing', async () => {
    const report = hostileReport();
    const file = join(dir, 'hostile.html');
    writeFileSync(file, pageOf(report));
    const { page, requests, dialogs, errors } = await open(file);

    const high = page.locator('#summary .card.sev-high');
    await expect(high.innerText()).resolves.toMatch(new RegExp(`^${report.summary.failuresBySeverity.high}\\s+high$`, 'i'));
    await expect(page.locator('#summary .statuses').innerText()).resolves.toContain(`Unknown ${report.summary.byStatus.unknown}`);

    const findings = page.locator(`#rule-${RULE} li.finding`);
    const failing = findings.filter({ has: page.locator('.name', { hasText: SCRIPT }) });
    // Findings below the fold are not laid out (content-visibility): look at them as a reader would, scrolled to.
    await failing.scrollIntoViewIfNeeded();
    await expect.poll(() => failing.locator('.name').innerText()).toBe(SCRIPT);
    await expect.poll(() => failing.locator('table.evidence').innerText()).toMatch(new RegExp(`${RANGES}\\s+\\["0\\.0\\.0\\.0/0"\\]`));
    const unknown = findings.filter({ has: page.locator('.name', { hasText: IMG }) });
    await unknown.scrollIntoViewIfNeeded();
    await expect.poll(() => unknown.locator('.badge.st-unknown').innerText()).toMatch(/^unknown$/i);

    const coverage = await page.locator('#coverage').innerText();
    expect(coverage).toMatch(/failed\s+azure\s+00000000-0000-0000-0000-0000000000aa\s+forbidden\s+AuthorizationFailed for "><img src=x onerror=alert\(1\)>/i);
    expect(coverage).toContain('Cannot read properties of undefined <script>alert(1)</script>');

    const waived = page.locator(`#rule-${RULE} details.more`, { hasText: 'Waived' });
    await expect(waived.getByText('team-payments@contoso.com').isVisible()).resolves.toBe(false);
    await waived.locator('summary').click();
    await expect(waived.getByText('team-payments@contoso.com').isVisible()).resolves.toBe(true);

    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    const shots = join(tmpdir(), 'aks-audit-html-screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'hostile.png'), fullPage: true });
    await page.close();
  });

  it('renders the CLI scan of an estate', async () => {
    const out = join(dir, 'estate');
    const { report, written } = await runScan(
      { inputs: ['fixtures/demo/dev', 'fixtures/inputs/estate-psrule-export.json'], formats: ['html'], out, failOn: 'none', asOf: new Date('2026-11-22T00:00:00Z'), quiet: true },
      () => {},
      new Date('2026-11-22T00:00:00Z'),
    );
    expect(written).toEqual([join(out, 'aks-audit.html')]);
    expect(readFileSync(written[0]!, 'utf8')).toBe(pageOf(report));
    const { page, requests, errors } = await open(written[0]!);

    const group = page.locator(`#rule-${RULE}`);
    const fails = report.findings.filter((f) => f.ruleId === RULE && f.status === 'fail');
    expect(fails.length).toBeGreaterThan(0);
    await expect(group.locator('li.finding').count()).resolves.toBe(fails.length);
    const dev = group.locator('li.finding', { hasText: 'aks-saas-dev-weu' });
    await dev.scrollIntoViewIfNeeded();
    await expect.poll(() => dev.innerText()).toMatch(/properties\.apiServerAccessProfile\.enablePrivateCluster\s+false\s+not set in the source/);
    const types = report.unrecognized.length;
    await expect(page.locator('#coverage').innerText()).resolves.toContain(`of ${types} type(s) that no rule reads`);
    expect(requests).toEqual([pathToFileURL(written[0]!).href]);
    expect(errors).toEqual([]);
    // The viewport only: a full-page capture of a 70-rule report costs seconds and shows nothing more.
    await page.screenshot({ path: join(tmpdir(), 'aks-audit-html-screenshots', 'estate.png') });
    await page.close();
  });
});
