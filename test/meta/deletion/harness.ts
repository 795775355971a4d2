import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adaptArm } from '../../../src/adapters/arm/adapt.ts';
import { collectArmResources, type CollectedResources } from '../../../src/adapters/arm/collect-resources.ts';
import { GroupTypes } from '../../../src/collectors/files/collect-arm-files.ts';
import { expandInputs } from '../../../src/collectors/files/expand-inputs.ts';
import { readManifestSources } from '../../../src/collectors/kubernetes/manifest-sources.ts';
import { aksLink } from '../../../src/collectors/kubernetes/match-aks.ts';
import { manifestDocuments } from '../../../src/collectors/kubernetes/manifest-documents.ts';
import { loadCatalogue } from '../../../src/engine/catalogue.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { Analyses } from '../../../src/engine/analysis.ts';
import { Coverage } from '../../../src/engine/coverage.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { Status } from '../../../src/engine/finding.ts';
import { defaultPolicy } from '../../../src/engine/policy.ts';
import type { Rule, RuleContext } from '../../../src/engine/rule.ts';
import type { ResourceBase } from '../../../src/state/resource.ts';
import { RULES } from '../../../src/rules/index.ts';
import { WORKLOADS } from '../../../src/rules/analyses/workloads.ts';
import { REFERENCE } from '../../helpers/state.ts';
import type { KubernetesCluster } from '../../../src/state/kubernetes.ts';
import type { State } from '../../../src/state/state.ts';
import { ADDON_MANAGER_LABEL, AKS_LABEL } from '../../../src/state/managed-by.ts';

/**
 * The deletion harness: an estate as input files (ARM JSON, Kubernetes manifests), the state
 * adapted from it, and what each rule read of that state. A mutation deletes or nulls one
 * property of one input, re-adapts the inputs and re-runs the rules that read what changed.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A path into an input document or the state: its keys and array indexes. */
export type JsonPath = (string | number)[];

export interface ManifestSet {
  /** The AKS cluster (by name) the objects run in, as `--manifests <path>=<cluster>` links them. */
  aksCluster: string;
  /** Every Kubernetes object of the cluster's files, Lists expanded. */
  objects: Json[];
}

export interface Estate {
  armFiles: { file: string; document: Json }[];
  manifests: ManifestSet[];
  now: Date;
}

/**
 * ARM files or folders and manifest folders (each `[folder, aks cluster]`), read as the CLI
 * reads them; `keep` drops resources (by id) from the ARM documents, to keep the estate small.
 */
export function readEstate(armPaths: string[], manifestFolders: [string, string][], now: Date, keep: (id: string) => boolean = () => true): Estate {
  const armFiles = expandInputs(armPaths).map((file) => ({ file, document: kept(JSON.parse(readFileSync(file, 'utf8')) as Json, keep) }));
  const manifests = manifestFolders.map(([folder, aksCluster]) => ({
    aksCluster,
    objects: expandInputs([folder], ['.yaml', '.yml', '.json']).flatMap((file) => manifestDocuments(file, readFileSync(file, 'utf8')).flatMap((d) => listItems(d.value as Json))),
  }));
  return { armFiles, manifests, now };
}

/** The document without the array elements whose ARM id `keep` refuses. */
function kept(value: Json, keep: (id: string) => boolean): Json {
  if (Array.isArray(value)) return value.filter((e) => !isRecord(e) || typeof idOf(e) !== 'string' || keep(idOf(e) as string)).map((e) => kept(e, keep));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, kept(v, keep)]));
  return value;
}

function idOf(resource: Record<string, Json>): Json | undefined {
  return resource.id ?? resource.Id ?? resource.ResourceId ?? resource.resourceId;
}

/** A `List` (kubectl) or typed list (`DeploymentList`) → its items, with the kind and apiVersion a typed list leaves out. */
function listItems(document: Json): Json[] {
  if (!isRecord(document) || typeof document.kind !== 'string' || !document.kind.endsWith('List') || !Array.isArray(document.items)) return [document];
  const itemKind = document.kind === 'List' ? undefined : document.kind.slice(0, -'List'.length);
  return document.items.map((item) => (isRecord(item) && itemKind ? { kind: itemKind, apiVersion: document.apiVersion ?? null, ...item } : item));
}

