import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAll } from '../../src/cli/write-reports.ts';
import { runMain, workDir } from './run-main.ts';

const INPUT = 'fixtures/inputs/cluster-resource.json';

describe('writing reports: all or nothing', () => {
  it('exits 2 and writes nothing when the out folder is a file', async () => {
    const dir = workDir();
    const out = join(dir, 'reports');
    writeFileSync(out, 'not a folder');
    const run = await runMain('scan', '--input', INPUT, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr).toEqual([`aks-audit: ${out}: is a file, not a folder`]);
    expect(readdirSync(dir)).toEqual(['reports']);
  });

  it('leaves no report behind when the snapshot, written last, cannot be placed', async () => {
    const dir = workDir();
    const out = join(dir, 'reports');
    const snapshot = join(dir, 'snapshot.json');
    mkdirSync(join(snapshot, 'occupied'), { recursive: true });
    const run = await runMain('scan', '--input', INPUT, '--out', out, '--save-snapshot', snapshot);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(['snapshot.json']);
    expect(readdirSync(snapshot)).toEqual(['occupied']);
  });

  it('leaves no report behind when the snapshot folder cannot be created', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'blocker'), '');
    const run = await runMain('scan', '--input', INPUT, '--out', join(dir, 'deep', 'reports'), '--save-snapshot', join(dir, 'blocker', 's.json'));
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['blocker']);
  });

  it('keeps folders and files that were there before a failed write', () => {
    const dir = workDir();
    const out = join(dir, 'reports');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'kept');
    mkdirSync(join(out, 'aks-audit.json', 'occupied'), { recursive: true });
    expect(() => writeAll([{ path: join(out, 'aks-audit.sarif'), content: '{}' }, { path: join(out, 'aks-audit.json'), content: '{}' }])).toThrow();
    expect(readdirSync(out).sort()).toEqual(['aks-audit.json', 'notes.txt']);
  });

  it('writes text given in pieces exactly, in order, across write batches and multi-byte characters', () => {
    const out = join(workDir(), 'reports');
    // Several megabytes: pieces small and large (one larger than a write batch), multi-byte characters throughout.
    const pieces = Array.from({ length: 4321 }, (_, i) => `${i % 7 === 0 ? 'ü€😀' : 'x'}${i},`.repeat(i % 500 === 0 ? 100_000 : 40));
    let rendered = 0;
    writeAll([{ path: join(out, 'pieces.json'), content: () => (rendered++, pieces) }, { path: join(out, 'whole.json'), content: 'whole' }]);
    expect(rendered).toBe(1);
    expect(readFileSync(join(out, 'pieces.json'), 'utf8')).toBe(pieces.join(''));
    expect(readFileSync(join(out, 'whole.json'), 'utf8')).toBe('whole');
  });
});

/** A special file made with the system's own tool (`mkfifo`, `mknod`); false when this machine does not allow it. */
function makeSpecial(command: string, ...args: string[]): boolean {
  return spawnSync(command, args).status === 0;
}

describe('writing reports: only regular files are replaced', () => {
  it('refuses a snapshot path that is a FIFO: exit 2, one line, the FIFO still there and no report written', async () => {
    const dir = workDir();
    const fifo = join(dir, 'snapshot.json');
    expect(makeSpecial('mkfifo', fifo)).toBe(true);
    const run = await runMain('scan', '--input', INPUT, '--out', join(dir, 'reports'), '--save-snapshot', fifo);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${fifo}: is a named pipe (FIFO), not a regular file: reports and snapshots are written only as regular files (nothing was written)`]);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['snapshot.json']);
  });

  it('refuses a report path that is a device node, and leaves the device as it was', async (context) => {
    const dir = workDir();
    const out = join(dir, 'reports');
    mkdirSync(out);
    const device = join(out, 'aks-audit.json');
    // The same device as /dev/null, made here: a test must never risk the machine's own.
    if (!makeSpecial('mknod', device, 'c', '1', '3')) return context.skip('mknod is not allowed here (needs CAP_MKNOD)');
    const run = await runMain('scan', '--input', INPUT, '--format', 'sarif,json', '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${device}: is a device, not a regular file: reports and snapshots are written only as regular files (nothing was written)`]);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(out)).toEqual(['aks-audit.json']);
  });

  it('refuses a symbolic link (/dev/stdout is one) rather than replacing the link, and a folder', async () => {
    const dir = workDir();
    const out = join(dir, 'reports');
    mkdirSync(out);
    writeFileSync(join(dir, 'elsewhere.json'), 'kept');
    symlinkSync(join(dir, 'elsewhere.json'), join(out, 'aks-audit.json'));
    const linked = await runMain('scan', '--input', INPUT, '--format', 'json', '--out', out);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toEqual([`aks-audit: ${join(out, 'aks-audit.json')}: is a symbolic link, not a regular file: reports and snapshots are written only as regular files (nothing was written)`]);
    expect(lstatSync(join(out, 'aks-audit.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere.json'), 'utf8')).toBe('kept');

    const folder = await runMain('scan', '--input', INPUT, '--format', 'json', '--out', join(dir, 'new'), '--save-snapshot', out);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toEqual([`aks-audit: ${out}: is a folder, not a regular file: reports and snapshots are written only as regular files (nothing was written)`]);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('replaces a regular file that is there', async () => {
    const out = join(workDir(), 'reports');
    mkdirSync(out);
    writeFileSync(join(out, 'aks-audit.json'), 'old');
    expect((await runMain('scan', '--input', INPUT, '--format', 'json', '--out', out, '--quiet', '--fail-on', 'none')).code).toBe(0);
    expect(readFileSync(join(out, 'aks-audit.json'), 'utf8')).toMatch(/^\{/);
  });

  it.skipIf(!existsSync('/proc/self'))('fails with one line, at once, when the out folder cannot be created under /proc', () => {
    // Node's recursive mkdir never returns there: run the real binary with a deadline rather than hang the test worker.
    const started = Date.now();
    const r = spawnSync(process.execPath, ['bin/aks-audit.js', 'scan', '--input', INPUT, '--out', '/proc/self/aks-audit/reports', '--quiet'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('aks-audit: /proc/self/aks-audit: cannot create this folder (ENOENT: no such file or directory)\n');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
