import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain, workDir } from '../cli/run-main.ts';

/**
 * A main branch and a pull request of one estate (fixtures/same-estate/arm): main scanned to
 * JSON and SARIF reports, the pull request an export that turns on local accounts (a new high
 * failure), turns on the Azure Policy add-on (a fixed medium one), renames the storage account
 * (its failure fixed under the old name, new under the new one) and lists every resource in the
 * reverse order.
 */
export interface Estates {
  dir: string;
  mainJson: string;
  mainSarif: string;
  /** The pull request's export, for `--input`. */
  pr: string;
}

export const SCAN = ['--as-of', '2026-11-22', '--quiet'] as const;

export async function baselineEstates(): Promise<Estates> {
  const dir = workDir();
  const main = await runMain('scan', '--input', 'fixtures/same-estate/arm', '--out', join(dir, 'main'), '--format', 'json,sarif', '--fail-on', 'none', ...SCAN);
  if (main.code !== 0) throw new Error(`main scan exited ${main.code}: ${main.stderr.join('\n')}`);
  const resources = JSON.parse(readFileSync('fixtures/same-estate/arm/estate.json', 'utf8')) as { name: string; id: string; properties: Record<string, unknown> }[];
  for (const r of resources) {
    if (r.name === 'aks-same') {
      r.properties.disableLocalAccounts = false;
      (r.properties.addonProfiles as Record<string, { enabled: boolean }>).azurepolicy!.enabled = true;
    }
    if (r.name === 'stsameweu') {
      r.name = 'stsameweu2';
      r.id = r.id.replace(/stsameweu$/, 'stsameweu2');
    }
  }
  mkdirSync(join(dir, 'pr'));
  writeFileSync(join(dir, 'pr', 'estate.json'), JSON.stringify(resources.toReversed()));
  return { dir, mainJson: join(dir, 'main', 'aks-audit.json'), mainSarif: join(dir, 'main', 'aks-audit.sarif'), pr: join(dir, 'pr') };
}
