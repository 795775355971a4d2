/** A Kubernetes version as AKS spells it: `1.33.7`, or a minor alias such as `1.33`. */
export interface KubernetesVersion {
  major: number;
  minor: number;
  /** Null for a minor alias. */
  patch: number | null;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/;

/** Parses `1.33.7`, `1.33` or `v1.33.7`; null for anything else. */
export function parseKubernetesVersion(text: string): KubernetesVersion | null {
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? null : Number(m[3]) };
}

/** `1.33`: the key the support calendar is indexed by. */
export function minorOf(v: KubernetesVersion): string {
  return `${v.major}.${v.minor}`;
}

/** How many minors `a` is ahead of `b` (negative when behind); majors count as 1000 minors. */
export function minorsAhead(a: KubernetesVersion, b: KubernetesVersion): number {
  return (a.major - b.major) * 1000 + (a.minor - b.minor);
}
