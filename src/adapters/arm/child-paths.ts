/**
 * Where a child or extension resource sits, as evidence on its parent names it: its id relative
 * to the parent's (`firewallRules/AllowAll`, `providers/Microsoft.Security/securityContacts/default`),
 * since a finding already names the parent; the full id when it is not under the parent.
 */
export function relativeId(parentId: string, childId: string): string {
  const n = parentId.length;
  return childId.length > n + 1 && childId[n] === '/' && childId.slice(0, n).toLowerCase() === parentId.toLowerCase() ? childId.slice(n + 1) : childId;
}

/** The source path of a child's body on its parent: `auditingSettings/default#properties`. */
export function childBody(parentId: string, childId: string): string {
  return `${relativeId(parentId, childId)}#properties`;
}

/**
 * Provenance entries for a list of children held in a state field of their parent: entry `i`
 * of `field` is read from the child at `at(child)`. Per resource, on top of the kind's table.
 */
export function childEntries<C>(field: string, children: readonly C[], at: (child: C) => string): Record<string, string> {
  return Object.fromEntries(children.map((child, i) => [`${field}.${i}`, at(child)]));
}

/** The kind's table, extended with per-resource entries when there are any (most resources share the table). */
export function withEntries(table: Readonly<Record<string, string>>, ...entries: Record<string, string>[]): Readonly<Record<string, string>> {
  const extra = Object.assign({}, ...entries) as Record<string, string>;
  return Object.keys(extra).length ? { ...table, ...extra } : table;
}
