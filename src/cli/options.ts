/** Options shared by the checking commands (validate, and check after it). */
import type { ValidationExtra } from '../validate/policy.js';
import { COMMON_OPTIONS, DECODE_OPTIONS, oneOf, type Parsed } from './args.js';
import { useColor, type ColorMode } from './color.js';
import { UsageError, type Io } from './io.js';
import { REPORT_FORMATS, type ReportFormat } from './report.js';

export const CHECK_OPTIONS = { ...COMMON_OPTIONS, ...DECODE_OPTIONS } as const;

export interface CheckSettings {
  format: ReportFormat;
  color: boolean;
  quiet: boolean;
  resource?: string;
  strict: boolean;
  /** Accepted extra names, from the repository settings. */
  extra?: ValidationExtra;
}

export function checkSettings(command: string, parsed: Parsed, io: Io): CheckSettings {
  const v = parsed.values;
  const mode = oneOf<ColorMode>(command, 'color', v.color, ['auto', 'always', 'never'], 'auto');
  const settings: CheckSettings = {
    format: oneOf(command, 'format', v.format, REPORT_FORMATS, 'text'),
    color: useColor(mode, io),
    quiet: v.quiet === true,
    strict: v.strict === true,
  };
  if (typeof v.resource === 'string') settings.resource = v.resource;
  return settings;
}

/**
 * The type `--resource` names (its case may differ where that names one
 * type: `NOTE` is `Note`); an unknown one is a usage error, reported before
 * any file is read, with the names it may have meant.
 */
export async function checkResourceName(command: string, resource: string | undefined): Promise<string | undefined> {
  if (resource === undefined) return undefined;
  const { lookupType } = await import('../validate/names.js');
  const found = lookupType(resource);
  if (found.type !== undefined) return found.type;
  const { didYouMean } = await import('../validate/near.js');
  const hint = didYouMean(found.suggestions, (n) => `"${n}"`);
  throw new UsageError(`--resource "${resource}" names no resource, type or rel${hint}; "ucwa resources" lists them.`, command);
}
