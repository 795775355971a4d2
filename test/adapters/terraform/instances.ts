import type { TfResource, TfValue } from '../../../src/collectors/terraform/model.ts';
import { RULES } from '../../../src/rules/index.ts';

/** A Terraform instance as the readers hand it over: values as after apply, references by address. */
export function tf(address: string, values: Record<string, TfValue>, extra: Partial<TfResource> = {}): TfResource {
  const [type = '', name = ''] = address.split('.').slice(-2);
  return { address, module: '', type, name, mode: 'managed', values, references: {}, file: 'infra/data.tf', line: 10, lines: {}, source: 'terraform:infra', ...extra };
}

export const rule = (id: string) => RULES.find((r) => r.id === id)!;
