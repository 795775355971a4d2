/** RFC 6901: the path of a value inside a JSON document, for errors and evidence. */
export function childPointer(parent: string, key: string | number): string {
  return `${parent}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}
