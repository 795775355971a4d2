import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { loadFrameworks } from '../../src/engine/framework.ts';
import { FileErrors } from '../../src/engine/schema-check.ts';
import { workDir } from '../cli/run-main.ts';

const catalogue = loadCatalogue();

function frameworksIn(files: Record<string, string>): string[] {
  const dir = join(workDir(), 'frameworks');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files).map((name) => join(dir, name));
}

const HEAD = 'name: Team baseline\nversion: "2"\nurl: https://example.com/baseline\n';

/** Every problem the loader reports for `files`. */
function problemsOf(files: Record<string, string>): string[] {
  try {
    loadFrameworks(catalogue, frameworksIn(files));
  } catch (error) {
    if (error instanceof FileErrors) return error.problems;
    throw error;
  }
  return [];
}

describe('loadFrameworks', () => {
  it('reads a framework: controls in order, each with its section, and the rules they name', () => {
    const files = frameworksIn({
      'team.yaml': `id: team\n${HEAD}sections:\n  - id: A\n    title: Access\n    controls:\n      - { id: A-1, title: Entra only, rules: [aks-local-accounts-disabled] }\n      - { id: A-2, title: Reviewed by hand, rules: [] }\n  - id: B\n    title: Empty\n    note: Nothing yet.\n    controls: []\n`,
    });
    const team = loadFrameworks(catalogue, files).get('team')!;
    expect(team.controls).toEqual([
      { id: 'A-1', title: 'Entra only', section: 'A Access', rules: ['aks-local-accounts-disabled'] },
      { id: 'A-2', title: 'Reviewed by hand', section: 'A Access', rules: [] },
    ]);
    expect([...team.rules]).toEqual(['aks-local-accounts-disabled']);
    expect(team.sections[1]).toMatchObject({ id: 'B', note: 'Nothing yet.', controls: [] });
  });

  it('names every problem at once: file, path and line', () => {
    expect(
      problemsOf({
        'team.yaml': `id: team\n${HEAD}sections:\n  - id: A\n    title: Access\n    controls:\n      - { id: A-1, title: One, rules: [aks-local-acounts-disabled] }\n      - { id: A-1, title: Again, rules: [] }\n`,
        'other.yaml': `id: other\n${HEAD}sections:\n  - id: A\n    title: Access\n    controls:\n      - { id: A-1, title: One }\n`,
      }),
    ).toEqual([
      expect.stringMatching(/team\.yaml: sections\.0\.controls\.0\.rules\.0 \(line 9\): no rule "aks-local-acounts-disabled" in the catalogue$/),
      expect.stringMatching(/team\.yaml: sections\.0\.controls\.1\.id \(line 10\): control A-1 is listed twice$/),
      expect.stringMatching(/other\.yaml: sections\.0\.controls\.0 \(line 9\): missing required field "rules"$/),
    ]);
  });
});
