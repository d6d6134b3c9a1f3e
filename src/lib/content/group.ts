/**
 * Maps of lists, the one shape every index in the build and the importer uses:
 * items grouped by a key, each list in the order the items came.
 */

/** Adds `value` to the list under `key`, starting the list when it is the first. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The value under `key`, made by `make` and kept the first time it is asked for (a cache of a few values). */
export function getOrMake<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Groups items by a key, keeping their order within each group. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) pushTo(map, key(item), item);
  return map;
}
