import schema from '../../../schemas/snapshot.schema.json' with { type: 'json' };
import containerRegistrySchema from '../../../schemas/state/container-registry.schema.json' with { type: 'json' };
import gitopsSchema from '../../../schemas/state/gitops.schema.json' with { type: 'json' };
import keyVaultSchema from '../../../schemas/state/key-vault.schema.json' with { type: 'json' };
import kubernetesSchema from '../../../schemas/state/kubernetes.schema.json' with { type: 'json' };
import monitoringSchema from '../../../schemas/state/monitoring.schema.json' with { type: 'json' };
import mysqlSchema from '../../../schemas/state/mysql.schema.json' with { type: 'json' };
import networkSchema from '../../../schemas/state/network.schema.json' with { type: 'json' };
import privateLinkSchema from '../../../schemas/state/private-link.schema.json' with { type: 'json' };
import postgresqlSchema from '../../../schemas/state/postgresql.schema.json' with { type: 'json' };
import redisSchema from '../../../schemas/state/redis.schema.json' with { type: 'json' };
import roleAssignmentSchema from '../../../schemas/state/role-assignment.schema.json' with { type: 'json' };
import sqlSchema from '../../../schemas/state/sql.schema.json' with { type: 'json' };
import sqlManagedInstanceSchema from '../../../schemas/state/sql-managed-instance.schema.json' with { type: 'json' };
import storageAccountSchema from '../../../schemas/state/storage-account.schema.json' with { type: 'json' };
import applicationGatewaySchema from '../../../schemas/state/application-gateway.schema.json' with { type: 'json' };
import virtualMachineSchema from '../../../schemas/state/virtual-machine.schema.json' with { type: 'json' };
import type { ValidateFunction } from 'ajv';
import { readJsonFile } from './read-json.ts';
import { InputError } from '../../engine/errors.ts';
import { isObject } from '../../lib/json.ts';
import { ajv } from '../../engine/schema-check.ts';
import { TAG_VALUE_NOT_KEPT } from '../../state/resource.ts';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../state/snapshot.ts';

let validator: ValidateFunction<Snapshot> | undefined;

/** Compiled on first use: only `--snapshot` needs it, and compiling costs a tenth of a second. */
function snapshotValidator(): ValidateFunction<Snapshot> {
  if (validator) return validator;
  // The state's service families each keep their definitions in their own file, referenced by $id.
  for (const family of [containerRegistrySchema, gitopsSchema, keyVaultSchema, kubernetesSchema, monitoringSchema, mysqlSchema, networkSchema, privateLinkSchema, postgresqlSchema, redisSchema, roleAssignmentSchema, sqlSchema, sqlManagedInstanceSchema, storageAccountSchema, applicationGatewaySchema, virtualMachineSchema]) if (!ajv.getSchema(family.$id)) ajv.addSchema(family);
  return (validator = ajv.compile<Snapshot>(schema));
}

/**
 * The snapshot as written to disk. Literal values of container environment variables and tag
 * values are not kept: they may be credentials, and a snapshot travels further than a scan.
 * Rules still see that a literal value was set (and its name), and which tags a resource
 * carries, when a saved snapshot is evaluated.
 */
export function renderSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(snapshot, (key, value: unknown) => (key === 'env' && Array.isArray(value) ? value.map(withoutLiteral) : key === 'tags' && isObject(value) ? tagNames(value) : value)) + '\n';
}

function tagNames(tags: Record<string, unknown>): Record<string, string> {
  // fromEntries: a tag named `__proto__` stays data.
  return Object.fromEntries(Object.keys(tags).map((name) => [name, TAG_VALUE_NOT_KEPT]));
}

export const ENV_VALUE_NOT_KEPT = '<literal value, not kept in snapshots>';

function withoutLiteral(variable: unknown): unknown {
  if (variable === null || typeof variable !== 'object' || typeof (variable as { value?: unknown }).value !== 'string') return variable;
  return { ...(variable as object), value: ENV_VALUE_NOT_KEPT };
}

/** Loads a saved snapshot; anything that does not match the schema is refused with the first problem's path. */
export function readSnapshot(file: string): Snapshot {
  const value = readJsonFile(file);
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== undefined && version !== SNAPSHOT_SCHEMA_VERSION) {
    throw new InputError(file, '/schemaVersion', `snapshot schema version ${String(version)} is not supported (this aks-audit reads ${SNAPSHOT_SCHEMA_VERSION})`);
  }
  const validateSnapshot = snapshotValidator();
  if (!validateSnapshot(value)) {
    const error = validateSnapshot.errors?.[0];
    const extra = error?.keyword === 'additionalProperties' ? `/${String(error.params.additionalProperty)}` : '';
    throw new InputError(file, `${error?.instancePath || ''}${extra}` || '/', `not an aks-audit snapshot: ${error?.keyword === 'additionalProperties' ? 'unknown field' : (error?.message ?? 'invalid')}`);
  }
  return value;
}
