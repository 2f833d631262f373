/**
 * From command-line operands to the files to read: files as given, folders
 * walked recursively (by extension), globs expanded, `-` for standard input.
 * Order is stable: operands in order, folder entries sorted by name, each
 * file once. A folder that cannot be read (no permission) is never skipped
 * in silence: it is a `cli.unreadable` problem, as an unreadable file is.
 */
import { statSync, type Dirent, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../diagnostic.js';
import { compileGlob, globBase, hasGlobMagic, type GlobState } from './glob.js';
import { readErrorReason } from './read.js';

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
  /** A folder that could not be read (rather than a path that names nothing). */
  unreadable?: boolean;
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
  /** Lists a folder; `fs.promises.readdir` unless a test injects failures. */
  readdir?: (path: string) => Promise<Dirent[]>;
}

type ListFolder = (path: string) => Promise<Dirent[]>;

const listFolder: ListFolder = (path) => readdir(path, { withFileTypes: true });

export async function discoverInputs(operands: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  const extensions = options.extensions ?? INPUT_EXTENSIONS;
  const list = options.readdir ?? listFolder;
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
    const info = statOrMissing(resolve(options.cwd, path));
    if (info === 'unknown') {
      add(path); // cannot even look at it (a folder on the way is locked): reading it says why
    } else if (info?.isDirectory()) {
      const left: string[] = [];
      const unreadable = problems.length;
      const found = await walk(options.cwd, path, extensions, left, list, problems);
      if (found.length === 0 && problems.length === unreadable) problems.push(problem(operand, 'cli.no-match', `No file in "${operand}" has an extension ucwa reads (${extensions.join(' ')})${leftOut(left)}.`));
      found.forEach(add);
    } else if (info) {
      add(path);
    } else if (hasGlobMagic(path)) {
      const left: string[] = [];
      const unreadable = problems.length;
      const matches = await expandGlob(options.cwd, path, left, list, problems);
      if (matches.length === 0 && problems.length === unreadable) problems.push(problem(operand, 'cli.no-match', `No file matches "${operand}"${leftOut(left)}.`));
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

/**
 * What is at `path`: undefined when nothing is, `unknown` when it cannot be
 * looked at. Synchronous: a call naming 1,000 files would otherwise pay
 * 1,000 thread-pool round trips.
 */
function statOrMissing(path: string): Stats | undefined | 'unknown' {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? undefined : 'unknown';
  }
}

/**
 * Lists a folder, sorted by name. A folder that cannot be read becomes a
 * problem; one that is gone (or was never there, as the base of a glob) is empty.
 */
async function entriesOf(list: ListFolder, full: string, shown: string, problems: DiscoveryProblem[]): Promise<Dirent[] | undefined> {
  let entries;
  try {
    entries = await list(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    problems.push({ path: shown, diagnostic: diagnostic('cli.unreadable', `Cannot read the folder ${shown}: ${readErrorReason(error)}.`), unreadable: true });
    return undefined;
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function walk(cwd: string, folder: string, extensions: readonly string[], left: string[], list: ListFolder, problems: DiscoveryProblem[]): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string) => {
    const entries = await entriesOf(list, resolve(cwd, dir), dir, problems);
    for (const entry of entries ?? []) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await visit(path);
      } else if (extensions.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        if (PROJECT_FILES.test(path.split('\\').join('/'))) {
          left.push(path);
          continue;
        }
        // Symbolic links are followed to files only (linked folders could loop); one that cannot be followed is read, which says why.
        const target = entry.isSymbolicLink() ? statOrMissing(resolve(cwd, path)) : undefined;
        if (entry.isFile() || target === 'unknown' || (target !== undefined && target.isFile())) found.push(path);
      }
    }
  };
  await visit(folder);
  return found;
}

/**
 * Files below the pattern's literal base that it matches. The automaton is
 * fed one folder name at a time, and a folder below which nothing can match
 * is not read (hidden folders, for one, unless the pattern names them).
 */
async function expandGlob(cwd: string, pattern: string, left: string[], list: ListFolder, problems: DiscoveryProblem[]): Promise<string[]> {
  const { base, rest } = globBase(pattern);
  let glob;
  try {
    glob = compileGlob(rest);
  } catch (error) {
    problems.push(problem(pattern, 'cli.no-match', `"${pattern}" cannot be read as a glob (${error instanceof Error ? error.message : String(error)}).`));
    return [];
  }
  const root = resolve(cwd, base);
  const shownPath = (rel: string) => (base === '.' && !pattern.startsWith('./') ? rel : rel === '' ? base : join(base, rel));
  const found: string[] = [];
  const visit = async (dir: string, rel: string, state: GlobState) => {
    const entries = await entriesOf(list, dir, shownPath(rel) || '.', problems);
    for (const entry of entries ?? []) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        const below = state.feed(`${entry.name}/`);
        if (below.alive() && !SKIPPED_FOLDERS.has(entry.name)) await visit(join(dir, entry.name), path, below);
      } else if (state.feed(entry.name).matches()) {
        if (PROJECT_FILES.test(path)) left.push(path);
        else found.push(shownPath(path));
      }
    }
  };
  await visit(root, '', glob.start());
  return found;
}
