import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { UsageError } from '../../src/engine/errors.ts';
import { FileErrors } from '../../src/engine/schema-check.ts';
import { findConfigFile, readConfig } from '../../src/policy/config-file.ts';
import { loadPolicy } from '../../src/policy/policy.ts';
import { runMain, workDir } from '../cli/run-main.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'aks-audit.example.yaml');
const SCHEMA = join(ROOT, 'schemas', 'config.schema.json');
const catalogue = loadCatalogue();

function configFile(text: string, name = 'aks-audit.yaml'): string {
  const file = join(workDir(), name);
  writeFileSync(file, text);
  return file;
}

function problemsOf(file: string): string[] {
  try {
    readConfig(file, catalogue);
  } catch (error) {
    if (error instanceof FileErrors) return error.problems;
    throw error;
  }
  return [];
}

const BROKEN = `extends: recomended
rules:
  aks-uptime-sla-enabld: off
  aks-api-server-access-restricted: critcal
  k8s-image-provenance: { severity: high, params: { allowedRegistries: acr.azurecr.io, registries: [] } }
overrides:
  - match: { namespaces: [batch], colour: red }
    rules: { k8s-not-privileged: off }
  - match: {}
    rules: { k8s-not-privileged: high }
waivers:
  entries:
    - rule: k8s-not-privilegd
      resource: "*"
      reason: ""
      owner: platform-team
      expires: 2027-02-30
`;

describe('the config file: reading it', () => {
  it('turns each section into typed settings, waivers with their file and line', () => {
    const file = configFile(`# yaml-language-server: $schema=./schemas/config.schema.json
extends: recommended
categories: { resilience: low }
rules:
  aks-uptime-sla-enabled: off
  aks-container-insights-enabled: on
  aks-api-server-access-restricted: critical
  k8s-image-provenance: { params: { allowedRegistries: [acrsaasprod.azurecr.io] } }
overrides:
  - match: { tags: { env: prod }, terraform: { modules: [aks] } }
    rules: { aks-uptime-sla-enabled: high }
  - match: { subscriptions: [5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1] }
    categories: { resilience: high }
managedComponents: judge
waivers:
  maxLifetimeDays: 180
  entries:
    - rule: k8s-not-privileged
      resource: "**/daemonsets/node-exporter"
      reason: reads host metrics
      owner: platform-team
      expires: 2027-03-31
      ticket: SEC-123
`);
    const config = readConfig(file, catalogue);
    expect(config).toMatchObject({ file, extends: 'recommended', managedComponents: 'judge' });
    expect(Object.fromEntries(config.rules)).toEqual({
      'aks-uptime-sla-enabled': { enabled: false },
      'aks-container-insights-enabled': { enabled: true },
      'aks-api-server-access-restricted': { enabled: true, severity: 'critical' },
      'k8s-image-provenance': { enabled: true, params: { allowedRegistries: ['acrsaasprod.azurecr.io'] } },
    });
    expect(config.categories).toEqual(new Map([['resilience', { enabled: true, severity: 'low' }]]));
    expect(config.overrides).toEqual([
      { match: { tags: { env: 'prod' }, terraform: { modules: ['aks'] } }, categories: new Map(), rules: new Map([['aks-uptime-sla-enabled', { enabled: true, severity: 'high' }]]), line: 10 },
      { match: { subscriptions: ['5f1c2a9e-3b7d-4c8e-a6f2-91d4e0b7c3a1'] }, categories: new Map([['resilience', { enabled: true, severity: 'high' }]]), rules: new Map(), line: 12 },
    ]);
    expect(config.waivers).toEqual({
      maxLifetimeDays: 180,
      entries: [{ rule: 'k8s-not-privileged', resource: '**/daemonsets/node-exporter', reason: 'reads host metrics', owner: 'platform-team', expires: '2027-03-31', ticket: 'SEC-123', file, line: 18 }],
    });
  });

  it('reports every problem at once, each with the file, the path and the line: the schema\'s and the catalogue\'s', () => {
    const file = configFile(BROKEN);
    expect(problemsOf(file)).toEqual([
      `${file}: extends (line 1): must be one of recommended, all, cis-aks, mcsb, aks-platform-baseline`,
      `${file}: rules.aks-api-server-access-restricted (line 4): must be one of off, on, critical, high, medium, low, info`,
      `${file}: overrides.0.match.colour (line 7): unknown field`,
      `${file}: overrides.1.match (line 9): must not be empty`,
      `${file}: waivers.entries.0.reason (line 15): must not be empty`,
      `${file}: waivers.entries.0.expires (line 17): must be a date, YYYY-MM-DD`,
      `${file}: rules.aks-uptime-sla-enabld (line 3): no rule "aks-uptime-sla-enabld" (did you mean aks-uptime-sla-enabled?); aks-audit rules lists them`,
      `${file}: rules.k8s-image-provenance.params.allowedRegistries (line 5): must be array`,
      `${file}: rules.k8s-image-provenance.params.registries (line 5): rule k8s-image-provenance has no parameter "registries"; it has allowedRegistries`,
      `${file}: waivers.entries.0.rule (line 13): no rule "k8s-not-privilegd" (did you mean k8s-not-privileged, k8s-no-privilege-escalation?); aks-audit rules lists them`,
    ]);
  });

  it('checks parameters against the rule\'s own schema in rules.yaml, in overrides too', () => {
    const file = configFile(`overrides:
  - match: { clusters: [aks-dev] }
    rules:
      aks-kubernetes-version-supported: { params: { warnDays: 1000, warningSeverity: urgent } }
`);
    expect(problemsOf(file)).toEqual([
      `${file}: overrides.0.rules.aks-kubernetes-version-supported.params.warnDays (line 4): must be <= 730`,
      `${file}: overrides.0.rules.aks-kubernetes-version-supported.params.warningSeverity (line 4): must be one of critical, high, medium, low, info`,
    ]);
  });

  it('takes an empty file as no setting at all, and refuses one that is not a mapping', () => {
    expect(readConfig(configFile(''), catalogue)).toMatchObject({ extends: 'all', rules: new Map(), overrides: [], managedComponents: 'apart' });
    const list = configFile('- extends: all\n');
    expect(problemsOf(list)).toEqual([`${list}: (top level) (line 1): must be object`]);
  });
});

