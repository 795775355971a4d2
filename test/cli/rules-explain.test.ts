import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, type CatalogueEntry } from '../../src/engine/catalogue.ts';
import { loadFrameworks } from '../../src/engine/framework.ts';
import { nearest } from '../../src/lib/nearest.ts';
import { runMain, workDir } from './run-main.ts';

const catalogue = loadCatalogue();
const frameworks = loadFrameworks(catalogue);
/** The rule ids of a rules table: its lines up to the first blank one, header left out. */
const idsOf = (lines: string[]) => lines.slice(1, lines.includes('') ? lines.indexOf('') : undefined).map((line) => line.split(/\s+/)[0]);

describe('aks-audit rules', () => {
  it('lists every rule once', async () => {
    const run = await runMain('rules');
    expect(idsOf(run.stdout)).toEqual([...catalogue.keys()]);
  });

  it('--framework keeps the rules mapped to that framework', async () => {
    const cis = [...catalogue.values()].filter((e) => e.compliance.cisAks?.length).map((e) => e.id);
    expect(cis.length).toBeGreaterThan(0);
    expect(cis.length).toBeLessThan(catalogue.size);
    expect(idsOf((await runMain('rules', '--framework', 'cis-aks')).stdout)).toEqual(cis);
    const mcsb = [...catalogue.values()].filter((e) => e.compliance.mcsb?.length).map((e) => e.id);
    expect(idsOf((await runMain('rules', '--framework', 'MCSB')).stdout)).toEqual(mcsb);
  });

  it('--framework shows the controls each rule evaluates, then every control no rule evaluates', async () => {
    const run = await runMain('rules', '--framework', 'cis-aks');
    expect(run.stdout[0]).toMatch(/^ID\s+SEVERITY\s+SERVICE\s+CATEGORY\s+CONTROLS\s+TITLE$/);
    expect(run.stdout).toContainEqual(expect.stringMatching(/^aks-api-server-access-restricted\s+high\s+aks\s+security\s+5\.4\.1,5\.4\.2\s+AKS API server/));
    const manual = frameworks.get('cis-aks')!.controls.filter((c) => !c.rules.length);
    const tail = run.stdout.slice(run.stdout.indexOf('') + 1);
    expect(tail[0]).toBe(`CIS Azure Kubernetes Service (AKS) Benchmark 1.8.0: 51 controls, ${manual.length} that no rule evaluates (assess them by hand):`);
    expect(tail.slice(1).map((line) => line.trim().split(/\s+/)[0])).toEqual(manual.map((c) => c.id));
    expect(tail).toContainEqual(expect.stringMatching(/^ {2}3\.2\.1 +Ensure that the --anonymous-auth argument is set to false$/));
    const baseline = await runMain('rules', '--framework', 'aks-platform-baseline');
    expect(idsOf(baseline.stdout)).toEqual([...catalogue.keys()]);
    expect(baseline.stdout.at(-1)).toMatch(/: \d+ controls, 0 that no rule evaluates \(assess them by hand\)$/);
  });

  it('--service keeps one service, and combines with --framework', async () => {
    const run = await runMain('rules', '--service', 'acr', '--framework', 'cis-aks');
    expect(idsOf(run.stdout)).toEqual([...catalogue.values()].filter((e) => e.service === 'acr' && e.compliance.cisAks?.length).map((e) => e.id));
    expect(run.stdout.slice(1, run.stdout.indexOf('')).every((line) => /^\S+\s+\S+\s+acr\s/.test(line))).toBe(true);
  });

  it('--category keeps one category, and shows each rule\'s', async () => {
    const run = await runMain('rules', '--category', 'resilience');
    const resilience = [...catalogue.values()].filter((e) => e.category === 'resilience').map((e) => e.id);
    expect(resilience).toContain('aks-availability-zones');
    expect(idsOf(run.stdout)).toEqual(resilience);
    expect(run.stdout[0]).toMatch(/^ID +SEVERITY +SERVICE +CATEGORY +FRAMEWORKS +TITLE$/);
    expect(run.stdout.slice(1).every((line) => / resilience /.test(line))).toBe(true);
    expect(idsOf((await runMain('rules', '--category', 'security')).stdout)).toEqual([...catalogue.keys()].filter((id) => !resilience.includes(id)));
  });

  it('--json prints the catalogue entries', async () => {
    const run = await runMain('rules', '--json', '--service', 'redis');
    const entries = JSON.parse(run.stdout.join('\n')) as CatalogueEntry[];
    expect(entries).toEqual([...catalogue.values()].filter((e) => e.service === 'redis'));
    expect(entries[0]).toHaveProperty('remediation.summary');
  });

  it.each([
    [['--framework', 'pci'], /--framework: "pci" is not one of cis-aks, mcsb, aks-platform-baseline$/],
    [['--service', 'cosmos'], /--service: "cosmos" is not one of acr, aks, /],
    [['--category', 'availability'], /--category: "availability" is not one of security, resilience$/],
    [['--bogus'], /^aks-audit: unknown option --bogus \(see aks-audit rules --help\)$/],
    [['extra'], /^aks-audit: unexpected argument "extra": filter with --framework, --service or --category \(see aks-audit rules --help\)$/],
  ])('refuses %j in one line, exit 2', async (args, message) => {
    const run = await runMain('rules', ...args);
    expect(run).toEqual({ code: 2, stdout: [], stderr: [expect.stringMatching(message)] });
  });
});

