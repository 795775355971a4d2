import type { Catalogue, CatalogueEntry } from '../engine/catalogue.ts';
import { UsageError } from '../engine/errors.ts';
import { commandArgs } from './command-args.ts';

/** Compliance frameworks by the name `--framework` takes, and the catalogue key of their control ids. */
const FRAMEWORKS = { 'cis-aks': 'cisAks', mcsb: 'mcsb' } as const satisfies Record<string, Exclude<keyof CatalogueEntry['compliance'], 'guidance'>>;
type Framework = keyof typeof FRAMEWORKS;

export const RULES_USAGE = `Usage: aks-audit rules [options]

Lists the rules of the catalogue (rules.yaml): id, default severity, service, the compliance
frameworks the rule maps to, and title.

Options:
  --json                     the catalogue entries as JSON (rationale, remediation, parameters,
                             compliance ids, equivalent checks in other tools)
  --framework <name>         only rules mapped to this framework: ${Object.keys(FRAMEWORKS).join(', ')}
  --service <name>           only rules of this service (aks, kubernetes, acr, keyvault, ...)

"aks-audit explain <rule-id>" tells what one rule checks and how to fix it.`;

/** `aks-audit rules`: the lines to print. */
export function rulesCommand(argv: string[], catalogue: Catalogue): string[] {
  const { values } = commandArgs('rules', argv, { json: { type: 'boolean' }, framework: { type: 'string' }, service: { type: 'string' } }, 'filter with --framework or --service');
  const framework = values.framework === undefined ? undefined : parseFramework(values.framework);
  const service = values.service === undefined ? undefined : parseService(values.service, catalogue);
  const entries = [...catalogue.values()].filter((e) => (!framework || frameworksOf(e).includes(framework)) && (!service || e.service === service));
  if (values.json) return JSON.stringify(entries, null, 2).split('\n');
  return table([['ID', 'SEVERITY', 'SERVICE', 'FRAMEWORKS', 'TITLE'], ...entries.map((e) => [e.id, e.severity, e.service, frameworksOf(e).join(',') || '-', e.title])]);
}

function frameworksOf(entry: CatalogueEntry): Framework[] {
  return (Object.keys(FRAMEWORKS) as Framework[]).filter((f) => entry.compliance[FRAMEWORKS[f]]?.length);
}

function parseFramework(text: string): Framework {
  const name = text.toLowerCase();
  if (Object.hasOwn(FRAMEWORKS, name)) return name as Framework;
  throw new UsageError(`--framework: "${text}" is not one of ${Object.keys(FRAMEWORKS).join(', ')}`);
}

function parseService(text: string, catalogue: Catalogue): string {
  const services = [...new Set([...catalogue.values()].map((e) => e.service))].sort();
  const name = text.toLowerCase();
  if (services.includes(name)) return name;
  throw new UsageError(`--service: "${text}" is not one of ${services.join(', ')}`);
}

/** Columns padded to their widest cell; the last one is not padded. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
}
