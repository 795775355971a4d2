import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runMain, workDir } from '../cli/run-main.ts';

export interface InputScan {
  run: Awaited<ReturnType<typeof runMain>>;
  file: string;
  out: string;
}

/** Scans one file holding `text`, given to the CLI as `flag` (`--input`, `--manifests`); reports would go to `out`. */
export async function scanFile(flag: string, text: string | Buffer, name: string): Promise<InputScan> {
  const dir = workDir();
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = join(dir, 'reports');
  return { run: await runMain('scan', flag, file, '--format', 'json', '--out', out, '--quiet'), file, out };
}

/**
 * The refusal every bad input gets: exit 2, one line naming the file and the place, never
 * echoing `secret` (a value from the file), shorter than `maxLength` when given, and no report
 * written. Returns the line.
 */
export function expectRefused(r: InputScan, place: RegExp | string, detail: RegExp, secret: string, maxLength?: number): string {
  expect(r.run.code).toBe(2);
  expect(r.run.stderr).toHaveLength(1);
  const line = r.run.stderr[0]!;
  expect(line).not.toMatch(/\n/);
  expect(line.startsWith(`aks-audit: ${r.file}: `)).toBe(true);
  if (typeof place === 'string') expect(line).toContain(`: ${place}: `);
  else expect(line).toMatch(place);
  expect(line).toMatch(detail);
  expect(line).not.toContain(secret);
  if (maxLength !== undefined) expect(line.length).toBeLessThan(maxLength);
  expect(existsSync(r.out) ? readdirSync(r.out) : []).toEqual([]);
  return line;
}
