import { isObject } from '../../lib/json.ts';

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

/** A compiled shape: the first mismatch in a value (path segments, innermost first, and what it is), or null. */
type Check = (value: unknown) => Mismatch | null;
interface Mismatch {
  at: string[];
  problem: string;
}

/** Checks compiled once per shape: the walk runs for every workload of large clusters. */
const COMPILED = new WeakMap<object, Check>();

/** The first field of `value` (at JSON path `path`) whose type is not the shape's, in words; null when all are. */
export function shapeProblem(value: unknown, shape: Shape, path: string): string | null {
  const found = compile(shape)(value);
  return found && `${path}${found.at.reverse().join('')} ${found.problem}`;
}

/** Null is "unset" everywhere; paths are built only for a mismatch, on the way out. */
function compile(shape: Shape): Check {
  if (typeof shape === 'string') {
    const fits = FITS[shape];
    return (value) => (value === null || fits(value) ? null : { at: [], problem: `is ${describeType(value)}, not ${ARTICLE[shape]}` });
  }
  const known = COMPILED.get(shape);
  if (known) return known;
  const check = Array.isArray(shape) ? collection(shape[0], compile(shape[1])) : fields(Object.keys(shape), Object.values(shape).map(compile));
  COMPILED.set(shape, check);
  return check;
}

function fields(names: string[], checks: Check[]): Check {
  return (value) => {
    if (value === null || value === undefined) return null;
    if (!isObject(value)) return { at: [], problem: `is ${describeType(value)}, not an object` };
    for (let i = 0; i < names.length; i++) {
      const field = value[names[i]!];
      if (field === undefined) continue;
      const found = checks[i]!(field);
      if (found) return (found.at.push(`.${names[i]!}`), found);
    }
    return null;
  };
}

function collection(form: 'list' | 'map', item: Check): Check {
  if (form === 'list') {
    return (value) => {
      if (value === null || value === undefined) return null;
      if (!Array.isArray(value)) return { at: [], problem: `is ${describeType(value)}, not a list` };
      for (let i = 0; i < value.length; i++) {
        const found = value[i] === null ? { at: [], problem: 'is null' } : item(value[i]);
        if (found) return (found.at.push(`[${i}]`), found);
      }
      return null;
    };
  }
  return (value) => {
    if (value === null || value === undefined) return null;
    if (!isObject(value)) return { at: [], problem: `is ${describeType(value)}, not a map` };
    for (const key in value) {
      const found = item(value[key]);
      if (found) return (found.at.push(`.${key}`), found);
    }
    return null;
  };
}

const ARTICLE: Record<'boolean' | 'integer' | 'string' | 'quantity', string> = { boolean: 'a boolean', integer: 'an integer', string: 'a string', quantity: 'a quantity' };

const FITS: Record<'boolean' | 'integer' | 'string' | 'quantity', (value: unknown) => boolean> = {
  boolean: (value) => typeof value === 'boolean',
  integer: (value) => Number.isInteger(value),
  string: (value) => typeof value === 'string',
  quantity: (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
};

/** `a string`, `a number`, `a list`: the type found, never the value (it may be a secret). */
export function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}
