/** RFC 6901: the path of a value inside a JSON document, for errors and evidence. */
export function childPointer(parent: string, key: string | number): string {
  // Built for every node read, so the common keys (indexes, property names) skip the escaping.
  if (typeof key === 'number' || (!key.includes('~') && !key.includes('/'))) return `${parent}/${key}`;
  return `${parent}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
