import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { RULES } from '../../src/rules/index.ts';

/** Every rule is one id shared by its file, its test, its doc page and its rules.yaml entry. */
const RULE_DIR = 'src/rules';
const catalogue = loadCatalogue();
/** What rules share (factories, analyses, utilities), beside the service folders of rules. */
const SHARED = new Set(['factories', 'analyses', 'lib']);
const ruleFiles = readdirSync(RULE_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !SHARED.has(d.name))
  .flatMap((d) => readdirSync(join(RULE_DIR, d.name)).filter((f) => f.endsWith('.ts')).map((f) => ({ service: d.name, id: basename(f, '.ts') })));

describe('rule catalogue', () => {
  it('registers every rule file exactly once, sorted by id, with id = file name', () => {
    expect(RULES.map((r) => r.id)).toEqual(ruleFiles.map((f) => f.id).sort());
  });

  it.each(ruleFiles)('$id has a rules.yaml entry in its service, a test and a doc page', ({ service, id }) => {
    const entry = catalogue.get(id);
    expect(entry, `rules.yaml has no entry for ${id}`).toBeDefined();
    expect(entry?.service).toBe(service);
    expect(existsSync(`test/rules/${service}/${id}.test.ts`), `test/rules/${service}/${id}.test.ts`).toBe(true);
    expect(existsSync(`docs/rules/${id}.md`), `docs/rules/${id}.md`).toBe(true);
  });

  it('names no rule in rules.yaml that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect([...catalogue.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('lists every rule, with its severity, in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const entry of catalogue.values()) expect(readme, `README row for ${entry.id}`).toContain(`| [\`${entry.id}\`](docs/rules/${entry.id}.md) | ${entry.severity} |`);
  });

  it('has no doc page for a rule that does not exist', () => {
    const pages = readdirSync('docs/rules').filter((f) => f.endsWith('.md')).map((f) => basename(f, '.md'));
    expect(pages.filter((p) => !catalogue.has(p))).toEqual([]);
  });

  it.each([...catalogue.values()])('$id: its doc page opens with its id and names every peer it is compared with', (entry) => {
    const page = readFileSync(`docs/rules/${entry.id}.md`, 'utf8');
    expect(page.startsWith(`# ${entry.id}`)).toBe(true);
    for (const ids of Object.values(entry.equivalents)) for (const peer of ids ?? []) expect(page, `docs/rules/${entry.id}.md mentions ${peer}`).toContain(peer);
  });
});
