/** Options shared by the checking commands (validate, and check after it). */
import { COMMON_OPTIONS, DECODE_OPTIONS, oneOf, type Parsed } from './args.js';
import { useColor, type ColorMode } from './color.js';
import { UsageError, type Io } from './io.js';

export const CHECK_OPTIONS = { ...COMMON_OPTIONS, ...DECODE_OPTIONS } as const;

export interface CheckSettings {
  format: 'text' | 'json';
  color: boolean;
  quiet: boolean;
  resource?: string;
  strict: boolean;
}

export function checkSettings(command: string, parsed: Parsed, io: Io): CheckSettings {
  const v = parsed.values;
  const mode = oneOf<ColorMode>(command, 'color', v.color, ['auto', 'always', 'never'], 'auto');
  const settings: CheckSettings = {
    format: oneOf(command, 'format', v.format, ['text', 'json'], 'text'),
    color: useColor(mode, io),
    quiet: v.quiet === true,
    strict: v.strict === true,
  };
  if (typeof v.resource === 'string') settings.resource = v.resource;
  return settings;
}

/** An unknown --resource is a usage error, reported before any file is read. */
export async function checkResourceName(command: string, resource: string | undefined): Promise<void> {
  if (resource === undefined) return;
  const { resolveType } = await import('../schema/plan.js');
  if (!resolveType(resource)) throw new UsageError(`--resource "${resource}" names no resource, type or rel (see "ucwa resources").`, command);
}
