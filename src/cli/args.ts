import { parseArgs } from 'node:util';
import { DEFAULT_PAGE_SIZE, type ListSettings, type LiveOptions } from '../collectors/kubernetes/live-options.ts';
import { parseManifestsOption, type ManifestsOption } from '../collectors/kubernetes/manifest-sources.ts';
import type { AzureScanOptions } from '../collectors/azure/scan-options.ts';
import { DEFAULT_MAX_PAGES } from '../collectors/read-limits.ts';
import { UsageError } from '../engine/errors.ts';
import { isSeverity, type Severity } from '../engine/severity.ts';
import type { PolicyOptions } from '../policy/policy.ts';
import { argumentProblem } from './command-args.ts';
import { AZURE_OPTIONS, AZURE_USAGE, parseAzureArgs } from './azure-args.ts';
import { OUTPUT_OPTIONS, OUTPUT_USAGE, parseOutputArgs, type OutputOptions } from './output-args.ts';

export interface ScanOptions extends OutputOptions {
  inputs: string[];
  /** Terraform plans' JSON and configurations (`--terraform`), one source each. */
  terraform?: string[];
  /** Kubernetes objects from files (`--manifests`), one cluster per occurrence. */
  manifests?: ManifestsOption[];
  /** Helm chart folders rendered with `helm template` (`--helm`), one cluster per occurrence. */
  helm?: ManifestsOption[];
  snapshot?: string;
  saveSnapshot?: string;
  failOn: Severity | 'none';
  asOf: Date;
  quiet: boolean;
  /** Largest input file read, in bytes; no flag sets it (tests do). */
  maxInputBytes?: number;
  /** Live clusters to read through their API servers (`--kubeconfig`, `--context`, `--all-contexts`, `--in-cluster`). */
  kubernetes?: LiveOptions;
  /** Live Azure subscriptions (`--subscription`, `--all-subscriptions` and their filters). */
  azure?: AzureScanOptions;
  /** `--fail-on-incomplete`: exit 1 when any source could not be read completely. */
  failOnIncomplete?: boolean;
  /** `--allow-empty`: a scan that read nothing exits as any other (0 or 1), not 3. */
  allowEmpty?: boolean;
  /** `--aks-in-cluster`: read each AKS cluster a live Azure scan finds through its API server, as the scan identity. */
  aksInCluster?: ListSettings;
  /** `--max-pages`: pages one live list may take (Azure and Kubernetes). */
  maxPages?: number;
  /** `--deadline`: seconds the live reads may take in all; what is unread then is `timeout`. */
  deadlineSeconds?: number;
  /** `--config <file>` / `--no-config`: the config file to run with, instead of ./aks-audit.yaml when present. */
  policy?: PolicyOptions;
  /** `--baseline`: a JSON or SARIF report of an earlier scan; findings are marked new or existing against it. */
  baseline?: string;
  /** `--fail-on-new`: the exit code counts only failures the baseline did not have. */
  failOnNew?: boolean;
}