/**
 * The estate's inputs → state, through the real collectors and adapters, re-reading only the
 * input a mutation changed: ARM files are collected once each (the whole ARM estate is adapted
 * again, for its joins), manifests go through a file (one compact List per cluster).
 */
export class Adapter {
  private readonly dir = mkdtempSync(join(tmpdir(), 'aks-audit-deletion-'));
  private readonly estate: Estate;
  private readonly armResources: CollectedResources[];
  readonly base: State;

  constructor(estate: Estate) {
    this.estate = estate;
    this.armResources = estate.armFiles.map((f) => collectArmResources(f.document, f.file, `file:${f.file}`));
    const arm = adaptFiles(this.armResources);
    this.base = { ...arm, kubernetes: estate.manifests.map((set, i) => this.manifests(i, set.objects, arm)) };
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The state with ARM file `index` read from `document` instead; the Kubernetes clusters are kept, linked again. */
  withArmFile(index: number, document: Json): State {
    const file = this.estate.armFiles[index]!.file;
    const arm = adaptFiles(this.armResources.map((collected, i) => (i === index ? collectArmResources(document, file, `file:${file}`) : collected)));
    const kubernetes = this.base.kubernetes.map((cluster, i) => {
      const linked = arm.clusters.find((c) => c.name.toLowerCase() === this.estate.manifests[i]!.aksCluster.toLowerCase());
      return { ...cluster, ...aksLink(linked) };
    });
    return { ...arm, kubernetes };
  }

  /** The state with manifest set `index` holding `objects` instead. */
  withManifests(index: number, objects: Json[]): State {
    return { ...this.base, kubernetes: this.base.kubernetes.map((cluster, i) => (i === index ? this.manifests(i, objects, this.base) : cluster)) };
  }

  private manifests(index: number, objects: Json[], arm: State): KubernetesCluster {
    const path = join(this.dir, `cluster-${index}.json`);
    writeFileSync(path, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
    return readManifestSources([{ path, aksCluster: this.estate.manifests[index]!.aksCluster }], arm.clusters).clusters[0]!;
  }
}

/** ARM files adapted together, with the coverage the file collector credits them with. */
function adaptFiles(files: CollectedResources[]): State {
  const groups = new GroupTypes();
  for (const collected of files) groups.addFile(collected);
  return adaptArm(files.flatMap((collected) => collected.resources), groups.entries()).state;
}

export interface Verdicts {
  /** `resource id|part` → status. */
  statuses: Map<string, Status>;
  crashed: string | undefined;
}

const catalogue = loadCatalogue();
const policy = defaultPolicy(catalogue);

export function verdictsOf(state: State, rule: Rule<never>, now: Date): Verdicts {
  const { findings, crashes } = evaluate(state, [rule], policy, now, REFERENCE);
  const statuses = new Map<string, Status>();
  for (const f of findings) {
    const key = `${f.resource.id}|${f.part ?? ''}`;
    // Several findings on one resource: the least favourable stands (a pass among unknowns is not the resource's verdict).
    const before = statuses.get(key);
    if (before === undefined || before === 'pass') statuses.set(key, f.status);
  }
  return { statuses, crashed: crashes[0]?.message };
}

export { RULES };

/** One finding of a rule's run on the estate, and what the rule read of the state just before it gave it. */
export interface Observed {
  status: Status;
  /** State paths read since the rule's previous finding: what this verdict rests on (shared analyses land on the first). */
  window: Set<string>;
  /** Where the finding's resource is in the state: the object passed, or the Kubernetes object whose origin it carries. */
  resourcePath: string | undefined;
}

export interface Reading {
  /** Every property the rule got (`/clusters/0/apiServer/privateCluster`), and `<object>/*` where it listed an object's keys. */
  reads: Set<string>;
  prefixes: Set<string>;
  /** `resource id|part` → the finding. */
  findings: Map<string, Observed>;
}

/**
 * Runs a rule over the state wrapped in a recording Proxy: what it read, and for each finding
 * what it read since the finding before. The context mirrors the engine's (`evaluate`).
 */
export function readingOf(state: State, rule: Rule<never>, now: Date): Reading {
  const reads = new Set<string>();
  let window = new Set<string>();
  const paths = new WeakMap<object, string>();
  const proxies = new WeakMap<object, object>();
  let recording = true;
  const record = (at: string): void => {
    if (!recording) return;
    reads.add(at);
    window.add(at);
  };
  const wrap = (value: object, path: string): object => {
    let proxy = proxies.get(value);
    if (proxy) return proxy;
    proxy = new Proxy(value, {
      get(target, key, receiver) {
        const got: unknown = Reflect.get(target, key, receiver);
        if (typeof key === 'symbol' || typeof got === 'function') return got;
        const at = `${path}/${key}`;
        if (!isManagedMarker(path, key)) record(at);
        return typeof got === 'object' && got !== null ? wrap(got, at) : got;
      },
      has(target, key) {
        if (typeof key === 'string') record(`${path}/${key}`);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        record(`${path}/*`);
        return Reflect.ownKeys(target);
      },
    });
    proxies.set(value, proxy);
    paths.set(proxy, path);
    return proxy;
  };
  const findings = new Map<string, Observed>();
  const emit = (status: Status) => (resource: ResourceBase, _message: string, _evidence?: unknown, part?: unknown): void => {
    const partName = typeof part === 'string' ? part : isRecord(part) && typeof part.part === 'string' ? part.part : '';
    const key = `${resource.id}|${partName}`;
    const before = findings.get(key);
    // A Kubernetes finding's resource is built by the rule, but its origin is the object's own.
    const origin = paths.get(resource.origin);
    const observed = { status, window, resourcePath: paths.get(resource) ?? origin?.slice(0, -'/origin'.length) };
    // Several findings on one resource: the least favourable stands.
    if (before === undefined || before.status === 'pass') findings.set(key, observed);
    else for (const r of window) before.window.add(r);
    window = new Set();
  };
  // Analyses read through the same recording view: their reads are the rule's reads.
  const wrapped = wrap(state, '') as State;
  const analyses = new Analyses(wrapped);
  const ctx: RuleContext<unknown> = {
    state: wrapped,
    params: policy.rules.get(rule.id)!.params,
    now,
    coverage: new Coverage(state.coverage),
    reference: REFERENCE,
    analysis: (a) => analyses.get(a),
    pass: emit('pass'),
    fail: emit('fail'),
    unknown: emit('unknown'),
    notApplicable: (resource, reason, part) => emit('not-applicable')(resource, reason, undefined, part),
    // Grouping changes no verdict: the same recorder.
    under: () => ctx,
  };
  // The workload view type-checks every pod spec once per cluster (every field, for every rule):
  // built before the rule runs, unrecorded, so a rule's reads are the fields it judges.
  recording = false;
  const workloads = analyses.get(WORKLOADS);
  for (const cluster of ctx.state.kubernetes) workloads.of(cluster);
  recording = true;
  (rule as Rule<unknown>).check(ctx);
  return { reads, prefixes: prefixesOf(reads), findings };
}

/** Whether a rule that read `reads` read anything under the changed path `changed`. */
export function readAny(reads: Set<string>, prefixes: Set<string>, changed: string): boolean {
  if (reads.has(changed) || prefixes.has(changed)) return true;
  const parent = changed.slice(0, changed.lastIndexOf('/'));
  return reads.has(`${parent}/*`);
}

/** Every proper prefix of every read path: `a/b/c` gives `a` and `a/b`. */
export function prefixesOf(reads: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const r of reads) for (let i = r.indexOf('/', 1); i !== -1; i = r.indexOf('/', i + 1)) out.add(r.slice(0, i));
  return out;
}

/** Keys the diff skips: where a value came from, and the defaulted list (judged on its own). */
const UNCOMPARED = new Set(['origin', 'defaulted']);

/** A state path whose value differs after a mutation, and its value after (undefined: gone). */
export interface Change {
  path: string;
  after: unknown;
}

/**
 * The state paths (in `before`'s indexing) whose value differs in `after`. Arrays of resources
 * and Kubernetes items are matched by id / origin, so removing one does not shift the others.
 */
export function changesOf(before: unknown, after: unknown, path = '', out: Change[] = []): Change[] {
  if (before === after) return out;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null || Array.isArray(before) !== Array.isArray(after)) {
    out.push({ path, after });
    return out;
  }
  if (Array.isArray(before)) {
    const afterArray = after as unknown[];
    if (before.length > 0 && before.every((e) => keyOf(e) !== undefined)) {
      const byKey = new Map(afterArray.map((e) => [keyOf(e), e]));
      before.forEach((e, i) => changesOf(e, byKey.get(keyOf(e)), `${path}/${i}`, out));
      const known = new Set(before.map(keyOf));
      const added = afterArray.filter((e) => !known.has(keyOf(e)));
      if (added.length) out.push({ path: `${path}/${before.length}`, after: added });
      return out;
    }
    const n = Math.max(before.length, afterArray.length);
    for (let i = 0; i < n; i++) changesOf(before[i], afterArray[i], `${path}/${i}`, out);
    if (before.length !== afterArray.length) out.push({ path: `${path}/length`, after: afterArray.length });
    return out;
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (UNCOMPARED.has(key)) continue;
    changesOf(a[key], b[key], `${path}/${key}`, out);
  }
  return out;
}

