import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readHclFile, type ReadLog } from './module.ts';

/** The azurerm version `terraform init` locked in the folder's `.terraform.lock.hcl`, when there is one. */
export async function lockedAzurerm(dir: string, log: ReadLog): Promise<string | undefined> {
  const path = join(dir, '.terraform.lock.hcl');
  if (!existsSync(path)) return undefined;
  const body = await readHclFile(path, log);
  const block = body?.blocks.find((b) => b.type === 'provider' && /(^|\/)hashicorp\/azurerm$/.test(b.labels[0] ?? ''));
  const version = block?.body.attributes.find((a) => a.name === 'version')?.expr;
  if (version?.kind === 'literal' && typeof version.value === 'string') return version.value;
  if (version?.kind === 'template' && version.parts.every((p) => typeof p === 'string')) return version.parts.join('');
  return undefined;
}