describe('aks-audit explain', () => {
  it('says what the rule checks, its severity and parameters under the config, the fix, docs, compliance and peers', async () => {
    const run = await runMain('explain', 'aks-api-server-access-restricted');
    expect(run.code).toBe(0);
    const text = run.stdout.join('\n');
    const entry = catalogue.get('aks-api-server-access-restricted')!;
    expect(run.stdout[0]).toBe(`aks-api-server-access-restricted: ${entry.title}`);
    expect(run.stdout).toContain('severity: high');
    expect(text).toContain(`What it checks:\n  ${entry.rationale}`);
    expect(text).toMatch(/Parameters \(values under the current config\):\n {2}widestIpv4Prefix = 24\n {4}The widest IPv4 prefix/);
    expect(text).toMatch(/Remediation:\n {2}Make the cluster private[^\n]*\n {2}Azure CLI:\n {4}az aks update/);
    expect(text).toMatch(/ {2}Terraform:\n {4}resource "azurerm_kubernetes_cluster"/);
    expect(run.stdout).toContain(`Documentation: ${entry.docs}`);
    expect(run.stdout).toContain('rule sets: recommended and all');
    // The controls it evaluates, from the framework files, each with its title.
    expect(text).toMatch(/ {2}CIS Azure Kubernetes Service \(AKS\) Benchmark 1\.8\.0:\n {4}5\.4\.1 [^\n]+\n {4}5\.4\.2 /);
    expect(text).toMatch(/Equivalent checks:\n(?: {2}.+\n)* {2}Checkov: CKV_AZURE_6/);
  });

  it('says when the recommended rule set leaves the rule out', async () => {
    const left = [...catalogue.values()].find((e) => e.recommended === false)!;
    expect((await runMain('explain', left.id)).stdout).toContain('rule sets: all only (recommended leaves it out: cost-bearing or opinionated)');
  });

  it('shows a Kubernetes rule its manifest fix', async () => {
    const id = [...catalogue.values()].find((e) => e.remediation.manifest)!.id;
    expect((await runMain('explain', id)).stdout).toContain('  Kubernetes manifest:');
  });

  it('refuses an unknown rule id, naming the nearest ones (exit 2)', async () => {
    const run = await runMain('explain', 'aks-api-server-acess');
    expect(run).toEqual({ code: 2, stdout: [], stderr: ['aks-audit: no rule "aks-api-server-acess"; did you mean aks-api-server-access-restricted? (aks-audit rules lists them)'] });
    expect((await runMain('explain', 'zzzz')).stderr).toEqual(['aks-audit: no rule "zzzz" (aks-audit rules lists them)']);
  });

  it.each([
    [[], /^aks-audit: explain takes one rule id \(see aks-audit explain --help\)$/],
    [['aks-api-server-access-restricted', 'acr-admin-user-disabled'], /explain takes one rule id, not 2/],
    [['aks-api-server-access-restricted', '--bogus'], /^aks-audit: unknown option --bogus \(see aks-audit explain --help\)$/],
  ])('refuses %j in one line, exit 2', async (args, message) => {
    expect(await runMain('explain', ...args)).toEqual({ code: 2, stdout: [], stderr: [expect.stringMatching(message)] });
  });

  it('shows the severity and parameters under --config, and refuses a config that cannot be read', async () => {
    const config = join(workDir(), 'team.yaml');
    writeFileSync(config, 'rules:\n  aks-api-server-access-restricted: { severity: critical, params: { widestIpv4Prefix: 28 } }\n');
    const run = await runMain('explain', 'aks-api-server-access-restricted', '--config', config);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('severity: critical (default high)');
    expect(run.stdout).toContainEqual(expect.stringMatching(/^ {2}widestIpv4Prefix = 28 \(default \d+\)$/));
    const missing = await runMain('explain', 'aks-api-server-access-restricted', '--config', join(workDir(), 'none.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toEqual([expect.stringMatching(/none\.yaml: cannot be read \(no such file\)$/)]);
  });
});

describe('nearest rule ids', () => {
  const ids = [...catalogue.keys()];
  it('finds a typo, a partial id and a word of the id', () => {
    expect(nearest('acr-admin-user-disabld', ids)[0]).toBe('acr-admin-user-disabled');
    expect(nearest('aks-api-server', ids)).toContain('aks-api-server-access-restricted');
    expect(nearest('redis-min-tsl', ids)[0]).toBe('redis-min-tls');
    expect(nearest('qqqqqqq', ids)).toEqual([]);
    expect(nearest('sql', ids).length).toBeLessThanOrEqual(3);
  });
});

describe('every command refuses what it does not take', () => {
  it.each([
    [['--version', 'extra'], /^aks-audit: --version takes no arguments, not "extra"$/],
    [['help', 'scan', 'now'], /^aks-audit: help takes one command name \(scan, diff, report, rules, explain\), not "scan now"$/],
    [['help', 'deploy'], /help takes one command name/],
    [['scan', '--bogus'], /^aks-audit: unknown option --bogus \(see aks-audit scan --help\)$/],
  ])('%j: one line, exit 2', async (args, message) => {
    expect(await runMain(...args)).toEqual({ code: 2, stdout: [], stderr: [expect.stringMatching(message)] });
  });

  it.each([['scan'], ['rules'], ['explain']])('help %s and %s --help print that command\'s usage', async (command) => {
    const viaHelp = await runMain('help', command);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout[0]).toBe(`Usage: aks-audit ${command}${command === 'explain' ? ' <rule-id> [--config <file>]' : ' [options]'}`);
    expect((await runMain(command, '--help')).stdout).toEqual(viaHelp.stdout);
  });
});
