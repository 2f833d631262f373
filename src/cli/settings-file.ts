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
import { compileGlob } from './glob.js';
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
    if (rc !== undefined) return { root: dir, file: join(dir, SETTINGS_FILE), parsed: parseSettings(rc, await settingsChecks()) };
    const pkg = await readIfFile(join(dir, 'package.json'));
    if (pkg !== undefined) {
      const parsed = parseSettings(pkg, await settingsChecks(), 'ucwa');
      if (parsed.present && !parsed.diagnostics.some((d) => d.code === 'settings.syntax')) return { root: dir, file: join(dir, 'package.json'), parsed };
    }
    if ((await statOrUndefined(join(dir, '.git'))) !== undefined || dirname(dir) === dir) return { root: dir };
  }
}

async function readIfFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
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
  return { path, file: path, kind: 'settings', status: statusOf(diagnostics), diagnostics: [...diagnostics] };
}