function keyOf(element: unknown): string | undefined {
  if (!isRecord(element)) return undefined;
  if (typeof element.id === 'string') return element.id;
  // A Kubernetes item: by namespace and name (its pointer in the input moves when an object before it is deleted).
  const metadata = isRecord(element.object) ? element.object.metadata : undefined;
  if (isRecord(metadata) && isRecord(element.origin)) return `${String(metadata.namespace)}/${String(metadata.name)}`;
  return undefined;
}

/**
 * Whether the state path `changed` (in `after`) is a field that took the API's documented
 * default: the nearest enclosing resource lists it in `provenance.defaulted` (`agentPools[0].count` and
 * `agentPools[system].count` both name pool 0 when it is called `system`).
 */
export function isDefaulted(state: State, changed: string): boolean {
  const keys = changed.split('/').slice(1);
  let node: unknown = state;
  let owner: { defaulted: string[]; at: number } | undefined;
  const trail: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const provenance = isRecord(node) ? node.provenance : undefined;
    if (isRecord(provenance) && Array.isArray(provenance.defaulted)) owner = { defaulted: provenance.defaulted as string[], at: i };
    trail.push(node);
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[keys[i]!] : undefined;
  }
  if (!owner) return false;
  return owner.defaulted.some((entry) => {
    const parts = entry.split(/\.|\[([^\]]*)\]\.?/).filter((p) => p !== undefined && p !== '');
    const rest = keys.slice(owner.at);
    if (parts.length > rest.length) return false;
    return parts.every((part, j) => {
      if (part === rest[j]) return true;
      const container = trail[owner.at + j];
      const element = Array.isArray(container) ? container[Number(rest[j])] : undefined;
      return isRecord(element) && element.name === part;
    });
  });
}

