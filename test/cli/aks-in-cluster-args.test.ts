import { describe, expect, it } from 'vitest';
import { parseScanArgs, SCAN_USAGE } from '../../src/cli/args.ts';
import { DEFAULT_PAGE_SIZE } from '../../src/collectors/kubernetes/live-options.ts';
import { UsageError } from '../../src/engine/errors.ts';

const now = new Date('2026-11-22T00:00:00Z');
const SUB = '4f1c2a36-9d2e-4b8f-a6c1-2f0e8d7b5c91';

describe('--aks-in-cluster (each AKS cluster a live scan finds) and --in-cluster (the pod\'s own cluster)', () => {
  it('takes the page size of live reads', () => {
    expect(parseScanArgs(['--subscription', SUB, '--aks-in-cluster'], now).aksInCluster).toEqual({ pageSize: DEFAULT_PAGE_SIZE });
    expect(parseScanArgs(['--subscription', SUB, '--aks-in-cluster', '--page-size', '200'], now).aksInCluster).toEqual({ pageSize: 200 });
  });

  it('keeps --in-cluster for the service account, separate from --aks-in-cluster', () => {
    const options = parseScanArgs(['--in-cluster'], now);
    expect(options.kubernetes?.inCluster).toBe(true);
    expect(options.aksInCluster).toBeUndefined();
  });

  it('refuses --aks-in-cluster without a live Azure scan or with --snapshot, and --page-size with no live read', () => {
    expect(() => parseScanArgs(['--input', 'estate.json', '--aks-in-cluster'], now)).toThrow(new UsageError('--aks-in-cluster reads the AKS clusters a live Azure scan finds: add --subscription <id> or --all-subscriptions'));
    expect(() => parseScanArgs(['--snapshot', 'saved.json', '--aks-in-cluster'], now)).toThrow(new UsageError('--aks-in-cluster and --snapshot cannot be combined: a snapshot is already a complete scan'));
    expect(() => parseScanArgs(['--input', 'estate.json', '--page-size', '50'], now)).toThrow(/--page-size applies to live reads: .*--aks-in-cluster/);
  });

  it('lists it in the usage', () => {
    expect(SCAN_USAGE).toMatch(/--aks-in-cluster {11}with a live Azure scan/);
  });
});
