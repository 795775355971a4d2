import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes every file or none: each goes to a temporary name first and all are renamed
 * only once every one is on disk, so a failure never leaves a half-written report set.
 */
export function writeAll(files: { path: string; content: string }[]): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const { path, content } of files) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${process.pid}.${staged.length}.tmp`);
      writeFileSync(tmp, content);
      staged.push({ tmp, path });
    }
  } catch (error) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const { tmp, path } of staged) renameSync(tmp, path);
}
