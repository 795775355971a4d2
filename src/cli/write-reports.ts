import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { OutputError } from '../engine/errors.ts';
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
 * Only regular files are replaced: a path that is a folder, a device (`/dev/null`, `/dev/stdout`),
 * a FIFO, a socket or a symbolic link is refused before anything is written, since renaming over
 * it would destroy it, and a stream cannot be written all-or-nothing.
 */
export function writeAll(files: PendingFile[]): void {
  for (const { path } of files) refuseNonRegular(path);
  const createdDirs: { top: string; leaf: string }[] = [];
  const staged: { tmp: string; path: string }[] = [];
  const placed: string[] = [];
  try {
    for (const { path, content } of files) {
      const created = makeFolder(dirname(path));
      if (created) createdDirs.push({ top: created, leaf: resolve(dirname(path)) });
      const tmp = join(dirname(path), `.${process.pid}.${staged.length}.tmp`);
      // `wx`: a temporary name that already exists (whatever it is) is never opened, let alone truncated or removed.
      const fd = openSync(tmp, 'wx');
      staged.push({ tmp, path });
      writeText(fd, typeof content === 'function' ? content() : content);
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
function writeText(fd: number, text: Text): void {
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

function refuseNonRegular(path: string): void {
  let stat: Stats | undefined;
  try {
    stat = lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A parent that is not a folder: `makeFolder` names it.
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
    throw error;
  }
  if (stat && !stat.isFile()) throw new OutputError(path, `is ${kindOf(stat)}, not a regular file: reports and snapshots are written only as regular files (nothing was written)`);
}

function kindOf(stat: Stats): string {
  if (stat.isFile()) return 'a file';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * Creates `dir` and its missing parents, one `mkdir` each, and returns the topmost one it created.
 * Not `mkdirSync(…, { recursive: true })`: on `/proc/self/x/y` that never returns (the kernel answers
 * ENOENT for a parent it just reported missing, and Node tries again forever).
 */
function makeFolder(dir: string): string | undefined {
  const missing: string[] = [];
  let existing = resolve(dir);
  let stat: Stats | undefined;
  while (!(stat = statOf(existing))) {
    missing.push(existing);
    if (dirname(existing) === existing) break;
    existing = dirname(existing);
  }
  if (stat && !stat.isDirectory()) throw new OutputError(existing, `is ${kindOf(stat)}, not a folder`);
  const created: string[] = [];
  for (const folder of missing.toReversed()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      for (const made of created.toReversed()) rmdirSync(made);
      throw new OutputError(folder, `cannot create this folder (${(error as Error).message.split(',')[0]})`);
    }
    created.push(folder);
  }
  return created[0];
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    throw new OutputError(path, `cannot look at this path (${(error as Error).message.split(',')[0]})`);
  }
}

/** Removes the folders `makeFolder` created, from `leaf` up to `top`; stops at the first one that is not empty. */
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
