import { mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Writes every file or none: each goes to a temporary name first and all are renamed
 * only once every one is on disk, so a failure never leaves a half-written report set.
 * On failure, files already moved into place and folders this call created are removed again.
 */
export function writeAll(files: { path: string; content: string }[]): void {
  const createdDirs: { top: string; leaf: string }[] = [];
  const staged: { tmp: string; path: string }[] = [];
  const placed: string[] = [];
  try {
    for (const { path, content } of files) {
      const created = mkdirSync(dirname(path), { recursive: true });
      if (created) createdDirs.push({ top: resolve(created), leaf: resolve(dirname(path)) });
      const tmp = join(dirname(path), `.${process.pid}.${staged.length}.tmp`);
      staged.push({ tmp, path });
      writeFileSync(tmp, content);
    }
    for (const { tmp, path } of staged) {
      renameSync(tmp, path);
      placed.push(path);
    }
  } catch (error) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    for (const path of placed) rmSync(path, { force: true });
    for (const dirs of createdDirs.reverse()) removeCreated(dirs);
    throw error;
  }
}

/** Removes the folders `mkdirSync` created, from `leaf` up to `top`; stops at the first one that is not empty. */
function removeCreated({ top, leaf }: { top: string; leaf: string }): void {
  for (let dir = leaf; ; dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
    if (dir === top || dirname(dir) === dir) return;
  }
}
