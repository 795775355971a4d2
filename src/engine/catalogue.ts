import { fileURLToPath } from 'node:url';
import schema from '../../schemas/rules.schema.json' with { type: 'json' };
import type { Severity } from './severity.ts';
import { ajv, FileErrors, schemaProblems } from './schema-check.ts';
import { readYamlFile } from './yaml-file.ts';

export interface ParameterSpec {
  description: string;
  schema: Record<string, unknown>;
  default: unknown;
}

/** A rule's entry in `rules.yaml`: everything about it except the check itself. */
export interface CatalogueEntry {
  id: string;
  title: string;
  severity: Severity;
  service: string;
  /** What the practice protects; `rules.yaml` leaves out `security`, the default. */
  category: RuleCategory;
  rationale: string;
  remediation: { summary: string; cli?: string; terraform?: string; manifest?: string };
  docs: string;
  /** False: left out of the `recommended` rule set (cost-bearing or opinionated); absent means in it. */
  recommended?: false;
  parameters: Record<string, ParameterSpec>;
  compliance: { cisAks?: string[]; mcsb?: string[]; guidance: string };
  equivalents: Partial<Record<'psrule' | 'checkov' | 'trivy' | 'kubescape' | 'polaris' | 'prowler' | 'azurePolicy', string[]>>;
}

export type RuleCategory = 'security' | 'resilience';

export type Catalogue = Map<string, CatalogueEntry>;

/** Display names of the peer tools an entry's `equivalents` name. */
export const PEER_NAMES: Readonly<Record<string, string>> = {
  psrule: 'PSRule for Azure',
  checkov: 'Checkov',
  trivy: 'Trivy',
  kubescape: 'Kubescape',
  polaris: 'Polaris',
  prowler: 'Prowler',
  azurePolicy: 'Azure Policy',
} satisfies Record<keyof CatalogueEntry['equivalents'], string>;

export const DEFAULT_CATALOGUE = fileURLToPath(new URL('../../rules.yaml', import.meta.url));

const validateCatalogue = ajv.compile(schema);

/** Reads and checks `rules.yaml`; every problem is reported at once, each with its path. */
export function loadCatalogue(file = DEFAULT_CATALOGUE): Catalogue {
  const yaml = readYamlFile(file);
  const problems = schemaProblems(yaml, validateCatalogue);
  if (problems.length) throw new FileErrors(problems);
  const rules = (yaml.value as { rules: Record<string, Omit<CatalogueEntry, 'id' | 'category'> & { category?: RuleCategory }> }).rules;
  const catalogue: Catalogue = new Map();
  for (const [id, entry] of Object.entries(rules)) {
    const parameters = entry.parameters ?? {};
    for (const [name, spec] of Object.entries(parameters)) {
      const path = ['rules', id, 'parameters', name];
      let check;
      try {
        check = ajv.compile(spec.schema);
      } catch (e) {
        problems.push(`${file}: ${[...path, 'schema'].join('.')} (line ${yaml.lineOf([...path, 'schema'])}): not a valid JSON Schema: ${(e as Error).message}`);
        continue;
      }
      problems.push(...schemaProblems(yaml, check, spec.default, [...path, 'default']));
    }
    catalogue.set(id, { id, ...entry, category: entry.category ?? 'security', parameters });
  }
  if (problems.length) throw new FileErrors(problems);
  return catalogue;
}

/** A rule's parameter defaults. */
export function defaultParameters(entry: CatalogueEntry): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry.parameters).map(([k, v]) => [k, structuredClone(v.default)]));
}
