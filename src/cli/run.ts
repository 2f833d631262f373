/** Command dispatch, and the one place where errors become exit codes. */
import { escapeControl } from './escape.js';
import { EXIT, UsageError, type Io } from './io.js';
import { MAIN_HELP } from './help.js';
import { readVersion } from './version.js';
import { didYouMean, nearest } from '../validate/near.js';

export type Command = (args: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  check: async () => (await import('./check.js')).checkCommand,
  convert: async () => (await import('./commands/convert.js')).convertCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  resources: async () => (await import('./commands/resources.js')).resourcesCommand,
  resource: async () => (await import('./commands/resource.js')).resourceCommand,
  scopes: async () => (await import('./commands/scopes.js')).scopesCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  example: async () => (await import('./commands/example.js')).exampleCommand,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help') {
      (first === undefined ? io.error : io.write)(MAIN_HELP);
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      io.write(`${await readVersion()}\n`);
      return EXIT.ok;
    }
    if (first === 'help') return await runCli(rest.length ? [rest[0]!, '--help'] : ['--help'], io);
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!load) {
      const hint = didYouMean(nearest(first, Object.keys(COMMANDS)), (n) => `"${n}"`);
      throw new UsageError(`unknown command "${first}"${hint}. Commands: ${Object.keys(COMMANDS).join(', ')}.`);
    }
    return await (await load())(rest, io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

/** Usage and internal errors as text (arguments and error messages are foreign: escaped). */
export function reportFailure(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    const hint = error.command ? `ucwa ${error.command} --help` : 'ucwa --help';
    io.error(`ucwa: ${escapeControl(error.message)}\nRun "${hint}" for usage.\n`);
    return EXIT.usage;
  }
  // Not the user's fault: one line, no stack trace (UCWA_DEBUG=1 shows it).
  const message = error instanceof Error ? error.message : String(error);
  io.error(`ucwa: internal error: ${escapeControl(message)}\n`);
  if (io.env.UCWA_DEBUG && error instanceof Error && error.stack) io.error(`${error.stack}\n`);
  return EXIT.internal;
}
