import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of `src/`, lowest first: a module imports from its own layer or a lower one, never
 * a higher one. Reference data (`src/reference`) is judged against like the state, and loaded by
 * the CLI. Adapters and collectors share a layer (a collector hands what it read to its
 * adapter, an adapter reuses a collector's reader). The engine sits below them: its errors and
 * schema checks are what every reader throws and validates with.
 */
const LAYERS: readonly (readonly string[])[] = [['lib'], ['state', 'reference'], ['engine'], ['adapters', 'collectors'], ['rules'], ['policy'], ['history'], ['reporters'], ['cli'], ['action']];

function layerOf(folder: string): number {
  const at = LAYERS.findIndex((layer) => layer.includes(folder));
  if (at < 0) throw new Error(`src/${folder} is in no layer: add it to LAYERS`);
  return at;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g;

/** `src/engine/report.ts imports src/rules/...` for each import that reaches up a layer. */
export function upwardImports(files: { path: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { path, text } of files) {
    const from = path.split(sep)[1]!;
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (!specifier.startsWith('.')) continue;
      const target = relative('src', normalize(join(dirname(path), specifier)));
      const to = target.split(sep)[0]!;
      if (to === '..' || !/\.ts$/.test(target)) continue;
      if (layerOf(to) > layerOf(from)) out.push(`${path} imports src/${target}`);
    }
  }
  return out;
}

describe('the layers of src/', () => {
  it('no module imports from a higher layer (the engine knows no rule, no CLI)', () => {
    const files = filesUnder('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(upwardImports(files)).toEqual([]);
  });

  it('finds an import that reaches up (the check can fail)', () => {
    const files = [
      { path: join('src', 'engine', 'report.ts'), text: "import { clusterTopology } from '../rules/analyses/cluster-topology.ts';" },
      { path: join('src', 'collectors', 'azure', 'connection.ts'), text: "import { TOOL } from '../../cli/version.ts';" },
      { path: join('src', 'rules', 'aks', 'a.ts'), text: "import type { State } from '../../state/state.ts';\nconst m = await import('../../reporters/json.ts');" },
    ];
    expect(upwardImports(files)).toEqual([
      `${files[0]!.path} imports src/${join('rules', 'analyses', 'cluster-topology.ts')}`,
      `${files[1]!.path} imports src/${join('cli', 'version.ts')}`,
      `${files[2]!.path} imports src/${join('reporters', 'json.ts')}`,
    ]);
  });
});
