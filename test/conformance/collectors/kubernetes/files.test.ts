import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifests } from '../../../../src/collectors/kubernetes/files.ts';
import { CONFORMANCE } from '../../inputs.ts';

describe('the conformance corpus', () => {
  /** Every Kubernetes object file of the peers' tests (their rule configuration under _config is not one). */
  function corpus(dir: string): string[] {
    return readdirSync(dir).sort().flatMap((name) => {
      const path = join(dir, name);
      if (name === '_config') return [];
      if (statSync(path).isDirectory()) return corpus(path);
      return /\.(ya?ml|json)$/i.test(name) ? [path] : [];
    });
  }

  it('reads every kubescape and polaris input file without error', () => {
    const files = [...corpus(join(CONFORMANCE, 'kubescape')), ...corpus(join(CONFORMANCE, 'polaris'))];
    expect(files.length).toBeGreaterThan(450);
    let objects = 0;
    let unrecognized = 0;
    for (const file of files) {
      const read = readManifests(file);
      objects += read.source.resources;
      unrecognized += read.unrecognized.reduce((n, u) => n + u.count, 0);
      expect(read.source.resources + read.unrecognized.length, file).toBeGreaterThan(0);
    }
    expect(objects).toBeGreaterThan(500);
    // CiliumNetworkPolicies, ConfigMaps, kubescape's host data, and two polaris Deployments written with `apiVersion: v1`.
    expect(unrecognized).toBeLessThan(50);
  });
});
