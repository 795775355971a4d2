import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway input file holding `document`, for adapter tests that go through the real collector. */
export function inputFile(document: unknown, name = 'input.json'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'aks-audit-input-')), name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}
