/**
 * Scan benchmark: `npm run bench [-- --clusters 1000,10000 --runs 1 --keep]`.
 *
 * Generates a synthetic estate (many subscriptions, each exported in the shapes real
 * estates arrive in), then for each size reports the input size, a bare JSON.parse of the
 * same files, the wall time and peak RSS of the real CLI (`bin/aks-audit.js scan` as a child
 * process), and the same pipeline timed phase by phase in-process. Target (2 cores):
 * 10,000 clusters in under 5 s, within 3x of the parse time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { adaptArm } from '../src/adapters/arm/adapt.ts';
import { collectArmResources, type ArmResource } from '../src/adapters/arm/collect-resources.ts';
import { displayPath, expandInputs } from '../src/collectors/files/expand-inputs.ts';
import { loadCatalogue } from '../src/engine/catalogue.ts';
import { evaluate } from '../src/engine/evaluate.ts';
import { defaultPolicy } from '../src/engine/policy.ts';
import { buildReport } from '../src/engine/report.ts';
import { REPORTERS } from '../src/reporters/index.ts';
import { RULES } from '../src/rules/index.ts';
import { REFERENCES } from '../src/rules/references.ts';
import { writeAll } from '../src/cli/write-reports.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/aks-audit.js');
const AS_OF = '2026-11-22';
const CLUSTERS_PER_SUBSCRIPTION = 50;

// ---------------------------------------------------------------------------- estate generator

/** Deterministic PRNG (mulberry32): the same estate on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown>;

const REGIONS = ['westeurope', 'northeurope', 'eastus2', 'uksouth', 'swedencentral', 'australiaeast'];
const VERSIONS = ['1.29.15', '1.30.14', '1.31.11', '1.32.9', '1.33.5', '1.34.3', '1.35.4', '1.36.2', '1.37.1'];
const VM_SIZES = ['Standard_D4ds_v5', 'Standard_D8ds_v5', 'Standard_E8ds_v5', 'Standard_D4s_v3', 'Standard_F8s_v2', 'Standard_B4ms'];
const ENVS = ['prod', 'staging', 'dev'];

function guid(rand: () => number): string {
  const hex = () => Math.floor(rand() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-a${part(3)}-${part(12)}`;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

interface GeneratedCluster {
  id: string;
  body: Json;
  pools: Json[];
  diagnosticSettings: Json[];
}

/** One cluster with 3–5 pools and 1–2 diagnostic settings, its settings drawn so rules take different branches. */
function makeCluster(rand: () => number, sub: string, i: number): GeneratedCluster {
  const env = ENVS[i % ENVS.length] as string;
  const region = pick(rand, REGIONS);
  const name = `aks-${env}-${region.slice(0, 6)}-${i.toString().padStart(5, '0')}`;
  const rg = `rg-${name}`;
  const id = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${name}`;
  const law = `/subscriptions/${sub}/resourceGroups/rg-ops-${region}/providers/Microsoft.OperationalInsights/workspaces/log-${env}-${region}`;
  const version = pick(rand, VERSIONS);
  const minor = Number(version.split('.')[1]);
  const hardened = env === 'prod' && rand() < 0.8;
  const zones = hardened || rand() < 0.3 ? ['1', '2', '3'] : rand() < 0.5 ? ['1'] : undefined;
  const poolCount = 3 + Math.floor(rand() * 3);
  const pools: Json[] = [];
  for (let p = 0; p < poolCount; p++) {
    const skewed = p > 0 && rand() < 0.1;
    const poolVersion = skewed ? `1.${minor - 4}.10` : version;
    const pool: Json = {
      name: p === 0 ? 'system' : `user${p}`,
      count: p === 0 ? (hardened ? 3 : 1 + Math.floor(rand() * 3)) : 2 + Math.floor(rand() * 10),
      vmSize: pick(rand, VM_SIZES),
      osDiskSizeGB: 128,
      osDiskType: rand() < 0.5 ? 'Ephemeral' : 'Managed',
      vnetSubnetID: `/subscriptions/${sub}/resourceGroups/rg-net-${region}/providers/Microsoft.Network/virtualNetworks/vnet-spoke-${env}/subnets/snet-${name}-${p}`,
      maxPods: 50,
      type: 'VirtualMachineScaleSets',
      enableAutoScaling: rand() < 0.6,
      provisioningState: 'Succeeded',
      powerState: { code: 'Running' },
      orchestratorVersion: poolVersion,
      currentOrchestratorVersion: poolVersion,
      enableNodePublicIP: !hardened && rand() < 0.15,
      mode: p === 0 ? 'System' : 'User',
      osType: 'Linux',
      osSKU: rand() < 0.5 ? 'AzureLinux' : 'Ubuntu',
      nodeImageVersion: 'AKSAzureLinux-V3gen2-202611.03.0',
      upgradeSettings: { maxSurge: '33%' },
    };
    if (hardened || rand() < 0.4) pool.enableEncryptionAtHost = hardened || rand() < 0.5;
    if (zones) pool.availabilityZones = zones;
    if (pool.enableAutoScaling) Object.assign(pool, { minCount: p === 0 ? 3 : 1, maxCount: 20 });
    pools.push(pool);
  }
  const isPrivate = hardened || rand() < 0.2;
  const apiServerAccessProfile: Json = { enablePrivateCluster: isPrivate };
  if (!isPrivate) {
    const r = rand();
    apiServerAccessProfile.authorizedIPRanges = r < 0.3 ? [] : r < 0.5 ? ['20.0.0.0/8'] : r < 0.6 ? ['0.0.0.0/0'] : ['203.0.113.16/28', '198.51.100.7/32'];
  } else if (rand() < 0.1) {
    apiServerAccessProfile.enablePrivateClusterPublicFQDN = true;
  }
  const identity = hardened || rand() < 0.6 ? (rand() < 0.5 ? { type: 'SystemAssigned', principalId: guid(rand), tenantId: guid(rand) } : { type: 'UserAssigned', userAssignedIdentities: { [`${id}-identity`]: { principalId: guid(rand), clientId: guid(rand) } } }) : undefined;
  const addonProfiles: Json = {};
  if (hardened || rand() < 0.5) addonProfiles.azurepolicy = { enabled: true, config: null };
  if (hardened || rand() < 0.5) addonProfiles.azureKeyvaultSecretsProvider = { enabled: true, config: { enableSecretRotation: hardened || rand() < 0.5 ? 'true' : 'false' } };
  if (rand() < 0.6) addonProfiles.omsagent = { enabled: hardened || rand() < 0.7, config: { logAnalyticsWorkspaceResourceID: law } };
  if (!hardened && rand() < 0.05) addonProfiles.httpApplicationRouting = { enabled: true, config: { HTTPApplicationRoutingZoneName: `${i}.${region}.aksapp.io` } };
  if (!hardened && rand() < 0.03) addonProfiles.kubeDashboard = { enabled: true, config: null };
  const properties: Json = {
    provisioningState: 'Succeeded',
    powerState: { code: 'Running' },
    kubernetesVersion: version,
    currentKubernetesVersion: version,
    dnsPrefix: name,
    agentPoolProfiles: pools,
    servicePrincipalProfile: { clientId: identity ? 'msi' : guid(rand) },
    addonProfiles,
    nodeResourceGroup: `MC_${rg}_${name}_${region}`,
    enableRBAC: hardened || rand() < 0.9,
    supportPlan: 'KubernetesOfficial',
    networkProfile: {
      networkPlugin: rand() < 0.8 ? 'azure' : 'kubenet',
      networkPolicy: hardened ? 'cilium' : pick(rand, ['azure', 'calico', 'cilium', 'none']),
      podLinkLocalAccess: hardened ? 'None' : pick(rand, ['None', 'IMDS', undefined]),
      serviceCidr: '10.0.0.0/16',
      dnsServiceIP: '10.0.0.10',
      outboundType: isPrivate ? 'userDefinedRouting' : 'loadBalancer',
    },
    aadProfile: hardened || rand() < 0.6 ? { managed: true, enableAzureRBAC: hardened || rand() < 0.5, tenantID: guid(rand) } : undefined,
    apiServerAccessProfile,
    autoUpgradeProfile: { upgradeChannel: hardened ? 'patch' : pick(rand, ['none', 'patch', 'stable', 'rapid', 'node-image']), nodeOSUpgradeChannel: pick(rand, ['NodeImage', 'SecurityPatch', 'None', 'Unmanaged', undefined]) },
    disableLocalAccounts: hardened || rand() < 0.3,
    securityProfile: {
      defender: hardened || rand() < 0.4 ? { logAnalyticsWorkspaceResourceId: law, securityMonitoring: { enabled: true } } : undefined,
      workloadIdentity: hardened || rand() < 0.5 ? { enabled: true } : undefined,
      azureKeyVaultKms: hardened || rand() < 0.2 ? { enabled: true, keyId: `https://kv-${name}.vault.azure.net/keys/etcd/0123456789abcdef`, keyVaultNetworkAccess: 'Private' } : undefined,
    },
    podIdentityProfile: !hardened && rand() < 0.1 ? { enabled: true, userAssignedIdentities: [] } : undefined,
    oidcIssuerProfile: { enabled: hardened || rand() < 0.6 },
  };
  if (isPrivate) properties.privateFQDN = `${name}-1a2b3c4d.privatelink.${region}.azmk8s.io`;
  else properties.fqdn = `${name}-1a2b3c4d.hcp.${region}.azmk8s.io`;
  const body: Json = {
    id,
    name,
    type: 'Microsoft.ContainerService/managedClusters',
    location: region,
    tags: { env, owner: `team-${i % 17}@contoso.com`, 'cost-center': `CC-${4000 + (i % 40)}` },
    sku: { name: 'Base', tier: hardened ? 'Standard' : pick(rand, ['Free', 'Standard', 'Premium']) },
    properties,
  };
  if (identity) body.identity = identity;
  const diagnosticSettings: Json[] = [];
  const settings = 1 + Math.floor(rand() * 2);
  for (let d = 0; d < settings; d++) {
    const auditOn = hardened || rand() < 0.5;
    diagnosticSettings.push({
      id: `${id}/providers/microsoft.insights/diagnosticSettings/diag-${d}`,
      name: `diag-${d}`,
      type: 'Microsoft.Insights/diagnosticSettings',
      properties: {
        workspaceId: law,
        metrics: [{ category: 'AllMetrics', enabled: true }],
        logs: d === 1 ? [{ categoryGroup: 'allLogs', enabled: auditOn }] : ['kube-apiserver', 'kube-audit', 'kube-audit-admin', 'guard'].map((category) => ({ category, enabled: category === 'kube-apiserver' || (auditOn && category === 'kube-audit-admin') })),
      },
    });
  }
  return { id, body, pools, diagnosticSettings };
}

