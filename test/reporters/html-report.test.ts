import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/scan.ts';
import type { ScanReport } from '../../src/engine/report.ts';
import { renderHtml } from '../../src/reporters/html.ts';
import { renderFilterScript } from '../../src/reporters/html/filters.ts';
import { cisPosture, weeklyHistory } from '../helpers/framework-posture.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const AS_OF = new Date('2026-11-22T00:00:00Z');

/** The demo estate scanned by the CLI, then given a CIS posture and three earlier weekly runs, with hostile text where people's data goes. */
async function demoReport(): Promise<ScanReport> {
  const out = mkdtempSync(join(tmpdir(), 'aks-audit-report-'));
  const { report } = await runScan({ inputs: ['fixtures/demo/dev', 'fixtures/demo/prod', 'fixtures/inputs/estate-psrule-export.json'], formats: [], out, failOn: 'none', asOf: AS_OF, quiet: true }, () => {}, AS_OF);
  rmSync(out, { recursive: true, force: true });
  const framework = cisPosture(report, [{ id: `9.9 ${IMG}`, section: SCRIPT, title: `Hostile ${SCRIPT}`, automated: false, status: 'manual', rules: [], counts: { pass: 0, fail: 0, unknown: 0, waived: 0, notApplicable: 0 }, reason: IMG }]);
  const history = weeklyHistory(report, framework.score.percent);
  history.sincePrevious.new[0]!.message = `New ${SCRIPT}`;
  return { ...report, frameworks: [{ ...framework, version: IMG }], history };
}

const pageOf = (report: ScanReport): string => [...renderHtml(report)].join('');
const between = (page: string, from: string, to: string): string => page.slice(page.indexOf(from), page.indexOf(to, page.indexOf(from)));

