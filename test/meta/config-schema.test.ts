import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/engine/catalogue.ts';
import { CONFIG_SCHEMA, ruleProperties } from '../../scripts/config-schema.ts';

describe('schemas/config.schema.json and rules.yaml', () => {
  it('names every rule, with its title, for editors (run node scripts/config-schema.ts after changing rules.yaml)', () => {
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')) as { definitions: { ruleSettings: { properties: unknown } } };
    expect(schema.definitions.ruleSettings.properties).toEqual(ruleProperties(loadCatalogue()));
  });
});
