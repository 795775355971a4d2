import { InputError } from '../../engine/errors.ts';
import { isObject } from '../../lib/json.ts';
import { AFTER_APPLY, SENSITIVE, Unknown, type TfValue } from './model.ts';

/**
 * A plan's values with its marks applied: `after` with `after_unknown` (true where the value is
 * known only after apply; the value is then absent or null) and the sensitive marks
 * (`after_sensitive`, `planned_values`' `sensitive_values`; true where the value is a secret, which
 * the plan still holds in clear). A sensitive value is replaced here, before anything else sees it.
 */

const LATER = new Unknown(AFTER_APPLY);
const HIDDEN = new Unknown(SENSITIVE);

/**
 * Plans before format 0.2 (Terraform 0.12 to 0.14) mark nothing sensitive, so strings under names
 * that only ever hold secrets (`administrator_login_password`, `primary_access_key`, `client_secret`)
 * are hidden in every plan, and the cluster's credentials whatever their shape. Booleans such as
 * `shared_access_key_enabled` are settings, not secrets, and are read.
 */
const SECRET_NAME = /(?:^|_)(?:password|secret|access_key|connection_string|token|private_key|shared_key|primary_key|secondary_key)s?$/;
const CREDENTIALS = new Set(['kube_config', 'kube_admin_config', 'kube_config_raw', 'kube_admin_config_raw']);

/** An instance's attribute values (`place` names them in the plan), marks applied; each mark is checked first and named when malformed. */
export function markedValues(file: string, place: string, values: unknown, unknown: Mark, sensitive: readonly Mark[]): Record<string, TfValue> {
  if (!isObject(values)) throw new InputError(file, place, `expected an object of attribute values, found ${typeName(values)}`);
  for (const mark of [unknown, ...sensitive]) checkMark(file, mark.place, mark.value);
  return marked(values, unknown.value, sensitive.map((m) => m.value)) as Record<string, TfValue>;
}

/** A mark structure and where it is in the plan (`resource_changes[3].change.after_unknown`). */
export interface Mark {
  value: unknown;
  place: string;
}

function marked(value: unknown, unknown: unknown, sensitive: readonly unknown[]): TfValue {
  if (sensitive.includes(true)) return HIDDEN;
  if (unknown === true) return LATER;
  if (Array.isArray(value) || (value == null && Array.isArray(unknown) && unknown.length > 0)) {
    const items: readonly unknown[] = Array.isArray(value) ? value : [];
    const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
    const out: TfValue[] = [];
    for (let i = 0; i < length; i++) out.push(marked(items[i] ?? null, child(unknown, i), sensitive.map((s) => child(s, i))));
    return out;
  }
  if (isObject(value) || (value == null && isObject(unknown) && Object.keys(unknown).length > 0)) {
    const fields: Record<string, unknown> = isObject(value) ? value : {};
    const out: Record<string, TfValue> = {};
    const keys = isObject(unknown) ? new Set([...Object.keys(fields), ...Object.keys(unknown)]) : Object.keys(fields);
    for (const key of keys) {
      const item = marked(fields[key], child(unknown, key), sensitive.map((s) => child(s, key)));
      out[key] = looksSecret(key, item) ? HIDDEN : item;
    }
    return out;
  }
  if (value === undefined) return null;
  return value as TfValue;
}

/** The mark of a child: a true mark covers everything under it; false, null and absence mark nothing. */
function child(mark: unknown, key: string | number): unknown {
  if (mark === true) return true;
  if (Array.isArray(mark)) return typeof key === 'number' ? mark[key] : undefined;
  if (isObject(mark)) return typeof key === 'string' ? mark[key] : undefined;
  return undefined;
}

/** A mark is true, false, null, or a list or object of marks: anything else is a broken plan, and guessing could leak a secret. */
function checkMark(file: string, place: string, mark: unknown): void {
  if (mark === undefined || mark === null || typeof mark === 'boolean') return;
  if (Array.isArray(mark)) mark.forEach((m, i) => checkMark(file, `${place}[${i}]`, m));
  else if (isObject(mark)) for (const [key, m] of Object.entries(mark)) checkMark(file, `${place}.${key}`, m);
  else throw new InputError(file, place, `expected true, false, a list or an object marking values, found ${typeName(mark)}`);
}

function looksSecret(key: string, value: TfValue): boolean {
  if (CREDENTIALS.has(key)) return value !== null && !(Array.isArray(value) && value.length === 0);
  return typeof value === 'string' && value !== '' && SECRET_NAME.test(key);
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'a string' : typeof value;
}