export const SCAN_USAGE = `Usage: aks-audit scan [options]

Sources (at least one):
  --input <file-or-folder>   ARM JSON: a resource, an array, a list response, Resource Graph
                             output, or an Azure PowerShell / PSRule export (repeatable)
  --terraform <path>         a Terraform plan's JSON (terraform show -json plan.out > plan.json),
                             or a folder or .tf file of configuration (repeatable)
  --manifests <path>[=<aks>] Kubernetes objects from files: kubectl get -o json|yaml output,
                             manifests, helm template / kustomize build output, or a folder of
                             them; =<aks> names the AKS cluster (name or id) they run in
                             (repeatable: one cluster each)
  --helm <chart-dir>[=<aks>] a Helm chart folder, rendered with \`helm template <chart-dir>\` and
                             the chart's own values.yaml (helm must be on PATH); read as
                             --manifests, findings placed at the templates (repeatable)
  --snapshot <file>          evaluate a snapshot saved earlier with --save-snapshot
  --kubeconfig <file>        read clusters live through this kubeconfig (default: KUBECONFIG,
                             then ~/.kube/config when --context or --all-contexts is given)
  --context <name>           kubeconfig context to read (repeatable; default: the current one)
  --all-contexts             read every context of the kubeconfig
  --in-cluster               read the cluster this pod runs in, with its service account
  --aks-in-cluster           with a live Azure scan: also read each AKS cluster found through its
                             API server, as the same Azure identity (cluster user kubeconfig
                             from ARM, Entra token for Entra ID clusters)
  --page-size <n>            objects per list request when reading live (default: ${DEFAULT_PAGE_SIZE})
  --max-pages <n>            pages one live list may take, Azure or Kubernetes; a longer list,
                             or one whose continuation token comes back, is partial
                             (default: ${DEFAULT_MAX_PAGES})
  --deadline <seconds>       time the live reads may take in all; past it, what is unread is
                             marked timeout in the coverage section and the reports are written
                             (default: none)

Policy:
  --config <file>            the config file (rules, severities, parameters, scoped overrides,
                             waivers; schema: schemas/config.schema.json); default:
                             aks-audit.yaml in the working directory, when there is one
  --no-config                ignore aks-audit.yaml in the working directory
  --framework <id>           run only the rules of this framework and report its posture:
                             cis-aks, mcsb, aks-platform-baseline (repeatable; default: the
                             config's extends when it names one, else every rule and the
                             posture of every framework)

Output:
${OUTPUT_USAGE}
  --save-snapshot <file>     also write the normalized snapshot
  --fail-on <severity>       exit 1 on failures at or above: critical, high, medium, low,
                             info, or none (default: high)
  --as-of <date>             judge version support and waiver expiry at this date (default: now)
  --fail-on-incomplete       exit 1 when coverage is incomplete (a source failed or was partial)
  --allow-empty              a scan that read nothing (an empty folder, a failed credential) exits
                             0 or 1 like any other, instead of 3
  --quiet                    no summary (it goes to stdout, or to stderr when a report does)
  --baseline <file>          a JSON or SARIF report of an earlier scan (of main, say): every
                             finding is marked new or existing against it, and the reports list
                             the baseline's failures that are fixed
  --fail-on-new              with --baseline: exit 1 only for new failures at or above --fail-on

${AZURE_USAGE}

Exit codes:
  0  no failure at or above --fail-on
  1  failures at or above --fail-on (with --fail-on-new: new ones only), or incomplete coverage
     with --fail-on-incomplete
  2  usage, input or internal error; a report path that is not a regular file
  3  nothing was read, so nothing was audited: no source gave a resource or Kubernetes object
     (no input file, every file skipped, a failed credential or subscription listing, a cluster
     not reached); the reason is on stderr (--allow-empty: exit 0 or 1 instead)`;

export function parseScanArgs(argv: string[], now: Date): ScanOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string', multiple: true, short: 'i' },
        manifests: { type: 'string', multiple: true },
        helm: { type: 'string', multiple: true },
        terraform: { type: 'string', multiple: true },
        snapshot: { type: 'string' },
        'save-snapshot': { type: 'string' },
        ...OUTPUT_OPTIONS,
        'fail-on': { type: 'string' },
        'as-of': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'fail-on-incomplete': { type: 'boolean' },
        'allow-empty': { type: 'boolean' },
        ...AZURE_OPTIONS,
        kubeconfig: { type: 'string' },
        context: { type: 'string', multiple: true },
        'all-contexts': { type: 'boolean' },
        'in-cluster': { type: 'boolean' },
        'aks-in-cluster': { type: 'boolean' },
        'page-size': { type: 'string' },
        'max-pages': { type: 'string' },
        deadline: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        framework: { type: 'string', multiple: true },
        baseline: { type: 'string' },
        'fail-on-new': { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(`${argumentProblem(error as NodeJS.ErrnoException, 'name input files with --input')} (see aks-audit scan --help)`);
  }
  const inputs = values.input ?? [];
  const live = parseLive(values);
  if (live && values.snapshot) throw new UsageError('live reads (--kubeconfig, --context, --all-contexts, --in-cluster) and --snapshot cannot be combined: a snapshot is already a complete scan');
  const azure = parseAzureArgs(values);
  if (azure && values.snapshot) throw new UsageError('--subscription/--all-subscriptions and --snapshot cannot be combined: a snapshot is already a complete scan');
  const manifests = (values.manifests ?? []).map((value) => parseManifestsOption(value));
  if (manifests.length > 0 && values.snapshot) throw new UsageError('--manifests and --snapshot cannot be combined: a snapshot is already a complete scan');
  const charts = (values.helm ?? []).map((value) => parseManifestsOption(value, '--helm'));
  if (charts.length > 0 && values.snapshot) throw new UsageError('--helm and --snapshot cannot be combined: a snapshot is already a complete scan');
  const terraform = values.terraform ?? [];
  if (terraform.length > 0 && values.snapshot) throw new UsageError('--terraform and --snapshot cannot be combined: a snapshot is already a complete scan');
  if (inputs.length === 0 && manifests.length === 0 && charts.length === 0 && terraform.length === 0 && !values.snapshot && !live && !azure) throw new UsageError('nothing to scan: give --subscription <id>, --all-subscriptions, --input <file-or-folder>, --terraform <plan-or-folder>, --manifests <file-or-folder>, --helm <chart-dir>, a live cluster (--kubeconfig, --context, --in-cluster) or --snapshot <file>');
  if (inputs.length > 0 && values.snapshot) throw new UsageError('--input and --snapshot cannot be combined: a snapshot is already a complete scan');
  const options: ScanOptions = {
    inputs,
    ...parseOutputArgs(values),
    failOn: parseFailOn(values['fail-on']),
    asOf: parseAsOf(values['as-of'], now),
    quiet: values.quiet ?? false,
  };
  if (values.config !== undefined || values['no-config'] || values.framework) {
    options.policy = { ...(values.config !== undefined ? { config: values.config } : {}), ...(values['no-config'] ? { noConfig: true } : {}), ...(values.framework ? { frameworks: [...new Set(values.framework.map((f) => f.toLowerCase()))] } : {}) };
  }
  if (values.snapshot) options.snapshot = values.snapshot;
  if (values['save-snapshot']) options.saveSnapshot = values['save-snapshot'];
  if (manifests.length > 0) options.manifests = manifests;
  if (charts.length > 0) options.helm = charts;
  if (terraform.length > 0) options.terraform = terraform;
  if (live) options.kubernetes = live;
  if (azure) options.azure = azure;
  if (values['fail-on-incomplete']) options.failOnIncomplete = true;
  if (values['allow-empty']) options.allowEmpty = true;
  if (values['aks-in-cluster']) {
    if (values.snapshot) throw new UsageError('--aks-in-cluster and --snapshot cannot be combined: a snapshot is already a complete scan');
    if (!azure) throw new UsageError('--aks-in-cluster reads the AKS clusters a live Azure scan finds: add --subscription <id> or --all-subscriptions');
    options.aksInCluster = { pageSize: parsePageSize(values['page-size']) };
  }
  for (const flag of ['max-pages', 'deadline'] as const) {
    if (values[flag] !== undefined && !live && !azure) throw new UsageError(`--${flag} applies to live reads: add --subscription, --all-subscriptions, --kubeconfig, --context, --all-contexts or --in-cluster`);
  }
  if (values['max-pages'] !== undefined) options.maxPages = positiveInteger('--max-pages', values['max-pages']);
  if (values.deadline !== undefined) options.deadlineSeconds = positiveInteger('--deadline', values.deadline, MAX_DEADLINE_SECONDS);
  if (values.baseline !== undefined) options.baseline = values.baseline;
  if (values['fail-on-new']) {
    if (values.baseline === undefined) throw new UsageError('--fail-on-new counts failures the baseline does not have: add --baseline <report.json|report.sarif>');
    options.failOnNew = true;
  }
  return options;
}

