/**
 * `ucwa example <resource> [--to json|xml] [--all] [--seed N]`: a payload
 * made from the model (src/example/generate.ts) that validates in strict
 * mode, in either form. Deterministic: the same arguments print the same
 * text; `--seed` varies ids, names, members and dates.
 */
import { oneOf, parseCommandArgs } from '../args.js';
import { EXAMPLE_HELP } from '../help.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { checkResourceName } from '../options.js';

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  to: { type: 'string' },
  all: { type: 'boolean' },
  seed: { type: 'string' },
} as const;

export async function exampleCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('example', args, OPTIONS);
  const v = parsed.values;
  if (v.help) {
    io.write(EXAMPLE_HELP);
    return EXIT.ok;
  }
  if (parsed.positionals.length !== 1) throw new UsageError('name one resource: a type (Note), page (note), rel, a request body (NotePostInput), events or error.', 'example');
  const to = oneOf('example', 'to', v.to, ['json', 'xml'], 'json');
  const seed = v.seed === undefined ? 1 : Number(v.seed);
  if (typeof v.seed === 'string' && !/^\d{1,9}$/.test(v.seed)) throw new UsageError(`--seed takes a whole number from 0 to 999999999 (got "${v.seed}").`, 'example');
  const asked = parsed.positionals[0]!;
  const name = asked.toLowerCase() === 'error' ? 'ErrorBody' : await checkResourceName('example', asked).catch((error: unknown) => {
    // The usage error names near names, as --resource does; say it in this command's words.
    throw error instanceof UsageError ? new UsageError(error.message.replace('--resource ', ''), 'example') : error;
  });
  const { example, NoExampleError } = await import('../../example/generate.js');
  let made: ReturnType<typeof example>;
  try {
    made = example(name!, { seed, all: v.all === true });
  } catch (error) {
    if (error instanceof NoExampleError) throw new UsageError(error.message, 'example');
    throw error;
  }
  const options = { resource: made.type, indent: 2 };
  const text = to === 'json' ? (await import('../../json/encode.js')).encodeJson(made.value, options) : (await import('../../xml/encode.js')).encodeXml(made.value, options);
  io.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.ok;
}
