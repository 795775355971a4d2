import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArmFiles } from '../../../src/collectors/files/collect-arm-files.ts';
import { runScan } from '../../../src/cli/scan.ts';
import { parseScanArgs } from '../../../src/cli/args.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { expectRefused as expectRefusedWithout, scanFile, type InputScan } from '../../helpers/refusal.ts';
import { runMain, workDir } from '../../cli/run-main.ts';
import { readJsonReport } from '../../helpers/report.ts';

const CLUSTER = '/subscriptions/4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod';
const SECRET = 'Sup3r-S3cret-Client-Value';

const scanText = (text: string | Buffer, name = 'input.json') => scanFile('--input', text, name);
const expectRefused = (r: InputScan, place: RegExp | string, detail: RegExp): string => expectRefusedWithout(r, place, detail, SECRET);

const resource = (properties: Record<string, unknown>) => JSON.stringify({ id: CLUSTER, name: 'aks-payments-prod', type: 'Microsoft.ContainerService/managedClusters', location: 'westeurope', properties });

describe('malformed input files', () => {
  it('names line and column of a syntax error without quoting the input', async () => {
    const text = `{\n  "id": "${CLUSTER}",\n  "properties": {\n    "servicePrincipalProfile": { "clientId": "msi", "secret": "${SECRET}" }\n    "enableRBAC": true\n  }\n}\n`;
    expectRefused(await scanText(text), 'line 5, column 5', /invalid JSON: expected ',' or '}' after property value$/);
  });

  it.each([
    ['a trailing comma', `[\n  {"id": "${CLUSTER}", "tags": {"owner": "${SECRET}"}},\n]`, 'line 3, column 1', /unexpected character '\]'/],
    ['an unquoted word', `{"id": "${CLUSTER}",\n "properties": {"enableRBAC": yes, "x": "${SECRET}"}}`, 'line 2, column 31', /unexpected character 'y'/],
    ['a truncated file', `{"id": "${CLUSTER}", "tags": {"k": "${SECRET}`, /line 1, column \d+/, /unterminated string|unexpected end of input/],
    ['a raw tab inside a string', `{"id": "${CLUSTER}", "name": "a\tb"}`, /line 1, column \d+/, /bad control character in string literal/],
  ])('refuses %s', async (_what, text, place, detail) => {
    expectRefused(await scanText(text), place, detail);
  });

  it('refuses an empty file', async () => {
    expectRefused(await scanText(''), /: is empty/, /is empty: expected JSON$/);
    expectRefused(await scanText(' \n\t\n'), /: is empty/, /is empty/);
  });

  it.each([
    ['a number', '42', /got number$/],
    ['a string', `"${SECRET}"`, /got string$/],
    ['null', 'null', /got null$/],
  ])('refuses a top-level %s', async (_what, text, detail) => {
    expectRefused(await scanText(text), /expected ARM resources/, detail);
  });

  it('refuses an object that is none of the known shapes, without echoing it', async () => {
    expectRefused(await scanText(JSON.stringify({ clientSecret: SECRET, kind: 'export' })), '/', /not an ARM resource, list response/);
  });

  it.each([
    ['enableRBAC: "yes"', { enableRBAC: 'yes' }, '/properties/enableRBAC', /expected a boolean, got string/],
    ['agentPoolProfiles: {}', { agentPoolProfiles: {} }, '/properties/agentPoolProfiles', /expected an array, got object/],
    ['a secret-looking value where a boolean belongs', { disableLocalAccounts: SECRET }, '/properties/disableLocalAccounts', /expected a boolean, got string/],
    ['authorizedIPRanges: "0.0.0.0/0"', { apiServerAccessProfile: { authorizedIPRanges: '0.0.0.0/0' } }, '/properties/apiServerAccessProfile/authorizedIPRanges', /expected an array of strings, got string/],
  ])('refuses a wrong-typed field: %s', async (_what, properties, place, detail) => {
    expectRefused(await scanText(resource(properties)), place, detail);
  });

  it('refuses a missing input path', async () => {
    const dir = workDir();
    const missing = join(dir, 'no-such-export.json');
    const run = await runMain('scan', '--input', missing, '--out', join(dir, 'reports'));
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${missing}: no such file or folder`]);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const dir = workDir();
    const file = join(dir, 'input.json');
    writeFileSync(file, resource({ enableRBAC: true }));
    const out = join(dir, 'reports');
    const limited = () => runScan({ ...parseScanArgs(['--input', file, '--format', 'json', '--out', out, '--quiet'], new Date()), maxInputBytes: 100 }, () => {});
    await expect(limited()).rejects.toThrow(InputError);
    await expect(limited()).rejects.toThrow(/is \d+ bytes; inputs larger than 100 bytes are refused/);
    expect(() => collectArmFiles([file], { maxBytes: 100 })).toThrow(`${file}: is `);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses child resources nested absurdly deep, instead of overflowing the stack', async () => {
    const depth = 5000;
    const text = `${'{"id":"/subscriptions/x/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v","resources":['.repeat(depth)}{}${']}'.repeat(depth)}`;
    expectRefused(await scanText(text), /\/resources\/0/, /nested more than \d+ levels deep/);
  });
});

describe('unusual but valid input files', () => {
  it('reads UTF-8 with a byte order mark', async () => {
    const r = await scanText(`\uFEFF${resource({ enableRBAC: true })}`);
    expect(r.run.code).not.toBe(2);
  });

  it('reads UTF-16 with a byte order mark (Windows PowerShell Out-File)', async () => {
    const r = await scanText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(resource({ enableRBAC: true }), 'utf16le')]));
    expect(r.run.stderr).toEqual([]);
    expect(r.run.code).not.toBe(2);
  });

  it('names the right column after a byte order mark', async () => {
    expectRefused(await scanText('\uFEFF{"a" 1}'), 'line 1, column 6', /expected ':'/);
  });

  it('survives hostile strings in names, tags and add-on keys', async () => {
    const hostile = '<script>alert(1)</script>\u202e\u0000"\'&{{x}}';
    const body = {
      id: `${CLUSTER.replace('aks-payments-prod', encodeURIComponent(hostile))}`,
      name: hostile,
      type: 'Microsoft.ContainerService/managedClusters',
      location: 'westeurope',
      tags: { [hostile]: hostile, __proto__: 'x', constructor: 'y' },
      properties: { addonProfiles: { __proto__: { enabled: true }, [hostile]: { enabled: false, config: { [hostile]: hostile } } }, agentPoolProfiles: [{ name: hostile }] },
    };
    const text = JSON.stringify(body).replace('"tags":{', '"tags":{"__proto__":"x",').replace('"addonProfiles":{', '"addonProfiles":{"__proto__":{"enabled":true},');
    const r = await scanText(text);
    expect(r.run.stderr).toEqual([]);
    expect(r.run.code).not.toBe(2);
    const report = readJsonReport(join(r.out, 'aks-audit.json'));
    const clusterFindings = report.findings.filter((f) => f.resource.type === 'microsoft.containerservice/managedclusters');
    expect(clusterFindings.length).toBeGreaterThan(0);
    expect(clusterFindings.every((f) => f.resource.name === hostile)).toBe(true);
  });

  it('keeps a file name with control characters on one line in errors', async () => {
    const dir = workDir();
    const run = await runMain('scan', '--input', join(dir, 'evil\nname\u202e.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain('evil\\u000aname\\u202e.json');
  });
});
