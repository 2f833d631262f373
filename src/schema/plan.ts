/**
 * Run-time view of the schema bundle for the codecs: which rel names which
 * type, and per type the kind of every property, the cardinality of every
 * link and embedded entry, and the type of each embedded resource.
 *
 * Plans are built lazily per definition and cached. Nothing here assumes a
 * fixed catalogue: placeholders (no rel const, no properties) simply give
 * empty plans, and unknown names give `undefined`.
 */
import { bundle as defaultBundle } from '../generated/schema-bundle.js';
import type { JsonSchema, SchemaBundle } from './types.js';

export type ValueKind = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'object' | 'any';

/** How a property value is written: its scalar kind, list or not, object type if any. */
export interface ValueShape {
  kind: ValueKind;
  array: boolean;
  /** Definition describing an object value (or object items), when known. */
  type?: string;
  /** `null` is allowed (for the value, or for the items of a list). */
  nullable: boolean;
}

export interface EmbeddedShape {
  array: boolean;
  /** Type name of the embedded resource (may be an alias; planFor resolves it). */
  type?: string;
}

export interface Plan {
  /** Definition name after alias resolution. */
  name: string;
  /** ucwaKind of the definition (of the alias when the name was an alias). */
  kind?: string;
  page?: string;
  /** The resource's own rel (`properties.rel.const`), when the model knows it. */
  rel?: string;
  operation?: string;
  properties: ReadonlyMap<string, ValueShape>;
  /** Regular expressions of pattern-named properties (the GUID PUT token). */
  patterns: readonly RegExp[];
  links: ReadonlyMap<string, 'single' | 'array'>;
  embedded: ReadonlyMap<string, EmbeddedShape>;
}

export interface Planner {
  readonly bundle: SchemaBundle;
  /** Type name of the resource whose own rel is `rel`. */
  typeForRel(rel: string): string | undefined;
  /** Type name for a type name, a page name or a rel, in that order of preference. */
  resolveType(nameOrRelOrPage: string): string | undefined;
  /** Plan of a definition (aliases followed), cached. */
  planFor(typeName: string): Plan | undefined;
  /**
   * Shape of a property of a plan (pattern-named properties are strings); undefined when unknown.
   * Request bodies match names without regard to case, as UCWA does (`Culture` is `culture`).
   */
  propertyShape(plan: Plan | undefined, name: string): ValueShape | undefined;
}

const REF_PREFIX = '#/definitions/';
const MAX_ALIAS_CHAIN = 32;

function refName(schema: JsonSchema | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined;
}

