import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Location, Log, ReportingDescriptor } from 'sarif';

/**
 * The two gates every SARIF file we produce must pass: the official SARIF 2.1.0 schema, and
 * what GitHub code scanning additionally requires before it ingests a file. GitHub rejects
 * the whole upload on most of these, and the schema alone misses them (a result with only
 * logical locations, an `azure://` URI, a numeric security-severity are all schema-valid).
 */

/** The OASIS schema as shipped with Microsoft's SARIF multitool (draft 2020-12). */
const SCHEMA_FILE = '@microsoft/sarif-multitool-linux/sarif-2.1.0.json';

let validateSchema: ReturnType<Ajv2020['compile']> | undefined;

/** Schema violations as `path: message` lines; [] when the log is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validateSchema) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    validateSchema = ajv.compile(createRequire(import.meta.url)(SCHEMA_FILE) as object);
  }
  if (validateSchema(log)) return [];
  return (validateSchema.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
}

const LEVELS = new Set(['none', 'note', 'warning', 'error']);
const MAX_RUNS = 20;
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_TAGS = 20;
const MAX_DESCRIPTION = 1024;
const MAX_RULE_NAME = 255;

/** GitHub's ingestion rules (docs: "SARIF support for code scanning", "SARIF limits"); [] when all hold. */
export function githubIngestionProblems(log: Log): string[] {
  const problems: string[] = [];
  const runs = log.runs ?? [];
  if (runs.length > MAX_RUNS) problems.push(`${runs.length} runs: GitHub accepts at most ${MAX_RUNS} per file`);
  runs.forEach((run, r) => {
    const at = `runs[${r}]`;
    const driver = run.tool?.driver;
    if (!driver?.name) problems.push(`${at}.tool.driver.name is required`);
    const rules = driver?.rules ?? [];
    rules.forEach((rule, i) => problems.push(...ruleProblems(rule, `${at}.tool.driver.rules[${i}]`)));
    const results = run.results ?? [];
    if (!run.results) problems.push(`${at}.results is required`);
    if (results.length > MAX_RESULTS_PER_RUN) problems.push(`${at} has ${results.length} results: GitHub accepts at most ${MAX_RESULTS_PER_RUN} per run`);
    const ruleIds = new Set(rules.map((rule) => rule.id));
    results.forEach((result, i) => {
      const where = `${at}.results[${i}]`;
      const byIndex = result.ruleIndex === undefined ? undefined : rules[result.ruleIndex];
      if (!result.ruleId || !ruleIds.has(result.ruleId)) problems.push(`${where}.ruleId ${JSON.stringify(result.ruleId)} names no rule in tool.driver.rules`);
      else if (result.ruleIndex !== undefined && byIndex?.id !== result.ruleId) problems.push(`${where}.ruleIndex ${result.ruleIndex} does not point at rule ${result.ruleId}`);
      if (!result.message?.text) problems.push(`${where}.message.text is required`);
      if (result.level !== undefined && !LEVELS.has(result.level)) problems.push(`${where}.level ${JSON.stringify(result.level)} is not none/note/warning/error`);
      problems.push(...locationProblems(result.locations, where));
      if (!result.partialFingerprints?.primaryLocationLineHash) problems.push(`${where}.partialFingerprints.primaryLocationLineHash is required (the file is not in the checkout, so upload-sarif cannot compute it)`);
    });
  });
  return problems;
}

function ruleProblems(rule: ReportingDescriptor, at: string): string[] {
  const problems: string[] = [];
  if (!rule.id) problems.push(`${at}.id is required`);
  if (rule.name !== undefined && rule.name.length > MAX_RULE_NAME) problems.push(`${at}.name is longer than ${MAX_RULE_NAME} characters`);
  for (const key of ['shortDescription', 'fullDescription'] as const) {
    const text = rule[key]?.text;
    if (!text) problems.push(`${at}.${key}.text is required`);
    else if (text.length > MAX_DESCRIPTION) problems.push(`${at}.${key}.text is ${text.length} characters: GitHub accepts at most ${MAX_DESCRIPTION}`);
  }
  if (!rule.help?.text) problems.push(`${at}.help.text is required`);
  const level = rule.defaultConfiguration?.level;
  if (level !== undefined && !LEVELS.has(level)) problems.push(`${at}.defaultConfiguration.level ${JSON.stringify(level)} is not none/note/warning/error`);
  const tags = rule.properties?.tags ?? [];
  if (tags.length > MAX_TAGS) problems.push(`${at}.properties.tags has ${tags.length} tags: GitHub accepts at most ${MAX_TAGS}`);
  const severity: unknown = rule.properties?.['security-severity'];
  if (!tags.includes('security')) {
    if (severity !== undefined) problems.push(`${at}.properties.tags lacks "security", so GitHub ignores its security-severity`);
    return problems;
  }
  const score = typeof severity === 'string' && /^\d+(\.\d+)?$/.test(severity) ? Number(severity) : NaN;
  if (!(score >= 0.1 && score <= 10)) problems.push(`${at}.properties.security-severity ${JSON.stringify(severity)} is not a numeric string from 0.1 to 10.0`);
  return problems;
}

function locationProblems(locations: Location[] | undefined, where: string): string[] {
  const first = locations?.[0];
  if (!first) return [`${where}.locations is empty: GitHub rejects the whole file ("expected at least one location")`];
  const at = `${where}.locations[0].physicalLocation`;
  const physical = first.physicalLocation;
  if (!physical) return [`${at} is required: a logical location alone is rejected ("expected a physical location")`];
  const problems: string[] = [];
  const uri = physical.artifactLocation?.uri;
  if (!uri) problems.push(`${at}.artifactLocation.uri is required and must not be empty`);
  else {
    if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) problems.push(`${at}.artifactLocation.uri ${JSON.stringify(uri)} has a scheme that will not match the checkout's "file"`);
    if (/^([/\\]|[a-z]:)/i.test(uri)) problems.push(`${at}.artifactLocation.uri ${JSON.stringify(uri)} is not relative`);
    if (/\s/.test(uri)) problems.push(`${at}.artifactLocation.uri ${JSON.stringify(uri)} contains whitespace`);
    if (uri.split('/').some((s) => s === '.' || s === '..')) problems.push(`${at}.artifactLocation.uri ${JSON.stringify(uri)} has a dot-segment`);
  }
  const line = physical.region?.startLine;
  if (!(Number.isInteger(line) && line! >= 1)) problems.push(`${at}.region.startLine is required (a positive integer)`);
  return problems;
}
