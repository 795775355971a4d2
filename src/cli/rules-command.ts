import type { Catalogue, RuleCategory } from '../engine/catalogue.ts';
import { UsageError } from '../engine/errors.ts';
import type { Framework, Frameworks } from '../engine/framework.ts';
import { commandArgs } from './command-args.ts';

export const RULES_USAGE = `Usage: aks-audit rules [options]

Lists the rules of the catalogue (rules.yaml): id, default severity, service, category
(security, or resilience: availability, failover, recovery), the compliance frameworks whose
controls the rule evaluates (frameworks/*.yaml), and title.

Options:
  --json                     the catalogue entries as JSON (rationale, remediation, parameters,
                             compliance ids, equivalent checks in other tools)
  --framework <id>           only rules that evaluate a control of this framework (cis-aks, mcsb,
                             aks-platform-baseline), with the controls each evaluates; then the
                             controls no rule evaluates, assessed by hand
  --service <name>           only rules of this service (aks, kubernetes, acr, keyvault, ...)
  --category <name>          only rules of this category (security, resilience); a config's
                             \`categories: { resilience: off }\` leaves the resilience ones out

"aks-audit explain <rule-id>" tells what one rule checks and how to fix it.`;

/** `aks-audit rules`: the lines to print. */
export function rulesCommand(argv: string[], catalogue: Catalogue, frameworks: Frameworks): string[] {
  const { values } = commandArgs('rules', argv, { json: { type: 'boolean' }, framework: { type: 'string' }, service: { type: 'string' }, category: { type: 'string' } }, 'filter with --framework, --service or --category');
  const framework = values.framework === undefined ? undefined : parseFramework(values.framework, frameworks);
  const service = values.service === undefined ? undefined : parseService(values.service, catalogue);
  const category = values.category === undefined ? undefined : parseCategory(values.category);
  const entries = [...catalogue.values()].filter((e) => (!framework || framework.rules.has(e.id)) && (!service || e.service === service) && (!category || e.category === category));
  if (values.json) return JSON.stringify(entries, null, 2).split('\n');
  if (!framework) {
    const frameworksOf = (rule: string) => [...frameworks.values()].filter((f) => f.rules.has(rule)).map((f) => f.id);
    return table([['ID', 'SEVERITY', 'SERVICE', 'CATEGORY', 'FRAMEWORKS', 'TITLE'], ...entries.map((e) => [e.id, e.severity, e.service, e.category, frameworksOf(e.id).join(',') || '-', e.title])]);
  }
  const controlsOf = (rule: string) => framework.controls.filter((c) => c.rules.includes(rule)).map((c) => c.id);
  const manual = framework.controls.filter((c) => !c.rules.length);
  return [
    ...table([['ID', 'SEVERITY', 'SERVICE', 'CATEGORY', 'CONTROLS', 'TITLE'], ...entries.map((e) => [e.id, e.severity, e.service, e.category, controlsOf(e.id).join(','), e.title])]),
    '',
    `${framework.name} ${framework.version}: ${framework.controls.length} controls, ${manual.length} that no rule evaluates (assess them by hand)${manual.length ? ':' : ''}`,
    ...(manual.length ? table(manual.map((c) => [`  ${c.id}`, c.title])) : []),
  ];
}

function parseFramework(text: string, frameworks: Frameworks): Framework {
  const framework = frameworks.get(text.toLowerCase());
  if (framework) return framework;
  throw new UsageError(`--framework: "${text}" is not one of ${[...frameworks.keys()].join(', ')}`);
}

function parseService(text: string, catalogue: Catalogue): string {
  const services = [...new Set([...catalogue.values()].map((e) => e.service))].sort();
  const name = text.toLowerCase();
  if (services.includes(name)) return name;
  throw new UsageError(`--service: "${text}" is not one of ${services.join(', ')}`);
}

const CATEGORIES: readonly RuleCategory[] = ['security', 'resilience'];

function parseCategory(text: string): RuleCategory {
  const name = text.toLowerCase() as RuleCategory;
  if (CATEGORIES.includes(name)) return name;
  throw new UsageError(`--category: "${text}" is not one of ${CATEGORIES.join(', ')}`);
}

/** Columns padded to their widest cell; the last one is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
}
