/**
 * Freezes `value` and everything inside it. Built-in templates are shared module constants; a caller
 * that adds an id or edits a copy "in place" would otherwise change the template for everyone after it.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
