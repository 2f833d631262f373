/**
 * `ucwa schema [resource]`: a standalone JSON Schema of one resource, or the
 * bundle with its root, in the form standard tools accept (schema/public.ts:
 * what schemas/ holds).
 */
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
  const { publicBundle, typeSchema } = await import('../../schema/public.js');
  const name = parsed.positionals[0];
  if (name === undefined) {
    io.write(`${JSON.stringify(publicBundle(bundle), null, 2)}\n`);
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
  io.write(`${JSON.stringify(typeSchema(bundle, type), null, 2)}\n`);
  return EXIT.ok;
}
