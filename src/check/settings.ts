/**
 * Per-repository settings of `ucwa check`, from `.ucwarc.json` or the `ucwa`
 * key of package.json. Reading is forgiving: every mistake becomes a
 * `settings.*` diagnostic placed on the offending line, and the entries that
 * are sound still apply, so one typo does not switch the whole check off.
 */
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostic.js';
import { jsonSyntaxError, locateJsonPointers } from '../json/locate.js';
import type { NameKind, TypeLookup } from '../validate/names.js';
import { didYouMean, nearest } from '../validate/near.js';
import type { ValidationExtra } from '../validate/policy.js';
import { escapePointer } from '../codec/pointer.js';

export interface ResourceRule {
  /** Glob (relative to the repository root) of files this rule covers. */
  glob: string;
  /** Type name, page name or rel, as `--resource` takes it. */
  resource: string;
}

export interface RepositorySettings {
  strict?: boolean;
  /** Folders or globs holding fixtures (relative to the repository root). */
  fixtures?: string[];
  /** Globs of files never checked. */
  ignore?: string[];
  /** For files without a `rel`, the resource to check them as (first match wins). */
  resources?: ResourceRule[];
  /** Enumeration members and names accepted besides the model's, keyed by the type they extend. */
  extra?: ValidationExtra;
}

export interface SettingsChecks {
  /** Throws when `glob` cannot be compiled. */
  compileGlob(glob: string): unknown;
  /** The type `name` names (a type, page or rel; an enumeration too for `enum`), or near names. */
  lookupType(name: string, kind: NameKind): TypeLookup;
}

export interface ParsedSettings {
  settings: RepositorySettings;
  diagnostics: Diagnostic[];
  /** False when package.json has no `ucwa` key (nothing to apply). */
  present: boolean;
}

export const SETTINGS_KEYS = ['strict', 'fixtures', 'ignore', 'resources', 'extra'] as const;

interface Found {
  code: DiagnosticCode;
  message: string;
  path: string;
  /** Place the diagnostic on the member's name rather than its value. */
  atKey?: boolean;
}

/**
 * Reads settings from the text of `.ucwarc.json` (`key` undefined) or of
 * package.json (`key` = `ucwa`). Pointers in diagnostics are into that file.
 */
export function parseSettings(text: string, checks: SettingsChecks, key?: string): ParsedSettings {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    const at = jsonSyntaxError(body)?.position;
    const reason = error instanceof Error ? error.message : String(error);
    return { settings: {}, present: true, diagnostics: [diagnostic('settings.syntax', `The settings file is not valid JSON: ${reason}`, at ?? {})] };
  }
  let value = document;
  let base = '';
  if (key !== undefined) {
    if (!isObject(document) || !Object.hasOwn(document, key)) return { settings: {}, present: false, diagnostics: [] };
    value = document[key];
    base = `/${key}`;
  }
  const found: Found[] = [];
  const settings = readSettings(value, base, checks, found);
  return { settings, present: true, diagnostics: place(body, found) };
}

function readSettings(value: unknown, base: string, checks: SettingsChecks, found: Found[]): RepositorySettings {
  const settings: RepositorySettings = {};
  if (!isObject(value)) {
    found.push({ code: 'settings.type', message: `The settings must be an object with the keys ${SETTINGS_KEYS.join(', ')}; found ${kindOf(value)}.`, path: base });
    return settings;
  }
  for (const [name, entry] of Object.entries(value)) {
    const path = `${base}/${escapePointer(name)}`;
    switch (name) {
      case 'strict':
        if (typeof entry === 'boolean') settings.strict = entry;
        else found.push({ code: 'settings.type', message: `\`strict\` must be true or false; found ${kindOf(entry)}.`, path });
        break;
      case 'fixtures':
      case 'ignore': {
        const globs = readGlobs(name, entry, path, checks, found);
        if (globs) settings[name] = globs;
        break;
      }
      case 'resources': {
        const rules = readResources(entry, path, checks, found);
        if (rules) settings.resources = rules;
        break;
      }
      case 'extra': {
        const extra = readExtra(entry, path, checks, found);
        if (extra) settings.extra = extra;
        break;
      }
      default: {
        const near = didYouMean(nearest(name, SETTINGS_KEYS));
        found.push({ code: 'settings.unknown-key', message: `Unknown setting \`${name}\`${near}; the settings are ${SETTINGS_KEYS.join(', ')}.`, path, atKey: true });
      }
    }
  }
  return settings;
}

function readGlobs(name: string, entry: unknown, path: string, checks: SettingsChecks, found: Found[]): string[] | undefined {
  if (!Array.isArray(entry)) {
    found.push({ code: 'settings.type', message: `\`${name}\` must be an array of folders or globs, such as ["test/fixtures"]; found ${kindOf(entry)}.`, path });
    return undefined;
  }
  const globs: string[] = [];
  entry.forEach((glob: unknown, i) => {
    const at = `${path}/${i}`;
    if (typeof glob !== 'string') found.push({ code: 'settings.type', message: `Each entry of \`${name}\` must be a string; found ${kindOf(glob)}.`, path: at });
    else if (globProblem(glob, checks, found, at) === undefined) globs.push(glob);
  });
  return globs;
}

