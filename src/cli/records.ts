/**
 * From a loaded input to report records: one per document (or one for the
 * file when it yields none), with problems of the file itself put on its
 * first record. The checker is the only part that differs between commands.
 * An optional exchange checker adds the checks of each request/response
 * pair to the record of its response body (else of its request body); an
 * exchange without a UCWA body gets a record of its own only when it has
 * something to report.
 */
import { UcwaError, append, diagnostic, type Diagnostic } from '../diagnostic.js';
import { discoverInputs } from './discover.js';
import { loadInput, type InputDocument, type InputExchange, type LoadedInput } from './inputs.js';
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

/** Checks of a request and its response together; `body` is the response document (else the request one), if any. */
export type ExchangeChecker = (exchange: InputExchange, body: InputDocument | undefined) => Promise<Diagnostic[]>;

export async function recordsFor(input: LoadedInput, check: DocumentChecker, checkExchange?: ExchangeChecker): Promise<FileRecord[]> {
  const base = { file: input.path, kind: input.kind };
  if (input.unreadable) return [{ ...base, path: input.path, status: 'error', diagnostics: input.diagnostics }];
  const carrier = checkExchange ? exchangeCarriers(input) : new Map<InputExchange, InputDocument>();
  const bodiless = checkExchange ? (input.exchanges ?? []).filter((e) => !carrier.has(e)) : [];
  if (input.documents.length === 0 && bodiless.length === 0) {
    return [{ ...base, path: input.path, status: statusOf(input.diagnostics), diagnostics: input.diagnostics }];
  }
  const records: FileRecord[] = [];
  let next = 0;
  const flushBodiless = async (upTo: number) => {
    for (; next < bodiless.length && bodiless[next]!.firstDocument <= upTo; next++) {
      const exchange = bodiless[next]!;
      const record = await checked({ ...base, path: exchange.label, status: 'valid', diagnostics: [] }, 0, () => checkExchange!(exchange, undefined));
      if (record.diagnostics.length) records.push(record);
    }
  };
  for (const [i, doc] of input.documents.entries()) {
    await flushBodiless(i);
    const record: FileRecord = { ...base, path: doc.label, status: 'valid', diagnostics: [] };
    await checked(record, doc.lineOffset, async () => {
      if (doc.problems) return shiftLines(doc.problems, doc.lineOffset);
      const found = await check(doc);
      if (found.resource !== undefined) {
        record.resource = found.resource;
        record.inferred = found.inferred === true;
      }
      return found.diagnostics;
    });
    if (doc.exchange && carrier.get(doc.exchange) === doc) await checked(record, doc.lineOffset, () => checkExchange!(doc.exchange!, doc));
    records.push(record);
  }
  await flushBodiless(Number.MAX_SAFE_INTEGER);
  if (records.length === 0) records.push({ ...base, path: input.path, status: 'valid', diagnostics: [] });
  records[0]!.diagnostics = append([...input.diagnostics], records[0]!.diagnostics);
  for (const record of records) record.status = record.internal ? 'error' : statusOf(record.diagnostics);
  return records;
}

/** Runs a check into a record: decoder errors become its diagnostics, anything else an internal error. */
async function checked(record: FileRecord, lineOffset: number, run: () => Promise<Diagnostic[]>): Promise<FileRecord> {
  try {
    append(record.diagnostics, await run());
  } catch (error) {
    if (error instanceof UcwaError) {
      append(record.diagnostics, shiftLines(error.diagnostics, lineOffset));
    } else {
      // A bug, not a property of the input: say so, and keep checking the rest.
      record.internal = true;
      record.diagnostics.push(diagnostic('cli.internal', `Internal error while checking this document: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return record;
}

/** The document whose record carries each exchange's checks: its response body, else its request body. */
function exchangeCarriers(input: LoadedInput): Map<InputExchange, InputDocument> {
  const carriers = new Map<InputExchange, InputDocument>();
  for (const doc of input.documents) {
    if (!doc.exchange || doc.problems) continue;
    if (!carriers.has(doc.exchange) || doc.role === 'response') carriers.set(doc.exchange, doc);
  }
  return carriers;
}

/** Discovery, loading and checking, in operand order; reusable by other checking commands. */
export async function checkAll(operands: string[], io: Io, check: DocumentChecker, checkExchange?: ExchangeChecker): Promise<FileRecord[]> {
  const { files, problems } = await discoverInputs(operands, { cwd: io.cwd });
  const records: FileRecord[] = problems.map((p) => ({ path: p.path, file: p.path, kind: 'unknown', status: 'error', diagnostics: [p.diagnostic] }));
  for (const file of files) {
    const input = await loadInput(file, io);
    append(records, await recordsFor(input, check, checkExchange));
  }
  return records;
}
