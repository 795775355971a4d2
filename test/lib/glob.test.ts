import { describe, expect, it } from 'vitest';
import { globPattern } from '../../src/lib/glob.ts';

describe('globs in config files', () => {
  it('matches * within a segment and ** across, every other character as itself', () => {
    expect(globPattern('rg-*-prod').test('rg-payments-prod')).toBe(true);
    expect(globPattern('infra/*.tf').test('infra/modules/aks.tf')).toBe(false);
    expect(globPattern('infra/**').test('infra/modules/aks.tf')).toBe(true);
    expect(globPattern('a.b(c)').test('a.b(c)')).toBe(true);
    expect(globPattern('a.b').test('axb')).toBe(false);
    // A whole `/**` segment matches no segment too: a cluster's pattern names the cluster itself.
    expect(globPattern('clusters/aks-prod/**').test('clusters/aks-prod')).toBe(true);
    expect(globPattern('clusters/aks-prod/**').test('clusters/aks-prod-2')).toBe(false);
  });

  it('ignores case when asked (Azure names), not otherwise (Kubernetes names)', () => {
    expect(globPattern('rg-*-prod', true).test('RG-Payments-PROD')).toBe(true);
    expect(globPattern('payments').test('Payments')).toBe(false);
  });

});
