/**
 * How heavy the HTML report is for a browser: `node scripts/bench/html-load.ts <report.html>`
 * prints its size, the time headless Chromium takes to its load event and to print it to PDF,
 * and the page count. The figure issue 14 asks for at 1,000 clusters (make the estate with
 * scripts/bench/estate.ts, scan it with `--format html`).
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/bench/html-load.ts <report.html>');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(600_000);
  const started = performance.now();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const loaded = performance.now() - started;
  const nodes = await page.evaluate('document.getElementsByTagName("*").length');
  const printing = performance.now();
  const pdf = await page.pdf({ format: 'A4' });
  const printed = performance.now() - printing;
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  console.log(JSON.stringify({ bytes: statSync(file).size, loadMs: Math.round(loaded), elements: nodes, pdfMs: Math.round(printed), pdfPages: pages, pdfBytes: pdf.length }));
} finally {
  await browser.close();
}
