import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The workflows users copy (examples/, and the YAML in docs/github-action.md and the README) use
 * the Action as action.yml defines it: every input they pass and every output they read exists,
 * and action.yml and the docs' tables name the same inputs and outputs.
 */
interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}
interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const OURS = /^aks-audit\/aks-audit@([0-9a-f]{40})$/;

/** The workflows: each example file, and each YAML block of the docs that uses the Action. */
const workflows: { name: string; text: string }[] = [
  ...readdirSync('examples').filter((f) => f.endsWith('.yml')).map((f) => ({ name: `examples/${f}`, text: readFileSync(join('examples', f), 'utf8') })),
  ...['docs/github-action.md', 'README.md'].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => ({ name: `${file} block ${i + 1}`, text: m[1]! })).filter((w) => w.text.includes('aks-audit/aks-audit@'))),
];

function stepsOf(doc: unknown): Step[] {
  if (Array.isArray(doc)) return doc as Step[];
  const jobs = (doc as { jobs?: Record<string, { steps?: Step[] }> }).jobs ?? {};
  return Object.values(jobs).flatMap((job) => job.steps ?? []);
}

describe('action.yml', () => {
  it('runs the committed bundle on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
  });

  it('lists the inputs and outputs docs/github-action.md documents, no more and no fewer', () => {
    const doc = readFileSync('docs/github-action.md', 'utf8');
    const tableOf = (heading: string) => doc.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!;
    const names = (table: string) => [...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z-]+)`/g)].map((n) => n[1]!));
    expect(names(tableOf('Inputs')).sort()).toEqual(Object.keys(action.inputs).sort());
    expect(names(tableOf('Outputs')).sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe.each(workflows)('$name', ({ text }) => {
  const doc: unknown = parse(text);
  const steps = stepsOf(doc);
  const ours = steps.filter((s) => s.uses?.startsWith('aks-audit/aks-audit@'));

  it('parses, and pins the Action by a full commit SHA', () => {
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) expect(step.uses).toMatch(OURS);
  });

  it('passes only inputs action.yml has', () => {
    for (const step of ours) for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), input).toContain(input);
  });

  it('reads only outputs action.yml has', () => {
    const ids = new Set(ours.map((s) => s.id).filter(Boolean));
    for (const [, id, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      expect(ids, `steps.${id}`).toContain(id);
      expect(Object.keys(action.outputs), output).toContain(output);
    }
  });
});
