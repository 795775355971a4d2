import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The project's own tests pass on a clone of this repository alone: only test/conformance reads
 * the peers' inputs beside the checkout (and runs only where they are, see vitest.config.ts).
 */
const CONFORMANCE_SUITE = join('test', 'conformance');
const PEER_INPUTS = /\.\.\/shared\b|shared\/conformance|AKS_AUDIT_CONFORMANCE|conformance\/(inputs|root)\.ts/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === CONFORMANCE_SUITE ? [] : filesUnder(path);
    return /\.(ts|js|json|ya?ml)$/.test(e.name) ? [path] : [];
  });
}

describe('the project tests are self-contained', () => {
  it('no test, helper or fixture outside test/conformance names the peers\' inputs', () => {
    const readers = filesUnder('test').filter((file) => PEER_INPUTS.test(readFileSync(file, 'utf8')) && file !== join('test', 'meta', 'self-contained.test.ts'));
    expect(readers).toEqual([]);
  });

  it('finds a file that does (the check can fail)', () => {
    expect(PEER_INPUTS.test("stateOf('../shared/conformance/psrule/Resources.AKS.json')")).toBe(true);
    expect(PEER_INPUTS.test("import { CONFORMANCE } from '../conformance/inputs.ts';")).toBe(true);
  });
});
