/**
 * The validation policy for what the model does not know, decided here and
 * nowhere else (README, "What validation accepts"):
 *
 * - a name or enumeration member that matches the model, or the `extra`
 *   names the caller accepts, is fine;
 * - one that is near a name of that place (near.ts: another case, or one
 *   edit) is a typo: an error in every mode, with "did you mean";
 * - one that matches nothing is a warning (UCWA adds members and properties
 *   over time), an error in strict mode;
 * - request bodies as real clients write them: a name in another case than
 *   the documented one (UCWA matches request-body names ignoring case) and an
 *   ISO 8601 date in JSON are warnings, errors in strict mode.
 *
 * Nothing here runs on the valid path: only when ajv has reported errors.
 */
import type { Severity } from '../diagnostic.js';
import { bundle } from '../generated/schema-bundle.js';
import { canonicalType, lookupType } from './names.js';
import { nearest } from './near.js';

/**
 * Extra enumeration members and names to accept, keyed by an enumeration
 * (`Availability`) or a resource (a type name, page name or rel: `note`).
 * A resource's entries are accepted as property, link or embedded names.
 */
export type ValidationExtra = Readonly<Record<string, readonly string[]>>;

/** `extra` with its keys resolved to definitions of the model (aliases followed). */
export interface ResolvedExtra {
  /** Accepted names for the definition `typeName` (an enumeration or a resource). */
  namesFor(typeName: string | undefined): ReadonlySet<string> | undefined;
}

/** Judgement of one unknown name or member; undefined when it is accepted. */
export interface Verdict {
  severity: Severity;
  /** Known names it is near, closest first; empty when it is near none. */
  nearMisses: string[];
}

const NONE: ReadonlySet<string> = new Set();
const resolved = new WeakMap<ValidationExtra, ResolvedExtra>();

/**
 * Resolves `extra` once per object. Keys that name nothing in the model are
 * ignored here (the settings reader reports them with a suggestion).
 */
export function resolveExtra(extra: ValidationExtra | undefined): ResolvedExtra | undefined {
  if (extra === undefined || extra === null || typeof extra !== 'object') return undefined;
  let out = resolved.get(extra);
  if (out) return out;
  const byType = new Map<string, Set<string>>();
  for (const [key, names] of Object.entries(extra)) {
    const found = lookupType(key, 'document-or-enum');
    if (found.type === undefined || !Array.isArray(names)) continue;
    const type = canonicalType(found.type);
    const set = byType.get(type) ?? new Set<string>();
    for (const name of names) if (typeof name === 'string') set.add(name);
    byType.set(type, set);
  }
  out = { namesFor: (typeName) => (typeName === undefined ? undefined : byType.get(canonicalType(typeName))) };
  resolved.set(extra, out);
  return out;
}

/** Severity of what matches nothing known, and of the tolerated request-body spellings. */
export function lenient(strict: boolean): Severity {
  return strict ? 'error' : 'warning';
}

/**
 * Judges `name`, unknown at a place whose known names are `known` (the
 * members of one enumeration, the properties of one object...) and whose
 * accepted extras are `extra`.
 */
export function judgeUnknown(name: string, known: Iterable<string>, extra: ReadonlySet<string> | undefined, strict: boolean): Verdict | undefined {
  const accepted = extra ?? NONE;
  if (accepted.has(name)) return undefined;
  const nearMisses = nearest(name, accepted.size ? [...known, ...accepted] : known);
  return { severity: nearMisses.length ? 'error' : lenient(strict), nearMisses };
}

/** Whether definition `typeName` is a request body (the names of which UCWA matches ignoring case). */
export function isRequestBody(typeName: string): boolean {
  return bundle.definitions[typeName]?.ucwaKind === 'request';
}
