/**
 * Which definition of the bundle a value is validated against: the one
 * named by `options.resource`, else the one of the value's `rel`, else the
 * event channel or the error body when the value has their shape.
 */
import { bundle } from '../generated/schema-bundle.js';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { resolveType, typeForRel as planTypeForRel } from '../schema/plan.js';
import { lookupType, nearRels } from './names.js';
import { didYouMean } from './near.js';

export { resolveType };

export interface Target {
  typeName: string;
  /** Name used in messages: the rel, else the page, else the type name. */
  label: string;
  /** The event channel: embedded resources are validated one by one. */
  events: boolean;
}

let errorType: string | null | undefined;

/** The error-body definition (`ucwaKind: error` with a `code`), found once. */
function errorBodyType(): string | undefined {
  if (errorType === undefined) {
    const found = Object.entries(bundle.definitions).find(([, d]) => d.ucwaKind === 'error' && d.properties?.code);
    errorType = found ? found[0] : (resolveType('reason') ?? null);
  }
  return errorType ?? undefined;
}

/**
 * Type of a rel: the resource whose own rel it is (the codecs' rule too, so
 * XML decoding and validation agree on the type of a document). Alias pages
 * (`from`, `organizer`) are not rels; pass them as the `resource` option.
 */
export function typeForRel(rel: string): string | undefined {
  return planTypeForRel(rel);
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
    const found = lookupType(resource);
    if (found.type === undefined) {
      return diagnostic(
        'schema.unknown-resource',
        `\`${resource}\` is not a known type name, page name or rel of the UCWA model${didYouMean(found.suggestions)}`,
      );
    }
    const typeName = found.type;
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
    const page = resolveType(value.rel);
    const hint = page
      ? ` (\`${value.rel}\` is a page of the model, of type \`${page}\`: pass it as the \`resource\` option to validate the document as one)`
      : `${didYouMean(nearRels(value.rel))}; pass the expected type with the \`resource\` option`;
    return diagnostic('schema.unknown-resource', `no resource of the UCWA model has the rel \`${value.rel}\`${hint}`, {
      path: '/rel',
    });
  }
  if (isEventChannel(value)) {
    const typeName = resolveType('events');
    if (typeName) return { typeName, label: 'events', events: true };
  }
  if (typeof value.code === 'string') {
    const typeName = errorBodyType();
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
