/**
 * Where a record's diagnostics point, for the CI formats (SARIF, GitHub
 * workflow commands, JUnit): the file as a path relative to the working
 * folder, and whether a diagnostic's line and column are positions in that
 * file. They are, for bare bodies, HTTP messages and batches (documents
 * carry their line offset in the file); they are not for a HAR capture,
 * whose bodies are strings inside the HAR's JSON, so a position there is
 * one in the body, and the CI formats name the file without a region.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import type { FileRecord } from '../report.js';

/** `file` relative to `cwd` with `/` separators; undefined for standard input. */
export function relativePath(cwd: string, file: string): string | undefined {
  if (file === '-') return undefined;
  const rel = relative(cwd, resolve(cwd, file));
  return rel.split(sep).join('/');
}

/** The path is below the working folder (not `../x`, not on another drive). */
export function isBelow(rel: string): boolean {
  return rel !== '' && rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel);
}

/** Line and column of `d` in the record's file, when it has them and they are positions in the file. */
export function filePosition(record: FileRecord, d: Diagnostic): { line: number; column: number } | undefined {
  if (d.line === undefined || record.kind === 'har') return undefined;
  return { line: d.line, column: d.column ?? 1 };
}

/** The part of a record's path after its file (`entry 3 GET https://...`), or undefined for a whole file. */
export function documentLabel(record: FileRecord): string | undefined {
  return record.path !== record.file && record.path.startsWith(`${record.file}#`) ? record.path.slice(record.file.length + 1) : undefined;
}

/** A diagnostic's message with the JSON pointer and, for a document inside a file, the document named. */
export function messageWithContext(record: FileRecord, d: Diagnostic): string {
  const doc = documentLabel(record);
  const where = d.path ? ` (at ${d.path})` : '';
  return `${doc ? `${doc}: ` : ''}${d.message}${where}`;
}
