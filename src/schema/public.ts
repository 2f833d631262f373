/**
 * The JSON Schema that standard tools get (schemas/ucwa.schema.json,
 * schemas/resources/<Type>.schema.json, `ucwa schema`): plain draft-07 that
 * ajv compiles in its default strict mode with no option, and that
 * ajv-cli, check-jsonschema and editors read as it is.
 *
 * - The `ucwa…` annotation keywords the codecs need (ucwaKind, ucwaPage,
 *   ucwaType, ...) are left out: they live in the library's internal copy
 *   (src/generated/schema-bundle.ts, operations-bundle.ts), which strict
 *   tools never see.
 * - The bundle has a root that dispatches on `rel`: a body with a rel is
 *   checked as the type of that rel (the schema plan's rule, the same as the
 *   library's), an unknown rel fails; a body without rel must be one of the
 *   bodies that come without one (the event channel, an error body, a
 *   request body, the OPTIONS and makeMeAvailable2 replies, the discovery
 *   resources). So one file validates any payload.
 * - A per-type schema is that type's definition at the root with the
 *   definitions it reaches, so the file stands alone.
 */
import { createPlanner } from './plan.js';
import type { JsonSchema, SchemaBundle } from './types.js';

/** Kinds of bodies that arrive without a rel (besides resources marked `ucwaWithoutRel`). */
const RELLESS_KINDS = new Set(['events', 'error', 'request', 'options', 'response']);

const REF = '#/definitions/';
const ref = (name: string): JsonSchema => ({ $ref: `${REF}${encodeURIComponent(name)}` });

/** A copy of `schema` without the `ucwa…` annotation keywords (a property named so keeps its schema: annotations are strings). */
export function withoutAnnotations<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('ucwa') && typeof value === 'string') continue;
    out[key] = key === 'enum' || key === 'const' ? value : withoutAnnotations(value);
  }
  return out as T;
}

/**
 * The root of the public bundle: dispatch on `rel` (every rel of the model
 * to its type), else one of the bodies that carry no rel.
 */
export function rootSchema(full: SchemaBundle): JsonSchema {
  const planner = createPlanner(full);
  const byRel = new Map<string, string>();
  const relless: string[] = [];
  for (const [name, def] of Object.entries(full.definitions)) {
    const kind = def.ucwaKind;
    if (kind === 'resource') {
      const rel = planner.planFor(name)?.rel;
      const type = rel === undefined ? undefined : planner.typeForRel(rel);
      if (rel !== undefined && type !== undefined) byRel.set(rel, type);
      if (def.ucwaWithoutRel !== undefined) relless.push(name);
    } else if (typeof kind === 'string' && RELLESS_KINDS.has(kind)) {
      relless.push(name);
    }
  }
  const rels = [...byRel.keys()].sort();
  return {
    title: 'UCWA 2.0 body (JSON form)',
    description:
      'Any UCWA 2.0 body: one with a rel is checked as the type of that rel (an unknown rel fails); one without rel must be the event channel, an error body, a request body or a reply or resource that comes without rel.',
    type: 'object',
    if: { required: ['rel'] },
    then: {
      properties: { rel: { type: 'string', enum: rels } },
      allOf: rels.map((rel) => ({ if: { properties: { rel: { const: rel } } }, then: ref(byRel.get(rel)!) })),
    },
    else: { anyOf: relless.sort().map(ref) },
  };
}

/** schemas/ucwa.schema.json: the root, then every definition, without annotations. */
export function publicBundle(full: SchemaBundle): JsonSchema {
  const { $schema, $id, $comment, definitions } = full;
  return { $schema, $id, ...($comment ? { $comment } : {}), ...rootSchema(full), definitions: withoutAnnotations(definitions) };
}

/**
 * The definition of `type` at the root, with the definitions it reaches
 * through `$ref` (transitively) under `definitions`, so that the document
 * stands alone; without annotations. `type` itself is repeated there when
 * it refers to itself.
 */
export function typeSchema(full: SchemaBundle, type: string): JsonSchema {
  const root = full.definitions[type]!;
  const definitions: Record<string, JsonSchema> = {};
  const pending = [...refsIn(root)];
  while (pending.length) {
    const name = pending.pop()!;
    if (Object.hasOwn(definitions, name) || !Object.hasOwn(full.definitions, name)) continue;
    definitions[name] = full.definitions[name]!;
    pending.push(...refsIn(definitions[name]));
  }
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]!]));
  const id = new URL(`resources/${type}.schema.json`, full.$id).href;
  return withoutAnnotations({ $schema: full.$schema, $id: id, title: type, ...root, definitions: sorted });
}

function refsIn(schema: unknown, found: string[] = []): string[] {
  if (Array.isArray(schema)) {
    for (const item of schema) refsIn(item, found);
  } else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF)) found.push(decodeURIComponent(value.slice(REF.length)));
      else refsIn(value, found);
    }
  }
  return found;
}
