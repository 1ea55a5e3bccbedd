/**
 * A lookup table for keys that come from data (a breadcrumb type, a platform, a search term):
 * prototype-less, so `constructor`, `toString` or `__proto__` in input find nothing instead of
 * `Object`'s own members. Cheaper to read than a `Map` and written as an object literal.
 */
/* @__NO_SIDE_EFFECTS__ */
export function knownKeys<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
