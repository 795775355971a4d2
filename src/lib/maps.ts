// Map helpers that indexes across the codebase share: grouping values under a key, and computing a
// value once per key.

/** Adds `value` to the list under `key`, starting the list when there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The value under `key`, made by `make` (and kept) the first time it is asked for; `map` may be a WeakMap. */
export function cached<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