/** One mutation of one input: delete the property (or the whole resource, from its array), or set it to null. */
export interface Mutation {
  path: JsonPath;
  op: 'delete' | 'null';
}

/**
 * Every property of a document, deleted and nulled, and every resource or object in an array
 * (it has an ARM id, or a Kubernetes kind) deleted. Other array elements are values, not properties:
 * removing one states a different list, which the rule judges like any other value.
 */
export function mutationsOf(document: Json): Mutation[] {
  const out: Mutation[] = [];
  const visit = (value: Json, path: JsonPath): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (isRecord(v) && (typeof idOf(v) === 'string' || typeof v.kind === 'string')) out.push({ path: [...path, i], op: 'delete' });
        visit(v, [...path, i]);
      });
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        out.push({ path: [...path, k], op: 'delete' }, { path: [...path, k], op: 'null' });
        visit(v, [...path, k]);
      }
    }
  };
  visit(document, []);
  return out;
}

/** A value that says nothing: what a field becomes when the source stopped stating it. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** The document with the mutation applied; only the objects on the path are copied. */
export function applied(document: Json, mutation: Mutation, depth = 0): Json {
  const key = mutation.path[depth]!;
  const last = depth === mutation.path.length - 1;
  if (Array.isArray(document)) {
    const copy = [...document];
    if (!last) copy[key as number] = applied(copy[key as number]!, mutation, depth + 1);
    else if (mutation.op === 'null') copy[key as number] = null;
    else copy.splice(key as number, 1);
    return copy;
  }
  const copy = { ...(document as Record<string, Json>) };
  if (!last) copy[key] = applied(copy[key]!, mutation, depth + 1);
  else if (mutation.op === 'null') copy[key] = null;
  else delete copy[key];
  return copy;
}

