import { DEFAULT_CONCURRENCY, isSubscriptionId, type AzureScanOptions } from '../collectors/azure/scan-options.ts';
import { CLOUDS, CREDENTIAL_KINDS, isCloudName, isCredentialKind, requireGithubOidc, resolveArmTarget } from '../collectors/azure/credential.ts';
import { UsageError } from '../engine/errors.ts';

/** parseArgs definitions of the live Azure flags (merged into the scan command's). */
export const AZURE_OPTIONS = {
  subscription: { type: 'string', multiple: true },
  'all-subscriptions': { type: 'boolean' },
  'resource-group': { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  credential: { type: 'string' },
  cloud: { type: 'string' },
  'arm-endpoint': { type: 'string' },
  concurrency: { type: 'string' },
} as const;

export const AZURE_USAGE = `Live Azure (read-only; Resource Graph inventory of each subscription):
  --subscription <id>        subscription to scan, by id (repeatable)
  --all-subscriptions        every subscription the identity can list
  --resource-group <name>    only resources in this resource group (repeatable)
  --tag <key>=<value>        only resources with this tag (repeatable: all must match)
  --credential <kind>        ${CREDENTIAL_KINDS.join('|')} (default: default, the
                             DefaultAzureCredential chain: environment, workload identity,
                             managed identity, Azure CLI, ...; in GitHub Actions with
                             id-token: write, AZURE_CLIENT_ID and AZURE_TENANT_ID set and
                             no secret: github-oidc, a fresh GitHub ID token per sign-in)
  --cloud <name>             ${Object.keys(CLOUDS).join('|')} (default: AzureCloud)
  --arm-endpoint <url>       any other Resource Manager endpoint (https)
  --concurrency <n>          Azure requests in flight at most (default: ${DEFAULT_CONCURRENCY})`;

export interface AzureFlags {
  subscription?: string[] | undefined;
  'all-subscriptions'?: boolean | undefined;
  'resource-group'?: string[] | undefined;
  tag?: string[] | undefined;
  credential?: string | undefined;
  cloud?: string | undefined;
  'arm-endpoint'?: string | undefined;
  concurrency?: string | undefined;
}

/** The live Azure flags, or undefined when no subscription is asked for (then the others are refused). */
export function parseAzureArgs(values: AzureFlags): AzureScanOptions | undefined {
  const subscriptions = values.subscription ?? [];
  const all = values['all-subscriptions'] ?? false;
  if (!subscriptions.length && !all) {
    const stray = (['resource-group', 'tag', 'credential', 'cloud', 'arm-endpoint', 'concurrency'] as const).find((k) => values[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} applies to a live Azure scan: add --subscription <id> or --all-subscriptions`);
    return undefined;
  }
  if (all && subscriptions.length) throw new UsageError('--subscription and --all-subscriptions cannot be combined');
  const bad = subscriptions.find((s) => !isSubscriptionId(s));
  if (bad !== undefined) throw new UsageError(`--subscription: "${bad}" is not a subscription id (a GUID; display names are ambiguous)`);
  const credential = values.credential ?? 'default';
  if (!isCredentialKind(credential)) throw new UsageError(`--credential: "${credential}" is not one of ${CREDENTIAL_KINDS.join(', ')}`);
  if (credential === 'github-oidc') requireGithubOidc(process.env);
  if (values.cloud !== undefined && !isCloudName(values.cloud)) throw new UsageError(`--cloud: "${values.cloud}" is not one of ${Object.keys(CLOUDS).join(', ')} (use --arm-endpoint for another cloud)`);
  const concurrency = values.concurrency === undefined ? DEFAULT_CONCURRENCY : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`--concurrency: "${values.concurrency}" is not a whole number from 1 to 64`);
  const options: AzureScanOptions = {
    subscriptions,
    allSubscriptions: all,
    filters: { resourceGroups: values['resource-group'] ?? [], tags: (values.tag ?? []).map(parseTag) },
    credential,
    concurrency,
  };
  if (values.cloud !== undefined && isCloudName(values.cloud)) options.cloud = values.cloud;
  if (values['arm-endpoint'] !== undefined) options.armEndpoint = values['arm-endpoint'];
  resolveArmTarget(options.cloud, options.armEndpoint); // refuses a non-https or non-bare endpoint now, not mid-scan
  return options;
}

function parseTag(text: string): { key: string; value: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--tag: "${text}" is not key=value`);
  return { key: text.slice(0, eq), value: text.slice(eq + 1) };
}
