/**
 * From command-line operands to the files to read: files as given, folders
 * walked recursively (by extension), globs expanded, `-` for standard input.
 * Order is stable: operands in order, folder entries sorted by name, each
 * file once.
 */
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostic.js';
import { globBase, globIsDeep, globToRegExp, hasGlobMagic } from './glob.js';

/** Extensions picked up when walking a folder (explicit files are always taken). */
export const INPUT_EXTENSIONS = ['.json', '.xml', '.http', '.har', '.txt'] as const;

/** Folders never walked into: dependencies and hidden folders (.git, ...). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface DiscoveryProblem {
  path: string;
  diagnostic: Diagnostic;
}

export interface Discovery {
  /** Paths to read, `-` for standard input. */
  files: string[];
  /** Operands that name nothing: missing paths, globs without a match. */
  problems: DiscoveryProblem[];
}

export interface DiscoverOptions {
  cwd: string;
  extensions?: readonly string[];
}

export async function discoverInputs(operands: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const extensions = options.extensions ?? INPUT_EXTENSIONS;
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: DiscoveryProblem[] = [];
  const add = (path: string) => {
    const key = path === '-' ? '-' : resolve(options.cwd, path);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(path);
    }
  };
  for (const operand of operands) {
    if (operand === '-') {
      add('-');
      continue;
    }
    const path = operand.replace(/\\/g, '/');
    const info = await statOrUndefined(resolve(options.cwd, path));
    if (info?.isDirectory()) {
      for (const file of await walk(options.cwd, path, extensions)) add(file);
    } else if (info) {
      add(path);
    } else if (hasGlobMagic(path)) {
      const matches = await expandGlob(options.cwd, path);
      if (matches.length === 0) problems.push(problem(operand, 'cli.no-match', `No file matches "${operand}".`));
      matches.forEach(add);
    } else {
      problems.push(problem(operand, 'cli.not-found', `No such file or folder: ${operand}`));
    }
  }
  return { files, problems };
}

function problem(path: string, code: DiagnosticCode, message: string): DiscoveryProblem {
  return { path, diagnostic: diagnostic(code, message) };
}

// Synchronous: a call naming 1,000 files would otherwise pay 1,000 thread-pool round trips.
async function statOrUndefined(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

async function walk(cwd: string, folder: string, extensions: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
    } catch {
      return; // unreadable sub-folder: nothing to check there
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await visit(path);
      } else if (extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        // Symbolic links are followed to files only; linked folders could loop.
        if (entry.isFile() || (entry.isSymbolicLink() && (await statOrUndefined(resolve(cwd, path)))?.isFile())) found.push(path);
      }
    }
  };
  await visit(folder);
  return found;
}

async function expandGlob(cwd: string, pattern: string): Promise<string[]> {
  const { base, rest } = globBase(pattern);
  const matcher = globToRegExp(rest);
  const deep = globIsDeep(rest);
  const root = resolve(cwd, base);
  const found: string[] = [];
  const visit = async (dir: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split('\\').join('/');
      if (entry.isDirectory()) {
        if (deep && !SKIPPED_FOLDERS.has(entry.name)) await visit(full);
      } else if (matcher.test(rel)) {
        found.push(base === '.' && !pattern.startsWith('./') ? rel : join(base, rel));
      }
    }
  };
  await visit(root);
  return found;
}
