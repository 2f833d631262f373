/**
 * Option parsing shared by the commands: node:util's parseArgs in strict
 * mode, with the values of enumerated options checked here so every command
 * reports bad values the same way.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean, nearest } from '../validate/near.js';
import { UsageError } from './io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every checking command understands. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  color: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const satisfies OptionSpec;

export const DECODE_OPTIONS = {
  resource: { type: 'string', short: 'r' },
  strict: { type: 'boolean' },
} as const satisfies OptionSpec;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, args: string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes; its wording is not ours (nor always balanced).
    throw new UsageError(optionProblem(args, options) ?? (error instanceof Error ? error.message : String(error)), command);
  }
}

/** What is wrong with the options in `args`, said our way: an unknown option (with the near ones), a missing or extra value. */
export function optionProblem(args: string[], options: OptionSpec): string | undefined {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const shortNames = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const long = token.rawName.startsWith('--');
    const name = long ? token.name : (shortNames.get(token.name) ?? (Object.hasOwn(options, token.name) ? token.name : undefined));
    const spec = name !== undefined && Object.hasOwn(options, name) ? options[name] : undefined;
    if (!spec) {
      const known = long ? Object.keys(options) : [...shortNames.keys()];
      const hint = didYouMean(nearest(token.name, known), (n) => `"${long ? '--' : '-'}${n}"`);
      return `unknown option "${token.rawName}"${hint || ' (a path that starts with "-" goes after "--")'}.`;
    }
    if (spec.type === 'string' && token.value === undefined) return `option ${token.rawName} needs a value.`;
    if (spec.type === 'boolean' && token.value !== undefined) return `option ${token.rawName} takes no value (got "${token.value}").`;
  }
  return undefined;
}

export function oneOf<T extends string>(command: string, option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${String(value)}").`, command);
}