export function createPlanner(bundle: SchemaBundle): Planner {
  const defs = bundle.definitions ?? {};
  const own = (name: string): JsonSchema | undefined =>
    Object.prototype.hasOwnProperty.call(defs, name) ? defs[name] : undefined;

  /** Follows `$ref` chains; returns the final definition name and schema. */
  function follow(name: string): { name: string; schema: JsonSchema } | undefined {
    let current = name;
    for (let i = 0; i < MAX_ALIAS_CHAIN; i++) {
      const schema = own(current);
      if (!schema) return undefined;
      const next = refName(schema);
      if (!next) return { name: current, schema };
      current = next;
    }
    return undefined; // a cycle of aliases
  }

  /** Resolves a property schema's `$ref`s (keeping the definition name of objects). */
  function deref(schema: JsonSchema | undefined): { schema?: JsonSchema; name?: string } {
    let name: string | undefined;
    let s = schema;
    for (let i = 0; i < MAX_ALIAS_CHAIN && s; i++) {
      const next = refName(s);
      if (!next) break;
      name = next;
      s = own(next);
    }
    return { schema: s, name };
  }

  function relOf(schema: JsonSchema): string | undefined {
    const c = schema.properties?.rel?.const;
    return typeof c === 'string' ? c : undefined;
  }

  // rel -> type and page -> type tables, built once.
  const byRel = new Map<string, string>();
  const byPage = new Map<string, string>();
  const relScore = new Map<string, number>();
  for (const [name, def] of Object.entries(defs)) {
    if (def.ucwaKind !== 'resource') continue;
    const page = typeof def.ucwaPage === 'string' ? def.ucwaPage : undefined;
    if (page && !byPage.has(page)) byPage.set(page, name);
    const target = follow(name);
    const rel = target && relOf(target.schema);
    if (!rel) continue;
    // Several types may share a rel: prefer the page named like the rel, then a real (non-alias) type.
    const score = (page === rel ? 2 : 0) + (target.name === name ? 1 : 0);
    if (score > (relScore.get(rel) ?? -1)) {
      relScore.set(rel, score);
      byRel.set(rel, name);
    }
  }
  for (const [name, def] of Object.entries(defs)) {
    const page = typeof def.ucwaPage === 'string' ? def.ucwaPage : undefined;
    if (page && !byPage.has(page) && def.ucwaKind !== 'enum') byPage.set(page, name);
  }

  function shapeOf(schema: JsonSchema | undefined, depth = 0): ValueShape {
    const { schema: s, name } = deref(schema);
    if (!s || depth > 8) return { kind: 'any', array: false, nullable: false };
    if (Array.isArray(s.anyOf)) return unionShape(s.anyOf, depth);
    const types = Array.isArray(s.type) ? s.type : s.type !== undefined ? [s.type] : [];
    const nullable = types.includes('null');
    const nonNull = types.filter((t) => t !== 'null');
    if (nonNull.length > 1) return { kind: 'any', array: false, nullable };
    const type = nonNull[0] ?? inferType(s);
    if (s.ucwaType === 'date') return { kind: 'date', array: false, nullable };
    switch (type) {
      case 'array': {
        const item = shapeOf(s.items, depth + 1);
        const out: ValueShape = { kind: item.array ? 'any' : item.kind, array: true, nullable: item.nullable };
        if (item.type) out.type = item.type;
        return out;
      }
      case 'object': {
        const out: ValueShape = { kind: 'object', array: false, nullable };
        const type = name ?? (s.properties ? inlineName(s) : undefined);
        if (type) out.type = type;
        return out;
      }
      case 'integer':
      case 'number':
      case 'boolean':
      case 'string':
        return { kind: type, array: false, nullable };
      default:
        return { kind: 'any', array: false, nullable };
    }
  }

  function inferType(s: JsonSchema): string | undefined {
    const sample = s.const !== undefined ? [s.const] : s.enum;
    if (!sample?.length) return s.properties ? 'object' : undefined;
    const kinds = new Set(sample.map((v) => (typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v)));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }

  function unionShape(branches: JsonSchema[], depth: number): ValueShape {
    let nullable = false;
    const shapes: ValueShape[] = [];
    for (const b of branches) {
      if (b.type === 'null') nullable = true;
      else shapes.push(shapeOf(b, depth + 1));
    }
    const [first] = shapes;
    if (!first) return { kind: 'any', array: false, nullable };
    // Only a union of one kind can be told apart in XML text; mixed unions read as strings.
    const same = shapes.every((s) => s.kind === first.kind && s.array === first.array);
    if (!same) return { kind: 'any', array: false, nullable };
    return { ...first, nullable: nullable || first.nullable };
  }

  const cache = new Map<string, Plan | null>();
  // Object schemas written inline (no definition of their own) get a plan under a synthetic name.
  const inline = new Map<string, JsonSchema>();
  const inlineNames = new Map<JsonSchema, string>();
  function inlineName(schema: JsonSchema): string {
    let name = inlineNames.get(schema);
    if (!name) {
      name = `#inline/${inlineNames.size}`;
      inlineNames.set(schema, name);
      inline.set(name, schema);
    }
    return name;
  }

  function build(typeName: string): Plan | null {
    const inlineSchema = inline.get(typeName);
    const target = inlineSchema ? { name: typeName, schema: inlineSchema } : follow(typeName);
    if (!target) return null;
    const alias = inlineSchema ?? own(typeName)!;
    const s = target.schema;
    const properties = new Map<string, ValueShape>();
    const links = new Map<string, 'single' | 'array'>();
    const embedded = new Map<string, EmbeddedShape>();
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      if (key === '_links') {
        for (const [rel, link] of Object.entries(deref(prop).schema?.properties ?? {})) {
          links.set(rel, deref(link).schema?.type === 'array' ? 'array' : 'single');
        }
      } else if (key === '_embedded') {
        for (const [rel, entry] of Object.entries(deref(prop).schema?.properties ?? {})) {
          const { schema: e, name } = deref(entry);
          if (e?.type === 'array') {
            const item = refName(e.items) ?? deref(e.items).name;
            embedded.set(rel, item ? { array: true, type: item } : { array: true });
          } else {
            embedded.set(rel, name ? { array: false, type: name } : { array: false });
          }
        }
      } else if (key !== 'rel') {
        properties.set(key, shapeOf(prop));
      }
    }
    const patterns: RegExp[] = [];
    for (const source of Object.keys(s.patternProperties ?? {})) {
      try {
        patterns.push(new RegExp(source));
      } catch {
        // a pattern the engine cannot compile names nothing we can recognise
      }
    }
    const plan: Plan = { name: target.name, properties, patterns, links, embedded };
    const kind = alias.ucwaKind ?? s.ucwaKind;
    if (typeof kind === 'string') plan.kind = kind;
    const page = alias.ucwaPage ?? s.ucwaPage;
    if (typeof page === 'string') plan.page = page;
    const operation = alias.ucwaOperation ?? s.ucwaOperation;
    if (typeof operation === 'string') plan.operation = operation;
    const rel = relOf(s);
    if (rel) plan.rel = rel;
    return plan;
  }

  return {
    bundle,
    typeForRel: (rel) => byRel.get(rel),
    resolveType(x) {
      if (own(x)) return x;
      const byName = x.length ? x[0]!.toUpperCase() + x.slice(1) : x;
      return byPage.get(x) ?? byRel.get(x) ?? (own(byName) ? byName : undefined);
    },
    planFor(typeName) {
      let plan = cache.get(typeName);
      if (plan === undefined) {
        plan = build(typeName);
        cache.set(typeName, plan);
      }
      return plan ?? undefined;
    },
    propertyShape(plan, name) {
      if (!plan) return undefined;
      const shape = plan.properties.get(name);
      if (shape) return shape;
      if (plan.patterns.some((p) => p.test(name))) return STRING;
      return plan.kind === 'request' ? caselessProperties(plan).get(name.toLowerCase()) : undefined;
    },
  };
}

const STRING: ValueShape = { kind: 'string', array: false, nullable: false };

const caseless = new WeakMap<Plan, Map<string, ValueShape>>();

/** A request plan's properties by lower-case name (the first spelling wins if two differ only in case). */
function caselessProperties(plan: Plan): Map<string, ValueShape> {
  let map = caseless.get(plan);
  if (!map) {
    map = new Map();
    for (const [name, shape] of plan.properties) if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), shape);
    caseless.set(plan, map);
  }
  return map;
}

let shared: Planner | undefined;

/** The planner over the bundle generated from src/model/. */
export function defaultPlanner(): Planner {
  return (shared ??= createPlanner(defaultBundle));
}

export const typeForRel = (rel: string): string | undefined => defaultPlanner().typeForRel(rel);
export const resolveType = (name: string): string | undefined => defaultPlanner().resolveType(name);
export const planFor = (typeName: string): Plan | undefined => defaultPlanner().planFor(typeName);