export function pointerOf(path: JsonPath): string {
  return path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * The labels every Kubernetes finding resource is checked for, to say whether AKS manages the
 * object (`kubernetesResource`): policy sets such findings apart, the rule's verdict does not
 * rest on them. (The RBAC rules read them for their verdicts too; a pass that would survive
 * their deletion goes unseen here.)
 */
function isManagedMarker(path: string, key: string): boolean {
  return path.endsWith('/metadata/labels') && (key === AKS_LABEL || key === ADDON_MANAGER_LABEL);
}

export function isInputError(error: unknown): boolean {
  return error instanceof InputError;
}

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A pass that outlived a mutation although the rule read a field the mutation emptied. */
export interface Survivor {
  rule: string;
  /** `resource id|part` of the finding. */
  finding: string;
  /** Input file (ARM) or `<aks cluster>#<object index>` (Kubernetes), and the mutation. */
  input: string;
  mutation: string;
  /** The emptied state fields the rule read for that finding (`/clusters/0/apiServer/privateCluster`). */
  fields: string[];
}

/** Fields rules read only to name things in messages and evidence. */
const LABELS = new Set(['name', 'displayName', 'path']);

/**
 * Re-runs, on the mutated state, every rule that read a field the mutation changed, and returns
 * each finding that was `pass` and still is although a field it read became empty (null, gone,
 * an empty list) without taking a documented API default. Rule crashes are collected apart.
 */
export function survivorsOf(base: State, state: State, readings: Map<string, Reading>, now: Date, where: { input: string; mutation: Mutation }, crashes: string[]): Survivor[] {
  const out: Survivor[] = [];
  const changes = changesOf(base, state);
  for (const rule of RULES) {
    const reading = readings.get(rule.id)!;
    // What the rule looked at: a value, or inside an object (an object it only passed along is not evidence).
    const looked = changes.filter((c) => (reading.reads.has(c.path) ? !isPassedAlong(base, reading, c.path) : readAny(reading.reads, reading.prefixes, c.path)));
    if (!looked.length) continue;
    const after = verdictsOf(state, rule, now);
    const mutation = `${where.mutation.op} ${pointerOf(where.mutation.path)}`;
    if (after.crashed) crashes.push(`${rule.id} on ${where.input} ${mutation}: ${after.crashed}`);
    const owners = [...reading.findings.values()].flatMap((f) => (f.resourcePath === undefined ? [] : [f.resourcePath]));
    for (const [key, observed] of reading.findings) {
      if (observed.status !== 'pass' || after.statuses.get(key) !== 'pass') continue;
      const window = windowOf(observed);
      const mine = looked.filter((c) => {
        const owner = ownerOf(owners, c.path);
        const inWindow = readAny(window.reads, window.prefixes, c.path);
        // A change above the findings' resources (a whole cluster, for findings on its pools) is theirs, not a neighbour's.
        if (owner === undefined && owners.some((o) => o.startsWith(`${c.path}/`))) return observed.resourcePath?.startsWith(`${c.path}/`) ?? false;
        if (owner === undefined) return inWindow;
        // A finding on a part of a resource (one database of a server) owns only what it read.
        return owner === observed.resourcePath && (key.endsWith('|') || inWindow);
      });
      const emptied = mine.filter((c) => isEmpty(c.after) && !LABELS.has(c.path.slice(c.path.lastIndexOf('/') + 1)) && !isDefaulted(state, c.path));
      if (emptied.length) out.push({ rule: rule.id, finding: key, input: where.input, mutation, fields: emptied.map((c) => c.path) });
    }
  }
  return out;
}

const WINDOWS = new WeakMap<Observed, { reads: Set<string>; prefixes: Set<string> }>();

function windowOf(observed: Observed): { reads: Set<string>; prefixes: Set<string> } {
  let window = WINDOWS.get(observed);
  if (!window) WINDOWS.set(observed, (window = { reads: observed.window, prefixes: prefixesOf(observed.window) }));
  return window;
}

/** The resource (of some finding of the rule) a state path lies in: the longest enclosing one. */
function ownerOf(owners: string[], path: string): string | undefined {
  let best: string | undefined;
  for (const o of owners) if ((path === o || path.startsWith(`${o}/`)) && (best === undefined || o.length > best.length)) best = o;
  return best;
}

/** The rule got this object but never looked inside it (handed it on, as labels become a finding's tags). */
function isPassedAlong(base: State, reading: Reading, path: string): boolean {
  let value: unknown = base;
  for (const key of path.split('/').slice(1)) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'object' && value !== null && !reading.prefixes.has(path) && !reading.reads.has(`${path}/*`);
}
