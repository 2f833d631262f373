/**
 * Finding a type of the model by the name a person types: a type name
 * (`Note`), a page name (`note`) or a rel, as the schema plan resolves them;
 * else the same name in another case when every spelling of it names one
 * type (`NOTE`, `notepostinput`); else nothing, with the near names to
 * suggest (`notee` -> `note`). Used by the command line (`--resource`,
 * `ucwa schema`), the settings and the `resource` and `extra` options.
 *
 * The index of names is built on the first lookup that is not exact, so the
 * usual exact lookup costs what resolveType costs.
 */
import { bundle } from '../generated/schema-bundle.js';
import { planFor, resolveType } from '../schema/plan.js';
import { nearest } from './near.js';

/** What a name is looked up as: a document type (resource, request, error...) or also an enumeration. */
export type NameKind = 'document' | 'document-or-enum';

/** The type a name resolves to, or why none: other types it may mean. */
export type TypeLookup = { type: string } | { type?: undefined; suggestions: string[] };

/** ucwaKind of the definitions a document can be validated as. */
export const DOCUMENT_KINDS = new Set(['resource', 'request', 'error', 'events', 'options', 'response']);

interface NameIndex {
  /** Every name (type, page, rel) of the kinds asked for, by its lower case. */
  byLower: Map<string, string[]>;
  names: string[];
}

const indexes = new Map<NameKind, NameIndex>();

function indexOf(kind: NameKind): NameIndex {
  let index = indexes.get(kind);
  if (index) return index;
  const names = new Set<string>();
  for (const [name, def] of Object.entries(bundle.definitions)) {
    const k = typeof def.ucwaKind === 'string' ? def.ucwaKind : '';
    if (!DOCUMENT_KINDS.has(k) && !(kind === 'document-or-enum' && k === 'enum')) continue;
    names.add(name);
    if (typeof def.ucwaPage === 'string') names.add(def.ucwaPage);
    const rel = planFor(name)?.rel;
    if (rel !== undefined) names.add(rel);
  }
  const byLower = new Map<string, string[]>();
  for (const name of names) {
    if (resolveType(name) === undefined) continue;
    const key = name.toLowerCase();
    byLower.set(key, [...(byLower.get(key) ?? []), name]);
  }
  index = { byLower, names: [...byLower.values()].flat() };
  indexes.set(kind, index);
  return index;
}

/** The real type behind an alias (`Organizer` -> `Contact`): two names that reach it name one thing. */
export function canonicalType(typeName: string): string {
  return planFor(typeName)?.name ?? typeName;
}

/**
 * The definition `name` names: exactly as resolveType finds it, else
 * ignoring case when that names one type, else the near names.
 */
export function lookupType(name: string, kind: NameKind = 'document'): TypeLookup {
  const exact = resolveType(name);
  if (exact !== undefined) return { type: exact };
  const index = indexOf(kind);
  const sameLetters = index.byLower.get(name.toLowerCase()) ?? [];
  const types = new Set(sameLetters.map((n) => canonicalType(resolveType(n)!)));
  if (types.size === 1) return { type: resolveType(sameLetters[0]!)! };
  if (sameLetters.length > 0) return { suggestions: sameLetters.slice(0, 3) };
  return { suggestions: onePerType(nearest(name, index.names, 12)).slice(0, 3) };
}

/** Keeps the first name of each type: `Note`, `note` and `NOTE` are one suggestion. */
function onePerType(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const type = canonicalType(resolveType(n)!);
    if (seen.has(type)) return false;
    seen.add(type);
    return true;
  });
}

let rels: string[] | undefined;

/** Every rel of the model (the own rel of a resource type), found once. */
export function modelRels(): readonly string[] {
  return (rels ??= [...new Set(Object.keys(bundle.definitions).flatMap((name) => planFor(name)?.rel ?? []))]);
}

/** The rels of the model near `rel` (an unknown rel is an error already; this only says what it may mean). */
export function nearRels(rel: string): string[] {
  return nearest(rel, modelRels());
}
