/**
 * The one ajv instance of the library. The bundle is added once (cheap: no
 * code is generated), and each root definition is compiled on first use and
 * cached, so validating one small file never compiles the whole catalogue.
 *
 * No top-level effects: `compileDefinition` is handed to the registry
 * (validators.ts) by the functions that validate with it (compiled.ts), so a
 * bundle that never validates leaves ajv out, and one that validates keeps
 * it because it calls it, not because it imported this module.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { bundle } from '../generated/schema-bundle.js';
import type { SchemaBundle } from '../schema/types.js';
import { FORBIDDEN_NAMES, boundErrors } from './validators.js';

let instance: Ajv | undefined;


const isOpenMap = (s: Record<string, unknown>): boolean =>
  s.additionalProperties !== undefined && s.additionalProperties !== false;

/**
 * One walk over the bundle, on first use: collects the keywords named `ucwa…`
 * carried from the model's JSDoc tags (so a new tag never needs a second
 * list kept by hand), gives every open map (property bags, the event
 * channel's embedded resources) a `propertyNames` rule against forbidden
 * names, so that ajv itself reports them and valid input costs nothing more,
 * and drops the `description` texts: nothing reads them from ajv's errors,
 * and generated validators would carry them as dead weight (a third of their
 * size). Schemas left unchanged are shared, not copied.
 */
export function prepareBundle(source: SchemaBundle = bundle): { schema: SchemaBundle; keywords: string[] } {
  const keywords = new Set<string>();
  const guard = { not: { enum: FORBIDDEN_NAMES } };
  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      let changed = false;
      const items = node.map((item) => {
        const next = visit(item);
        changed ||= next !== item;
        return next;
      });
      return changed ? items : node;
    }
    const record = node as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const key in record) {
      const child = record[key];
      if (key === 'description' && typeof child === 'string') {
        copy ??= { ...record };
        delete copy[key];
        continue;
      }
      if (typeof child !== 'object' || child === null) {
        if (key.startsWith('ucwa') && typeof child === 'string') keywords.add(key);
        continue;
      }
      if (key === 'enum' || key === 'const') continue;
      const next = visit(child);
      if (next !== child) (copy ??= { ...record })[key] = next;
    }
    if (isOpenMap(record) && record.propertyNames === undefined) (copy ??= { ...record }).propertyNames = guard;
    return copy ?? record;
  };
  const definitions = visit(source.definitions) as SchemaBundle['definitions'];
  return { schema: { ...source, definitions }, keywords: [...keywords].sort() };
}

/**
 * Options of the one instance; scripts/generate-validators.ts compiles
 * with the same ones, so generated validators report the same errors.
 */
export function ajvOptions(keywords: string[]) {
  return {
    allErrors: true,
    strict: true,
    // Errors carry the failing data and schema, so mapping them to messages
    // never re-walks the value. Costs nothing on valid input.
    verbose: true,
    // The bundle is generated and checked against the draft-07 meta-schema by
    // the tests; doing it again at start-up would cost ~50 ms per process.
    validateSchema: false,
    // Every $ref is its own function, called where it is used: generated
    // validators then share the code of common definitions (Link, enums,
    // embedded resources) instead of inlining a copy into every type.
    inlineRefs: false,
    keywords,
    // A bound on the errors one validation collects (validators.ts); the generator applies it to standalone code.
    code: { process: boundErrors },
  } as const;
}

function ajv(): Ajv {
  if (instance) return instance;
  const { schema, keywords } = prepareBundle();
  instance = new Ajv(ajvOptions(keywords));
  instance.addSchema(schema as object);
  return instance;
}

/** Compiles definition `typeName` (the bundle is checked to hold it first, by validatorFor). */
export function compileDefinition(typeName: string): ValidateFunction | undefined {
  return ajv().getSchema(`${bundle.$id}#/definitions/${encodeURIComponent(typeName)}`);
}
