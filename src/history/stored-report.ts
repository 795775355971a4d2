import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gunzipSync } from 'node:zlib';
import { InputError } from '../engine/errors.ts';
import type { ScanReport } from '../engine/report.ts';
import { TOOL } from '../lib/version.ts';
import type { ResourceRef } from '../state/resource.ts';

/** The newest run's whole report, which `aks-audit report --history` renders again; one is kept, replaced by each run. */
export const LAST_REPORT_FILE = 'last-report.jsonl.gz';

/**
 * JSON lines, compressed: the head (the report without findings and clusters, and how many of
 * each follow), then one finding per line, then one cluster per line. A large estate's report
 * is hundreds of megabytes of JSON, more than one string may hold, so it is never one string,
 * written or read.
 */
export async function encodeReport(report: ScanReport): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await pipeline(Readable.from(lines(report)), createGzip(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}

/**
 * A scan hands a resource's findings one ResourceRef (state/resource.ts refOf), and the JSON
 * reporter tells a finding judged under another parent by identity: read back, equal refs are
 * made one object again, parents first.
 */
function shared(ref: ResourceRef, refs: Map<string, ResourceRef>): ResourceRef {
  if (ref.parent) ref.parent = shared(ref.parent, refs);
  const key = JSON.stringify(ref);
  const held = refs.get(key);
  if (held) return held;
  refs.set(key, ref);
  return ref;
}

function* lines(report: ScanReport): Generator<string> {
  const { findings, clusters, ...head } = report;
  yield JSON.stringify({ ...head, counts: { findings: findings.length, clusters: clusters.length } }) + '\n';
  for (const f of findings) yield JSON.stringify(f) + '\n';
  for (const c of clusters) yield JSON.stringify(c) + '\n';
}

export function decodeReport(file: string, bytes: Buffer): ScanReport {
  let text: Buffer;
  try {
    text = gunzipSync(bytes);
  } catch {
    throw new InputError(file, undefined, 'is not gzip');
  }
  let line = 0;
  let start = 0;
  const next = (): unknown => {
    const end = text.indexOf(10, start);
    if (end < 0) throw new InputError(file, `line ${line + 1}`, 'is missing: the report ends early');
    const slice = text.subarray(start, end);
    start = end + 1;
    line++;
    try {
      return JSON.parse(slice.toString('utf8'));
    } catch (error) {
      throw new InputError(file, `line ${line}`, `is not JSON (${(error as Error).message})`);
    }
  };
  const head = next() as Omit<ScanReport, 'findings' | 'clusters'> & { counts?: { findings?: unknown; clusters?: unknown } };
  if (typeof head !== 'object' || head === null || head.tool?.name !== TOOL.name || typeof head.counts?.findings !== 'number' || typeof head.counts.clusters !== 'number') throw new InputError(file, 'line 1', `is not the head of an ${TOOL.name} report`);
  const { counts, ...rest } = head;
  const findings = Array.from({ length: counts.findings as number }, next) as ScanReport['findings'];
  const refs = new Map<string, ResourceRef>();
  for (const f of findings) f.resource = shared(f.resource, refs);
  const clusters = Array.from({ length: counts.clusters as number }, next) as ScanReport['clusters'];
  return { ...rest, findings, clusters };
}
