/**
 * Option parsing shared by the commands: node:util's parseArgs in strict
 * mode, with the values of enumerated options checked here so every command
 * reports bad values the same way.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
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
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes and readable messages.
    throw new UsageError(error instanceof Error ? error.message : String(error), command);
  }
}

export function oneOf<T extends string>(command: string, option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${String(value)}").`, command);
}
