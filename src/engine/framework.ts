import { fileURLToPath } from 'node:url';
import schema from '../../schemas/framework.schema.json' with { type: 'json' };
import type { Catalogue } from './catalogue.ts';
import { ajv, FileErrors, schemaProblems } from './schema-check.ts';
import { readYamlFile } from './yaml-file.ts';

/** One control of a framework: a CIS recommendation, an MCSB control, a baseline practice. */
export interface Control {
  id: string;
  title: string;
  /** `<section id> <section title>`, as people cite it (`5.4 Cluster Networking`). */
  section: string;
  /** The framework's own assessment status, when it states one (CIS: Automated or Manual). */
  assessment?: 'automated' | 'manual';
  /** The rules that evaluate it; empty: no rule can, and it is assessed by hand. */
  rules: string[];
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  url: string;
  /** The rules.yaml `compliance` key that maps rules to this framework's control ids, if any. */
  catalogueKey?: 'cisAks' | 'mcsb';
  /** Sections in the framework's order, each with its controls; a section may have none (and a note saying why). */
  sections: { id: string; title: string; note?: string; controls: Control[] }[];
  /** Every control in the framework's order. */
  controls: Control[];
  /** Every rule some control names. */
  rules: Set<string>;
}

export type Frameworks = Map<string, Framework>;

/**
 * The frameworks aks-audit ships, each file named by its own URL: the build carries a file named
 * so beside the bundle (a folder it cannot). test/meta/frameworks.test.ts keeps the list and
 * `frameworks/*.yaml` the same, each id its file's name.
 */
export const DEFAULT_FRAMEWORK_FILES: readonly string[] = [
  fileURLToPath(new URL('../../frameworks/cis-aks.yaml', import.meta.url)),
  fileURLToPath(new URL('../../frameworks/mcsb.yaml', import.meta.url)),
  fileURLToPath(new URL('../../frameworks/aks-platform-baseline.yaml', import.meta.url)),
];

const validateFramework = ajv.compile(schema);

interface RawFramework {
  id: string;
  name: string;
  version: string;
  url: string;
  catalogueKey?: 'cisAks' | 'mcsb';
  sections: { id: string; title: string; note?: string; controls: Omit<Control, 'section'>[] }[];
}

/**
 * Reads and checks each framework file: its schema, control ids that are unique, and rule ids the
 * catalogue has. Every problem at once.
 */
export function loadFrameworks(catalogue: Catalogue, files: readonly string[] = DEFAULT_FRAMEWORK_FILES): Frameworks {
  const frameworks: Frameworks = new Map();
  const problems: string[] = [];
  for (const file of files) {
    const yaml = readYamlFile(file);
    const found = schemaProblems(yaml, validateFramework);
    if (found.length) {
      problems.push(...found);
      continue;
    }
    const raw = yaml.value as RawFramework;
    const seen = new Set<string>();
    raw.sections.forEach((section, s) =>
      section.controls.forEach((control, c) => {
        const at = (...path: (string | number)[]) => `${yaml.file}: ${['sections', s, 'controls', c, ...path].join('.')} (line ${yaml.lineOf(['sections', s, 'controls', c, ...path])})`;
        if (seen.has(control.id)) problems.push(`${at('id')}: control ${control.id} is listed twice`);
        seen.add(control.id);
        control.rules.forEach((rule, r) => catalogue.has(rule) || problems.push(`${at('rules', r)}: no rule "${rule}" in the catalogue`));
      }),
    );
    frameworks.set(raw.id, frameworkOf(raw));
  }
  if (problems.length) throw new FileErrors(problems);
  // Published standards first (CIS, MCSB), then the project's own baseline.
  return new Map([...frameworks].sort(([, a], [, b]) => Number(!a.catalogueKey) - Number(!b.catalogueKey)));
}

function frameworkOf(raw: RawFramework): Framework {
  const sections = raw.sections.map((s) => ({ ...s, controls: s.controls.map((c) => ({ ...c, section: `${s.id} ${s.title}` })) }));
  const controls = sections.flatMap((s) => s.controls);
  return { ...raw, sections, controls, rules: new Set(controls.flatMap((c) => c.rules)) };
}
