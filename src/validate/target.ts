/**
 * Which definition of the bundle a value is validated against: the one
 * named by `options.resource`, else the one of the value's `rel`, else the
 * event channel or the error body when the value has their shape.
 */
import { bundle } from '../generated/schema-bundle.js';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import type { JsonSchema } from '../schema/types.js';

export interface Target {
  typeName: string;
  /** Name used in messages: the rel, else the page, else the type name. */
  label: string;
  /** The event channel: embedded resources are validated one by one. */
  events: boolean;
}

interface Index {
  byRel: Map<string, string>;
  byPage: Map<string, string>;
  errorType?: string;
}

let index: Index | undefined;

/** One pass over the definitions, on first use. */
function buildIndex(): Index {
  const byRel = new Map<string, string>();
  const byPage = new Map<string, string>();
  let errorType: string | undefined;
  for (const [name, def] of Object.entries(bundle.definitions)) {
    const rel = ownRel(def);
    if (rel !== undefined && !byRel.has(rel)) byRel.set(rel, name);
    const page = def.ucwaPage;
    if (typeof page === 'string') {
      // A page's resource type wins over its request bodies.
      const taken = byPage.get(page);
      if (taken === undefined || (def.ucwaKind === 'resource' && bundle.definitions[taken]?.ucwaKind !== 'resource')) {
        byPage.set(page, name);
      }
    }
    if (def.ucwaKind === 'error' && errorType === undefined && def.properties?.code) errorType = name;
  }
  // Pages are rels too when no resource claims the rel with a literal.
  for (const [page, name] of byPage) {
    if (!byRel.has(page) && bundle.definitions[name]?.ucwaKind === 'resource') byRel.set(page, name);
  }
  return { byRel, byPage, errorType };
}

function ownRel(def: JsonSchema): string | undefined {
  const rel = def.properties?.rel;
  if (rel && typeof rel.const === 'string') return rel.const;
  if (rel && Array.isArray(rel.enum) && rel.enum.length === 1 && typeof rel.enum[0] === 'string') return rel.enum[0];
  return undefined;
}

function idx(): Index {
  return (index ??= buildIndex());
}

/** Type name for a type name, a page name or a rel (in that order). */
export function resolveType(name: string): string | undefined {
  if (Object.hasOwn(bundle.definitions, name)) return name;
  return idx().byPage.get(name) ?? idx().byRel.get(name);
}

export function typeForRel(rel: string): string | undefined {
  return idx().byRel.get(rel);
}

function labelOf(typeName: string, value: unknown): string {
  const rel = isObject(value) ? value.rel : undefined;
  if (typeof rel === 'string') return rel;
  const page = bundle.definitions[typeName]?.ucwaPage;
  return typeof page === 'string' && bundle.definitions[typeName]?.ucwaKind === 'resource' ? page : typeName;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEventChannel(value: Record<string, unknown>): boolean {
  return Array.isArray(value.sender);
}

/** The definition to validate `value` against, or the diagnostic saying why there is none. */
export function targetFor(value: unknown, resource: string | undefined): Target | Diagnostic {
  if (resource !== undefined) {
    const typeName = resolveType(resource);
    if (!typeName) {
      return diagnostic(
        'schema.unknown-resource',
        `\`${resource}\` is not a known type name, page name or rel of the UCWA model`,
      );
    }
    const events = typeName === resolveType('events') && isObject(value) && isEventChannel(value);
    return { typeName, label: labelOf(typeName, value), events };
  }
  if (!isObject(value)) {
    return diagnostic(
      'schema.unknown-resource',
      `the document is ${describeKind(value)}, not a UCWA resource; pass the expected type with the \`resource\` option`,
    );
  }
  if (typeof value.rel === 'string') {
    const typeName = typeForRel(value.rel);
    if (typeName) return { typeName, label: value.rel, events: false };
    return diagnostic(
      'schema.unknown-resource',
      `no resource of the UCWA model has the rel \`${value.rel}\`; pass the expected type with the \`resource\` option`,
      { path: '/rel' },
    );
  }
  if (isEventChannel(value)) {
    const typeName = resolveType('events');
    if (typeName) return { typeName, label: 'events', events: true };
  }
  if (typeof value.code === 'string') {
    const typeName = idx().errorType ?? resolveType('reason');
    if (typeName) return { typeName, label: labelOf(typeName, value), events: false };
  }
  return diagnostic(
    'schema.unknown-resource',
    'the document has no `rel`, so its type cannot be told: request bodies (`<input>`) and other bodies ' +
      'without a rel need the `resource` option, e.g. `NotePostInput` (a type name), `note` (a page) or a rel',
  );
}

function describeKind(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}