/** Azure PowerShell / PSRule shape: PascalCase envelope, children nested in `resources`. */
function powershellShape(c: GeneratedCluster): Json {
  const envelope = (obj: Json, extra: Json = {}): Json => ({
    ResourceId: obj.id,
    Id: obj.id,
    Name: obj.name,
    ResourceName: obj.name,
    ResourceType: obj.type,
    Type: obj.type,
    Location: obj.location ?? null,
    Tags: obj.tags ?? null,
    Sku: obj.sku ?? null,
    Identity: obj.identity ?? null,
    Properties: obj.properties,
    ...extra,
  });
  const children = [
    ...c.pools.map((p) => envelope({ id: `${c.id}/agentPools/${p.name as string}`, name: p.name, type: 'Microsoft.ContainerService/managedClusters/agentPools', properties: p })),
    ...c.diagnosticSettings.map((d) => envelope({ ...d, type: 'microsoft.containerservice/managedclusters' }, { ExtensionResourceType: 'microsoft.insights/diagnosticSettings' })),
  ];
  const body = structuredClone(c.body);
  // Pools come both inline and as child resources in these exports; keep one inline.
  (body.properties as Json).agentPoolProfiles = c.pools.slice(0, 1);
  return { ...envelope(body), resources: children };
}

interface Written {
  files: number;
  bytes: number;
}

