import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
        throw error;
      }
    },
    write: async (name, bytes) => {
      const path = join(folder, name);
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, bytes, { flag: 'wx' });
        renameSync(tmp, path);
      } finally {
        rmSync(tmp, { force: true });
      }
    },
    remove: async (name) => rmSync(join(folder, name), { force: true }),
  };
}
