/**
 * Building objects from untrusted names. `__proto__` (and friends) become
 * ordinary own data properties, exactly as `JSON.parse` makes them: nothing
 * is ever written to a prototype, nothing is lost, and the validator reports
 * such names as `value.forbidden-name`.
 */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

const has = Object.prototype.hasOwnProperty;

export function hasOwn(target: object, key: string): boolean {
  return has.call(target, key);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
