/**
 * From a loaded input to report records: one per document (or one for the
 * file when it yields none), with problems of the file itself put on its
 * first record. The checker is the only part that differs between commands.
 */
import { UcwaError, diagnostic, type Diagnostic } from '../diagnostic.js';
import { discoverInputs } from './discover.js';
import { loadInput, type InputDocument, type LoadedInput } from './inputs.js';
import type { Io } from './io.js';
import { shiftLines, statusOf, type FileRecord } from './report.js';

/** What checking one document found: its diagnostics, and the type it was checked as when one was found. */
export interface DocumentResult {
  diagnostics: Diagnostic[];
  resource?: string;
  /** The type was inferred from the document's names (it has no rel, and nothing named its type). */
  inferred?: boolean;
}

export type DocumentChecker = (doc: InputDocument) => Promise<DocumentResult>;

export async function recordsFor(input: LoadedInput, check: DocumentChecker): Promise<FileRecord[]> {
  const base = { file: input.path, kind: input.kind };
  if (input.unreadable) return [{ ...base, path: input.path, status: 'error', diagnostics: input.diagnostics }];
  if (input.documents.length === 0) return [{ ...base, path: input.path, status: statusOf(input.diagnostics), diagnostics: input.diagnostics }];
  const records: FileRecord[] = [];
  for (const [i, doc] of input.documents.entries()) {
    const record: FileRecord = { ...base, path: doc.label, status: 'valid', diagnostics: i === 0 ? [...input.diagnostics] : [] };
    try {
      if (doc.problems) record.diagnostics.push(...shiftLines(doc.problems, doc.lineOffset));
      else {
        const found = await check(doc);
        record.diagnostics.push(...found.diagnostics);
        if (found.resource !== undefined) {
          record.resource = found.resource;
          record.inferred = found.inferred === true;
        }
      }
    } catch (error) {
      if (error instanceof UcwaError) {
        record.diagnostics.push(...shiftLines(error.diagnostics, doc.lineOffset));
      } else {
        // A bug, not a property of the input: say so, and keep checking the rest.
        record.internal = true;
        record.diagnostics.push(diagnostic('cli.internal', `Internal error while checking this document: ${error instanceof Error ? error.message : String(error)}`));
      }
    }
    record.status = record.internal ? 'error' : statusOf(record.diagnostics);
    records.push(record);
  }
  return records;
}

/** Discovery, loading and checking, in operand order; reusable by other checking commands. */
export async function checkAll(operands: string[], io: Io, check: DocumentChecker): Promise<FileRecord[]> {
  const { files, problems } = await discoverInputs(operands, { cwd: io.cwd });
  const records: FileRecord[] = problems.map((p) => ({ path: p.path, file: p.path, kind: 'unknown', status: 'error', diagnostics: [p.diagnostic] }));
  for (const file of files) {
    const input = await loadInput(file, io);
    records.push(...(await recordsFor(input, check)));
  }
  return records;
}
