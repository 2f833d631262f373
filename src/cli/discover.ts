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

/**
 * Project files that are JSON but never UCWA payloads: package.json, lock
 * files, tsconfig*.json, the settings file, editor settings. Folders and
 * globs leave them out (a file named on its own is still read). The hooks of
 * .pre-commit-hooks.yaml exclude this very pattern: a test keeps them equal.
 */
export const PROJECT_FILES = new RegExp(String.raw`(^|/)(package(-lock)?\.json|npm-shrinkwrap\.json|tsconfig[^/]*\.json|\.ucwarc\.json|\.vscode/.*)$`);

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
      const left: string[] = [];
      const found = await walk(options.cwd, path, extensions, left);
      if (found.length === 0) problems.push(problem(operand, 'cli.no-match', `No file in "${operand}" has an extension ucwa reads (${extensions.join(' ')})${leftOut(left)}.`));
      found.forEach(add);
    } else if (info) {
      add(path);
    } else if (hasGlobMagic(path)) {
      const left: string[] = [];
      const matches = await expandGlob(options.cwd, path, left);
      if (matches.length === 0) problems.push(problem(operand, 'cli.no-match', `No file matches "${operand}"${leftOut(left)}.`));
      matches.forEach(add);
    } else {
      problems.push(problem(operand, 'cli.not-found', `No such file or folder: ${operand}`));
    }
  }
  return { files, problems };
}

/** Names the project files a folder or glob left out, when they are why it matched nothing. */
function leftOut(files: string[]): string {
  if (files.length === 0) return '';
  const names = [...new Set(files.map((f) => f.slice(f.lastIndexOf('/') + 1)))];
  return ` (project files such as ${names.slice(0, 3).join(', ')} are never read as payloads)`;
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

async function walk(cwd: string, folder: string, extensions: readonly string[], left: string[]): Promise<string[]> {
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
        if (PROJECT_FILES.test(path.split('\\').join('/'))) {
          left.push(path);
          continue;
        }
        // Symbolic links are followed to files only; linked folders could loop.
        if (entry.isFile() || (entry.isSymbolicLink() && (await statOrUndefined(resolve(cwd, path)))?.isFile())) found.push(path);
      }
    }
  };
  await visit(folder);
  return found;
}

async function expandGlob(cwd: string, pattern: string, left: string[]): Promise<string[]> {
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
        if (PROJECT_FILES.test(rel)) left.push(rel);
        else found.push(base === '.' && !pattern.startsWith('./') ? rel : join(base, rel));
      }
    }
  };
  await visit(root);
  return found;
}
