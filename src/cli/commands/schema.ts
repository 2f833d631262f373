/** `ucwa schema [resource]`: a standalone JSON Schema of one resource, or the bundle. */
import type { JsonSchema, SchemaBundle } from '../../schema/types.js';
import { parseCommandArgs } from '../args.js';
import { SCHEMA_HELP } from '../help.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { escapeControl } from '../escape.js';

export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('schema', args, { help: { type: 'boolean', short: 'h' } });
  if (parsed.values.help) {
    io.write(SCHEMA_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length > 1) throw new UsageError('give at most one resource.', 'schema');
  const bundle = (await import('../../schema/operations.js')).fullBundle();
  const name = parsed.positionals[0];
  if (name === undefined) {
    io.write(`${JSON.stringify(bundle, null, 2)}\n`);
    return EXIT.ok;
  }
  const { lookupType } = await import('../../validate/names.js');
  const found = lookupType(name);
  // The operations definitions (NoteOperations, ...) are no resources, but the bundle has them.
  const type = found.type ?? (Object.hasOwn(bundle.definitions, name) ? name : undefined);
  if (type === undefined) {
    const { didYouMean } = await import('../../validate/near.js');
    const hint = found.type === undefined ? didYouMean(found.suggestions, (n) => `"${n}"`) : '';
    io.error(`ucwa: schema.unknown-resource: no resource, type or rel is named "${escapeControl(name)}"${hint}; "ucwa resources" lists them.\n`);
    return EXIT.usage;
  }
  io.write(`${JSON.stringify(standaloneSchema(bundle, type), null, 2)}\n`);
  return EXIT.ok;
}

/**
 * The definition of `type` at the root, with the definitions it reaches
 * through `$ref` (transitively) under `definitions`, so that the document
 * stands alone. `type` itself is repeated there when it refers to itself.
 */
export function standaloneSchema(bundle: SchemaBundle, type: string): JsonSchema {
  const root = bundle.definitions[type]!;
  const definitions: Record<string, JsonSchema> = {};
  const pending = [...refsIn(root)];
  while (pending.length) {
    const name = pending.pop()!;
    if (Object.hasOwn(definitions, name) || !Object.hasOwn(bundle.definitions, name)) continue;
    definitions[name] = bundle.definitions[name]!;
    pending.push(...refsIn(definitions[name]));
  }
  const sorted = Object.fromEntries(Object.keys(definitions).sort().map((k) => [k, definitions[k]!]));
  return { $schema: bundle.$schema, $id: new URL(`resources/${type}.schema.json`, bundle.$id).href, title: type, ...root, definitions: sorted };
}

const REF = '#/definitions/';

function refsIn(schema: unknown, found: string[] = []): string[] {
  if (Array.isArray(schema)) {
    for (const item of schema) refsIn(item, found);
  } else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF)) found.push(value.slice(REF.length));
      else refsIn(value, found);
    }
  }
  return found;
}
