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

/**
 * Pieces are encoded into one reused buffer that is written whenever it is full: few system
 * calls, no string the size of the file, and no joined copies of the pieces on the way.
 */
function writeText(path: string, text: Text): void {
  const fd = openSync(path, 'w');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    for (const piece of typeof text === 'string' ? [text] : text) {
      // UTF-8 takes at most 3 bytes per UTF-16 code unit: flush first unless the piece surely fits.
      const most = piece.length * 3;
      if (used + most > CHUNK_BYTES && used > 0) {
        writeBytes(fd, buffer.subarray(0, used));
        used = 0;
      }
      if (most > CHUNK_BYTES) writeBytes(fd, Buffer.from(piece, 'utf8'));
      else used += buffer.write(piece, used, 'utf8');
    }
    writeBytes(fd, buffer.subarray(0, used));
  } finally {
    closeSync(fd);
  }
}

/** `writeSync` may write less than asked (a full disk, a signal): then go on from where it stopped. */
function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

const CHUNK_BYTES = 1 << 20;

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
