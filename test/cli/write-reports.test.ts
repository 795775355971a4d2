import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(run.stderr[0]).toMatch(/^aks-audit: .*reports.*: (ENOTDIR|EEXIST): /);
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
