/**
 * Structural comparison of two decoded values, for fixture twins
 * (`name.xml` and `name.json` that must say the same thing). Reports each
 * difference at the deepest JSON pointer where the two values part.
 */
import { diagnostic, type Diagnostic } from '../diagnostic.js';

export interface Difference {
  /** JSON pointer of the first place the values disagree. */
  path: string;
  left: unknown;
  right: unknown;
}

const MISSING = Symbol('missing');

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every place where `left` and `right` differ (object key order is ignored). */
export function differences(left: unknown, right: unknown, limit = 100): Difference[] {
  const out: Difference[] = [];
  // Explicit stack: twins come from user files and may nest deeply.
  const stack: Array<[string, unknown, unknown]> = [['', left, right]];
  while (stack.length && out.length < limit) {
    const [path, a, b] = stack.pop()!;
    if (Object.is(a, b)) continue;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) {
        out.push({ path, left: a, right: b });
        continue;
      }
      for (let i = a.length - 1; i >= 0; i--) stack.push([`${path}/${i}`, a[i], b[i]]);
    } else if (isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().reverse();
      for (const key of keys) {
        const av = Object.hasOwn(a, key) ? a[key] : MISSING;
        const bv = Object.hasOwn(b, key) ? b[key] : MISSING;
        stack.push([`${path}/${escapeToken(key)}`, av, bv]);
      }
    } else {
      out.push({ path, left: a, right: b });
    }
  }
  return out;
}

function show(value: unknown): string {
  if (value === MISSING) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Differences between twins as diagnostics naming the pointer and both values. */
export function twinDiagnostics(
  left: unknown,
  right: unknown,
  names: { left: string; right: string },
): Diagnostic[] {
  return differences(left, right).map((d) =>
    diagnostic(
      'twin.mismatch',
      `${names.left} and ${names.right} disagree at ${d.path || '(root)'}: ${names.left} has ${show(d.left)}, ${names.right} has ${show(d.right)}`,
      { path: d.path },
    ),
  );
}