interface LiveFlags {
  kubeconfig?: string | undefined;
  context?: string[] | undefined;
  'all-contexts'?: boolean | undefined;
  'in-cluster'?: boolean | undefined;
  'page-size'?: string | undefined;
  'aks-in-cluster'?: boolean | undefined;
}

/** The live-read flags, or undefined when none asks for a live read. */
function parseLive(values: LiveFlags): LiveOptions | undefined {
  const contexts = values.context ?? [];
  const allContexts = values['all-contexts'] ?? false;
  const inCluster = values['in-cluster'] ?? false;
  if (!values.kubeconfig && contexts.length === 0 && !allContexts && !inCluster) {
    if (values['page-size'] !== undefined && !values['aks-in-cluster']) throw new UsageError('--page-size applies to live reads: add --kubeconfig, --context, --all-contexts, --in-cluster or --aks-in-cluster');
    return undefined;
  }
  if (allContexts && contexts.length) throw new UsageError('--context and --all-contexts cannot be combined');
  if (inCluster && (values.kubeconfig || contexts.length || allContexts)) throw new UsageError('--in-cluster uses the pod service account: it cannot be combined with --kubeconfig, --context or --all-contexts');
  const options: LiveOptions = { contexts, allContexts, inCluster, pageSize: parsePageSize(values['page-size']) };
  if (values.kubeconfig) options.kubeconfig = values.kubeconfig;
  return options;
}

function parsePageSize(text: string | undefined): number {
  return text === undefined ? DEFAULT_PAGE_SIZE : positiveInteger('--page-size', text);
}

/** The longest a timer can wait (2^31 - 1 ms), about 24 days. */
const MAX_DEADLINE_SECONDS = 2_147_483;

function positiveInteger(flag: string, text: string, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new UsageError(`${flag}: "${text}" is not a positive whole number`);
  if (value > max) throw new UsageError(`${flag}: ${text} is more than ${max}`);
  return value;
}

function parseFailOn(text: string | undefined): Severity | 'none' {
  if (text === undefined) return 'high';
  const value = text.toLowerCase();
  if (value === 'none' || isSeverity(value)) return value;
  throw new UsageError(`--fail-on: "${text}" is not one of critical, high, medium, low, info, none`);
}

function parseAsOf(text: string | undefined, now: Date): Date {
  if (text === undefined) return now;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : new Date(text);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--as-of: "${text}" is not a date (use YYYY-MM-DD)`);
  return date;
}
