/**
 * Request bodies as .NET and Ruby clients write them. UCWA matches the names
 * in a request body without regard to case, so `{"Culture": ...,
 * "EndpointId": ..., "UserAgent": ...}` is the applications POST body: it is
 * validated as if each such name had its documented spelling (so `culture`
 * is not missing), and each renaming is reported once by the caller.
 *
 * Runs only when the compiled validator has rejected the body. The original
 * value is never changed: renamed objects are copied along their path.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import type { JsonSchema } from '../schema/types.js';
import { escapePointer, splitPointer } from '../codec/pointer.js';
import { describe, mapErrors, type MappingContext } from './messages.js';
import { lenient } from './policy.js';

/** One name written in another case than the model's. */
export interface Renamed {
  /** Pointer of the member as written, in the original value. */
  pointer: string;
  written: string;
  documented: string;
}

export interface Folded {
  /** The value with the documented spellings: what ajv validated last (its errors are in `errors`). */
  value: unknown;
  errors: readonly ErrorObject[];
  renamed: Renamed[];
  /** A pointer into `value` as a pointer into the original value. */
  toOriginal(pointer: string): string;
}

/**
 * The diagnostics of a request body that `fn` rejected with `errors`: those
 * of the body with the documented spellings, placed on the names as written,
 * and one `schema.name-case` per name written in another case.
 */
export function requestDiagnostics(fn: ValidateFunction, errors: readonly ErrorObject[], ctx: MappingContext): (Diagnostic & { atName?: boolean })[] {
  const folded = foldRequestNames(ctx.root, fn, errors);
  if (!folded) return mapErrors(errors, ctx);
  const out: (Diagnostic & { atName?: boolean })[] = folded.renamed.map((r) => {
    const subject = describe(ctx.root, splitPointer(r.pointer), ctx.label).text;
    const message = `${subject} is spelt \`${r.documented}\` in the model (UCWA matches request-body names ignoring case)`;
    return { ...diagnostic('schema.name-case', message, { path: ctx.prefix + r.pointer }, lenient(ctx.strict)), atName: true };
  });
  for (const d of mapErrors(folded.errors, { ...ctx, root: folded.value })) {
    out.push({ ...d, path: ctx.prefix + folded.toOriginal(d.path.slice(ctx.prefix.length)) });
  }
  return out;
}

/** Renaming inside renamed members can go this deep; request bodies are flat or nearly so. */
const MAX_ROUNDS = 8;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates `value` with `fn` again after giving each name that differs from
 * a declared one only in case the declared spelling; undefined when there is
 * no such name (the caller keeps the errors of the first run).
 */
export function foldRequestNames(value: unknown, fn: ValidateFunction, errors: readonly ErrorObject[]): Folded | undefined {
  let current = value;
  let currentErrors = errors;
  const renamed: Renamed[] = [];
  /** Pointer in the folded value -> the member name as written. */
  const written = new Map<string, string>();
  const toOriginal = (pointer: string) => originalPointer(pointer, written);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const error of currentErrors) {
      const target = caseTarget(error, current);
      if (target === undefined) continue;
      current = renameAt(current, splitPointer(error.instancePath), target.from, target.to);
      const folded = `${error.instancePath}/${escapePointer(target.to)}`;
      renamed.push({ pointer: toOriginal(`${error.instancePath}/${escapePointer(target.from)}`), written: target.from, documented: target.to });
      written.set(folded, target.from);
      changed = true;
    }
    if (!changed) break;
    currentErrors = fn(current) ? [] : [...(fn.errors ?? [])];
  }
  if (renamed.length === 0) return undefined;
  return { value: current, errors: currentErrors, renamed, toOriginal };
}

/** For an unknown-name error: the declared name it matches ignoring case, when exactly one does and it is absent. */
function caseTarget(error: ErrorObject, root: unknown): { from: string; to: string } | undefined {
  if (error.keyword !== 'additionalProperties') return undefined;
  const from = String((error.params as { additionalProperty?: unknown }).additionalProperty);
  const declared = Object.keys((error.parentSchema as JsonSchema | undefined)?.properties ?? {});
  const lower = from.toLowerCase();
  const matches = declared.filter((d) => d !== from && d.toLowerCase() === lower);
  const node = nodeAt(root, splitPointer(error.instancePath));
  if (matches.length !== 1 || !isPlainObject(node) || Object.hasOwn(node, matches[0]!)) return undefined;
  return { from, to: matches[0]! };
}

function nodeAt(root: unknown, segments: string[]): unknown {
  let node = root;
  for (const s of segments) node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[s] : undefined;
  return node;
}

/** A copy of `node` with the member `from` of the object at `segments` renamed `to`, in place (order kept). */
function renameAt(node: unknown, segments: string[], from: string, to: string): unknown {
  if (segments.length === 0) {
    // fromEntries defines own members: a `__proto__` key stays a plain member.
    return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k === from ? to : k, v]));
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = renameAt(copy[Number(head)], rest, from, to);
    return copy;
  }
  const record = node as Record<string, unknown>;
  return { ...record, [head]: renameAt(record[head], rest, from, to) };
}

/** Maps each segment of a folded pointer back to the name as written. */
function originalPointer(pointer: string, written: ReadonlyMap<string, string>): string {
  if (written.size === 0) return pointer;
  let folded = '';
  let original = '';
  for (const segment of splitPointer(pointer)) {
    folded += `/${escapePointer(segment)}`;
    original += `/${escapePointer(written.get(folded) ?? segment)}`;
  }
  return original;
}