describe('HTML report: executive summary and controls', () => {
  it('leads with the framework score, trend, what got worse and the waivers expiring, escaping every string', async () => {
    const report = await demoReport();
    const page = pageOf(report);
    const executive = between(page, '<section id="executive">', '</section>');
    const score = report.frameworks![0]!.score;
    expect(executive).toContain(`<span class="big">${score.percent.toFixed(0)}%</span>`);
    expect(executive).toContain(`${score.passed} of ${score.total} controls pass`);
    expect(executive.match(/<svg class="chart"/g)).toHaveLength(1);
    expect(executive.match(/<circle /g)).toHaveLength(4);
    expect(executive).toContain('1 new failure(s)</strong>, 1 regressed, 0 fixed');
    expect(executive).toContain('New &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(executive).toContain('Waivers expiring within 30 days');
    expect(page.indexOf('<section id="executive">')).toBeLessThan(page.indexOf('<section id="summary">'));
    const controls = between(page, '<section id="controls-cis-aks"', '</section>');
    expect(controls.match(/<tr data-control=/g)).toHaveLength(report.frameworks![0]!.controls.length);
    expect(controls).toContain('Hostile &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(controls).toContain('data-control="cis-aks 9.9 &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    // Hostile text lands in attribute values too (a control's filter key): those are escaped, so drop them before looking for markup.
    expect(page.replace(renderFilterScript().text, '').replace(/"[^"]*"/g, '""')).not.toMatch(/<script|<img|<[a-z]+\s[^>]*\son\w+=/i);
  });

  it('has no framework or history section when the scan had neither', async () => {
    const { frameworks: _f, history: _h, ...plain } = await demoReport();
    const page = pageOf(plain);
    expect(page).not.toContain('<svg');
    expect(page).not.toContain('id="controls-');
    expect(page).not.toContain('Since the last run');
    expect(page).toContain('<section id="executive">');
  });

  it('charts the failure count when there is history but no framework', async () => {
    const { frameworks: _f, ...report } = await demoReport();
    const chart = between(pageOf(report), '<svg class="chart"', '</svg>');
    expect(chart).toContain(`Failures: ${report.history!.runs.at(-1)!.failures}`);
  });
});

describe('HTML report in Chromium: filters, accessibility, print', () => {
  let browser: Browser;
  let report: ScanReport;
  const dir = mkdtempSync(join(tmpdir(), 'aks-audit-report-html-'));
  const shots = join(tmpdir(), 'aks-audit-html-screenshots');
  const file = join(dir, 'report.html');

  beforeAll(async () => {
    report = await demoReport();
    writeFileSync(file, pageOf(report));
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(options: { bypassCSP?: boolean; width?: number } = {}): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, bypassCSP: options.bypassCSP ?? false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, errors, requests };
  }

  const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true }).count();

  it('filters findings by severity, status, control, subscription, cluster and text, under its CSP', async () => {
    const { page, errors, requests } = await open();
    await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
    const listed = report.findings.filter((f) => f.status === 'fail' || f.status === 'unknown' || f.status === 'waived');
    const all = await page.locator('#findings [data-status]').count();
    expect(all).toBe(listed.length);

    await page.selectOption('#filters select[name="severity"]', 'critical');
    const critical = listed.filter((f) => f.severity === 'critical' && f.status !== 'waived');
    expect(critical.length).toBeGreaterThan(0);
    await expect.poll(() => visible(page, '#findings li.finding')).toBe(critical.length);
    await expect(page.locator('#filters output').innerText()).resolves.toBe(`Findings matching: ${listed.filter((f) => f.severity === 'critical').length}`);
    await page.screenshot({ path: join(shots, 'report-filtered.png') });

    await page.click('#filters button');
    await page.selectOption('#filters select[name="status"]', 'unknown');
    await expect.poll(() => visible(page, '#findings li.finding')).toBe(listed.filter((f) => f.status === 'unknown').length);

    await page.click('#filters button');
    const control = report.frameworks![0]!.controls.find((c) => c.counts.fail > 0)!;
    await page.selectOption('#filters select[name="control"]', `cis-aks ${control.id}`);
    await expect.poll(() => visible(page, '#controls-cis-aks tr[data-control]')).toBe(1);
    const groups = await page.locator('#findings article.group').filter({ visible: true }).evaluateAll((els) => els.map((e) => e.id));
    expect(groups.sort()).toEqual(control.rules.filter((r) => listed.some((f) => f.ruleId === r)).map((r) => `rule-${r}`).sort());

    await page.click('#filters button');
    const cluster = report.clusters.find((c) => c.name === 'aks-saas-prod-weu')!;
    await page.selectOption('#filters select[name="cluster"]', cluster.name);
    await expect.poll(() => visible(page, '#clusters details.cluster')).toBe(1);
    const own = cluster.id.toLowerCase(); // ARM ids are case-insensitive, and sources differ in case
    const ofCluster = listed.filter((f) => f.status !== 'waived' && [f.resource.id, f.resource.parent?.id].some((id) => id?.toLowerCase() === own));
    await expect.poll(() => visible(page, '#findings li.finding')).toBe(ofCluster.length);
    await page.selectOption('#filters select[name="subscription"]', report.clusters.find((c) => c.subscriptionId !== cluster.subscriptionId)!.subscriptionId!);
    await expect.poll(() => visible(page, '#findings li.finding')).toBe(0);

    await page.click('#filters button');
    await page.fill('#filters input[name="text"]', 'aks-saas-dev-weu');
    // The name shows in each finding on the cluster, and on its parts ("part of"), in their ids and in messages about it.
    const mention = (f: (typeof listed)[number]) => [f.resource.name, f.resource.parent?.name, f.resource.id, f.message].some((t) => t?.includes('aks-saas-dev-weu'));
    await expect.poll(() => visible(page, '#findings li.finding')).toBe(listed.filter((f) => f.status !== 'waived' && mention(f)).length);
    const rule = report.rules.find((r) => r.id === 'defender-plans-enabled')!;
    await page.fill('#filters input[name="text"]', rule.title.toUpperCase());
    await expect.poll(() => page.locator('#findings article.group').filter({ visible: true }).evaluateAll((els) => els.map((e) => e.id))).toEqual([`rule-${rule.id}`]);
    await page.click('#filters button');
    await expect.poll(() => visible(page, '#findings li.finding')).toBe(listed.filter((f) => f.status !== 'waived').length);

    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    await page.context().close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const { page } = await open({ bypassCSP: true });
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Closed details hide their content from axe as from readers: open them, so every table and bar is checked.
    await page.evaluate(`${axe};for (const d of document.querySelectorAll('details')) d.open = true;`);
    const violations = await page.evaluate<{ id: string; impact: string; nodes: number }[]>(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
    );
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.context().close();
  });

  it('prints to PDF with every finding laid out and no filter bar', async () => {
    // As wide as an A4 page inside 10 mm margins, so the print layout measured here is the one printed.
    const mm = 96 / 25.4;
    const { page } = await open({ width: Math.round(190 * mm) });
    await page.screenshot({ path: join(shots, 'report-executive.png') });
    await page.emulateMedia({ media: 'print' });
    // Off-screen findings are skipped by content-visibility on screen; in print, skipped means a blank box.
    const skipped = await page.evaluate(`[...document.querySelectorAll('*')].filter((e) => getComputedStyle(e).contentVisibility !== 'visible').length`);
    expect(skipped).toBe(0);
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    await expect(page.locator('nav.toc').isVisible()).resolves.toBe(false);
    const empty = await page.evaluate(`[...document.querySelectorAll('li.finding')].filter((e) => e.getBoundingClientRect().height < 40 || !e.innerText.trim()).length`);
    expect(empty).toBe(0);
    await page.screenshot({ path: join(shots, 'report-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    // The print layout's height over an A4 page's printable height, give or take page breaks: blank
    // boxes (laid out at a guessed height) or content cut from print would miss the range.
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    const perPage = (297 - 20) * mm;
    expect(pages).toBeGreaterThanOrEqual(Math.floor(height / perPage));
    expect(pages).toBeLessThanOrEqual(Math.ceil(height / perPage) * 1.5);
    await page.context().close();
  });
});
