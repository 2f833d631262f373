/**
 * The one ajv instance of the library. The bundle is added once (cheap: no
 * code is generated), and each root definition is compiled on first use and
 * cached, so validating one small file never compiles the whole catalogue.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { bundle } from '../generated/schema-bundle.js';
import type { SchemaBundle } from '../schema/types.js';

let instance: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * Keywords named `ucwa…` carried from the model's JSDoc tags. Read from the
 * bundle itself so a new tag never needs a second list kept by hand.
 */
export function annotationKeywords(schema: SchemaBundle = bundle): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [schema.definitions];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      if (/^ucwa[A-Z]/.test(key) && typeof child === 'string') found.add(key);
      stack.push(child);
    }
  }
  return [...found].sort();
}

function ajv(): Ajv {
  if (instance) return instance;
  instance = new Ajv({
    allErrors: true,
    strict: true,
    // Errors carry the failing data and schema, so mapping them to messages
    // never re-walks the value. Costs nothing on valid input.
    verbose: true,
    // The bundle is generated and checked against the draft-07 meta-schema by
    // the tests; doing it again at start-up would cost ~50 ms per process.
    validateSchema: false,
    keywords: annotationKeywords(),
  });
  instance.addSchema(bundle as object);
  return instance;
}

/** The compiled validator of definition `typeName`, or undefined if there is none. */
export function validatorFor(typeName: string): ValidateFunction | undefined {
  let fn = compiled.get(typeName);
  if (fn) return fn;
  if (!Object.hasOwn(bundle.definitions, typeName)) return undefined;
  fn = ajv().getSchema(`${bundle.$id}#/definitions/${encodeURIComponent(typeName)}`);
  if (fn) compiled.set(typeName, fn);
  return fn;
}

/** Number of definitions compiled so far (lets tests check compilation stays lazy). */
export function compiledCount(): number {
  return compiled.size;
}
