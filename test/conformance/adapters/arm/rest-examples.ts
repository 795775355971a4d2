import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One ARM REST example from the API specifications: the body a GET, List or PUT returned with 200. */
export interface RestExample {
  /** `<service>/<api-version>/<file>`. */
  name: string;
  body: unknown;
}

/** Every example under `root` (`<service>/<api-version>/<file>.json`) that has a 200 response body. */
export function restExamples(root: string): RestExample[] {
  const out: RestExample[] = [];
  for (const service of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const version of readdirSync(join(root, service.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(root, service.name, version.name)).filter((f) => f.endsWith('.json')).sort()) {
        const example = JSON.parse(readFileSync(join(root, service.name, version.name, file), 'utf8')) as { responses?: Record<string, { body?: unknown }> };
        const body = example.responses?.['200']?.body;
        if (body !== undefined) out.push({ name: `${service.name}/${version.name}/${file}`, body });
      }
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Whether a body is ARM resources (a resource, a list or a Resource Graph result) rather than an action's answer (credentials, version lists). */
export function isArmResources(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const o = body as Record<string, unknown>;
  return typeof o.id === 'string' || Array.isArray(o.value) || Array.isArray(o.data);
}
