import * as models from '@kubernetes/client-node';

/** A field of a Kubernetes API type, as the generated client describes it (`attributeTypeMap`). */
interface Field {
  baseName: string;
  type: string;
}

/**
 * What in a manifest the Kubernetes API types do not have: a field no type defines (a typo the API
 * server would drop or refuse), a value of the wrong type (`'5400'` for a number). The types are
 * the Kubernetes client's generated models, so this needs no cluster. Required fields and value
 * ranges are not checked.
 */
export function shapeProblems(manifest: { apiVersion?: unknown; kind?: unknown }): string[] {
  const version = String(manifest.apiVersion).split('/').at(-1)!;
  const type = `${version.charAt(0).toUpperCase()}${version.slice(1)}${String(manifest.kind)}`;
  const problems: string[] = [];
  check(manifest, type, String(manifest.kind), problems);
  return problems;
}

const ARRAY = /^Array<(.+)>$/;
const MAP = /^\{ \[key: string\]: (.+); \}$/;

function check(value: unknown, type: string, path: string, problems: string[]): void {
  const wrong = () => problems.push(`${path}: ${JSON.stringify(value)} is not ${type}`);
  if (type === 'any' || type === 'object') return;
  if (type === 'string' || type === 'Date') return void (typeof value === 'string' || wrong());
  if (type === 'number') return void (typeof value === 'number' || wrong());
  if (type === 'boolean') return void (typeof value === 'boolean' || wrong());
  if (type === 'IntOrString') return void (typeof value === 'string' || typeof value === 'number' || wrong());
  const array = ARRAY.exec(type);
  if (array) return Array.isArray(value) ? value.forEach((item, i) => check(item, array[1]!, `${path}[${i}]`, problems)) : void wrong();
  const map = MAP.exec(type);
  if (map) return isRecord(value) ? Object.entries(value).forEach(([key, item]) => check(item, map[1]!, `${path}.${key}`, problems)) : void wrong();
  const model = (models as unknown as Record<string, { attributeTypeMap?: Field[] } | undefined>)[type];
  if (!model?.attributeTypeMap) return void problems.push(`${path}: no Kubernetes type ${type}`);
  if (!isRecord(value)) return void wrong();
  for (const [key, item] of Object.entries(value)) {
    const field = model.attributeTypeMap.find((f) => f.baseName === key);
    if (field) check(item, field.type, `${path}.${key}`, problems);
    else problems.push(`${path}.${key}: ${type} has no such field`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
