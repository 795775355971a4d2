import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../engine/errors.ts';

/** The files of a history by name (`history.json`, `runs/<run>.json.gz`): a folder or a Blob container. */
export interface HistoryStore {
  /** The location as reports and messages name it (no secret). */
  shown: string;
  /** The file's bytes, or undefined when there is none. */
  read(name: string): Promise<Buffer | undefined>;
  /** Replaces the file whole: a reader sees the old bytes or the new ones, never a part. */
  write(name: string, bytes: Buffer): Promise<void>;
  remove(name: string): Promise<void>;
}

export function folderStore(folder: string): HistoryStore {
  return {
    shown: folder,
    read: async (name) => {
      try {
        return readFileSync(join(folder, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw named(join(folder, name), error);
      }
    },
    write: async (name, bytes) => {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, bytes, { flag: 'wx' });
        renameSync(tmp, path);
      } catch (error) {
        throw named(path, error);
      } finally {
        rmSync(tmp, { force: true });
      }
    },
    remove: async (name) => rmSync(join(folder, name), { force: true }),
  };
}

/** Node names no path for some failures (EISDIR on a read): the history file it was is named here. */
function named(path: string, error: unknown): InputError {
  return new InputError(path, undefined, (error as Error).message.split('\n')[0]!);
}
