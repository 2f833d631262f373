/**
 * Where the repository settings are, and reading them: from the current
 * folder upwards, the first folder holding `.ucwarc.json`, a package.json
 * with a `ucwa` key, or `.git` is the repository root. `ucwa check` applies
 * every setting; `ucwa validate` the `extra` names. The model is loaded only
 * when the settings name resources or enumerations.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSettings, type ParsedSettings, type SettingsChecks } from '../check/settings.js';
import { diagnostic } from '../diagnostic.js';
import { compileGlob } from './glob.js';
import { readErrorReason } from './read.js';
import { statusOf, type FileRecord } from './report.js';

export const SETTINGS_FILE = '.ucwarc.json';

export interface FoundSettings {
  /** The repository root: paths in the settings are relative to it. */
  root: string;
  /** The file the settings came from, when there are any. */
  file?: string;
  parsed?: ParsedSettings;
}

async function settingsChecks(): Promise<SettingsChecks> {
  const { lookupType } = await import('../validate/names.js');
  return { compileGlob: compileGlob, lookupType };
}

/** From the current folder upwards: `.ucwarc.json`, else package.json with `ucwa`, else `.git` marks the root. */
export async function findSettings(cwd: string): Promise<FoundSettings> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const rc = await readIfFile(join(dir, SETTINGS_FILE));
    if (rc instanceof Error) return { root: dir, file: join(dir, SETTINGS_FILE), parsed: unreadable(rc) };
    if (rc !== undefined) return { root: dir, file: join(dir, SETTINGS_FILE), parsed: parseSettings(rc, await settingsChecks()) };
    const pkg = await readIfFile(join(dir, 'package.json'));
    // An unreadable package.json may or may not hold settings; npm would fail on it first.
    if (typeof pkg === 'string') {
      const parsed = parseSettings(pkg, await settingsChecks(), 'ucwa');
      if (parsed.present && !parsed.diagnostics.some((d) => d.code === 'settings.syntax')) return { root: dir, file: join(dir, 'package.json'), parsed };
    }
    if ((await statOrUndefined(join(dir, '.git'))) !== undefined || dirname(dir) === dir) return { root: dir };
  }
}

/** The text of the file; undefined when there is none; the error when it is there but cannot be read. */
async function readIfFile(path: string): Promise<string | undefined | Error> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' ? undefined : (error as Error);
  }
}

/** Settings that exist but cannot be read: none apply, and the report says why (exit 2). */
function unreadable(error: Error): ParsedSettings {
  return { settings: {}, present: true, diagnostics: [diagnostic('cli.unreadable', `Cannot read the settings file: ${readErrorReason(error)}.`)] };
}

export async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The settings' own problems as a report record (not counted among the files checked), if any. */
export function settingsRecord(cwd: string, found: FoundSettings): FileRecord | undefined {
  const diagnostics = found.parsed?.diagnostics ?? [];
  if (found.file === undefined || diagnostics.length === 0) return undefined;
  const path = relative(cwd, found.file) || found.file;
  const status = diagnostics.some((d) => d.code === 'cli.unreadable') ? 'error' : statusOf(diagnostics);
  return { path, file: path, kind: 'settings', status, diagnostics: [...diagnostics] };
}
