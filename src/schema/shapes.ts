/**
 * The shape index: for every body type a document can be (resources,
 * request bodies, the OPTIONS and queued-operations replies), its property,
 * link and embedded names and its required properties. Aliases are left
 * out (they name the same shape), and so are the event channel and the
 * error body, which are told by their shape.
 *
 * The schema generator writes the index of the model's bundle into
 * src/generated/shape-index.ts (drift-tested like the bundle); the same
 * function builds the index of any other bundle (tests) at run time.
 */
import type { JsonSchema, SchemaBundle, ShapeEntry, ShapeIndex } from './types.js';

/** Kinds of definition a body without a rel may be. */
const INDEXED_KINDS = new Set(['resource', 'request', 'options', 'response']);
const REF_PREFIX = '#/definitions/';

function definitionOf(bundle: SchemaBundle, schema: JsonSchema | undefined): JsonSchema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(REF_PREFIX)) return schema;
  const name = ref.slice(REF_PREFIX.length);
  return Object.hasOwn(bundle.definitions, name) ? bundle.definitions[name] : undefined;
}

function namesOf(bundle: SchemaBundle, schema: JsonSchema | undefined): string[] {
  return Object.keys(definitionOf(bundle, schema)?.properties ?? {}).sort();
}

export function buildShapeIndex(bundle: SchemaBundle): ShapeIndex {
  const entries: ShapeEntry[] = [];
  for (const type of Object.keys(bundle.definitions).sort()) {
    const def = bundle.definitions[type]!;
    if (!INDEXED_KINDS.has(String(def.ucwaKind)) || def.$ref !== undefined || def.type !== 'object') continue;
    const properties = def.properties ?? {};
    const entry: ShapeEntry = {
      type,
      kind: String(def.ucwaKind),
      properties: Object.keys(properties).filter((n) => n !== 'rel' && n !== '_links' && n !== '_embedded').sort(),
      required: (def.required ?? []).filter((n) => n !== 'rel').sort(),
      links: namesOf(bundle, properties._links),
      embedded: namesOf(bundle, properties._embedded),
    };
    if (def.ucwaWithoutRel !== undefined) entry.withoutRel = true;
    entries.push(entry);
  }
  return { entries };
}
