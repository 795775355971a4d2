import { isObject } from '../../adapters/arm/properties.ts';

/**
 * The types of the pod spec fields rules read, as the API server would check them. Objects from
 * files never met an API server: `privileged: "true"`, `runAsUser: "1000"` or `containers: null`
 * would be refused on apply, so such a workload is neither safe nor unsafe, and rules must not
 * read `"true"` as "not true". A present field of the wrong type makes the workload unknown;
 * fields no rule reads, and unknown fields, are not checked (null is "unset", as in the API).
 */

/** A JSON type, an object's known fields, a list of one shape, or a map of string keys to one shape. */
type Shape = 'boolean' | 'integer' | 'string' | 'quantity' | { [field: string]: Shape } | ['list', Shape] | ['map', Shape];

const STRINGS: Shape = ['list', 'string'];
const NAMED = { name: 'string' } as const;
const KEY_REF = { name: 'string', key: 'string', optional: 'boolean' } as const;
const SECURITY_COMMON = { runAsUser: 'integer', runAsGroup: 'integer', runAsNonRoot: 'boolean', seccompProfile: { type: 'string', localhostProfile: 'string' } } as const;
const CONTAINER_SECURITY: Shape = {
  ...SECURITY_COMMON,
  privileged: 'boolean',
  allowPrivilegeEscalation: 'boolean',
  readOnlyRootFilesystem: 'boolean',
  capabilities: { add: STRINGS, drop: STRINGS },
};
const POD_SECURITY: Shape = { ...SECURITY_COMMON, fsGroup: 'integer', supplementalGroups: ['list', 'integer'] };
const CONTAINER: Shape = {
  name: 'string',
  image: 'string',
  env: ['list', { name: 'string', value: 'string', valueFrom: { secretKeyRef: KEY_REF, configMapKeyRef: KEY_REF } }],
  envFrom: ['list', { prefix: 'string', secretRef: NAMED, configMapRef: NAMED }],
  ports: ['list', { containerPort: 'integer', hostPort: 'integer', hostIP: 'string', protocol: 'string' }],
  resources: { limits: ['map', 'quantity'], requests: ['map', 'quantity'] },
  securityContext: CONTAINER_SECURITY,
  volumeMounts: ['list', { name: 'string', mountPath: 'string', readOnly: 'boolean' }],
};
const VOLUME: Shape = {
  name: 'string',
  hostPath: { path: 'string', type: 'string' },
  secret: { secretName: 'string' },
  csi: { driver: 'string' },
  projected: { sources: ['list', { secret: NAMED }] },
};
export const POD_SPEC: Shape = {
  containers: ['list', CONTAINER],
  initContainers: ['list', CONTAINER],
  ephemeralContainers: ['list', CONTAINER],
  hostNetwork: 'boolean',
  hostPID: 'boolean',
  hostIPC: 'boolean',
  automountServiceAccountToken: 'boolean',
  serviceAccountName: 'string',
  serviceAccount: 'string',
  securityContext: POD_SECURITY,
  volumes: ['list', VOLUME],
};
/** A pod's or a pod template's metadata: its labels select it for NetworkPolicies. */
export const POD_METADATA: Shape = { name: 'string', namespace: 'string', labels: ['map', 'string'] };

/** The first field of `value` (at JSON path `path`) whose type is not the shape's, in words; null when all are. */
export function shapeProblem(value: unknown, shape: Shape, path: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof shape === 'string') return fits(value, shape) ? null : `${path} is ${describeType(value)}, not ${ARTICLE[shape]}`;
  if (Array.isArray(shape)) {
    const [form, item] = shape;
    if (form === 'list') {
      if (!Array.isArray(value)) return `${path} is ${describeType(value)}, not a list`;
      for (const [i, element] of value.entries()) {
        const problem = element === null ? `${path}[${i}] is null` : shapeProblem(element, item, `${path}[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    if (!isObject(value)) return `${path} is ${describeType(value)}, not a map`;
    for (const [key, element] of Object.entries(value)) {
      const problem = shapeProblem(element, item, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  }
  if (!isObject(value)) return `${path} is ${describeType(value)}, not an object`;
  for (const [field, fieldShape] of Object.entries(shape)) {
    const problem = shapeProblem(value[field], fieldShape, `${path}.${field}`);
    if (problem) return problem;
  }
  return null;
}

const ARTICLE: Record<'boolean' | 'integer' | 'string' | 'quantity', string> = { boolean: 'a boolean', integer: 'an integer', string: 'a string', quantity: 'a quantity' };

function fits(value: unknown, type: 'boolean' | 'integer' | 'string' | 'quantity'): boolean {
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'string') return typeof value === 'string';
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** `a string`, `a number`, `a list`: the type found, never the value (it may be a secret). */
export function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}