function readResources(entry: unknown, path: string, checks: SettingsChecks, found: Found[]): ResourceRule[] | undefined {
  if (!isObject(entry)) {
    found.push({ code: 'settings.type', message: `\`resources\` must map globs to resource names, such as {"requests/notes/*.json": "NotePostInput"}; found ${kindOf(entry)}.`, path });
    return undefined;
  }
  const rules: ResourceRule[] = [];
  for (const [glob, resource] of Object.entries(entry)) {
    const at = `${path}/${escapePointer(glob)}`;
    if (globProblem(glob, checks, found, at, true) !== undefined) continue;
    if (typeof resource !== 'string') {
      found.push({ code: 'settings.type', message: `The resource for \`${glob}\` must be a string (a type name, page name or rel); found ${kindOf(resource)}.`, path: at });
      continue;
    }
    const type = checks.lookupType(resource, 'document');
    if (type.type !== undefined) rules.push({ glob, resource: type.type });
    else found.push({ code: 'settings.unknown-resource', message: `\`${resource}\` (for \`${glob}\`) is not a type name, page name or rel of the UCWA model${didYouMean(type.suggestions)}; "ucwa resources" lists them.`, path: at });
  }
  return rules;
}

/** `extra`: { enumeration or resource: [names] }, the names accepted besides the model's. */
function readExtra(entry: unknown, path: string, checks: SettingsChecks, found: Found[]): ValidationExtra | undefined {
  if (!isObject(entry)) {
    found.push({ code: 'settings.type', message: `\`extra\` must map enumerations or resources to the names to accept, such as {"Availability": ["Sabbatical"], "note": ["mood"]}; found ${kindOf(entry)}.`, path });
    return undefined;
  }
  const extra: Record<string, string[]> = {};
  for (const [key, names] of Object.entries(entry)) {
    const at = `${path}/${escapePointer(key)}`;
    const type = checks.lookupType(key, 'document-or-enum');
    if (type.type === undefined) {
      found.push({ code: 'settings.unknown-resource', message: `\`${key}\` is not an enumeration, type name, page name or rel of the UCWA model${didYouMean(type.suggestions)}.`, path: at, atKey: true });
    } else if (!Array.isArray(names)) {
      found.push({ code: 'settings.type', message: `The names accepted for \`${key}\` must be an array of strings; found ${kindOf(names)}.`, path: at });
    } else {
      const accepted = names.filter((name: unknown, i): name is string => {
        if (typeof name === 'string' && name !== '') return true;
        found.push({ code: 'settings.type', message: `Each name accepted for \`${key}\` must be a non-empty string; found ${kindOf(name)}.`, path: `${at}/${i}` });
        return false;
      });
      Object.defineProperty(extra, type.type, { value: [...(extra[type.type] ?? []), ...accepted], enumerable: true, writable: true, configurable: true });
    }
  }
  return extra;
}

/** Records why `glob` is unusable, or returns undefined when it is fine. */
function globProblem(glob: string, checks: SettingsChecks, found: Found[], path: string, atKey = false): string | undefined {
  let problem: string | undefined;
  if (glob.trim() === '') problem = 'is empty';
  else if (/^(?:\/|[A-Za-z]:[\\/]|\\)/.test(glob)) problem = 'is absolute; write it relative to the repository root';
  else if (glob.split(/[\\/]/).includes('..')) problem = 'leaves the repository (`..`)';
  else if (unclosed(glob)) problem = `has an unclosed \`${unclosed(glob)}\``;
  else {
    try {
      checks.compileGlob(glob.replace(/\\/g, '/'));
    } catch (error) {
      problem = `cannot be read as a glob (${error instanceof Error ? error.message : String(error)})`;
    }
  }
  if (problem !== undefined) found.push({ code: 'settings.glob', message: `The glob "${glob}" ${problem}.`, path, atKey });
  return problem;
}

function place(text: string, found: Found[]): Diagnostic[] {
  if (found.length === 0) return [];
  const positions = locateJsonPointers(text, found.map((f) => f.path));
  return found.map((f) => {
    const at = positions.get(f.path);
    const pos = (f.atKey ? at?.key : undefined) ?? at?.value;
    return diagnostic(f.code, f.message, { path: f.path, ...(pos ?? {}) });
  });
}

/**
 * The `[` or `{` a glob opens and never closes. The matcher would read it as
 * a plain character, but in a setting it is almost always a mistake, and a
 * glob that silently matches nothing switches the check off.
 */
function unclosed(glob: string): string | undefined {
  const bracket = glob.indexOf('[');
  if (bracket >= 0 && glob.indexOf(']', bracket + 2) < 0) return '[';
  const brace = glob.indexOf('{');
  if (brace >= 0 && glob.indexOf('}', brace) < 0) return '{';
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

