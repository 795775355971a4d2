import { basename, extname } from 'node:path';
import { InputError } from '../../engine/errors.ts';
import { isObject } from '../../lib/json.ts';
import { KUBERNETES_KINDS, type KubernetesCluster, type KubernetesKind } from '../../state/kubernetes.ts';
import type { Origin } from '../../state/resource.ts';
import type { Source, UnrecognizedType } from '../../state/snapshot.ts';
import { displayPath, listInputs } from '../files/expand-inputs.ts';
import { MAX_INPUT_BYTES, readInputText, type SizeRefusal } from '../files/read-json.ts';
import { keptObject } from './kept-object.ts';
import { manifestDocuments, type ManifestDocument } from './manifest-documents.ts';
import { stateKindOf, unrecognizedTypeOf } from './manifest-kinds.ts';

/**
 * Kubernetes objects from files: `kubectl get -o json|yaml` output (`List`, or an API `*List`
 * whose items omit kind and apiVersion), plain manifests, multi-document YAML streams (`helm
 * template`, `kustomize build`), and folders of them. One file or folder is one cluster.
 *
 * Files are a complete picture of what they hold, and only of that: a kind with no object in
 * the files is `null` (unknown, `absent`), never an empty list, because a manifest folder may
 * leave NetworkPolicies or RBAC to another repository without saying so. A rule needing an
 * absent kind answers unknown. A typed list (`PodList`) with no items is the one way files
 * can say "none of this kind"; an empty untyped `List` cannot say which kind it was.
 */

export interface ManifestsRead {
  cluster: KubernetesCluster;
  source: Source;
  /** Files of a folder that hold no Kubernetes objects or cannot be read: one failed source each (`code: 'skipped'`), with why. */
  skipped: Source[];
  /** Objects of kinds no rule reads (ConfigMaps, CRDs), counted by type. */
  unrecognized: UnrecognizedType[];
}

export interface ManifestLimits {
  /** Largest file read, in bytes (YAML is held to the smaller of this and MAX_YAML_BYTES). */
  maxBytes?: number;
}

/**
 * A YAML document tree takes about 90 times its text in memory (a 10 MB `kubectl get pods -o
 * yaml` peaks near 850 MB); larger YAML is refused with advice to export JSON, which is parsed
 * natively and may be as large as any input.
 */
export const MAX_YAML_BYTES = 16 * 1024 * 1024;
const YAML_TOO_LARGE: SizeRefusal = (size, limit) => `is ${size} of YAML; YAML inputs larger than ${limit} are refused (export with -o json, or split the file)`;
/** Kubernetes objects nest a dozen levels; far deeper is a hostile or broken input, refused before a later walk runs out of stack. */
const MAX_OBJECT_DEPTH = 100;
/**
 * Names are DNS subdomains (253 characters) for most kinds, namespaces DNS labels (63): far longer
 * is a broken or hostile input, refused because every finding on the object repeats its name.
 */
const MAX_NAME_LENGTH = 4096;
const EXTENSIONS = ['.yaml', '.yml', '.json'];

/**
 * A file given on its own must be read, or the scan stops (exit 2, naming file and line). In a
 * folder, a file that is not Kubernetes objects (a Helm `Chart.yaml` or `values.yaml`, a
 * template with `{{ }}`, a `package.json`, an empty or malformed file) is skipped with its
 * reason, all or nothing, and the rest is read.
 */
export function readManifests(path: string, limits: ManifestLimits = {}): ManifestsRead {
  const files = listInputs([path], EXTENSIONS);
  if (files.length === 0) throw new InputError(path, undefined, 'holds no .yaml, .yml or .json files');
  const maxBytes = limits.maxBytes ?? MAX_INPUT_BYTES;
  const inputs = files.map(({ path: file, inFolder }): ManifestText => ({ file: displayPath(file), inFolder, text: () => fileText(file, maxBytes) }));
  const target = displayPath(path);
  return readManifestTexts(`files:${target}`, target, clusterName(path), inputs);
}

