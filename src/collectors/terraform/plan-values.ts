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
  const hidden = sensitive.reduce<unknown>((union, m) => unite(union, m.value), undefined);
  return marked(values, unknown.value, hidden) as Record<string, TfValue>;
}

/** A mark structure and where it is in the plan (`resource_changes[3].change.after_unknown`). */
export interface Mark {
  value: unknown;
  place: string;
}

function marked(value: unknown, unknown: unknown, sensitive: unknown): TfValue {
  if (sensitive === true) return HIDDEN;
  if (unknown === true) return LATER;
  if (Array.isArray(value) || (value == null && Array.isArray(unknown) && unknown.length > 0)) {
    const items: readonly unknown[] = Array.isArray(value) ? value : [];
    const length = Math.max(items.length, Array.isArray(unknown) ? unknown.length : 0);
    const out: TfValue[] = [];
    for (let i = 0; i < length; i++) out.push(marked(items[i] ?? null, child(unknown, i), child(sensitive, i)));
    return out;
  }
  if (isObject(value) || (value == null && isObject(unknown) && Object.keys(unknown).length > 0)) {
    const fields: Record<string, unknown> = isObject(value) ? value : {};
    const out: Record<string, TfValue> = {};
    for (const key in fields) out[key] = field(key, fields[key], unknown, sensitive);
    if (isObject(unknown)) for (const key in unknown) if (!(key in fields)) out[key] = field(key, undefined, unknown, sensitive);
    return out;
  }
  if (value === undefined) return null;
  return value as TfValue;
}

function field(key: string, value: unknown, unknown: unknown, sensitive: unknown): TfValue {
  const item = marked(value, child(unknown, key), child(sensitive, key));
  return looksSecret(key, item) ? HIDDEN : item;
}

/** The mark of a child: a true mark covers everything under it; false, null and absence mark nothing. */
function child(mark: unknown, key: string | number): unknown {
  if (mark === true) return true;
  if (mark === undefined || mark === null || mark === false) return undefined;
  if (Array.isArray(mark)) return typeof key === 'number' ? mark[key] : undefined;
  return typeof key === 'string' ? (mark as Record<string, unknown>)[key] : undefined;
}

/** Two marks as one: what either marks is marked. */
function unite(a: unknown, b: unknown): unknown {
  if (a === true || b === true) return true;
  if (a === undefined || a === null || a === false) return b;
  if (b === undefined || b === null || b === false) return a;
  if (Array.isArray(a) && Array.isArray(b)) return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => unite(a[i], b[i]));
  if (isObject(a) && isObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const key in b) out[key] = unite(a[key], b[key]);
    return out;
  }
  return a; // a list and an object at one path: the plan's shape decides which applies
}

/** A mark is true, false, null, or a list or object of marks: anything else is a broken plan, and guessing could leak a secret. */
function checkMark(file: string, place: string, mark: unknown, path: (string | number)[] = []): void {
  if (mark === undefined || mark === null || typeof mark === 'boolean') return;
  if (Array.isArray(mark)) {
    for (let i = 0; i < mark.length; i++) {
      path.push(i);
      checkMark(file, place, mark[i], path);
      path.pop();
    }
    return;
  }
  if (isObject(mark)) {
    for (const key in mark) {
      path.push(key);
      checkMark(file, place, mark[key], path);
      path.pop();
    }
    return;
  }
  const at = place + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
  throw new InputError(file, at, `expected true, false, a list or an object marking values, found ${typeName(mark)}`);
}

function looksSecret(key: string, value: TfValue): boolean {
  if (CREDENTIALS.has(key)) return value !== null && !(Array.isArray(value) && value.length === 0);
  return typeof value === 'string' && value !== '' && SECRET_NAME.test(key);
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'a string' : typeof value;
}
