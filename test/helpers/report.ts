import { readFileSync } from 'node:fs';
import type { Finding } from '../../src/engine/finding.ts';
import type { JsonReport } from '../../src/reporters/json.ts';

/** A JSON report file with each finding joined to its resource entry, as a consumer would read it. */
export function readJsonReport(path: string): Omit<JsonReport, 'findings'> & { findings: Finding[] } {
  const report = JSON.parse(readFileSync(path, 'utf8')) as JsonReport;
  const resources = new Map(report.resources.map(({ origin, ...ref }) => [ref.id, { ref, origin }]));
  const findings = report.findings.map(({ parent, ...f }): Finding => {
    const resource = resources.get(f.resource);
    if (!resource) throw new Error(`finding names resource ${f.resource}, which is not in resources`);
    if (parent === undefined) return { ...f, resource: resource.ref, origin: resource.origin };
    const { parent: _listed, ...ref } = resource.ref;
    return { ...f, resource: parent ? { ...ref, parent } : ref, origin: resource.origin };
  });
  return { ...report, findings };
}
