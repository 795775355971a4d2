/**
 * Writes the rule ids of rules.yaml into schemas/config.schema.json (`definitions.ruleSettings.properties`),
 * each with its title, severity and whether `recommended` has it, so editors complete rule ids
 * and describe them. test/meta/config-schema.test.ts fails when the two drift apart:
 *
 *   node scripts/config-schema.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCatalogue, type Catalogue } from '../src/engine/catalogue.ts';

export const CONFIG_SCHEMA = fileURLToPath(new URL('../schemas/config.schema.json', import.meta.url));

/** One property per rule, in catalogue order, each a rule setting. */
export function ruleProperties(catalogue: Catalogue): Record<string, { description: string; allOf: [{ $ref: string }] }> {
  return Object.fromEntries(
    [...catalogue.values()].map((e) => [e.id, { description: `${e.title} (${e.severity}${e.recommended === false ? '; not in recommended' : ''})`, allOf: [{ $ref: '#/definitions/ruleSetting' }] }]),
  );
}

if (import.meta.main) {
  const schema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')) as { definitions: { ruleSettings: { properties?: unknown } } };
  schema.definitions.ruleSettings.properties = ruleProperties(loadCatalogue());
  writeFileSync(CONFIG_SCHEMA, `${JSON.stringify(schema, null, 2)}\n`);
}
