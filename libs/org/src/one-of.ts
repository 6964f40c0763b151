/** Narrows an unknown value (from a token, a request, a file) to one of a fixed list of names. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
