import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScanArgs } from '../../../src/cli/args.ts';
import { runScan } from '../../../src/cli/scan.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { expectRefused as expectRefusedWithout, scanFile, type InputScan } from '../../helpers/refusal.ts';
import { runMain, workDir } from '../../cli/run-main.ts';

const SECRET = 'cG9zdGdyZXM6Ly9wYXltZW50czpTM2NyZXRAcHNxbA==';

const scanManifest = (text: string | Buffer, name = 'manifests.yaml') => scanFile('--manifests', text, name);
const expectRefused = (r: InputScan, place: RegExp | string, detail: RegExp): string => expectRefusedWithout(r, place, detail, SECRET, 400);

const secretDoc = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\n  namespace: payments\ndata:\n  url: ${SECRET}\n`;

describe('malformed manifest files', () => {
  it.each([
    ['a bad indent', `${secretDoc}  password:${SECRET}\n    more: x\n`, /line \d+, column \d+/, /invalid YAML: /],
    ['a duplicate key', `${secretDoc}data:\n  url: ${SECRET}\n`, 'line 8, column 1', /invalid YAML: map keys must be unique$/],
    ['an unclosed quote', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: "payments-db\ndata:\n  url: ${SECRET}\n`, /line \d+, column \d+/, /invalid YAML: missing closing "quote$/],
    ['a tab as indentation', `apiVersion: v1\nkind: Secret\nmetadata:\n\tname: x\n`, 'line 4, column 1', /invalid YAML: tabs are not allowed as indentation$/],
    ['an unresolved alias', `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: *nope\n`, 'line 1', /invalid YAML: unresolved alias/],
  ])('refuses YAML with %s, naming line and column without quoting the input', async (_what, text, place, detail) => {
    expectRefused(await scanManifest(text), place, detail);
  });

  it('refuses malformed JSON in a .json manifest with line and column', async () => {
    const text = `{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "data": {"url": "${SECRET}"}\n  "metadata": {}\n}\n`;
    expectRefused(await scanManifest(text, 'secret.json'), 'line 5, column 3', /invalid JSON: expected ',' or '}' after property value$/);
  });

  it.each([
    ['an object without kind', 'apiVersion: v1\nmetadata:\n  name: x\n', 'line 1', /has no kind: not a Kubernetes object$/],
    ['an object without apiVersion', 'kind: Pod\nmetadata:\n  name: x\n', 'line 1', /Pod has no apiVersion$/],
    ['a read kind without metadata.name', '---\napiVersion: v1\nkind: Namespace\nmetadata:\n  labels: {a: b}\n', 'line 2', /Namespace has no metadata.name$/],
    ['a scalar document', 'just a string\n', 'line 1', /expected a Kubernetes object or List, got string$/],
    ['a top-level array', '- apiVersion: v1\n  kind: Namespace\n', 'line 1', /expected a Kubernetes object or List, got an array$/],
    ['a List whose items is not an array', 'apiVersion: v1\nkind: List\nitems: {}\n', 'line 1', /List: items is not an array$/],
  ])('refuses %s', async (_what, text, place, detail) => {
    expectRefused(await scanManifest(text), place, detail);
  });

  it('names the line and pointer of a bad item inside a kubectl List', async () => {
    const text = 'apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: ok\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    namespace: orders\nkind: List\n';
    expectRefused(await scanManifest(text), 'line 7', /\/items\/1: Pod has no metadata.name$/);
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'ok' } }, 42] }, null, 2);
    expectRefused(await scanManifest(json, 'pods.json'), `line ${json.split('\n').indexOf('    42') + 1}`, /\/items\/1: expected a Kubernetes object, got number$/);
  });

  it('refuses an empty file or one with comments only', async () => {
    expectRefused(await scanManifest(''), /: is empty/, /is empty: expected Kubernetes objects$/);
    expectRefused(await scanManifest('# nothing rendered\n---\n# Source: chart/templates/empty.yaml\n'), /: is empty/, /is empty/);
    expectRefused(await scanManifest('', 'list.json'), /: is empty/, /is empty: expected JSON$/);
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${lines.join('\n  ')}\n`;
    expectRefused(await scanManifest(text), 'line 1', /invalid YAML: excessive alias count/);
  });

  it('refuses objects nested absurdly deep, in YAML and in JSON, instead of overflowing the stack', async () => {
    const depth = 20000;
    expectRefused(await scanManifest(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: deep\nspec: ${'['.repeat(depth)}${']'.repeat(depth)}\n`), /line \d+, column \d+/, /invalid YAML: maximum call stack size exceeded/);
    const json = `{"apiVersion":"v1","kind":"Pod","metadata":{"name":"deep"},"spec":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    expectRefused(await scanManifest(json, 'deep.json'), 'line 1', /Pod is nested more than 100 levels deep$/);
  });

  it('keeps hostile kind strings to one escaped, bounded line', async () => {
    const kind = `Evil\u001b[31m\u202e${'K'.repeat(5000)}`;
    const r = await scanManifest(`kind: "${kind.replace('\u001b', '\\e').replace('\u202e', '\\u202e')}"\nmetadata:\n  name: x\n`);
    const line = expectRefused(r, 'line 1', /Evil\\u001b\[31m\\u202eK+… has no apiVersion$/);
    expect(line).not.toContain('\u001b');
    expect(line).not.toContain('\u202e');
  });

  it('counts a hostile kind it does not read without echoing it whole', async () => {
    const r = await scanManifest(`apiVersion: v1\nkind: "${'X'.repeat(5000)}"\nmetadata:\n  name: x\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n`);
    expect(r.run.stderr).toEqual([]);
  });

  it('refuses a file over the size limit before reading it', () => {
    const dir = workDir();
    const file = join(dir, 'ns.yaml');
    writeFileSync(file, `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: payments\n`);
    const out = join(dir, 'reports');
    const options = { ...parseScanArgs(['--manifests', file, '--format', 'json', '--out', out, '--quiet'], new Date()), maxInputBytes: 20 };
    return expect(runScan(options, () => {})).rejects.toThrow(InputError).then(() => expect(existsSync(out)).toBe(false));
  });

  it('refuses YAML too large to hold as a document tree, advising JSON', async () => {
    const r = await scanManifest(`# ${'x'.repeat(17 * 1024 * 1024)}\n`);
    expectRefused(r, /: is 18 MiB of YAML/, /YAML inputs larger than 16 MiB are refused \(export with -o json, or split the file\)$/);
  });

  it('goes on past a Helm chart file in a --manifests folder, and lists it as not read', async () => {
    const dir = workDir();
    const manifests = join(dir, 'manifests');
    mkdirSync(manifests);
    writeFileSync(join(manifests, 'Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 0.1.0\n');
    writeFileSync(join(manifests, 'ns.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n');
    const snapshot = join(dir, 'snapshot.json');
    const run = await runMain('scan', '--manifests', manifests, '--out', join(dir, 'reports'), '--save-snapshot', snapshot, '--quiet');
    expect(run.code).not.toBe(2);
    const { sources } = JSON.parse(readFileSync(snapshot, 'utf8')) as { sources: { target: string; status: string; code?: string; message?: string }[] };
    expect(sources.filter((s) => s.code === 'skipped').map((s) => [s.status, s.message])).toEqual([['failed', `not read: ${join(manifests, 'Chart.yaml')}: line 1: has no kind: not a Kubernetes object`]]);
  });

  it('refuses a missing path and a folder with no manifest files', async () => {
    const dir = workDir();
    const missing = join(dir, 'no-such-folder');
    const run = await runMain('scan', '--manifests', missing, '--out', join(dir, 'reports'));
    expect(run.code).toBe(2);
    expect(run.stderr).toEqual([`aks-audit: ${missing}: no such file or folder`]);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'README.md'), '# manifests live elsewhere');
    const second = await runMain('scan', '--manifests', empty, '--out', join(dir, 'reports'));
    expect(second.stderr).toEqual([`aks-audit: ${empty}: holds no .yaml, .yml or .json files`]);
    expect(existsSync(join(dir, 'reports'))).toBe(false);
  });
});