/** One file's worth of Kubernetes objects: its name as shown, and its text read when needed. */
export interface ManifestText {
  file: string;
  /** Part of a folder (or a rendered chart): a file that cannot be read is skipped, not fatal. */
  inFolder: boolean;
  text: () => string;
}

/** The objects of several texts as one cluster (source `id`, reading `target`). */
export function readManifestTexts(id: string, target: string, name: string, inputs: ManifestText[]): ManifestsRead {
  const objects = new Map<KubernetesKind, { object: unknown; origin: Origin }[]>();
  const unrecognized = new Map<string, number>();
  const skipped: Source[] = [];
  for (const { file: shown, inFolder, text } of inputs) {
    const reader: Reader = { source: id, file: shown, objects: new Map(), unrecognized: new Map() };
    try {
      readObjects(reader, text());
    } catch (error) {
      if (!inFolder || !(error instanceof InputError)) throw error;
      skipped.push({ id: `files:${shown}`, kind: 'file', target: shown, status: 'failed', code: 'skipped', message: `not read: ${error.message}`, resources: 0 });
      continue;
    }
    for (const [kind, list] of reader.objects) {
      const all = objects.get(kind);
      if (all) for (const item of list) all.push(item);
      else objects.set(kind, list);
    }
    for (const [type, n] of reader.unrecognized) unrecognized.set(type, (unrecognized.get(type) ?? 0) + n);
  }

  const cluster: KubernetesCluster = {
    id,
    name,
    server: null,
    aksClusterId: null,
    subscriptionId: null,
    resourceGroup: null,
    objects: Object.fromEntries(KUBERNETES_KINDS.map((kind) => [kind, objects.get(kind) ?? null])) as KubernetesCluster['objects'],
    unread: {},
  };
  const absent = KUBERNETES_KINDS.filter((kind) => !objects.has(kind));
  for (const kind of absent) cluster.unread[kind] = { code: 'absent', reason: 'not in the input files' };
  let count = 0;
  for (const list of objects.values()) count += list.length;
  const source: Source = { id, kind: 'file', target, status: 'ok', resources: count };
  if (absent.length) source.unread = absent.map((kind) => ({ kind, code: 'absent', reason: 'not in the input files' }));
  return {
    cluster,
    source,
    skipped,
    unrecognized: [...unrecognized].map(([type, n]) => ({ type, count: n })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
  };
}

function fileText(file: string, maxBytes: number): string {
  return !/\.json$/i.test(file) && maxBytes > MAX_YAML_BYTES ? readInputText(file, MAX_YAML_BYTES, YAML_TOO_LARGE) : readInputText(file, maxBytes);
}

/** Every object of one text into `reader`, or an InputError naming the file and line. */
function readObjects(reader: Reader, text: string): void {
  const documents = manifestDocuments(reader.file, text);
  if (documents.length === 0) throw new InputError(reader.file, undefined, 'is empty: expected Kubernetes objects');
  for (const document of documents) visitDocument(document, reader);
}

interface Reader {
  source: string;
  file: string;
  objects: Map<KubernetesKind, { object: unknown; origin: Origin }[]>;
  unrecognized: Map<string, number>;
}

/** A document is one object or a List of them. */
function visitDocument(document: ManifestDocument, reader: Reader): void {
  const { value, pointer, line } = document;
  const at = `line ${line}`;
  if (!isObject(value)) throw new InputError(reader.file, at, `expected a Kubernetes object or List, got ${describeType(value)}`);
  const { kind, apiVersion } = value;
  if (typeof kind !== 'string' || kind === '') throw new InputError(reader.file, at, `${where(pointer)}has no kind: not a Kubernetes object`);
  if (typeof apiVersion !== 'string' || apiVersion === '') throw new InputError(reader.file, at, `${where(pointer)}${clip(kind)} has no apiVersion`);
  if (!(kind.endsWith('List') && 'items' in value)) return visitObject(value as KubeObject, pointer, line, reader);
  if (!Array.isArray(value.items)) throw new InputError(reader.file, at, `${where(pointer)}${clip(kind)}: items is not an array`);
  // `DeploymentList` straight from the API omits each item's kind and apiVersion; kubectl's `List` keeps them.
  const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
  // A typed list states the whole kind, even when it is empty.
  const listed = itemKind === undefined ? undefined : stateKindOf(itemKind, apiVersion);
  if (listed !== undefined && !reader.objects.has(listed)) reader.objects.set(listed, []);
  value.items.forEach((item: unknown, i) => {
    const itemPointer = `${pointer}/items/${i}`;
    const itemLine = document.itemLines?.[i] ?? line;
    if (!isObject(item)) throw new InputError(reader.file, `line ${itemLine}`, `${itemPointer}: expected a Kubernetes object, got ${describeType(item)}`);
    const object = itemKind !== undefined && (item.kind === undefined || item.apiVersion === undefined) ? { ...item, kind: item.kind ?? itemKind, apiVersion: item.apiVersion ?? apiVersion } : item;
    if (typeof object.kind !== 'string' || object.kind === '') throw new InputError(reader.file, `line ${itemLine}`, `${itemPointer} has no kind: not a Kubernetes object`);
    if (typeof object.apiVersion !== 'string' || object.apiVersion === '') throw new InputError(reader.file, `line ${itemLine}`, `${itemPointer} (${clip(object.kind)}) has no apiVersion`);
    visitObject(object as KubeObject, itemPointer, itemLine, reader);
  });
}

type KubeObject = Record<string, unknown> & { kind: string; apiVersion: string };

function visitObject(object: KubeObject, pointer: string, line: number, reader: Reader): void {
  const kind = stateKindOf(object.kind, object.apiVersion);
  if (kind === undefined) {
    const type = unrecognizedTypeOf(clip(object.kind), clip(object.apiVersion));
    reader.unrecognized.set(type, (reader.unrecognized.get(type) ?? 0) + 1);
    return;
  }
  const metadata = object.metadata;
  if (!isObject(metadata) || typeof metadata.name !== 'string' || metadata.name === '') {
    throw new InputError(reader.file, `line ${line}`, `${where(pointer)}${object.kind} has no metadata.name`);
  }
  for (const field of ['name', 'namespace'] as const) {
    const value = metadata[field];
    if (typeof value === 'string' && value.length > MAX_NAME_LENGTH) {
      throw new InputError(reader.file, `line ${line}`, `${where(pointer)}${object.kind} metadata.${field} is ${value.length.toLocaleString('en-US')} characters long; names longer than ${MAX_NAME_LENGTH} are refused`);
    }
  }
  if (tooDeep(object)) throw new InputError(reader.file, `line ${line}`, `${where(pointer)}${object.kind} is nested more than ${MAX_OBJECT_DEPTH} levels deep`);
  const origin: Origin = { source: reader.source, file: reader.file, pointer, line };
  let list = reader.objects.get(kind);
  if (!list) reader.objects.set(kind, (list = []));
  // Secrets keep their metadata only; no object keeps its last-applied copy or container command lines.
  list.push({ object: keptObject(kind, object), origin });
}

/** Iterative, so that the check itself cannot overflow. */
function tooDeep(root: unknown): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_OBJECT_DEPTH) return true;
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** The folder's or file's name: `fixtures/demo/kubernetes/aks-saas-prod-weu` → `aks-saas-prod-weu`, `prod.yaml` → `prod`. */
function clusterName(path: string): string {
  const base = basename(path.replace(/[/\\]+$/, ''));
  return basename(base, extname(base)) || base;
}

function where(pointer: string): string {
  return pointer ? `${pointer}: ` : '';
}

/** Kind and apiVersion come from the file: long ones are cut, so a message stays one readable line. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
