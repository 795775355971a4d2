import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { InputError } from '../../engine/errors.ts';

export interface InputFile {
  path: string;
  /** Found by walking a folder rather than named: one that is not an input is skipped, not fatal. */
  inFolder: boolean;
}

/** Input files an `--input` path names: the file itself, or every `.json` file below a folder, in a stable order. */
export function expandInputs(paths: string[], extensions = ['.json']): string[] {
  return listInputs(paths, extensions).map((f) => f.path);
}

/** `expandInputs`, saying of each file whether it was found in a folder; a file also named explicitly counts as named. */
export function listInputs(paths: string[], extensions = ['.json']): InputFile[] {
  const files = new Map<string, InputFile>();
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(path, undefined, 'no such file or folder');
    }
    if (stat.isDirectory()) {
      for (const file of walk(path, extensions)) if (!files.has(file)) files.set(file, { path: file, inFolder: true });
    } else files.set(path, { path, inFolder: false });
  }
  return [...files.values()];
}

function walk(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, extensions));
    else if (entry.isFile() && extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}

/** A path as reports show it: relative to the working directory when below it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
