import type { Catalogue } from '../engine/catalogue.ts';
import { UsageError } from '../engine/errors.ts';
import type { Frameworks } from '../engine/framework.ts';
import { nearest } from '../lib/nearest.ts';
import { equivalentLines, snippets } from '../reporters/rule-help.ts';
import { commandArgs } from './command-args.ts';
import { policyForCommand } from './command-policy.ts';

export const EXPLAIN_USAGE = `Usage: aks-audit explain <rule-id> [--config <file>]

What one rule checks and why, its severity and parameters with the values a scan would use
under the config, how to fix a failure (Azure CLI, Terraform, manifest), its documentation,
the rule sets and framework controls it belongs to, and the equivalent checks in other tools.

Options:
  --config <file>            show severity and parameters under this config file

"aks-audit rules" lists the rule ids.`;

/** `aks-audit explain <rule-id>`: the lines to print. */
export function explainCommand(argv: string[], catalogue: Catalogue, frameworks: Frameworks): string[] {
  const { values, positionals } = commandArgs('explain', argv, { config: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError(`explain takes one rule id${positionals.length ? `, not ${positionals.length}` : ''} (see aks-audit explain --help)`);
  const id = positionals[0]!;
  const entry = catalogue.get(id);
  if (!entry) {
    const close = nearest(id, catalogue.keys());
    throw new UsageError(`no rule "${id}"${close.length ? `; did you mean ${close.join(', ')}?` : ''} (aks-audit rules lists them)`);
  }
  const settings = policyForCommand(catalogue, values).rules.get(id);
  const severity = settings ? (settings.severity === entry.severity ? settings.severity : `${settings.severity} (default ${entry.severity})`) : `off under the config (default ${entry.severity})`;
  const parameters = Object.entries(entry.parameters);
  const equivalents = equivalentLines(entry);
  return [
    `${entry.id}: ${entry.title}`,
    `severity: ${severity}`,
    `service: ${entry.service}`,
    `category: ${entry.category}`,
    `rule sets: ${entry.recommended === false ? 'all only (recommended leaves it out: cost-bearing or opinionated)' : 'recommended and all'}`,
    '',
    'What it checks:',
    ...indent(entry.rationale),
    ...(parameters.length ? ['', settings ? 'Parameters (values under the current config):' : 'Parameters:'] : []),
    ...parameters.flatMap(([name, spec]) => [
      settings ? `  ${name} = ${JSON.stringify(settings.params[name])}${sameValue(settings.params[name], spec.default) ? '' : ` (default ${JSON.stringify(spec.default)})`}` : `  ${name} (default ${JSON.stringify(spec.default)})`,
      ...indent(spec.description, 4),
    ]),
    '',
    'Remediation:',
    ...indent(entry.remediation.summary),
    ...snippets(entry).flatMap((s) => [`  ${s.label}:`, ...indent(s.code, 4)]),
    '',
    `Documentation: ${entry.docs}`,
    '',
    'Compliance:',
    // The controls by framework, with their titles (frameworks/*.yaml, the same mapping as rules.yaml's ids), then the practice.
    ...[...frameworks.values()].flatMap((framework) => {
      const controls = framework.controls.filter((c) => c.rules.includes(entry.id));
      return controls.length ? [`  ${framework.name} ${framework.version}:`, ...controls.map((c) => `    ${c.id} ${c.title}`)] : [];
    }),
    ...indent(entry.compliance.guidance),
    ...(equivalents.length ? ['', 'Equivalent checks:', ...equivalents.map((line) => `  ${line}`)] : []),
  ];
}

function indent(text: string, by = 2): string[] {
  return text.split('\n').map((line) => (line ? ' '.repeat(by) + line : ''));
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
