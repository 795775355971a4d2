import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidence, unknownReason } from '../../src/engine/evidence.ts';
import { mergeStates } from '../../src/state/merge.ts';
import type { AksCluster } from '../../src/state/aks.ts';
import type { Snapshot } from '../../src/state/snapshot.ts';
import { readJsonReport } from '../helpers/report.ts';
import { runMain, workDir } from '../cli/run-main.ts';
import { cluster, only, run, state } from '../helpers/state.ts';
import { RULES } from '../../src/rules/index.ts';

const ARM_PATHS = { localAccountsDisabled: 'properties.disableLocalAccounts', 'apiServer.privateCluster': 'properties.apiServerAccessProfile.enablePrivateCluster' };
const TF_PATHS = { localAccountsDisabled: 'local_account_disabled', 'apiServer.privateCluster': 'private_cluster_enabled' };

/** The same cluster as an ARM export read it, and as a Terraform plan after apply read it (same id, other casing). */
function readings(arm: Partial<AksCluster>, tf: Partial<AksCluster>): [AksCluster, AksCluster] {
  const a = cluster({ ...arm, provenance: { paths: ARM_PATHS, defaulted: [] } } as never);
  const b = cluster({ ...tf, origin: { source: 'terraform:plan.json', file: 'infra/aks.tf', line: 4 }, provenance: { paths: TF_PATHS, defaulted: [], lines: { localAccountsDisabled: 9 } } } as never);
  return [a, { ...b, id: b.id.toUpperCase() }];
}

const mergedCluster = (a: AksCluster, b: AksCluster): AksCluster => only(mergeStates([state({ clusters: [a] }), state({ clusters: [b] })]).clusters as never) as unknown as AksCluster;

describe('merging the states of several sources', () => {
  it('takes an ARM id spelled in another case for the same resource, keeping the first spelling', () => {
    const [a, b] = readings({}, {});
    const merged = mergeStates([state({ clusters: [a, cluster({ name: 'aks-other' })] }), state({ clusters: [b] })]);
    expect(merged.clusters.map((c) => c.id)).toEqual([a.id, cluster({ name: 'aks-other' }).id]);
    expect(merged.clusters[0]!.provenance).toBe(a.provenance);
  });

  it('takes a value one source states and the other leaves unknown, with the provenance of the source that stated it', () => {
    const [a, b] = readings({ localAccountsDisabled: null }, { localAccountsDisabled: true });
    const merged = mergedCluster(a, b);
    expect(merged.localAccountsDisabled).toBe(true);
    expect(evidence(merged, 'localAccountsDisabled')).toEqual({ path: 'local_account_disabled', value: true });
    // The fields the first source stated keep its paths.
    expect(evidence(merged, 'apiServer.privateCluster').path).toBe('properties.apiServerAccessProfile.enablePrivateCluster');
    expect(merged.origin).toEqual(a.origin);
    // And the other way round: the first source's stated value is kept over the second's unknown.
    expect(mergedCluster(b, a).localAccountsDisabled).toBe(true);
  });

  it('makes two different stated values unknown, names both sources, and the rule answers unknown', () => {
    const [a, b] = readings({ localAccountsDisabled: true }, { localAccountsDisabled: false });
    const merged = mergedCluster(a, b);
    expect(merged.localAccountsDisabled).toBeNull();
    expect(merged.provenance.conflicting).toEqual(['localAccountsDisabled']);
    const e = evidence(merged, 'localAccountsDisabled');
    expect(e).toMatchObject({ path: 'properties.disableLocalAccounts', value: null, note: 'stated with different values by test.json and infra/aks.tf' });
    expect(unknownReason(e)).toBe('properties.disableLocalAccounts is stated with different values by test.json and infra/aks.tf, so this cannot be judged');
    const rule = RULES.find((r) => r.id === 'aks-local-accounts-disabled')!;
    expect(only(run(rule, state({ clusters: [merged] }))).status).toBe('unknown');
    // Never the more protective reading, whichever source comes first.
    expect(mergedCluster(b, a).localAccountsDisabled).toBeNull();
  });

  it('prefers the stated value over an equal default, and counts a default that differs from a stated value as a conflict', () => {
    const [a, b] = readings({ localAccountsDisabled: false }, { localAccountsDisabled: false });
    const defaulted = { ...a, provenance: { ...a.provenance, defaulted: ['localAccountsDisabled'] } };
    expect(evidence(mergedCluster(defaulted, b), 'localAccountsDisabled')).toEqual({ path: 'local_account_disabled', value: false });
    const stated = { ...b, localAccountsDisabled: true };
    expect(mergedCluster(defaulted, stated).localAccountsDisabled).toBeNull();
  });

  it('merges nested fields one by one and drops a tag two sources give different values', () => {
    const [a, b] = readings({ apiServer: { privateCluster: null, authorizedIpRanges: ['10.0.0.0/8'] }, tags: { env: 'prod', team: 'a' } } as never, { apiServer: { privateCluster: true, authorizedIpRanges: ['10.0.0.0/8'] }, tags: { env: 'prod', team: 'b' } } as never);
    const merged = mergedCluster(a, b);
    expect(merged.apiServer).toMatchObject({ privateCluster: true, authorizedIpRanges: ['10.0.0.0/8'] });
    expect(evidence(merged, 'apiServer.privateCluster').path).toBe('private_cluster_enabled');
    expect(merged.tags).toEqual({ env: 'prod' });
    expect(merged.provenance.conflicting).toEqual(['tags.team']);
  });
});

describe('scan: the same resource in two sources', () => {
  it('is one resource, and a toggle the two state differently is unknown with both files named', async () => {
    const dir = workDir();
    const body = JSON.parse(readFileSync('fixtures/inputs/cluster-resource.json', 'utf8')) as { id: string; properties: Record<string, unknown> };
    writeFileSync(join(dir, 'export.json'), JSON.stringify({ ...body, properties: { ...body.properties, disableLocalAccounts: true } }));
    writeFileSync(join(dir, 'live.json'), JSON.stringify({ ...body, id: body.id.replace('resourceGroups/rg-payments-prod', 'resourcegroups/RG-PAYMENTS-PROD'), properties: { ...body.properties, disableLocalAccounts: false } }));
    const out = join(dir, 'out');
    const result = await runMain('scan', '--input', join(dir, 'export.json'), '--input', join(dir, 'live.json'), '--format', 'json', '--out', out, '--save-snapshot', join(dir, 's.json'), '--quiet', '--fail-on', 'none');
    expect(result.stderr).toEqual([]);
    const snapshot = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as Snapshot;
    expect(snapshot.state.clusters).toHaveLength(1);
    expect(snapshot.state.clusters[0]).toMatchObject({ id: body.id, localAccountsDisabled: null, provenance: { conflicting: ['localAccountsDisabled'] } });
    const findings = readJsonReport(join(out, 'aks-audit.json')).findings.filter((f) => f.ruleId === 'aks-local-accounts-disabled');
    expect(findings.map((f) => f.status)).toEqual(['unknown']);
  });
});