describe('the config file: finding it', () => {
  it('is aks-audit.yaml or .aks-audit.yaml in the working directory; both at once is ambiguous', () => {
    const dir = workDir();
    expect(findConfigFile(dir)).toBeUndefined();
    writeFileSync(join(dir, '.aks-audit.yaml'), 'extends: recommended\n');
    expect(findConfigFile(dir)).toBe(join(dir, '.aks-audit.yaml'));
    expect(loadPolicy({ dir }).config.extends).toBe('recommended');
    writeFileSync(join(dir, 'aks-audit.yaml'), 'extends: all\n');
    expect(() => findConfigFile(dir)).toThrow(UsageError);
  });

  it('--no-config ignores the working directory\'s; --config names another', () => {
    const dir = workDir();
    writeFileSync(join(dir, 'aks-audit.yaml'), 'extends: recommended\n');
    expect(loadPolicy({ dir, noConfig: true }).config).toMatchObject({ file: null, extends: 'all' });
    const other = configFile('managedComponents: judge\n', 'team.yaml');
    expect(loadPolicy({ dir, config: other }).config).toMatchObject({ file: other, managedComponents: 'judge' });
    expect(() => loadPolicy({ dir, config: other, noConfig: true })).toThrow('--config and --no-config cannot be combined');
  });
});

describe('aks-audit scan with a broken config', () => {
  it('exits 2 with every problem on stderr before reading any input, and writes nothing', async () => {
    const config = configFile(BROKEN);
    const out = join(workDir(), 'reports');
    const run = await runMain('scan', '--config', config, '--input', join(workDir(), 'missing.json'), '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(10);
    expect(run.stderr[0]).toBe(`aks-audit: ${config}: extends (line 1): must be one of recommended, all, cis-aks, mcsb, aks-platform-baseline`);
    expect(run.stderr.join('\n')).not.toMatch(/missing\.json|at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on a config file that does not exist, or --config with --no-config', async () => {
    const missing = join(workDir(), 'nope.yaml');
    expect(await runMain('scan', '--config', missing, '--input', 'fixtures/demo')).toMatchObject({ code: 2, stderr: [`aks-audit: ${missing}: cannot be read (no such file)`] });
    expect(await runMain('scan', '--config', missing, '--no-config', '--input', 'fixtures/demo')).toMatchObject({ code: 2, stderr: ['aks-audit: --config and --no-config cannot be combined'] });
  });
});

describe('the published schema (schemas/config.schema.json)', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { $id: string; properties: Record<string, { description?: string }> };

  it('describes every field an editor offers', () => {
    expect(schema.$id).toBe('https://aks-audit.dev/schemas/config.schema.json');
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'categories', 'extends', 'managedComponents', 'overrides', 'rules', 'waivers']);
    for (const [name, field] of Object.entries(schema.properties)) expect(field.description, name).toMatch(/\w/);
  });

  it('accepts the example config as an editor would check it (the schema its first line names, a fresh validator), and so does aks-audit', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const named = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
    expect(resolve(dirname(EXAMPLE), named!)).toBe(SCHEMA);
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    const config = readConfig(EXAMPLE, catalogue);
    expect(config.extends).toBe('recommended');
    expect(config.overrides.length).toBeGreaterThan(3);
    expect(config.waivers.entries).toHaveLength(1);
  });

  it('accepts the README\'s example, as aks-audit reads it', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Configuration\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toMatch(/^# yaml-language-server/);
    expect(readConfig(configFile(example!), catalogue).overrides).toHaveLength(5);
  });

  it('refuses what an editor would flag: a rule setting that is no setting', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate({ rules: { 'aks-uptime-sla-enabled': 'sometimes' } })).toBe(false);
    expect(validate({ rules: { 'aks-uptime-sla-enabled': { severity: 'high', enabled: true } } })).toBe(false);
    expect(validate({ overrides: [{ match: { clusters: ['aks-prod'] }, rules: { 'aks-uptime-sla-enabled': 'off' } }] })).toBe(true);
  });
});