/** One folder per subscription, three export shapes round-robin, plus tenant-wide Resource Graph results. */
function generateEstate(dir: string, clusters: number): Written {
  const rand = prng(0xa4d17 + clusters);
  let files = 0;
  let bytes = 0;
  const write = (path: string, doc: unknown): void => {
    const text = JSON.stringify(doc, null, 2);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const subscriptions: Json[] = [];
  const pricings: Json[] = [];
  for (let s = 0; s * CLUSTERS_PER_SUBSCRIPTION < clusters; s++) {
    const sub = guid(rand);
    subscriptions.push({ id: `/subscriptions/${sub}`, name: `contoso-sub-${s}`, type: 'microsoft.resources/subscriptions', subscriptionId: sub, properties: { state: 'Enabled' } });
    const containers = rand() < 0.6 ? 'Standard' : 'Free';
    for (const [plan, tier] of [['Containers', containers], ['VirtualMachines', 'Standard'], ['KeyVaults', 'Free'], ['StorageAccounts', 'Standard']] as const) {
      pricings.push({ id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${plan}`, name: plan, type: 'microsoft.security/pricings', subscriptionId: sub, properties: { pricingTier: tier } });
    }
    const rest: Json[] = [];
    const ps: Json[] = [];
    const graph: Json[] = [];
    const separatePools: Json[] = [];
    const separateDiagnostics: Json[] = [];
    const end = Math.min(clusters, (s + 1) * CLUSTERS_PER_SUBSCRIPTION);
    for (let i = s * CLUSTERS_PER_SUBSCRIPTION; i < end; i++) {
      const c = makeCluster(rand, sub, i);
      if (i % 3 === 0) {
        rest.push(c.body);
        separateDiagnostics.push(...c.diagnosticSettings);
      } else if (i % 3 === 1) {
        ps.push(powershellShape(c));
      } else {
        graph.push({ ...c.body, resourceGroup: `rg-${c.body.name as string}`, subscriptionId: sub });
        separatePools.push(...c.pools.map((p) => ({ id: `${c.id}/agentPools/${p.name as string}`, name: p.name, type: 'Microsoft.ContainerService/managedClusters/agentPools', properties: p })));
        separateDiagnostics.push(...c.diagnosticSettings);
      }
    }
    const folder = join(dir, `sub-${s.toString().padStart(4, '0')}`);
    if (rest.length) write(join(folder, 'managed-clusters.rest.json'), { value: rest });
    if (ps.length) write(join(folder, 'powershell-export.json'), ps);
    if (graph.length) write(join(folder, 'managed-clusters.resource-graph.json'), { count: graph.length, data: graph, total_records: graph.length });
    if (separatePools.length) write(join(folder, 'agent-pools.json'), { value: separatePools });
    if (separateDiagnostics.length) write(join(folder, 'diagnostic-settings.json'), separateDiagnostics);
    write(join(folder, 'storage.json'), { value: [{ id: `/subscriptions/${sub}/resourceGroups/rg-shared/providers/Microsoft.Storage/storageAccounts/st${s}`, name: `st${s}`, type: 'Microsoft.Storage/storageAccounts', location: 'westeurope', properties: { minimumTlsVersion: 'TLS1_2' } }] });
  }
  write(join(dir, 'tenant', 'subscriptions.resource-graph.json'), { count: subscriptions.length, data: subscriptions });
  write(join(dir, 'tenant', 'defender-pricings.resource-graph.json'), { count: pricings.length, data: pricings });
  return { files, bytes };
}

// ---------------------------------------------------------------------------- measurements

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

function time<T>(phases: Record<string, number>, name: string, fn: () => T): T {
  const start = process.hrtime.bigint();
  const result = fn();
  phases[name] = (phases[name] ?? 0) + ms(start);
  return result;
}

interface ChildScan {
  wallMs: number;
  maxRssMb: number | null;
  exitCode: number | null;
}

/** The real CLI in a child process, under GNU time when present for its peak RSS. */
function scanChild(input: string, out: string): ChildScan {
  const args = [CLI, 'scan', '--input', input, '--out', out, '--quiet', '--fail-on', 'none', '--as-of', AS_OF];
  const gnuTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const child = gnuTime ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const wallMs = ms(start);
  if (child.status !== 0) throw new Error(`scan exited ${child.status}: ${child.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  return { wallMs, maxRssMb: rss ? Number(rss[1]) / 1024 : gnuTime ? null : rssOfEntry(args.slice(1)), exitCode: child.status };
}

/** Without GNU time: run the CLI's `main` in a child that prints its own peak RSS. */
function rssOfEntry(cliArgs: string[]): number | null {
  const entry = `import { main } from ${JSON.stringify(join(ROOT, 'src/cli/main.ts'))}; main(process.argv.slice(1)); console.error('maxRSS=' + process.resourceUsage().maxRSS);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', entry, '--', ...cliArgs], { encoding: 'utf8' });
  const kb = /maxRSS=(\d+)/.exec(child.stderr ?? '');
  return kb ? Number(kb[1]) / 1024 : null;
}

/** The CLI's pipeline, phase by phase, in this process. */
function scanInProcess(input: string, out: string): { phases: Record<string, number>; parseMs: number; findings: number } {
  const phases: Record<string, number> = {};
  const catalogue = time(phases, 'load catalogue', () => loadCatalogue());
  const files = time(phases, 'list files', () => expandInputs([input]));
  const texts = time(phases, 'read', () => files.map((f) => readFileSync(f, 'utf8')));
  const docs = time(phases, 'JSON.parse', () => texts.map((t) => JSON.parse(t) as unknown));
  const resources = time(phases, 'collect resources', () => {
    const all: ArmResource[] = [];
    docs.forEach((doc, i) => {
      const file = displayPath(files[i] as string);
      for (const r of collectArmResources(doc, file, `file:${file}`).resources) all.push(r);
    });
    return all;
  });
  const { state } = time(phases, 'adapt', () => adaptArm(resources));
  const policy = defaultPolicy(catalogue);
  const asOf = new Date(`${AS_OF}T00:00:00Z`);
  const { findings, crashes } = time(phases, 'evaluate', () => evaluate(state, RULES, policy, asOf));
  const report = time(phases, 'build report', () => buildReport({ snapshot: { schemaVersion: 1, tool: { name: 'aks-audit', version: 'bench' }, createdAt: asOf.toISOString(), sources: [], unrecognized: [], state }, findings, crashes, catalogue, policy, references: REFERENCES, generatedAt: asOf, asOf }));
  const rendered = Object.entries(REPORTERS).map(([format, reporter]) => ({ path: join(out, reporter.file), content: time(phases, `render ${format}`, () => reporter.render(report)) }));
  time(phases, 'write', () => writeAll(rendered));
  return { phases, parseMs: phases['JSON.parse'] ?? 0, findings: findings.length };
}

// ---------------------------------------------------------------------------- main

const { values } = parseArgs({ options: { clusters: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '1' }, keep: { type: 'boolean', default: false } } });
const sizes = (values.clusters ?? '').split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs));
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

console.log(`aks-audit bench: node ${process.version}, ${cpus().length} CPU(s), ${RULES.length} rules, reporters: ${Object.keys(REPORTERS).join(', ')}, runs per size: ${runs} (best kept)`);
const summary: string[][] = [];
const phaseTable = new Map<string, Record<string, number>>();
for (const clusters of sizes) {
  const root = mkdtempSync(join(tmpdir(), `aks-audit-bench-${clusters}-`));
  const input = join(root, 'estate');
  try {
    const generated = generateEstate(input, clusters);
    let best: ChildScan | undefined;
    let bestInProcess: ReturnType<typeof scanInProcess> | undefined;
    for (let r = 0; r < runs; r++) {
      const child = scanChild(input, join(root, 'out-child'));
      if (!best || child.wallMs < best.wallMs) best = child;
      const inProcess = scanInProcess(input, join(root, 'out-inprocess'));
      const total = (p: Record<string, number>) => Object.values(p).reduce((a, b) => a + b, 0);
      if (!bestInProcess || total(inProcess.phases) < total(bestInProcess.phases)) bestInProcess = inProcess;
    }
    if (!best || !bestInProcess) continue;
    const inProcessTotal = Object.values(bestInProcess.phases).reduce((a, b) => a + b, 0);
    // Everything up to the report object: what the scan costs before any format is rendered or written.
    const beforeReports = Object.entries(bestInProcess.phases).reduce((sum, [name, t]) => (name.startsWith('render') || name === 'write' ? sum : sum + t), 0);
    const outputBytes = Object.values(REPORTERS).reduce((sum, r) => sum + statSync(join(root, 'out-child', r.file)).size, 0);
    summary.push([
      fmt(clusters),
      fmt(generated.files),
      `${fmt(generated.bytes / 1048576, 1)} MiB`,
      `${fmt(bestInProcess.findings)}`,
      `${fmt(outputBytes / 1048576, 1)} MiB`,
      `${fmt(bestInProcess.parseMs)} ms`,
      `${fmt(best.wallMs)} ms`,
      `${fmt(inProcessTotal)} ms`,
      `${fmt(beforeReports)} ms`,
      best.maxRssMb === null ? 'n/a' : `${fmt(best.maxRssMb)} MiB`,
      `${fmt(best.wallMs / bestInProcess.parseMs, 1)}x`,
      `${fmt(inProcessTotal / bestInProcess.parseMs, 1)}x`,
      `${fmt(beforeReports / bestInProcess.parseMs, 1)}x`,
    ]);
    phaseTable.set(fmt(clusters), bestInProcess.phases);
  } finally {
    if (values.keep) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

printTable(['clusters', 'files', 'input', 'findings', 'reports', 'JSON.parse', 'scan (CLI)', 'scan (in-proc)', 'before reports', 'peak RSS', 'CLI/parse', 'in-proc/parse', 'before reports/parse'], summary);
const phaseNames = [...new Set([...phaseTable.values()].flatMap((p) => Object.keys(p)))];
console.log('\nIn-process phases (ms):');
printTable(['phase', ...phaseTable.keys()], phaseNames.map((name) => [name, ...[...phaseTable.values()].map((p) => fmt(p[name] ?? 0))]));

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
