import { closeSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Text } from '../reporters/index.ts';

/** A file to write; its text may be rendered only when its turn comes, so one report at a time is in memory. */
export interface PendingFile {
  path: string;
  content: Text | (() => Text);
}

/**
 * Writes every file or none: each goes to a temporary name first and all are renamed
 * only once every one is on disk, so a failure never leaves a half-written report set.
 * On failure, files already moved into place and folders this call created are removed again.
 */
export function writeAll(files: PendingFile[]): void {
  const createdDirs: { top: string; leaf: string }[] = [];
  const staged: { tmp: string; path: string }[] = [];
  const placed: string[] = [];
  try {
    for (const { path, content } of files) {
      const created = mkdirSync(dirname(path), { recursive: true });
      if (created) createdDirs.push({ top: resolve(created), leaf: resolve(dirname(path)) });
      const tmp = join(dirname(path), `.${process.pid}.${staged.length}.tmp`);
      staged.push({ tmp, path });
      writeText(tmp, typeof content === 'function' ? content() : content);
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

/** Pieces go out joined in batches: few system calls, and no string the size of the file. */
function writeText(path: string, text: Text): void {
  const fd = openSync(path, 'w');
  try {
    if (typeof text === 'string') writeFully(fd, text);
    else for (let i = 0; i < text.length; i += BATCH) writeFully(fd, text.slice(i, i + BATCH).join(''));
  } finally {
    closeSync(fd);
  }
}

/** `writeSync` may write less than asked (a full disk, a signal): then go on from where it stopped. */
function writeFully(fd: number, chunk: string): void {
  const written = writeSync(fd, chunk, null, 'utf8');
  const length = Buffer.byteLength(chunk, 'utf8');
  if (written === length) return;
  const bytes = Buffer.from(chunk, 'utf8');
  for (let done = written; done < length; ) done += writeSync(fd, bytes, done);
}

const BATCH = 2000;

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
