import type { TfResource, TfValue } from '../../src/collectors/terraform/model.ts';

/** A Terraform resource instance as the readers hand it over: address `type.name`, in `file`, no references unless given. */
export function tfResource(address: string, values: Record<string, TfValue>, extra: Partial<TfResource> = {}): TfResource {
  const parts = address.replace(/\[[^\]]*\]$/, '').split('.');
  const [type = '', name = ''] = parts.slice(-2);
  return { address, module: parts.slice(0, -2).join('.'), type, name, mode: 'managed', values, references: {}, file: 'infra/main.tf', line: 1, lines: {}, source: 'terraform:infra', ...extra };
}
