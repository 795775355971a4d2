import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TAG_VALUE_NOT_KEPT } from '../../src/state/resource.ts';
import { readSnapshot, renderSnapshot } from '../../src/collectors/files/snapshot-file.ts';
import { SNAPSHOT_SCHEMA_VERSION } from '../../src/state/snapshot.ts';
import type { State } from '../../src/state/state.ts';

/** `state` saved with renderSnapshot and read back with readSnapshot (which checks it against the schema); `edit` tampers with the text in between. */
export function snapshotRoundTrip(state: State, edit = (text: string) => text): State {
  const file = join(mkdtempSync(join(tmpdir(), 'aks-audit-snapshot-')), 'snapshot.json');
  writeFileSync(file, edit(renderSnapshot({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, tool: { name: 'aks-audit', version: 'test' }, createdAt: '2026-11-22T00:00:00Z', sources: [], unrecognized: [], state })));
  return readSnapshot(file).state;
}

/** What a snapshot keeps of resources: everything but their tag values (a tag can hold a secret). */
export function asSaved<T extends { tags: Record<string, string> }>(resources: T[]): T[] {
  return resources.map((r) => ({ ...r, tags: Object.fromEntries(Object.keys(r.tags).map((key) => [key, TAG_VALUE_NOT_KEPT])) }));
}
