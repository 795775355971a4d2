/** The azurerm major versions whose attribute names and defaults the adapter knows. */
export type AzurermMajor = 3 | 4 | 5;
const MAJORS: readonly AzurermMajor[] = [3, 4, 5];

/**
 * The azurerm major version a configuration runs with: the version locked in
 * `.terraform.lock.hcl` when there is one, else the one major its `version` constraint
 * allows (`~> 4.0`, `>= 3.90, < 4.0`). Null when neither pins one: names are then read in
 * every spelling, and defaults that differ between versions are unknown.
 */
export function azurermMajor(constraint: string | undefined, locked: string | undefined): AzurermMajor | null {
  if (locked !== undefined) return only(new Set(MAJORS.filter((m) => m === majorOf(locked))));
  if (constraint === undefined || constraint.trim() === '') return null;
  let allowed = new Set<number>(MAJORS);
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(part);
    if (!m) return null;
    const [, op = '=', major, minor, patch] = m;
    const x = Number(major);
    const zero = (minor === undefined || Number(minor) === 0) && (patch === undefined || Number(patch) === 0);
    const keep = (test: (major: number) => boolean): void => {
      allowed = new Set([...allowed].filter(test));
    };
    if (op === '=') keep((v) => v === x);
    else if (op === '~>') keep(minor === undefined ? (v) => v >= x : (v) => v === x);
    else if (op === '>=' || op === '>') keep((v) => v >= x);
    else if (op === '<=') keep((v) => v <= x);
    else if (op === '<') keep((v) => (zero ? v < x : v <= x));
  }
  return only(allowed);
}

function majorOf(version: string): number {
  return Number(/^\s*v?(\d+)/.exec(version)?.[1] ?? NaN);
}

function only(set: Set<number>): AzurermMajor | null {
  return set.size === 1 ? ([...set][0] as AzurermMajor) : null;
}
