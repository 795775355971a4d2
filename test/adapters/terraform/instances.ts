import type { TfResource, TfValue } from '../../../src/collectors/terraform/model.ts';
import { RULES } from '../../../src/rules/index.ts';
import { tfResource } from '../../helpers/terraform.ts';

/** A Terraform instance as the readers hand it over, declared in `infra/data.tf`. */
export function tf(address: string, values: Record<string, TfValue>, extra: Partial<TfResource> = {}): TfResource {
  return tfResource(address, values, { file: 'infra/data.tf', line: 10, ...extra });
}

export const rule = (id: string) => RULES.find((r) => r.id === id)!;
